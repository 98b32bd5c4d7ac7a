"""What two claims' figures say of whether they state one fact: an agreeing figure of the same
unit is strong evidence; figures that all disagree count against it; figures that are all of
different kinds (money against a count) measure different things."""

from __future__ import annotations

import math

from summarizer.compare.subjects import Features
from summarizer.lang.loose import within_bound
from summarizer.lang.quantities import Quantity, agreement


def figure_evidence(a: Features, b: Features) -> float:
    """1 when the two share a figure (same unit), 0.6 when one only approximates the other,
    -1 when every comparable pair of figures disagrees, 0 otherwise (no figures in common units).
    Two age groups that differ (60岁及以上, 65岁以上) are two groups of people: -1 whatever else."""
    if _other_ages(a, b):
        return -1.0
    relations = {may_agree(x, y) for x in a.figures for y in b.figures} - {"incomparable"}
    if not relations:
        return 0.0
    gaps = [
        abs(x.value - y.value) / max(abs(x.value), abs(y.value), 1e-9)
        for x in a.figures
        for y in b.figures
        if may_agree(x, y) == "conflict"
    ]
    if "same" in relations:
        # "double" is said of many things: "Japan consumed 19 TWh and is expected to double"
        # is not the world's "nearly double to 945 TWh"
        return -1.0 if _only_a_multiple_shared(a, b) and max(gaps, default=0.0) > 0.15 else 1.0
    if relations & {"approx", "qualifier"}:
        return 0.6
    return 0.0 if min(gaps) <= 0.15 else -1.0  # 58% vs 56%: maybe a conflict, not a different fact


def _only_a_multiple_shared(a: Features, b: Features) -> bool:
    """Is every figure the two share a multiple ("double", 翻一番)?"""
    return all(x.unit == "x" for x in a.figures for y in b.figures if may_agree(x, y) == "same")


def _other_ages(a: Features, b: Features) -> bool:
    ages_a = [x for x in a.figures if x.unit == "age"]
    ages_b = [y for y in b.figures if y.unit == "age"]
    return bool(ages_a and ages_b) and not any(x.span() == y.span() for x in ages_a for y in ages_b)


_BELOW, _ABOVE = frozenset({"nearly", "under", "at_most"}), frozenset({"over", "at_least"})


def bounds_apart(a: Features, b: Features) -> bool:
    """Do the two bound one figure from opposite sides and share no figure otherwise ("nearly
    80%" and "more than 80%")? One model does not say a fact both ways: these are two facts."""
    relations = [(x, y, may_agree(x, y)) for x in a.figures for y in b.figures]
    if any(r in ("same", "approx") for _, _, r in relations):
        return False
    bounded = [{x.qualifier, y.qualifier} for x, y, r in relations if r == "qualifier"]
    return bool(bounded) and all(q & _BELOW and q & _ABOVE for q in bounded)


def restated_loosely(a: Features, b: Features) -> bool:
    """Does one give loosely a figure the other gives exactly (93% → 九成以上), or the same
    figure with another bound (近60% → 约60%)? "about 72%" and "more than 80%", both loose and
    apart, restate nothing."""
    for x in a.figures:
        for y in b.figures:
            relation = may_agree(x, y)
            if relation == "qualifier" or (
                relation == "approx" and not (x.qualifier and y.qualifier)
            ):
                return True
    return False


def may_agree(x: Quantity, y: Quantity) -> str:
    """`agreement`, reading a one-sided bound as a writer means it: 超过一半 may well be 59%
    (the same fact, loosely said), though the report's 59% does not bear out "over half"
    exactly enough for grounding."""
    if {x.unit, y.unit} == {"", "pp"} and x.value == y.value and not (x.is_year or y.is_year):
        return "same"  # "rose 11.3 points" is 11.3个百分点
    relation = agreement(x, y)
    if relation == "conflict" and (within_bound(x, y) or within_bound(y, x)):
        return "approx"
    return relation


MEASURES = frozenset(
    {"%", "usd", "cny", "eur", "", "kwh", "kw", "ratio", "km", "m2"}
)  # not spans of time: 72 hours is 3 days


def measure_apart(a: Features, b: Features) -> bool:
    """Both state figures, and no figure of one is of a kind the other's are (money against a
    count, a share against a sum): they measure different things."""
    units_a = {x.unit for x in a.figures if x.unit in MEASURES}
    units_b = {y.unit for y in b.figures if y.unit in MEASURES}
    return bool(units_a and units_b) and not {
        may_agree(x, y) for x in a.figures for y in b.figures
    } - {"incomparable"}


def levels_apart(a: Features, b: Features) -> bool:
    """Both give a level (an amount, a count), and no level of one is of the other's kind — money
    against a count of robots — though their rates may be alike ("Estun — revenue $610 million,
    +11.2%" and "stock: 4.66 million robots (+10%)"): two measures, each with its growth."""
    levels_a = [x for x in a.figures if x.unit in MEASURES and x.unit != "%"]
    levels_b = [y for y in b.figures if y.unit in MEASURES and y.unit != "%"]
    return bool(levels_a and levels_b) and all(
        may_agree(x, y) == "incomparable" for x in levels_a for y in levels_b
    )


FAR = 5.0  # figures of one unit this many times apart (12 against 610) are no slip of one another


def far_apart(a: Features, b: Features) -> bool:
    """Do the two disagree on every figure, each pair of one unit more than a slip apart (12 TWh
    against 610 TWh; 458 against 485 is a slip, and so is 485 against 4850 — a scale, 亿 for
    万)? Another subject's figure, not a dispute."""
    if not figures_disagree(a, b):
        return False
    return all(
        _times_apart(x.value, y.value)
        for x in a.figures
        for y in b.figures
        if may_agree(x, y) == "conflict"
    )


def _times_apart(x: float, y: float) -> bool:
    low, high = sorted((abs(x), abs(y)))
    if low <= 0:
        return False
    ratio = high / low
    return ratio > FAR and abs(math.log10(ratio) - round(math.log10(ratio))) > 0.05


def figures_disagree(a: Features, b: Features) -> bool:
    """Do all their comparable figures disagree — a multiple both say ("double") aside?"""
    relations = {may_agree(x, y) for x in a.figures for y in b.figures} - {"incomparable"}
    if relations == {"conflict", "same"} and _only_a_multiple_shared(a, b):
        return True
    return relations == {"conflict"}
