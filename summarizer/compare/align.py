"""Alignment: group the claims of several models that state the same fact.

Similarity of two claims is the best of:
- fuzzy token-set similarity in every language both claims have text in (rapidfuzz, vectorised
  with `process.cdist`), on CJK-aware tokens (character bigrams for Chinese);
- for claims in different languages, the overlap of what reads the same in both — figures and
  Latin-script names (Claude, DeepSeek, o1) — weighted by rarity (IDF), so a Chinese claim meets
  its English twin while "AI", said everywhere, counts for little;
- the source as a pivot: two claims grounded on the same source sentence are likely the same fact,
  even when their figures disagree (which is exactly a numeric conflict).
Claims are then joined greedily, strongest pair first, into groups that hold at most one claim per
model, except that a model's own near-duplicates stay together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from summarizer.claims import Claim
from summarizer.quantities import agreement, comparable
from summarizer.text import CJK_RE, match_string

THRESHOLD = 62.0  # a pair at or above this states the same fact
NEAR_DUPLICATE = 85.0  # the same model saying the same thing twice
PIVOT_BASE = 50.0  # same source sentence: this, plus half the anchor overlap


@dataclass(frozen=True)
class Group:
    id: str
    claim_ids: tuple[str, ...]
    models: tuple[str, ...]
    kind: str  # consensus | majority | minority | unique


def similarity_matrix(
    claims: Sequence[Claim], pivots: Sequence[str | None] | None = None
) -> np.ndarray:
    """Pairwise similarity (0-100) of claims; `pivots` are their source sentences, if known."""
    n = len(claims)
    sim = np.zeros((n, n), dtype=np.float32)
    shared_lang = np.zeros((n, n), dtype=bool)
    for lang in ("zh", "en"):
        has = np.array([bool(c.text_in(lang)) for c in claims], dtype=bool)
        shared_lang |= np.outer(has, has)
        idx = np.flatnonzero(has)
        if len(idx) < 2:
            continue
        texts = [match_string(claims[i].text_in(lang) or "") for i in idx]
        scores = process.cdist(
            texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=-1
        )
        block = np.ix_(idx, idx)
        sim[block] = np.maximum(sim[block], scores)
    incidence, is_name = _incidence(claims)
    overlap = anchor_overlap(incidence)
    sim = np.where(shared_lang, sim, np.maximum(sim, overlap))
    if pivots is not None:
        same = same_pivot(pivots)
        sim = np.where(same, np.maximum(sim, PIVOT_BASE + np.maximum(sim, overlap) / 2), sim)
    # Different names (Claude vs GPT) mean different facts, however alike the wording.
    sim = np.where(name_clash(incidence, is_name) & (sim < NEAR_DUPLICATE), sim * 0.5, sim)
    np.fill_diagonal(sim, 0)
    return sim


def same_pivot(pivots: Sequence[str | None]) -> np.ndarray:
    keys = np.array([p or "" for p in pivots])
    return (keys[:, None] == keys[None, :]) & (keys[:, None] != "")


def _incidence(claims: Sequence[Claim]) -> tuple[np.ndarray, np.ndarray]:
    """Claims × anchor tokens (0/1), and which tokens are names rather than figures."""
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(t, len(vocab)) for t in anchor_tokens(c)] for c in claims]
    incidence = np.zeros((len(claims), max(1, len(vocab))), dtype=np.float32)
    for i, cols in enumerate(rows):
        incidence[i, cols] = 1.0
    is_name = np.zeros(incidence.shape[1], dtype=bool)
    for token, k in vocab.items():
        is_name[k] = not token[0].isdigit()
    return incidence, is_name


def anchor_overlap(incidence: np.ndarray) -> np.ndarray:
    """IDF-weighted Jaccard overlap (0-100) of the language-independent tokens of all pairs."""
    df = incidence.sum(axis=0)
    idf = np.log1p(len(incidence) / np.maximum(df, 1)).astype(np.float32)
    weighted = incidence * idf
    inter = weighted @ incidence.T
    sizes = weighted.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    return np.divide(100.0 * inter, union, out=np.zeros_like(inter), where=union > 0)


def name_clash(incidence: np.ndarray, is_name: np.ndarray) -> np.ndarray:
    """Pairs whose claims both name something in Latin script, with no name in common."""
    names = incidence[:, is_name]
    has = names.sum(axis=1) > 0
    return np.outer(has, has) & ((names @ names.T) == 0)


# A Latin word; a hyphen continues it only into a version ("GPT-4.1", "Qwen2.5-72B"), so that
# "AI-generated" names AI.
_LATIN_WORD = re.compile(r"[A-Za-z](?:[A-Za-z0-9]|\.(?=\d))*(?:-[A-Za-z]*\d[A-Za-z0-9.]*)*")


def anchor_tokens(claim: Claim) -> set[str]:
    """What reads the same in every language: figures (value and unit) and names written in
    Latin script — every Latin word inside Chinese text, and in English text the words that
    look like names (capitalised mid-sentence, all capitals, or letters with digits: GPT-4.1)."""
    tokens = {f"{q.value:g}{q.unit}" for q in comparable(claim.quantities)}
    for text in claim.translations.values():
        if CJK_RE.search(text):
            tokens |= {w.lower() for w in _LATIN_WORD.findall(text)}
            continue
        for k, m in enumerate(_LATIN_WORD.finditer(text)):
            word = m.group(0)
            if (word[0].isupper() and k > 0) or (word.isupper() and len(word) > 1) or (
                re.search(r"\d", word) and re.search(r"[A-Za-z]{2}", word)
            ):
                tokens.add(word.lower())
    return tokens


def align(
    claims: Sequence[Claim],
    n_models: int,
    pivots: Sequence[str | None] | None = None,
    threshold: float = THRESHOLD,
) -> list[Group]:
    """Group claims that state the same fact; every claim ends in exactly one group."""
    sim = similarity_matrix(claims, pivots)
    pivoted = same_pivot(pivots) if pivots is not None else np.zeros_like(sim, dtype=bool)
    cluster = list(range(len(claims)))  # claim index → cluster id
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    pairs = np.argwhere(np.triu(sim >= min(threshold, NEAR_DUPLICATE), k=1))
    order = sorted(pairs.tolist(), key=lambda p: -float(sim[p[0], p[1]]))
    for i, j in order:
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        same_model = claims[i].model == claims[j].model
        if same_model and sim[i, j] < NEAR_DUPLICATE:
            continue
        if sim[i, j] < threshold:
            continue
        models_i = {claims[k].model for k in members[ci]}
        models_j = {claims[k].model for k in members[cj]}
        if models_i & models_j and not same_model:
            continue  # a group never holds two different facts of one model
        if not pivoted[i, j] and sim[i, j] < 80 and _numbers_clash(claims, members[ci], members[cj]):
            continue
        for k in members[cj]:
            cluster[k] = ci
        members[ci].extend(members.pop(cj))
    groups: list[Group] = []
    for idxs in sorted(members.values(), key=lambda m: min(m)):
        models = tuple(dict.fromkeys(claims[k].model for k in idxs))
        groups.append(
            Group(
                f"g{len(groups) + 1}",
                tuple(claims[k].id for k in idxs),
                models,
                _kind(len(models), n_models),
            )
        )
    return groups


def _numbers_clash(claims: Sequence[Claim], a: list[int], b: list[int]) -> bool:
    """Two clusters whose figures all disagree are more likely different facts than a conflict,
    unless their wording is very close."""
    qa = [q for k in a for q in comparable(claims[k].quantities)]
    qb = [q for k in b for q in comparable(claims[k].quantities)]
    relations = {agreement(x, y) for x in qa for y in qb} - {"incomparable"}
    return bool(relations) and relations <= {"conflict"}


def _kind(n: int, total: int) -> str:
    if n == 1:
        return "unique"
    if n == total:
        return "consensus"
    return "majority" if n * 2 > total else "minority"
