"""The render stage: comparison.json + the source → a Jekyll post (Markdown with front matter).

The post is built from a view model (plain dicts) by a Jinja2 template. Users override the template
by putting their own `post.md.j2` in `<blog>/_summarizer/`.

Everything that came from the report or a model is untrusted. It reaches the post only through
`md_text()`, which escapes HTML and the Markdown/kramdown syntax that could add links, footnotes or
attributes; the front matter is written by YAML's own dumper; and `render_with_liquid: false`
keeps Jekyll from running any Liquid the text may hold.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
)

from summarizer.document import Document
from summarizer.errors import InputError
from summarizer.lang.text import slugify
from summarizer.render.labels import FLAGGED, LABELS
from summarizer.render.merge import clearest, skeleton_themes, themes
from summarizer.render.publish import stamp
from summarizer.render.scope import report_scope

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|$])")


def md_text(text: str | None) -> str:
    """Untrusted text as inert inline Markdown: HTML escaped, link/footnote/attribute syntax
    backslash-escaped, newlines folded so it cannot start a heading or a front-matter fence."""
    if not text:
        return ""
    text = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


@dataclass(frozen=True)
class PostOptions:
    langs: tuple[str, ...] = ("zh", "en")
    blog_dir: Path = Path("blog")
    today: date | None = None
    skeleton: str | None = None  # lay the post out on this model's headings


def _text_in(claim: Mapping[str, Any], lang: str) -> str | None:
    return (claim.get("translations") or {}).get(lang) or (
        claim["text"] if claim.get("lang") == lang else None
    )


def _topic_label(topic: str, lang: str, doc: Document | None) -> str:
    if doc:
        for sec in doc.sections:
            if topic and topic in (sec.heading, *sec.translations.values()):
                return sec.translations.get(lang, sec.heading)
    return topic


def _source_link(doc: Document | None, quote_text: str) -> str | None:
    url = doc.meta.get("url") if doc else None
    if not url:
        return None
    if doc and doc.kind == "html":
        words = quote_text.split()
        fragment = " ".join(words[:8]) if len(words) > 8 else quote_text
        return f"{url}#:~:text={quote(fragment, safe='')}"
    return str(url)


def build_view(
    comparison: Mapping[str, Any], doc: Document | None, opts: PostOptions
) -> dict[str, Any]:
    """Everything the template shows, already escaped."""
    langs = opts.langs
    primary = langs[0]
    claims = {c["id"]: c for c in comparison["claims"]}
    ok_models = view_models(comparison)
    order = {s.id: i for i, (_, s) in enumerate(doc.sentences())} if doc else {}
    footnotes: dict[str, dict[str, Any]] = {}

    def cite(grounding: Mapping[str, Any] | None) -> str | None:
        if (
            not grounding
            or grounding.get("status") != "supported"
            or not grounding.get("source_anchor")
        ):
            return None
        anchor = grounding["source_anchor"]
        if anchor not in footnotes:
            sentence = doc.sentence(anchor) if doc else None
            section = doc.section_of(anchor) if doc else None
            where = []
            if section and section.heading:
                where.append(md_text(section.translations.get(primary, section.heading)))
            if sentence and sentence.page:
                where.append(LABELS[primary]["page"].format(page=sentence.page))
            link = _md_url(_source_link(doc, grounding.get("source_quote") or ""))
            footnotes[anchor] = {
                "id": f"src-{anchor}",
                "quote": md_text(grounding.get("source_quote")),
                "where": ("，" if primary == "zh" else ", ").join(where),
                "link": link,
                "anchor": anchor,
            }
        return footnotes[anchor]["id"]

    def texts(
        claim: Mapping[str, Any], others: Sequence[Mapping[str, Any]] = ()
    ) -> list[dict[str, str]]:
        """The claim in each language; a language it lacks may come from `others`, claims of
        the same fact that agree with it (never from one that gives another figure)."""
        out = []
        for lang in langs:
            t = _text_in(claim, lang) or next(
                (_text_in(o, lang) for o in others if _text_in(o, lang)), None
            )
            out.append(
                {
                    "lang": lang,
                    "text": md_text(t) if t else "",
                    "missing": LABELS[lang]["untranslated"] if not t else "",
                }
            )
        return out

    findings = _findings(comparison, claims, doc, opts, order, cite, texts)

    conflicts = []
    for g in comparison["groups"]:
        if not g.get("conflict"):
            continue
        members = [claims[cid] for cid in g["claim_ids"]]
        ref = next((c.get("grounding") for c in members if c.get("grounding")), None) or {}
        conflicts.append(
            {
                "texts": texts(members[0]),
                "severity": g["conflict"].get("severity", ""),
                "nature": LABELS[primary].get(g["conflict"].get("nature") or "real", ""),
                "values": [
                    {"model": md_text(m), "value": md_text(v)}
                    for m, v in g["conflict"]["values"].items()
                ],
                "source": md_text(ref.get("source_quote")),
                "footnote": cite(ref),
            }
        )

    takeaways: list[dict[str, Any]] = []
    for model in ok_models:
        said = [
            texts(c)
            for c in comparison["claims"]
            if c["model"] == model and c.get("kind") == "takeaway"
        ]
        takeaways.append({"model": md_text(model), "items": said})

    rows = comparison["scorecard"]
    return {
        "langs": langs,
        "primary": primary,
        "L": [LABELS[lang] for lang in langs],
        "models": [md_text(m) for m in ok_models],
        "findings": findings,
        "conflicts": conflicts,
        "takeaways": takeaways,
        "scorecard": rows,
        "reading": [_reading(rows, lang) for lang in langs],
        "footnotes": list(footnotes.values()),
        "scope": [md_text(report_scope(doc, lang)) for lang in langs] if doc else [],
    }


def _findings(
    comparison: Mapping[str, Any],
    claims: Mapping[str, Mapping[str, Any]],
    doc: Document | None,
    opts: PostOptions,
    order: Mapping[str, int],
    cite: Callable[[Mapping[str, Any] | None], str | None],
    texts: Callable[..., list[dict[str, str]]],
) -> list[dict[str, Any]]:
    """The key findings: one item per fact, under its theme, the facts more models state first."""
    langs, primary = opts.langs, opts.langs[0]
    theme_of, theme_order = _theme_plan(comparison, claims, doc, opts)
    topics: dict[str, list[dict[str, Any]]] = {}
    topic_pos: dict[str, float] = {}
    for idx, g in enumerate(comparison["groups"]):
        members = [claims[cid] for cid in g["claim_ids"]]
        grounded = [c for c in members if (c.get("grounding") or {}).get("status") == "supported"]
        lead = (
            max(grounded, key=lambda c: (c.get("grounding") or {}).get("score", 0))
            if grounded
            else clearest(members, primary)
        )
        agreeing = grounded if g.get("conflict") else members
        anchor = (lead.get("grounding") or {}).get("source_anchor") or ""
        section = doc.section_of(anchor) if doc and anchor else None
        # Facts follow the report's own sections when the source says where; else the theme
        # (or the skeleton's heading) they were given.
        topic = (
            section.heading
            if section and section.heading and not opts.skeleton
            else theme_of.get(g["id"], lead.get("topic") or "")
        )
        pos = order.get(anchor, 1e9)
        topics.setdefault(topic, []).append(
            {
                "texts": texts(lead, agreeing),
                "models": md_text(join(g["models"], primary)),
                "kind": g["kind"],
                "footnote": cite(lead.get("grounding")),
                "pos": pos,
                "n": len(g["models"]),
                "idx": idx,
            }
        )
        topic_pos[topic] = min(topic_pos.get(topic, 1e9), pos)
    findings = []
    for topic in _theme_sequence(topics, topic_pos, theme_order, bool(doc)):
        items = sorted(topics[topic], key=lambda f: (-f["n"], f["pos"], f["idx"]))
        labels = (
            [md_text(_topic_label(topic, lang, doc)) for lang in langs]
            if topic
            else [LABELS[lang]["other"] for lang in langs]
        )
        findings.append({"labels": labels, "items": items})
    return findings


def _theme_plan(
    comparison: Mapping[str, Any],
    claims: Mapping[str, Mapping[str, Any]],
    doc: Document | None,
    opts: PostOptions,
) -> tuple[dict[str, str], list[str]]:
    """(group id → theme, the themes' order when it is fixed: a skeleton's headings)."""
    if opts.skeleton:
        if opts.skeleton not in view_models(comparison):
            raise InputError(
                f"--skeleton {opts.skeleton}: no summary by that name; "
                f"use one of {', '.join(view_models(comparison))}"
            )
        order, theme_of = skeleton_themes(comparison["groups"], claims, opts.skeleton)
        return theme_of, order
    return themes(comparison["groups"], claims, opts.langs[0]), []


def _theme_sequence(
    topics: Mapping[str, list[dict[str, Any]]],
    topic_pos: Mapping[str, float],
    fixed: Sequence[str],
    by_report: bool,
) -> list[str]:
    """Themes in the skeleton's order, else the report's, else those whose facts more models
    state first; Other ("") last."""

    def key(t: str) -> tuple[float, ...]:
        if fixed:
            return (t == "", fixed.index(t) if t in fixed else len(fixed))
        if by_report and topic_pos[t] < 1e9:
            return (t == "", 0, topic_pos[t])
        shared = sum(1 for f in topics[t] if f["n"] > 1)
        return (t == "", 1, -shared, -len(topics[t]), min(f["idx"] for f in topics[t]))

    return sorted(topics, key=key)


def _reading(rows: Sequence[Mapping[str, Any]], lang: str) -> str:
    if not rows:
        return ""
    best = max(rows, key=lambda r: (r["coverage"], r["supported"]))
    flagged = [r["model"] for r in rows if r["unsupported"] or r["contradicted"]]
    flag = (
        FLAGGED[lang]["some"].format(names=join(flagged, lang))
        if flagged
        else FLAGGED[lang]["none"]
    )
    return md_text(
        LABELS[lang]["reading"].format(
            best=best["model"], coverage=f"{best['coverage']:.0%}", flagged=flag
        )
    )


def _environment(blog_dir: Path) -> Environment:
    loaders: list[BaseLoader] = [PackageLoader("summarizer", "render/templates")]
    user = blog_dir / "_summarizer"
    if user.is_dir():
        loaders.insert(0, FileSystemLoader(str(user)))
    return Environment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def render_post(
    comparison: Mapping[str, Any],
    doc: Document | None,
    abstracts: Mapping[str, str],
    title: Mapping[str, str],
    opts: PostOptions,
) -> str:
    """The whole post as Markdown text: front matter, note, abstract, <!--more-->, body."""
    view = build_view(comparison, doc, opts)
    primary = opts.langs[0]
    day = opts.today or date.today()
    main_title = title.get(primary) or next(iter(title.values()), "Report")
    slug = slugify(title.get("en") or main_title)
    source = comparison.get("source") or {}
    front = {
        "layout": "post",
        "title": main_title,
        "date": day.isoformat(),
        "categories": ["summaries"],
        "tags": ["report-summary", "model-comparison"],
        "lang": primary,
        "page_id": slug,
        "description": " ".join((abstracts.get(primary) or "").split())[:300],
        "source": {
            "title": source.get("title"),
            "url": source.get("url"),
            # which report this is, without publishing a local path: a hash of where it came from
            "id": hashlib.sha1(
                str(source.get("url") or source.get("path") or "").encode()
            ).hexdigest()[:12],
        },
        "models": view_models(comparison),
        "render_with_liquid": False,
    }
    if len(opts.langs) > 1 and title.get(opts.langs[1]):
        front["title_" + opts.langs[1]] = title[opts.langs[1]]
    view.update(
        {
            "front_matter": yaml.safe_dump(
                front, allow_unicode=True, sort_keys=False, width=1000
            ).strip(),
            "abstracts": [
                md_text(abstracts.get(lang)) for lang in opts.langs if abstracts.get(lang)
            ],
            "how": [
                md_text(
                    LABELS[lang]["how" if doc else "how_no_report"].format(
                        models=join(view_models(comparison), lang),
                        title=title.get(lang) or main_title,
                    )
                )
                for lang in opts.langs
            ],
            "source_link": _md_url(source.get("url")),
            "source_title": md_text(source.get("title") or source.get("url")),
        }
    )
    return stamp(_environment(opts.blog_dir).get_template("post.md.j2").render(**view))


def view_models(comparison: Mapping[str, Any]) -> list[str]:
    """The models whose summaries the post is made of."""
    return [m["name"] for m in comparison["models"] if m["status"] == "ok"]


def join(items: Sequence[str], lang: str) -> str:
    """A list as the language writes one: 甲、乙 / A, B."""
    return ("、" if lang == "zh" else ", ").join(items)


def _md_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is dropped."""
    if not url or not re.match(r"https?://", url, re.IGNORECASE):
        return None
    return url.replace(" ", "%20").replace(")", "%29").replace("(", "%28").replace(">", "%3E")
