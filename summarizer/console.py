"""What the command line prints: progress and results on stderr, tables that fit a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # what it prints; imported by the commands that make them
    from summarizer.commands import ModelRow
    from summarizer.compare.model import Comparison
    from summarizer.pipeline import RunResult
    from summarizer.summarize.plan import ModelPlan


class _Stdout(Console):
    def on_broken_pipe(self) -> None:
        """The reader went away (`| head`): let the command line end quietly (rich would exit 1)."""
        self.quiet = True
        raise BrokenPipeError


def out_console() -> Console:
    """Tables on stdout: as wide as the terminal, or 120 columns into a pipe or file."""
    return _Stdout(highlight=False, markup=False, width=None if sys.stdout.isatty() else 120)


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def progress_printer(console: Console) -> Callable[[str, str], None]:
    def report(model: str, event: str) -> None:
        if event != "queued":
            console.print(f"  {model}: {event}")

    return report


def print_scorecard(console: Console, comparison: Comparison) -> None:
    from summarizer.compare.score import shown_coverage  # loaded with the comparison already

    table = Table(title="Scorecard", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    columns = ("model", "claims", "cover", "uniq", "sup", "unsup", "contra", "unver", "confl")
    for col in columns:  # the numbers keep their headings whole; a long model name gives way
        if col == "model":
            table.add_column(col, overflow="ellipsis", no_wrap=True)
        else:
            table.add_column(col, justify="right", no_wrap=True, min_width=len(col))
    checked = comparison.source.given
    for r in comparison.scorecard:
        counts = (r.supported, r.unsupported, r.contradicted, r.unverified)
        grounded = counts if checked else ("–",) * 4
        table.add_row(
            r.model,
            str(r.claims),
            shown_coverage(r, comparison.scorecard),
            str(r.unique),
            *(str(x) for x in grounded),
            str(r.numeric_conflicts),
        )
    console.print(table)
    console.print(
        "cover: of the facts two or more models state, the share it states · uniq: facts only it "
        "states · sup/unsup/contra/unver: claims the report supports / does not / "
        "contradicts / the checks cannot decide · confl: disagreements on a figure in which it is "
        "outnumbered (both sides when neither is)"
    )
    if len(comparison.scorecard) < 2:
        how = (
            "it is checked against the report"
            if checked
            else "with no report (--source) it is not checked either"
        )
        console.print(
            f"One summary: {how}; coverage and disagreements need two or more (repeat "
            "--summary NAME=FILE, or --model in `run`)."
        )
    judge = comparison.judge
    if judge:
        console.print(
            f"judge {judge['model']}: {judge['claims_sent']} claims, {judge.get('pairs_sent', 0)} "
            f"pairs in {judge['requests']} calls "
            f"({judge['cached']} cached), {judge['tokens_in'] + judge['tokens_out']:,} tokens, "
            f"${judge['cost_usd']:.4f}; changed {judge['overridden']} offline verdicts"
            + (f", {judge['fallbacks']} kept offline" if judge["fallbacks"] else "")
        )


def print_plan(
    plans: dict[str, ModelPlan], to_pay: dict[str, float], missing_keys: Sequence[str] = ()
) -> None:
    """The --dry-run table: per model, calls, tokens and cost; nothing is called. `missing_keys`:
    the variables a real run will need (named on stderr)."""
    if not plans:
        print("Nothing to pay for: no language model in this run (baselines or pasted summaries).")
        return
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
    out_console().print(table)
    judged = any(name.startswith("judge: ") for name in plans)
    print(
        f"Total: ${sum(to_pay.values()):.4f} estimated; a report longer than a model's context "
        "is sent in parts (calls > 1)"
        + ("; the judge checks about ten claims a call." if judged else ".")
    )
    if missing_keys:
        err_console().print(
            f"Before a real run, set the environment variable {', '.join(missing_keys)}."
        )


VERBS = {
    "written": "Post written",
    "unchanged": "Post unchanged",
    "updated": "Post updated",
    "overwritten": "Post overwritten",
    "removed": "Removed this report's post in the other layout (split or not)",
}


def report_posts(err: Console, posts: Sequence[tuple[Path, str]]) -> None:
    for path, status in posts:
        if status == "beside":
            edited = path.with_name(path.name.removeprefix("_").replace(".new.", ".", 1))
            err.print(
                f"Your edits are kept: {edited} was edited by hand, so the new version is beside "
                f"it in {path} (Jekyll does not publish it). Merge what you want, or pass "
                "--force to replace the edited post."
            )
        else:
            err.print(f"{VERBS[status]}: {path}")


def finish(err: Console, comparison: Comparison, as_json: bool) -> None:
    print_scorecard(err, comparison)
    if as_json:
        from summarizer.compare.model import comparison_text

        print(comparison_text(comparison))


def print_run(err: Console, result: RunResult, as_json: bool) -> None:
    """After a run: the scorecard, tokens and money spent, the posts and the run folder on
    stderr; the posts' paths (or, with --json, the comparison) on stdout."""
    finish(err, result.comparison, as_json)
    paid = [r for r in result.responses if r.tokens_in or r.tokens_out]
    if paid:
        fresh = [r for r in paid if not r.cached]
        err.print(
            f"Tokens: {sum(r.tokens_in for r in paid):,} in, {sum(r.tokens_out for r in paid):,}"
            f" out; spent now ${sum(r.cost_usd for r in fresh):.4f}"
            + (
                f" ({len(paid) - len(fresh)} answers from the cache, no new cost)"
                if len(fresh) < len(paid)
                else ""
            )
        )
    report_posts(err, result.posts)
    for note in result.notes:
        err.print(note)
    err.print(f"Run folder: {result.run_dir}")
    if result.failed:
        err.print(
            f"Some models failed: {', '.join(result.failed)} "
            "(see run.json); the post was written from the others."
        )
    if not as_json:
        for path, status in result.posts:
            if status != "removed":
                print(path)


def print_models(rows: Sequence[ModelRow], families_line: str) -> None:
    """`summarizer models`: a table of the models and whether each key is set."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("model", "API key", "context", "$/Mtok in/out"):
        table.add_column(col, no_wrap=True)
    for row in rows:
        table.add_row(row.name, row.key, row.context, row.price)
    out_console().print(table)
    print(families_line)
