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

from summarizer.compare.checks import is_opinion, unsaid
from summarizer.compare.checks_base import FigureCache, Grounding, all_agree, counterpart
from summarizer.compare.index import TokenIndex
from summarizer.document import Document, Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import comparable
from summarizer.lang.text import match_tokens, nfkc

FOUND = 90.0  # partial alignment score at which a quote is in the report
CANDIDATES = 12
EVIDENCE_MISSING = "its evidence quote is not in the report"
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
    """A claim's own evidence quote, checked like any claim: a quote not found in the report is
    recorded; one found grounds a claim the checks could not verify on the quote's sentence,
    when that sentence bears out its figures and most of its words. A quote never overrides
    what the checks found against the claim, and never vouches for what the claim adds."""
    index = EvidenceIndex(doc)
    position = {s.id: j for j, (_, s) in enumerate(doc.sentences())}
    updated: dict[str, Grounding] = {}
    for c in claims:
        current = result[c.id]
        if not c.evidence or is_opinion(c.text):
            continue
        check = index.check(c.evidence)
        sentence = doc.sentence(check.anchor) if check.anchor else None
        if not check.found or sentence is None:
            reason = "; ".join(x for x in (current.reason, EVIDENCE_MISSING) if x)
            updated[c.id] = replace(current, evidence_found=False, reason=reason)
            continue
        figures = comparable(c.quantities)
        own_words = c.text_in(doc.lang)
        missing, share = unsaid(own_words, sentence.text) if own_words else ([], 0.0)
        pair = counterpart(figures, figures_of(position[sentence.id]))
        if pair and current.status != "supported":
            reason = f"its own evidence quote says {pair[1].raw}, not {pair[0].raw}"
            updated[c.id] = Grounding(
                "contradicted", sentence.id, sentence.text, check.score, reason, True
            )
        elif not figures and share > UNSAID and current.status != "supported":
            reason = "it says more than its evidence quote: " + ", ".join(missing[:4])
            updated[c.id] = replace(current, evidence_found=True, reason=reason)
        elif current.status == "unverified" and all_agree(
            figures, figures_of(position[sentence.id])
        ):
            reason = "its evidence quote is in the report and says it"
            updated[c.id] = Grounding(
                "supported", sentence.id, sentence.text, check.score, reason, True
            )
        else:
            updated[c.id] = replace(current, evidence_found=True)
    return updated
