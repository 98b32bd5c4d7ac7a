"""Alignment: group the claims of several models that state the same fact.

Similarity of two claims is the best of:
- fuzzy token-set similarity in every language both claims have text in (rapidfuzz, vectorised
  with `process.cdist`), on CJK-aware tokens (character bigrams for Chinese);
- for claims in different languages, the overlap of what reads the same in both — figures and
  Latin-script names (Claude, DeepSeek, o1) — so a Chinese claim meets its English twin.
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
from summarizer.text import match_string

THRESHOLD = 62.0  # a pair at or above this states the same fact
NEAR_DUPLICATE = 85.0  # the same model saying the same thing twice


@dataclass(frozen=True)
class Group:
    id: str
    claim_ids: tuple[str, ...]
    models: tuple[str, ...]
    kind: str  # consensus | majority | minority | unique


def similarity_matrix(claims: Sequence[Claim]) -> np.ndarray:
    n = len(claims)
    sim = np.zeros((n, n), dtype=np.float32)
    for lang in ("zh", "en"):
        idx = [i for i, c in enumerate(claims) if c.text_in(lang)]
        if len(idx) < 2:
            continue
        texts = [match_string(claims[i].text_in(lang) or "") for i in idx]
        scores = process.cdist(
            texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=-1
        )
        block = np.ix_(idx, idx)
        sim[block] = np.maximum(sim[block], scores)
    cross = _anchor_overlap(claims)
    shared_lang = np.zeros((n, n), dtype=bool)
    for lang in ("zh", "en"):
        has = np.array([bool(c.text_in(lang)) for c in claims])
        shared_lang |= np.outer(has, has)
    sim = np.where(shared_lang, sim, np.maximum(sim, cross))
    np.fill_diagonal(sim, 0)
    return sim


def _anchor_overlap(claims: Sequence[Claim]) -> np.ndarray:
    """Jaccard overlap (0-100) of the language-independent tokens of every pair of claims."""
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(t, len(vocab)) for t in _anchor_tokens(c)] for c in claims]
    incidence = np.zeros((len(claims), max(1, len(vocab))), dtype=np.float32)
    for i, cols in enumerate(rows):
        incidence[i, cols] = 1.0
    inter = incidence @ incidence.T
    sizes = incidence.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    return np.divide(100.0 * inter, union, out=np.zeros_like(inter), where=union > 0)


def _anchor_tokens(claim: Claim) -> set[str]:
    """What reads the same in every language: figures (value and unit) and Latin-script names."""
    tokens = {f"{q.value:g}{q.unit}" for q in comparable(claim.quantities)}
    for text in claim.translations.values():
        if re.search(r"[\u4e00-\u9fff]", text):  # the Latin words inside Chinese text are names
            tokens |= {
                w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Z]", text)
            }
    return tokens


def align(claims: Sequence[Claim], n_models: int, threshold: float = THRESHOLD) -> list[Group]:
    """Group claims that state the same fact; every claim ends in exactly one group."""
    sim = similarity_matrix(claims)
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
        if _numbers_clash(claims, members[ci], members[cj]) and sim[i, j] < 80:
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
