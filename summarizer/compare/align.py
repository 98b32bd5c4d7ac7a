"""Alignment: group the claims of several models that state the same fact.

Similarity of two claims is the best of:
- fuzzy token-set similarity in every language both claims have text in (rapidfuzz), on CJK-aware
  tokens (character bigrams for Chinese), for the candidates an inverted index finds (scoring
  every pair would grow with the square of the claims);
- for claims in different languages, the overlap of what reads the same in both — figures and
  Latin-script names (Claude, DeepSeek, o1) — weighted by rarity (IDF), so a Chinese claim meets
  its English twin while "AI", said everywhere, counts for little;
- the source as a pivot: two claims grounded on the same source sentence are likely the same fact,
  even when their figures disagree (which is exactly a numeric conflict).
Claims are then joined greedily, strongest pair first, into groups that hold at most one claim per
model, except that a model's own near-duplicates stay together.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.compare.index import TokenIndex
from summarizer.lang.claims import Claim
from summarizer.lang.names import figure_tokens, is_figure, known_names, names
from summarizer.lang.quantities import agreement, comparable
from summarizer.lang.text import match_tokens

THRESHOLD = 62.0  # a pair at or above this states the same fact
NEAR_DUPLICATE = 85.0  # the same model saying the same thing twice
CANDIDATES = 30  # claims compared word by word with each claim, picked by the index
PIVOT_BASE = 50.0  # same source sentence: this, plus half the best other evidence


@dataclass(frozen=True)
class Group:
    id: str
    claim_ids: tuple[str, ...]
    models: tuple[str, ...]
    kind: str  # consensus | majority | minority | unique


def pair_scores(
    claims: Sequence[Claim], pivots: Sequence[str | None] | None = None
) -> dict[tuple[int, int], tuple[float, bool]]:
    """(i, j) with i < j → (similarity 0-100, same source sentence), for the candidate pairs:
    those an index finds by words (per language) or by figures and names, and those grounded on
    the same source sentence. Pairs found by none of these are not similar."""
    known = known_names(t for c in claims for t in c.translations.values())
    anchors = [anchor_tokens(c, known) for c in claims]
    df: dict[str, int] = defaultdict(int)
    for anchor_set in anchors:
        for t in anchor_set:
            df[t] += 1
    idf = {t: math.log1p(len(claims) / n) for t, n in df.items()}
    texts: dict[str, list[str]] = {}  # per language, "" where a claim has no text in it
    candidates: set[tuple[int, int]] = set()
    for lang in ("zh", "en"):
        tokens = [match_tokens(c.text_in(lang) or "") for c in claims]
        texts[lang] = [
            " ".join(t) if c.text_in(lang) else "" for t, c in zip(tokens, claims, strict=True)
        ]
        _add_candidates(candidates, tokens, [bool(t) for t in texts[lang]])
    _add_candidates(candidates, [sorted(a) for a in anchors], [True] * len(claims))
    by_pivot: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pivots or ()):
        if p:
            by_pivot[p].append(i)
    pivoted = {(i, j) for group in by_pivot.values() for i in group for j in group if i < j}
    scores: dict[tuple[int, int], tuple[float, bool]] = {}
    for i, j in candidates | pivoted:
        shared = [lang for lang in texts if texts[lang][i] and texts[lang][j]]
        text = max(
            (fuzz.token_set_ratio(texts[lang][i], texts[lang][j]) for lang in shared), default=0.0
        )
        overlap = _anchor_similarity(anchors[i], anchors[j], idf)
        score = text if shared else max(text, overlap)
        same_source = (i, j) in pivoted
        a, b = anchors[i], anchors[j]
        if same_source:
            score = max(score, PIVOT_BASE + max(text, overlap, _name_containment(a, b)) / 2)
        if score < NEAR_DUPLICATE and _names_clash(anchors[i], anchors[j]):
            score *= 0.5  # different names (Claude vs GPT): different facts, however alike
        if score > 0:
            scores[(i, j)] = (score, same_source)
    return scores


def _add_candidates(
    pairs: set[tuple[int, int]], tokens: Sequence[Sequence[str]], usable: Sequence[bool]
) -> None:
    index = TokenIndex([t if ok else [] for t, ok in zip(tokens, usable, strict=True)])
    for i, row in enumerate(tokens):
        if usable[i]:
            for j in index.top(row, CANDIDATES):
                if j != i:
                    pairs.add((min(i, int(j)), max(i, int(j))))


def _anchor_similarity(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    """Overlap (0-100) of two claims' figures and names, each weighted by its rarity among the
    claims. Translations drop words ("In China, DeepSeek…" → "DeepSeek在中国…"), so when the
    two share a figure and a name, what the shorter one states is measured against itself
    (containment); otherwise against both (Jaccard)."""
    shared = a & b
    if not shared:
        return 0.0
    inter = sum(idf[t] for t in shared)
    if any(is_figure(t) for t in shared) and any(not is_figure(t) for t in shared):
        return 100.0 * inter / min(sum(idf[t] for t in a), sum(idf[t] for t in b))
    return 100.0 * inter / sum(idf[t] for t in a | b)


def _name_containment(a: set[str], b: set[str]) -> float:
    """Share (0-100) of the names of the claim with fewer names that the other also has."""
    names_a = {t for t in a if not is_figure(t)}
    names_b = {t for t in b if not is_figure(t)}
    if not names_a or not names_b:
        return 0.0
    return 100.0 * len(names_a & names_b) / min(len(names_a), len(names_b))


def _names_clash(a: set[str], b: set[str]) -> bool:
    names_a = {t for t in a if not is_figure(t)}
    names_b = {t for t in b if not is_figure(t)}
    return bool(names_a and names_b and not names_a & names_b)


def anchor_tokens(claim: Claim, known: frozenset[str] = frozenset()) -> set[str]:
    """The claim's figures and names, from every language it is written in."""
    tokens = figure_tokens(claim.quantities)
    for text in claim.translations.values():
        tokens |= names(text, known)
    return tokens


def align(
    claims: Sequence[Claim],
    n_models: int,
    pivots: Sequence[str | None] | None = None,
    threshold: float = THRESHOLD,
) -> list[Group]:
    """Group claims that state the same fact; every claim ends in exactly one group."""
    scores = pair_scores(claims, pivots)
    cluster = list(range(len(claims)))  # claim index → cluster id
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    order = sorted(
        (pair for pair, (score, _) in scores.items() if score >= min(threshold, NEAR_DUPLICATE)),
        key=lambda pair: (-scores[pair][0], pair),
    )
    for i, j in order:
        score, pivoted = scores[(i, j)]
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        same_model = claims[i].model == claims[j].model
        if same_model and (score < NEAR_DUPLICATE or _numbers_clash(claims, [i], [j])):
            continue  # a model's own near-duplicates join; the same words with new figures don't
        if score < threshold:
            continue
        models_i = {claims[k].model for k in members[ci]}
        models_j = {claims[k].model for k in members[cj]}
        if models_i & models_j and not same_model:
            continue  # a group never holds two different facts of one model
        clash = _numbers_clash(claims, members[ci], members[cj])
        if clash and not pivoted and score < 80:
            continue  # different figures, no shared source sentence: different facts
        if clash and _sentences(pivots, members[ci]).isdisjoint(_sentences(pivots, members[cj])):
            continue  # each figure found in its own sentence of the report: two facts
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


def _sentences(pivots: Sequence[str | None] | None, members: list[int]) -> set[str | None]:
    """The source sentences a cluster's claims are grounded on ({None} when none is)."""
    found = {pivots[k] for k in members if pivots[k]} if pivots else set()
    return found or {None}


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
