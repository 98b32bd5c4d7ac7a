"""Acronyms a summary uses for names the report writes out: "EU" for the report's "European
Union", "US" for "United States". Read against the report, the claim says the name in full, so
that retrieval finds the sentence that names it and the checks read the name the report gives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

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
