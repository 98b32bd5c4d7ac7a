"""What alignment reads from each claim once: its words, figures and subjects.

Subjects are what a fact is about — a country, a company, a product, a segment, a year. Two
claims with different subjects are different facts (Japan 44% vs Germany 19%), never a conflict.
Subjects are compared within one script: Latin names (Claude, Japan, GPT-4) with Latin names,
Chinese proper nouns found by jieba's tagger (places, organisations, people) with Chinese ones,
years with years — "China" against "中国" is not a clash, just unknown.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.lang.claims import Claim
from summarizer.lang.names import figure_tokens, known_names, names
from summarizer.lang.quantities import Quantity, comparable
from summarizer.lang.text import CJK_RE, CJK_RUN_RE, words

# jieba's part-of-speech tags for proper nouns: place, person, organisation, other proper noun.
_PROPER = frozenset({"ns", "nr", "nt", "nz"})


@dataclass(frozen=True)
class Features:
    lang: str
    tokens: frozenset[str]  # words, figures and names: what the word score compares
    text_key: str  # the words joined, for rapidfuzz
    figures: tuple[Quantity, ...]
    latin: frozenset[str]  # Latin-script names, lower-cased
    cjk: frozenset[str]  # Chinese proper nouns
    years: frozenset[float]


def _chinese_proper_nouns(text: str) -> set[str]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    found: set[str] = set()
    for run in CJK_RUN_RE.findall(text):
        for pair in pseg.lcut(run):
            if pair.flag in _PROPER and len(pair.word) >= 2:
                found.add(pair.word)
    return found


def features(claims: Sequence[Claim]) -> list[Features]:
    known = known_names(t for c in claims for t in c.translations.values())
    out: list[Features] = []
    for c in claims:
        texts = list(dict.fromkeys(c.translations.values())) or [c.text]
        word_list = [w for t in texts for w in words(t) if not w[0].isdigit()]
        latin: set[str] = set()
        cjk: set[str] = set()
        for t in texts:
            latin |= names(t, known)
            if CJK_RE.search(t):
                cjk |= _chinese_proper_nouns(t)
        figs = tuple(comparable(c.quantities))
        tokens = frozenset(word_list) | figure_tokens(figs) | latin
        out.append(
            Features(
                c.lang,
                tokens,
                " ".join(word_list),
                figs,
                frozenset(latin),
                frozenset(cjk),
                frozenset(q.value for q in c.quantities if q.is_year),
            )
        )
    return out


def subjects_clash(a: Features, b: Features) -> bool:
    """Do the two claims name different subjects in the same script (and none in common)?"""
    for x, y in ((a.latin, b.latin), (a.cjk, b.cjk), (a.years, b.years)):
        if x and y and not x & y:
            return True
    return False


def subjects_differ(a: Features, b: Features) -> bool:
    """A clash, or — for two claims in one language — a subject only one of them names ("中国
    每日使用率66%" against "每日使用率57%": China's figure is not the overall one)."""
    if subjects_clash(a, b):
        return True
    if a.lang != b.lang:
        return False
    return any(x ^ y for x, y in ((a.latin, b.latin), (a.cjk, b.cjk), (a.years, b.years)))
