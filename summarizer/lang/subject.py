"""Does a clause name a subject of its own, or only measure the figure of the one before it
("平均占比13%", "share 12%")? A clause without one continues the claim it follows."""

from __future__ import annotations

import re

from summarizer.lang.quantities import Quantity
from summarizer.lang.text import ASIDE, CJK_RE, NAME_TAGS, tagged_words

# Words that measure or relate a figure but name no subject: a clause left with nothing else
# ("平均占比13%", "share 12%", "2024年仅为8%": a year alone is no subject) continues the claim
# before it.
MEASURE_WORDS = re.compile(
    r"市场份额|市场占有率|市占率|占有率|累计|合计|总计"
    # a growth rate's name is no subject: "…64亿美元，年复合增长率高达36.1%" is the market's
    r"|(?:年均)?(?:复合)?增长率|年复合|年均|高达"
    r"|平均|占比|比例|比重|份额|占|为|达到|达|约|近|超过|超|增长|增加|下降|减少|提升|上升|分别|其中"
    r"|增速|增幅|涨幅|降幅|最快|最高|最大"  # 增速【85%】最快: how its subject grew, no subject
    r"|几乎|将近|接近|大约|大概|较|比"
    r"|同比|环比|左右|以上|以下|至|到|从|的|了|和|及|仅|只|才|而"
    r"|(?:19|20)\d\d\s*年?(?:度|时|底|初)?"
    r"|每[\u4e00-\u9fff]{1,3}|/\s*[\u4e00-\u9fff]{1,3}"  # a rate's unit: 每千瓦时, /吨
    r"|\b[kmgt]?w[hp]?\b"  # a unit of power or energy (GW, kWh): "达38GW" names nothing
    # (letters alone bound an English word: "CAGR约10.9%" runs into Chinese)
    r"|(?<![a-z])(?:average|share|about|around|nearly|up|down|only|just|in|by|year|growth|cagr"
    r"|yoy|rose|fell|grew|of|to|from|at|and|the|a|was|were|is|are|respectively)(?![a-z])",
    re.IGNORECASE,
)


def has_subject(clause: str, figures: list[Quantity]) -> bool:
    """Does the clause name something besides its figures and measure words — outside an
    aside ("占比44%（上年为41%）" names nothing)?"""
    rest = ASIDE.sub(" ", clause)
    for q in figures:  # with the counter after it: 6.62亿人 names no one
        rest = re.sub(re.escape(q.raw) + _COUNTER_AFTER, " ", rest)
    if CJK_RE.search(rest) and any(_proper(w, t) for w, t in tagged_words(rest)):
        return True  # a firm or place by name, though it writes a measure word (华为, 美的)
    rest = MEASURE_WORDS.sub(" ", rest)
    rest = re.sub(r"[\W\d_]+", "", rest)
    if len(rest) == 1 and clause.lstrip().startswith("其中" + rest):  # 其中猫占比54%: 猫
        return any(t[:1] == "n" for _, t in tagged_words(rest))
    if len(rest) < 2:
        return False
    # what is left in Chinese must be more than adverbs: "已经达到三分之一以上" leaves 已经
    return not CJK_RE.fullmatch(rest[0]) or any(
        t[0] not in _NAMELESS for _, t in tagged_words(rest)
    )


_COUNTER_AFTER = "(?:人次|人|个|家|部|台|辆|款|次|件|座|项|名|位|份|元)?"


def _proper(word: str, tag: str) -> bool:
    """A Chinese proper noun jieba knows (a person's, place's, firm's or other name)."""
    return tag in NAME_TAGS and len(word) >= 2 and CJK_RE.match(word) is not None


# Tags of words no subject is made of: adverbs, adjectives, conjunctions, particles,
# prepositions, time words (目前, 去年).
_NAMELESS = frozenset("dacptuy")
