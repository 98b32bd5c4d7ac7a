"""Markdown and plain text → blocks (markdown-it-py), keeping headings, list items and tables."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from summarizer.document import Block
from summarizer.lang.tables import header_and_cell
from summarizer.lang.text import normalize_space

_MD = MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """Plain text of an inline token: emphasis and links dropped, their words kept."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return normalize_space("".join(parts))


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown document, in order; code and raw HTML are not report prose."""
    tokens = _MD.parse(text)
    blocks: list[Block] = []
    list_depth = quote_depth = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open":
            blocks.append(Block("heading", inline_text(tokens[i + 1]), level=int(tok.tag[1])))
            i += 3
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type == "table_open":
            i, block = _table(tokens, i)
            blocks.append(block)
            continue
        elif tok.type == "inline" and tokens[i - 1].type == "paragraph_open":
            kind = "list" if list_depth else "quote" if quote_depth else "text"
            text = inline_text(tok)
            if text:
                blocks.append(Block(kind, text))
        i += 1
    return blocks


def _table(tokens: list[Token], i: int) -> tuple[int, Block]:
    """A table becomes one block; each body row is one sentence, read with its header."""
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    in_head = False
    while tokens[i].type != "table_close":
        t = tokens[i]
        if t.type == "thead_open":
            in_head = True
        elif t.type == "thead_close":
            in_head = False
        elif t.type == "tr_open":
            row = []
        elif t.type == "inline":
            row.append(inline_text(t))
        elif t.type == "tr_close":
            (header.extend(row) if in_head else rows.append(row))
        i += 1
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    read = [
        "; ".join(
            ": ".join(header_and_cell(h, c)) if h else c
            for h, c in zip(header or [""] * len(r), r, strict=False)
        )
        for r in rows
    ]
    return i + 1, Block("table", "\n".join(lines), rows=[r for r in read if r.strip()])


def text_blocks(text: str, page: int | None = None) -> list[Block]:
    """Plain text: paragraphs are separated by blank lines; hard wraps are joined."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = normalize_space(chunk)
        if chunk:
            blocks.append(Block("text", chunk, page=page))
    return blocks
