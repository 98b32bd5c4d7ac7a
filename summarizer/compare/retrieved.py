"""A claim with the report sentences retrieval found for it, and what the checks ask of them:
which are close enough that their stating the claim's figures is support (`related`), which
figures each states of now, and the claim's own words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from summarizer.compare.checks import vocabulary
from summarizer.compare.checks_base import (
    BOUNDS,
    FigureCache,
    Grounding,
    any_agree,
    borne_out,
    counterpart,
)
from summarizer.compare.everyday import everyday_english
from summarizer.compare.report_facts import ReportFacts
from summarizer.document import Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.loose import of_now
from summarizer.lang.names import names
from summarizer.lang.quantities import Quantity, agreement
from summarizer.lang.text import STOP_WORDS

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
    report: ReportFacts
    figures: list[Quantity] = field(default_factory=list)

    def never_said(self) -> list[str]:
        """What the claim states that the report nowhere does: figures, names, years."""
        figures = [q.raw or f"{q.value:g}{q.unit}" for q in self.report.never_states(self.figures)]
        years = [q.raw for q in self.report.never_dates(self.claim.quantities)]
        # names that look like names wherever they stand, and — for a claim whose figures its
        # closest passage does not state — a first word no dictionary lists, not one the report
        # writes longer ("Async" of "asynchronous"); where the passage states them, an unknown
        # source is only what it does not name ("Euromonitor forecasts …": unverified)
        strict = (names(self.claim_text) & self.claim_names) - self.report.glosses(self.claim_text)
        if self.figures and not self._stated_at_best():
            strict |= {
                n
                for n in self.report.never_names(_opening_name(self.claim_text))
                if not any(w.startswith(n) for w in self.report.words)
            }
        return [*figures, *sorted(self.report.never_names(strict)), *years]

    def _stated_at_best(self) -> bool:
        if not len(self.candidates):
            return False
        j, _ = self.best
        return borne_out(self.figures, self.figures_of(j), self.now_of(j), self.past)

    @cached_property
    def past(self) -> list[Quantity]:
        """The claim's figures it gives as earlier ones ("（2024年约28万元）"), see of_now."""
        now = of_now(self.claim_text, self.figures)
        return [q for q in self.figures if q not in now]

    def now_of(self, j: int) -> list[Quantity]:
        """Sentence j's figures less the past ones it compares with (see of_now)."""
        return of_now(self.text_of(j), self.figures_of(j))

    def paragraph_of(self, j: int) -> list[int]:
        """Sentence j with every other sentence of its paragraph (they stand together, in
        order)."""
        paragraph, sentences = self.sentences[j].paragraph, self.sentences
        lo, hi = j, j
        while lo > 0 and sentences[lo - 1].paragraph == paragraph:
            lo -= 1
        while hi + 1 < len(sentences) and sentences[hi + 1].paragraph == paragraph:
            hi += 1
        return list(range(lo, hi + 1))

    @cached_property
    def own_words(self) -> frozenset[str]:
        """The claim's words, figures aside."""
        return frozenset(w for w in vocabulary(self.claim_text) if not w[0].isdigit())

    @cached_property
    def order(self) -> np.ndarray:
        return np.argsort(-self.scores, kind="stable")

    @property
    def best(self) -> tuple[int, float]:
        """The closest sentence and its score."""
        k = int(self.order[0])
        return int(self.candidates[k]), float(self.scores[k])

    def related(self) -> list[int]:
        """The candidates close enough that their stating the claim's figures is support. Below
        a sentence on the claim's subject that gives another figure, one that shares no word
        with the claim but the figure is a coincidence ("Idle compute … 41%" against "44% of
        Run-stage organizations exceeded their budget"), and so is one that bears the figure out
        only as a bound ("88% use it weekly" against "84% … weekly" and, elsewhere, "more than
        80% of primary use")."""
        out: list[int] = []
        disputed = False
        own = self.own_words
        # where the passage on its subject disputes a loose figure (超过一半), another sentence
        # bearing it out is no sign it is the claim's — unless it says the same bound (突破20万台)
        loose = all(q.qualifier for q in self.figures)
        for k in self.order:
            if self.scores[k] < FIGURE_RELATED:
                break
            j = int(self.candidates[k])
            off = loose or not own & vocabulary(self.text_of(j)) or self._bound_only(j)
            if disputed and off and not self._bound_as_said(j):
                continue
            out.append(int(k))
            disputed = disputed or bool(
                self.scores[k] >= RELATED and counterpart(self.figures, self.now_of(j))
            )
        return out

    def _bound_as_said(self, j: int) -> bool:
        """Does the sentence state every figure of the claim as the same bound ("有望突破20万台"
        and "将突破20万台")? That is no loose figure fitting by chance."""
        return all(
            q.qualifier in BOUNDS
            and any(
                agreement(q, x) == "same" and x.qualifier == q.qualifier for x in self.figures_of(j)
            )
            for q in self.figures
        )

    def _bound_only(self, j: int) -> bool:
        """Do the sentence's figures bear out the claim's only as bounds ("more than 80%")?"""
        agreeing = [x for x in self.figures_of(j) if any_agree(self.figures, [x])]
        return bool(agreeing) and all(x.qualifier in BOUNDS for x in agreeing)

    def verdict(self, status: str, j: int, score: float, reason: str = "") -> Grounding:
        s = self.sentences[j]
        return Grounding(status, s.id, s.text, score, reason)


def _opening_name(text: str) -> set[str]:
    """A capitalised first word no English dictionary lists ("Amazon alone accounts for…"): a
    name, though it opens the sentence."""
    m = re.match(r"\s*([A-Z][a-z]{2,})\b(?![-'’:：])", text)  # not a label ("Pharma: 18.4%")
    if not m or m.group(1).lower() in everyday_english() or m.group(1).lower() in STOP_WORDS:
        return set()
    return {m.group(1).lower()}
