"""Acronyms a summary uses for names the report writes out: "EU" for the report's "European
Union", "US" for "United States". Read against the report, the claim says the name in full, so
that retrieval finds the sentence that names it and the checks read the name the report gives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from summarizer.lang.claims import Claim
from summarizer.lang.dictionary import entries, name_forms
from summarizer.lang.name_pairs import PINYIN_LETTERS
from summarizer.lang.names import pinyin
from summarizer.lang.text import CJK_RE, NAME_TAGS, tagged_words

# a run of capitalised words, with the small words a name may hold ("Bank of China"; "and"
# joins two names: "Amsterdam and Dublin")
_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|the|de)\s+)?[A-Z][a-z]+)+")
_SMALL = frozenset({"of", "for", "the", "de"})
_OPENS = re.compile(r"(?:^|[.!?:;]\s|\n)[\s#>*_-]*$")  # a sentence's first word is capitalised
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


class Acronyms:
    """The report's written-out names by their initials, read once per report."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        spelled: dict[str, Counter[str]] = {}
        self._used: Counter[str] = Counter()
        for text in texts:
            self._used.update(_ACRONYM.findall(text))
            for m in _RUN.finditer(text):
                words = m.group(0).split()
                first = 1 if _OPENS.search(text[: m.start()]) else 0
                for start in range(first, len(words)):  # "The United States": United States
                    for end in range(start + 2, min(len(words), start + 6) + 1):
                        part = words[start:end]
                        if part[0].lower() in _SMALL or part[-1].lower() in _SMALL:
                            continue
                        key = "".join(w[0] for w in part if w.lower() not in _SMALL)
                        spelled.setdefault(key, Counter())[" ".join(part)] += 1
        # an acronym the report uses more than it writes the name out is its own word
        self._full: dict[str, str | None] = {
            key: names.most_common(1)[0][0]
            for key, names in spelled.items()
            if len(names) == 1 and sum(names.values()) > self._used[key]
        }
        # the report's words and their first letters, a line a sentence: "compound annual
        # growth rate" is found where "cagr" stands in the letters (grounding reads them too)
        self._words: list[str] = []
        for t in texts:
            self._words += [*re.findall(r"[a-z]+", t.lower()), "\n"]
        self.initials = "".join(w[0] for w in self._words)

    def expand(self, text: str) -> str:
        """The text with each acronym the report writes out replaced by the name: "EU: 15%
        share" → "European Union: 15% share", "a CAGR of 21%" → "a compound annual growth rate
        of 21%". A claim with none is returned as it is."""
        if not _ACRONYM.search(text):
            return text
        return _ACRONYM.sub(lambda m: self._name(m.group(0)) or m.group(0), text)

    def _name(self, key: str) -> str | None:
        """The name of a capitalised run; for three letters or more, of any words in a row
        ("compound annual growth rate"), found once and kept."""
        if key not in self._full:
            names: Counter[str] = Counter()
            letters = key.lower()
            at = self.initials.find(letters)
            while len(key) >= 3 and at >= 0:
                names[" ".join(self._words[at : at + len(key)])] += 1
                at = self.initials.find(letters, at + 1)
            one = len(names) == 1 and sum(names.values()) > self._used[key]
            self._full[key] = next(iter(names)) if one else None
        return self._full[key]


class Aliases:
    """The Chinese names a report gives in brackets after a Latin one ("Zoetis（硕腾）"): a
    Chinese claim that names the firm in characters alone is read with its Latin name, so the
    checks read the owner the report gives its figures ("硕腾的份额为14.2%" where the report says
    Zoetis 18.7%, Boehringer Ingelheim 14.2%)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._latin: dict[str, str] = {}
        for text in texts:
            for m in _ALIAS.finditer(text):
                self._latin.setdefault(m.group(2), m.group(1))

    def expand(self, text: str) -> str:
        for chinese, latin in self._latin.items():
            if chinese in text and latin not in text:
                text = text.replace(chinese, f"{latin}（{chinese}）", 1)
        return text


_ALIAS = re.compile(
    r"\b([A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,3})\s*[（(]([\u4e00-\u9fff]{2,8})[)）]"
)


class InCharacters:
    """The report's Chinese names for the Latin names a Chinese claim writes ("Xiaomi份额15.0%",
    "HONOR的份额为11.6%") where the report writes them only in characters (小米, 荣耀): in pinyin
    (Xiaomi, Huawei), as the dictionary names them (Samsung for 三星), or — for what the report's
    tables list row by row, and the words jieba tags as names — as any of its glosses (荣耀 /
    honor, 苹果 / apple). A Latin word the report writes itself stays, unless only inside a
    longer name ("Apple Intelligence"). A claim reads with the report's name, so the checks read
    the owner the report gives its figures."""

    def __init__(self, texts: Iterable[str], listed: Iterable[str]) -> None:
        report = "\n".join(texts)
        # what the report writes in Latin letters: a word alone, or a run of names as one
        # ("Apple Intelligence" writes no Apple of its own)
        self._written = {m.group(0).lower() for m in _LATIN_RUN.finditer(report)}
        self._chinese: dict[str, str] = {}
        rows = [w for w in listed if _CHINESE_NAME.fullmatch(w)]
        words = {w: tag for w, tag in tagged_words(report) if _CHINESE_NAME.fullmatch(w)}
        glossed = entries()
        for word in dict.fromkeys([*rows, *words]):
            spelled = pinyin(word)
            # a spelling too short meets English words by chance (li, ma)
            spellings = {spelled} if len(spelled) >= PINYIN_LETTERS else set()
            spellings |= {"".join(f) for f in name_forms(word)}
            if word in rows or words.get(word) in NAME_TAGS:  # any gloss: 荣耀 (honor)
                spellings |= {_leading(s) for s in glossed.get(word, ())}
            for spelling in spellings - {""}:
                self._chinese.setdefault(spelling, word)

    def expand(self, text: str) -> str:
        def swap(m: re.Match[str]) -> str:
            run = m.group(0)
            if run.lower() in self._written or " " in run:
                return run
            return self._chinese.get(run.lower(), run)

        return _LATIN_RUN.sub(swap, text) if CJK_RE.search(text) else text


def _leading(sense: str) -> str:
    """A gloss's first word, lower-cased, where it is the whole gloss or opens a name ("Xiaomi,
    Chinese electronics company" → xiaomi; "honor" → honor), else ""."""
    m = re.match(r"([A-Za-z]+)(?:$|,|\s*\()", sense.strip())
    return m.group(1).lower() if m else ""


# a Latin word, or a run of capitalised ones ("Apple Intelligence")
_LATIN_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)*(?![A-Za-z])")
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


# Business acronyms an English answer writes for what a Chinese report spells out in words
# (平均售价, 复合年增长率): read in full, the dictionary's glosses can tie them to that sentence.
_COMMON = {
    "ASP": "average selling price",
    "ARPU": "average revenue per user",
    "GMV": "gross merchandise value",
    "CAGR": "compound annual growth rate",
    "YoY": "year on year",
    "DAU": "daily active users",
    "MAU": "monthly active users",
    "TAM": "total addressable market",
    "capex": "capital expenditure",
    "opex": "operating expenses",
}
_COMMON_RE = re.compile(rf"\b({'|'.join(_COMMON)})s?\b")


def spelled_out(text: str) -> str:
    """An English text with the common business acronyms written out ("The ASP fell 6.3%" →
    "The average selling price fell 6.3%"), for a report in another language."""
    return _COMMON_RE.sub(lambda m: _COMMON[m.group(1)], text)


def written_out(c: Claim) -> Claim:
    """An English claim with its business acronyms written out (`spelled_out`)."""
    text = spelled_out(c.text) if c.lang == "en" else c.text
    if text == c.text:
        return c
    return replace(c, text=text, translations={**c.translations, "en": text})
