"""How two figures given for one fact relate, as the conflicts read them: each side's qualifier
and rounding read as the values it allows (see `conflicts`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.compare.checks_base import ABOUT, NEARLY, about_reach, rounds_to_digits
from summarizer.lang.quantities import Quantity

HIGH_GAP = 0.15


def _bounds(q: Quantity) -> tuple[float, float]:
    """The values a figure allows, given its qualifier and how it was rounded."""
    lo, hi = q.span()
    if rounds_to_digits(q):  # 约563 is no 536
        return lo - about_reach(q, q), hi + about_reach(q, q)
    if q.qualifier == "about":
        return lo * (1 - ABOUT), hi * (1 + ABOUT)
    if q.qualifier == "nearly":  # 近50%: a little below 50%
        return lo * (1 - NEARLY), hi - 1e-9  # as grounding reads it: 近三成 is 27.6%
    if q.qualifier in ("over", "at_least"):
        return lo + 1e-9, float("inf")
    if q.qualifier in ("under", "at_most"):
        return float("-inf"), hi - 1e-9
    # rounded to the digit it is written to: 63% may be 63.3%, 1.45 no 1.50
    written = re.search(r"\d[\d,]*(?:\.(\d+))?", q.raw or "")
    slack = 0.5 * 10.0 ** -len(written.group(1) or "") if written else 0.5
    return lo - slack, hi + slack


def relation(a: Quantity, b: Quantity) -> str:
    """ "" when the two can both be true (or cannot be compared), else the conflict's severity."""
    if a.unit != b.unit or a.is_year or b.is_year or a.is_score or b.is_score:
        return ""
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return "approximate" if _rounded_apart(a, b) else ""
    if (a.qualifier or b.qualifier) and not _precise_about(a, b):
        return "qualifier" if a.span() == b.span() else "approximate"
    # apart as a reader counts it, from the smaller: 25.1% is 17% more than 21.5%
    gap = abs(a.value - b.value) / max(min(abs(a.value), abs(b.value)), 1e-9)
    return "high" if gap > HIGH_GAP else "low"


def _precise_about(a: Quantity, b: Quantity) -> bool:
    """Is each loose figure of the two an "about" written in digits ("约91GW")? Beyond its few
    per cent it disagrees as an exact figure does (约91GW against 82 GW: a real conflict),
    where a round fraction (约三分之一 against 30%) or a bound (超过一半 against 45%) only
    roughly does."""
    loose = [q for q in (a, b) if q.qualifier]
    return all(q.qualifier == "about" and any(ch.isdigit() for ch in q.raw) for q in loose)


def _rounded_apart(a: Quantity, b: Quantity) -> bool:
    """Two roundings of one figure to different round values: "约三分之一" against "roughly
    three in ten" (33% and 30%) may both fit a 31.8%, but read side by side they disagree."""
    if a.qualifier != "about" or b.qualifier != "about":
        return False
    return abs(a.value - b.value) > ABOUT * max(abs(a.value), abs(b.value))


def meets(x: Quantity, others: Sequence[Quantity]) -> bool:
    """Does one of the other claim's figures, of x's unit, fit x?"""
    return any(relation(x, y) == "" and x.unit == y.unit for y in others)
