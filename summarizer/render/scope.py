""" "What the report covers": its parts, size and the years its figures speak of."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.lang.quantities import parse_quantities
from summarizer.lang.tables import is_row
from summarizer.lang.text import CJK_RE


def report_scope(doc: Document, lang: str) -> str:
    """One plain sentence or two, in `lang`, from the document's own structure."""
    parts = [
        sec.translations.get(lang, sec.heading)
        for sec in doc.sections
        if sec.heading and sec.heading != doc.title and sec.level <= 2
    ]
    # years as the figures read them: 2000元以上 is a price, not the year 2000 — and not in a
    # table's cells, where a count of 1950 stores is a bare number like a year
    years = sorted(
        {
            int(q.value)
            for _, s in doc.sentences()
            if not is_row(s.text)
            for q in parse_quantities(s.text)
            if q.is_year
        }
    )
    pages = max((s.page or 0 for _, s in doc.sentences()), default=0)
    shown = parts[:12]
    more = len(parts) - len(shown)
    length = _length(doc, lang)
    if lang == "zh":
        size = length + (f"，{pages}页" if pages else "")
        text = f"报告共{len(parts) or 1}个部分（{size}）"
        if shown:
            text += "，涵盖：" + "、".join(shown) + (f"等{len(parts)}个部分" if more else "")
        text += "。"
        if years:
            text += f"文中的数字涉及{_span(years)}年。"
        return text
    size = length + (f", {pages} pages" if pages else "")
    text = f"The report has {len(parts) or 1} parts ({size})"
    if shown:
        text += ": " + "; ".join(shown) + (f"; and {more} more" if more else "")
    text += "."
    if years:
        text += f" Its figures speak of {_span(years)}."
    return text


def _length(doc: Document, lang: str) -> str:
    """The report's length as a reader counts it: characters of Chinese, words of English
    (model tokens mean nothing to a blog's reader)."""
    text = doc.plain_text()
    if CJK_RE.search(text) and doc.lang == "zh":
        n = len(CJK_RE.findall(text))
        return f"约{n:,}字" if lang == "zh" else f"about {n:,} Chinese characters"
    n = len(text.split())
    return f"约{n:,}个英文单词" if lang == "zh" else f"about {n:,} words"


def _span(years: list[int]) -> str:
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
