"""Evidence quotes: a model says "the report says: …"; is that quote really in the report?

Quotes are compared after folding what copying changes and meaning does not — full-width forms,
case, whitespace, punctuation and quote marks — by rapidfuzz's best partial alignment against the
paragraphs an index picks. A quote that is not in the report is itself a finding: the model
invented its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from summarizer.compare.checks import unsaid
from summarizer.compare.checks_base import FigureCache, Grounding, contradicts
from summarizer.compare.index import TokenIndex
from summarizer.document import Document, Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import comparable
from summarizer.lang.text import match_tokens, nfkc

FOUND = 90.0  # partial alignment score at which a quote is in the report
CANDIDATES = 12
UNSAID = 0.4  # share of a claim's words its quote may lack and still vouch for it


@dataclass(frozen=True)
class EvidenceCheck:
    found: bool
    anchor: str | None  # the sentence the quote sits in (its best-matching one)
    score: float


def fold(text: str) -> str:
    """Letters, digits and CJK only, lower-case, full-width folded."""
    return re.sub(r"[\W_]+", "", nfkc(text).lower())


class EvidenceIndex:
    def __init__(self, doc: Document) -> None:
        self.paragraphs: list[tuple[str, Sequence[Sentence]]] = []
        tokens: list[list[str]] = []
        for section in doc.sections:
            for p in section.paragraphs:
                langs = p.sentences[0].translations if p.sentences else {}
                variants = [" ".join(s.text for s in p.sentences)]
                variants += [
                    " ".join(s.translations.get(lang, "") for s in p.sentences) for lang in langs
                ]
                for variant in variants:  # the report, and its translation where it has one
                    self.paragraphs.append((fold(variant), p.sentences))
                    tokens.append(match_tokens(variant))
        self.index = TokenIndex(tokens)

    def check(self, quote: str) -> EvidenceCheck:
        folded = fold(quote)
        if len(folded) < 8:
            return EvidenceCheck(False, None, 0.0)
        best: tuple[float, int] = (0.0, -1)
        for j in self.index.top(match_tokens(quote), CANDIDATES):
            score = fuzz.partial_ratio(folded, self.paragraphs[int(j)][0])
            if score > best[0]:
                best = (score, int(j))
        score, j = best
        if j < 0:
            return EvidenceCheck(False, None, 0.0)
        sentences = self.paragraphs[j][1]
        anchor = (
            max(
                sentences,
                key=lambda s: max(
                    fuzz.partial_ratio(fold(t), folded) for t in (s.text, *s.translations.values())
                ),
            ).id
            if sentences
            else None
        )
        return EvidenceCheck(score >= FOUND, anchor, float(score))


def check_evidence(
    claims: Sequence[Claim],
    result: dict[str, Grounding],
    doc: Document,
    figures_of: FigureCache,
) -> dict[str, Grounding]:
    """A claim's own evidence quote, checked: a quote found in the report grounds the claim on
    its sentence (unless the claim's figure differs from it); a quote not found is recorded."""
    index = EvidenceIndex(doc)
    position = {s.id: j for j, (_, s) in enumerate(doc.sentences())}
    updated: dict[str, Grounding] = {}
    for c in claims:
        if not c.evidence or c.anchor or result[c.id].status == "unverified":
            continue
        current = result[c.id]
        check = index.check(c.evidence)
        if not check.found or check.anchor is None:
            reason = "its evidence quote is not in the report"
            updated[c.id] = replace(
                current,
                evidence_found=False,
                reason="; ".join(x for x in (current.reason, reason) if x),
            )
            continue
        sentence = doc.sentence(check.anchor)
        figures = comparable(c.quantities)
        own_words = c.text_in(doc.lang)
        missing, share = unsaid(own_words, sentence.text) if own_words and sentence else ([], 0)
        if figures and contradicts(figures, figures_of(position[check.anchor])):
            status, reason = "contradicted", "its figure differs from its own evidence quote"
        elif not figures and share > UNSAID and current.status != "supported":
            # A real quote does not vouch for what the claim adds to it.
            reason = "it says more than its evidence quote: " + ", ".join(missing[:4])
            updated[c.id] = replace(current, evidence_found=True, reason=reason)
            continue
        elif current.status in ("supported", "contradicted"):
            updated[c.id] = replace(current, evidence_found=True)
            continue
        else:
            status, reason = "supported", "its evidence quote is in the report"
        quote = sentence.text if sentence else None
        updated[c.id] = Grounding(status, check.anchor, quote, check.score, reason, True)
    return updated
