"""Numbers that name or label a thing rather than measure it: "tier-1 cities", "COVID-19",
"Phase 3", and in Chinese text a product's number ("Powerwall 3的热销", "iPhone 15在华销量")."""

from __future__ import annotations

import re

from summarizer.lang.quantity import Quantity
from summarizer.lang.units import CURRENCY_PREFIX

# What makes the number after it a name or a rank: a word joined by a hyphen ("tier-1",
# "COVID-19"), or a word that numbers things ("Tier 2", "Phase 3", "Figure 4").
_LABEL_BEFORE = re.compile(
    r"(?:[A-Za-z]-|\b(?:tier|level|phase|stage|wave|round|step|gen|generation|grade|type|class"
    r"|chapter|section|figure|fig\.|table|page|p\.|no\.|item|part|version|v)\s?)$",
    re.IGNORECASE,
)


# a product's name before its number: a capitalised word (Powerwall, Model) or one with a
# capital inside (iPhone), then one space — not an acronym ("NPS 46" is a score) …
_PRODUCT = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Z][a-z]{2,}|[a-z]+[A-Z][A-Za-z]*) $")
# … in Chinese text, where an English word before a number is a name ("March 12", "Arsenal 3"
# in English are a date and a score)
_IN_CHINESE = re.compile(r"\s*[\u4e00-\u9fff]")
_AFTER_CHINESE = re.compile(r"[\u4e00-\u9fff]\s*[A-Za-z]+ $")  # 主要得益于Powerwall 3。


def names_a_thing(text: str, start: int, end: int, value: float, scale: float) -> bool:
    """Is the unitless number at text[start:end] part of a label or a name, not a figure?"""
    before = text[:start]
    if _LABEL_BEFORE.search(before) or _shopping_festival(text, start, end, value):
        return True
    small = scale == 1.0 and value < 100
    in_chinese = bool(_IN_CHINESE.match(text[end:]) or _AFTER_CHINESE.search(before))
    return small and bool(_PRODUCT.search(before)) and in_chinese


def _shopping_festival(text: str, start: int, end: int, value: float) -> bool:
    """双11, 双十二, "618大促": the days Chinese e-commerce sells most, by their dates."""
    if value in (11, 12) and re.search(r"双[“\"]?$", text[:start]):
        return True
    return value == 618 and bool(
        re.match(r"[”\"]?\s*(?:大促|购物节|期间|活动|当天|年中)", text[end:])
    )


def names_a_band(text: str, end: int) -> bool:
    """Is the price ending at `end` a price band's name ("2000元以上的高端产品", "100–499元产品",
    "the $500–999 tier"), a segment the fact is about rather than the fact's figure?"""
    bounded = re.match(r"\s*(?:以上|以下)", text[end:]) or text[:end].endswith(("以上", "以下"))
    if bounded and re.match(r"\s*(?:以上|以下)?的", text[end:]):
        return True  # 2000元以上的比例, 2000元以上的大额诊疗: what it bounds
    return bool(_BAND_AFTER.match(text, end))


_BAND_AFTER = re.compile(
    r"\s*(?:以上|以下)?的?(?:高端|中高端|中端|中低端|低端|入门级?|旗舰)?"
    r"(?:产品|机型|车型|价位段?|价格段|价格带|档位?|区间)"
    r"|\s*(?:price\s+)?(?:band|tier|segment|bracket)\b",
    re.IGNORECASE,
)


def names_an_age_group(text: str, end: int, bounded: bool) -> bool:
    """Is the age ending at `end` a group's bound ("60岁及以上人口", "18-35岁用户"), not a
    measured age ("平均年龄32岁")? `bounded`: the age is a range or has a bound of its own."""
    return bounded or bool(_AGE_GROUP_AFTER.match(text, end))


_AGE_GROUP_AFTER = re.compile(r"\s*(?:及?以上|及?以下|以内|人群|老人|群体|人口|用户|段)")


def a_band(text: str, q: Quantity) -> bool:
    """Does the figure name a price band ("2000元以上的大额诊疗") or an age group ("65岁以上老人")
    of the text — the subject a fact is about, not the fact's figure?"""
    if not q.raw or q.raw not in text:
        return False
    end = text.find(q.raw) + len(q.raw)
    if q.unit == "age":
        return names_an_age_group(text, end, bool(q.qualifier) or q.high is not None)
    if q.unit not in _MONEY:
        return False
    bounded = q.qualifier in ("over", "under") or q.high is not None
    if bounded and _THINGS_PRICED.search(text[: end - len(q.raw)]):
        return True  # "Phones above 4,000 yuan", "models priced under $300": a band
    return names_a_band(text, end)


# what a price bounds in English: things ("Phones", "models") or their pricing ("priced") —
# not an amount measured ("sales above $2 billion", "revenue over $2 billion")
_THINGS_PRICED = re.compile(
    r"(?:\b(?:priced|costing|selling\s+for|sold\s+for|retailing\s+(?:at|for))"
    r"|\b(?!(?:sales|revenues|earnings|profits|prices|costs|losses)\b)[A-Za-z]{3,}s)\s*$",
    re.IGNORECASE,
)


_MONEY = frozenset(CURRENCY_PREFIX.values())
