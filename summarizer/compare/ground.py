"""Grounding: find the source sentence that supports each claim, or flag the claim.

Statuses (the DESIGN contract):
- supported: a source sentence (or it with its neighbours in the paragraph) states the claim's
  figures and most of its words;
- contradicted: the closest sentence states the same thing with a different figure, the other
  way round (a negation, a direction such as rose/fell, a word's opposite), or of another name;
- unsupported: nothing in the source is close enough, or the closest passage lacks much of
  what the claim says;
- unverified: no source was given, the claim is a takeaway (an opinion, not a fact), or it is
  written in another language than the report with nothing that reads the same in both.

Everything here reads words, figures and names; no model is asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from summarizer.compare.checks import (
    antonym_swapped,
    direction_differs,
    is_opinion,
    lacking,
    misattributed,
    negation_differs,
    swapped_name,
    unsaid,
)
from summarizer.compare.evidence import EvidenceIndex
from summarizer.compare.index import TokenIndex
from summarizer.document import Document, Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.names import figure_tokens, known_names, lowercase_words, names
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities
from summarizer.lang.text import match_tokens

SUPPORT = 70.0  # token-set similarity at which a source sentence says the same thing
RELATED = 55.0  # below this, nothing in the source is about the claim
CANDIDATES = 40  # source sentences scored per claim, picked by the index
UNSAID = 0.4  # share of a figure-less claim's words its passage may lack and still support it
FIGURE_RELATED = 40.0  # a sentence this close that states the claim's very figures supports it


@dataclass(frozen=True)
class Grounding:
    status: str  # supported | unsupported | contradicted | unverified
    source_anchor: str | None = None
    source_quote: str | None = None
    score: float = 0.0
    reason: str = ""
    evidence_found: bool | None = None  # None: the claim gave no evidence quote
    by: str = "offline"  # who decided: the offline checks, or the judge model (compare/judge.py)
    offline: Mapping[str, Any] | None = None  # the offline view, when the judge overrode it
    judge_note: str | None = None  # why the judge's answer was not taken (offline stands)


def ground(claims: Sequence[Claim], doc: Document | None) -> dict[str, Grounding]:
    """A grounding for every claim id."""
    if doc is None:
        return {c.id: Grounding("unverified", reason="no source given") for c in claims}
    sentences = [s for _, s in doc.sentences()]
    source_langs = {doc.lang, *(sentences[0].translations if sentences else ())}
    result: dict[str, Grounding] = {}
    pending: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if c.kind == "takeaway":
            result[c.id] = Grounding("unverified", reason="a takeaway (opinion), not a fact")
        elif is_opinion(c.text):
            result[c.id] = Grounding("unverified", reason="an opinion or advice, not a fact")
        elif c.anchor and (s := doc.sentence(c.anchor)) is not None:
            result[c.id] = Grounding("supported", s.id, s.text, 100.0, "extracted verbatim")
        else:
            usable = [lang for lang in (c.lang, *c.translations) if lang in source_langs]
            pending.setdefault(usable[0] if usable else "", []).append(i)
    figures_of = _FigureCache(sentences)
    common = lowercase_words(" ".join(s.text for s in sentences))
    known = known_names(
        [*(s.text for s in sentences), *(t for c in claims for t in c.translations.values())],
        common,
    )
    read_names = _NameReader(known, common, sentences)
    if "" in pending:  # claims in a language the source is not written in
        result.update(
            _ground_across_languages(
                [claims[i] for i in pending.pop("")], sentences, figures_of, read_names
            )
        )
    for lang, idxs in pending.items():
        texts_in_lang = [s.translations.get(lang, s.text) for s in sentences]
        source_tokens = [match_tokens(t) for t in texts_in_lang]
        source_texts = [" ".join(t) for t in source_tokens]
        index = TokenIndex(source_tokens)
        for i in idxs:
            tokens = match_tokens(claims[i].text_in(lang) or claims[i].text)
            candidates = index.top(tokens, CANDIDATES)
            query = " ".join(tokens)
            scores = np.array(
                [fuzz.token_set_ratio(query, source_texts[j]) for j in candidates],
                dtype=np.float32,
            )
            result[claims[i].id] = _judge(
                claims[i],
                sentences,
                candidates,
                scores,
                figures_of,
                texts_in_lang.__getitem__,
                lang,
                read_names,
            )
    if any(c.evidence for c in claims):
        result.update(_check_evidence(claims, result, doc, figures_of))
    return result


class _FigureCache:
    """The figures of each source sentence, parsed once, when first needed."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.cache: dict[int, list[Quantity]] = {}

    def __call__(self, j: int) -> list[Quantity]:
        if j not in self.cache:
            self.cache[j] = comparable(parse_quantities(self.sentences[j].text))
        return self.cache[j]


class _NameReader:
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


def _judge(
    claim: Claim,
    sentences: Sequence[Sentence],
    candidates: np.ndarray,
    scores: np.ndarray,
    figures_of: _FigureCache,
    text_of: Callable[[int], str],
    lang: str,
    read_names: _NameReader,
) -> Grounding:
    claim_text = claim.text_in(lang) or claim.text
    claim_names = read_names(claim_text)
    found = _judge_figures(
        claim,
        sentences,
        candidates,
        scores,
        figures_of,
        claim_names,
        lambda j: read_names(text_of(j)),
        read_names.distinctive(claim_names),
        claim_text,
        text_of,
    )
    if not found.source_anchor:
        return found
    j = next(int(k) for k in candidates if sentences[int(k)].id == found.source_anchor)
    around = _paragraph_around(sentences, j)
    source_text = text_of(j)
    if found.source_quote != sentences[j].text:  # supported by the paragraph around it
        source_text = " ".join(text_of(k) for k in around)
    if not claim.quantities and (found.status == "supported" or found.score >= RELATED):
        # Nothing but words to go by: the sentence — or it and its neighbours, for a claim that
        # joins two sentences of a paragraph — must say most of them.
        missing, share = unsaid(claim_text, source_text)
        if share > UNSAID and len(around) > 1:
            passage = " ".join(text_of(k) for k in around)
            missing_around, share_around = unsaid(claim_text, passage)
            if share_around < share:
                missing, share, source_text = missing_around, share_around, passage
                quote = " ".join(sentences[k].text for k in around)
                found = replace(found, source_quote=quote)
        if share > UNSAID:
            reason = "the closest passage does not say " + ", ".join(missing[:4])
            return replace(found, status="unsupported", reason=reason)
        found = replace(found, status="supported", reason="")
    if found.status != "supported":
        return found
    # Same words, same figures — but is it said the other way round, or of someone else?
    source_names = read_names(source_text)
    if negation_differs(claim_text, source_text):
        return replace(found, status="contradicted", reason="the report says the opposite")
    if swap := antonym_swapped(claim_text, source_text):
        return replace(
            found, status="contradicted", reason=f"the report says {swap[1]}, not {swap[0]}"
        )
    if way := direction_differs(claim_text, source_text, figures=bool(claim.quantities)):
        return replace(
            found, status="contradicted", reason=f"the report says it went the other way ({way})"
        )
    if names := swapped_name(claim_names, source_names, claim_text, source_text):
        return replace(
            found, status="contradicted", reason=f"the report says {names[1]}, not {names[0]}"
        )
    owner = misattributed(claim_names, source_names, source_text, comparable(claim.quantities))
    if owner:
        return replace(
            found, status="contradicted", reason=f"the report gives this figure to {owner}"
        )
    return found


def _judge_figures(
    claim: Claim,
    sentences: Sequence[Sentence],
    candidates: np.ndarray,
    scores: np.ndarray,
    figures_of: _FigureCache,
    claim_names: set[str],
    names_of: Callable[[int], set[str]],
    required: set[str],
    claim_text: str,
    text_of: Callable[[int], str],
) -> Grounding:
    """`required`: the claim's distinctive names, one of which a supporting sentence must name."""
    if len(candidates) == 0:
        return Grounding("unsupported", reason="no source sentence shares a word or figure")
    figures = comparable(claim.quantities)
    order = np.argsort(-scores, kind="stable")
    j, score = int(candidates[order[0]]), float(scores[order[0]])
    s = sentences[j]
    clash = bool(figures) and score >= RELATED and contradicts(figures, figures_of(j))
    if figures:
        # The best sentence that states every figure of the claim and names what it names (a
        # figure alone, in a sentence about something else, is a coincidence, not support).
        related = [int(k) for k in order if scores[k] >= FIGURE_RELATED]
        for k in related:
            jk = int(candidates[k])
            if _names_one_of(required, names_of(jk)) and _all_agree(figures, figures_of(jk)):
                return Grounding(
                    "supported", sentences[jk].id, sentences[jk].text, float(scores[k])
                )
        # Or the paragraph around the best sentence that states one of them: "26%, up from 7%"
        # here, "close to a fourfold increase" in the next sentence.
        for k in related:
            jk = int(candidates[k])
            if not _any_agree(figures, figures_of(jk)):
                continue
            around = _paragraph_around(sentences, jk)
            stated = [q for i in around for q in figures_of(i)]
            named = set().union(*(names_of(i) for i in around))
            if _names_one_of(required, named) and _all_agree(figures, stated):
                quote = " ".join(sentences[i].text for i in around)
                return Grounding("supported", sentences[jk].id, quote, float(scores[k]))
    if score < RELATED:
        return Grounding("unsupported", s.id, s.text, score, "no source sentence is close")
    swap = swapped_name(claim_names, names_of(j), claim_text, text_of(j))
    if figures and swap and _all_agree(figures, figures_of(j)):
        reason = f"the report says {swap[1]}, not {swap[0]}"
        return Grounding("contradicted", s.id, s.text, score, reason)
    if clash:
        return Grounding("contradicted", s.id, s.text, score, "the source gives another figure")
    if figures:
        return Grounding("unsupported", s.id, s.text, score, "the figure is not in the source")
    if score >= SUPPORT:
        return Grounding("supported", s.id, s.text, score)
    return Grounding("unsupported", s.id, s.text, score, "only loosely related text in the source")


def _names_one_of(required: set[str], named: set[str]) -> bool:
    return not required or lacking(required, named) != required


def _all_agree(figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    return all(any(agreement(q, x) in ("same", "approx") for x in source_figures) for q in figures)


def _any_agree(figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    return any(any(agreement(q, x) in ("same", "approx") for x in source_figures) for q in figures)


def _paragraph_around(sentences: Sequence[Sentence], j: int) -> list[int]:
    """Sentence j with its neighbours in the same paragraph."""
    paragraph = sentences[j].id.split("s")[0]
    return [
        k
        for k in (j - 1, j, j + 1)
        if 0 <= k < len(sentences) and sentences[k].id.split("s")[0] == paragraph
    ]


def _ground_across_languages(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    figures_of: _FigureCache,
    read_names: _NameReader,
) -> dict[str, Grounding]:
    """A Chinese claim against an English report (or the reverse), through what reads the same in
    both: the sentence that holds the claim's names and figures supports it; one that holds its
    names with another figure contradicts it. A claim with neither cannot be checked this way."""
    anchors = [
        read_names.in_sentence[j] | figure_tokens(figures_of(j)) for j in range(len(sentences))
    ]
    index = TokenIndex([sorted(a) for a in anchors])
    result: dict[str, Grounding] = {}
    for c in claims:
        claim_names = set().union(*(read_names(t) for t in c.translations.values()))
        figures = comparable(c.quantities)
        if not figures and not read_names.distinctive(claim_names):
            result[c.id] = Grounding(
                "unverified",
                reason="written in another language than the report, with no "
                "figure or distinctive name to check it by",
            )
            continue
        best: tuple[float, int, bool] | None = None
        for j in index.top(sorted(claim_names | figure_tokens(figures)), CANDIDATES):
            source_q = figures_of(int(j))
            agreeing = sum(
                any(agreement(q, x) in ("same", "approx") for x in source_q) for q in figures
            )
            hits = len(claim_names & anchors[j]) + agreeing
            score = 100.0 * hits / (len(claim_names) + len(figures))
            clash = claim_names <= anchors[j] and contradicts(figures, source_q)
            if best is None or score > best[0]:
                best = (score, int(j), clash)
        if best is None:
            result[c.id] = Grounding(
                "unsupported", reason="no source sentence holds its figures or names"
            )
            continue
        score, j, clash = best
        s = sentences[j]
        matched = score >= 99.9
        owner = (
            misattributed(claim_names, read_names.in_sentence[j], s.text, figures)
            if matched
            else None
        )
        # Rose or fell, 上升 or 下降: the direction words of both languages are known.
        way = direction_differs(c.text, s.text, figures=bool(figures)) if matched else None
        if owner:
            result[c.id] = Grounding(
                "contradicted", s.id, s.text, score, f"the report gives this figure to {owner}"
            )
        elif way:
            result[c.id] = Grounding(
                "contradicted",
                s.id,
                s.text,
                score,
                f"the report says it went the other way ({way})",
            )
        elif matched:
            result[c.id] = Grounding("supported", s.id, s.text, score, "figures and names match")
        elif clash and claim_names:
            result[c.id] = Grounding(
                "contradicted", s.id, s.text, score, "the source gives another figure"
            )
        else:
            result[c.id] = Grounding(
                "unsupported", s.id, s.text, score, "the figure is not in the source"
            )
    return result


def contradicts(claim_figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    """A figure of the claim that the sentence does not state, where the sentence states another
    figure of the same kind (20% where it says 35%). A figure of a kind the sentence does not
    mention at all is missing, not contradicted."""
    for q in claim_figures:
        relations = {agreement(q, x) for x in source_figures} - {"incomparable"}
        if relations and not relations & {"same", "approx", "qualifier"}:
            return True
    return False


def _check_evidence(
    claims: Sequence[Claim],
    result: dict[str, Grounding],
    doc: Document,
    figures_of: _FigureCache,
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
