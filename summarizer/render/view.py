"""The side-by-side view: outputs/<run>/compare.html, one self-contained page (inline CSS, JS and
SVG; nothing from the network) that shows, claim by claim, which model said what, how the report
backs it, and where the models disagree. Every text in it is escaped by Jinja2's autoescape."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from summarizer.document import Document
from summarizer.files import write_atomic

METRICS = (
    ("coverage", "coverage", lambda r: r["coverage"], "{:.0%}"),
    (
        "supported",
        "supported share",
        lambda r: r["supported"] / r["claims"] if r["claims"] else 0,
        "{:.0%}",
    ),
    ("conflicts", "numeric conflicts", lambda r: r["numeric_conflicts"], "{:.0f}"),
    ("cost", "cost USD", lambda r: r["cost_usd"], "${:.4f}"),
    ("latency", "latency s", lambda r: r["latency_s"], "{:.1f}"),
)


def _bars(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    charts = []
    for key, label, value, fmt in METRICS:
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


def build_view(comparison: Mapping[str, Any], doc: Document | None) -> dict[str, Any]:
    models = [m["name"] for m in comparison["models"]]
    claims = {c["id"]: c for c in comparison["claims"]}
    rows = []
    for g in comparison["groups"]:
        cells: dict[str, list[dict[str, Any]]] = {m: [] for m in models}
        statuses = set()
        for cid in g["claim_ids"]:
            c = claims[cid]
            grounding = c.get("grounding") or {}
            status = grounding.get("status") or "unverified"
            statuses.add(status)
            cells[c["model"]].append(
                {
                    "zh": (c.get("translations") or {}).get("zh"),
                    "en": (c.get("translations") or {}).get("en"),
                    "status": status,
                    "anchor": grounding.get("source_anchor"),
                    "reason": grounding.get("reason") or "",
                    "by": grounding.get("by") or "offline",
                    "offline_status": (grounding.get("offline") or {}).get("status"),
                    "note": grounding.get("judge_note"),
                    "figures": ", ".join(q["raw"] for q in c.get("quantities") or []),
                }
            )
        conflict = g.get("conflict")
        rows.append(
            {
                "id": g["id"],
                "kind": g["kind"],
                "cells": [cells[m] for m in models],
                "conflict": conflict,
                "flagged": bool(statuses & {"unsupported", "contradicted"}),
            }
        )
    source = []
    if doc:
        for section in doc.sections:
            paragraphs = [
                [{"id": s.id, "text": s.text} for s in p.sentences] for p in section.paragraphs
            ]
            source.append({"heading": section.heading, "paragraphs": paragraphs})
    return {
        "title": (comparison.get("source") or {}).get("title") or "Comparison",
        "models": comparison["models"],
        "scorecard": comparison["scorecard"],
        "judge": comparison.get("judge"),
        "themes": comparison.get("themes") or [],
        "charts": _bars(comparison["scorecard"]),
        "rows": rows,
        "source": source,
        "counts": {
            k: sum(r["kind"] == k for r in rows)
            for k in ("consensus", "majority", "minority", "unique")
        },
        "n_conflicts": sum(1 for r in rows if r["conflict"]),
        "n_flagged": sum(1 for r in rows if r["flagged"]),
    }


def render_view(comparison: Mapping[str, Any], doc: Document | None) -> str:
    env = Environment(
        loader=PackageLoader("summarizer", "render/templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("compare.html.j2").render(**build_view(comparison, doc))


def write_view(run_dir: Path, comparison: Mapping[str, Any], doc: Document | None) -> Path:
    return write_atomic(run_dir / "compare.html", render_view(comparison, doc))


def serve(folder: Path, port: int, say: Callable[[str], None]) -> None:
    """Serve a run folder on 127.0.0.1 (only this machine) until Ctrl-C."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        say(f"Serving http://127.0.0.1:{httpd.server_address[1]}/compare.html (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()
