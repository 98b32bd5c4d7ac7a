"""Small checks of meaning that figures alone miss: negation, another name, an opinion."""

from __future__ import annotations

import re

from summarizer.anchors import names

_NEGATION_EN = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|cannot|fail(?:s|ed)? to|"
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should)n't|won't)\b",
    re.IGNORECASE,
)
# Whole words only: 不 alone is also in 不到 (under), 不同 (different), 不足 (short of).
_NEGATION_ZH = re.compile(
    r"不是|没有|并未|未能|未曾|尚未|不会|不能|不再|并不|从未|无法|并非|不曾|不被|不必|不需要|不愿|未"
)
_OPINION = re.compile(
    r"\b(?:should|ought to|we recommend|i recommend|i think|in my view|in our view|"
    r"it is (?:important|crucial|essential|wise) to)\b"
    r"|应该|应当|建议|值得|我认为|我们认为|笔者认为",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """An odd number of negations: the statement says that something is not so."""
    return (len(_NEGATION_EN.findall(text)) + len(_NEGATION_ZH.findall(text))) % 2 == 1


def is_opinion(text: str) -> bool:
    return bool(_OPINION.search(text))


def swapped_name(claim_text: str, source_text: str, known: frozenset[str]) -> str | None:
    """A name the claim gives where the source gives another: "Gemini leads" against "Claude
    leads". None when the claim names nothing, or nothing the source lacks."""
    claim_names = names(claim_text, known)
    source_names = names(source_text, known)
    extra = claim_names - source_names
    if extra and source_names - claim_names:
        return sorted(extra)[0]
    return None
