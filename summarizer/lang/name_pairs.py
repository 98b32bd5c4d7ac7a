"""The names a report writes in both scripts: "Roborock (石头科技)", "宁德时代（CATL）".

Firms and brands are rarely in the dictionary (石头科技, 星星充电, 特来电 are not), so a Chinese
claim about them reads as one with no name against an English report, and a wrong owner
("石头科技以24%排名第一" where 24% is Ecovacs') passes as supported. A report that gives a name
with its other script in brackets is its own glossary for that report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.lang.dictionary import entries, name_forms
from summarizer.lang.names import MEASURE_ENDINGS, pinyin
from summarizer.lang.text import STOP_WORDS, nfkc, tagged_words

_CJK = r"\u4e00-\u9fff"
# Latin letters, not \w, which takes characters in too ("Walker S系列进入汽车工厂")
_LATIN = r"A-Za-z0-9_\u00c0-\u024f"
_EN_WORD = rf"[A-Z][{_LATIN}&'’-]*(?:\.[{_LATIN}]+)*"  # "HarmonyOS. Haier": a dot inside a word
# "Star Charge (星星充电)": up to four capitalised words, then the Chinese in brackets
_EN_ZH = re.compile(
    rf"((?:{_EN_WORD}\s+){{0,3}}{_EN_WORD})\s*[（(]\s*([{_CJK}][{_CJK}·]{{1,11}})\s*[)）]"
)
# "宁德时代（CATL）": a run of characters, then Latin words in brackets
_ZH_EN = re.compile(rf"([{_CJK}]{{2,16}})\s*[（(]\s*([A-Z][{_LATIN}&'’. -]{{0,40}}?)\s*[)）]")
_LEAD_WORDS = frozenset({"the", "a", "an", "in", "at", "by", "for", "from", "of", "and", "with"})
# a word that ends a Chinese name's run from the front: 其中宁德时代 is 宁德时代
_BEFORE_NAME = frozenset("的之由与和及是在为以被将对从向了而或等如")
_BEFORE_WORDS = frozenset({"其中", "包括", "例如", "比如", "其次", "此外", "以及", "分别"})
_MAY_PAIR = re.compile(rf"[{_CJK}]\s*[（(]|[（(]\s*[{_CJK}]")
NAME_CHARS = 8  # a Chinese name longer than this is a phrase, not a name
_CHINESE_NAME = re.compile(rf"[{_CJK}]{{2,{NAME_CHARS}}}")
PINYIN_LETTERS = 5  # a shorter spelling meets too many English words by chance


@dataclass(frozen=True)
class NamePairs:
    """Chinese name → its English name as words, lower-cased (石头科技 → (roborock,))."""

    english: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (star, charge) → "Star Charge", as the report writes it
    as_written: dict[tuple[str, ...], str] = field(default_factory=dict)

    @classmethod
    def read(cls, texts: Iterable[str], listed: Iterable[str] = ()) -> NamePairs:
        """The pairs the texts write; and a Chinese name the report lists (a table's rows) that
        neither they nor the dictionary put in English, in pinyin — as English writes Chinese
        firms (爱回收 / Aihuishou, 转转 / Zhuanzhuan)."""
        found: dict[str, tuple[str, ...]] = {}
        written: dict[tuple[str, ...], str] = {}
        for text in texts:
            if not _MAY_PAIR.search(text):  # most sentences: no characters beside a bracket
                continue
            for chinese, words, name in _pairs(nfkc(text)):
                found.setdefault(chinese, words)
                written.setdefault(words, name)
        listed = list(listed)
        firms = any(re.fullmatch(r"[A-Za-z][\w&.-]*", n) for n in listed)  # OPPO, vivo beside them
        for chinese in listed:
            if not _CHINESE_NAME.fullmatch(chinese) or chinese in found or name_forms(chinese):
                continue
            # beside Latin firms, a brand the dictionary glosses as a word: 荣耀 (HONOR), 苹果
            glossed = _one_word(entries().get(chinese, ())) if firms else ""
            if glossed or len(spelled := pinyin(chinese)) >= PINYIN_LETTERS:
                spelled = glossed or spelled
                found[chinese] = (spelled,)
                written.setdefault((spelled,), spelled.title())
        return cls(found, written)

    def written(self, words: tuple[str, ...]) -> str:
        """An English name as the report writes it (TELD, Star Charge), else in lower case."""
        return self.as_written.get(words) or " ".join(words)

    def names_in(self, text: str) -> set[str]:
        """The report's Chinese names a text writes."""
        return {name for name in self.english if name in text}

    def forms(self, name: str) -> frozenset[tuple[str, ...]]:
        """The dictionary's English names for a Chinese name, and the report's own."""
        own = self.english.get(name)
        return name_forms(name) | ({own} if own else set())

    def forms_in(self, text: str) -> set[tuple[str, ...]]:
        """The English names of the report's Chinese names a text writes, whole or by the word
        they open with (瑞幸 of 瑞幸咖啡 (Luckin Coffee), 星巴克 of 星巴克中国)."""
        return {words for chinese, words in self.english.items() if _head(chinese) in text}

    def words_in(self, text: str) -> set[str]:
        """The English words of every name of the report the text writes in characters, or
        spells in English as the report does (a later "Star Charge" without its aside)."""
        return {w for words in self._named(text) for w in words}

    def named_in(self, text: str) -> list[str]:
        """Those names, as the report writes them in English ("Auntea Jenny")."""
        return [self.written(words) for words in self._named(text)]

    def _named(self, text: str) -> list[tuple[str, ...]]:
        lowered = nfkc(text).lower()
        return [
            words
            for chinese, words in self.english.items()
            if chinese in text
            or re.search(rf"(?<![a-z]){re.escape(' '.join(words))}(?![a-z])", lowered)
        ]


def _one_word(senses: Iterable[str]) -> str:
    """A word's first sense, where it is one English word ("honor", "apple"), lower-cased."""
    first = next(iter(senses), "").strip()
    return first.lower() if re.fullmatch(r"[A-Za-z]{3,}", first) else ""


@lru_cache(maxsize=4096)
def _head(chinese: str) -> str:
    """A name's first word when the rest only says what it is (瑞幸咖啡, 星巴克中国): the name
    people shorten it to; else the whole name."""
    words = [w for w, _ in tagged_words(chinese)]
    if len(chinese) < 4 or len(words) < 2 or len(words[0]) < 2 or not _is_name(words[0]):
        return chinese  # 开源社 is not 开源 ("open source")
    return words[0]


def _pairs(text: str) -> Iterable[tuple[str, tuple[str, ...], str]]:
    """(the Chinese name, its English words, the English as written)."""
    for m in _EN_ZH.finditer(text):
        words = _english_words(m.group(1))
        if words and _is_name(m.group(2)) and not _named_otherwise(m.group(2), words):
            yield m.group(2), words, _as_written(m.group(1), words)
    for m in _ZH_EN.finditer(text):
        chinese, words = _name_end(m.group(1)), _english_words(m.group(2))
        if chinese and words and _is_name(chinese):
            yield chinese, words, _as_written(m.group(2), words)


def _named_otherwise(chinese: str, words: tuple[str, ...]) -> bool:
    """Does the dictionary give the bracket's name in English as another name? "Vantara Cold
    Chain（印度）" says where the firm is from: 印度 is India, not Vantara."""
    forms = name_forms(chinese)
    return bool(forms) and not any(set(f) <= set(words) for f in forms)


def _as_written(name: str, words: tuple[str, ...]) -> str:
    found = re.search(r"\s+".join(map(re.escape, words)), name, re.IGNORECASE)
    return found.group(0) if found else " ".join(words)


def _english_words(name: str) -> tuple[str, ...]:
    """ "Baidu's Xiaodu" is Xiaodu (the owner's possessive goes); a leading "The" or "In" goes."""
    name = re.split(r"['’]s\s+", name)[-1]
    words = [w.strip(".-").lower() for w in name.split()]
    while words and words[0] in _LEAD_WORDS:
        words.pop(0)
    return tuple(w for w in words if w and w not in STOP_WORDS) if words else ()


def _name_end(run: str) -> str:
    """The name a run of characters ends with: 其中宁德时代 → 宁德时代."""
    kept: list[str] = []
    for word, _ in reversed(tagged_words(run)):
        if word in _BEFORE_WORDS or (len(word) == 1 and word in _BEFORE_NAME):
            break
        kept.insert(0, word)
    name = "".join(kept)
    return name if 2 <= len(name) <= NAME_CHARS else ""


def _is_name(chinese: str) -> bool:
    """A term is no name: a word the dictionary glosses only in lower case (人工智能, "artificial
    intelligence (AI)"), or a measure or unit (渗透率, 千瓦时). 小米 is "Xiaomi, Chinese
    electronics company" as well as "millet": a name."""
    if len(chinese) > 2 and chinese.endswith((*MEASURE_ENDINGS, "时")):  # 小度 is a speaker
        return False
    glosses = entries().get(chinese)
    # (a classifier note, "CL:块[kuai4]", is no proper sense)
    return glosses is None or any(g[:1].isupper() and not g.startswith("CL:") for g in glosses)


NO_PAIRS = NamePairs()
