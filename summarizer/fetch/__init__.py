"""The fetch stage: a URL or a file → a Document (HTML, PDF, Markdown, plain text)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import urlparse

from charset_normalizer import from_bytes

from summarizer.document import Block, Document, build_document
from summarizer.errors import ExtractionError, SourceError
from summarizer.fetch.arxiv import ARXIV_BASE, arxiv_id, arxiv_sources
from summarizer.fetch.download import HTTPStatusError, download
from summarizer.fetch.markdown import markdown_blocks, text_blocks
from summarizer.fetch.pdf import pdf_blocks
from summarizer.fetch.webpage import decode_html, html_blocks
from summarizer.tokens import count_tokens

__all__ = ["fetch", "read_bytes"]

DEFAULT_MAX_BYTES = 50_000_000
_KIND_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}
_KIND_BY_MEDIA = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}


def fetch(
    source: str,
    *,
    cache_dir: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    arxiv_base: str = ARXIV_BASE,
) -> Document:
    """Read the report at `source` (http(s) URL or local path) into a Document. An arXiv abs/ or
    pdf/ address is read from the paper's HTML rendering on `arxiv_base`, else its PDF."""
    scheme = urlparse(source).scheme.lower()
    paper = arxiv_id(source)
    if paper:
        html, pdf = arxiv_sources(paper, arxiv_base)
        try:
            d = download(html, max_bytes=max_bytes, cache_dir=cache_dir)
        except HTTPStatusError as exc:
            if exc.status not in (404, 410):
                raise
            d = download(pdf, max_bytes=max_bytes, cache_dir=cache_dir)
        kind = sniff(d.body) or _KIND_BY_MEDIA.get(d.content_type) or _suffix_kind(d.url)
        return read_bytes(d.body, kind=kind, source=source, charset=d.charset, url=d.url)
    if scheme in ("http", "https"):
        d = download(source, max_bytes=max_bytes, cache_dir=cache_dir)
        kind = sniff(d.body) or _KIND_BY_MEDIA.get(d.content_type) or _suffix_kind(d.url)
        return read_bytes(d.body, kind=kind, source=source, charset=d.charset, url=d.url)
    if scheme == "file":
        source = urlparse(source).path
    elif len(scheme) > 1:  # a one-letter "scheme" is a Windows drive
        raise SourceError(
            f"unsupported address scheme '{scheme}:' in {source}; "
            "use an http(s) URL or a local file path"
        )
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceError(f"{source}: no such file; check the path")
    if path.is_dir():
        raise SourceError(f"{source} is a directory; pass a report file (.pdf, .html, .md, .txt)")
    if path.stat().st_size > max_bytes:
        raise SourceError(f"{source} is larger than the {max_bytes // 1_000_000} MB limit")
    data = path.read_bytes()
    if not data.strip():
        raise ExtractionError(f"{source} is empty; pass a file that holds the report")
    kind = sniff(data) or _suffix_kind(path.name)
    return read_bytes(data, kind=kind, source=source)


def sniff(data: bytes) -> str | None:
    """The format told by the bytes themselves (magic numbers), if they tell it."""
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    return None


def _suffix_kind(name: str) -> str | None:
    return _KIND_BY_SUFFIX.get(Path(urlparse(name).path).suffix.lower())


def read_bytes(
    data: bytes,
    *,
    kind: str | None,
    source: str,
    charset: str | None = None,
    url: str | None = None,
) -> Document:
    """Turn raw bytes of a known (or guessed) kind into a Document."""
    name = Path(urlparse(source).path).name or source
    title: str | None = None
    blocks: list[Block]
    if kind == "pdf":
        title, blocks = pdf_blocks(data, name)
    elif kind == "html":
        title, blocks = html_blocks(decode_html(data, charset), url)
    else:
        text = _decode_text(data, charset, name)
        kind = kind or "text"
        blocks = markdown_blocks(text) if kind == "markdown" else text_blocks(text)
    if not any(b.kind != "heading" for b in blocks):
        raise ExtractionError(f"{name} holds no readable text; pass the report itself")
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading"), None) or Path(name).stem
    doc = build_document(
        blocks, title=title, source=source, kind=kind, meta={"url": url} if url else {}
    )
    return _with_tokens(doc)


def _with_tokens(doc: Document) -> Document:
    return replace(doc, tokens=count_tokens(doc.plain_text()))


def _decode_text(data: bytes, charset: str | None, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise SourceError(
            f"{name} is a binary file, not a report; pass a PDF, HTML, Markdown or text file"
        )
    for codec in filter(None, (charset, "utf-8-sig")):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise SourceError(
            f"{name} is not readable text (unknown encoding or binary data); "
            "save it as UTF-8, or pass the PDF/HTML original"
        )
    return str(best)
