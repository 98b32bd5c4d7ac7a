"""HTML → Markdown blocks with trafilatura, after decoding the page with the right charset.

Charset order: the HTTP header, then the page's own <meta charset> / http-equiv, then detection
(charset-normalizer). GB2312 and GBK labels are read as GB18030 and Big5 as Big5-HKSCS, their
supersets, because real pages labelled with the narrow name routinely use the wider set.
"""

from __future__ import annotations

import codecs
import re

import trafilatura
import yaml
from charset_normalizer import from_bytes

from summarizer.document import Block
from summarizer.errors import ExtractionError
from summarizer.fetch.markdown import markdown_blocks

_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(body: bytes, header_charset: str | None) -> str:
    """Decode an HTML page to text, never guessing when the page says what it is."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace")
    meta = _META_CHARSET.search(body[:8192])
    for label in (header_charset, meta.group(1).decode("ascii") if meta else None):
        codec = _codec(label)
        if codec:
            return body.decode(codec, errors="replace")
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return body.decode(_codec(best.encoding) or best.encoding, errors="replace")
    return body.decode("utf-8", errors="replace")


def html_blocks(html: str, url: str | None) -> tuple[str | None, list[Block]]:
    """(title, blocks) of the main content of a page: boilerplate (menus, footers) dropped."""
    extracted = trafilatura.extract(
        html,
        url=url,
        output_format="markdown",
        include_tables=True,
        include_formatting=True,
        include_comments=False,
        with_metadata=True,
        favor_recall=True,
    )
    if not extracted or not extracted.strip():
        raise ExtractionError(
            f"no readable text found in the page {url or ''}".rstrip()
            + "; if it is built by JavaScript, save it from a browser or pass the PDF instead"
        )
    title, body = None, extracted
    front = re.match(r"---\n(.*?)\n---\n", extracted, re.DOTALL)
    if front:
        body = extracted[front.end() :]
        try:
            meta = yaml.safe_load(front.group(1)) or {}
            title = str(meta.get("title")) if meta.get("title") else None
        except yaml.YAMLError:
            pass
    return title, markdown_blocks(body)
