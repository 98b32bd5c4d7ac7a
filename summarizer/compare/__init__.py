"""The compare stage: responses → claims → groups, conflicts, groundings → scorecard.

`compare()` is a plain function of its inputs; it returns the typed `Comparison`
(compare/model.py), whose `to_json()` is the comparison.json contract in DESIGN.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from summarizer.compare.align import align
from summarizer.compare.checks_base import stated_instead
from summarizer.compare.conflicts import apart_by_report, find_conflicts
from summarizer.compare.ground import Grounding, ground
from summarizer.compare.model import Comparison, Source, model_runs
from summarizer.compare.restated import echoed, restated, told_twice
from summarizer.compare.score import scorecard
from summarizer.compare.timing import other_years, told_as_now
from summarizer.config import default_cache_dir
from summarizer.document import Document, Sentence
from summarizer.lang import dictionary
from summarizer.lang.claims import Claim, claims_from_markdown, claims_from_structured
from summarizer.lang.name_pairs import NamePairs
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities
from summarizer.lang.text import words
from summarizer.providers.base import Response

__all__ = ["Comparison", "compare", "claims_of"]


def claims_of(response: Response, primary: str = "zh") -> list[Claim]:
    """The claims a response makes: from its JSON when it has one, else from its Markdown."""
    if response.status != "ok":
        return []
    if response.structured:
        return claims_from_structured(response.model, response.structured, primary)
    return claims_from_markdown(response.model, response.text)


JudgePass = Callable[
    [Sequence[Claim], Mapping[str, Grounding], Document | None], Mapping[str, Grounding]
]


def _pivots(
    facts: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document | None = None
) -> tuple[list[str | None], list[tuple[str, ...]]]:
    """Per claim, the report sentence it meets the others on, and the one whose fact it is not.

    The source is the pivot between languages: claims on the same sentence are one fact — not
    where the sentence gives the claim's figure to something else (there, on the sentence of its
    own subject, where the report has one): that sentence is where it is away from. A claim the
    passage on its subject contradicts is away from the other sentences that state its figure
    (the summary's and the body's, at most): it took that fact's figure ("县域…46.3%" where
    46.3% is the 65+ rate)."""
    pivots = [
        g.subject_anchor
        if g.of_another
        else g.source_anchor
        if g.status in ("supported", "contradicted")
        else None
        for g in (groundings[c.id] for c in facts)
    ]
    stating: dict[tuple[str, float], set[str]] | None = None
    away: list[tuple[str, ...]] = []
    for c, g in ((c, groundings[c.id]) for c in facts):
        if g.status == "contradicted" and g.of_another and g.source_anchor:
            away.append((g.source_anchor,))
        elif g.status == "contradicted" and doc is not None and stated_instead(g.reason):
            stating = stating if stating is not None else _sentences_stating(doc)
            away.append(_taken_from(c, g, stating))
        else:
            away.append(())
    return pivots, away


def _sentences_stating(doc: Document) -> dict[tuple[str, float], set[str]]:
    """(unit, value) → the report sentences that state that figure, read once."""
    found: dict[tuple[str, float], set[str]] = {}
    for _, s in doc.sentences():
        for x in comparable(parse_quantities(s.text)):
            found.setdefault((x.unit, round(x.value, 6)), set()).add(s.id)
    return found


def _taken_from(
    c: Claim, g: Grounding, stating: Mapping[tuple[str, float], set[str]]
) -> tuple[str, ...]:
    """The report sentences, other than the passage that contradicts the claim, that state all
    its figures exactly: one fact's, or its summary's and body's (two at most)."""
    figures = [q for q in comparable(c.quantities) if not q.qualifier]
    if not figures:
        return ()
    found = set.intersection(*(stating.get((q.unit, round(q.value, 6)), set()) for q in figures))
    found.discard(g.source_anchor or "")
    return tuple(sorted(found)) if len(found) <= AWAY_MOST else ()


AWAY_MOST = 2  # sentences a wrong figure may be taken from: more, and it is any figure


def _misquotes(
    facts: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document | None
) -> set[tuple[int, int]]:
    """Pairs of claims on one report sentence where one gives the figure the report says
    instead of the other's ("the report says 44%, not 54%"): one fact misquoted, not two facts
    of the sentence — a disagreement, however little else the two share across languages.
    Only where the other claim states every figure of that kind the sentence gives ("44%
    (2024年为37%)"): of "36% use voice control, but only 23% changed their password" a wrong
    32% may misquote either."""
    said: dict[str, list[tuple[int, Quantity, list[Quantity]]]] = {}
    for i, c in enumerate(facts):
        g = groundings[c.id]
        instead = stated_instead(g.reason) if g.status == "contradicted" else None
        s = doc.sentence(g.source_anchor) if instead and doc and g.source_anchor else None
        figures = (
            comparable(parse_quantities(instead)) if instead and s and not g.of_another else []
        )
        if s is not None and len(figures) == 1:
            kind = [x for x in comparable(parse_quantities(s.text)) if x.unit == figures[0].unit]
            said.setdefault(s.id, []).append((i, figures[0], kind))
    pairs = set()
    for i, c in enumerate(facts):
        g = groundings[c.id]
        mine = comparable(c.quantities)
        for k, x, kind in said.get(g.source_anchor or "", []) if g.status == "supported" else []:
            if all(any(agreement(y, q) == "same" for q in mine) for y in [x, *kind]):
                pairs.add((min(i, k), max(i, k)))
    return pairs


def _borne_out(
    facts: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document | None
) -> Iterator[tuple[int, Claim, Sentence]]:
    """Each claim the report bears out on a sentence of its own fact, with that sentence."""
    for i, c in enumerate(facts):
        g = groundings[c.id]
        s = doc.sentence(g.source_anchor) if doc and g.source_anchor else None
        if s is not None and g.status == "supported" and not g.of_another:
            yield i, c, s


def _two_stated(
    facts: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document | None
) -> set[tuple[int, int]]:
    """Pairs of claims on one report sentence that each give another figure the sentence
    states ("全区域平均出租率81.4%" and "印度仅64.8%" on "…81.4%，印度仅64.8%"): two facts of the
    sentence, both borne out — no disagreement, however many words they share."""
    stated: dict[str, list[tuple[int, list[Quantity]]]] = {}
    for i, c, s in _borne_out(facts, groundings, doc):
        there = comparable(parse_quantities(s.text))
        mine = [
            q for q in comparable(c.quantities) if any(agreement(q, x) == "same" for x in there)
        ]
        if mine:
            stated.setdefault(s.id, []).append((i, mine))
    pairs = set()
    for on_one in stated.values():
        for n, (i, mine) in enumerate(on_one):
            for k, theirs in on_one[n + 1 :]:
                units = {q.unit for q in mine} & {q.unit for q in theirs}
                shared = any(agreement(q, x) == "same" for q in mine for x in theirs)
                if units and not shared and facts[i].model != facts[k].model:
                    pairs.add((min(i, k), max(i, k)))
    return pairs


def _borne_apart(
    facts: Sequence[Claim],
    groundings: Mapping[str, Grounding],
    doc: Document | None,
    pivots: Sequence[str | None],
) -> _Apart:
    """Pairs of claims each of which one report sentence bears out word for word and the
    other's does not, with figures of one unit that differ ("度假产品仅12%" on "度假产品占12%",
    "同程旅行的市场份额为12.7%" on 同程旅行's row): two facts the report states apart, not one
    in dispute — whatever claim links them. A figure the report gives two ways, in words each
    claim's sentence has (门店总数51.2万 / 50.8万), or in a summary the body restates (the
    pivots: `restated`), stays one fact in dispute. So, in any words, do two claims whose
    figures their own sentences state, all of them, and lie far apart (运动鞋2,310亿元
    against running shoes' RMB 71.2 billion): a figure the report gives two ways differs by a
    slip, not a factor. Decided for the pairs alignment asks about, not for every pair."""
    whole: dict[int, tuple[set[str], set[str], list[Quantity]]] = {}
    stated: dict[int, list[Quantity]] = {}
    for i, c, s in _borne_out(facts, groundings, doc):
        given = comparable(parse_quantities(s.text))
        mine = [q for q in comparable(c.quantities) if not q.is_year]
        if mine and all(any(agreement(q, x) == "same" for x in given) for q in mine):
            stated[i] = mine  # its sentence states every figure it gives
        own = {w for w in words(c.text) if len(w) > 1 and not w[0].isdigit()}
        there = set(words(s.text))
        if own and own <= there:
            whole[i] = (own, there, comparable(c.quantities))
    return _Apart(facts, pivots, stated, whole)


@dataclass(frozen=True)
class _Apart:
    """The pairs `_borne_apart` describes, as a container alignment asks `(i, k) in` of."""

    facts: Sequence[Claim]
    pivots: Sequence[str | None]
    stated: Mapping[int, list[Quantity]]
    whole: Mapping[int, tuple[set[str], set[str], list[Quantity]]]

    def __contains__(self, pair: object) -> bool:
        assert isinstance(pair, tuple)
        i: int = pair[0]
        k: int = pair[1]
        if self.facts[i].model == self.facts[k].model or self.pivots[i] == self.pivots[k]:
            return False
        if i in self.stated and k in self.stated and _far_apart(self.stated[i], self.stated[k]):
            return True
        if i not in self.whole or k not in self.whole:
            return False
        (own_a, at_a, qa), (own_b, at_b, qb) = self.whole[i], self.whole[k]
        if own_a <= at_b or own_b <= at_a:
            return False
        rel = {agreement(x, y) for x in qa for y in qb if x.unit == y.unit}
        return bool(rel) and "same" not in rel


FAR_APART = 1.5  # two figures of one unit this many times apart are no slip of one figure


def _far_apart(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> bool:
    """Do the two claims' figures of one unit all lie far apart (none of them a year), or do
    they give none of one unit?"""
    pairs = [(x, y) for x in qa for y in qb if x.unit == y.unit and not x.is_year]
    if not pairs:  # no figure of one kind: 人均2.9天 and 女性占比46.2%, each where it is stated
        # (a multiple restates a change: "more than doubled" is "from 19% to 44%")
        return all(q.unit != "x" for q in (*qa, *qb)) and bool(qa) and bool(qb)
    return all(
        x.value > 0 and y.value > 0 and max(x.value, y.value) >= FAR_APART * min(x.value, y.value)
        for x, y in pairs
    )


def compare(
    responses: Sequence[Response],
    doc: Document | None,
    *,
    primary: str = "zh",
    judge: JudgePass | None = None,
    semantic: bool | None = None,
) -> Comparison:
    """`judge`: an optional pass after offline grounding (an LLM judge, compare/judge.py) that
    returns the groundings it revised; alignment and the scorecard then use them. `semantic`:
    use the embedding signal (None: when its optional package is installed)."""
    dictionary.keep_in(default_cache_dir())
    claims = [c for r in responses for c in claims_of(r, primary)]
    facts = [c for c in claims if c.kind == "fact"]
    ok_models = [r for r in responses if r.status == "ok"]
    groundings = ground(claims, doc, semantic=semantic)
    if judge is not None:
        groundings = {**groundings, **judge(claims, groundings, doc)}
    pivots, away = _pivots(facts, groundings, doc)
    twins = restated(doc, pivots)  # a summary's figure the body gives otherwise: one fact
    echoes = echoed(doc, pivots)  # … or gives alike
    pivots = [twins.get(p) or echoes.get(p, p) if p else p for p in pivots]
    # the names the report (or an answer) writes in both scripts: 瑞幸咖啡（Luckin Coffee）
    texts = [s.text for _, s in doc.sentences()] if doc else []
    pairs = NamePairs.read([*texts, *(c.text for c in claims)])
    groups = align(
        facts,
        n_models=len(ok_models),
        pivots=pivots,
        semantic=semantic,
        away=away,
        pairs=pairs,
        misquotes=_misquotes(facts, groundings, doc),
        two_stated=_two_stated(facts, groundings, doc),
        borne_apart=_borne_apart(facts, groundings, doc, pivots),
    )
    by_id = {c.id: c for c in claims}
    groups = apart_by_report(groups, by_id, groundings, len(ok_models))
    conflicts = told_twice(find_conflicts(groups, by_id), groups, groundings, twins)
    conflicts = other_years(groups, by_id, told_as_now(groups, by_id, conflicts))  # over when
    helper = getattr(judge, "align_help", None)
    helped = helper(facts, pivots, groups, conflicts, len(ok_models)) if helper else None
    if helped is not None:
        groups, conflicts = list(helped.groups), dict(helped.conflicts)
    source = (
        Source(doc.title, doc.meta.get("url"), doc.tokens, doc.source, doc.lang)
        if doc
        else Source()
    )
    rows = scorecard(responses, claims, groups, groundings, conflicts)
    return Comparison(
        source,
        model_runs(responses, claims),
        tuple(claims),
        tuple(groups),
        groundings,
        conflicts,
        tuple(rows),
        themes=helped.themes if helped is not None else (),
    )
