"""Names as the report uses them, read once per report sentence (grounding's name reader)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer.document import Sentence
from summarizer.lang.names import names

# Function words that are also acronyms in capitals: US, IT, WHO, UN.
_ACRONYM_WORDS = frozenset({"us", "it", "who", "un", "am", "me", "or", "as", "in", "on", "up"})


_DEFINED_TERM = re.compile(r"\b[a-z][a-z'’-]+\s+\(([A-Z]{2,6})s?\)")


class NameReader:
    """Names as the report uses them: known names recognised anywhere, and never a word the
    report also writes in lower case (a capitalised "The" mid-text is not a name). Reads the
    names of every report sentence once (`in_sentence`), and from them the names the report
    uses everywhere ("AI" in a report on AI), which point at no sentence."""

    def __init__(
        self, known: frozenset[str], common: set[str], sentences: Sequence[Sentence]
    ) -> None:
        self.known, self.common = known, common
        # an acronym the report defines after words in lower case is a term, not a name:
        # "own brands (OBM)", "compound annual growth rate (CAGR)"
        self.terms = {m.group(1).lower() for s in sentences for m in _DEFINED_TERM.finditer(s.text)}
        self.in_sentence = [self(s.text) for s in sentences]
        counts = Counter(n for found in self.in_sentence for n in found)
        most = max(3, len(sentences) // 20)
        self.everywhere = {n for n, count in counts.items() if count > most}

    def __call__(self, text: str) -> set[str]:
        found = names(text, self.known)
        # "US" stays a name where the report also writes "us" (a function word in lower case)
        capitals = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text)} & _ACRONYM_WORDS
        return ((found - self.common) | (found & capitals)) - self.terms

    def distinctive(self, found: set[str]) -> set[str]:
        return found - self.everywhere
