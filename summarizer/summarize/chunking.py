"""Splitting a report that does not fit a model's context: on section boundaries first, then
paragraphs, then sentences — never inside a sentence. Each chunk carries its heading path, so a
model reading part 3 knows where it is, and the ids of the sentences it holds, so every source
sentence is in exactly one chunk and anchors survive map-reduce."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.document import Document
from summarizer.tokens import count_tokens


@dataclass(frozen=True)
class Chunk:
    index: int
    heading_path: tuple[str, ...]  # where the chunk starts in the report
    text: str
    sentence_ids: tuple[str, ...]
    tokens: int


@dataclass
class _Piece:
    path: tuple[str, ...]
    heading: str  # a heading line to print before this piece ("" for none)
    text: str
    ids: tuple[str, ...]
    tokens: int
    section_tokens: int = 0  # on a section's first piece: the whole section's tokens


def _pieces(doc: Document, budget: int, family: str) -> list[_Piece]:
    """Paragraphs (or, when a paragraph alone is over budget, its sentences) in order."""
    pieces: list[_Piece] = []
    for section in doc.sections:
        heading = (
            f"{'#' * max(1, min(section.level, 6))} {section.heading}" if section.heading else ""
        )
        first = True
        start = len(pieces)
        for p in section.paragraphs:
            units = [(p.text, tuple(s.id for s in p.sentences))]
            if count_tokens(p.text, family) > budget:
                units = [(s.text, (s.id,)) for s in p.sentences]
            for text, ids in units:
                pieces.append(
                    _Piece(
                        section.path,
                        heading if first else "",
                        text,
                        ids,
                        count_tokens(text, family) + 1,
                    )
                )
                first = False
        if len(pieces) > start:
            pieces[start].section_tokens = sum(x.tokens for x in pieces[start:])
    return pieces


def chunk_document(doc: Document, budget: int, family: str = "") -> list[Chunk]:
    """Chunks of at most `budget` tokens (a single sentence longer than that stays whole, alone).
    A section starts a new chunk when it would not fit in the rest of the current one."""
    chunks: list[Chunk] = []
    lines: list[str] = []
    ids: list[str] = []
    used = 0
    path: tuple[str, ...] = ()

    def close() -> None:
        nonlocal lines, ids, used
        if ids:
            text = "\n\n".join(lines)
            chunks.append(
                Chunk(len(chunks) + 1, path, text, tuple(ids), count_tokens(text, family))
            )
        lines, ids, used = [], [], 0

    for piece in _pieces(doc, budget, family):
        head_cost = count_tokens(piece.heading, family) + 1 if piece.heading else 0
        whole_section = piece.section_tokens if piece.heading else piece.tokens
        if used and (
            used + head_cost + piece.tokens > budget or used + head_cost + whole_section > budget
        ):
            close()  # a section that does not fit in what is left starts a new chunk
        if not ids:
            path = piece.path
            if not piece.heading and piece.path:  # a chunk that starts mid-section says where
                context = "# " + " > ".join(piece.path) + " (continued)"
                lines.append(context)
                used += count_tokens(context, family) + 1
        if piece.heading:
            lines.append(piece.heading)
            used += head_cost
        lines.append(piece.text)
        ids.extend(piece.ids)
        used += piece.tokens
    close()
    return chunks
