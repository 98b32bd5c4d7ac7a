"""Reading a model's answer: the JSON the prompt asked for, wherever it sits in the text."""

from __future__ import annotations

import json
import re
from typing import Any


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
