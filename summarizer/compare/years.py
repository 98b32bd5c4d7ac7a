"""The years a claim speaks of, as its subjects read them: two claims of different years are two
facts (2024's 15.6 GW is no other year's)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set

from summarizer.lang.quantities import parse_quantities
from summarizer.lang.quantity import Quantity
from summarizer.lang.text import ASIDE, CJK_RE

_BASE_YEAR = re.compile(
    r"\b(?:from|since|than|versus|vs\.?)\b[^,，;；]{0,24}?(?:19|20)\d\d|(?:较|比|相比|自)\s*(?:19|20)\d\d",
    re.IGNORECASE,
)


def opener_years(opened_by: str) -> set[float]:
    """The years of the clause a split-off claim's sentence opened with ("…2026年规模…，增速维持
    在14%左右"), less one a figure is compared with ("rose to 7.4% from 5.1% in 2021, yet…")."""
    return years_in([_BASE_YEAR.sub(" ", opened_by)])


def years_of(quantities: Iterable[Quantity]) -> set[float]:
    """The years among quantities, both ends of a span ("2025–2030")."""
    return {y for q in quantities if q.is_year for y in (q.value, q.high) if y}


# years a figure is measured from, besides _BASE_YEAR's: "grew 12% over 2024", 从2020年
_ALSO_BASE = re.compile(r"\bover\b[^,，;；]{0,24}?(?:19|20)\d\d|从\s*(?:19|20)\d\d", re.IGNORECASE)


def event_year(text: str, quantities: Iterable[Quantity]) -> float | None:
    """The one year a claim puts its fact in — not a year it measures from ("up from 2024",
    较2023年) or gives in an aside ("（2023年底为74.6GW）"), nor a span."""
    bare = _BASE_YEAR.sub(" ", _ALSO_BASE.sub(" ", ASIDE.sub(" ", text)))
    years = {q.value for q in quantities if q.is_year and not q.high and q.raw in bare}
    return years.pop() if len(years) == 1 else None


def years_in(texts: Sequence[str]) -> set[float]:
    return {q.value for t in texts for q in parse_quantities(ASIDE.sub(" ", t)) if q.is_year}


FRAME_CLAIMS = 3  # claims that must name a year for it to be the set's own now


def frame_years(years: Sequence[Set[float]]) -> frozenset[float]:
    """The year most claims name — the report's own now, which a claim may leave unsaid:
    "截至2025年底海外仓共有2680个" and "海外仓数量达2,860个" speak of one time."""
    named = Counter(y for found in years for y in found).most_common(1)
    return frozenset(y for y, k in named if k >= FRAME_CLAIMS)


def for_another_year(claim_text: str, q: Quantity, sentence: str) -> bool:
    """Does the claim give q for a year the sentence never names ("RMB 1.05 trillion by 2030"
    read against the sentence on 2025 and 2027)? Then the sentence's figure is another year's,
    no counterpart of q. The year is the one nearest q in its own clause."""
    year = year_beside(claim_text, q)
    return year is not None and year not in {
        x.value for x in parse_quantities(sentence) if x.is_year
    }


def year_beside(text: str, q: Quantity) -> float | None:
    """The year q is given for in the clause that holds it: in Chinese the nearest one before it
    ("2027年突破7000亿元"), in English the nearest after ("RMB 1.05 trillion by 2030") — else the
    nearest on the other side."""
    at = text.find(q.raw) if q.raw else -1
    if at < 0:
        return None
    start = max(text.rfind(sep, 0, at) for sep in "，,；;。") + 1
    ends = [e for e in (text.find(sep, at) for sep in "，,；;。") if e >= 0]
    clause = text[start : min(ends) if ends else len(text)]
    here = at - start
    placed = sorted(
        (clause.find(y.raw), y.value) for y in parse_quantities(clause) if y.is_year and y.raw
    )
    before = [v for p, v in reversed(placed) if 0 <= p < here]
    after = [v for p, v in placed if p > here]
    first, second = (before, after) if CJK_RE.search(text) else (after, before)
    found = first or second
    return found[0] if found else None
