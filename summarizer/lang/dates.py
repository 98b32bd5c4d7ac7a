"""Calendar words in figures' clothing: 8月4日 and "August 4" are one date (not the figures 8 and
4), and 6月 names a month, as June does — no figure at all."""

from __future__ import annotations

import re

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DATE_ZH = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]")
_MONTH_ZH = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月(?!份?\s*\d)")
_MONTH_EN = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_EN = re.compile(rf"\b{_MONTH_EN}\.?\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?\d)")
# "1 December 2024", as British and most reports write a date: the day first
_DATE_EN_DAY_FIRST = re.compile(
    rf"(?<![\d.,])\b(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+{_MONTH_EN}\b\.?"
)


def calendar_spans(text: str) -> list[tuple[int, int, int | None, str]]:
    """(start, end, the date as month × 100 + day or None for a month alone, the words) for
    each date and month the text names, Chinese dates first, then months, then English dates."""
    spans: list[tuple[int, int, int | None, str]] = [
        (m.start(), m.end(), int(m.group(1)) * 100 + int(m.group(2)), m.group(0))
        for m in _DATE_ZH.finditer(text)
    ]
    spans += [(m.start(), m.end(), None, m.group(0)) for m in _MONTH_ZH.finditer(text)]
    spans += [
        (m.start(), m.end(), _MONTHS[m.group(1)[:3].lower()] * 100 + int(m.group(2)), m.group(0))
        for m in _DATE_EN.finditer(text)
    ]
    spans += [
        (m.start(), m.end(), _MONTHS[m.group(2)[:3].lower()] * 100 + int(m.group(1)), m.group(0))
        for m in _DATE_EN_DAY_FIRST.finditer(text)
    ]
    return spans
