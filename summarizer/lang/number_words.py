"""The words that state figures without digits: qualifiers (约, nearly, 超过), fractions (a third),
multipliers (doubled, 翻倍) and English number words — the data `quantities` reads them by."""

from __future__ import annotations

QUALIFIERS = [
    (r"近|接近|将近|差不多|nearly|almost|close to|just under", "nearly"),
    (r"约|大约|大概|左右|约合|约为|about|around|approximately|roughly|some|~|≈", "about"),
    (r"超过|超|逾|突破|多于|高于|以上|over|more than|above|exceeds?|greater than|>|>=|≥", "over"),
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
