"""The themes a merged post's facts go under, and their order.

- Without a report: built from the facts and the models' headings — two headings (of two
  models) are one theme when they hold the same facts, named by the heading that holds the
  most; a theme takes one heading of each model at most; catch-all headings ("Key findings"),
  conclusions headings (总结, 关键结论)
  and one answer's list-item labels make no theme; a fact under none goes where its words, or
  else its neighbours in its answer, went; headings over a single fact fold into "Other".
- `--skeleton NAME`: that model's headings in its order; every fact it states stays under its
  heading, the other models' facts go under the heading whose facts they share most words with.
- With a report, its sections (jekyll.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from summarizer.compare.align import Group
from summarizer.lang.claims import Claim
from summarizer.lang.text import TAKEAWAY_HEADING, unadorned, words
from summarizer.render.labels import in_lang

MAX_THEMES = 7


def _node(c: Claim) -> tuple[str, str] | None:
    """The model's heading a claim stands under — none for a conclusions heading (总结, 关键结论,
    "Key takeaways"): what it repeats belongs to the themes of the facts it sums up."""
    topic = unadorned(c.section or c.topic or "")
    return (c.model, topic) if topic and not TAKEAWAY_HEADING.search(topic) else None


def themes(groups: Sequence[Group], claims: Mapping[str, Claim], primary: str) -> dict[str, str]:
    """group id → theme label ("" for Other), from the models' headings and what they share."""
    holds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g in groups:
        for cid in g.claim_ids:
            node = _node(claims[cid])
            if node:
                holds[node].add(g.id)
    holds = _without_item_labels(holds, _labels_lapse(claims.values()))
    parent = {n: n for n in holds}

    def find(n: tuple[str, str]) -> tuple[str, str]:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    nodes = sorted(holds)
    hubs = _catch_alls(nodes, holds)
    models_in = {n: {n[0]} for n in nodes}  # a root's models: one heading of each at most
    for a, b in _joins(nodes, holds, hubs):
        ra, rb = find(a), find(b)
        if ra != rb and not models_in[ra] & models_in[rb]:
            parent[ra] = rb
            models_in[rb] |= models_in[ra]
    members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for n in nodes:
        members[find(n)].append(n)
    label_of: dict[tuple[str, str], str] = {}
    for root, ns in members.items():
        label_of[root] = max(
            ns, key=lambda n: (in_lang(n[1], primary), len(holds[n]), -len(n[1]), n[1])
        )[1]
    out: dict[str, str] = {}
    for g in groups:
        nodes_of = [n for n in (_node(claims[cid]) for cid in g.claim_ids) if n and n in holds]
        voters = [n for n in nodes_of if n not in hubs] or nodes_of
        votes = Counter(label_of[find(n)] for n in voters)
        out[g.id] = votes.most_common(1)[0][0] if votes else ""
    headed_by: dict[str, set[str]] = defaultdict(set)  # theme → the models whose headings make it
    for root, ns in members.items():
        headed_by[label_of[root]] |= {m for m, _ in ns}
    hub_labels = {label_of[find(h)] for h in hubs} - {
        label_of[find(n)] for n in nodes if n not in hubs
    }
    placed = _closest_theme(out, set(hub_labels), groups, claims)
    return _fold_small(placed, headed_by)


def _closest_theme(
    theme_of: dict[str, str],
    loose: set[str],
    groups: Sequence[Group],
    claims: Mapping[str, Claim],
) -> dict[str, str]:
    """A fact under no heading, or only under a catch-all one, goes to the theme whose heading
    and facts share the most words with it (two at least), as an author merging by hand would;
    failing that (across languages words rarely meet), to the theme of the fact its answer
    states just before it, or else just after: "MSD (7.2%)" in a list of firms' shares."""
    text_of = {g.id: " ".join(claims[cid].text for cid in g.claim_ids) for g in groups}
    vocab: dict[str, set[str]] = defaultdict(set)
    for gid, theme in theme_of.items():
        if theme and theme not in loose:
            vocab[theme] |= set(words(f"{theme} {text_of[gid]}"))
    out = dict(theme_of)
    for gid, theme in theme_of.items():
        if theme and theme not in loose:
            continue
        mine = set(words(text_of[gid]))
        best = max(vocab, key=lambda t: (len(mine & vocab[t]), t), default="")
        if best and len(mine & vocab[best]) >= 2:
            out[gid] = best
    placed = {gid for gid, t in out.items() if t and t not in loose}
    group_of = {cid: g.id for g in groups for cid in g.claim_ids}
    answer: dict[str, list[str]] = defaultdict(list)  # each model's claims in its order
    for cid in claims:
        if cid in group_of:
            answer[claims[cid].model].append(cid)
    for g in groups:
        if g.id in placed or len(g.claim_ids) != 1:
            continue
        own = answer[claims[g.claim_ids[0]].model]
        at = own.index(g.claim_ids[0])
        for cid in [*reversed(own[:at]), *own[at + 1 :]]:
            if group_of[cid] in placed:
                out[g.id] = out[group_of[cid]]
                break
    return out


def _joins(
    nodes: Sequence[tuple[str, str]],
    holds: Mapping[tuple[str, str], set[str]],
    hubs: set[tuple[str, str]],
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of two models' headings that hold the same facts (two, or half the smaller's),
    the most shared first: a theme takes one heading of each model at most, as a group takes
    one claim — a model's own two sections are two themes, however a third answer bridges them."""
    found = []
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            if a in hubs or b in hubs or a[0] == b[0]:
                continue
            shared = len(holds[a] & holds[b])
            smaller = min(len(holds[a]), len(holds[b]))
            if shared and (shared >= 2 or shared * 2 >= smaller):
                found.append((-shared, -shared / smaller, a, b))
    return [(a, b) for *_, a, b in sorted(found)]


def _without_item_labels(
    holds: Mapping[tuple[str, str], set[str]],
    lapsing: set[str],
) -> dict[tuple[str, str], set[str]]:
    """Drop the headings of a model whose "sections" are its list items' labels ("1. 市场规模",
    "2. 占宠物消费比重：29%"): more of them than a post has themes, two facts or fewer each on
    average, or labels that lapse with their item (`lapsing`). Beside them every other model's
    real section would look like a catch-all, and the post would take its themes from item
    labels. Kept when every model writes so."""
    per_model: dict[str, list[int]] = defaultdict(list)
    for (model, _), held in holds.items():
        per_model[model].append(len(held))
    itemised = {
        m
        for m, sizes in per_model.items()
        if (len(sizes) > MAX_THEMES and sum(sizes) < 2 * len(sizes)) or m in lapsing
    }
    if itemised == set(per_model):
        return dict(holds)
    return {n: held for n, held in holds.items() if n[0] not in itemised}


def _labels_lapse(claims: Iterable[Claim]) -> set[str]:
    """The models whose "headings" lapse with the item they label: a fact under none comes after
    one under a label ("3. 品牌份额：…" then "6. 户外增速最快…"), as a heading never lets happen
    (it holds until the next one). An opening paragraph before the first heading is no lapse."""
    headed: set[str] = set()
    lapsing: set[str] = set()
    for c in claims:
        if c.kind != "fact":
            continue
        if _node(c):
            headed.add(c.model)
        elif c.model in headed:
            lapsing.add(c.model)
    return lapsing


def _catch_alls(
    nodes: Sequence[tuple[str, str]], holds: Mapping[tuple[str, str], set[str]]
) -> set[tuple[str, str]]:
    """Headings broader than another model's sections ("关键发现", "Key findings"): they share
    facts with two or more headings of one other model, each smaller than they are. Joining
    through them would pour every section into one theme; they give a theme only to what no
    narrower heading holds. (Two answers that cut one report into sections a little
    differently overlap so too, but neither side is the broader.)"""
    hubs = set()
    for a in nodes:
        partners = defaultdict(list)
        for b in nodes:
            if b[0] != a[0] and holds[a] & holds[b]:
                partners[b[0]].append(len(holds[b]))
        if any(len(sizes) >= 2 and max(sizes) < len(holds[a]) for sizes in partners.values()):
            hubs.add(a)
    return hubs


def _fold_small(theme_of: dict[str, str], headed_by: Mapping[str, set[str]]) -> dict[str, str]:
    """One model's heading over a single fact is no theme; past MAX_THEMES the smallest fold
    into Other."""
    sizes = Counter(t for t in theme_of.values() if t)
    keep = {t for t, n in sizes.most_common(MAX_THEMES) if n >= 2 or len(headed_by.get(t, ())) >= 2}
    return {g: (t if t in keep else "") for g, t in theme_of.items()}


def skeleton_themes(
    groups: Sequence[Group], claims: Mapping[str, Claim], model: str
) -> tuple[list[str], dict[str, str]]:
    """(the skeleton model's headings in its order, group id → heading)."""
    order: list[str] = []
    text_of: dict[str, list[str]] = defaultdict(list)
    for c in claims.values():
        if c.model == model:
            topic = unadorned(c.section or c.topic or "")
            if topic not in order:
                order.append(topic)
            text_of[topic].append(c.text)
    vocab = {t: set(words(" ".join([t, *text_of[t]]))) for t in order}
    out: dict[str, str] = {}
    for g in groups:
        own = [claims[cid] for cid in g.claim_ids if claims[cid].model == model]
        if own:
            out[g.id] = unadorned(own[0].section or own[0].topic or "")
            continue
        mine = set(w for cid in g.claim_ids for w in words(claims[cid].text))
        best = max(order, key=lambda t: (len(mine & vocab[t]), -order.index(t)), default="")
        out[g.id] = best if best and mine & vocab[best] else ""
    return order, out


def theme_sequence(
    topics: Mapping[str, list[dict[str, Any]]],
    topic_pos: Mapping[str, float],
    fixed: Sequence[str],
    by_report: bool,
) -> list[str]:
    """Themes in the skeleton's order, else the report's, else the order the answers take
    them in (the median place of the facts two or more models state: market size before
    brands, as the answers have it); Other ("") last."""

    def key(t: str) -> tuple[float, ...]:
        if fixed:
            return (t == "", fixed.index(t) if t in fixed else len(fixed))
        if by_report and topic_pos[t] < 1e9:
            return (t == "", 0, topic_pos[t])
        places = sorted(f["idx"] for f in topics[t] if f["n"] > 1) or [1e9]
        return (t == "", 1, places[(len(places) - 1) // 2], min(f["idx"] for f in topics[t]))

    return sorted(topics, key=key)
