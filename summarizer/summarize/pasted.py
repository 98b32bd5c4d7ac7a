"""Summaries the user brings (pasted from a chat app, saved as Markdown, text or the prompt's
JSON): read as responses, as if each NAME had answered with its file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from summarizer.errors import InputError
from summarizer.providers.base import Response


def read_summaries(specs: Sequence[str]) -> list[Response]:
    """NAME=FILE pairs → responses, as if each NAME had answered with the file's content."""
    out: list[Response] = []
    for spec in specs:
        name, sep, file = spec.partition("=")
        if not sep or not name.strip() or not file.strip():
            raise InputError(f"--summary {spec!r}: expected NAME=FILE, e.g. gemini=gemini.md")
        path = Path(file).expanduser()
        if not path.is_file():
            raise InputError(f"--summary {name}: no such file {file}; check the path")
        text = _decode_summary(path.read_bytes(), name, file)
        if not text.strip():
            raise InputError(f"--summary {name}: {file} is empty")
        structured = None
        if path.suffix.lower() == ".json":
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise InputError(f"--summary {name}: {file} is not valid JSON ({exc})") from exc
            structured = data if isinstance(data, dict) else None
        out.append(Response(name.strip(), "pasted", text=text, structured=structured))
    names = [r.model for r in out]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise InputError(
            f"two --summary options use the name {', '.join(twice)}; give each summary its "
            "own (e.g. --summary doubao=a.md --summary qwen=b.md)"
        )
    return out


def _decode_summary(data: bytes, name: str, file: str) -> str:
    """UTF-8 (with or without a BOM), else the encoding the bytes read best in: a summary saved
    from a Chinese Windows editor is GBK/GB18030, and is read as such."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3 or b"\x00" in data[:4096]:
        raise InputError(
            f"--summary {name}: {file} is not text in an encoding we can tell (UTF-8, "
            "GBK/GB18030, Big5 …); save it as UTF-8"
        )
    return str(best)
