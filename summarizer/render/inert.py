"""Report text and model output are untrusted: in a post they must stay inert text — and the
links a footnote makes from them into the report (`source_link`) stay plain URLs."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from summarizer.document import Document

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|$])")


def md_text(text: str | None) -> str:
    """Untrusted text as inert inline Markdown: HTML escaped, link/footnote/attribute syntax
    backslash-escaped, newlines folded so it cannot start a heading or a front-matter fence."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    start = _BLOCK_START.match(text)
    return f"{start[1]}\\{text[len(start[1]) :]}" if start else text


# What makes a line structure when the text starts it: a heading (#), a list item (- + 1. 1)),
# a kramdown definition (:), a fence (~~~), a setext underline (=); escaped with a backslash.
# (A quote's > is already &gt;.)
_BLOCK_START = re.compile(r"(\d{1,9}(?=[.)](?:\s|$))|(?=[#=~])|(?=[-+:](?:\s|$)))")


def md_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is dropped."""
    if not url or not re.match(r"https?://", url, re.IGNORECASE):
        return None
    return url.replace(" ", "%20").replace(")", "%29").replace("(", "%28").replace(">", "%3E")


def source_link(doc: Document | None, quote_text: str) -> str | None:
    """Where a footnote's quote stands in the report: a text fragment of a web page."""
    url = doc.meta.get("url") if doc else None
    if not url:
        return None
    if doc and doc.kind == "html":
        words = quote_text.split()
        fragment = " ".join(words[:8]) if len(words) > 8 else quote_text
        return f"{url}#:~:text={quote(fragment, safe='')}"
    return str(url)
