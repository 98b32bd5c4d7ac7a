"""The document model every stage reads: sections → paragraphs → sentences, with stable anchors.

Anchors are positional and deterministic: paragraph ``p7`` is the 7th block of the report, sentence
``p7s2`` the 2nd sentence in it. The same source always yields the same anchors, so footnotes and
cached comparisons keep pointing at the same text across runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from summarizer.lang.text import detect_lang, split_sentences


@dataclass(frozen=True)
class Sentence:
    id: str  # "p3s2": the paragraph's id, then the sentence's place in it
    text: str
    page: int | None = None
    translations: Mapping[str, str] = field(default_factory=dict)

    @property
    def paragraph(self) -> str:
        """The id of the paragraph it stands in ("p3")."""
        return self.id.split("s")[0]


@dataclass(frozen=True)
class Paragraph:
    id: str
    kind: str  # text | list | table | quote
    text: str
    sentences: tuple[Sentence, ...]
    page: int | None = None


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    level: int
    path: tuple[str, ...]  # headings from the top of the report down to this one
    paragraphs: tuple[Paragraph, ...]
    translations: Mapping[str, str] = field(default_factory=dict)  # the heading, by language


@dataclass(frozen=True)
class Document:
    title: str
    source: str  # URL or path as the user gave it
    kind: str  # html | pdf | markdown | text
    lang: str
    sections: tuple[Section, ...]
    tokens: int = 0
    meta: Mapping[str, Any] = field(default_factory=dict)

    def sentences(self) -> Iterator[tuple[Section, Sentence]]:
        for section in self.sections:
            for paragraph in section.paragraphs:
                for sentence in paragraph.sentences:
                    yield section, sentence

    def sentence(self, anchor: str) -> Sentence | None:
        found = self._index().get(anchor)
        return found[1] if found else None

    def section_of(self, anchor: str) -> Section | None:
        found = self._index().get(anchor)
        return found[0] if found else None

    def _index(self) -> dict[str, tuple[Section, Sentence]]:
        """anchor → (section, sentence), built once: look-ups by anchor are per claim."""
        index = self.__dict__.get("_sentence_index")
        if index is None:
            index = {s.id: (sec, s) for sec, s in self.sentences()}
            object.__setattr__(self, "_sentence_index", index)
        return index

    def plain_text(self) -> str:
        return "\n\n".join(p.text for s in self.sections for p in s.paragraphs)

    def to_markdown(self) -> str:
        """The extracted report as Markdown, with each paragraph's anchor as an HTML comment."""
        out = [f"# {self.title}", ""]
        for section in self.sections:
            if section.heading and not (section.level == 1 and section.heading == self.title):
                out += ["#" * min(max(section.level, 2), 6) + " " + section.heading, ""]
            for p in section.paragraphs:
                page = f" page {p.page}" if p.page else ""
                out += [f"<!-- {p.id}{page} -->", p.text, ""]
        return "\n".join(out)

    def prompt_text(self) -> str:
        """The report as the models read it: headings and paragraphs, no anchors."""
        out: list[str] = []
        for section in self.sections:
            if section.heading:
                out += ["#" * max(1, min(section.level, 6)) + " " + section.heading, ""]
            out += [p.text + "\n" for p in section.paragraphs]
        return "\n".join(out).strip()

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        sections = tuple(
            Section(
                id=s["id"],
                heading=s["heading"],
                level=s["level"],
                path=tuple(s["path"]),
                paragraphs=tuple(
                    Paragraph(
                        id=p["id"],
                        kind=p["kind"],
                        text=p["text"],
                        page=p.get("page"),
                        sentences=tuple(Sentence(**x) for x in p["sentences"]),
                    )
                    for p in s["paragraphs"]
                ),
                translations=s.get("translations", {}),
            )
            for s in data["sections"]
        )
        fields = {k: data[k] for k in ("title", "source", "kind", "lang")}
        return cls(
            sections=sections, tokens=data.get("tokens", 0), meta=data.get("meta", {}), **fields
        )


@dataclass
class Block:
    """One block as an extractor sees it, before anchors are assigned."""

    kind: str  # heading | text | list | table | quote
    text: str
    level: int = 0
    page: int | None = None
    rows: list[str] | None = None  # table rows, each read as one sentence


def build_document(
    blocks: Iterable[Block], *, title: str, source: str, kind: str, meta: Mapping[str, Any] = {}
) -> Document:
    """Number the blocks into sections, paragraphs and sentences."""
    sections: list[Section] = []
    heading, level = "", 0
    stack: list[tuple[str, int]] = []  # the open headings, outermost first
    paragraphs: list[Paragraph] = []
    n_par = 0

    def close() -> None:
        if paragraphs or heading:
            path = tuple(h for h, _ in stack)
            sections.append(
                Section(f"sec{len(sections) + 1}", heading, level, path, tuple(paragraphs))
            )

    for block in blocks:
        if block.kind == "heading":
            close()
            paragraphs = []
            heading, level = block.text, block.level
            while stack and stack[-1][1] >= level:
                stack.pop()
            stack.append((heading, level))
            continue
        pieces = block.rows if block.kind == "table" and block.rows else split_sentences(block.text)
        if not pieces:
            continue
        n_par += 1
        pid = f"p{n_par}"
        sentences = tuple(
            Sentence(f"{pid}s{i}", text, block.page) for i, text in enumerate(pieces, 1)
        )
        paragraphs.append(Paragraph(pid, block.kind, block.text, sentences, block.page))
    close()
    doc_text = " ".join(s.text for sec in sections for p in sec.paragraphs for s in p.sentences)
    return Document(
        title=title,
        source=source,
        kind=kind,
        lang=detect_lang(doc_text),
        sections=tuple(sections),
        meta=dict(meta),
    )


def attach_translation(doc: Document, other: Document) -> Document:
    """Give every sentence and heading of `doc` its counterpart in `other`, a translation of the
    same report with the same paragraphs and sentences (as the bundled example is written)."""
    if [len(p.sentences) for s in doc.sections for p in s.paragraphs] != [
        len(p.sentences) for s in other.sections for p in s.paragraphs
    ] or len(doc.sections) != len(other.sections):
        raise ValueError(f"{other.source} is not sentence-aligned with {doc.source}")

    def both(a: str, b: str) -> dict[str, str]:
        return {doc.lang: a, other.lang: b}

    sections = []
    for sec, osec in zip(doc.sections, other.sections, strict=True):
        paragraphs = tuple(
            replace(
                p,
                sentences=tuple(
                    replace(s, translations=both(s.text, o.text))
                    for s, o in zip(p.sentences, op.sentences, strict=True)
                ),
            )
            for p, op in zip(sec.paragraphs, osec.paragraphs, strict=True)
        )
        sections.append(
            replace(sec, paragraphs=paragraphs, translations=both(sec.heading, osec.heading))
        )
    meta = {**doc.meta, "title_translations": both(doc.title, other.title)}
    return replace(doc, sections=tuple(sections), meta=meta)
