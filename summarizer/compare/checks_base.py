"""What every grounding check shares: the verdict it returns, the report's figures and names read
once, and the rule that runs a list of checks — each returns a verdict with its evidence, or
None to pass the claim on to the next one. A new check is a new function in a list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from summarizer.compare.checks import lacking
from summarizer.document import Sentence
from summarizer.lang.names import names
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities


@dataclass(frozen=True)
class Grounding:
    status: str  # supported | unsupported | contradicted | unverified
    source_anchor: str | None = None
    source_quote: str | None = None
    score: float = 0.0
    reason: str = ""
    evidence_found: bool | None = None  # None: the claim gave no evidence quote


T = TypeVar("T")
Check = Callable[[T], Grounding | None]


def first_verdict(checks: Iterable[Check[T]], subject: T) -> Grounding | None:
    """The verdict of the first check that has one."""
    for check in checks:
        verdict = check(subject)
        if verdict is not None:
            return verdict
    return None


class FigureCache:
    """The figures of each source sentence, parsed once, when first needed."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.cache: dict[int, list[Quantity]] = {}

    def __call__(self, j: int) -> list[Quantity]:
        if j not in self.cache:
            self.cache[j] = comparable(parse_quantities(self.sentences[j].text))
        return self.cache[j]


class NameReader:
    """Names as the report uses them: known names recognised anywhere, and never a word the
    report also writes in lower case (a capitalised "The" mid-text is not a name). Reads the
    names of every report sentence once (`in_sentence`), and from them the names the report
    uses everywhere ("AI" in a report on AI), which point at no sentence."""

    def __init__(
        self, known: frozenset[str], common: set[str], sentences: Sequence[Sentence]
    ) -> None:
        self.known, self.common = known, common
        self.in_sentence = [self(s.text) for s in sentences]
        counts = Counter(n for found in self.in_sentence for n in found)
        most = max(3, len(sentences) // 20)
        self.everywhere = {n for n, count in counts.items() if count > most}

    def __call__(self, text: str) -> set[str]:
        return names(text, self.known) - self.common

    def distinctive(self, found: set[str]) -> set[str]:
        return found - self.everywhere


def names_one_of(required: set[str], named: set[str]) -> bool:
    return not required or lacking(required, named) != required


def all_agree(figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    return all(any(agreement(q, x) in ("same", "approx") for x in source_figures) for q in figures)


def any_agree(figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    return any(any(agreement(q, x) in ("same", "approx") for x in source_figures) for q in figures)


def paragraph_around(sentences: Sequence[Sentence], j: int) -> list[int]:
    """Sentence j with its neighbours in the same paragraph."""
    paragraph = sentences[j].id.split("s")[0]
    return [
        k
        for k in (j - 1, j, j + 1)
        if 0 <= k < len(sentences) and sentences[k].id.split("s")[0] == paragraph
    ]


def contradicts(claim_figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    """A figure of the claim that the sentence does not state, where the sentence states another
    figure of the same kind (20% where it says 35%). A figure of a kind the sentence does not
    mention at all is missing, not contradicted."""
    for q in claim_figures:
        relations = {agreement(q, x) for x in source_figures} - {"incomparable"}
        if relations and not relations & {"same", "approx", "qualifier"}:
            return True
    return False
