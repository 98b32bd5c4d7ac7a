"""Numeric conflicts: the same fact, stated by different models with incompatible figures.

Figures are compared claim by claim (never a model's figures pooled from two sentences), for
claims of different models in one group, unit by unit. Each side's qualifier is read as what it
allows: "超过一半" is any share above 50%, "近50%" one a little below it, "约三分之一" one near
33%. So 35.6% and 超过三分之一 agree, while "超过50%" against "近50%" or "约三分之一" against
"30%" disagree — approximately. A conflict is:

- ``real`` (severity ``high`` when the figures are more than 15% apart, counted from the
  smaller, else ``low``): two exact figures that differ (58% vs 56%);
- ``approximate`` (severity ``approximate``, or ``qualifier`` for one figure with bounds that
  exclude each other, 近60% vs 超过60%): at least one side is loose and the two still cannot
  both be true — or both are roundings, to round figures more than 7% apart ("约三分之一"
  against "roughly three in ten"): both may fit 31.8%, but read side by side they disagree.

A ``direction`` conflict (severity ``direction``): one model says the figure went up where
another says it went down ("平均零售价同比上涨了12%" against "prices fell 12%"); both must give
the same figure, or none.

Different subjects (Japan 44%, Germany 19%) never meet here: alignment keeps them apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from summarizer.compare.align import Group, kind_of
from summarizer.compare.checks_base import OF_NOW
from summarizer.compare.directions import way_of
from summarizer.compare.figure_relation import meets, relation
from summarizer.compare.ground import Grounding
from summarizer.compare.opposite_ways import other_way
from summarizer.lang.claims import Claim
from summarizer.lang.loose import is_rate, looks_ahead, of_now, of_then
from summarizer.lang.number_names import a_band
from summarizer.lang.quantities import Quantity, comparable, parse_quantities

_ORDER = {"": -1, "qualifier": 0, "approximate": 1, "low": 2, "high": 3, "direction": 4}


@dataclass(frozen=True)
class Conflict:
    kind: str  # numeric | direction | timing | year
    severity: str  # high | low (real: exact figures differ) | approximate | qualifier | direction
    values: Mapping[str, str]  # model → the figure (or the direction word) as it wrote it
    nature: str = "real"  # real | approximate | direction | report (it gives both) | timing


def claim_conflict(a: Claim, b: Claim) -> tuple[str, list[Quantity], list[Quantity]]:
    """The worst disagreement between two claims' figures: each figure of the claim with fewer
    figures must agree with some figure of the other (saying more is no conflict)."""
    (qa, band_a), (qb, band_b) = _measured(a), _measured(b)
    if band_a and band_b and not any(meets(x, band_b) for x in band_a):
        return "", [], []  # "2000元以上的产品…四成" and "100–499元产品…39.5%": two segments
    # a claim that gives only a past figure ("份额较2024年的41%明显下降") speaks of then: it
    # meets the other's past figures, not its figure of now
    then_a, then_b = of_then(a.text, a.quantities), of_then(b.text, b.quantities)
    if then_a and len(then_a) == len(comparable(a.quantities)) or _of_then(a, qa, then_b, b):
        qb = then_b
    elif then_b and len(then_b) == len(comparable(b.quantities)) or _of_then(b, qb, then_a, a):
        qa = then_a
    flip = len(qa) > len(qb)
    if flip:
        qa, qb = qb, qa
    left_a = [x for x in qa if not meets(x, qb)]
    if len(qa) > 1 and len(left_a) < len(qa):
        # two figures each, one shared (63.3% and 63%): the others state other things ("up
        # from 55.1%", "平均超支17%"), not the same thing otherwise — unless two of them are
        # close, as a misquote is (1780亿元 beside 1870亿元, both with 16.4% growth)
        close = [(x, y) for x in left_a for y in qb if relation(x, y) == "low"]
        if not close:
            texts = (b.text, a.text) if flip else (a.text, b.text)
            return _one_left_each(qa, qb, left_a, flip, texts)
        x, y = close[0]
        return ("low", [y], [x]) if flip else ("low", [x], [y])
    worst, side_a, side_b = "", [], []
    text_a, text_b = (b.text, a.text) if flip else (a.text, b.text)
    for x in qa:
        # a growth rate and a level are two measures: "增长19%" is no other "销量的62%"
        rels = [
            (relation(x, y), y)
            for y in qb
            if y.unit == x.unit and not y.is_year and is_rate(text_a, x) == is_rate(text_b, y)
        ]
        if not rels or any(r == "" for r, _ in rels):
            continue
        rel, y = min(rels, key=lambda ry: (_ORDER[ry[0]], abs(ry[1].value - x.value)))
        if _ORDER[rel] > _ORDER[worst]:
            worst, side_a, side_b = rel, [x], [y]
    return (worst, side_b, side_a) if flip else (worst, side_a, side_b)


def _measured(c: Claim) -> tuple[list[Quantity], list[Quantity]]:
    """A claim's figures of now that measure, and apart from them those that name a price band
    ("2000元以上的高端产品") or an age group ("65岁以上老人"): a band is the subject, never a
    figure given another way."""
    measured: list[Quantity] = []
    bands: list[Quantity] = []
    for q in of_now(c.text, c.quantities):
        (bands if a_band(c.text, q) else measured).append(q)
    return measured, bands


def _of_then(a: Claim, qa: Sequence[Quantity], then_b: Sequence[Quantity], b: Claim) -> bool:
    """Are all of a's figures the past ones b compares with, in a year b names too? "2024年销量为
    8.2万辆" is the "相比2024年的8.2万辆" of "全年销量达到17.8万辆…", not its 17.8万."""
    years = {q.value for q in a.quantities if q.is_year}
    return (
        bool(years and then_b and qa)
        and all(meets(x, then_b) for x in qa)
        and years <= {q.value for q in b.quantities if q.is_year}
    )


def _one_left_each(
    qa: list[Quantity],
    qb: list[Quantity],
    left_a: list[Quantity],
    flip: bool,
    texts: tuple[str, str],
) -> tuple[str, list[Quantity], list[Quantity]]:
    """Two claims that agree on all their figures but one each (`left_a`, and one of qb), of
    one unit and one measure: the same figure misquoted, however far apart ("GMV增长137%，达
    295亿元" against "GMV up 173% to 29.5 billion"). A growth rate left against a share
    ("grew 54.1% to 10.74 million" / "1,074万台，占总量72.3%") is two facts of one level."""
    left_b = [y for y in qb if not meets(y, qa)]
    if len(qa) != len(qb) or len(left_a) != 1 or len(left_b) != 1:
        return "", [], []
    x, y = left_a[0], left_b[0]
    if is_rate(texts[0], x) != is_rate(texts[1], y):
        return "", [], []
    if _a_total_of(x, y, [q for q in qa if q is not x]):
        return "", [], []
    rel = relation(x, y) if x.unit == y.unit and not x.is_year else ""
    if not rel:
        return "", [], []
    return (rel, [y], [x]) if flip else (rel, [x], [y])


def _a_total_of(x: Quantity, y: Quantity, shared: Sequence[Quantity]) -> bool:
    """Is one left figure the sum of the other and a figure both give: "犬猫总数1.28亿只，猫7150
    万只" against "猫7150万只，犬5650万只" — the total and a part, not one figure misquoted."""
    return any(
        s.unit == x.unit == y.unit
        and abs(max(x.value, y.value) - (min(x.value, y.value) + s.value))
        <= 0.02 * max(x.value, y.value)
        for s in shared
    )


def find_conflicts(groups: Sequence[Group], claims: Mapping[str, Claim]) -> dict[str, Conflict]:
    """group id → its conflict, for every group whose models disagree on a figure."""
    found: dict[str, Conflict] = {}
    for g in groups:
        if len(g.models) < 2:
            continue
        worst: str = ""
        values: dict[str, str] = {}
        pair: tuple[Claim, Claim, list[Quantity]] | None = None
        members = [claims[cid] for cid in g.claim_ids]
        for a, b in combinations(members, 2):
            if a.model == b.model or looks_ahead(a.text, a.headings) != looks_ahead(
                b.text, b.headings
            ):
                continue  # a forecast ("有望超过七成") is no other figure for what is now
            rel, qa, qb = claim_conflict(a, b)
            if rel and any(_states_both(m, qa, qb) for m in members):
                continue  # "满意的占55%（非常满意仅13%）": two facts, one claim states both
            if not rel and (way := other_way(a, b)):
                rel, values_ab = "direction", way
            elif rel:
                values_ab = {a.model: _raw(qa), b.model: _raw(qb)}
            if rel and _ORDER[rel] > _ORDER[worst]:
                worst, values, pair = rel, values_ab, (a, b, qa + qb)
        if not worst or pair is None:
            continue
        a, b, disputed = pair
        others = _the_others(members, values, a, b, disputed, direction=worst == "direction")
        values = {**values, **others}
        if worst == "direction":
            found[g.id] = Conflict("direction", worst, values, "direction")
        else:
            nature = "real" if worst in ("high", "low") else "approximate"
            found[g.id] = Conflict("numeric", worst, values, nature)
    return found


def apart_by_report(
    groups: Sequence[Group],
    claims: Mapping[str, Claim],
    groundings: Mapping[str, Grounding],
    n_models: int,
) -> list[Group]:
    """Groups again, where a group whose models give different figures that one report sentence
    states side by side is split in two: the sentence states two facts ("深圳夜间谷时电价低至
    0.45元" and "高速服务区平均1.68元"; 21% overall, 35% of small firms), not one told two
    ways. Only claims the report bears out on that sentence move to the second fact; a claim
    the report does not bear out there stays, and may still be the first fact's conflict.
    A claim that gives the sentence's figure to another owner ("快手：市场份额8.7%" where the
    8.7% is WeChat Channels') leaves the group the sentence bears out: its fact is another."""
    out: list[list[str]] = []
    for g in groups:
        strays = _owned_by_another([claims[cid] for cid in g.claim_ids], groundings)
        kept = [cid for cid in g.claim_ids if cid not in strays]
        moved = _second_fact([claims[cid] for cid in kept], groundings)
        out += [[cid for cid in kept if cid not in moved]] + ([moved] if moved else [])
        out += [[cid] for cid in strays]
    return [
        Group(f"g{k}", tuple(ids), models, kind_of(len(models), n_models))
        for k, ids in enumerate(out, 1)
        for models in [tuple(dict.fromkeys(claims[cid].model for cid in ids))]
    ]


def _owned_by_another(members: Sequence[Claim], groundings: Mapping[str, Grounding]) -> list[str]:
    """The ids of the claims whose sentence gives their figure to another owner, where another
    model's claim is borne out on that sentence."""
    borne = {
        (c.model, g.source_anchor)
        for c in members
        if (g := groundings.get(c.id)) and g.status == "supported" and g.source_anchor
    }
    return [
        c.id
        for c in members
        if (g := groundings.get(c.id))
        and g.of_another
        and g.status == "contradicted"  # not one the checks only failed to read there
        and any(anchor == g.source_anchor and model != c.model for model, anchor in borne)
    ]


def _second_fact(members: Sequence[Claim], groundings: Mapping[str, Grounding]) -> list[str]:
    """The ids of the claims that state the second fact of a sentence, as above ([] if none)."""
    anchor = {
        c.id: g.source_anchor
        for c in members
        if (g := groundings.get(c.id)) and g.status == "supported" and g.source_anchor
    }
    for a, b in combinations([c for c in members if c.id in anchor], 2):
        if a.model == b.model or anchor[a.id] != anchor[b.id]:
            continue
        rel, qa, qb = claim_conflict(a, b)
        if not rel or any(_states_both(m, qa, qb) for m in members):
            continue  # "满意的占55%（非常满意仅13%）": a claim states both, so one fact
        if all(q.qualifier == "about" for q in qa + qb):
            continue  # two roundings of the sentence's one figure: one fact
        return [
            c.id
            for c in members
            if anchor.get(c.id) == anchor[a.id]
            and claim_conflict(a, c)[0]
            and not claim_conflict(b, c)[0]
        ]
    return []


def _the_others(
    members: Sequence[Claim],
    values: Mapping[str, str],
    a: Claim,
    b: Claim,
    figures: Sequence[Quantity],
    *,
    direction: bool,
) -> dict[str, str]:
    """What the group's other models say of the disputed figure — their figure of the same
    unit nearest the two sides', or their direction word — so that the disagreement lists every
    model, not only the two that disagree most ("kimi 87% · qwen 78% · doubao 78%")."""
    out: dict[str, str] = {}
    # of the disputed figures' kind: not a growth rate of 58% beside shares of 17.9% and 21.3%
    rates = {is_rate(c.text, x) for c in (a, b) for x in figures if x in c.quantities}
    for m in members:
        if m.model in values or m.model in out:
            continue
        if direction:
            way = other_way(a, m) or other_way(b, m)
            if way and m.model in way:
                out[m.model] = way[m.model]
            continue
        own = [
            q
            for q in of_now(m.text, m.quantities)
            if any(q.unit == x.unit for x in figures) and is_rate(m.text, q) in rates
        ]
        if own:
            near = min(own, key=lambda q: min(abs(q.value - x.value) for x in figures))
            out[m.model] = near.raw
    return out


def _states_both(c: Claim, qa: Sequence[Quantity], qb: Sequence[Quantity]) -> bool:
    """Does the claim give both sides' figures, as two figures of its own (of now)?"""
    own = of_now(c.text, c.quantities)
    for x in qa:
        for y in qb:
            fx = [f for f in own if f.unit == x.unit and relation(x, f) == ""]
            fy = [f for f in own if f.unit == y.unit and relation(y, f) == ""]
            if any(relation(f, g) for f in fx for g in fy):
                return True
    return False


def _raw(qs: Sequence[Quantity]) -> str:
    return ", ".join(q.raw for q in qs)


def odd_ones(conflict: Conflict) -> set[str]:
    """The models on the wrong side of a disagreement, as far as the others tell: each whose
    figure (or direction) more of the others contradict than bear out — kimi alone in 137%
    against three 173% — or every model where none is outnumbered (58% against 56%)."""

    def fits(a: str, b: str) -> bool:
        if conflict.kind == "direction":
            return way_of(a) == way_of(b)
        qa, qb = comparable(parse_quantities(a)), comparable(parse_quantities(b))
        return bool(qa and qb) and relation(qa[0], qb[0]) == ""

    values = conflict.values
    if conflict.kind == "timing":  # the side that gives a forecast as now
        return {m for m, v in values.items() if OF_NOW.match(v)}
    if conflict.kind == "year":  # the years fewer models give
        return _fewer(values, dict(values))
    odd = set()
    for model, value in values.items():
        others = [fits(value, v) for m, v in values.items() if m != model]
        if others.count(False) > others.count(True):
            odd.add(model)
    if odd or conflict.kind == "direction":
        return odd or set(values)
    # loose figures all within reach of one another ("约256万" against three "约265万"): the
    # figure fewer models give, read exactly
    read = {m: comparable(parse_quantities(v))[:1] for m, v in values.items()}
    return _fewer(values, {m: (q[0].unit, q[0].value) for m, q in read.items() if q})


def _fewer(values: Mapping[str, str], keys: Mapping[str, object]) -> set[str]:
    """The models whose key fewer models share than the most shared one; all where none is."""
    counts = Counter(keys.values())
    odd = {m for m, k in keys.items() if counts[k] < max(counts.values(), default=0)}
    return odd or set(values)
