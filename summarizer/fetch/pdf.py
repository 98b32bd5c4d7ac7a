"""PDF → title and blocks: the outline or typography gives the sections, running headers and
footers are dropped, hyphenated words joined, paragraphs rebuilt; every block keeps its page."""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from summarizer.document import Block
from summarizer.errors import ExtractionError, SourceError
from summarizer.fetch.pdf_headings import (
    Mark,
    body_size,
    cover_title,
    meaningful_title,
    norm,
    outline_entries,
    outline_marks,
    typography_marks,
)
from summarizer.fetch.pdf_layout import Line, read_lines
from summarizer.fetch.pdf_text import BlockBuilder, Vocabulary, drop_running, pitch_of, split_notes

MIN_OUTLINE = 3  # fewer bookmarks than this are not a table of contents


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


def pdf_blocks(
    data: bytes, name: str, workers: int | None = None, use_outline: bool = True
) -> tuple[str | None, list[Block]]:
    """(title, blocks); scanned PDFs without a text layer are refused. `use_outline=False`
    takes the headings from typography even where the PDF has an outline (to measure that)."""
    with _quiet_pypdf():
        return _pdf_blocks(data, name, workers, use_outline)


def _pdf_blocks(
    data: bytes, name: str, workers: int | None, use_outline: bool
) -> tuple[str | None, list[Block]]:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(f"{name} is an encrypted PDF; save an unencrypted copy and use that")
        n_pages = len(reader.pages)
        pages = read_lines(data, n_pages, workers)
        meta = reader.metadata.get("/Title") if reader.metadata else None
        entries = outline_entries(reader)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SourceError(
            f"{name} is not a readable PDF ({exc}); check that the file is complete"
        ) from exc
    if not any(pages):
        raise ExtractionError(
            f"{name} has no text layer ({n_pages} pages, no extractable text): it looks scanned; "
            "run OCR on it first (e.g. ocrmypdf) and use the result"
        )
    pages, _ = drop_running(pages)
    title = meaningful_title(str(meta) if meta else None, name)
    cover, cover_lines = cover_title(pages, {norm(e[0]) for e in entries})
    skip = {id(ln) for ln in cover_lines}
    if use_outline and _is_contents(entries):
        marks, placed = outline_marks(entries, pages)
    else:
        marks, placed = typography_marks(pages, skip), []
    blocks = _blocks(pages, marks, placed, skip)
    return title or cover or _title_from_name(name), blocks


def _blocks(
    pages: list[list[Line]],
    marks: dict[int, Mark],
    placed: list[tuple[int, float, int, str]],
    skip: set[int],
) -> list[Block]:
    vocab = Vocabulary(ln.text for lines in pages for ln in lines)
    out = BlockBuilder(vocab)
    body = body_size(pages)
    for number, page_lines in enumerate(pages, 1):
        pending = sorted((p for p in placed if p[0] == number), key=lambda p: -p[1])
        pitch = pitch_of(page_lines)
        lines, notes = split_notes(page_lines, pitch, body)
        for ln in lines:
            while pending and ln.y < pending[0][1]:
                _, _, level, text = pending.pop(0)
                out.heading(text, level, number)
            if id(ln) in skip:
                continue
            mark = marks.get(id(ln))
            if mark is not None:
                if mark.text is not None:
                    out.heading(mark.text, mark.level, number)
                continue
            out.add(ln, pitch)
        for _, _, level, text in pending:
            out.heading(text, level, number)
        out.footnotes([ln for ln in notes if id(ln) not in marks])
    out.flush()
    return out.blocks


def _is_contents(entries: list[tuple[str, int, int, float | None]]) -> bool:
    """An outline worth following: a few entries, not one bookmark per page ('Page 3')."""
    numbered = sum(bool(re.fullmatch(r"(page|p\.|slide)?\s*\d+", t, re.I)) for t, *_ in entries)
    return len(entries) >= MIN_OUTLINE and numbered * 2 < len(entries)


def _title_from_name(name: str) -> str | None:
    stem = re.sub(r"[_\s]+", " ", Path(name).stem).strip()
    return stem or None
