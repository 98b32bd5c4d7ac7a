"""A figure as a claim or a report states it — value (and high end), unit, qualifier, what it
was written as — and how two figures of one fact relate. `quantities.py` reads them from text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Quantity:
    value: float
    # % | x | usd | cny | eur | pp | year | hours | days | tokens | kwh | kw | ratio | "" (a count)
    unit: str = ""
    # "" exact | about | nearly (a little below) | over | under | at_least | at_most
    qualifier: str = ""
    raw: str = ""
    high: float | None = None  # upper end of a range
    role: str = ""  # "" | from | to (the two ends of a change) | derived (checks_base.as_multiples)

    @property
    def is_year(self) -> bool:
        return self.unit == "year"

    @property
    def is_score(self) -> bool:
        """ "6-0", "3-2": a pair whose second number is lower is a score, not a range."""
        return self.high is not None and self.high < self.value

    def span(self) -> tuple[float, float]:
        return (self.value, self.high if self.high is not None else self.value)


def agreement(a: Quantity, b: Quantity) -> str:
    """How two quantities for the same fact relate:

    - ``same``: equal, or overlapping ranges (10-15% vs 12%);
    - ``approx``: close, and at least one side says it is approximate (25% vs 约四分之一);
    - ``qualifier``: the same figure with different bounds (近60% vs 超过60%);
    - ``conflict``: incompatible figures (20% vs 35%);
    - ``incomparable``: different units, or a year.
    """
    # "每2.4辆车一台桩" is 2.4:1; "aged 60+" is 60岁及以上; "12.6 trillion tokens" is the
    # "token调用量…12.6万亿" that names the count before its figure
    if {a.unit, b.unit} in ({"ratio", ""}, {"age", ""}, {"tokens", ""}):
        a, b = replace(a, unit=""), replace(b, unit="")
    if a.unit != b.unit or a.is_year or b.is_year:
        return "incomparable"
    if a.is_score or b.is_score:
        if a.is_score and b.is_score:
            return "same" if a.span() == b.span() else "conflict"
        return "incomparable"
    (a_lo, a_hi), (b_lo, b_hi) = a.span(), b.span()
    scale = max(abs(a_lo), abs(a_hi), abs(b_lo), abs(b_hi), 1e-9)
    gap = max(0.0, max(a_lo, b_lo) - min(a_hi, b_hi)) / scale
    if gap <= 1e-9:
        return (
            "same"
            if a.qualifier == b.qualifier or not (a.qualifier and b.qualifier)
            else "qualifier"
        )
    loose = [q for q in (a, b) if q.qualifier in _LOOSE]
    if loose and gap <= min(map(_leeway, loose)):
        return "approx"
    return "conflict"


_LOOSE = frozenset({"about", "nearly", "over", "under", "at_least", "at_most"})


def _leeway(q: Quantity) -> float:
    """How far a loose figure may lie from the exact one: a round one a tenth (约三成 of 28%),
    one written to a decimal less (约7.5% is not 8.3%)."""
    return 0.05 if re.search(r"\d\.\d", q.raw) else 0.10


def comparable(qs: tuple[Quantity, ...] | list[Quantity]) -> list[Quantity]:
    """The quantities that state a figure (years and change markers' context dropped)."""
    return [q for q in qs if not q.is_year]
