"""Which PDF lines are headings, and at what level: from the outline (bookmarks) when the PDF has
one, else from typography (size, colour, weight, numbering); and the report's title."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from summarizer.fetch.pdf_layout import CJK, LEADER, Line

CAPTION = re.compile(
    r"^(fig(ure)?\.?|table|tab\.|chart|exhibit|source|图|表|来源)\s*[0-9一二三四五六七八九十]", re.I
)
SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\D")
LEADING_NUMBER = re.compile(r"^(?:\d+[.)]?|[ivx]+[.)]|[a-z][.)])(?:\d+[.)]?)*(?=\D)")
BAD_TITLE = re.compile(
    r"^(microsoft (word|powerpoint|excel)\b|untitled|document\d*$|slide \d|presentation\d*$|"
    r"powerpoint presentation$|"
    r"title$|none$|unknown$)|\.(docx?|pptx?|xlsx?|indd|pdf|tex|dvi|rtf|odt|qxd|pages)$",
    re.I,
)
MAX_HEADING_CHARS = 160
SENTENCE_END = re.compile(r"[.!?。！？]$")


@dataclass
class Mark:
    """A heading found on `line` (text None: a continuation line of the heading above)."""

    level: int
    text: str | None


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def outline_entries(reader: Any) -> list[tuple[str, int, int, float | None]]:
    """(title, level, 1-based page, top y or None) for each outline entry, in order; when one
    entry holds all the others, its children are level 1 as it is."""
    out: list[tuple[str, int, int, float | None]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
                continue
            try:
                page = reader.get_destination_page_number(item)
            except Exception:  # a dangling destination: pypdf raises several kinds
                continue
            title = re.sub(r"\s+", " ", str(item.title or "")).strip()
            top = item.get("/Top")
            if title and page is not None and page >= 0:
                out.append((title, depth + 1, page + 1, float(top) if top is not None else None))

    try:
        walk(reader.outline, 0)
    except Exception:  # a broken outline is no outline
        return []
    if sum(level == 1 for _, level, _, _ in out) == 1 and len(out) > 2:
        # one bookmark holds all the others (the report's own title): its children are chapters
        out = [(t, max(1, level - 1), page, top) for t, level, page, top in out]
    return out


def outline_marks(
    entries: list[tuple[str, int, int, float | None]], pages: list[list[Line]]
) -> tuple[dict[int, Mark], list[tuple[int, float, int, str]]]:
    """Marks on the lines that print each outline title (on the destination page, or atop the
    next one when the destination is the foot of the page before); entries whose title is not
    printed there (page, y, level, title) become headings placed at their destination."""
    marks: dict[int, Mark] = {}
    placed: list[tuple[int, float, int, str]] = []
    for title, level, page, top in entries:
        lines = pages[page - 1] if page <= len(pages) else []
        found = _find_title(title, lines, top, marks)
        if found is None and page < len(pages) and pages[page]:
            after = _find_title(title, pages[page][:3], None, marks)
            if after is not None:
                lines, found = pages[page], after
        if found is None:
            y = top if top is not None else float("inf")
            placed.append((page, y, level, title))
            continue
        first, n = found
        text = " ".join(ln.text for ln in lines[first : first + n])
        marks[id(lines[first])] = Mark(level, _join_cjk(text))
        for ln in lines[first + 1 : first + n]:
            marks[id(ln)] = Mark(level, None)
    return marks, placed


def _join_cjk(text: str) -> str:
    return re.sub(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])", "", text)


def _find_title(
    title: str, lines: list[Line], top: float | None, taken: dict[int, Mark]
) -> tuple[int, int] | None:
    """(index of the first line, number of lines) printing `title`, nearest below `top`."""
    want = norm(title)
    best: tuple[float, int, int] | None = None
    for i, ln in enumerate(lines):
        if id(ln) in taken:
            continue
        text = ""
        for n in range(1, 4):
            if i + n > len(lines):
                break
            text += norm(lines[i + n - 1].text)
            if _same_title(text, want):
                dist = abs(top - ln.y) if top is not None else i
                if top is not None and ln.y > top + 2 * ln.size:
                    dist += 1000  # above the destination: likely a running head
                if best is None or dist < best[0]:
                    best = (dist, i, n)
                break
            if len(text) >= len(want) + 8:
                break
    return (best[1], best[2]) if best else None


def _same_title(printed: str, title: str) -> bool:
    """Whether a printed line (spaces removed) shows this outline title; a section number
    printed before it ('2.1', 'A.', 'IV') or left out of the outline does not matter."""
    if printed == title:
        return True
    bare = LEADING_NUMBER.sub("", printed)
    if bare and bare in (title, LEADING_NUMBER.sub("", title)):
        return True
    return len(title) > 3 and fuzz.ratio(printed, title) >= 90


def body_size(pages: list[list[Line]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _candidate(ln: Line, prev: Line | None, body: float) -> bool:
    """A line set apart like a heading: larger than the body, or bold at body size on its own."""
    text = ln.text
    if ln.mono or len(text) > MAX_HEADING_CHARS or not re.search(r"[^\W\d_]", text):
        return False
    if CAPTION.match(text) or re.search(r"[,;，；]$", text) or text[:1].islower():
        return False
    if LEADER.search(text):
        return False
    words = len(text.split()) + len(CJK.findall(text)) // 2
    if SENTENCE_END.search(text) and words > 12:
        return False
    if ln.size >= body * 1.12:
        return True
    apart = prev is None or prev.y - ln.y > 1.6 * ln.size or prev.page != ln.page
    return ln.bold and ln.size >= body * 0.95 and apart and words <= 15


def typography_marks(pages: list[list[Line]], skip: set[int]) -> dict[int, Mark]:
    """Headings told by their look. Each look (size, colour) that sets headings apart is a level:
    larger sizes first; at one size, the rarer look ranks higher (sections outnumber chapters).
    A look seen only on the first or last page is a cover's; one holding a fifth of all the
    text is body. A heading goes on over the next lines of the same look."""
    body = body_size(pages)
    found: list[tuple[Line, Any, int]] = []
    for lines in pages:
        prev = None
        for i, ln in enumerate(lines):
            if id(ln) not in skip and _candidate(ln, prev, body):
                big = ln.size >= body * 1.12
                found.append((ln, (round(ln.size), ln.color if big else (ln.color, ln.bold)), i))
            prev = ln
    pages_of: dict[Any, set[int]] = {}
    count: Counter[Any] = Counter()
    chars: Counter[Any] = Counter()
    keys = {id(ln): key for ln, key, _ in found}
    for ln, key, _ in found:
        pages_of.setdefault(key, set()).add(ln.page)
        count[key] += 1
        chars[key] += len(ln.text)
    total = sum(len(ln.text) for lines in pages for ln in lines)
    covers = {1, len(pages)} if len(pages) > 2 else set()
    looks = [k for k in count if not pages_of[k] <= covers and chars[k] <= total * 0.2]
    level_of = _levels(looks, count)
    marks: dict[int, Mark] = {}
    for lines in pages:
        i = 0
        while i < len(lines):
            ln = lines[i]
            key = keys.get(id(ln))
            if key not in level_of:
                i += 1
                continue
            text, j = ln.text, i + 1
            while j < len(lines) and _goes_on(ln, lines[j - 1], lines[j]):
                text = f"{text} {lines[j].text}"
                marks[id(lines[j])] = Mark(level_of[key], None)
                j += 1
            marks[id(ln)] = Mark(_numbered_level(text, level_of[key]), _join_cjk(text))
            i = j
    return marks


def _levels(looks: list[Any], count: Counter[Any]) -> dict[Any, int]:
    """Heading looks → levels: larger first; at one size, the rarer look first. A look used
    once ('Contents', a one-off banner) takes no level of its own: it shares the level of the
    first recurring look no larger than it."""
    recurring = [k for k in looks if count[k] > 1] or looks
    recurring.sort(key=lambda k: (-k[0], count[k]))
    level_of = {k: i + 1 for i, k in enumerate(recurring)}
    for k in looks:
        if k not in level_of:
            below = [level_of[r] for r in recurring if r[0] <= k[0]]
            level_of[k] = below[0] if below else len(recurring) + 1
    return level_of


def _goes_on(head: Line, last: Line, ln: Line) -> bool:
    """Whether `ln` carries on the heading that starts at `head` and so far ends at `last`."""
    return (
        abs(ln.size - head.size) < 0.3
        and ln.color == head.color
        and ln.bold == head.bold
        and ln.font == head.font
        and 0 < last.y - ln.y < 1.6 * ln.size
        and len(ln.text) < MAX_HEADING_CHARS
        and not SENTENCE_END.search(last.text)
    )


def _numbered_level(text: str, level: int) -> int:
    """A heading numbered '2.1' or '2.1.3' is at least at level 2 or 3, whatever its look."""
    match = SECTION_NUMBER.match(text)
    return max(level, match.group(1).count(".") + 1) if match else level


def meaningful_title(title: str | None, name: str) -> str | None:
    """The metadata title, unless it is empty, a file name or a tool's placeholder."""
    title = re.sub(r"\s+", " ", title or "").strip()
    stem = Path(name).stem.lower()
    if len(title) < 3 or BAD_TITLE.search(title) or not re.search(r"[^\W\d_]", title):
        return None
    if title.lower() in (stem, name.lower()) or "/" in title or "\\" in title:
        return None
    return title


def cover_title(pages: list[list[Line]], headings: set[str]) -> tuple[str | None, list[Line]]:
    """The first page's largest words (its lines in order, joined), and those lines; none when
    that text is a heading: an outline entry, or set in a size that recurs on later pages. A
    figure set larger still ('2025' across a cover) is not the title."""
    lines = pages[0] if pages else []
    worded = [ln for ln in lines if len(re.findall(r"[^\W\d_]", ln.text)) >= 2]
    if not worded:
        return None, []
    biggest = max(ln.size for ln in worded)
    if biggest < body_size(pages) * 1.15:
        return None, []
    if any(abs(ln.size - biggest) < 0.5 for later in pages[1:] for ln in later):
        return None, []
    group: list[Line] = []
    for ln in lines:
        if abs(ln.size - biggest) < 0.5:
            group.append(ln)
        elif group:
            break
    text = _join_cjk(" ".join(ln.text for ln in group))[:MAX_HEADING_CHARS]
    if not text or norm(text) in headings:
        return None, []
    return text, group
