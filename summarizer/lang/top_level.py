"""Splitting a sentence at its top level: at a ，、；, a comma or an "and" that joins two
statements — never inside brackets or quotes ("（如A、B）" is one aside)."""

from __future__ import annotations

import re

# Not the comma of 2,412; "and" only before a clause that begins with a figure or a name, or
# with a word or two and a figure and no verb ("53% of new capacity and wind 6%"; not "and
# reached 310,000", "and rose to 6%").
_GAPPED = (
    r"(?!(?:[a-z]+ed|rose|fell|grew|hit|is|are|was|were|has|have|had"
    r"|up|down|to|by|at|in|on|of|with|from"
    r"|above|below|over|under|more|less|higher|lower|older|younger)\b)"  # "314Ah and above"
)
_CLAUSE_SEP = re.compile(
    r"[，；;、]\s*|,(?!\d{3})\s*"
    r"|\s+and\s+(?=(?:the\s+)?[\dA-Z]|"
    + _GAPPED
    + r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?\s+\(?[+\-−]?[\d$€£¥])"
    # after an item's bracketed figure: "全屋智能（+31.5%）和下沉市场（31.2%）", "queuing (46.1%)
    # and broken chargers (38.7%)"
    r"|(?<=[)）])\s*(?:以及|和|与|及)\s*|(?<=[)）])\s+and\s+" + _GAPPED
)
_OPEN = '（([【《「『“‘"'
_CLOSE = {
    "）": "（", ")": "(", "]": "[", "】": "【", "》": "《",
    "」": "「", "』": "『", "”": "“", "’": "‘",
}  # fmt: skip


def top_level_clauses(sentence: str) -> list[tuple[str, str]]:
    """(clause, the separator after it as written) at the top level: a ，、；or comma inside
    brackets or quotes ("（如A、B）") never splits."""
    return top_level(sentence, _CLAUSE_SEP)


def top_level(sentence: str, separators: re.Pattern[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    depth: list[str] = []
    start = 0
    pos = 0
    while pos < len(sentence):
        ch = sentence[pos]
        if ch == '"':
            if depth and depth[-1] == '"':
                depth.pop()
            else:
                depth.append('"')
        elif ch in _OPEN:
            depth.append(ch)
        elif ch in _CLOSE and depth and depth[-1] == _CLOSE[ch]:
            depth.pop()
        elif not depth:
            m = separators.match(sentence, pos)
            if m and m.group(0).strip() == "and" and not re.search(r"\d", sentence[start:pos]):
                m = None  # "Zed and Cursor reach 4%": "and" joins names, not two facts
            if m:
                out.append((sentence[start:pos], m.group(0)))
                start = pos = m.end()
                continue
        pos += 1
    out.append((sentence[start:], ""))
    return [(c, sep) for c, sep in out if c.strip()] or [(sentence, "")]
