"""The side-by-side view: outputs/<run>/compare.html, one self-contained page (inline CSS, JS and
SVG; nothing from the network) that shows, claim by claim, which model said what, how the report
backs it, and where the models disagree. Every text in it is escaped by Jinja2's autoescape."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from summarizer.compare.model import Comparison
from summarizer.document import Document
from summarizer.files import write_atomic
from summarizer.render.reasons import reason_in

METRICS = (
    ("coverage", "coverage", lambda r: r["coverage"], "{:.0%}"),
    (
        "supported",
        "supported share",
        lambda r: r["supported"] / r["claims"] if r["claims"] else 0,
        "{:.0%}",
    ),
    ("conflicts", "disagreements", lambda r: r["numeric_conflicts"], "{:.0f}"),
    ("cost", "cost USD", lambda r: r["cost_usd"], "${:.4f}"),
    ("latency", "latency s", lambda r: r["latency_s"], "{:.1f}"),
)


def _bars(rows: Sequence[Mapping[str, Any]], checked: bool) -> list[dict[str, Any]]:
    """The scorecard's bar charts — without a supported share where no report was checked, nor
    cost and latency where no model was called (pasted answers cost nothing here)."""
    called = any(r["called"] for r in rows)
    skip = ({"supported"} if not checked else set()) | (set() if called else {"cost", "latency"})
    charts = []
    for key, label, value, fmt in METRICS:
        if key in skip:
            continue
        values = [float(value(r)) for r in rows]
        top = max(values, default=0.0) or 1.0
        charts.append(
            {
                "key": key,
                "label": label,
                "bars": [
                    {"model": r["model"], "width": round(100 * v / top, 1), "text": fmt.format(v)}
                    for r, v in zip(rows, values, strict=True)
                ],
            }
        )
    return charts


def page_context(comparison: Comparison, doc: Document | None) -> dict[str, Any]:
    """What compare.html shows: one row per group, one column per model, the scorecard and its
    charts, the report by sections (escaped by the template)."""
    models = [m.name for m in comparison.models]
    rows = []
    for g in comparison.groups:
        cells: dict[str, list[dict[str, Any]]] = {m: [] for m in models}
        statuses = set()
        for cid in g.claim_ids:
            c = comparison.claim(cid)
            grounding = comparison.groundings.get(cid)
            status = (grounding.status if grounding else None) or "unverified"
            statuses.add(status)
            cells[c.model].append(
                {
                    "zh": c.translations.get("zh"),
                    "en": c.translations.get("en"),
                    "status": status,
                    "anchor": grounding.source_anchor if grounding else None,
                    "reason": (grounding.reason if grounding else None) or "",
                    "reason_zh": reason_in(grounding.reason or "", "zh") if grounding else "",
                    "by": grounding.by if grounding else "offline",
                    "offline_status": (
                        (grounding.offline or {}).get("status") if grounding else None
                    ),
                    "note": grounding.judge_note if grounding else None,
                    "figures": ", ".join(q.raw for q in c.quantities),
                }
            )
        conflict = comparison.conflicts.get(g.id)
        rows.append(
            {
                "id": g.id,
                "kind": g.kind,
                "cells": [cells[m] for m in models],
                "conflict": asdict(conflict) if conflict else None,
                "flagged": bool(statuses & {"unsupported", "contradicted"}),
            }
        )
    source = _report_sections(doc)
    scorecard = [{**asdict(row), "called": row.called} for row in comparison.scorecard]
    return {
        "title": comparison.source.title or "Comparison",
        "models": [m.to_json() for m in comparison.models],
        "scorecard": scorecard,
        # with no report nothing was checked, and a pasted answer cost nothing here: "–"
        "checked": comparison.source.given,
        "judge": comparison.judge,
        "themes": [asdict(t) for t in comparison.themes],
        "charts": _bars(scorecard, comparison.source.given),
        "rows": rows,
        "source": source,
        "counts": {
            k: sum(r["kind"] == k for r in rows)
            for k in ("consensus", "majority", "minority", "unique")
        },
        "n_conflicts": sum(1 for r in rows if r["conflict"]),
        "n_flagged": sum(1 for r in rows if r["flagged"]),
    }


def _report_sections(doc: Document | None) -> list[dict[str, Any]]:
    """The report by sections and sentences, for the page's source column."""
    if doc is None:
        return []
    return [
        {
            "heading": section.heading,
            "paragraphs": [
                [{"id": s.id, "text": s.text} for s in p.sentences] for p in section.paragraphs
            ],
        }
        for section in doc.sections
    ]


def render_view(comparison: Comparison, doc: Document | None) -> str:
    env = Environment(
        loader=PackageLoader("summarizer", "render/templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("compare.html.j2").render(**page_context(comparison, doc))


def write_view(run_dir: Path, comparison: Comparison, doc: Document | None) -> Path:
    return write_atomic(run_dir / "compare.html", render_view(comparison, doc))


class _PageHandler(SimpleHTTPRequestHandler):
    """The run folder's files, with `/` answered by the comparison page and no folder listings."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.split("?", 1)[0] in ("", "/", "/index.html"):
            self.path = "/compare.html"
        super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if self.path.split("?", 1)[0] in ("", "/", "/index.html"):
            self.path = "/compare.html"
        super().do_HEAD()

    def list_directory(self, path: Any) -> None:
        self.send_error(404, "No listing here; the page is /compare.html")
        return None


def serve(folder: Path, port: int, say: Callable[[str], None]) -> None:
    """Serve a run folder on 127.0.0.1 (only this machine) until Ctrl-C; `/` is the page."""
    handler = functools.partial(_PageHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        say(f"Serving http://127.0.0.1:{httpd.server_address[1]}/ (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()
