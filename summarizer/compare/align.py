"""Alignment: groups of claims that state the same fact, one claim per model (or two: its own
restatement, a bullet and the conclusion line that repeats it).

A model states a fact once, so a group is a fact, not a chain of similar pairs. For every pair of
models, each claim is linked to its best match in the other model when the two are each other's
best, the score is high enough, and it stands out from the runner-up (a margin: claims that share
only topic words tie with many others). Links are then joined strongest first, never putting two
claims of one model in a group unless they say one thing twice (`kin.py`).

The score of two claims (0-1) combines:
- words: idf-weighted overlap of their words (jieba for Chinese), figures and Latin-script names
  — figures and names read the same in Chinese and English, so this works across languages;
- meaning: the cosine of their sentence embeddings (`meaning.py`), when the optional model is
  installed — the only signal that meets "超过一半" with "a majority";
- figures: an agreeing figure with the same unit is strong evidence of the same fact; figures
  that all disagree count against it (a real conflict must win on words and meaning);
- subjects: two claims about different names (Japan vs Germany, Claude vs GPT) are different
  facts, however alike their wording — never a conflict;
- the source as a pivot: claims grounded on the same report sentence meet there;
- a figure alone (`bridge.py`): two claims that share or dispute a number and nothing else — no
  word, name, or meaning once the figures are taken out — are other facts ("North America 71%"
  is not "71%的组织使用多云").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence, Set
from dataclasses import dataclass

import numpy as np

from summarizer.compare.bilingual import word_scores
from summarizer.compare.bridge import beyond_figures, repeated_figures
from summarizer.compare.cross_names import cross_script, name_vectors
from summarizer.compare.figure_evidence import (
    bounds_apart,
    figure_evidence,
    figures_disagree,
    restated_loosely,
)
from summarizer.compare.kin import kin, one_thing, same_words
from summarizer.compare.pair_score import pair_score, semantic_scores, two_facts_of_one_sentence
from summarizer.compare.subjects import (
    Features,
    features,
    subjects_differ,
)
from summarizer.lang.claims import Claim
from summarizer.lang.name_pairs import NO_PAIRS, NamePairs

LINK = 0.42  # a mutual best pair at or above this states the same fact ...
MARGIN = 0.04  # ... when it beats the runner-up by this much
SURE = 0.62  # or without a margin, at or above this
CANDIDATES = 3  # per claim and other model, the pairs scored in full
RUNNERS = 6  # a row's highest scores read for its runner-up
RESTATED_TRIES = 3  # a lone claim's best matches tried as the fact it restates


@dataclass(frozen=True)
class Group:
    id: str
    claim_ids: tuple[str, ...]
    models: tuple[str, ...]
    kind: str  # consensus | majority | minority | unique


def score_matrix(
    claims: Sequence[Claim],
    pivots: Sequence[str | None] | None = None,
    semantic: bool | None = None,
    away: Sequence[tuple[str, ...]] | None = None,
    pairs: NamePairs = NO_PAIRS,
    misquotes: Set[tuple[int, int]] = frozenset(),
    two_stated: Set[tuple[int, int]] = frozenset(),
) -> tuple[np.ndarray, list[Features], np.ndarray]:
    """n × n pair scores between claims of different models (-1 within a model), the claims'
    features and their word similarities. Only each claim's few best candidates per other
    model are scored in full; the rest keep a cheap estimate from words and meaning. `away`:
    per claim, the sentences whose fact it is not; `pairs`: names written in both scripts;
    `misquotes`: pairs on one sentence where one gives the figure the report says instead;
    `two_stated`: pairs on one sentence that each give another figure it states."""
    feats = features(claims, pairs)
    n = len(claims)
    words, glossed = word_scores(claims, feats)
    sem = semantic_scores(claims, semantic)
    base = words if sem is None else 0.6 * sem + 0.3 * words
    models = [c.model for c in claims]
    owner = np.array([hash(m) for m in models])
    same_model = owner[:, None] == owner[None, :]
    scores = np.where(same_model, -1.0, base).astype(np.float32)
    vectors = name_vectors(feats) if sem is not None else {}
    beyond = beyond_figures(claims, feats) if sem is not None else None
    repeated = repeated_figures(feats, models)
    for pair in dict.fromkeys(_candidates(base, models) + _labelled_pairs(feats, models)):
        p, q = pair
        both = bool(pivots and pivots[p] and pivots[q])
        pivoted = both and pivots[p] == pivots[q]  # type: ignore[index]
        if pivoted and (
            pair in two_stated  # each gives another figure the sentence states
            or (
                pair not in misquotes
                and two_facts_of_one_sentence(
                    feats[p],
                    feats[q],
                    None if beyond is None else float(beyond[p, q]),
                    glossed.get(pair, 0.0),
                )
            )
        ):
            pivoted = False
        cross = cross_script(feats[p], feats[q], vectors)
        s = pair_score(
            feats[p], feats[q], float(words[p, q]),
            None if sem is None else float(sem[p, q]), pivoted, both and not pivoted, cross,
            None if beyond is None else float(beyond[p, q]),
            bool(repeated[p] & feats[q].figure_keys), glossed.get(pair, 0.0),
        )  # fmt: skip
        scores[p, q] = scores[q, p] = s
    for p, anchors in enumerate(away or ()):
        if anchors:
            there = [q for q in range(n) if pivots and pivots[q] in anchors]
            scores[p, there] = scores[there, p] = -1.0
    return scores, feats, words


def _candidates(base: np.ndarray, models: Sequence[str]) -> list[tuple[int, int]]:
    """The pairs scored in full: each claim's few best candidates in every other model."""
    members = {m: np.flatnonzero(np.array(models) == m) for m in dict.fromkeys(models)}
    done: dict[tuple[int, int], None] = {}
    for i in range(len(models)):
        for m, idx in members.items():
            if m == models[i] or not len(idx):
                continue
            for j in idx[np.argsort(-base[i, idx])[:CANDIDATES]]:
                done.setdefault((min(i, int(j)), max(i, int(j))), None)
    return list(done)


def _labelled_pairs(feats: Sequence[Features], models: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of one firm, one named by its label alone ("**优必选**：出货约2900台，份额15.8%"), the
    other in its words ("优必选15.8%"), with a figure in common: scored in full, however little
    else the two share."""
    by_firm: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        for name in {f.label} | f.firms if f.label else f.firms:
            by_firm.setdefault(name, []).append(i)
    # a name each answer gives one claim: a firm, not a segment its many facts are about (私人桩)
    labels = [
        name
        for name in {f.label for f in feats} - {""}
        if max(Counter(models[i] for i in by_firm[name]).values()) == 1
    ]
    pairs = {(i, j) for name in labels for i in by_firm[name] for j in by_firm[name] if i < j}
    return sorted(
        (i, j)
        for i, j in pairs
        if models[i] != models[j] and feats[i].figure_keys & feats[j].figure_keys
    )


def links(
    claims: Sequence[Claim], scores: np.ndarray, feats: Sequence[Features]
) -> list[tuple[float, int, int]]:
    """Per pair of models, the mutual best matches that clear the bar: (score, i, j). A runner-up
    that is the same model saying the same thing again (a bullet, then its conclusion) leaves
    no doubt about which fact is meant."""
    models = list(dict.fromkeys(c.model for c in claims))
    idx = {m: np.array([k for k, c in enumerate(claims) if c.model == m]) for m in models}
    found: list[tuple[float, int, int]] = []
    for a_pos, a in enumerate(models):
        for b in models[a_pos + 1 :]:
            ia, ib = idx[a], idx[b]
            sub = scores[np.ix_(ia, ib)]
            if sub.size == 0:
                continue
            feats_a, feats_b = [feats[k] for k in ia], [feats[k] for k in ib]
            for r in range(sub.shape[0]):
                c = int(np.argmax(sub[r]))
                s = float(sub[r, c])
                if s < LINK or int(np.argmax(sub[:, c])) != r:
                    continue
                if s < SURE:
                    runner = max(_runner_up(sub[r], c, feats_b), _runner_up(sub[:, c], r, feats_a))
                    if s - runner < MARGIN:
                        continue
                found.append((s, int(ia[r]), int(ib[c])))
    found.sort(key=lambda x: (-x[0], x[1], x[2]))
    return found


def _runner_up(values: np.ndarray, best: int, feats: Sequence[Features]) -> float:
    """The best score after `best` of one row of a model's claims, its own kin left out: read
    down the few highest only (the first that is no kin is the runner-up)."""
    for k in map(int, _top(values, RUNNERS + 1)):
        if k != best and not kin(feats[k], feats[best]):
            return float(values[k])
    return 0.0 if len(values) <= RUNNERS else _second(values)


def _top(values: np.ndarray, k: int) -> np.ndarray:
    """The indices of the k highest values, highest first."""
    if len(values) <= k:
        return np.argsort(-values)
    part = np.argpartition(-values, k)[:k]
    return part[np.argsort(-values[part])]


def _second(values: np.ndarray) -> float:
    if len(values) < 2:
        return 0.0
    return float(np.partition(values, -2)[-2])


def align(
    claims: Sequence[Claim],
    n_models: int,
    pivots: Sequence[str | None] | None = None,
    *,
    semantic: bool | None = None,
    away: Sequence[tuple[str, ...]] | None = None,
    pairs: NamePairs = NO_PAIRS,
    misquotes: Set[tuple[int, int]] = frozenset(),
    two_stated: Set[tuple[int, int]] = frozenset(),
    borne_apart: Container[tuple[int, int]] = frozenset(),
) -> list[Group]:
    """Group claims that state the same fact; every claim ends in exactly one group."""
    scores, feats, words = score_matrix(
        claims, pivots, semantic, away, pairs, misquotes, two_stated
    )
    cluster = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for _, i, j in links(claims, scores, feats):
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        same_model = [
            (x, y) for x in members[ci] for y in members[cj] if claims[x].model == claims[y].model
        ]
        if not all(kin(feats[x], feats[y]) for x, y in same_model):
            continue  # a group holds two claims of one model only where it says a thing twice
        if any((min(x, y), max(x, y)) in borne_apart for x in members[ci] for y in members[cj]):
            continue  # the report states the two apart, each on its own sentence
        if np.mean([scores[x, y] for x in members[ci] for y in members[cj]]) < LINK / 2:
            continue  # a chain whose ends share little is two facts
        for k in members[cj]:
            cluster[k] = ci
        members[ci].extend(members.pop(cj))
    _attach_repeats(claims, feats, words, cluster, members)
    _attach_restatements(claims, scores, (feats, words), cluster, members)
    groups: list[Group] = []
    facts = [part for idxs in members.values() for part in _camps_apart(idxs, feats, scores)]
    for idxs in sorted(facts, key=lambda m: min(m)):
        idxs.sort()
        models = tuple(dict.fromkeys(claims[k].model for k in idxs))
        groups.append(
            Group(
                f"g{len(groups) + 1}",
                tuple(claims[k].id for k in idxs),
                models,
                kind_of(len(models), n_models),
            )
        )
    return groups


def _camps_apart(idxs: list[int], feats: Sequence[Features], scores: np.ndarray) -> list[list[int]]:
    """A group of two camps, each of two or more models agreeing on its figure, that disagree
    on every figure across and share little across: two facts a loose link joined (58% of sales
    online; 41% spent by readers born after 1990), not one disputed. A claim with no figure
    goes with the camp it is closer to."""
    figured = [i for i in idxs if feats[i].figures]
    camps: list[list[int]] = []
    for i in figured:
        home = next(
            (c for c in camps if not any(figures_disagree(feats[i], feats[k]) for k in c)), None
        )
        if home is None:
            camps.append([i])
        else:
            home.append(i)
    if len(camps) != 2 or min(map(len, camps)) < 2:
        return [idxs]
    a, b = camps
    if not all(figures_disagree(feats[x], feats[y]) for x in a for y in b):
        return [idxs]
    if np.mean([scores[x, y] for x in a for y in b]) >= LINK:
        return [idxs]  # the same fact in dispute: two models against two
    for i in idxs:
        if i not in figured:
            closer = max((a, b), key=lambda c: float(np.mean([scores[i, k] for k in c])))
            closer.append(i)
    return [sorted(a), sorted(b)]


def _attach_repeats(
    claims: Sequence[Claim],
    feats: Sequence[Features],
    words: np.ndarray,
    cluster: list[int],
    members: dict[int, list[int]],
) -> None:
    """A model that says the same thing twice (a bullet, then its conclusion line) states one
    fact: a claim left alone joins its own near-duplicate's group, unless their figures differ."""
    model_of = np.array([c.model for c in claims])
    for i in range(len(claims)):
        if len(members.get(cluster[i], ())) != 1:
            continue
        near = [int(j) for j in np.flatnonzero((model_of == claims[i].model) & (words[i] >= 0.5))]
        twins = [
            j
            for j in near
            if j != i
            and same_words(feats[i], feats[j], float(words[i, j]))
            and figure_evidence(feats[i], feats[j]) >= 0
        ]
        if twins:
            j = max(twins, key=lambda k: float(words[i, k]))
            target = cluster[j]
            members.pop(cluster[i])
            cluster[i] = target
            members[target].append(i)


def _attach_restatements(
    claims: Sequence[Claim],
    scores: np.ndarray,
    signals: tuple[Sequence[Features], np.ndarray],
    cluster: list[int],
    members: dict[int, list[int]],
) -> None:
    """A claim left alone, one of whose few best matches in another model is a sure one in a
    group where its own model is already present, restates that fact (a conclusion line
    repeating a figure, perhaps a different one — which is how a model contradicts another) —
    if it speaks of the same figure as its own model's claim there, or shares most of its
    words."""
    for i in range(len(claims)):
        if len(members.get(cluster[i], ())) != 1:
            continue
        # its best matches in turn: "满意度高达93%" is nearer "AI tool satisfaction is 55%"
        # than "91% are satisfied with Go", whose group holds its own model's "九成以上"
        for j in map(int, _top(scores[i], RESTATED_TRIES)):
            if scores[i, j] >= LINK and _restates(
                i, j, claims, scores, signals, members[cluster[j]]
            ):
                members.pop(cluster[i])
                cluster[i] = cluster[j]
                members[cluster[j]].append(i)
                break


def _restates(
    i: int,
    j: int,
    claims: Sequence[Claim],
    scores: np.ndarray,
    signals: tuple[Sequence[Features], np.ndarray],
    group: list[int],
) -> bool:
    """Does lone claim i restate the fact of j's group, where its own model already stands?"""
    feats, words = signals
    own = [k for k in group if claims[k].model == claims[i].model]
    if len(group) < 2 or not own:
        return False
    # its own model's claim there speaks of the same thing: a word few claims use, and
    # no other subject ("亚太地区约一半的企业…" restates no global figure)
    akin = [
        k
        for k in own
        if one_thing(feats[i], feats[k])
        and not subjects_differ(feats[i], feats[k], one_sided_years=False)
        and feats[i].ahead == feats[k].ahead  # an outlook restates no figure of now
        and not bounds_apart(feats[i], feats[k])  # "nearly 80%" is not restated "over 80%"
    ]
    if scores[i, j] >= SURE:  # most words in common, and no figure its own claim disputes
        same = [
            k
            for k in akin
            if (evidence := figure_evidence(feats[i], feats[k])) > 0
            or (words[i, k] >= 0.5 and evidence == 0)
        ]
    else:  # a weaker match: its own model restated the figure loosely (93% → 九成以上)
        same = [
            k
            for k in akin
            if 0 < figure_evidence(feats[i], feats[k]) < 1
            and restated_loosely(feats[i], feats[k])
            and words[i, k] > 0
        ]
    return bool(same) and all(scores[k, j] >= LINK for k in own)


def kind_of(n: int, total: int) -> str:
    """A group's kind from how many of the `total` models state its fact."""
    if n == 1:
        return "unique"
    if n == total:
        return "consensus"
    return "majority" if n * 2 > total else "minority"
