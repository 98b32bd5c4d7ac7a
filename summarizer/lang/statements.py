"""Statements: where a long sentence chains several, with or without figures.

"受访者绝大多数是专业开发者，年龄多集中在25到45岁之间" states two facts; so does "X can waive the
requirements, and the committee can report several rules". `clauses.py` decides what a part is
(one that stands, leads in, or only continues); this splits at the statements' joints.
"""

from __future__ import annotations

import re

from summarizer.lang.clauses import continues, leads_in, stands, subordinate, text_size
from summarizer.lang.predicate import points_back, predicate_only, verbless_tail
from summarizer.lang.quantities import comparable, parse_quantities
from summarizer.lang.text import CJK_RE, tagged_words
from summarizer.lang.top_level import top_level

# Where a long sentence chains statements: a Chinese ，or ；, a semicolon, a dash (——, " — "),
# or a conjunction (with or without a comma) before a new subject ("and AI adoption …").
_STATEMENT_SEP = re.compile(
    r"[，；;]\s*|——|\s+[—–]\s+"
    r"|,?\s+(?=(?:and|but|while|whereas)\s+(?:(?i:the|an?|this|these|those|it|its|they"
    r"|their|he|she|we|some|many|most|others?|each|all|both"
    r"|(?:(?:only|just|about|roughly|nearly|almost)\s+){1,2}(?:\d+|one|two|three|four|five))\b"
    r"|[A-Z]))"
)
LONG_SENTENCE = 16  # size (`text_size`) from which a sentence may chain facts
_PAIRED_DASHES = re.compile(r"——[^—，。；,;]{1,20}——")
_KEPT_DASH = "\u2e3a"  # a dash of an aside, kept from the split


# a table row's change column, with no figure: "前五大厂商集中度——89.2%，同比变化 持平"
_CHANGE_CELL = re.compile(r"\s*(?:同比|环比)?(?:变化|变动|增减)\s|\s*(?:change|yoy)\b", re.I)


def split_clauses(sentence: str) -> list[str]:
    """Split a long sentence that chains statements into one claim per statement, with or without
    figures: "受访者绝大多数是专业开发者，年龄多集中在25到45岁之间" states two facts, and so does
    "X can waive the requirements, and the committee can report several rules". A part too short
    to stand alone ("不过", "整体而言") or one that continues the figure before it ("较去年上升")
    stays with its neighbour; splits only at the top level, keeping the punctuation."""
    if text_size(sentence) < LONG_SENTENCE:
        return [sentence]
    # a pair of dashes sets an aside in: "这家寿光企业——鲜达冷链——营收23.5亿元" is one statement
    masked = _PAIRED_DASHES.sub(lambda m: m.group(0).replace("——", _KEPT_DASH), sentence)
    if masked != sentence:
        return [p.replace(_KEPT_DASH, "——") for p in split_clauses(masked)]
    parts: list[list[str]] = []
    before = ""  # the clause read last: one that leads in joins the next to it
    for clause, sep in top_level(sentence.rstrip("。.!！"), _STATEMENT_SEP):
        tail = _NAME_AFTER_COMMA.search(parts[-1][0]) if parts and _NAMES_DO.match(clause) else None
        if tail:  # "China still dominates, India and Southeast Asia provide most of the growth":
            # the names "and" joins are the next statement's subject, split off at the comma
            parts[-1][0] = parts[-1][0][: tail.start()]
            clause = tail.group(1) + " " + clause.lstrip()
        figures = comparable(parse_quantities(clause))
        joins = parts and (
            not stands(parts[-1][0])
            or leads_in(parts[-1][0])  # "报告判断，随着成本下降…": it leads into the clause
            or subordinate(before)
            or not subordinate(clause)  # "…，但要真正实现价值": it leads into the next
            and (
                not stands(clause)
                or predicate_only(clause)
                or points_back(clause)
                or verbless_tail(clause, parts[-1][0])
                or (figures and continues(clause.lstrip(), figures))
                or _COORDINATED_NAME.match(clause)
                or _RATHER.match(clause)
                or (not figures and _APPOSITIVE.match(clause))
                or (_AND.match(clause) and _LISTING.search(parts[-1][0]))
                or (_AND.match(clause) and _BOTH.search(parts[-1][0]))
                or _CHANGE_CELL.match(clause)
                or _row_label(parts, clause)
            )
        )
        if joins:
            parts[-1] = [parts[-1][0] + parts[-1][1] + clause, sep]
        else:
            parts.append([clause, sep])
        before = clause
    if len(parts) < 2:
        return [sentence]
    return [p[0].strip() for p in parts]


# a table row's cells after its label: a figure, or a header, a space and its value
_CELL = re.compile(r"\s*(?:[^\s，。；,;]{1,12} )?[+\-−]?\d")


def _row_label(parts: list[list[str]], clause: str) -> bool:
    """Is the one part before a "——" a label with no figure, a table row's first cell
    ("前五大品牌GMV占比——2024年数值 50.1%"): the subject of the cells after it (a figure, or a
    column's header and its value), no statement?"""
    if len(parts) != 1 or parts[0][1] != "——" or len(parts[0][0]) > 20:
        return False
    if not _CELL.match(clause):
        return False
    label = parts[0][0].strip()
    if comparable(parse_quantities(label)) or not CJK_RE.search(label):
        return False
    # what is measured ends it (…占比, 市场规模, 美国份额), not what is said (…云支出最高)
    return label.endswith(("占比", "比重", "）", ")")) or tagged_words(label)[-1][1][:1] == "n"


# "via Meituan and Ele.me, up from 36.0%": "and" before a name that ends at a comma (or the
# sentence, or a preposition: "from Europe, Japan and Korea in the second half") joins two
# names, not two statements
_COORDINATED_NAME = re.compile(
    r"\s*(?:and|or)\s+(?:[A-Z][\w.&'’-]*\s?){1,3}(?:,|$|(?:in|of|for|at|on|from|to|by|as)\b)"
)


# "…直接调用API，而不是私有化部署", "…, rather than building their own": what it chose over,
# part of the choice it states
_RATHER = re.compile(r"\s*(?:而不是|而非|并非|rather than|instead of|not\s)", re.IGNORECASE)


# "…growing about 10% — the fastest pace since 2021": what the figure before it is, no subject
_APPOSITIVE = re.compile(
    r"\s*(?:the|its|their)\s+(?:\w+est|most|least|only|first|second|third)\b", re.IGNORECASE
)


_NAME_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][\w.&'’-]*\s?){1,3})$")
# "and Southeast Asia provide…": names, then a verb (not "and Korea in the second half")
_NAMES_DO = re.compile(
    r"\s*and\s+(?:[A-Z][\w.&'’-]*\s){1,3}"
    r"(?!(?:in|of|for|at|on|from|to|with|by|the|a|an|as|and|or)\b)[a-z]{3,}"
)


# "…, with ASEAN and the Middle East as the main engines": "and" after a short phrase that a
# preposition opens joins two of its nouns, not two statements
_AND = re.compile(r"\s*(?:and|or)\s", re.IGNORECASE)
# "saw both its share and its revenue shrink": "both" waits for its "and", no new statement
_BOTH = re.compile(r"\b(?:both|either)\b(?![^,;]*\b(?:and|or)\b)", re.IGNORECASE)
_LISTING = re.compile(
    r"\b(?:with|including|such as|like|between|among|from|led by)\s+(?:[\w’'&.-]+\s+){0,3}"
    r"[\w’'&.-]+\s*$",
    re.IGNORECASE,
)
