"""The words that state figures without digits: qualifiers (约, nearly, 超过), fractions (a third),
multipliers (doubled, 翻倍), English number words and Chinese numerals (一万两千五百, read by
cn2an) — the data `quantities` reads them by."""

from __future__ import annotations

import re

import cn2an

from summarizer.lang.units import UNIT_WORDS

ZH_NUM = "[零〇一二两三四五六七八九十百千万亿]+"

QUALIFIERS = [
    (
        r"近|接近|将近|差不多|nearly|almost|close to|just under|approaching|nearing|just shy of",
        "nearly",
    ),
    (
        r"约|大约|大概|左右|约合|约为|约占|约有|约达|about|around|approximately|roughly|some|~|≈",
        "about",
    ),
    (
        r"超过|超|逾|突破|多于|高于|以上|over|more than|above|exceeds?|exceeding|greater than"
        r"|upwards of|in excess of|north of|passing|surpassing|topping|>|>=|≥",
        "over",
    ),
    (r"不到|不足|低于|少于|以下|under|less than|fewer than|below|<|<=|≤", "under"),
    (r"至少|at least|no fewer than|no less than", "at_least"),
    (r"最多|至多|up to|at most|no more than", "at_most"),
]
SUFFIX_QUAL = {"以上": "over", "以下": "under", "左右": "about", "多": "over", "出头": "over"}

FRACTIONS_EN = {
    "half": 50.0,
    "a half": 50.0,
    "one half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "a tenth": 10.0,
    "one-third": 100 / 3,
    "one-quarter": 25.0,
    "three-quarters": 75.0,
    "one-fifth": 20.0,
}
_EN_WORDS_1_10 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
EN_SMALL = {w: k for k, w in enumerate(_EN_WORDS_1_10, 1)}  # also read by grounding
MULT_WORDS = {
    "doubled": 2,
    "double": 2,
    "doubling": 2,
    "twofold": 2,
    "tripled": 3,
    "triple": 3,
    "threefold": 3,
    "quadrupled": 4,
    "fourfold": 4,
    "fivefold": 5,
    "tenfold": 10,
    "翻倍": 2,
    "翻了一番": 2,
    "翻一番": 2,
    "翻番": 2,
    "翻了一倍": 2,
    "翻了两番": 4,  # doubled twice
    "翻两番": 4,
    "翻了三番": 8,
    "翻三番": 8,
}

EN_WORDS = {  # also read by grounding (a report's "Eleven countries")
    **EN_SMALL,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}

# Shares written as fractions: 三分之一, one in five, 2/3, 每8家……有3家
FRACTION_ZH = re.compile(rf"({ZH_NUM}|\d+)分之({ZH_NUM}|\d+)")
IN_N = re.compile(
    r"(?<![\d.,])\b(one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out of)\s+"
    r"(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10|20|100)\b",
    re.IGNORECASE,
)
# A small fraction written with a slash (2/3, 1/4), not a date (9/30) or a ratio of big numbers.
SLASH_FRACTION = re.compile(
    r"(近|约|接近|超过|nearly|about|over|almost)?\s*(?<![\d/.])([1-9])/([2-9]|10)(?![\d/])",
    re.IGNORECASE,
)
# 每8家受访车队中就有3家 → 37.5%; 每5人就有1人 → 20%
EVERY_N = re.compile(
    rf"每\s*({ZH_NUM}|\d+)\s*[个家名位人辆台项户所座只]?[^，。；;,\d]{{0,12}}?有\s*({ZH_NUM}|\d+)"
    r"\s*[个家名位人辆台项户所座只](以上|多|以下)?"
)
# 增长近一倍: nearly doubled; 增长了一倍多: more than doubled
GREW_ONE_FOLD = re.compile(r"(?<=增长|增加|提高|提升|上升|扩大)了?(近|约|超过|接近)?一倍(多|以上)?")


# ── Chinese numerals ──────────────────────────────────────────────────────────────────────────
_ZH_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿")


def zh_to_number(text: str) -> float | None:
    """一万两千五百 → 12500, 十五 → 15, 三 → 3; None when it is not a Chinese numeral. Read by
    cn2an (a maintained converter)."""
    if not text or any(ch not in _ZH_CHARS for ch in text):
        return None
    for form in (text, "一" + text):  # 百 in 百分之四十 is one hundred
        try:
            return float(cn2an.cn2an(form, "normal"))
        except (ValueError, KeyError):
            continue
    return None


# units a spelled-out count takes: "ten hours", "three days", "ten times as much"
_TIME_UNITS = "|".join(p for p, u in UNIT_WORDS if u in ("hours", "days", "weeks"))
_TIME_UNITS += r"|times(?!\s+(?:a|an|per|each|every)\s)|fold"  # not "three times a week"
EN_WORD_NUMBER = re.compile(
    rf"(?:\b(less than|fewer than|under|more than|over|about|nearly|almost|at least|up to)\s+)?"
    rf"\b({'|'.join(EN_WORDS)})\s+({_TIME_UNITS})\b",
    re.IGNORECASE,
)
# months, weeks or years counted in words read as digits do ("twelve months": 12, as 12个月)
EN_WORD_SPAN = re.compile(
    rf"\b({'|'.join(w for w in EN_WORDS if w != 'one')})\s+(?=(?:months?|weeks?|years?)\b)",
    re.IGNORECASE,
)
