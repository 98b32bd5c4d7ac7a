"""In-memory builders for reports, claims and responses (no files, no models)."""

from __future__ import annotations

from summarizer.document import Block, Document, build_document
from summarizer.providers.base import Response


def report(*sections: tuple[str, str], title: str = "Survey", source: str = "test") -> Document:
    """A Markdown report of (heading, paragraph) sections."""
    blocks = []
    for heading, text in sections:
        blocks += [Block("heading", heading, level=2), Block("text", text)]
    return build_document(blocks, title=title, source=source, kind="markdown")


def pasted(model: str, text: str) -> Response:
    """A summary as pasted from a chat app."""
    return Response(model, "pasted", text=text)


def structured(model: str, *claims: dict[str, str]) -> Response:
    return Response(model, "test", structured={"claims": list(claims)})
