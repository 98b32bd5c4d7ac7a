"""Loose figures read against exact ones: how far a one-sided bound reaches (超过一半 is said of
59%, not of 80%), and a loose figure that only glosses the exact one beside it ("过半（54%）")."""

from __future__ import annotations

from summarizer.lang.quantities import Quantity, agreement

BOUND_REACH = 1.25  # "超过一半" is said of 59%, not of 80%: how far past its bound a figure goes


def within_bound(bound: Quantity, x: Quantity) -> bool:
    """A figure the other's one-sided bound allows, not far past it: 超过一半 and 59%, 九成以上
    and 93%, "under a third" and 28%."""
    if bound.qualifier in ("over", "at_least"):
        return bound.value <= x.value <= bound.value * BOUND_REACH
    if bound.qualifier in ("under", "at_most"):
        return bound.value / BOUND_REACH <= x.value <= bound.value
    return False


def stated_once(figures: list[Quantity]) -> list[Quantity]:
    """A claim's figures less a loose one that only restates an exact one beside it ("nearly
    two-thirds (63.3%)", "约三成（31.8%）", "过半（54%）"): the exact one is the fact."""
    return [
        q
        for q in figures
        if not (
            q.qualifier
            and any(
                x is not q
                and not x.qualifier
                and (agreement(q, x) in ("same", "approx") or within_bound(q, x))
                for x in figures
            )
        )
    ]
