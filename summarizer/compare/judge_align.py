"""Alignment help from the LLM judge: the pairs of claims the comparer finds similar but cannot
decide, and the claims behind each numeric conflict, go to the judge in batches ("the same fact?
if so, do the figures conflict?"); then the judge names the post's themes in both languages.

- An undecided pair (similarity between PAIR_LOW and the alignment threshold, from two models)
  judged the same fact joins its two groups, unless that would put two facts of one model in a
  group.
- A conflict whose claims the judge finds to be different facts is split; one it finds to be the
  same fact without disagreeing figures (a rounding, an approximation) is dropped.
- Themes: a judge-written title may not add facts. A figure in a theme's title must appear in a
  claim of that theme, or the theme is dropped with a note.
Answers that are not the JSON asked for, or that name unknown ids, change nothing (a note says so).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summarizer.compare.align import LINK, Group, kind_of, score_matrix
from summarizer.compare.conflicts import Conflict, find_conflicts
from summarizer.compare.model import Theme
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import agreement, parse_quantities
from summarizer.providers.answer_json import answer_items, item_number
from summarizer.providers.base import Request
from summarizer.summarize.prompts import json_data, load_prompt

if TYPE_CHECKING:
    from summarizer.compare.judge import Judge

PAIR_LOW = 0.7 * LINK  # pairs scored from here up to the alignment bar are undecided
PAIRS_PER_CLAIM = 2  # undecided pairs asked about per claim, best first
MAX_PAIRS = 60  # pairs asked about per comparison at most
PAIR_BATCH = 10  # pairs per call
MAX_THEME_FACTS = 150  # facts shown to the judge to name themes


@dataclass(frozen=True)
class AlignHelp:
    groups: tuple[Group, ...]
    conflicts: Mapping[str, Conflict]
    themes: tuple[Theme, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def undecided_pairs(
    facts: Sequence[Claim], pivots: Sequence[str | None], groups: Sequence[Group]
) -> list[tuple[int, int]]:
    """Pairs of claims of two models, in two groups that could join, scored just below the
    threshold: the best PAIRS_PER_CLAIM per claim, MAX_PAIRS in all."""
    where = _where(facts, groups)
    models = {g.id: set(g.models) for g in groups}
    per_claim: dict[int, int] = {}
    chosen = []
    matrix = score_matrix(facts, pivots)[0] if facts else None
    scores = (
        {}
        if matrix is None
        else {
            (i, j): float(matrix[i, j])
            for i in range(len(facts))
            for j in range(i + 1, len(facts))
            if PAIR_LOW <= matrix[i, j] < LINK
        }
    )
    for (i, j), _score in sorted(scores.items(), key=lambda kv: -kv[1]):
        gi, gj = where[i], where[j]
        if gi == gj or models[gi] & models[gj]:
            continue
        if per_claim.get(i, 0) >= PAIRS_PER_CLAIM or per_claim.get(j, 0) >= PAIRS_PER_CLAIM:
            continue
        per_claim[i], per_claim[j] = per_claim.get(i, 0) + 1, per_claim.get(j, 0) + 1
        chosen.append((i, j))
        if len(chosen) >= MAX_PAIRS:
            break
    return chosen


def conflict_pairs(
    facts: Sequence[Claim], groups: Sequence[Group], conflicts: Mapping[str, Conflict]
) -> list[tuple[int, int]]:
    """For each conflict, the first claim of each side that states a figure."""
    index = {c.id: k for k, c in enumerate(facts)}
    pairs = []
    for g in groups:
        conflict = conflicts.get(g.id)
        if conflict is None:
            continue
        sides = []
        for model in list(conflict.values)[:2]:
            mine = [index[cid] for cid in g.claim_ids if facts[index[cid]].model == model]
            with_figures = [k for k in mine if facts[k].quantities] or mine
            if with_figures:
                sides.append(with_figures[0])
        if len(sides) == 2:
            pairs.append((sides[0], sides[1]))
    return pairs


def pair_requests(
    judge: Judge, facts: Sequence[Claim], pairs: Sequence[tuple[int, int]]
) -> list[tuple[list[tuple[int, int]], Request]]:
    prompt = load_prompt("align")
    out = []
    for start in range(0, len(pairs), PAIR_BATCH):
        chunk = list(pairs[start : start + PAIR_BATCH])
        items = [
            {"id": f"q{n}", "a": facts[i].text, "b": facts[j].text}
            for n, (i, j) in enumerate(chunk, 1)
        ]
        text = json_data(items)
        out.append((chunk, Request(judge.name, None, prompt.render(pairs=text), prompt.version)))
    return out


def parse_pairs(text: str, n: int) -> tuple[dict[int, tuple[bool, bool]], str | None]:
    """(pair number → (same fact, figures conflict), None), or ({}, why unusable)."""
    items = answer_items(text, "pairs")
    if items is None:
        return {}, "the judge's answer on pairs was not the JSON asked for"
    found: dict[int, tuple[bool, bool]] = {}
    for item in items:
        num, qid = item_number(item, "q", n)
        if not num:
            return {}, f"the judge named a pair it was not asked about ({qid or '?'})"
        same = item.get("same") is True
        found[num] = (same, same and item.get("conflict") is True)
    return found, None


def regroup(
    facts: Sequence[Claim],
    groups: Sequence[Group],
    joins: Sequence[tuple[int, int]],
    splits: Sequence[tuple[int, int]],
    n_models: int,
) -> list[Group]:
    """The groups after the judge: joined where it found undecided pairs the same fact, split
    where it found the two sides of a conflict to be different facts."""
    index = {c.id: k for k, c in enumerate(facts)}
    members = [[index[cid] for cid in g.claim_ids] for g in groups]
    for i, j in splits:
        at = next(n for n, m in enumerate(members) if i in m)
        moved = [k for k in members[at] if facts[k].model == facts[j].model]
        if j in members[at] and len(moved) < len(members[at]):
            members[at] = [k for k in members[at] if k not in moved]
            members.append(moved)
    for i, j in joins:
        a = next(n for n, m in enumerate(members) if i in m)
        b = next(n for n, m in enumerate(members) if j in m)
        if a != b and not {facts[k].model for k in members[a]} & {
            facts[k].model for k in members[b]
        }:
            members[a] = members[a] + members[b]
            members[b] = []
    out: list[Group] = []
    for idxs in sorted((m for m in members if m), key=min):
        models = tuple(dict.fromkeys(facts[k].model for k in sorted(idxs)))
        claim_ids = tuple(facts[k].id for k in sorted(idxs))
        out.append(Group(f"g{len(out) + 1}", claim_ids, models, kind_of(len(models), n_models)))
    return out


def _where(facts: Sequence[Claim], groups: Sequence[Group]) -> dict[int, str]:
    index = {c.id: k for k, c in enumerate(facts)}
    return {index[cid]: g.id for g in groups for cid in g.claim_ids if cid in index}


def theme_request(judge: Judge, facts: Sequence[Claim], groups: Sequence[Group]) -> Request:
    by_id = {c.id: c for c in facts}
    items = [
        {"id": f"f{n}", "fact": by_id[g.claim_ids[0]].text}
        for n, g in enumerate(groups[:MAX_THEME_FACTS], 1)
    ]
    text = json_data(items)
    prompt = load_prompt("themes")
    return Request(judge.name, None, prompt.render(facts=text), prompt.version)


def parse_themes(
    text: str, facts: Sequence[Claim], groups: Sequence[Group], by: str
) -> tuple[list[Theme], list[str]]:
    """The judge's themes that pass the guards, and a note for each one dropped."""
    items = answer_items(text, "themes")
    if items is None:
        return [], ["the judge's answer on themes was not the JSON asked for"]
    by_id = {c.id: c for c in facts}
    shown = {f"f{n}": g for n, g in enumerate(groups[:MAX_THEME_FACTS], 1)}
    themes, notes = [], []
    for item in items:
        if not isinstance(item, dict):
            continue
        zh, en = str(item.get("zh") or "").strip(), str(item.get("en") or "").strip()
        ids = [str(x) for x in item.get("facts") or []]
        unknown = [x for x in ids if x not in shown]
        if not zh or not en or not ids or unknown:
            notes.append(
                f"theme {en or zh or '?'} dropped: no title in both languages, no facts, "
                f"or unknown fact ids {', '.join(unknown)}".strip()
            )
            continue
        members = [shown[x] for x in ids]
        stated = [q for g in members for cid in g.claim_ids for q in by_id[cid].quantities]
        invented = [
            q.raw
            for q in (*parse_quantities(zh), *parse_quantities(en))
            if not any(agreement(q, s) in ("same", "approx") for s in stated)
        ]
        if invented:
            notes.append(
                f"theme {en!r} dropped: its title states {', '.join(invented)}, which none of "
                "its facts states"
            )
            continue
        themes.append(Theme(zh, en, tuple(g.id for g in members), by))
    return themes, notes


def help_align(
    judge: Judge,
    facts: Sequence[Claim],
    pivots: Sequence[str | None],
    groups: Sequence[Group],
    conflicts: Mapping[str, Conflict],
    n_models: int,
) -> AlignHelp:
    """Two rounds: the pairs (undecided and conflicting), then themes on the groups that
    result."""
    by_id = {c.id: c for c in facts}
    undecided = undecided_pairs(facts, pivots, groups)
    conflicting = conflict_pairs(facts, groups, conflicts)
    calls = pair_requests(judge, facts, [*undecided, *conflicting])
    judge.usage.pairs_sent += len(undecided) + len(conflicting)
    responses = judge.ask([r for _, r in calls])
    joins, splits, agreed, notes = [], [], [], []
    for (chunk, _), response in zip(calls, responses, strict=True):
        judge.usage.add(response)
        found, problem = (
            parse_pairs(response.text, len(chunk))
            if response.status == "ok"
            else ({}, f"the judge call on pairs failed: {response.error}")
        )
        if problem:
            notes.append(problem)
        for n, pair in enumerate(chunk, 1):
            same, clash = found.get(n, (None, None))
            if same is None:
                continue
            if pair in conflicting:
                if not same:
                    splits.append(pair)
                elif not clash:
                    agreed.append(frozenset(facts[k].model for k in pair))
            elif same:
                joins.append(pair)
    new_groups = regroup(facts, groups, joins, splits, n_models) if joins or splits else groups
    new_conflicts = dict(find_conflicts(new_groups, by_id)) if joins or splits else dict(conflicts)
    for g in new_groups:
        c = new_conflicts.get(g.id)
        if c is not None and any(set(c.values) <= models for models in agreed):
            del new_conflicts[g.id]
    themes: list[Theme] = []
    if new_groups:
        [response] = judge.ask([theme_request(judge, facts, new_groups)])
        judge.usage.add(response)
        if response.status == "ok":
            themes, dropped = parse_themes(response.text, facts, new_groups, judge.name)
            notes += dropped
        else:
            notes.append(f"the judge call on themes failed: {response.error}")
    judge.usage.notes.extend(notes)
    return AlignHelp(tuple(new_groups), new_conflicts, tuple(themes), tuple(notes))
