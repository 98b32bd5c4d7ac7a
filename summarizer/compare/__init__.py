"""The compare stage: responses → claims → groups, conflicts, groundings → scorecard.

`compare()` is a plain function of its inputs; `Comparison.to_dict()` is the comparison.json
contract in DESIGN (stable keys: extend, don't rename).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from summarizer.compare.align import Group, align
from summarizer.compare.conflicts import Conflict, find_conflicts
from summarizer.compare.ground import Grounding, ground
from summarizer.compare.score import ScoreRow, scorecard
from summarizer.document import Document
from summarizer.lang.claims import Claim, claims_from_markdown, claims_from_structured
from summarizer.providers.base import Response

__all__ = ["Comparison", "compare", "claims_of"]


@dataclass(frozen=True)
class Comparison:
    source: Mapping[str, Any]
    responses: tuple[Response, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    conflicts: Mapping[str, Conflict]  # group id → conflict
    groundings: Mapping[str, Grounding]  # claim id → grounding
    scorecard: tuple[ScoreRow, ...]

    def claim(self, cid: str) -> Claim:
        return self._by_id()[cid]

    def _by_id(self) -> dict[str, Claim]:
        index = self.__dict__.get("_index")
        if index is None:
            index = {c.id: c for c in self.claims}
            object.__setattr__(self, "_index", index)
        return index

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for c in self.claims:
            counts[c.model] = counts.get(c.model, 0) + 1
        return {
            "source": dict(self.source),
            "models": [
                {
                    "name": r.model,
                    "status": r.status,
                    "error": r.error,
                    "claims": counts.get(r.model, 0),
                    "tokens_in": r.tokens_in,
                    "tokens_out": r.tokens_out,
                    "cost_usd": r.cost_usd,
                    "latency_s": r.latency_s,
                }
                for r in self.responses
            ],
            "claims": [_claim_dict(c, self.groundings.get(c.id)) for c in self.claims],
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
            "scorecard": [asdict(row) for row in self.scorecard],
        }


def _claim_dict(c: Claim, g: Grounding | None) -> dict[str, Any]:
    return {
        "id": c.id,
        "model": c.model,
        "text": c.text,
        "lang": c.lang,
        "kind": c.kind,
        "translations": {lang: c.translations.get(lang) for lang in ("zh", "en")},
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
        "grounding": asdict(g) if g else None,
    }


def claims_of(response: Response, primary: str = "zh") -> list[Claim]:
    """The claims a response makes: from its JSON when it has one, else from its Markdown."""
    if response.status != "ok":
        return []
    if response.structured:
        return claims_from_structured(response.model, response.structured, primary)
    return claims_from_markdown(response.model, response.text)


def compare(
    responses: Sequence[Response],
    doc: Document | None,
    *,
    primary: str = "zh",
    semantic: bool | None = None,
) -> Comparison:
    """semantic: use the embedding signal (None: when its optional package is installed)."""
    claims = [c for r in responses for c in claims_of(r, primary)]
    facts = [c for c in claims if c.kind == "fact"]
    ok_models = [r for r in responses if r.status == "ok"]
    groundings = ground(claims, doc)
    # The source is the pivot between languages: claims on the same sentence are one fact.
    pivots = [
        groundings[c.id].source_anchor
        if groundings[c.id].status in ("supported", "contradicted")
        else None
        for c in facts
    ]
    groups = align(facts, n_models=len(ok_models), pivots=pivots, semantic=semantic)
    by_id = {c.id: c for c in claims}
    conflicts = find_conflicts(groups, by_id)
    source = (
        {
            "title": doc.title,
            "url": doc.meta.get("url"),
            "path": doc.source,
            "tokens": doc.tokens,
            "lang": doc.lang,
        }
        if doc
        else {"title": None, "url": None, "tokens": 0}
    )
    rows = scorecard(responses, claims, groups, groundings, conflicts)
    return Comparison(
        source, tuple(responses), tuple(claims), tuple(groups), conflicts, groundings, tuple(rows)
    )
