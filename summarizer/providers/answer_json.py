"""The answer the summarize prompt asks for: its JSON schema (sent where the API supports one), and
reading that JSON wherever it sits in a model's text."""

from __future__ import annotations

import json
import re
from typing import Any

# What the summarize prompt asks for; sent as a JSON schema where the API supports one.
SUMMARY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {
            "type": "object",
            "properties": {"zh": {"type": "string"}, "en": {"type": "string"}},
        },
        "abstract": {
            "type": "object",
            "properties": {"zh": {"type": "string"}, "en": {"type": "string"}},
        },
        "claims": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "zh": {"type": "string"},
                    "en": {"type": "string"},
                    "evidence": {"type": "string"},
                    "section": {"type": "string"},
                },
                "required": ["zh", "en", "evidence", "section"],
            },
        },
        "takeaways": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"zh": {"type": "string"}, "en": {"type": "string"}},
                "required": ["zh", "en"],
            },
        },
    },
    "required": ["title", "abstract", "claims", "takeaways"],
}


def parse_json_answer(text: str) -> dict[str, Any] | None:
    """The answer's JSON object — bare, fenced in ```json, or embedded in prose — if it has one
    with claims; None otherwise (the caller then reads the answer as Markdown)."""
    candidates = [m.group(1) for m in re.finditer(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.S)]
    start, end = text.find("{"), text.rfind("}")
    if start != -1 and end > start:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("claims"), list):
            return data
    return None


def answer_items(text: str, key: str) -> list[Any] | None:
    """The list under `key` in the JSON object of a model's answer (the judge's verdicts, pairs,
    themes), wherever the object sits in the text; None when there is none."""
    start, end = text.find("{"), text.rfind("}")
    try:
        data = json.loads(text[start : end + 1]) if start != -1 and end > start else None
    except ValueError:
        return None
    items = data.get(key) if isinstance(data, dict) else None
    return items if isinstance(items, list) else None


def item_number(item: Any, prefix: str, n: int) -> tuple[int, str]:
    """(k, the id) for an answer item whose id is `prefix` + k with 1 <= k <= n ("c3"), else
    (0, the id as given): an id the question did not ask about."""
    iid = str(item.get("id", "")) if isinstance(item, dict) else ""
    num = int(iid[1:]) if iid[:1] == prefix and iid[1:].isdigit() else 0
    return (num if 1 <= num <= n else 0), iid
