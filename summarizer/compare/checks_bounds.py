"""A round bound the claim gives ("超过一半", "more than half") against the figure the passage
on its subject states: "超过一半的受访者认为…无法互联" where the report says 48.2%. A bound fits
many sentences by chance, so the closest passage that states no figure bearing it out, and that
gives one of its kind on the other side, is the report's word on it."""

from __future__ import annotations

from summarizer.compare.checks import vocabulary
from summarizer.compare.checks_base import (
    BOUND_ABOVE,
    BOUNDS,
    Grounding,
    any_agree,
    counterpart,
    said_instead,
)
from summarizer.compare.retrieved import RELATED, Retrieved
from summarizer.lang.quantities import Quantity

SHARED = 2  # words of the claim a sentence of the passage's paragraph must say to be on it


def bound_broken(r: Retrieved) -> Grounding | None:
    """Contradicted, where every figure of the claim is a bound and the passage on its subject
    — the closest sentence, or one of its paragraph that says two of the claim's words ("…is
    still the largest single source of income. … Sponsorship therefore accounted for 47.7% of
    all revenue") — gives one of its kind across the bound, and none that bears it out."""
    if not r.figures or not all(q.qualifier in BOUNDS for q in r.figures):
        return None
    j, score = r.best
    if score < RELATED:
        return None
    said = [len(r.own_words & vocabulary(r.text_of(k))) >= SHARED for k in range(len(r.sentences))]
    # the bound borne out where the report says its words, in this passage or another
    if any(
        (said[k] or k == j) and any_agree(r.figures, r.now_of(k)) for k in range(len(r.sentences))
    ):
        return None
    on = [k for k in r.paragraph_of(j) if said[k] or k == j]
    found = [(k, pair) for k in on if (pair := counterpart(r.figures, r.now_of(k)))]
    found = [(k, (q, x)) for k, (q, x) in found if _across(q, x)]
    if not found:
        return None
    k, (claimed, _) = min(found, key=lambda f: abs(f[1][1].value - f[1][0].value))
    # the first such figure the sentence states: its figure of now, where it goes on to compare
    # ("accounted for 47.7% …, slightly below its 48.2% share in 2024")
    stated = next(x for x in r.now_of(k) if counterpart([claimed], [x]) and _across(claimed, x))
    return r.verdict("contradicted", k, score, said_instead(stated.raw, claimed.raw))


def _across(bound: Quantity, x: Quantity) -> bool:
    """Does x lie on the other side of the bound: under "超过一半", over "不足三成"? (9.8万亿元
    is no other figure for "超7万亿元".)"""
    above = bound.qualifier in BOUND_ABOVE
    return x.value < bound.value if above else x.value > bound.value
