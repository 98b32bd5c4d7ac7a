"""Quantities in claims, language-independent: 40%, 近四成, 10-15%, 30-80亿, 4x, 翻倍,
"from 12% to 19%", 2K→8K, 三分之一, 一万两千五百, $39, 120元 — each read as value (+ high end),
unit and qualifier.

Numbers read the same in Chinese and English, so they are what lets a Chinese claim be aligned with
an English one and checked against an English report. Years are kept apart from values: "2025" in
"up from 19 in 2025" is a date, not a figure to compare.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from summarizer.lang.changes import mark_changes
from summarizer.lang.dates import calendar_spans
from summarizer.lang.number_names import names_a_thing
from summarizer.lang.number_words import (
    EN_SMALL,
    EN_WORD_NUMBER,
    EN_WORD_SPAN,
    EN_WORDS,
    EVERY_N,
    FRACTION_ZH,
    FRACTIONS_EN,
    GREW_ONE_FOLD,
    IN_N,
    MULT_WORDS,
    QUALIFIERS,
    SLASH_FRACTION,
    SUFFIX_QUAL,
    ZH_NUM,
    zh_to_number,
)
from summarizer.lang.quantity import Quantity as Quantity
from summarizer.lang.quantity import agreement as agreement
from summarizer.lang.quantity import comparable as comparable
from summarizer.lang.text import CJK_RE, nfkc
from summarizer.lang.units import CURRENCY_PREFIX, UNIT_WORDS, per_kilo, unit_of

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = {"k": 1e3, "thousand": 1e3, "千": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "百万": 1e6}
_SCALE |= {"b": 1e9, "bn": 1e9, "billion": 1e9, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_SCALE |= {"trillion": 1e12, "t": 1e12}
_COUNTER = "(?:台|家|辆|个|款|起|次|件|座|项|名|位)"  # a count's measure word
_QUAL_RE = "|".join(p for p, _ in QUALIFIERS).replace(" ", r"\s+")
# a lone letter is a scale only joined to its figure ($4.6M), not "a 20 m tower" or "37 M&A"
_SCALE_RE = r"万亿|百万|thousand|million|billion|trillion|bn|mn|(?<=\d)[kmbt](?![a-z0-9&])|千|万|亿"
_UNIT_RE = "|".join(p for p, _ in UNIT_WORDS).replace(" ", r"\s+")
# a numeral ends before the 千 of 千瓦/千克/千米: 一百二十千瓦 is 120 kW, not a numeral 一百二十千
_NUMBER_TOKEN = rf"(?:{_NUM}|(?:(?!千[瓦克米]){ZH_NUM.removesuffix('+')})+)"

_QUANTITY = re.compile(
    rf"""(?P<qual>(?<![A-Za-z])(?:{_QUAL_RE})了?\s*)?  # not "recover"; 突破了两千亿
         (?P<cur>(?:us\$|\$|¥|￥|€)\s?|(?:rmb|usd|eur|cny)\s?)?
         (?P<a>{_NUMBER_TOKEN})(?P<amore>多(?={_SCALE_RE}))?(?:-(?=(?:thousand|million|billion|trillion)\b)|\s*)(?P<ascale>{_SCALE_RE})?\s*(?P<aunit>%|％)?
         (?:\s*(?P<sep>-|–|—|~|～|到|至|to)\s*
            (?:(?:us\$|\$|¥|￥|€)\s?)?(?P<b>{_NUMBER_TOKEN})\s*(?P<bscale>{_SCALE_RE})?
            (?(aunit)(?=\s*[%％])))?  # "72% to 310,000" is two figures, not a range
         (?:-(?=(?:yuan|dollars?|euros?)\b)|\s*)(?P<unit>{_UNIT_RE})?  # "2.86-trillion-yuan"
         (?:{_COUNTER}(?=以上|以下|左右|出头))?  # 1.8万台左右: about 18,000 units
         (?P<squal>以上|以下|左右|多|出头)?""",
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_TO = re.compile(r"(?<=\b(?:19|20)\d\d)\s+to\s+(?!(?:19|20)\d\d\b)", re.IGNORECASE)
_TO_YEAR = re.compile(r"(?<=[\d%])\s+to\s+(?=(?:19|20)\d\d\b)", re.IGNORECASE)  # 18.5% to 2030
_BETWEEN = re.compile(r"(between\s+\S+?)(\s+and\s+)", re.IGNORECASE)
# a ratio to one, one figure: 车桩比2.4:1, "a 2.4-to-1 ratio", 2.4比1 (not a time: 10:15)
_RATIO = re.compile(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*(?::|：|比|-to-)\s*1(?![\d:]|\.\d)")


def _number(token: str) -> float | None:
    token = token.replace(",", "")
    try:
        return float(token)
    except ValueError:
        return zh_to_number(token)


def _qualifier(text: str | None) -> str:
    if not text:
        return ""
    text = text.strip().lower().removesuffix("了")
    for pattern, name in QUALIFIERS:
        if re.fullmatch(pattern, text, re.IGNORECASE):
            return name
    return ""


_QUAL_BEFORE = re.compile(
    r"(超过|超|逾|多于|高于|近|接近|将近|约|大约|不到|不足|低于|少于|至少)(?:了|占|有)?$"
)


_HALF_OF_TIME = re.compile(r"(?:first|second)[- ]half\b|\bhalf[- ]year")
# An English bound before a fraction word ("more than half", "just under a third"); "just"
# and "well" only say how near.
_EN_QUAL_BEFORE = re.compile(
    r"\b(?:just |well )?("
    + "|".join(
        alt
        for pattern, _ in QUALIFIERS
        for alt in pattern.split("|")
        if re.fullmatch(r"[a-z ]+", alt)
    )
    + r")\s+$"
)


_SUFFIX = re.compile("|".join(sorted(SUFFIX_QUAL, key=len, reverse=True)))


def _qualified(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A figure word's qualifier — written before it (超过一半, 近三分之一) or after it (一半以上,
    三分之一左右) — with the span that takes it in, so the figure reads as the writer put it."""
    m = _QUAL_BEFORE.search(text[max(0, start - 4) : start])
    if m:
        return _qualifier(m.group(1)), start - len(m.group(0)), end
    after = _SUFFIX.match(text, end)
    if after:
        return SUFFIX_QUAL[after.group(0)], start, end + len(after.group(0))
    return "", start, end


# One pass to tell whether a text holds any of the words at all (most sentences hold none).
_ANY_FRACTION_EN = re.compile("|".join(re.escape(p) for p in FRACTIONS_EN))
_ANY_MULT_WORD = re.compile("|".join(re.escape(w) for w in MULT_WORDS))


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity stated in `text`, in order of appearance."""
    return list(_parse(text))


@lru_cache(maxsize=32768)
def _parse(text: str) -> tuple[Quantity, ...]:
    """parse_quantities, once per text: grounding and alignment read the same sentences often."""
    text = nfkc(text)
    found: list[tuple[int, Quantity]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, q: Quantity) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, q))

    for m in _RATIO.finditer(text):
        add(m.start(), m.end(), Quantity(float(m.group(1)), "ratio", "", m.group(0)))
    _fractions(text, add)
    lowered = text.lower()
    for m in GREW_ONE_FOLD.finditer(text):  # 增长近一倍: nearly doubled, not "1x"
        qual = _qualifier(m.group(1)) if m.group(1) else ("over" if m.group(2) else "")
        add(m.start(1) if m.group(1) else m.start(), m.end(), Quantity(2.0, "x", qual, m.group(0)))
    for word, factor in MULT_WORDS.items() if _ANY_MULT_WORD.search(lowered) else ():
        pattern = rf"(?:(nearly|almost|近|接近|more than|超过)\s*)?{word}(还多|多|以上|有余)?"
        for m in re.finditer(pattern, lowered):  # 翻了一番还多: over twice
            qual = _qualifier(m.group(1)) if m.group(1) else ("over" if m.group(2) else "")
            add(m.start(), m.end(), Quantity(float(factor), "x", qual, text[m.start() : m.end()]))
    # "between 18% and 24%" is a range; "86% and 79%" are two figures. Same length, same offsets.
    ranged = _BETWEEN.sub(lambda m: m.group(1) + " ~ " + " " * (len(m.group(2)) - 3), text)
    # "3.0 in 2022 to 3.4 in 2025" is no range; a bar keeps RMB of "2022 to RMB 13.9" off 2022
    ranged = _YEAR_TO.sub(lambda m: "|" * len(m.group(0)), ranged)
    ranged = _TO_YEAR.sub(lambda m: " " * len(m.group(0)), ranged)
    for m in EN_WORD_NUMBER.finditer(text):  # "one hour", "ten hours", "five days"
        unit, value, _ = _in_days(unit_of(m.group(3)), float(EN_WORDS[m.group(2).lower()]))
        add(m.start(), m.end(), Quantity(value, unit, _qualifier(m.group(1)), m.group(0)))
    for m in EN_WORD_SPAN.finditer(text):
        word = m.group(1)
        add(m.start(), m.start() + len(word), Quantity(float(EN_WORDS[word.lower()]), "", "", word))
    for m in _COHORT.finditer(text):  # 90后, "post-90s": a generation, no figure
        taken.append(m.span())
    for m in _RANK.finditer(text):  # "still #1": a rank, no figure
        taken.append(m.span())
    for start, end, day, raw in calendar_spans(text):  # 8月4日 = August 4; 6月 is no figure
        if day is not None:
            add(start, end, Quantity(day, "date", "", raw))
        elif not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
    for m in _QUANTITY.finditer(ranged):
        q = _from_match(m, text)
        if q is not None:
            add(m.start(), m.end(), q)
    found.sort(key=lambda item: item[0])
    found = [(at, _loose_share(text, at, q)) for at, q in found]
    return tuple(mark_changes(text, [(at, _grown_by(text, at, q)) for at, q in found]))


# "约占区域市场的四成": the 约 of 约占 makes the share loose, though what it is a share of stands
# between them
_LOOSE_SHARE = re.compile(r"(约|大约|近|将近|接近)占(?:[^，。；,;\d%]{1,16}?的)?\s*$")


def _loose_share(text: str, at: int, q: Quantity) -> Quantity:
    m = None if q.qualifier or q.unit != "%" else _LOOSE_SHARE.search(text[max(0, at - 20) : at])
    return replace(q, qualifier=_qualifier(m.group(1))) if m else q


_GREW_BY = re.compile(r"(?:增长|增加|提高|提升|上升|上涨|扩大)了?\s*$")


def _grown_by(text: str, at: int, q: Quantity) -> Quantity:
    """增长2.3倍 read both ways: strictly grown by 2.3 times (3.3 times the year before), and as
    many write it, 2.3 times the year before — a figure between the two, so that neither
    reading is a disagreement. (增长一倍 is read strictly: doubled.)"""
    if q.unit != "x" or q.high is not None or "一倍" in q.raw:
        return q
    if not _GREW_BY.search(text[max(0, at - 4) : at]):
        return q
    return Quantity(q.value, q.unit, q.qualifier, q.raw, q.value + 1, q.role)


_COHORT = re.compile(r"(?<![\d.])\d0后|(?<![\d.])\d5后|\bpost-\d0s\b", re.IGNORECASE)
_RANK = re.compile(r"(?<![\w#])#\d{1,2}\b")


def _fractions(text: str, add: Callable[[int, int, Quantity], None]) -> None:
    """Shares written as fractions: 三分之一, 近2/3, one in five, a third, 一半 — or, of a level
    ("全国平均水平的一半", "half the national average"), a multiple of it."""

    def add_share(start: int, end: int, q: Quantity) -> None:
        if _OF_A_LEVEL_BEFORE.search(text[max(0, start - 12) : start]) or _OF_A_LEVEL_AFTER.match(
            text, end
        ):
            q = Quantity(q.value / 100, "x", q.qualifier, q.raw)
        add(start, end, q)

    for m in FRACTION_ZH.finditer(text):  # 三分之一 → 33.3%; 超过三分之一 → over 33.3%
        den, num = _number(m.group(1)), _number(m.group(2))
        if den and num is not None:  # 百分之四十 is 40%, exactly
            qual, start, end = _qualified(text, m.start(), m.end())
            qual = qual or ("" if den == 100 else "about")
            add_share(m.start(), end, Quantity(100 * num / den, "%", qual, text[start:end]))
    for m in SLASH_FRACTION.finditer(text):  # 近2/3 → about 66.7%
        num, den = float(m.group(2)), float(m.group(3))
        qual = _qualifier(m.group(1)) if m.group(1) else "about"
        add_share(m.start(), m.end(), Quantity(100 * num / den, "%", qual, m.group(0).strip()))
    for m in EVERY_N.finditer(text):  # 每8家……有3家 → 37.5%
        den, num = _number(m.group(1)), _number(m.group(2))
        if den and num is not None and num < den:
            qual = SUFFIX_QUAL.get(m.group(3) or "", "about")  # 每五户就有一户以上: over 20%
            add_share(m.start(), m.end(), Quantity(100 * num / den, "%", qual, m.group(0)))
    for m in IN_N.finditer(text):  # one in five → 20%
        num = EN_SMALL.get(m.group(1).lower()) or _number(m.group(1))
        den = EN_SMALL.get(m.group(2).lower()) or _number(m.group(2))
        if num and den and num < den:  # "seven in ten"; not "five in two"
            add_share(m.start(), m.end(), Quantity(100 * num / den, "%", "about", m.group(0)))
    lowered = text.lower()
    for phrase, pct in FRACTIONS_EN.items() if _ANY_FRACTION_EN.search(lowered) else ():
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", lowered):
            if _HALF_OF_TIME.search(lowered[max(0, m.start() - 8) : m.end() + 6]):
                continue  # "the second half of 2025", "a half-year": a time, no share
            # "more than half", "fewer than a third": the bound the writer put on it
            bound = _EN_QUAL_BEFORE.search(lowered, max(0, m.start() - 24), m.start())
            start = bound.start() if bound else m.start()
            qual = (_qualifier(bound.group(1)) or "about") if bound else "about"
            add_share(start, m.end(), Quantity(pct, "%", qual, text[start : m.end()]))
    for m in re.finditer(r"(?<!超)(?:刚刚|刚)?过半(?:数)?", text):  # 刚刚过半: just over half
        add_share(m.start(), m.end(), Quantity(50.0, "%", "over", m.group(0)))
    for m in re.finditer(r"一半|半数", text):
        qual, start, end = _qualified(text, m.start(), m.end())
        add_share(m.start(), end, Quantity(50.0, "%", qual or "about", text[start:end]))


# what a fraction is of, when it is a level and not a population: a multiple of that level
_OF_A_LEVEL_BEFORE = re.compile(r"(?:水平|平均(?:值|数)?|均值|中位数|去年|上年|同期)的?$")
_OF_A_LEVEL_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:the|last\s+year's)\s+(?:\w+\s+){0,2}?(?:average|median|mean|level)\b",
    re.IGNORECASE,
)


_PLACES = frozenset("十百千万亿")
# a change, a lead or a premium "over" an amount measures against it: no bound on it ("growth
# over 20%" may well be one)
_CHANGE_OVER = re.compile(
    r"\b(?:increases?|rises?|growth|gains?|jumps?|declines?|drops?|falls?|premium|lead|"
    r"improvements?)\s*$",
    re.IGNORECASE,
)


def _from_match(m: re.Match[str], original: str) -> Quantity | None:
    a = _number(m.group("a"))
    if a is None:
        return None
    is_zh_numeral = not re.match(r"\d", m.group("a"))
    b = _number(m.group("b")) if m.group("b") else None
    unit = "%" if m.group("aunit") else unit_of(m.group("unit"))
    cur = (m.group("cur") or "").strip().lower()
    if cur:
        unit = CURRENCY_PREFIX.get(cur, unit)
    if m.group("unit") and m.group("unit").strip() == "成" and not m.group("aunit"):
        a, b = a * 10, (b * 10 if b is not None else None)  # 四成 = 40%
    scale = _SCALE.get((m.group("ascale") or "").lower(), 1.0)
    metric = m.group("ascale") == "千" and original[m.end() : m.end() + 1] in ("瓦", "克", "米")
    if metric:
        scale = 1.0  # 8千瓦 is 8 kilowatts, not 8,000
    bscale = _SCALE.get((m.group("bscale") or "").lower(), scale)
    if b is not None and not m.group("ascale") and m.group("bscale"):
        scale = bscale  # 30-80亿: the scale written once applies to both ends
    if unit in ("kwh", "kw"):
        scale, bscale = per_kilo(m.group("unit"), m.group("ascale"), scale, bscale)
    unit, value, high = _in_days(unit, a * scale, b * bscale if b is not None else None)
    more = "多" if m.group("amore") else ""  # 200多亿元: over 20 billion
    qual = _qualifier(m.group("qual")) or SUFFIX_QUAL.get(m.group("squal") or more, "")
    if not qual and "多" in (m.group("unit") or ""):
        qual = "over"  # 11个多百分点: a little over 11 points
    raw = original[m.start() : m.start() + len(m.group(0).rstrip())].strip()
    if qual == "over" and unit != "%" and _CHANGE_OVER.search(original[: m.start()]):
        qual = ""  # "an 11.6% increase over $28.1 billion": compared with it, no bound
        raw = re.sub(r"^over\s+", "", raw, flags=re.IGNORECASE)
    raw = raw.removesuffix("千") if metric else raw
    if not m.group("cur") and re.search(r"[A-Za-z]$", original[: m.start()]):
        return None  # R290, H100, GPT4: a model's name, not a figure
    if not unit and high is None and names_a_thing(original, m.start(), m.end(), value, scale):
        return None  # tier-1 cities, COVID-19, Powerwall 3的热销: a name or label, no figure
    if unit == "km" and re.search(r"(?:最后|最先|最初|第)\s*$", original[: m.start()]):
        return None  # 最后一公里: the last leg of a chain, no length
    if raw.endswith("日") and re.search(r"(?:月|日\s*[-–~至到])\s*$", original[: m.start()]):
        return None  # 9月9日-30日: a date, not a count of days
    if m.group("a") in ("一", "二", "三") and (m.group("unit") or "") == "元":
        after = original[m.end() : m.end() + 1]
        if CJK_RE.match(after) and after not in _AFTER_A_PRICE:
            return None  # 三元锂, 三元占比, 二元结构: a term, not a price (售价三元, 三元一杯)
    if is_zh_numeral and unit in ("", "kwh", "kw") and set(m.group("a")) <= set("百千万亿"):
        return None  # 千 in 每千瓦时, 万 in 万一: a word, not a figure
    if is_zh_numeral and not unit and scale == 1.0 and value <= 10 and high is None:
        return None  # 一 in 一次, 三 in 三年, 十 in 十年来首次: words, not figures
    if is_zh_numeral and not unit and len(m.group("a")) > 1 and not set(m.group("a")) & _PLACES:
        return None  # 一一 in 唯一一个, 一二 in 一二线城市: digits in a row are words
    if not unit and not is_zh_numeral and scale == bscale == 1.0:
        year = _year(m, value, high, qual, original)
        if year is not None:
            return year
    return Quantity(value, unit, qual, raw, high)


_AFTER_A_PRICE = "钱左以多出的每一起"  # 三元钱, 三元左右, 三元以上, 三元一杯, 三元起


def _in_days(unit: str, value: float, high: float | None = None) -> tuple[str, float, float | None]:
    """A span of weeks is one of days: "about six weeks" meets "41 days"."""
    if unit != "weeks":
        return unit, value, high
    return "days", value * 7, None if high is None else high * 7


_NO_NOUN = re.compile(
    r"\s*(?:$|[,.;:!?)\]，。；：！？）]|(?:and|or|when|as|if|with|at|onwards?)\b)"
)


def _year(
    m: re.Match[str], value: float, high: float | None, qual: str, original: str
) -> Quantity | None:
    """A bare number that is a year (2025, 2025年) or a span of years (2025–2030年, "over
    2025-2030"), read apart from the figures."""
    a, b = m.group("a"), m.group("b") or ""
    if high is None:
        followed_by_year = original[m.end() : m.end() + 1] == "年"
        if "." in a or "," in a or not 1900 <= value <= 2100:  # 2,000 is an amount
            return None
        # "…pass 50% around 2027": a year about which, where no counted noun follows
        about_a_year = qual == "about" and "." not in a and _NO_NOUN.match(original[m.end() :])
        if not qual or followed_by_year or about_a_year:
            return Quantity(value, "year", "", a)
        return None
    if re.match(_COUNTER, original[m.end() :]):  # 2000-2050台 is a count
        return None
    if re.fullmatch(r"(?:19|20)\d\d", a) and re.fullmatch(r"(?:19|20)\d\d", b) and value < high:
        raw = original[m.start() : m.end()].strip()
        return Quantity(value, "year", "", re.sub(r"^\D+", "", raw), high)
    return None


def spelled_counts(text: str) -> set[float]:
    """The small counts a text spells out in English ("a shortfall of eight vessels", "start-ups
    of five people") or in Chinese numerals before a counter (前两年, 三家), which it states as
    surely as its digits."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    counts = {float(n) for w, n in EN_WORDS.items() if w in words}
    return counts | {float(_SMALL_ZH[m]) for m in _COUNTED_ZH.findall(text)}


_SMALL_ZH = {c: k for k, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# a numeral alone before a counter: 前两年, 三家企业 (not 三成: a share; not 十二 or 二十: larger)
_COUNTED_ZH = re.compile(
    r"(?<![一二两三四五六七八九十百千万亿\d])([一二两三四五六七八九十])"
    r"(?=个|年|家|种|类|项|次|名|位|条|大|轮|批|款|省|国|周|天|季|倍)"
)
