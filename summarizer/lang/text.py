"""Language-aware text helpers: sentence splitting (English and Chinese), language detection.

Sentence splitting is rule-based on purpose: it is fast on 200-page reports, deterministic (anchors
must not move between runs), and handles what generic splitters get wrong in reports: decimals
(3.2%), abbreviations (e.g., U.S., Fig.), initials, and Chinese full-width punctuation with closing
quotes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import snowballstemmer

# Snowball's own C build (PyStemmer) where installed, as it is with this package: the same
# stems as the pure-Python one, ~15 times faster on a long report's words
_STEMMER = snowballstemmer.stemmer("english")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")
CJK_RUN_RE = re.compile(f"[{_CJK}]+")
ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")  # a bracketed aside: （如A、B）, (OSPO)
# An aside that gives examples: "（如墨西哥、东南亚）", "(e.g. Mexico)", "(such as Vietnam)"
EXAMPLES = re.compile(
    r"[（(]\s*(?:如|例如|比如|包括|e\.g\.,?|such as|including)\s*([^（）()]+)[）)]", re.IGNORECASE
)
# a currency's country before its sign ("US$1.58 billion", "HK$"): no name the text speaks of
_CURRENCY_OF = re.compile(r"\b(?:US|HK|NT|NZ|A|C|S)(?=\$)")


def own_names(text: str) -> str:
    """The text, to read the names it speaks of: without those it gives only as examples
    ("前五大企业（如达能、Oatly）合计占43.0%") or as a currency's country (US$)."""
    return EXAMPLES.sub(" ", _CURRENCY_OF.sub("$", text))


# Abbreviations after which a period does not end a sentence (compared lower-case, without the dot).
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "cf",
        "vs",
        "approx",
        "est",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "p",
        "pp",
        "figs",
        "eq",
        "eqs",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "ph.d",
        "al",
    ]
)

# A Chinese terminator (with any closing quotes/brackets) always ends a sentence.
_ZH_END = re.compile(r"[。！？；!?]+[”’」』）)》\"']*|……[”’」』]*")
# A Western terminator ends a sentence only before whitespace (so 3.2 and U.S.-based stay whole).
_EN_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")


def detect_lang(text: str) -> str:
    """'zh' when Chinese characters make up a real share of the letters, else 'en' — outside
    asides: "YKC (云快充): 1.1 billion sessions" is English."""
    sample = ASIDE.sub(" ", text[:20000])
    if not re.search(r"[A-Za-z]|[\u4e00-\u9fff]", sample):
        sample = text[:20000]
    cjk = len(CJK_RE.findall(sample))
    latin = len(re.findall(r"[A-Za-z]+", sample))  # words, comparable to characters in Chinese
    if not cjk and latin <= 2 and re.search(r"[（）：，、；。]", text):
        return "zh"  # "vivo（12.7%）": a name and a figure, typeset as Chinese writes
    return "zh" if cjk and cjk >= latin * 0.5 else "en"


def normalize_space(text: str) -> str:
    """Collapse whitespace; join hard-wrapped Chinese lines without inserting spaces."""
    text = re.sub(rf"(?<=[{_CJK}，。；：！？、])\s*\n\s*(?=[{_CJK}])", "", text)
    return re.sub(r"\s+", " ", text).strip()


# a heading's or a label's own numbering: the report's "1. Market Overview", a model's "三、用Go
# 构建什么" — the numbers are theirs, not the post's
# "1. ", "一、", "2)", and a sub-section's "2.1 " (not "2.5亿用户")
NUMBERING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)+\.?\s+|\d+\s*(?:[.．](?!\d)|[、)）])\s*"
    r"|[一二三四五六七八九十]+\s*[.、．)）]\s*)"
)


def unnumbered(heading: str) -> str:
    """A heading without its numbering ("1. Market Overview" → "Market Overview")."""
    return NUMBERING.sub("", heading) or heading


def unadorned(heading: str) -> str:
    """A heading without its emoji ("🛵 渠道与人群" → "渠道与人群"): a post's themes are plain."""
    emoji = (ch for ch in heading if unicodedata.category(ch) == "So" and ord(ch) >= 0x2600)
    gone = {*emoji, "\ufe0f", "\u200d"}  # with the variation selector and joiner they take
    return "".join(ch for ch in heading if ch not in gone).strip()


def nfkc(text: str) -> str:
    """Full-width digits, letters and punctuation folded to their ASCII forms."""
    return unicodedata.normalize("NFKC", text)


def _ends_with_abbreviation(before: str) -> bool:
    word = re.search(r"(\S+)$", before)
    if not word:
        return False
    token = word.group(1).rstrip(".").lstrip("(\"'“‘[").lower()
    if token in _ABBREVIATIONS:
        return True
    # A single capital letter is an initial ("J. Smith"), not a sentence.
    return bool(re.fullmatch(r"[a-z]", token)) and word.group(1)[0].isupper()


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, for English, Chinese and mixed text."""
    text = normalize_space(text)
    if not text:
        return []
    inside = bracket_depths(text)
    cuts: set[int] = {_zh_cut(text, m) for m in _ZH_END.finditer(text) if not inside[m.end() - 1]}
    for m in _EN_END.finditer(text):
        if inside[m.end() - 1]:
            continue  # "(e.g. A. B)" and quoted sentences stay inside the sentence they are in
        if m.group(0).startswith(".") and _ends_with_abbreviation(text[: m.start() + 1]):
            continue
        after = text[m.end() :].lstrip()
        # "... costs 3 vs. 4" and "see p. 12" stay whole; a lower-case start continues the sentence
        # — unless the terminator stands alone ("won 2-0 . the coach said": tokenized text).
        alone = m.start() > 0 and text[m.start() - 1] == " "
        if after and after[0].islower() and not alone:
            continue
        cuts.add(m.end())
    sentences, start = [], 0
    for cut in sorted(cuts):
        piece = text[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = cut
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return _merge_fragments(sentences)


_PAIRS = {"（": "）", "(": ")", "[": "]", "【": "】", "《": "》", "「": "」", "『": "』", "“": "”"}


def _zh_cut(text: str, m: re.Match[str]) -> int:
    """Where a Chinese sentence ends: after its closing quote, but before a straight quote that
    opens the next one ("…稳定收益。"136号文"取消了…": no quote was open)."""
    straight = m.group(0).find('"')
    if straight > 0 and text[: m.start()].count('"') % 2 == 0:
        return m.start() + straight
    return m.end()


def bracket_depths(text: str) -> list[int]:
    """For each character, how many brackets or quotes are open there. An unclosed bracket
    closes at the end of its sentence-like stretch of 200 characters, so a stray "(" cannot
    swallow a whole paragraph."""
    depths = [0] * (len(text) + 1)
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        while stack and i - stack[-1][1] > 200:
            stack.pop()
        if stack and ch == _PAIRS[stack[-1][0]]:
            stack.pop()
        elif ch in _PAIRS:
            stack.append((ch, i))
        depths[i] = len(stack)
    return depths


def _merge_fragments(sentences: list[str]) -> list[str]:
    """A lone closing quote or bracket left by a split belongs to the sentence before it."""
    merged: list[str] = []
    for s in sentences:
        if merged and re.fullmatch(r"[”’」』）)》\"'\]]+", s):
            merged[-1] += s
        else:
            merged.append(s)
    return merged


_WORD = re.compile(rf"[{_CJK}]+|[A-Za-z][A-Za-z0-9'’\-]*|\d+(?:[.,]\d+)*%?")
_FUNCTION_WORDS = (
    "a an the of in on at to for from by with and or but is are was were be been being it its"
    " this that these those as than then so such their there they them we our you your he she"
    " his her has have had do does did not no will would can could may might should into over"
    " under about more most less least per each all any some"
)
# a figure's bound, as "over" and "about" are: no word of the fact
_BOUND_WORDS = "nearly almost roughly approximately around approaching nearing upwards excess"
STOP_WORDS = frozenset(f"{_FUNCTION_WORDS} {_BOUND_WORDS}".split())


def match_tokens(text: str) -> list[str]:
    """Tokens for fuzzy matching across languages: lower-case English words without stop words,
    Chinese as overlapping character bigrams (no dictionary to load), numbers as written."""
    tokens: list[str] = []
    for m in _WORD.finditer(nfkc(text)):
        word = m.group(0)
        if CJK_RE.match(word):
            tokens.extend(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        else:
            word = word.lower()
            if word not in STOP_WORDS:
                tokens.append(word)
    return tokens


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """An English stem by the Snowball (Porter2) stemmer: "recommended" meets "recommend",
    "scanning" meets "scan", and "international" stays apart from "internal". Cached: a report
    and its claims say the same words again and again."""
    return _STEMMER.stemWord(word.lower())


def match_string(text: str) -> str:
    """`match_tokens` joined by spaces, the form rapidfuzz's token scorers expect."""
    return " ".join(match_tokens(text))


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII words joined by '-', cut at a word boundary. Chinese is written in pinyin, one
    syllable a word (pypinyin: 2025年人工智能报告 → 2025-nian-ren-gong-zhi-neng-bao-gao), so a
    Chinese title gives a readable file name; two reports that read alike are told apart where
    the post is published (`…-2.md`)."""
    words: list[list[str]] = []  # each word as its syllables, so no word is cut in two
    if CJK_RE.search(text):
        from pypinyin import lazy_pinyin

        segmenter()
        import jieba

        for w in jieba.lcut(text):
            words.append(re.findall(r"[a-z0-9]+", " ".join(lazy_pinyin(w)).lower()))
    else:
        words = [[w] for w in re.findall(r"[a-z0-9]+", text.lower())]
    slug = ""
    for syllables in (s for s in words if s):
        more = "-".join(syllables)
        if len(slug) + len(more) + 1 > max_len:
            break
        slug = f"{slug}-{more}" if slug else more
    return slug or "report"


# Chinese words that carry no content when comparing claims (particles, copulas, conjunctions).
_ZH_STOP = frozenset(
    {"的", "了", "在", "是", "和", "与", "及", "以及", "等", "也", "都", "而", "或", "中", "对"}
    | {"将", "为", "被", "把", "有", "其", "这", "该", "之", "上", "从", "到", "于"}
)
_jieba_ready = False


def segmenter() -> Any:
    """jieba, the Chinese segmenter, with its start-up messages kept quiet."""
    global _jieba_ready
    import jieba  # a maintained segmenter; loading its dictionary takes ~1 s once

    if not _jieba_ready:
        import logging

        jieba.setLogLevel(logging.WARNING)
        _jieba_ready = True
    return jieba


# jieba's tags of proper nouns: a person's name (or one written out from another language), a
# place's, an organisation's, any other
NAME_TAGS = frozenset({"nr", "nrt", "ns", "nt", "nz"})


@lru_cache(maxsize=4096)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """Chinese words with their part of speech (jieba's tags: v verb, d adverb, p preposition,
    f locality word …), punctuation and spaces left out."""
    segmenter()
    import jieba.posseg

    return tuple(
        (w.word, w.flag) for w in jieba.posseg.cut(text) if w.flag not in ("x",) and w.word.strip()
    )


def words(text: str) -> list[str]:
    """Words for comparing claims: Chinese segmented by jieba (search mode, so 满意度 also gives
    满意), English lower-cased and crudely
    stemmed (`word_key`), stop words and punctuation dropped, numbers as written."""
    jieba = segmenter()
    out: list[str] = _top_n(nfkc(text)) + ["cagr"] * bool(_CAGR.search(text))
    for m in _WORD.finditer(nfkc(text)):
        word = m.group(0)
        if CJK_RE.match(word):
            out.extend(w for w in jieba.lcut_for_search(word) if w not in _ZH_STOP)
        elif word[0].isdigit():
            out.append(word)
        elif word.lower() not in STOP_WORDS:
            out.append(word_key(word) if len(word) > 4 else word.lower())
    return out


# The first N firms, brands or regions, as industry reports write their share: CR10, 前十大品牌,
# 排名前五的企业, "the top ten brands", "top-5 players" — one word for all of them ("top10").
_TOP_N = re.compile(
    r"(?<![A-Za-z])CR\s?(\d{1,2})(?!\d)|前\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:大|名|家|位|强)"
    r"|(?<![A-Za-z])top[\s-]+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\b"
    r"|\b(\d{1,2}|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:biggest|largest|leading)\b",
    re.IGNORECASE,
)
TOP_N_WORD = re.compile(r"top\d+")
# a compound annual growth rate, however it is written: one word ("cagr") in both languages
_CAGR = re.compile(
    r"CAGR|(?:年均|年)?复合(?:年)?(?:增长率|增速|增长)|compound annual growth", re.IGNORECASE
)


def _top_n(text: str) -> list[str]:
    """A word for each "first N" the text names (CR10 and 前十大 give "top10")."""
    from summarizer.lang.number_words import EN_SMALL, zh_to_number

    out = []
    for m in _TOP_N.finditer(text):
        n = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        value = int(n) if n.isdigit() else EN_SMALL.get(n.lower()) or zh_to_number(n)
        if n.lower() == "twenty":
            value = 20
        if value:
            out.append(f"top{int(value)}")
    return out


# A heading or label that opens a model's conclusions, not a subject of its own
TAKEAWAY_HEADING = re.compile(
    r"takeaway|conclusion|bottom line|启示|要点总结|结论|总结|建议|观点", re.IGNORECASE
)
