"""PDF → blocks with pypdf, one page at a time, each paragraph keeping its page number."""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from summarizer.document import Block
from summarizer.errors import ExtractionError, SourceError
from summarizer.fetch.markdown import text_blocks


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs what it repairs ('EOF marker not found' …) to stderr; a broken file gets our
    one-line error instead, and a repaired one reads without noise."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def pdf_blocks(data: bytes, name: str) -> tuple[str | None, list[Block]]:
    """(title from the PDF's metadata, blocks); scanned PDFs without a text layer are refused."""
    with _quiet_pypdf():
        return _pdf_blocks(data, name)


def _pdf_blocks(data: bytes, name: str) -> tuple[str | None, list[Block]]:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(f"{name} is an encrypted PDF; save an unencrypted copy and use that")
        blocks: list[Block] = []
        for number, page in enumerate(reader.pages, 1):
            text = page.extract_text() or ""
            blocks.extend(text_blocks(_paragraphs(text), page=number))
        title = reader.metadata.get("/Title") if reader.metadata else None
        n_pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SourceError(
            f"{name} is not a readable PDF ({exc}); check that the file is complete"
        ) from exc
    if not blocks:
        raise ExtractionError(
            f"{name} has no text layer ({n_pages} pages, no extractable text): it looks scanned; "
            "run OCR on it first (e.g. ocrmypdf) and use the result"
        )
    return (str(title) if title else None), blocks


def _paragraphs(page_text: str) -> str:
    """pypdf gives lines; a line ending a sentence, or a short line, closes a paragraph."""
    lines = [ln.rstrip() for ln in page_text.splitlines()]
    out: list[str] = []
    for line in lines:
        out.append(line)
        if re.search(r"[.!?。！？:：]$", line) and len(line) < 60 or not line.strip():
            out.append("")
    return "\n".join(out)
