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
from summarizer.compare.checks import _COMPARATIVE, _directions, _polarity
from summarizer.compare.checks_base import Grounding
from summarizer.compare.checks_gloss import Glossary, negated, units
from summarizer.document import Sentence
from summarizer.lang.text import CJK_RE

CANDIDATES = 30  # report sentences embedded per claim: those that say most of its words
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

    def __init__(self, sentences: Sequence[Sentence], glossary: Glossary) -> None:
        self.sentences, self.glossary = sentences, glossary

    def check(self, text: str) -> Grounding | None:
        """`contradicted` where the sentences nearest in meaning say the claim's trend went the
        other way; None where they do not, or the claim is no plain trend."""
        found = trend(text)
        if found is None:
            return None
        way, word = found
        words = units(text.replace(word, " "))
        held = np.array([self.glossary.held(words, j) for j in range(len(self.sentences))])
        # a sentence that says none of its words is no passage on its subject, however near
        picked = [int(j) for j in np.argsort(-held, kind="stable")[:CANDIDATES] if held[j]]
        if not picked:
            return None
        vectors = meaning.embed([self.sentences[j].text for j in picked])
        cos = vectors @ meaning.embed([text])[0]
        nearest = [j for j, c in zip(picked, cos, strict=True) if c >= cos.max() - TIE]
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
            float(cos.max()),
            f"the report says it went the other way ({other})",
        )
