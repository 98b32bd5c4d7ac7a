"""Where a report says one fact twice with two figures: its summary section gives one figure and
its body, a little apart, another ("换电站保有量达到4,950座" in 核心发现, "全国换电站共4,590座" in
the body). Claims on either sentence state one fact, and the two figures they take are a
disagreement the report itself started — not two facts, each borne out on a sentence of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache

from summarizer.compare.align import Group
from summarizer.compare.checks import vocabulary
from summarizer.compare.checks_base import Grounding
from summarizer.compare.conflicts import Conflict
from summarizer.document import Document, Section
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities

# A report's summary section restates what its body says.
SUMMARY_SECTION = re.compile(
    r"执行摘要|内容摘要|^摘要|核心(?:发现|结论|观点)|主要发现|要点|概要|概述|"
    r"executive summary|^summary|key findings|highlights|at a glance",
    re.IGNORECASE,
)
NEAR = 0.15  # two figures this close (relative) may be one figure misstated
SHARED_WORDS = 3  # words, figures aside, the two sentences must share to say one thing


def is_summary(section: Section | None) -> bool:
    return section is not None and bool(SUMMARY_SECTION.search(section.heading.strip()))


def restated(doc: Document | None, anchors: Iterable[str | None]) -> dict[str, str]:
    """Of the sentences given (those claims are borne out on), each summary sentence whose figure
    the body nowhere states, mapped to the body sentence among them that gives the same thing
    a figure a little apart."""
    if doc is None:
        return {}

    @cache
    def body() -> list[list[Quantity]]:  # read only where a summary sentence is given
        return [
            comparable(parse_quantities(s.text))
            for sec, s in doc.sentences()
            if not is_summary(sec)
        ]

    @cache
    def unstated(text: str) -> list[Quantity]:
        own = [x for x in comparable(parse_quantities(text)) if not x.is_year]
        return [x for x in own if not any(_same(x, y) for fs in body() for y in fs)]

    def misstated(text: str, other: str) -> bool:
        theirs = comparable(parse_quantities(other))
        near = [(x, y) for x in unstated(text) for y in theirs if _near(x, y)]
        return any(_counted_alike(x, text, y, other) for x, y in near) and _one_subject(text, other)

    return _body_twins(doc, anchors, misstated)


def echoed(doc: Document | None, anchors: Iterable[str | None]) -> dict[str, str]:
    """Of the sentences given, each summary sentence whose exact figures a body sentence among
    them states alike, on the same thing — mapped to it: the executive summary's "1,050 TWh by
    2030 … a compound annual growth rate of 14.4%" is the outlook's, and claims borne out on
    either state one fact."""
    if doc is None:
        return {}

    def alike(text: str, other: str) -> bool:
        # figures written in digits: "two years after the rule" states no finding to restate
        own = [
            x
            for x in comparable(parse_quantities(text))
            if not x.is_year and not x.qualifier and any(ch.isdigit() for ch in x.raw)
        ]
        theirs = comparable(parse_quantities(other))
        return (
            bool(own)
            and _one_subject(text, other)
            and all(any(_same(x, y) for y in theirs) for x in own)
        )

    return _body_twins(doc, anchors, alike)


def _body_twins(
    doc: Document, anchors: Iterable[str | None], twins: Callable[[str, str], bool]
) -> dict[str, str]:
    """Of the sentences given, each in the summary section mapped to the one in the body that
    `twins` pairs it with (given both texts) — of several, the one sharing most words with it:
    "跑步鞋品类零售额达到712亿元" is the running-shoe sentence's 721亿元, not the outdoor
    row's 710亿元."""
    given = sorted({a for a in anchors if a})

    def text_of(anchor: str) -> str:
        s = doc.sentence(anchor)
        return s.text if s else ""

    found: dict[str, str] = {}
    for a in given:
        if not is_summary(doc.section_of(a)):
            continue
        text = text_of(a)
        paired = [
            b
            for b in given
            if b != a and not is_summary(doc.section_of(b)) and twins(text, text_of(b))
        ]
        if paired:
            found[a] = max(paired, key=lambda b: shared_words(text, text_of(b)))
    return found


def _same(x: Quantity, y: Quantity) -> bool:
    return agreement(x, y) == "same"


def _near(x: Quantity, y: Quantity) -> bool:
    """Two exact figures of one unit a little apart (4,950 against 4,590)."""
    if x.is_year or y.is_year or x.qualifier or y.qualifier or agreement(x, y) != "conflict":
        return False
    return abs(x.value - y.value) <= NEAR * max(abs(x.value), abs(y.value))


def _counted_alike(x: Quantity, a: str, y: Quantity, b: str) -> bool:
    """Do the two figures count things by one measure word, where both have one? 1,860条
    (routes) and 1,720架 (drones) count two things."""
    cx, cy = _counter(x, a), _counter(y, b)
    return not (cx and cy) or cx == cy


def _counter(q: Quantity, text: str) -> str:
    found = re.search(re.escape(q.raw) + r"([\u4e00-\u9fff])", text) if q.raw else None
    return found.group(1) if found else ""


def _one_subject(a: str, b: str) -> bool:
    return shared_words(a, b) >= SHARED_WORDS


def shared_words(a: str, b: str) -> int:
    """How many words, figures aside, the two texts share."""
    return len({w for w in vocabulary(a) & vocabulary(b) if not w[0].isdigit()})


def told_twice(
    conflicts: Mapping[str, Conflict],
    groups: Sequence[Group],
    groundings: Mapping[str, Grounding],
    twins: Mapping[str, str],
) -> dict[str, Conflict]:
    """The conflicts again, where the report itself gives both sides — one claim borne out on
    its summary's sentence, another on the body's — marked so: no model misread it."""
    if not twins:
        return dict(conflicts)
    found = dict(conflicts)
    for g in groups:
        conflict = conflicts.get(g.id)
        if conflict is None or conflict.kind != "numeric":
            continue
        on = {
            groundings[cid].source_anchor
            for cid in g.claim_ids
            if cid in groundings and groundings[cid].status == "supported"
        }
        if any(a in on and b in on for a, b in twins.items()):
            found[g.id] = replace(conflict, nature="report")
    return found
