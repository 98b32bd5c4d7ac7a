"""Small checks of meaning that figures alone miss: negation, another name, an opinion."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from summarizer.quantities import Quantity, agreement, parse_quantities
from summarizer.text import match_string

_NEGATION_EN = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|cannot|fail(?:s|ed)? to)\b"
    r"|n[’']t\b",  # didn't, won't — and "did n't", as tokenized text writes it
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


_CLAUSE = re.compile(r"[,;:，；：]|\b(?:but|while|whereas|although|though)\b|但是?|而且?|然而")


def clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c and c.strip()] or [text]


def matching_clauses(claim: str, sentence: str) -> str:
    """The clauses of a report sentence that say most nearly what each clause of the claim says
    — where a "not" matters; one elsewhere in a long sentence does not."""
    source = clauses(sentence)
    keys = [match_string(c) for c in source]
    picked: dict[int, None] = {}
    for part in clauses(claim):
        key = match_string(part)
        best = max(range(len(source)), key=lambda i: fuzz.token_sort_ratio(key, keys[i]))
        picked[best] = None
    return " ".join(source[i] for i in picked)


def negated(text: str) -> bool:
    """An odd number of negations: the statement says that something is not so."""
    return (len(_NEGATION_EN.findall(text)) + len(_NEGATION_ZH.findall(text))) % 2 == 1


def is_opinion(text: str) -> bool:
    return bool(_OPINION.search(text))


def swapped_name(claim_names: set[str], source_names: set[str]) -> str | None:
    """A name the claim gives where the source gives only others: "Gemini leads" against
    "Claude leads". None when either names nothing, or when they share a name (then the figure
    attribution below decides)."""
    if claim_names and source_names and not claim_names & source_names:
        return sorted(claim_names)[0]
    return None


def misattributed(
    claim_names: set[str], source_names: set[str], source_text: str, figures: Sequence[Quantity]
) -> str | None:
    """The name the report gives a figure to, when the claim gives that figure to another name it
    also mentions elsewhere: "Qwen: 31%" against "DeepSeek is … 31% … and Qwen 17%". A figure
    belongs to the nearest name before it (else the nearest after it)."""
    if not claim_names or not claim_names & source_names:
        return None
    lowered = source_text.lower()
    spots = [(m.start(), n) for n in source_names for m in re.finditer(re.escape(n), lowered)]
    for q in figures:
        for x in parse_quantities(source_text):
            if agreement(q, x) != "same" or not x.raw:
                continue
            at = source_text.find(x.raw)
            before = [(at - pos, n) for pos, n in spots if pos < at]
            after = [(pos - at, n) for pos, n in spots if pos > at]
            owner = min(before)[1] if before else (min(after)[1] if after else None)
            if owner and owner not in claim_names:
                return owner
    return None
