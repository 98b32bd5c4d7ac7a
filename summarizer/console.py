"""What the command line prints: progress and results on stderr, tables that fit a terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from summarizer.summarize.plan import ModelPlan


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def progress_printer(console: Console) -> Callable[[str, str], None]:
    def report(model: str, event: str) -> None:
        if event != "queued":
            console.print(f"  {model}: {event}")

    return report


def print_scorecard(console: Console, comparison: dict[str, Any]) -> None:
    table = Table(title="Scorecard", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    columns = ("model", "claims", "cover", "uniq", "sup", "unsup", "contra", "confl")
    for col in columns:
        table.add_column(col, justify="left" if col == "model" else "right", no_wrap=True)
    for r in comparison["scorecard"]:
        table.add_row(
            r["model"],
            str(r["claims"]),
            f"{r['coverage']:.0%}",
            str(r["unique"]),
            str(r["supported"]),
            str(r["unsupported"]),
            str(r["contradicted"]),
            str(r["numeric_conflicts"]),
        )
    console.print(table)
    console.print(
        "cover: of the facts two or more models state, the share it states · uniq: facts only it "
        "states · sup/unsup/contra: claims the report supports / does not / "
        "contradicts · confl: numeric conflicts with other models"
    )
    judge = comparison.get("judge")
    if judge:
        console.print(
            f"judge {judge['model']}: {judge['claims_sent']} claims, {judge.get('pairs_sent', 0)} "
            f"pairs in {judge['requests']} calls "
            f"({judge['cached']} cached), {judge['tokens_in'] + judge['tokens_out']:,} tokens, "
            f"${judge['cost_usd']:.4f}; changed {judge['overridden']} offline verdicts"
            + (f", {judge['fallbacks']} kept offline" if judge["fallbacks"] else "")
        )


def print_plan(plans: dict[str, ModelPlan], to_pay: dict[str, float]) -> None:
    """The --dry-run table: per model, calls, tokens and cost; nothing is called."""
    table = Table(
        title="Plan (nothing was called)", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    for col in ("model", "calls", "tokens in", "tokens out (est.)", "cost USD (est.)"):
        table.add_column(col, justify="left" if col == "model" else "right", no_wrap=True)
    for name, plan in plans.items():
        cost = f"{to_pay.get(name, 0.0):.4f}" if plan.priced else "unknown"
        if plan.priced and to_pay.get(name, 0.0) < plan.cost_usd:
            cost += " (cached)" if not to_pay.get(name) else " (part cached)"
        table.add_row(name, str(plan.calls), f"{plan.tokens_in:,}", f"{plan.tokens_out:,}", cost)
    console = Console(highlight=False, markup=False, width=None if sys.stdout.isatty() else 120)
    console.print(table)
    print(
        f"Total: ${sum(to_pay.values()):.4f} estimated; a report longer than a model's context "
        "is sent in parts (calls > 1)."
    )


VERBS = {
    "written": "Post written",
    "unchanged": "Post unchanged",
    "updated": "Post updated",
    "overwritten": "Post overwritten",
}


def report_posts(err: Console, posts: Sequence[tuple[Path, str]]) -> None:
    for path, status in posts:
        err.print(f"{VERBS[status]}: {path}")


def finish(err: Console, comparison: dict[str, Any], as_json: bool) -> None:
    print_scorecard(err, comparison)
    if as_json:
        print(json.dumps(comparison, ensure_ascii=False, indent=1))
