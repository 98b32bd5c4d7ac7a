"""The words two claims share: in one language, their words weighted by how rare they are;
across Chinese and English, through the dictionary's glosses (`checks_gloss`): 87%为专业开发者
and "87% are professional developers" share 专业 · professional and 开发 · develop, which no word
match sees and which, without the embedding model, left a shared figure as the only sign that the
two state one fact.

The glossed score of a pair is the harmonic mean of two shares: the Chinese claim's words the
English one says, and the English claim's words the Chinese one says — so a long claim does not
meet every short one that happens to share a word with it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from summarizer.compare.checks_gloss import reach, units
from summarizer.compare.subjects import Features
from summarizer.lang.claims import Claim

MIN_PREFIX = 5  # a stem's beginning that still says the word ("system" meets "systemat")
GLOSS_SCALE = 1.6  # the dictionary finds only part of what two translations share (tune sets)


def word_scores(
    claims: Sequence[Claim], feats: Sequence[Features]
) -> tuple[np.ndarray, dict[tuple[int, int], float]]:
    """n × n word similarities — across languages the glossed share, scaled, where it is higher —
    and the glossed shares themselves, by pair (i < j)."""
    words = word_similarity(feats)
    glossed = {
        (min(ij), max(ij)): g
        for ij, g in gloss_similarity([c.text for c in claims], [f.lang for f in feats]).items()
    }
    for (i, j), g in glossed.items():
        words[i, j] = words[j, i] = max(float(words[i, j]), min(1.0, GLOSS_SCALE * g))
    return words, glossed


def word_similarity(feats: Sequence[Features]) -> np.ndarray:
    """n × n idf-weighted cosine of the claims' word sets (figures and names included)."""
    n = len(feats)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for t in f.tokens:
            postings[t].append(i)
    idf2 = {t: float(np.log1p(n / len(ids))) ** 2 for t, ids in postings.items()}
    post = {t: np.array(ids) for t, ids in postings.items()}
    norms = np.array([np.sqrt(sum(idf2[t] for t in f.tokens)) or 1.0 for f in feats])
    sim = np.zeros((n, n), dtype=np.float32)
    for i, f in enumerate(feats):
        row = sim[i]
        for t in f.tokens:
            row[post[t]] += idf2[t]
    sim /= norms[:, None]
    sim /= norms[None, :]
    return sim


def gloss_similarity(texts: Sequence[str], langs: Sequence[str]) -> dict[tuple[int, int], float]:
    """(i, j) → 0-1 for each pair of a Chinese claim i and an English claim j that share a word."""
    zh = [i for i, lang in enumerate(langs) if lang == "zh"]
    en = [i for i, lang in enumerate(langs) if lang == "en"]
    if not zh or not en:
        return {}
    words = {i: units(texts[i]) for i in (*zh, *en)}
    held_zh = _held(zh, en, words)  # (i, j): how many of zh claim i's words en claim j says
    held_en = _held(en, zh, words)
    found: dict[tuple[int, int], float] = {}
    for (i, j), k in held_zh.items():
        x = k / len(words[i])
        y = held_en.get((j, i), 0) / len(words[j])
        if x and y:
            found[(i, j)] = 2 * x * y / (x + y)
    return found


def _held(
    side: Sequence[int], other: Sequence[int], words: dict[int, list[frozenset[str]]]
) -> dict[tuple[int, int], int]:
    """For each claim of `side` and each of `other`, how many of its words `other` says (a word
    is a set of stems it may stand for; one of them is enough)."""
    exact: dict[str, set[int]] = defaultdict(set)  # stem → claims that say it
    begun: dict[str, set[int]] = defaultdict(set)  # stem or its beginning → claims
    for j in other:
        keys = frozenset().union(*words[j])
        for k in keys:
            exact[k].add(j)
        for k in reach(keys):
            begun[k].add(j)
    held: dict[tuple[int, int], int] = defaultdict(int)
    for i in side:
        for unit in words[i]:
            hits: set[int] = set()
            for k in unit:
                hits |= begun.get(k, set())
                for n in range(MIN_PREFIX, len(k)):
                    hits |= exact.get(k[:n], set())
            for j in hits:
                held[(i, j)] += 1
    return held
