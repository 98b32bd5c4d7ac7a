"""Reduce: one model's answers for the chunks of a long report, merged into one answer without
another call — claims kept with their evidence and sections, near-duplicates (the same fact seen
in two chunks) dropped, abstracts joined, takeaways pooled."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from summarizer.lang.claims import claims_from_markdown
from summarizer.lang.text import match_string
from summarizer.providers.base import Response

DUPLICATE = 90.0
MAX_TAKEAWAYS = 5


def merge_answers(parts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    claims: list[dict[str, Any]] = []
    seen: list[str] = []
    takeaways: list[Any] = []
    seen_takeaways: list[str] = []
    abstracts: dict[str, list[str]] = {}
    title: Any = None
    for part in parts:
        title = title or part.get("title")
        for item in part.get("claims") or []:
            key = match_string(_text(item))
            if key and all(fuzz.token_set_ratio(key, k) < DUPLICATE for k in seen):
                seen.append(key)
                claims.append(dict(item) if isinstance(item, Mapping) else {"text": str(item)})
        for item in part.get("takeaways") or []:
            key = match_string(_text(item))
            if key and all(fuzz.token_set_ratio(key, k) < DUPLICATE for k in seen_takeaways):
                seen_takeaways.append(key)
                takeaways.append(item)
        abstract = part.get("abstract")
        if isinstance(abstract, Mapping):
            for lang, text in abstract.items():
                if isinstance(text, str) and text.strip():
                    abstracts.setdefault(lang, []).append(text.strip())
    return {
        "title": title,
        "abstract": {
            lang: ("" if lang == "zh" else " ").join(texts[:3]) for lang, texts in abstracts.items()
        },
        "claims": claims,
        "takeaways": takeaways[:MAX_TAKEAWAYS],
    }


def _text(item: Any) -> str:
    if isinstance(item, Mapping):
        return str(item.get("en") or item.get("zh") or item.get("text") or "")
    return str(item)


def merge_responses(name: str, family: str, parts: Sequence[Response]) -> Response:
    """The chunks' responses as one. If any chunk failed, the model failed — the chunks that
    answered are cached, so a re-run pays only for the ones that did not."""
    failed = [i for i, r in enumerate(parts, 1) if r.status != "ok"]
    total = Response(
        name,
        family,
        tokens_in=sum(r.tokens_in for r in parts),
        tokens_out=sum(r.tokens_out for r in parts),
        tokens_cached=sum(r.tokens_cached for r in parts),
        cost_usd=sum(r.cost_usd for r in parts),
        latency_s=max((r.latency_s for r in parts), default=0.0),
        attempts=sum(r.attempts for r in parts),
        prompt_version=parts[0].prompt_version if parts else "",
        chunks=len(parts),
    )
    if failed:
        errors = "; ".join(f"part {i}: {parts[i - 1].error}" for i in failed)
        return replace(
            total, status="failed", error=f"{len(failed)} of {len(parts)} parts failed ({errors})"
        )
    structured = merge_answers([r.structured or _from_markdown(name, r.text) for r in parts])
    truncated = any(r.finish_reason == "length" for r in parts)
    return replace(
        total,
        text=json.dumps(structured, ensure_ascii=False),
        structured=structured,
        finish_reason="length" if truncated else "stop",
        cached=all(r.cached for r in parts),
    )


def _from_markdown(model: str, text: str) -> dict[str, Any]:
    """A chunk answered in Markdown, not JSON: its claims, in the JSON's shape."""
    claims = claims_from_markdown(model, text)
    return {
        "claims": [{"text": c.text, "section": c.topic} for c in claims if c.kind == "fact"],
        "takeaways": [c.text for c in claims if c.kind == "takeaway"],
    }
