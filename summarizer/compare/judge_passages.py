"""Which claims go to the judge, with which report passages, in which batches.

A passage is a paragraph of the report, cut to a window around the hit sentence when it is long:
the paragraph of the offline grounding's anchor, then the best matches by the claim's words (in
every language the report has text in) and figures. Claims are packed in report order of their
passages, so claims on the same passages share a call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer.compare.ground import Grounding
from summarizer.compare.index import TokenIndex
from summarizer.document import Document
from summarizer.lang.claims import Claim
from summarizer.lang.names import figure_tokens
from summarizer.lang.quantities import comparable
from summarizer.lang.text import match_tokens

SETTLED = ("supported",)  # offline statuses the judge sees only with verify_all
BATCH = 10  # claims per call at most
PASSAGES_PER_CLAIM = 2  # report paragraphs retrieved for each claim
PASSAGES_PER_CALL = 16  # distinct passages per call at most
WINDOW = 2  # a long paragraph is cut to the hit sentence and this many on each side


@dataclass(frozen=True)
class Batch:
    claims: tuple[Claim, ...]
    passages: tuple[tuple[str, str], ...]  # (paragraph id, text)


def to_verify(
    claims: Sequence[Claim], groundings: Mapping[str, Grounding], verify_all: bool = False
) -> list[Claim]:
    """The fact claims the offline checks flagged or could not decide (all facts with
    verify_all). Takeaways are opinions: nothing in a report can settle them."""
    return [
        c
        for c in claims
        if c.kind == "fact"
        and c.id in groundings
        and (verify_all or groundings[c.id].status not in SETTLED)
    ]


class Passages:
    """The report's paragraphs, searchable by a claim's words (in every language the report has
    text in) and figures; a passage is a paragraph, cut to a window around the hit sentence when
    it is long."""

    def __init__(self, doc: Document) -> None:
        self.paragraphs = [p for s in doc.sections for p in s.paragraphs if p.sentences]
        self.where = {
            sent.id: (i, k)
            for i, p in enumerate(self.paragraphs)
            for k, sent in enumerate(p.sentences)
        }
        docs = []
        for p in self.paragraphs:
            texts = [s.text for s in p.sentences]
            texts += [t for s in p.sentences for t in s.translations.values()]
            docs.append(match_tokens(" ".join(texts)))
        self.index = TokenIndex(docs)
        self.sentence_tokens = [
            [set(match_tokens(" ".join([s.text, *s.translations.values()]))) for s in p.sentences]
            for p in self.paragraphs
        ]

    def for_claim(self, claim: Claim, anchor: str | None) -> dict[int, set[int]]:
        """paragraph index → the sentence indices to show, best first."""
        query = match_tokens(" ".join(claim.translations.values()) or claim.text)
        query += sorted(figure_tokens(comparable(claim.quantities)))
        found: dict[int, set[int]] = {}
        if anchor and anchor in self.where:
            i, k = self.where[anchor]
            found[i] = self._window(i, k)
        for j in self.index.top(query, PASSAGES_PER_CLAIM + 1):
            if len(found) >= PASSAGES_PER_CLAIM:
                break
            i = int(j)
            if i not in found:
                words = set(query)
                best = max(
                    range(len(self.sentence_tokens[i])),
                    key=lambda k: len(words & self.sentence_tokens[i][k]),
                )
                found[i] = self._window(i, best)
        return found

    def _window(self, i: int, k: int) -> set[int]:
        n = len(self.paragraphs[i].sentences)
        return set(range(max(0, k - WINDOW), min(n, k + WINDOW + 1)))

    def text(self, i: int, shown: set[int]) -> str:
        p = self.paragraphs[i]
        parts = [s.text for k, s in enumerate(p.sentences) if k in shown]
        if min(shown) > 0:
            parts.insert(0, "…")
        if max(shown) < len(p.sentences) - 1:
            parts.append("…")
        return " ".join(parts)


def batches(
    claims: Sequence[Claim],
    groundings: Mapping[str, Grounding],
    passages: Passages,
    size: int = BATCH,
) -> list[Batch]:
    """Claims in report order of their passages (then by id, so the calls, and the cache, do not
    depend on the order the summaries came in), packed greedily: a batch takes the next claim
    while it holds fewer than `size` claims and the passages stay within PASSAGES_PER_CALL, so
    claims that share passages share a call."""
    wanted = [(c, passages.for_claim(c, groundings[c.id].source_anchor)) for c in claims]
    wanted.sort(key=lambda item: (min(item[1], default=len(passages.paragraphs)), item[0].id))
    out: list[Batch] = []
    current: list[Claim] = []
    shown: dict[int, set[int]] = {}

    def close() -> None:
        if current:
            texts = tuple(
                (passages.paragraphs[i].id, passages.text(i, ks)) for i, ks in sorted(shown.items())
            )
            out.append(Batch(tuple(current), texts))

    for claim, found in wanted:
        merged = set(shown) | set(found)
        if current and (len(current) >= size or len(merged) > PASSAGES_PER_CALL):
            close()
            current, shown = [], {}
        current.append(claim)
        for i, ks in found.items():
            shown.setdefault(i, set()).update(ks)
    close()
    return out
