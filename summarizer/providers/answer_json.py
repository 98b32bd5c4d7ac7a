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
