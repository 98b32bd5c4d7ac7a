"""Across languages by meaning: a trend with no figure and no name. 浪费比例仍在上升 against an
English report gives the index of figures and names nothing to find, and its few words gloss
too loosely to pick one sentence (`checks_gloss` asks for nearly all of them). The sentence
nearest in meaning — multilingual e5, when it is installed — is its passage; where that sentence
says the thing went the other way ("Waste is down, but not by much."), the claim is contradicted.

Precision first, so only a plain trend is read: the claim goes one way and denies nothing; the
sentences nearest to it (a tie is read together) go only the other way. Only sentences that say
a word of the claim besides its direction (through the dictionary) are read: one that says none
is no passage on its subject, however near.
A Chinese verb of direction (上升, 减少) is read as one; in English only a comparative is (as in
`checks.direction_differs`: "jumped in" is no trend)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from summarizer.compare import meaning
from summarizer.compare.checks import _polarity
from summarizer.compare.checks_base import FigureCache, Grounding, counterpart, said_instead
from summarizer.compare.checks_gloss import Glossary, negated, units
from summarizer.compare.directions import _COMPARATIVE, _directions
from summarizer.document import Sentence
from summarizer.lang.quantities import Quantity
from summarizer.lang.text import CJK_RE

CANDIDATES = 30  # report sentences embedded per claim: those that say most of its words
FIGURE_WORDS = 2  # words of a claim with a figure its nearest sentence must say
TIE = 0.005  # cosines this close to the nearest are read with it
# 不, 未, 没, 无, 非 deny — except in words that deny nothing: 不过, 不断, 不仅, 不少, 无论, 非常 …
_NOT_ZH = re.compile(r"[不未没无非](?!过|断|仅|只|少|论|常|同|久|但)")


def trend(text: str) -> tuple[str, str] | None:
    """The one way a claim says a thing went, and the word it says it by; None for a claim that
    goes both ways or none, or denies anything (不使用…的比例在上升 turns the trend around)."""
    ways = _directions(text)
    if not CJK_RE.search(text):
        ways = {k: w for k, w in ways.items() if _COMPARATIVE.match(w)}
    if len(ways) != 1 or negated(text) or _NOT_ZH.search(text) or _polarity(text)[1]:
        return None
    return next(iter(ways.items()))


class Nearest:
    """The report's sentences, embedded only where a claim needs them (and cached by text)."""

    def __init__(
        self, sentences: Sequence[Sentence], glossary: Glossary, figures_of: FigureCache
    ) -> None:
        self.sentences, self.glossary, self.figures_of = sentences, glossary, figures_of

    def _nearest(self, text: str, least: int, leave_out: str = "") -> tuple[list[int], float]:
        """The sentences nearest in meaning (a tie read together) among those that say at least
        `least` of the claim's words (less `leave_out`), and their cosine."""
        words = units(text.replace(leave_out, " ") if leave_out else text)
        held = np.array([self.glossary.held(words, j) for j in range(len(self.sentences))])
        picked = [int(j) for j in np.argsort(-held, kind="stable")[:CANDIDATES] if held[j] >= least]
        if not picked:
            return [], 0.0
        vectors = meaning.embed([self.sentences[j].text for j in picked])
        cos = vectors @ meaning.embed([text])[0]
        return [j for j, c in zip(picked, cos, strict=True) if c >= cos.max() - TIE], float(
            cos.max()
        )

    def other_figure(self, text: str, figures: Sequence[Quantity]) -> Grounding | None:
        """`contradicted` where a claim's exact figure that no sentence holds meets, in the one
        sentence nearest in meaning that says two or more of its words, another figure of the
        same kind: 87%的观众主要通过智能手机观看 against "78% of viewers say they watch mainly
        on a smartphone"."""
        exact = [q for q in figures if not q.qualifier]  # 约三分之一 reads too loosely to clash
        nearest, cos = self._nearest(text, FIGURE_WORDS) if exact else ([], 0.0)
        if len(nearest) != 1:
            return None
        s = self.sentences[nearest[0]]
        pair = counterpart(exact, self.figures_of(nearest[0]))
        if pair is None:
            return None
        return Grounding("contradicted", s.id, s.text, cos, said_instead(pair[1].raw, pair[0].raw))

    def check(self, text: str) -> Grounding | None:
        """`contradicted` where the sentences nearest in meaning say the claim's trend went the
        other way; None where they do not, or the claim is no plain trend."""
        found = trend(text)
        if found is None:
            return None
        way, word = found
        # a sentence that says none of its words is no passage on its subject, however near
        nearest, cos = self._nearest(text, 1, leave_out=word)
        if not nearest:
            return None
        ways = [_directions(self.sentences[j].text) for j in nearest]
        said = {w for found_ways in ways for w in found_ways}
        if said != {"up", "down"} - {way}:
            return None
        j, its_ways = next((j, w) for j, w in zip(nearest, ways, strict=True) if w)
        s, other = self.sentences[j], its_ways[next(iter(said))]
        return Grounding(
            "contradicted",
            s.id,
            s.text,
            cos,
            f"the report says it went the other way ({other})",
        )
