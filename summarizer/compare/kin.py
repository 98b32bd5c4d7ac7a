"""One model's two claims that say one thing: a bullet and the conclusion line that repeats it,
or a figure restated loosely ("95%" and "九成以上"). A group holds two claims of one model only
where they are kin."""

from __future__ import annotations

from rapidfuzz import fuzz

from summarizer.compare.figure_evidence import bounds_apart, figure_evidence
from summarizer.compare.subjects import Features, same_label, subjects_differ


def kin(a: Features, b: Features) -> bool:
    """One model's two claims on one thing: a word few claims use, no other subject, and a
    figure in common, if loosely ("95%" and "九成以上"), or none at all. (A claim is its own
    kin.)"""
    if a is b:
        return True
    if not one_thing(a, b) or subjects_differ(a, b):
        return False
    if a.figures and b.figures:
        return figure_evidence(a, b) > 0 and not bounds_apart(a, b)
    return not (a.figures or b.figures)


def one_thing(a: Features, b: Features) -> bool:
    """Do two claims of one model speak of one thing: a word few claims use, or the one label
    they share and an exact figure ("**全屋智能**：规模520亿元，同比增长31.5%" and its conclusion's
    "全屋智能（+31.5%）")?"""
    own = (a.distinct - a.label_words) & (b.distinct - b.label_words)  # not the label's words
    return bool(own) or (same_label(a, b) and figure_evidence(a, b) == 1)


def same_words(a: Features, b: Features, words: float) -> bool:
    if a.lang != b.lang or not a.text_key or not b.text_key:
        return False
    return words >= 0.8 or fuzz.token_sort_ratio(a.text_key, b.text_key) >= 85
