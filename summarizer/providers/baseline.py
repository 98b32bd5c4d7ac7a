"""Offline extractive baselines: real summarizers that need no key and no network.

They are the embedded default and the floor every LLM is scored against. Both pick whole source
sentences, so each claim carries its anchor and, for the bundled example, its translation.

- `baseline/lead`: the opening sentences of each section — the classic lead baseline, per section.
- `baseline/textrank`: TextRank (Mihalcea & Tarau, 2004): PageRank over a graph of sentences
  weighted by their token-set similarity (rapidfuzz, vectorised), then the top sentences with
  near-duplicates removed, in report order.
"""

from __future__ import annotations

import time

import numpy as np
from rapidfuzz import fuzz, process

from summarizer.document import Document, Section, Sentence
from summarizer.errors import BadOutput
from summarizer.lang.text import match_string
from summarizer.providers.base import Request, Response

MAX_CLAIMS = 15


def _claim(section: Section, sentence: Sentence) -> dict[str, str]:
    item = {
        "text": sentence.text,
        "evidence": sentence.text,
        "anchor": sentence.id,
        "section": section.heading,
    }
    item.update(sentence.translations)
    for lang, heading in section.translations.items():
        item[f"section_{lang}"] = heading
    return item


def _structured(
    doc: Document, picked: list[tuple[Section, Sentence]], takeaways: list[tuple[Section, Sentence]]
) -> dict[str, object]:
    abstract = picked[:2]
    return {
        "title": doc.title,
        "abstract": {
            lang: ("" if lang == "zh" else " ").join(
                s.translations.get(lang, s.text) for _, s in abstract
            )
            for lang in (set(doc.meta.get("title_translations", {})) or {doc.lang})
        },
        "claims": [_claim(sec, s) for sec, s in picked],
        "takeaways": [_claim(sec, s) for sec, s in takeaways],
    }


def _document(request: Request) -> Document:
    if request.document is None:
        raise BadOutput(f"{request.model}: an extractive baseline needs the report itself")
    return request.document


def _content_sentences(doc: Document) -> list[tuple[Section, Sentence]]:
    """Sentences worth quoting: not headings' echoes, not fragments of two words."""
    return [(sec, s) for sec, s in doc.sentences() if len(match_string(s.text).split()) >= 4]


class LeadBaseline:
    name = "baseline/lead"
    family = "baseline"

    def __init__(self, per_section: int = 1, max_claims: int = MAX_CLAIMS) -> None:
        self.per_section, self.max_claims = per_section, max_claims

    async def complete(self, request: Request) -> Response:
        start = time.perf_counter()
        doc = _document(request)
        picked: list[tuple[Section, Sentence]] = []
        seen: dict[str, int] = {}
        for sec, s in _content_sentences(doc):
            if seen.get(sec.id, 0) < self.per_section and len(picked) < self.max_claims:
                seen[sec.id] = seen.get(sec.id, 0) + 1
                picked.append((sec, s))
        takeaways = [pair for pair in _content_sentences(doc) if pair not in picked][:3]
        return Response(
            self.name,
            self.family,
            structured=_structured(doc, picked, takeaways),
            latency_s=time.perf_counter() - start,
        )


def textrank_scores(texts: list[str], damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """PageRank scores of sentences over their similarity graph."""
    n = len(texts)
    if n == 0:
        return np.zeros(0)
    sim = process.cdist(
        texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32, score_cutoff=20, workers=-1
    )
    np.fill_diagonal(sim, 0)
    totals = sim.sum(axis=1, keepdims=True)
    transition = np.divide(sim, totals, out=np.full_like(sim, 1.0 / n), where=totals > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * transition.T @ rank
        if np.abs(new - rank).sum() < 1e-6:
            return new
        rank = new
    return rank


class TextRankBaseline:
    name = "baseline/textrank"
    family = "baseline"

    def __init__(self, max_claims: int = MAX_CLAIMS, redundancy: float = 70.0) -> None:
        self.max_claims, self.redundancy = max_claims, redundancy

    async def complete(self, request: Request) -> Response:
        start = time.perf_counter()
        doc = _document(request)
        candidates = _content_sentences(doc)
        texts = [match_string(s.text) for _, s in candidates]
        scores = textrank_scores(texts)
        limit = min(self.max_claims, max(5, round(len(candidates) * 0.12)))
        chosen: list[int] = []
        for i in np.argsort(-scores, kind="stable"):
            if len(chosen) >= limit:
                break
            if all(fuzz.token_set_ratio(texts[i], texts[j]) < self.redundancy for j in chosen):
                chosen.append(int(i))
        picked = [candidates[i] for i in sorted(chosen)]
        takeaways = [candidates[i] for i in chosen[:3]]  # the three most central, by rank
        return Response(
            self.name,
            self.family,
            structured=_structured(doc, picked, takeaways),
            latency_s=time.perf_counter() - start,
        )
