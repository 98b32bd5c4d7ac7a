"""Which report passage a claim stands on, from its figures and words: the checks tried, in
order, on the sentences retrieval found for the claim (`Retrieved`). The last one always has a
verdict, so `find_passage` always returns one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from summarizer.compare.checks import swapped_name
from summarizer.compare.checks_base import (
    Check,
    FigureCache,
    Grounding,
    all_agree,
    any_agree,
    contradicts,
    first_verdict,
    names_one_of,
    paragraph_around,
)
from summarizer.document import Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import Quantity

SUPPORT = 70.0  # token-set similarity at which a source sentence says the same thing
RELATED = 55.0  # below this, nothing in the source is about the claim
FIGURE_RELATED = 40.0  # a sentence this close that states the claim's very figures supports it


@dataclass(frozen=True)
class Retrieved:
    """A claim, in the report's language, with the report sentences retrieval found for it and
    their similarity scores."""

    claim: Claim
    claim_text: str
    claim_names: set[str]
    required: set[str]  # its distinctive names, one of which a supporting sentence must name
    sentences: Sequence[Sentence]
    candidates: np.ndarray
    scores: np.ndarray
    figures_of: FigureCache
    names_of: Callable[[int], set[str]]
    text_of: Callable[[int], str]
    figures: list[Quantity] = field(default_factory=list)

    @property
    def order(self) -> np.ndarray:
        return np.argsort(-self.scores, kind="stable")

    @property
    def best(self) -> tuple[int, float]:
        """The closest sentence and its score."""
        k = int(self.order[0])
        return int(self.candidates[k]), float(self.scores[k])

    def related(self) -> list[int]:
        """The candidates close enough that their stating the claim's figures is support."""
        return [int(k) for k in self.order if self.scores[k] >= FIGURE_RELATED]

    def verdict(self, status: str, j: int, score: float, reason: str = "") -> Grounding:
        s = self.sentences[j]
        return Grounding(status, s.id, s.text, score, reason)


def nothing_shared(r: Retrieved) -> Grounding | None:
    if len(r.candidates) == 0:
        return Grounding("unsupported", reason="no source sentence shares a word or figure")
    return None


def sentence_states_figures(r: Retrieved) -> Grounding | None:
    """The best sentence that states every figure of the claim and names what it names (a figure
    alone, in a sentence about something else, is a coincidence, not support)."""
    if not r.figures:
        return None
    for k in r.related():
        j = int(r.candidates[k])
        if names_one_of(r.required, r.names_of(j)) and all_agree(r.figures, r.figures_of(j)):
            return r.verdict("supported", j, float(r.scores[k]))
    return None


def paragraph_states_figures(r: Retrieved) -> Grounding | None:
    """The paragraph around the best sentence that states one of the figures: "26%, up from 7%"
    here, "close to a fourfold increase" in the next sentence."""
    if not r.figures:
        return None
    for k in r.related():
        j = int(r.candidates[k])
        if not any_agree(r.figures, r.figures_of(j)):
            continue
        around = paragraph_around(r.sentences, j)
        stated = [q for i in around for q in r.figures_of(i)]
        named = set().union(*(r.names_of(i) for i in around))
        if names_one_of(r.required, named) and all_agree(r.figures, stated):
            quote = " ".join(r.sentences[i].text for i in around)
            return Grounding("supported", r.sentences[j].id, quote, float(r.scores[k]))
    return None


def nothing_close(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if score < RELATED:
        return r.verdict("unsupported", j, score, "no source sentence is close")
    return None


def name_swapped_same_figures(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if not r.figures or not all_agree(r.figures, r.figures_of(j)):
        return None
    swap = swapped_name(r.claim_names, r.names_of(j), r.claim_text, r.text_of(j))
    if swap:
        return r.verdict("contradicted", j, score, f"the report says {swap[1]}, not {swap[0]}")
    return None


def another_figure(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if r.figures and contradicts(r.figures, r.figures_of(j)):
        return r.verdict("contradicted", j, score, "the source gives another figure")
    return None


def figure_missing(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if r.figures:
        return r.verdict("unsupported", j, score, "the figure is not in the source")
    return None


def close_words(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if score >= SUPPORT:
        return r.verdict("supported", j, score)
    return r.verdict("unsupported", j, score, "only loosely related text in the source")


PASSAGE_CHECKS: tuple[Check[Retrieved], ...] = (
    nothing_shared,
    sentence_states_figures,
    paragraph_states_figures,
    nothing_close,
    name_swapped_same_figures,
    another_figure,
    figure_missing,
    close_words,
)


def find_passage(r: Retrieved) -> Grounding:
    verdict = first_verdict(PASSAGE_CHECKS, r)
    assert verdict is not None  # close_words always has one
    return verdict
