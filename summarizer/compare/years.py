"""The years a claim speaks of, as its subjects read them: two claims of different years are two
facts (2024's 15.6 GW is no other year's)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set

from summarizer.lang.quantities import parse_quantities
from summarizer.lang.text import ASIDE

_BASE_YEAR = re.compile(
    r"\b(?:from|since|than|versus|vs\.?)\b[^,，;；]{0,24}?(?:19|20)\d\d|(?:较|比|相比|自)\s*(?:19|20)\d\d",
    re.IGNORECASE,
)


def opener_years(opened_by: str) -> set[float]:
    """The years of the clause a split-off claim's sentence opened with ("…2026年规模…，增速维持
    在14%左右"), less one a figure is compared with ("rose to 7.4% from 5.1% in 2021, yet…")."""
    return years_in([_BASE_YEAR.sub(" ", opened_by)])


def years_in(texts: Sequence[str]) -> set[float]:
    return {q.value for t in texts for q in parse_quantities(ASIDE.sub(" ", t)) if q.is_year}


FRAME_CLAIMS = 3  # claims that must name a year for it to be the set's own now


def frame_years(years: Sequence[Set[float]]) -> frozenset[float]:
    """The year most claims name — the report's own now, which a claim may leave unsaid:
    "截至2025年底海外仓共有2680个" and "海外仓数量达2,860个" speak of one time."""
    named = Counter(y for found in years for y in found).most_common(1)
    return frozenset(y for y, k in named if k >= FRAME_CLAIMS)
