"""PDF pages → positioned text lines (font, size, weight, colour), read with pypdf's text visitor.

pypdf hands each run of text to a visitor with its text matrix, font and size; colour comes from the
fill-colour operators seen before it. Runs at one baseline are joined into a `Line`. Large PDFs are
read on several cores: content-stream parsing is pure Python and dominates the time.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader

from summarizer.spread import can_fork, cores

BOLD = re.compile(r"bold|black|heavy|semibold|demi|extrabold|[-,]b$|\bbd\b", re.I)
MONO = re.compile(r"mono|courier|code|consol|menlo|inconsolata|typewriter|cmtt", re.I)
LEADER = re.compile(r"(\.\s?){4,}\s*\S{1,6}$")  # a table-of-contents entry: 'Scope ..... 2'
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
log = logging.getLogger(__name__)
PARALLEL_MIN_PAGES = 24  # below this a process pool costs more than it saves


@dataclass
class Line:
    """One line of text on a page; y is the baseline, from the page bottom, in points."""

    page: int
    text: str
    x: float
    y: float
    size: float
    font: str
    color: tuple[float, ...] = ()
    end: float = 0.0  # estimated right edge
    cells: list[tuple[float, str]] = field(default_factory=list)  # (x, text) of each run
    top: float = 0.0  # page height, so that edges can be told
    bold: bool = False  # every letter of the line is set in a bold face
    mono_chars: int = 0  # characters set in a monospaced face (code)
    chars: int = 0

    @property
    def mono(self) -> bool:
        return self.mono_chars * 2 > self.chars

    @property
    def style(self) -> tuple[float, bool, tuple[float, ...]]:
        return (round(self.size * 2) / 2, self.bold, self.color)


def _mult(m: Sequence[float], n: Sequence[float]) -> tuple[float, ...]:
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _width(text: str, size: float) -> float:
    """Rough advance of a run: CJK glyphs are square, Latin ones about half as wide."""
    cjk = len(CJK.findall(text))
    return size * (cjk + 0.5 * (len(text) - cjk))


class _PageReader:
    """Collects the visitor's runs of one page into lines."""

    def __init__(self, number: int, height: float, bottom: float) -> None:
        self.number, self.height, self.bottom = number, height, bottom
        self.color: tuple[float, ...] = ()
        self.stack: list[tuple[float, ...]] = []
        self.lines: list[Line] = []

    def operand(self, op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
        if op in (b"rg", b"g", b"k", b"sc", b"scn"):
            try:
                self.color = tuple(round(float(a), 2) for a in args)
            except (TypeError, ValueError):
                self.color = ()
        elif op == b"q":
            self.stack.append(self.color)
        elif op == b"Q" and self.stack:
            self.color = self.stack.pop()

    def text(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        run = text.replace("\n", " ").replace("\x00", "")
        if not run.strip():
            return
        m = _mult(tm, cm)
        if abs(m[1]) > 1e-3 or abs(m[2]) > 1e-3 or m[0] <= 0 or m[3] <= 0:
            return  # rotated or mirrored text: stamps and side notes, not the body
        eff = float(size) * math.sqrt(abs(m[0] * m[3] - m[1] * m[2])) or float(size)
        x, y = m[4], m[5] - self.bottom
        name = str(font.get("/BaseFont", "")) if font else ""
        name = name.lstrip("/").split("+", 1)[-1]
        cur = self.lines[-1] if self.lines else None
        same = cur is not None and abs(cur.y - y) < 0.5 * max(eff, cur.size) and x > cur.x - 1
        if cur is not None and same:
            sep = ""
            gap = x - cur.end
            if not cur.text.endswith(" ") and not run.startswith(" ") and gap > 0.15 * eff:
                both_cjk = CJK.match(run[:1]) and CJK.match(cur.text[-1:])
                sep = "" if both_cjk and gap < eff else " "
            cur.text += sep + run
            cur.end = max(cur.end, x + _width(run, eff))
            cur.cells.append((x, run))
            cur.size = max(cur.size, eff) if len(run.strip()) > 2 else cur.size
            cur.bold = cur.bold and (bool(BOLD.search(name)) or not re.search(r"\w", run))
            if MONO.search(name):
                cur.mono_chars += len(run.strip())
            cur.chars += len(run.strip())
            return
        self.lines.append(
            Line(
                self.number,
                run,
                x,
                y,
                eff,
                name,
                self.color,
                x + _width(run, eff),
                [(x, run)],
                self.height,
                bool(BOLD.search(name)),
                len(run.strip()) if MONO.search(name) else 0,
                len(run.strip()),
            )
        )

    def finish(self) -> list[Line]:
        out = []
        for line in self.lines:
            line.text = re.sub(r"\s+", " ", line.text).strip()
            if line.text:
                out.append(line)
        return out


def _read_range(data: bytes, start: int, stop: int) -> list[list[Line]]:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    pages = []
    for i in range(start, stop):
        page = reader.pages[i]
        box = page.mediabox
        pr = _PageReader(i + 1, float(box.height), float(box.bottom))
        try:
            page.extract_text(visitor_operand_before=pr.operand, visitor_text=pr.text)
        except Exception as exc:  # one malformed page (font, stream) must not lose the report
            log.warning("page %d: text not readable (%s)", i + 1, exc)
        pages.append(pr.finish())
    return pages


def read_lines(data: bytes, n_pages: int, workers: int | None = None) -> list[list[Line]]:
    """Every page's lines, in page order; big documents are split across processes (not when
    this process runs other threads: forking it then is unsafe)."""
    if workers is None:
        workers = cores()
    if workers < 2 or n_pages < PARALLEL_MIN_PAGES or not can_fork():
        return _read_range(data, 0, n_pages)
    step = math.ceil(n_pages / (workers * 2))
    ranges = [(s, min(s + step, n_pages)) for s in range(0, n_pages, step)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = pool.map(_read_range, *zip(*[(data, a, b) for a, b in ranges], strict=True))
        return [page for part in parts for page in part]
