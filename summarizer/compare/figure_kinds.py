"""What kind of figure a sentence gives, as grounding weighs it: a level, a share of a whole or a
rate of change. A share is not borne out by a growth of the same number ("account for 45% of
sales" is not "销售额同比增长约45%")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.compare.checks_base import borne_out
from summarizer.lang.loose import in_words, is_rate
from summarizer.lang.quantities import Quantity


def agreeing(
    claim: str, figures: Sequence[Quantity], text: str, stated: Sequence[Quantity],
    now: Sequence[Quantity],
) -> int:  # fmt: skip
    """How many of the claim's figures the sentence bears out. A loose figure: by one of now; a
    level by no rate of change — "九成以上" is not "rising 94%", and "account for 45% of sales"
    not "销售额同比增长约45%" (a rate the reading may miss still meets a rate)."""
    levels = [x for x in stated if not is_rate(text, x)]
    levels_now = [x for x in now if not is_rate(text, x)]
    return sum(
        (borne_out([q], stated, now) if is_rate(claim, q) else borne_out([q], levels, levels_now))
        or in_words(q, text)
        for q in figures
    )


def levels_for(
    claim: str, figures: Sequence[Quantity], text: str, stated: Sequence[Quantity]
) -> list[Quantity]:
    """A sentence's figures as they may bear out a claim that gives only shares of a whole:
    without its rates of change ("account for 18% of revenue" is not "exports rose 18%")."""
    if not figures or not all(_a_share(claim, q) for q in figures):
        return list(stated)
    return [x for x in stated if not is_rate(text, x)]


def _a_share(text: str, q: Quantity) -> bool:
    """Is q a share of a whole as the text gives it: "account for 18% of revenue", "占…18%"?"""
    at = text.find(q.raw) if q.raw else -1
    if q.unit != "%" or at < 0 or is_rate(text, q):
        return False
    after, before = text[at + len(q.raw) :], text[max(0, at - 16) : at]
    return bool(re.match(r"\s*of\b", after) or re.search(r"占[^，,。；;]*$", before))
