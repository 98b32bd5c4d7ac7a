"""Last year's figure told as this year's: the report's sentence gives the claim's figure only as
the past one it compares with ("损耗率达到18%，去年为22%"), and a figure of now beside it; a claim
that says 22% and marks no past ("the loss rate is 22%") states an old figure as the current one."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.compare.checks_base import Grounding, agrees
from summarizer.lang.claims import Claim
from summarizer.lang.loose import earlier
from summarizer.lang.quantities import comparable, parse_quantities

# a claim that places a figure in the past itself, or says it changed, tells its time
_MARKS_PAST = re.compile(
    r"去年|上年|前年|此前|以前|之前|曾|原为|原来|[从由较比]|同期|"
    r"\b(?:last|previous|prior|earlier|former|formerly|ago|before|from|was|were|used to|vs)\b",
    re.IGNORECASE,
)


def past_for_now(claim: Claim, found: Grounding) -> Grounding:
    """`contradicted` where a supported claim's figures are, in its sentence, only the past one
    the sentence compares with, and the sentence gives a figure of now of the same kind."""
    quote = found.source_quote or ""
    if found.status != "supported" or not quote or _MARKS_PAST.search(claim.text):
        return found
    figures = comparable(claim.quantities)
    if not figures or any(q.is_year for q in claim.quantities):
        return found
    stated = comparable(parse_quantities(quote))
    now = [x for x in stated if not earlier(quote, x)]
    if len(now) == len(stated):
        return found  # the sentence sets no past figure apart
    for q in figures:
        if any(agrees(q, x) for x in now):
            return found
        past = [x for x in stated if x not in now and agrees(q, x)]
        current = [x for x in now if x.unit == q.unit and not x.is_year]
        if past and current:
            reason = f"the report says {current[0].raw} now ({past[0].raw} was the earlier figure)"
            return replace(found, status="contradicted", reason=reason)
    return found
