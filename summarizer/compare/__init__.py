"""The compare stage: responses → claims → groups, conflicts, groundings → scorecard.

`compare()` is a plain function of its inputs; it returns the typed `Comparison`
(compare/model.py), whose `to_json()` is the comparison.json contract in DESIGN.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.compare.align import align
from summarizer.compare.conflicts import find_conflicts
from summarizer.compare.ground import ground
from summarizer.compare.model import Comparison, Source, model_runs
from summarizer.compare.score import scorecard
from summarizer.document import Document
from summarizer.lang.claims import Claim, claims_from_markdown, claims_from_structured
from summarizer.providers.base import Response

__all__ = ["Comparison", "compare", "claims_of"]


def claims_of(response: Response, primary: str = "zh") -> list[Claim]:
    """The claims a response makes: from its JSON when it has one, else from its Markdown."""
    if response.status != "ok":
        return []
    if response.structured:
        return claims_from_structured(response.model, response.structured, primary)
    return claims_from_markdown(response.model, response.text)


def compare(
    responses: Sequence[Response], doc: Document | None, *, primary: str = "zh"
) -> Comparison:
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
    groups = align(facts, n_models=len(ok_models), pivots=pivots)
    by_id = {c.id: c for c in claims}
    conflicts = find_conflicts(groups, by_id)
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
    )
