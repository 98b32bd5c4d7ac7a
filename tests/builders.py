"""In-memory builders for claims and responses (no files, no models)."""

from __future__ import annotations

from summarizer.providers.base import Response


def pasted(model: str, text: str) -> Response:
    """A summary as pasted from a chat app."""
    return Response(model, "pasted", text=text)


def structured(model: str, *claims: dict[str, str]) -> Response:
    return Response(model, "test", structured={"claims": list(claims)})
