"""Structure checks of a generated post, with markdown-it-py's real parser (and its footnote
plugin), as a reader of the published page would meet it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin


@dataclass
class ParsedPost:
    front: dict[str, Any]
    body: str
    refs: list[str]
    definitions: list[str]
    headings: list[tuple[int, str]]


def parse_post(text: str) -> ParsedPost:
    assert text.startswith("---\n"), "a post starts with front matter"
    end = text.index("\n---\n", 4)
    front = yaml.safe_load(text[4:end])
    body = text[end + 5 :]
    md = MarkdownIt("commonmark").use(footnote_plugin).enable("table")
    env: dict[str, Any] = {}
    tokens = md.parse(body, env)
    refs = [
        t.meta["label"]
        for tok in tokens
        if tok.type == "inline"
        for t in tok.children or []
        if t.type == "footnote_ref"
    ]
    definitions = list(env.get("footnotes", {}).get("refs", {}))
    definitions = [d.lstrip(":") for d in definitions]
    headings = [
        (int(tok.tag[1]), tokens[i + 1].content)
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    return ParsedPost(front, body, refs, definitions, headings)


def assert_well_formed(text: str) -> ParsedPost:
    post = parse_post(text)
    for key in ("layout", "title", "date", "categories", "tags", "lang"):
        assert key in post.front, f"front matter lacks {key}"
    assert set(post.refs) == set(post.definitions), "every footnote used is defined, and back"
    assert post.body.count("<!--more-->") == 1
    assert not re.search(r"^---$", post.body, re.MULTILINE), "no second front-matter fence"
    return post
