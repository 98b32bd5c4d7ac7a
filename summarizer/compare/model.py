"""The comparison, typed: what the compare stage hands to translation and render, and the one
place comparison.json is written and read.

`Comparison.to_json()` / `Comparison.from_json()` are the contract in DESIGN (stable keys: extend,
don't rename); `save_comparison` / `load_comparison` are the file. A claim's grounding and a
group's conflict are kept beside the claim and the group (keyed by their ids) and written inside
them, as comparison.json has always had them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from summarizer.compare.align import Group
from summarizer.compare.conflicts import Conflict
from summarizer.compare.ground import Grounding
from summarizer.compare.score import ScoreRow
from summarizer.files import write_atomic
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import Quantity
from summarizer.providers.base import Response

CLAIM_LANGS = ("zh", "en")  # the languages a claim's translations are written in


@dataclass(frozen=True)
class Source:
    """The report the claims were checked against. Without one (`compare --summary` and no
    `--source`) there is no path or language, and the file says so by leaving them out."""

    title: str | None = None
    url: str | None = None
    tokens: int = 0
    path: str | None = None
    lang: str | None = None

    @property
    def given(self) -> bool:
        """Was there a report to check the claims against?"""
        return self.path is not None or self.url is not None

    def to_json(self) -> dict[str, Any]:
        if self.lang is None:
            return {"title": self.title, "url": self.url, "tokens": self.tokens}
        return {
            "title": self.title,
            "url": self.url,
            "path": self.path,
            "tokens": self.tokens,
            "lang": self.lang,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Source:
        return cls(
            data.get("title"),
            data.get("url"),
            data.get("tokens") or 0,
            data.get("path"),
            data.get("lang"),
        )


@dataclass(frozen=True)
class ModelRun:
    """One model (or pasted summary) of the comparison: how it went and what it cost."""

    name: str
    status: str  # ok | failed | …
    error: str | None = None
    claims: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    latency_s: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ModelRun:
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class Theme:
    """A theme of the post, named by the judge in both languages: the facts (groups) it holds."""

    zh: str
    en: str
    group_ids: tuple[str, ...]
    by: str


@dataclass(frozen=True)
class Comparison:
    source: Source
    models: tuple[ModelRun, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    groundings: Mapping[str, Grounding]  # claim id → grounding
    conflicts: Mapping[str, Conflict]  # group id → conflict
    scorecard: tuple[ScoreRow, ...]
    # claim id → language → the model that translated the claim into it (the translate stage)
    translated_by: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    themes: tuple[Theme, ...] = ()  # named by the LLM judge (compare/judge_align.py), when asked
    judge: Mapping[str, Any] | None = None  # the judge's usage (JudgeUsage.to_dict), when it ran
    # the post's languages as compare was given them, so `render RUN_DIR` keeps them
    langs: tuple[str, ...] = ()

    def claim(self, cid: str) -> Claim:
        return self._by_id()[cid]

    def _by_id(self) -> dict[str, Claim]:
        index = self.__dict__.get("_index")
        if index is None:
            index = {c.id: c for c in self.claims}
            object.__setattr__(self, "_index", index)
        return index

    def ok_models(self) -> list[str]:
        """The models whose summaries the post is made of."""
        return [m.name for m in self.models if m.status == "ok"]

    def to_json(self) -> dict[str, Any]:
        out = {
            "source": self.source.to_json(),
            "models": [m.to_json() for m in self.models],
            "claims": [self._claim_json(c) for c in self.claims],
            "groups": [
                {
                    "id": g.id,
                    "claim_ids": list(g.claim_ids),
                    "models": list(g.models),
                    "kind": g.kind,
                    "conflict": asdict(self.conflicts[g.id]) if g.id in self.conflicts else None,
                }
                for g in self.groups
            ],
            "scorecard": [_row_json(row) for row in self.scorecard],
        }
        if self.themes:
            out["themes"] = [asdict(t) for t in self.themes]
        if self.judge:
            out["judge"] = dict(self.judge)
        if self.langs:
            out["langs"] = list(self.langs)
        return out

    def _claim_json(self, c: Claim) -> dict[str, Any]:
        grounding = self.groundings.get(c.id)
        out = {
            "id": c.id,
            "model": c.model,
            "text": c.text,
            "lang": c.lang,
            "kind": c.kind,
            "translations": {lang: c.translations.get(lang) for lang in CLAIM_LANGS},
            "topic": c.topic,
            "quantities": [
                {
                    "value": q.value,
                    "high": q.high,
                    "unit": q.unit,
                    "qualifier": q.qualifier,
                    "role": q.role,
                    "raw": q.raw,
                }
                for q in c.quantities
            ],
            "evidence": c.evidence,
            "grounding": asdict(grounding) if grounding else None,
            "section": c.section,  # added: the heading above a bold lead-in `topic`
            "opened_by": c.opened_by,  # added: the clause its sentence opened with, if split
        }
        if self.translated_by.get(c.id):
            out["translated_by"] = dict(self.translated_by[c.id])
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Comparison:
        claims, groundings, translated_by = [], {}, {}
        for c in data.get("claims", ()):
            claims.append(_claim_from_json(c))
            if c.get("grounding"):
                groundings[c["id"]] = Grounding(**_known(Grounding, c["grounding"]))
            if c.get("translated_by"):
                translated_by[c["id"]] = dict(c["translated_by"])
        groups, conflicts = [], {}
        for g in data.get("groups", ()):
            groups.append(Group(g["id"], tuple(g["claim_ids"]), tuple(g["models"]), g["kind"]))
            if g.get("conflict"):
                conflicts[g["id"]] = Conflict(**_known(Conflict, g["conflict"]))
        return cls(
            Source.from_json(data.get("source") or {}),
            tuple(ModelRun.from_json(m) for m in data.get("models", ())),
            tuple(claims),
            tuple(groups),
            groundings,
            conflicts,
            tuple(ScoreRow(**_known(ScoreRow, r)) for r in data.get("scorecard", ())),
            translated_by,
            tuple(
                Theme(t["zh"], t["en"], tuple(t["group_ids"]), t.get("by", ""))
                for t in data.get("themes") or ()
            ),
            data.get("judge"),
            tuple(data.get("langs") or ()),
        )


def _row_json(row: ScoreRow) -> dict[str, Any]:
    """A scorecard row; `offline` (the offline checks' counts) only where a judge ran."""
    out = asdict(row)
    if out.get("offline") is None:
        out.pop("offline", None)
    return out


def _claim_from_json(c: Mapping[str, Any]) -> Claim:
    """A claim as comparison.json holds it (which keeps no extraction anchor: the grounding's
    source anchor is the one that counts once a claim is compared)."""
    return Claim(
        c["id"],
        c["model"],
        c["text"],
        c["lang"],
        {lang: t for lang, t in (c.get("translations") or {}).items() if t},
        c.get("topic") or "",
        tuple(Quantity(**_known(Quantity, q)) for q in c.get("quantities") or ()),
        c.get("evidence"),
        kind=c.get("kind") or "fact",
        section=c.get("section") or c.get("topic") or "",
        opened_by=c.get("opened_by") or "",
    )


def _known(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of `data` that are fields of the dataclass `cls` (a newer file may hold more)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def comparison_text(comparison: Comparison) -> str:
    """comparison.json's text (also what `--json` prints)."""
    return json.dumps(comparison.to_json(), ensure_ascii=False, indent=1)


def save_comparison(path: Path, comparison: Comparison) -> Path:
    return write_atomic(path, comparison_text(comparison))


def load_comparison(path: Path) -> Comparison:
    return Comparison.from_json(json.loads(path.read_text(encoding="utf-8")))


def model_runs(responses: Sequence[Response], claims: Sequence[Claim]) -> tuple[ModelRun, ...]:
    """The `models` of a comparison, from the responses and the claims read from them."""
    counts: dict[str, int] = {}
    for c in claims:
        counts[c.model] = counts.get(c.model, 0) + 1
    return tuple(
        ModelRun(
            r.model,
            r.status,
            r.error,
            counts.get(r.model, 0),
            r.tokens_in,
            r.tokens_out,
            r.cost_usd,
            r.latency_s,
        )
        for r in responses
    )
