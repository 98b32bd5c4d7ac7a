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
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
)

from summarizer.compare.conflicts import Conflict
from summarizer.compare.ground import Grounding
from summarizer.compare.model import Comparison
from summarizer.compare.restated import is_summary
from summarizer.document import Document
from summarizer.errors import InputError
from summarizer.lang.claims import Claim
from summarizer.lang.text import unnumbered
from summarizer.render.flags import FLAGGED as FLAG_STATUSES
from summarizer.render.flags import add_flags, as_reported, finding_marks, shown_value
from summarizer.render.inert import md_text, md_url, source_link
from summarizer.render.labels import (
    LABELS,
    in_script,
    join,
    named_report,
    reading,
    topic_label,
)
from summarizer.render.lead import disputed_at, lead_of
from summarizer.render.merge import (
    claim_before,
    in_body,
    section_of_heading,
    sections_by_heading,
    unlisted,
    with_subject,
)
from summarizer.render.publish import post_slug, stamp
from summarizer.render.scope import report_scope
from summarizer.render.themes import skeleton_themes, theme_sequence, themes


@dataclass(frozen=True)
class PostOptions:
    langs: tuple[str, ...] = ("zh", "en")
    blog_dir: Path = Path("blog")
    today: date | None = None
    skeleton: str | None = None  # lay the post out on this model's headings


class _PostView:
    """The parts of the post's view, sharing the footnotes they cite (numbered in the order
    they are first cited: findings, then conflicts)."""

    def __init__(self, comparison: Comparison, doc: Document | None, langs: tuple[str, ...]):
        self.comparison = comparison
        self.doc = doc
        self.langs = langs
        self.primary = langs[0]
        self.claims = {c.id: c for c in comparison.claims}
        self.groundings = comparison.groundings
        self.footnotes: dict[str, dict[str, Any]] = {}

    def cite(self, grounding: Grounding | None) -> str | None:
        """The footnote quoting the report for a supported claim (made on first use)."""
        if not grounding or grounding.status != "supported" or not grounding.source_anchor:
            return None
        doc, primary = self.doc, self.primary
        anchor = grounding.source_anchor
        if anchor not in self.footnotes:
            sentence = doc.sentence(anchor) if doc else None
            section = doc.section_of(anchor) if doc else None
            where = []
            if section and section.heading:
                where.append(
                    md_text(unnumbered(section.translations.get(primary, section.heading)))
                )
            if sentence and sentence.page:
                where.append(LABELS[primary]["page"].format(page=sentence.page))
            link = md_url(source_link(doc, grounding.source_quote or ""))
            self.footnotes[anchor] = {
                "id": f"src-{anchor}",
                "quote": md_text(grounding.source_quote),
                "where": ("，" if primary == "zh" else ", ").join(where),
                "link": link,
                "anchor": anchor,
            }
        return self.footnotes[anchor]["id"]

    def texts(self, claim: Claim, others: Sequence[Claim] = ()) -> list[dict[str, str]]:
        """The claim in each language it has, the post's order; a language it lacks may come
        from `others`, claims of the same fact that agree with it (never from one that gives
        another figure, nor from one the checks flagged). One no model wrote or translated is
        left out, not shown as a placeholder: the line stands in the language it has."""
        out = []
        others = [o for o in others if self._status(o) not in FLAG_STATUSES]
        for lang in self.langs:
            # the claim's own wording, else an agreeing claim's — each with its lead-in subject
            src = next((o for o in (claim, *others) if o.text_in(lang)), None)
            t = src.text_in(lang) if src else None
            if t and src and t == src.text:
                t = with_subject(src, claim_before(self.comparison, src))
            out.append(
                {
                    "lang": lang,
                    "text": md_text(unlisted(t)) if t else "",
                    "missing": LABELS[lang]["untranslated"] if not t else "",
                }
            )
        present = [t for t in out if t["text"]]
        if present:
            return present
        # a post in one language only (--split): the claim as its model wrote it
        own = claim.lang if claim.lang in ("zh", "en") else self.primary
        return [{"lang": own, "text": md_text(unlisted(claim.text)), "missing": ""}]

    def _status(self, c: Claim) -> str | None:
        g = self.groundings.get(c.id)
        return g.status if g else None

    def _vouching(self, models: Sequence[str], members: Sequence[Claim]) -> list[str]:
        """The models a finding is credited to: not one whose claim the checks flagged (it
        said otherwise; its ⚠ mark says how), unless every claim of the fact is flagged."""
        clean = {c.model for c in members if self._status(c) not in FLAG_STATUSES}
        return [m for m in models if m in clean] or list(models)

    def _lead(
        self, members: Sequence[Claim], conflict: Conflict | None
    ) -> tuple[Claim, list[Claim]]:
        doc = self.doc
        return lead_of(
            members,
            conflict,
            self.groundings,
            self.primary,
            in_summary=lambda anchor: doc is not None and is_summary(doc.section_of(anchor)),
        )

    def findings(self, skeleton: str | None = None) -> list[dict[str, Any]]:
        """The key findings: one item per fact, under its theme (the report's section when the
        source says where, else a theme built from the facts and the models' headings, or the
        skeleton model's heading), the facts more models state first."""
        doc, groundings = self.doc, self.groundings
        order = {s.id: i for i, (_, s) in enumerate(doc.sentences())} if doc else {}
        theme_of, theme_order = self._theme_plan(skeleton)
        by_heading = (
            {} if skeleton else sections_by_heading(self.comparison.claims, groundings, doc)
        )
        of_heading = section_of_heading(by_heading)
        topics: dict[str, list[dict[str, Any]]] = {}
        topic_pos: dict[str, float] = {}
        for idx, g in enumerate(self.comparison.groups):
            members = [self.claims[cid] for cid in g.claim_ids]
            conflict = self.comparison.conflicts.get(g.id)
            lead, agreeing = self._lead(members, conflict)
            lead_grounding = groundings.get(lead.id)
            anchor = (lead_grounding.source_anchor if lead_grounding else None) or ""
            anchor = in_body(doc, anchor, lead) if doc and anchor else anchor
            section = doc.section_of(anchor) if doc and anchor else None
            # a summary section ("核心发现") is no theme: it restates the body's sections
            if section and section.heading and not skeleton and not is_summary(section):
                topic = section.heading
            else:  # not found in the report: where its model's heading mostly points, if known
                near = (by_heading.get((c.model, c.section)) for c in members)
                topic = next((h for h in near if h), None) or theme_of.get(g.id, lead.topic or "")
                topic = of_heading.get(topic, topic)
            pos = order.get(anchor, 1e9)
            topics.setdefault(topic, []).append(
                {
                    "texts": self.texts(lead, agreeing),
                    "models": md_text(join(self._vouching(g.models, agreeing), self.primary)),
                    "kind": g.kind,
                    "footnote": self.cite(lead_grounding),
                    "pos": pos,
                    "n": len(g.models),
                    "idx": idx,
                    "flag": finding_marks(members, groundings, self.langs, conflict),  # flags.py
                    "headings": [c.section for c in members],
                    "givers": [c.model for c in members],
                }
            )
            topic_pos[topic] = min(topic_pos.get(topic, 1e9), pos)
        findings: list[dict[str, Any]] = []
        # no theme is named as the section it stands in ("Key findings", a model's catch-all)
        taken: set[str] = {LABELS[lang]["findings"] for lang in self.langs}
        for topic in theme_sequence(topics, topic_pos, theme_order, bool(doc)):
            items = sorted(topics[topic], key=lambda f: (-f["n"], f["pos"], f["idx"]))
            headings = [h for f in items for h in f["headings"]]
            givers = [m for f in items for m in f["givers"]]
            # a skeleton's headings as written; in the other language its facts' ("Market size")
            labels = [
                in_script(topic_label(topic, lang, doc), lang, headings, taken, givers)
                if topic else LABELS[lang]["other"] for lang in self.langs
            ]  # fmt: skip
            taken.update(labels)
            findings.append({"labels": [md_text(x) for x in labels], "items": items})
        return findings

    def _theme_plan(self, skeleton: str | None) -> tuple[dict[str, str], list[str]]:
        """(group id → theme, the themes' order when it is fixed: a skeleton's headings)."""
        groups = self.comparison.groups
        if skeleton:
            models = view_models(self.comparison)
            if skeleton not in models:
                raise InputError(
                    f"--skeleton {skeleton}: no summary by that name; use one of "
                    f"{', '.join(models)}"
                )
            order, theme_of = skeleton_themes(groups, self.claims, skeleton)
            if not any(order):
                headed = [m for m in models if any(skeleton_themes([], self.claims, m)[0])]
                raise InputError(
                    f"--skeleton {skeleton}: that summary has no headings to lay the post out "
                    "on; "
                    + (f"use one that has: {', '.join(headed)}" if headed else "leave it out")
                )
            return theme_of, order
        return themes(groups, self.claims, self.primary), []

    def conflicts(self) -> list[dict[str, Any]]:
        """The groups whose models give different figures, each with what each model said."""
        conflicts = []
        for g in self.comparison.groups:
            conflict = self.comparison.conflicts.get(g.id)
            if not conflict:
                continue
            members = [self.claims[cid] for cid in g.claim_ids]
            lead, _ = self._lead(members, conflict)  # the side the findings show, as shown
            conflicts.append(
                {
                    "texts": self.texts(lead),
                    "severity": conflict.severity,
                    "nature": LABELS[self.primary].get(conflict.nature or "real", ""),
                    "values": [
                        {
                            "model": md_text(m),
                            "value": shown_value(conflict, v, self.primary),
                            "verdict": as_reported(members, m, self.groundings, self.primary),
                        }
                        for m, v in conflict.values.items()
                    ],
                    "sources": [
                        {"quote": md_text(r.source_quote), "footnote": self.cite(r)}
                        for r in disputed_at(members, conflict, self.groundings)
                    ],
                }
            )
        return conflicts

    def takeaways(self, models: Sequence[str]) -> list[dict[str, Any]]:
        """Each model's takeaways (opinions, not checked against the report)."""
        claims = self.comparison.claims
        return [
            {
                "model": md_text(model),
                "items": [
                    self.texts(c) for c in claims if c.model == model and c.kind == "takeaway"
                ],
            }
            for model in models
        ]


def build_view(comparison: Comparison, doc: Document | None, opts: PostOptions) -> dict[str, Any]:
    """Everything the template shows, already escaped."""
    langs = opts.langs
    ok_models = view_models(comparison)
    post = _PostView(comparison, doc, langs)
    # the findings before the conflicts: footnotes are numbered as first cited
    findings = post.findings(opts.skeleton)
    conflicts = post.conflicts()
    rows = [asdict(row) for row in comparison.scorecard]
    return {
        "langs": langs,
        "primary": langs[0],
        "L": [LABELS[lang] for lang in langs],
        "models": [md_text(m) for m in ok_models],
        "findings": findings,
        "conflicts": conflicts,
        "takeaways": post.takeaways(ok_models),
        "scorecard": rows,
        "checked": doc is not None,  # without the report nothing was checked: no counts
        "reading": [reading(rows, lang, checked=doc is not None) for lang in langs],
        "footnotes": list(post.footnotes.values()),
        "scope": [md_text(report_scope(doc, lang)) for lang in langs] if doc else [],
    }


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


def _how(comparison: Comparison, doc: Document | None, title: str, lang: str) -> str:
    """The note on how the post was made, naming the report by its own title where there is
    one (not the models' title for it)."""
    label = LABELS[lang]["how" if doc else "how_no_report"]
    named = named_report(comparison.source.title if doc else None, title, lang)
    return md_text(label.format(models=join(view_models(comparison), lang), title=named))


def render_post(
    comparison: Comparison,
    doc: Document | None,
    abstracts: Mapping[str, str],
    title: Mapping[str, str],
    opts: PostOptions,
) -> str:
    """The whole post as Markdown text: front matter, note, abstract, <!--more-->, body."""
    view = build_view(comparison, doc, opts)
    add_flags(view, comparison, opts.langs)  # "check before publishing": render/flags.py
    primary = opts.langs[0]
    day = opts.today or date.today()
    main_title = title.get(primary) or next(iter(title.values()), "Report")
    slug = post_slug(title, primary)
    source = comparison.source
    front = {
        "layout": "post",
        "title": main_title,
        "date": day.isoformat(),
        "categories": ["summaries"],
        "tags": ["report-summary", "model-comparison"],
        "lang": primary,
        "page_id": slug,
        "description": _description(abstracts.get(primary), view["findings"]),
        "source": {
            "title": source.title,
            "url": source.url,
            # which report this is, without publishing a local path: a hash of where it came from
            "id": hashlib.sha1(str(source.url or source.path).encode()).hexdigest()[:12]
            if source.url or source.path
            else None,
        },
        "models": view_models(comparison),
        "render_with_liquid": False,
    }
    if len(opts.langs) > 1 and title.get(opts.langs[1]) not in (None, "", main_title):
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
                _how(comparison, doc, title.get(lang) or main_title, lang) for lang in opts.langs
            ],
            "source_link": md_url(source.url),
            "source_title": md_text(source.title or source.url),
        }
    )
    return stamp(_environment(opts.blog_dir).get_template("post.md.j2").render(**view))


def view_models(comparison: Comparison) -> list[str]:
    """The models whose summaries the post is made of."""
    return comparison.ok_models()


def _description(abstract: str | None, findings: Sequence[Mapping[str, Any]]) -> str:
    """The abstract, else the finding most models state with no warning, as plain text."""
    items = [item for f in findings for item in f["items"] if item["texts"]]
    best = max(items, key=lambda item: (not item["flag"], item["n"]), default=None)
    text = abstract or (best["texts"][0]["text"] if best else "")
    plain = re.sub(r"\\(.)", r"\1", text)  # the Markdown escapes of the post's text
    return " ".join(re.sub(r"[<>]", "", plain).split())[:300]
