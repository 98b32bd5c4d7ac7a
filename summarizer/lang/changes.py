"""The two ends of a change a text states: "from 12% to 19%", "从8%翻倍至16%", "2K→8K" — the
figure it came from is one of then, the one it went to one of now."""

from __future__ import annotations

import re

from summarizer.lang.quantity import Quantity

_ARROW = re.compile(r"→|->|⟶|=>")


def mark_changes(text: str, found: list[tuple[int, Quantity]]) -> list[Quantity]:
    """ "from 12% to 19%", "从8%翻倍至16%", "2K→8K": mark the two ends of a change."""
    split: list[tuple[int, Quantity]] = []
    for start, q in found:
        before = text[max(0, start - 6) : start].lower()
        if (
            q.high is not None
            and re.search(r"from|从|由", before)
            and re.search(r"\bto\b|至|到", q.raw)
        ):
            low_raw, high_raw = re.split(r"\s*(?:\bto\b|至|到)\s*", q.raw, maxsplit=1)
            split.append((start, Quantity(q.value, q.unit, q.qualifier, low_raw, None, "from")))
            # where the end stands, so that the next figure's "from" is read from there
            end_at = start + max(q.raw.rfind(high_raw), 1)
            split.append((end_at, Quantity(q.high, q.unit, "", high_raw, None, "to")))
        else:
            split.append((start, q))
    found = split
    out = [q for _, q in found]
    for i in range(len(found) - 1):
        (s1, q1), (s2, q2) = found[i], found[i + 1]
        between = text[s1 + len(q1.raw) : s2].lower()
        before = text[max(0, s1 - 6) : s1].lower()
        arrow = _ARROW.search(between)
        from_to = ("from" in before or "从" in before or "由" in before) and re.search(
            r"\bto\b|至|到|升至|降至|增至|增长到|下降到|涨到", between
        )
        if not (arrow or from_to) or q1.is_year or q1.role == "to":
            continue
        if q1.unit != q2.unit and (q1.unit and q2.unit or not _TO_ALONE.fullmatch(between)):
            continue
        # "fell from 45 days to 12": the end the unit is left off is in the same unit
        unit = q1.unit or q2.unit
        out[i] = Quantity(_in_unit(q1, q2), unit, q1.qualifier, q1.raw, q1.high, "from")
        out[i + 1] = Quantity(_in_unit(q2, q1), unit, q2.qualifier, q2.raw, q2.high, "to")
    return out


# nothing but the word of the change between its two ends: "45 days to 12", 45天缩短到12
_TO_ALONE = re.compile(
    r"\s*(?:to|至|到|升至|降至|增至|增长到|下降到|涨到|缩短到|缩短至|减少到|减少至)\s*"
)


def _in_unit(q: Quantity, other: Quantity) -> float:
    """q's value in the unit of the change's other end where q leaves its unit off: "from 4.5
    billion yuan to 6.2" goes to 6.2 billion. Not where that would put the two ends more than a
    hundredfold apart ("from 1.2 million to 900,000" has its scale in its digits)."""
    if q.unit or not other.unit:
        return q.value
    digits = re.search(r"\d+(?:\.\d+)?", other.raw.replace(",", ""))
    scale = other.value / float(digits.group(0)) if digits and float(digits.group(0)) else 1.0
    scaled = q.value * scale
    return scaled if other.value / 100 <= scaled <= other.value * 100 else q.value
