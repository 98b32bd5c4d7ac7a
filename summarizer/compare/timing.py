"""Disagreements over when. A forecast one answer gives as a figure of now: "预计到2027年，AI辅助
诊断将覆盖40%的宠物医院" against "AI辅助诊断已经覆盖了约四成的宠物医院"; or one event two answers
put in different years: "(835 MW) is expected to come online in 2027" against "…deliver power in
2028". The figures agree, so no figure is in dispute — the time is: a disagreement of its own
kind, with each model's words for when."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from summarizer.compare.align import Group
from summarizer.compare.checks_base import OF_NOW
from summarizer.compare.conflicts import Conflict
from summarizer.compare.years import event_year
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import Quantity, agreement, comparable


def told_as_now(
    groups: Sequence[Group], claims: Mapping[str, Claim], conflicts: Mapping[str, Conflict]
) -> dict[str, Conflict]:
    """The conflicts again, with one for each group where a model says of now (目前, 已经, now)
    a figure another model forecasts — and no figure is in dispute already."""
    found = dict(conflicts)
    for g in groups:
        if g.id in found or len(g.models) < 2:
            continue
        members = [claims[cid] for cid in g.claim_ids]
        ahead = [c for c in members if c.ahead]
        now = [c for c in members if not c.ahead and OF_NOW.search(c.text)]
        told = [(a, n) for a in ahead for n in now if a.model != n.model and _one_figure(a, n)]
        if not told:
            continue
        values = {a.model: _when(a, ahead=True) for a, _ in told}
        values |= {n.model: _when(n, ahead=False) for _, n in told}
        found[g.id] = Conflict("timing", "timing", values, "timing")
    return found


def other_years(
    groups: Sequence[Group], claims: Mapping[str, Claim], conflicts: Mapping[str, Conflict]
) -> dict[str, Conflict]:
    """The conflicts again, with one for each group where two models give one event, its
    figures agreeing, in different years — and nothing is in dispute already."""
    found = dict(conflicts)
    for g in groups:
        if g.id in found or len(g.models) < 2:
            continue
        members = [claims[cid] for cid in g.claim_ids]
        when = {c.model: y for c in members if (y := event_year(c.text, c.quantities)) is not None}
        apart = [
            (a, b)
            for a, b in combinations(members, 2)
            if a.model != b.model
            and a.model in when
            and b.model in when
            and when[a.model] != when[b.model]
            and _same_figure(a, b)
        ]
        if apart:
            found[g.id] = Conflict("year", "low", {m: f"{y:g}" for m, y in when.items()}, "real")
    return found


def _same_figure(a: Claim, b: Claim) -> bool:
    return any(agreement(x, y) == "same" for x in _figures(a) for y in _figures(b))


def _one_figure(a: Claim, b: Claim) -> bool:
    return any(
        agreement(x, y) in ("same", "approx", "qualifier") for x in _figures(a) for y in _figures(b)
    )


def _figures(c: Claim) -> list[Quantity]:
    return [q for q in comparable(c.quantities) if not q.is_year]


def _when(c: Claim, *, ahead: bool) -> str:
    """The model's figure with its words for when: "2027 40%", "已经 约四成"."""
    figure = next((q.raw for q in _figures(c)), "")
    if ahead:
        year = next((f"{q.value:g}" for q in c.quantities if q.is_year), "")
        return f"{year} {figure}".strip()
    m = OF_NOW.search(c.text)
    return f"{m.group(0) if m else ''} {figure}".strip()
