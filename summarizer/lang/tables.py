"""Tables in pasted answers, read as the statements they make. Chat apps (Kimi, Doubao) like to
answer with a Markdown table; cell by cell it says nothing ("2024年", "49%"). Each data row
becomes one bullet that names its row and columns: "云支出超预算的比例——2024年 49%，2025年 58%"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from summarizer.lang.text import CJK_RE
from summarizer.lang.units import unit_of

MARKDOWN = MarkdownIt("commonmark").enable("table")  # the one parser of pasted answers
_CELL_MARKS = re.compile(r"(\*\*|__|`)")
_EMPTY = re.compile(r"[-–—/\\ ]*|n/?a|无|暂无", re.IGNORECASE)  # a cell that says nothing
_NOTES = re.compile(r"备注|说明|注释|notes?|remarks?|comments?", re.IGNORECASE)  # not a measure
# a header that only says "the figure": the row reads "Owners satisfied — 78%", not "Value 78%"
_GENERIC = re.compile(
    r"values?|figures?|numbers?|data|amount|results?|数值|数字|数据|结果|指标值", re.IGNORECASE
)


def tables_as_bullets(text: str) -> str:
    """`text` with each Markdown table replaced by one bullet per data row."""
    if "|" not in text:  # no table: most answers are not parsed twice
        return text
    lines = text.splitlines()
    tokens = MARKDOWN.parse(text)
    out: list[str] = []
    done = 0
    for i, tok in enumerate(tokens):
        if tok.type != "table_open" or tok.map is None:
            continue
        start, end = tok.map
        rows = _rows(tokens, i)
        if len(rows) < 2:
            continue
        out.extend(lines[done:start])
        out.extend(_bullets(rows[0], rows[1:]))
        out.append("")
        done = end
    out.extend(lines[done:])
    return "\n".join(out)


def _rows(tokens: list[Token], i: int) -> list[list[str]]:
    rows: list[list[str]] = []
    for tok in tokens[i + 1 :]:
        if tok.type == "table_close":
            break
        if tok.type == "tr_open":
            rows.append([])
        elif tok.type == "inline" and rows:
            rows[-1].append(_CELL_MARKS.sub("", tok.content).strip())
    return rows


def _bullets(header: list[str], body: list[list[str]]) -> list[str]:
    """One bullet a row: its first cell, then each other column as "header value". A rank
    column first ("| 2 | 勃林格殷格翰 | 14.1% |") gives way to the name after it:
    "勃林格殷格翰——排名 2，市场份额 14.1%", not "2——企业 勃林格殷格翰，…"."""
    if len(header) > 2 and _ranked(header[0], [row[0] for row in body if row]):
        header = [header[1], header[0], *header[2:]]
        body = [[row[1], row[0], *row[2:]] if len(row) > 2 else row for row in body]
    out = []
    for row in body:
        if not row or not any(row[1:]):
            continue
        zh = bool(CJK_RE.search(" ".join(row + header)))
        parts = [
            cell if not h or _NOTES.fullmatch(h) or _GENERIC.fullmatch(h) else _cell(h, cell)
            for h, cell in zip(header[1:], row[1:], strict=False)
            if cell and not _EMPTY.fullmatch(cell)
        ]
        # a dash, not a colon: the row's label is its subject, not a heading to take off it
        joiner, dash = ("，", "——") if zh else (", ", " — ")
        lead = f"{row[0]}{dash}" if row[0] else ""
        out.append(f"- {lead}{joiner.join(parts)}")
    return out


def _cell(header: str, cell: str) -> str:
    """ "营收 72.4亿元" for 72.4 under "营收（亿元）": the header's scale goes with the figure."""
    return " ".join(header_and_cell(header, cell))


def header_and_cell(header: str, cell: str) -> tuple[str, str]:
    """A column's header and a cell of it as they read together: where the header gives the
    scale ("营收（亿元）", "2025 capex (US$ bn)"), the scale moves into the figure (72.4亿元,
    105 billion USD) and leaves the header — with no "US" to read as a name of the row."""
    scaled = scaled_cell(header, cell)
    if scaled == cell:
        return header, cell
    return _HEADER_UNIT.sub("", header).strip() or header, scaled


_RANK = re.compile(r"排名|名次|序号|排序|rank(?:ing)?|#|no\.?", re.IGNORECASE)


def _ranked(head: str, cells: list[str]) -> bool:
    """Is the first column a rank: headed so ("排名", "#"), or small whole numbers under no
    heading or one that speaks of a rank ("Rank 2025")?"""
    head = head.strip()
    numbers = bool(cells) and all(re.fullmatch(r"\d{1,3}", c.strip()) for c in cells)
    return bool(_RANK.fullmatch(head)) or (numbers and (not head or bool(_RANK.search(head))))


# a report's table row as the document reads it: "平台: 闲鱼; 市场份额: 46%; 份额变化: 持平"
# (a rank or row number before it is no name: "排名: 2; 品牌: 华为; …")
_READ_ROW = re.compile(
    r"^(?:[^:;]{1,20}: \d{1,3}; )?(?:[^:;]{1,20}: )?([^:;]{2,16}); [^:;]{1,40}: "
)
# a row that sums or leaves over the others (其他, 合计, Total), by its dictionary gloss
_AGGREGATE = re.compile(r"\b(?:other|total|the rest|sum|add up|overall|average|all)\b", re.I)


def is_row(sentence: str) -> bool:
    """A table row as the reader writes it ("Rank: 5; Operator: Vantara; Share: 2.1%")."""
    return "; " in sentence and ": " in sentence


def row_heads(rows: Iterable[str], glosses: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """What a report's tables list row by row, where a row carries a figure: its firms, regions
    or segments (闲鱼, 转转, 爱回收) — names no dictionary may know, whose figures are theirs alone.
    A row that sums or leaves over the others (其他, 合计, Total) names no one."""
    found = set()
    for row in rows:
        m = _READ_ROW.match(row)
        if not m or not re.search(r"\d", row[m.end() :]):
            continue
        head = m.group(1).strip()
        if re.search(r"\d", head) or _AGGREGATE.search(" ".join(glosses.get(head, ()))):
            continue
        if _AGGREGATE.fullmatch(head):
            continue
        found.add(head)
    return frozenset(found)


# A column's scale written in its header: "Shipments (million units)", "Revenue (USD billion)",
# "出货量（万台）", "营收（亿元）"
_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）]{1,24})\s*[)）]\s*$")
_SCALE_WORD = re.compile(
    r"\b(thousands?|millions?|billions?|trillions?|bn|mn|mln|tn|[mkb])\b", re.IGNORECASE
)
_SCALE_ABBR = {"bn": "billion", "b": "billion", "mn": "million", "mln": "million", "m": "million"}
_SCALE_ABBR |= {"tn": "trillion", "k": "thousand"}
_CURRENCY_SIGN = re.compile(r"(US\$|HK\$|S\$|A\$|C\$|\$|€|£|¥)")
_SIGN_CODE = {"US$": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "$": "USD"}
_SIGN_CODE |= {"€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORD = re.compile(r"\b(USD|RMB|CNY|EUR|GBP|JPY|yuan|dollars?|euros?)\b", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?")


def scaled_cell(header: str, cell: str) -> str:
    """A table cell as its figure reads in full, where the header gives the column's scale:
    49.1 under "Shipments (million units)" is "49.1 million units", 4910 under "出货量（万台）"
    is "4910万台", 135.5 under "装机量（GWh）" is "135.5 GWh" — so a claim's "4,910万台" or "49.1
    million" finds it."""
    m = _HEADER_UNIT.search(header)
    if not m or not _BARE_NUMBER.fullmatch(cell.strip()):
        return cell
    unit = m.group(1).strip()
    if unit_of(unit):  # "装机量（GWh）", "Growth (%)"
        return f"{cell.strip()} {unit}" if unit != "%" else f"{cell.strip()}%"
    if re.match(r"[万亿千百]", unit):
        return f"{cell.strip()}{unit}"
    scale = _SCALE_WORD.search(unit)
    sign = _CURRENCY_SIGN.search(unit)
    word = _CURRENCY_WORD.search(unit)
    # "(US$ bn)", "(€m)": a letter alone is a scale only beside a currency ("(m)" is metres)
    if not scale or (len(scale.group(1)) == 1 and not (sign or word)):
        return cell
    size = _SCALE_ABBR.get(scale.group(1).lower(), scale.group(1))
    if sign:  # 105 billion USD: a code, not "US$", which reads as a name (the US)
        return f"{cell.strip()} {size} {_SIGN_CODE[sign.group(1)]}"
    rest = unit.replace(scale.group(0), "").replace(word.group(0) if word else "", "")
    words = [size, word.group(0) if word else "", rest.strip()]
    return " ".join([cell.strip(), *(w for w in words if w)])
