"""Positioned PDF lines → clean text: running headers and footers dropped, words hyphenated at line
ends joined, paragraphs rebuilt from lines, list items and table rows kept apart."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from summarizer.fetch.pdf_layout import CJK, LEADER, Line

EDGE = 0.12  # the top and bottom share of a page where running headers and footers sit
PAGE_NUMBER = re.compile(
    r"^(page\s*|p\.\s*|第\s*)?[-–—(]?\s*([0-9]{1,4}|[ivxlcdm]{1,6})\s*[-–—)]?"
    r"(\s*(/|of|von|de)\s*[0-9]{1,4})?\s*(页)?$",
    re.I,
)
BULLET = re.compile(r"^([•●▪■◦○·∙‣⁃–—*-]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|[①-⑳])\s", re.I)
SENTENCE_END = re.compile(r"[.!?。！？:：;；…]['\"’”）)]*$")
NOTE = re.compile(r"^(\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[^\d\s.)]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# English suffixes that never stand alone: a line-end break before one is soft hyphenation
SUFFIX = re.compile(
    r"tions?|sions?|ments?|ness|it(y|ies)|ings?|[ai]ble|[ae]nce|a?lly|ous|ive|i[sz]ed?|is[mt]s?"
    r"|tures?|[ct]ial|[ea]nts?|[aoe]ry"
)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"\d+", "#", text.lower()))


def _edge_lines(lines: list[Line]) -> list[Line]:
    """The three highest and three lowest lines of a page, when they sit in its margins."""
    if not lines:
        return []
    by_y = sorted(lines, key=lambda ln: ln.y)
    height = lines[0].top or max(ln.y for ln in lines) + 36
    low = [ln for ln in by_y[:3] if ln.y < EDGE * height]
    high = [ln for ln in by_y[-3:] if ln.y > (1 - EDGE) * height]
    return low + high


def _outermost(lines: list[Line]) -> list[Line]:
    if not lines:
        return []
    return [max(lines, key=lambda ln: ln.y), min(lines, key=lambda ln: ln.y)]


def _numbers(text: str) -> set[int]:
    """The numbers a margin line starts or ends with (where a page number sits)."""
    found = re.findall(r"^\s*(\d{1,4})\b|\b(\d{1,4})\s*$", text)
    return {int(a or b) for a, b in found}


def _unnumbered(text: str, page_number: int) -> str:
    """The line without the page number it starts or ends with; "" if it has none."""
    n = str(page_number)
    for pattern in (rf"^\s*{n}\b", rf"\b{n}\s*$"):
        rest = re.sub(pattern, "", text)
        if rest != text:
            return re.sub(r"\s+", " ", rest).strip().lower()
    return ""


def drop_running(pages: list[list[Line]]) -> tuple[list[list[Line]], int]:
    """Pages without their running headers, footers and page numbers; and how many were dropped.

    A margin line is running text when, with its digits masked, it recurs in the margins of at
    least an eighth of the pages (and of three; in a report of four pages or fewer, as the very
    first or last line of two pages, word for word); when it carries the page number (its number
    minus the page's index is the offset most margin lines share: 'Chapter 2: Design 5' on
    page 6) and the rest of it recurs on another page; or when it is only a page number.
    Running text larger than the body must recur word for word on half the pages (a heading
    atop each chapter's first page does not)."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            sizes[round(ln.size)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    margins = [_edge_lines(lines) for lines in pages]
    same: Counter[str] = Counter()
    for edge in margins:
        same.update({ln.text for ln in edge if ln.size > body * 1.1})
    large = max(3, len(pages) // 2)
    margins = [
        [ln for ln in edge if ln.size <= body * 1.1 or same[ln.text] >= large] for edge in margins
    ]
    seen: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    exact: Counter[str] = Counter()  # a page's very first and last lines, word for word
    for number, (lines, edge) in enumerate(zip(pages, margins, strict=True), 1):
        seen.update({_key(ln.text) for ln in edge})
        exact.update({ln.text for ln in _outermost(lines) if ln in edge})
        offsets.update({n - number for ln in edge for n in _numbers(ln.text)})
    need = max(3, len(pages) // 8)
    short = len(pages) <= 4  # a cover and a few pages: the head recurs, word for word, on two
    offset, shared = offsets.most_common(1)[0] if offsets else (0, 0)
    heads: Counter[str] = Counter()  # margin lines without their page number, when they have one
    for number, edge in enumerate(margins, 1):
        if shared >= need:
            heads.update({_unnumbered(ln.text, offset + number) for ln in edge} - {""})
    out, dropped = [], 0
    for number, (lines, edge) in enumerate(zip(pages, margins, strict=True), 1):
        running = {
            id(ln)
            for ln in edge
            if seen[_key(ln.text)] >= need
            or (short and exact[ln.text] >= 2)
            or PAGE_NUMBER.match(ln.text)
            or heads[_unnumbered(ln.text, offset + number) or "\0"] >= 2
        }
        dropped += len(running)
        out.append([ln for ln in lines if id(ln) not in running])
    return out, dropped


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    """How common an English word is (Zipf scale: 3 is once per million words; 0 unknown)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


COMMON = 2.5  # Zipf frequency from which a piece of a broken word counts as a word itself


class Vocabulary:
    """The document's own words, to decide line-end hyphens: does it write 'fine-grained' or
    'application' elsewhere?"""

    def __init__(self, lines: Iterable[str]) -> None:
        """`lines` in reading order; the pieces of a word broken at a line end are not counted."""
        self.words: Counter[str] = Counter()
        broken = False
        for line in lines:
            words = WORD.findall(line.lower())
            if broken and words:
                words = words[1:]
            broken = line.endswith("-")
            if broken and words:
                words = words[:-1]
            for w in words:
                self.words[w] += 1
                if "-" in w:
                    self.words.update(w.split("-"))

    def is_word(self, w: str) -> bool:
        """A word on its own: common in English, or used on its own in this document."""
        return self.words[w] >= 2 or _zipf(w) >= COMMON

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """Whether `left-` at a line end followed by `right` is a real hyphen (fine-grained,
        fuzzer-related) rather than soft hyphenation (applica-tion, SE-QUENCE). The document's
        own spelling decides first; else both pieces must be words while the joined form is
        not a common one."""
        a, b = left.lower(), right.lower()
        capitals = left.isupper() and right.isupper()
        if (right[:1].isupper() and not capitals) or right[:1].isdigit():
            return True  # a name or a number: Fluent-Bit, COVID-19
        if self.words[f"{a}-{b}"] > 0:
            return True
        if self.words[a + b] > 0 or SUFFIX.fullmatch(b):
            return False
        return self.is_word(a) and self.is_word(b) and _zipf(a + b) < 3.0


def join_lines(prev: str, nxt: str, vocab: Vocabulary, code: bool = False) -> str:
    """`prev` and its next line `nxt` as one text."""
    if code:
        return prev + "\n" + nxt
    if prev.endswith("-") and not prev.endswith("--") and nxt[:1].isalpha():
        left = re.search(r"(\S*?)([^\W\d_]+)-$", prev)
        if left:
            right = re.match(r"[^\W\d_]+", nxt)
            url = re.search(r"(://|www\.|/)", left.group(1))
            if url or right is None or vocab.keeps_hyphen(left.group(2), right.group(0)):
                return prev + nxt
            return prev[:-1] + nxt
    if CJK.match(prev[-1:]) and CJK.match(nxt[:1]):
        return prev + nxt
    return prev + " " + nxt


def _cells(line: Line) -> list[str]:
    """The line cut where the gap between two runs is wide: the cells of a table row."""
    cells: list[str] = []
    end = None
    for x, run in line.cells:
        if end is not None and x - end > 1.5 * line.size and cells:
            cells.append(run.strip())
        elif cells:
            cells[-1] = (cells[-1] + " " + run.strip()).strip()
        else:
            cells.append(run.strip())
        cjk = len(CJK.findall(run))
        end = x + line.size * (cjk + 0.5 * (len(run) - cjk))
    cells = [c for c in cells if c]
    if len(cells) >= 2 and BULLET.match(cells[0] + " "):  # a list item's mark, set apart
        cells[:2] = [f"{cells[0]} {cells[1]}"]
    return cells


def pitch_of(lines: list[Line]) -> float:
    """The usual distance between two lines of one paragraph on this page."""
    gaps = sorted(
        a.y - b.y
        for a, b in zip(lines, lines[1:], strict=False)
        if 0.5 * a.size < a.y - b.y < 3 * a.size and abs(a.size - b.size) < 0.5
    )
    return gaps[len(gaps) // 2] if gaps else 1.2 * (lines[0].size if lines else 10)


def split_notes(lines: list[Line], pitch: float, body: float) -> tuple[list[Line], list[Line]]:
    """(body lines, footnote lines) of a page: footnotes are the page's last lines, from one
    that starts with a note mark ('1 ', '*') in the lower part of the page, set smaller than
    the body or after a wider gap, with nothing larger than the body after it."""
    if len(lines) < 2:
        return lines, []
    height = lines[0].top or 842.0
    first = None
    for i in range(len(lines) - 1, 0, -1):
        ln, prev = lines[i], lines[i - 1]
        if ln.size > body * 1.05 or ln.y > 0.4 * height:
            break
        if (
            NOTE.match(ln.text)
            and not ln.bold
            and prev.y > ln.y
            and (ln.size < body * 0.92 or prev.y - ln.y > 1.3 * pitch)
        ):
            first = i
    return (lines, []) if first is None else (lines[:first], lines[first:])


def _breaks(prev: Line, ln: Line, pitch: float) -> bool:
    """Whether `ln` starts a new paragraph after `prev`."""
    if abs(prev.size - ln.size) > 0.8 or prev.mono != ln.mono or BULLET.match(ln.text):
        return True
    if LEADER.search(prev.text):  # a table-of-contents entry
        return True
    ended = bool(SENTENCE_END.search(prev.text))
    if prev.page != ln.page:
        first = ln.text[:1]  # a sentence going on over the break: "shipped" | "28 releases"
        return ended or not (first.islower() or first.isdigit() or CJK.match(first) is not None)
    gap = prev.y - ln.y
    if gap > 1.45 * pitch or (gap < 0 and ended):
        return True
    return ended and ln.x > prev.x + 1.5 * ln.size and not BULLET.match(prev.text)


class BlockBuilder:
    """Lines in reading order → heading, text, list and table blocks (as `Block`s)."""

    def __init__(self, vocab: Vocabulary) -> None:
        from summarizer.document import Block

        self.Block = Block
        self.vocab = vocab
        self.blocks: list[Block] = []
        self.lines: list[Line] = []
        self.rows: list[tuple[Line, list[str]]] = []
        self.last_cells: list[str] = []
        self.notes: list[Block] = []  # footnotes of a page, placed after its open paragraph

    def footnotes(self, lines: list[Line]) -> None:
        """A page's footnotes: each starts at a note mark; they follow the paragraph that is
        open at the page's end (it may go on over the page break)."""
        for ln in lines:
            if NOTE.match(ln.text) or not self.notes:
                self.notes.append(self.Block("text", ln.text, page=ln.page))
            else:
                self.notes[-1].text = join_lines(self.notes[-1].text, ln.text, self.vocab)

    def heading(self, text: str, level: int, page: int) -> None:
        self.flush()
        self.blocks.append(self.Block("heading", text, level=level, page=page))

    def add(self, ln: Line, pitch: float) -> None:
        """One more line: it extends the paragraph, starts one, or is a table row (two lines
        in a row whose wide gaps line up)."""
        cells = _cells(ln) if not ln.mono else []
        if self.rows:
            if len(cells) >= 2 and _aligned(self.rows[-1][0], ln):
                self.rows.append((ln, cells))
                return
            self.flush_rows()
        elif len(cells) >= 2 and len(self.last_cells) >= 2 and _aligned(self.lines[-1], ln):
            first, first_cells = self.lines.pop(), self.last_cells
            self.flush_text()
            self.rows = [(first, first_cells), (ln, cells)]
            return
        if self.lines and _breaks(self.lines[-1], ln, pitch):
            self.flush_text()
        self.lines.append(ln)
        self.last_cells = cells

    def flush_rows(self) -> None:
        rows, self.rows = self.rows, []
        if rows:
            texts = [" | ".join(cells) for _, cells in rows]
            self.blocks.append(
                self.Block("table", "\n".join(texts), page=rows[0][0].page, rows=texts)
            )

    def flush_text(self) -> None:
        lines, self.lines, self.last_cells = self.lines, [], []
        if not lines:
            return
        text = lines[0].text
        for ln in lines[1:]:
            text = join_lines(text, ln.text, self.vocab, code=ln.mono)
        kind = "list" if BULLET.match(text) else "text"
        self.blocks.append(self.Block(kind, text.strip(), page=lines[0].page))
        self.blocks.extend(self.notes)
        self.notes = []

    def flush(self) -> None:
        self.flush_rows()
        self.flush_text()
        self.blocks.extend(self.notes)
        self.notes = []


def _aligned(a: Line, b: Line) -> bool:
    """Two table rows: at least two of their cells start at the same x."""
    xs = {round(x) for x, _ in a.cells}
    return sum(any(abs(round(x) - y) <= 2 for y in xs) for x, _ in b.cells) >= 2
