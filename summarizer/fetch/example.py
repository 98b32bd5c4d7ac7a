"""The embedded default: a bundled example report, in English with a sentence-aligned Chinese
translation, so the offline demo shows the real bilingual post."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

from summarizer.document import Document, attach_translation
from summarizer.fetch import read_bytes

EXAMPLE_SOURCE = "example:ai-coding-assistants-2026"


def load_example() -> Document:
    folder = resources.files("summarizer") / "data" / "example"
    en = read_bytes((folder / "report.en.md").read_bytes(), kind="markdown", source=EXAMPLE_SOURCE)
    zh = read_bytes((folder / "report.zh.md").read_bytes(), kind="markdown", source=EXAMPLE_SOURCE)
    doc = attach_translation(en, zh)
    return replace(doc, meta={**doc.meta, "example": True})
