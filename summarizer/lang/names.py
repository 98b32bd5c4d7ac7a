"""What reads the same in Chinese and English: figures and names written in Latin script.

These anchors let a Chinese claim meet its English twin (alignment) and find its sentence in an
English report (grounding) without a translation model.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache

from summarizer.lang.dictionary import name_forms
from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.text import (
    ASIDE,
    CJK_RE,
    CJK_RUN_RE,
    NAME_TAGS,
    STOP_WORDS,
    detect_lang,
    tagged_words,
    word_key,
)

# A Latin word; a hyphen continues it only into a version ("GPT-4.1", "Qwen2.5-72B"), so that
# "AI-generated" names AI.
# Initials with dots ("U.S.") are one word.
_LATIN_WORD = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Za-z](?:[A-Za-z0-9]|\.(?=\d))*(?:-[A-Za-z]*\d[A-Za-z0-9.]*)*"
)


def names(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    """Latin-script names, lower-cased: every Latin word inside Chinese text; in English text the
    words that look like names (capitalised mid-sentence, all capitals, a capital inside the word
    as in "macOS", initials such as "U.S.", or letters with digits), never a single letter. An
    English sentence with a Chinese aside ("KAIYUANSHE (开源社)") is read as English.
    A capitalised first word is a name only when it is `known` as one ("Gemini for 15%") —
    otherwise it is just the start of a sentence ("Pull requests…")."""
    return set(_names(text, known))


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir"})
# a firm's legal form names no firm: "Anta Group" is Anta, as 安踏集团 is 安踏
LEGAL_FORMS = frozenset({"group", "holdings", "inc", "corp", "co", "ltd", "limited", "plc", "llc"})
UNIT_WORDS = frozenset(
    {"w", "kw", "mw", "gw", "tw", "wp", "kwp", "mwp", "gwp", "kwh", "mwh", "gwh", "twh"}
    | {"usd", "rmb", "cny", "eur", "gbp", "jpy", "kg", "km", "ghz", "mhz", "gb", "tb", "mb"}
    | {"cpm", "cpc", "cpa", "arpu", "yoy", "qoq"}  # measures, whose figure is someone's
    | {"gmv", "aov", "dau", "mau", "arr", "mrr", "ltv", "roi", "capex", "opex", "ebitda", "kpi"}
    | {"cr3", "cr4", "cr5", "cr8", "cr10", "hhi"}  # market concentration: 前五家合计份额
    | {"cagr"}  # a growth rate the report may write out, or as 年复合增长率
    | {"h1", "h2", "q1", "q2", "q3", "q4"}  # 2025H1 is 2025年上半年: a time, no name
)
_OPENS = re.compile(r"[.!?;:]\s+[\"'“‘(]?$")


def _names(text: str, known: frozenset[str]) -> frozenset[str]:
    sure, openers, hyphenated = _candidates(text)
    found = sure | (openers & known)
    for parts in hyphenated:  # Asia-Pacific: a name as a whole, first word or not
        if parts & found:
            found |= parts
    return found


@lru_cache(maxsize=65536)
def _candidates(
    text: str,
) -> tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...]]:
    """The text's names whatever is known, its capitalised sentence-opening words (names only
    where known), and its hyphenated runs. Cached by text alone: grounding reads the same
    report sentences for every claim, with and without the names known."""
    # "Trina Solar (天合光能) shipped 75 GW and JA Solar (晶澳科技) 73 GW" is English: its asides
    # do not make it Chinese
    if CJK_RE.search(text) and detect_lang(ASIDE.sub(" ", text)) == "zh":
        # a single letter is no name: C端 and B端 are the consumer and business sides, A股 shares
        latin = {w.lower() for w in _LATIN_WORD.findall(text) if len(w) > 1}
        return frozenset(latin - UNIT_WORDS), frozenset(), ()
    sure, openers = set(), set()
    for k, m in enumerate(_LATIN_WORD.finditer(text)):
        word = m.group(0)
        if len(word) == 1 or word.lower() in STOP_WORDS:  # "I", a stray initial, "An open pit…"
            continue
        if word.lower() in HONORIFICS | LEGAL_FORMS:  # "Mr Giroux", "Anta Group"
            continue
        if word.lower() in UNIT_WORDS:  # "38 GW", "RMB 6": a unit, owner of no figure
            continue
        if word.lower().rstrip(".") in _CALENDAR:  # September / Sept: a date, read as a figure
            continue
        # a sentence's first word, not only the text's ("… El Al. Previously, the airlines")
        opens = k == 0 or bool(_OPENS.search(text, max(0, m.start() - 6), m.start()))
        if (
            (word[0].isupper() and not opens)
            or (word.isupper() and len(word) > 1)
            or any(ch.isupper() for ch in word[1:])  # macOS, GoLand, LLMs
            # letters with digits (GPT-4, Qwen2.5) — not a word in lower case and its number
            # ("tier-3", "top-10": a rank)
            or (_DIGIT.search(word) and _LETTERS.search(word) and not _RANKED.match(word))
        ):
            sure.add(word.lower())
        elif word[0].isupper():
            openers.add(word.lower())
    hyphenated = tuple(
        frozenset(part.lower() for part in m.group(0).split("-"))
        for m in _HYPHENATED.finditer(text)
    )
    return frozenset(sure), frozenset(openers), hyphenated


_MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july")
_MONTHS += ("august", "september", "october", "november", "december")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CALENDAR = frozenset((*_MONTHS, *(m[:3] for m in _MONTHS), "sept", *_DAYS))
_RANKED = re.compile(r"[a-z]+-\d+$")
_DIGIT, _LETTERS = re.compile(r"\d"), re.compile(r"[A-Za-z]{2}")
_HYPHENATED = re.compile(r"\b[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)+\b")


def chinese_names(text: str) -> set[str]:
    """The Chinese words of a text the dictionary knows only as proper nouns: places, firms,
    countries (美国, 广东, 比亚迪). jieba's proper-noun tags are not enough: it calls 重卡 and
    满意度 places and cuts 阿里云 into 阿里 and 云. A word formed as a measure (渗透率) is none."""
    found = set()
    for word, tag in tagged_words(text):
        if len(word) < 2 or not CJK_RE.match(word):
            continue
        if word.endswith((*MEASURE_ENDINGS, *_CURRENCY_ENDINGS)) and tag[:2] not in ("ns", "nt"):
            continue  # 渗透率, 美元; but a place is a name though it ends so (印度)
        # jieba keeps a place's or firm's generic ending on it: 华北地区 is 华北, 广东省 广东
        stem = re.sub(GENERIC_ENDINGS, "", word)
        for name in (word, stem):
            if len(name) > 1 and name_forms(name):
                found.add(name)
                break
        else:  # a place under the region it lies in, one word to jieba: 新疆阿勒泰(地区)
            found |= set(_places_in(stem))
    return found


def _places_in(word: str) -> list[str]:
    """The names a word is made of from end to end, each one the dictionary knows as a proper
    noun, longest first (新疆阿勒泰: 新疆, 阿勒泰; 四川成都: 四川, 成都); none where any part is
    something else."""
    if len(word) < 4:
        return []
    parts, at = [], 0
    while at < len(word):
        end = next(
            (
                e
                for e in range(len(word), at + 1, -1)
                if (e - at < len(word)) and name_forms(word[at:e])
            ),
            None,
        )
        if end is None:
            return []
        parts.append(word[at:end])
        at = end
    return parts


GENERIC_ENDINGS = r"(?:地区|区域|一带|省|市|县|公司|集团)$"


def english_forms(text: str) -> set[tuple[str, ...]]:
    """The English names, each as its words, of the names a Chinese text writes in characters
    (美国 → (united, states), (us,), (usa,))."""
    if not CJK_RE.search(text):
        return set()
    return (
        {form for name in chinese_names(text) for form in name_forms(name)}
        | _compass_forms(text)
        | _generation_forms(text)
    )


# a generation by the decade of its birth: 90后 (post-90s), 00后 (post-00s), 95后 (post-95s)
_GENERATION_ZH = re.compile(r"(?<!\d)(\d\d)后")


def _generation_forms(text: str) -> set[tuple[str, ...]]:
    """The generations a Chinese text names, as English writes them: "90后" → post-90s."""
    return {(f"post-{m.group(1)}s",) for m in _GENERATION_ZH.finditer(text)}


_COMPASS_ZH = {"东": "east", "南": "south", "西": "west", "北": "north"}


def _compass_forms(text: str) -> set[tuple[str, ...]]:
    """China's regions by the compass, as English writes them: 华南 South China, 华中 Central
    China, 西南(地区) (the) Southwest (of China) — whole words only (东南亚 is Southeast Asia)."""
    out: set[tuple[str, ...]] = set()
    for whole, _ in tagged_words(text):
        word = whole.removesuffix("地区")  # jieba keeps 西南地区 one word
        if len(word) != 2:
            continue
        if word[0] == "华" and (word[1] in _COMPASS_ZH or word[1] == "中"):
            out.add(("central" if word[1] == "中" else _COMPASS_ZH[word[1]], "china"))
        elif word[0] in "东西" and word[1] in "南北":  # 西南: English puts south first
            way = _COMPASS_ZH[word[1]] + _COMPASS_ZH[word[0]]
            out |= {(way,), (way, "china")}
    return out


# Words that tell one region from another of the same name: South China is not North China.
COMPASS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "central", "northern", "southern", "eastern", "western",
    }
)  # fmt: skip
# 满意度, 渗透率, 装机量, 安全性, 车桩比, 份额, 估值: measures, not names
MEASURE_ENDINGS = ("度", "率", "量", "性", "比", "额", "值")
_CURRENCY_ENDINGS = ("元", "币")  # 美元 is "US dollar", no one


def spelled_in(name: str, chinese: str) -> bool:
    """Is the Latin name the pinyin of some characters of the Chinese text? Places and Chinese
    firms are written so in English (Zhejiang / 浙江, Huawei / 华为, Shenzhen / 深圳), which no
    word match or translation table sees. Names of under five letters are left out: too many
    syllable pairs spell them by chance."""
    if len(name) < 5 or not name.isalpha():
        return False
    return name in _pinyin_runs(chinese)


def initials_in(name: str, chinese: str) -> bool:
    """Is the Latin name the pinyin initials of a name the Chinese text gives, one letter a
    character? Chinese firms abbreviate so in English (JD / 京东, SF / 顺丰, BYD / 比亚迪)."""
    if not 2 <= len(name) <= 4 or not name.isalpha():
        return False
    return name.lower() in _initials(chinese)


@lru_cache(maxsize=16384)
def _initials(text: str) -> frozenset[str]:
    """The pinyin initials of each of the text's unglossed names (京东 → jd): 中国 is China,
    not "ZG"."""
    from pypinyin import lazy_pinyin

    return frozenset("".join(s[0] for s in lazy_pinyin(w)) for w in _unglossed_names(text))


def spelled_names(text: str) -> set[str]:
    """The text's unglossed names spelled in pinyin, as English writes Chinese firms (伊利 →
    yili, 美团 → meituan)."""
    return {pinyin(word) for word in _unglossed_names(text)}


def _unglossed_names(text: str) -> list[str]:
    """Words of two to four characters jieba tags as names and the dictionary gives no English
    name for."""
    return [
        word
        for word, tag in tagged_words(text)
        if tag in NAME_TAGS and 2 <= len(word) <= 4 and CJK_RE.match(word) and not name_forms(word)
    ]


def pinyin(chinese: str) -> str:
    """The characters spelled in pinyin as one word, without tones (爱回收 → aihuishou)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(chinese)).lower()


@lru_cache(maxsize=16384)
def _pinyin_runs(text: str) -> frozenset[str]:
    """Every run of two to six syllables of the text's Chinese, spelled without tones."""
    from pypinyin import lazy_pinyin

    spans: set[str] = set()
    for run in CJK_RUN_RE.findall(text):
        syllables = lazy_pinyin(run)
        for i in range(len(syllables)):
            for k in range(i + 2, min(i + 6, len(syllables)) + 1):
                spans.add("".join(syllables[i:k]))
    return frozenset(spans)


def figure_tokens(quantities: Iterable[Quantity]) -> set[str]:
    """One token per figure ("41%", "39usd"), years left out."""
    return {figure_token(q) for q in comparable(list(quantities))}


def figure_token(q: Quantity) -> str:
    """A figure as one token: its value and unit ("41%", "39usd"); a count of tokens as the bare
    count it is in "token调用量…12.6万亿" (see `agreement`)."""
    return f"{q.value:g}{'' if q.unit == 'tokens' else q.unit}"


def text_anchors(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    return names(text, known) | figure_tokens(parse_quantities(text))


def known_names(
    texts: Iterable[str],
    vocabulary: Iterable[str] = (),
    everyday: Container[str] = frozenset(),
) -> frozenset[str]:
    """The names found in any of the texts, to recognise them at the start of a sentence too —
    and, given the words the report writes in lower case (`vocabulary`), each capitalised first
    word the report never writes in lower case in any form and that is no common English word
    (`everyday`, from CC-CEDICT's glosses): "Gemini leads…", but not "Assistants have…" or
    "Roughly one in…"."""
    texts = list(texts)
    found: set[str] = set()
    for text in texts:
        found |= names(text)
    # Compare stems, so that "Measured…" or "Trained…" is not a name where the report writes
    # "measure" and "training".
    stems = {word_key(w) for w in vocabulary}
    if stems:
        for text in texts:
            first = _LATIN_WORD.match(text.strip())
            word = first.group(0).lower() if first else ""
            if (
                first
                and first.group(0)[0].isupper()
                and word_key(word) not in stems
                and not _VERB_FORM.search(word)  # "Pushed its plant back…": a verb, not a name
                and not _everyday(word, everyday)  # "Roughly one in five…", "Regulators…"
            ):
                found.add(word)
    return frozenset(found)


_VERB_FORM = re.compile(r"[a-z]{3,}(?:ed|ing)$")


def _everyday(word: str, everyday: Container[str]) -> bool:
    """A common English word, or the plural of one ("Regulators require…", "Operators…")."""
    plural: tuple[str, ...] = (word[:-1],) if word.endswith("s") else ()
    plural += (word[:-2],) if word.endswith("es") else ()  # "Businesses"; not Polaris as "polar"
    return any(f in everyday for f in (word, *plural))


def lowercase_words(text: str) -> set[str]:
    """The words a text writes in lower case — and the parts of a hyphenated one: "plant-based"
    makes "Plant-based" at a sentence's start no name "Plant"."""
    words = set(re.findall(r"\b[a-z][a-z0-9\-]*\b", text))
    return words | {p for w in words if "-" in w for p in w.split("-") if p}


def is_figure(token: str) -> bool:
    return token[0].isdigit()


# a name as an English sentence writes it: capitalised words, perhaps joined by "of" or "&",
# with the initials it is known by in brackets ("North Africa (MENA)")
NAME_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+(?:(?:of|&)\s+)?[A-Z][\w.-]*)*(?:\s+\([A-Z]{2,}\))?")


def names_written(text: str, found: set[str]) -> int:
    """How many names an English sentence writes, of the name words `found` in it: "The Middle
    East and North Africa (MENA)" writes two, in five words."""
    runs = [m.group(0).lower() for m in NAME_RUN.finditer(text)]
    return sum(any(n in run for n in found) for run in runs)


def firms_in_english(text: str) -> set[str]:
    """The firms a Chinese text names, as the dictionary writes them in English, one word each
    (西门子 is Siemens) — not its places, which Chinese puts before a figure they do not own
    ("向安特卫普的化工园区交付了两台60兆瓦机组" is Siemens's 60 MW)."""
    return {
        form[0]
        for word, tag in tagged_words(text)
        if tag in ("nr", "nt", "nz") and len(word) >= 2
        for form in name_forms(word)
        if len(form) == 1
    }
