"""Command line: parse, call the library, print. Progress goes to stderr, results to stdout.

Exit codes: 0 ok · 1 some model failed but a post was written · 2 usage or input error ·
3 nothing usable.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import traceback
import webbrowser
from collections.abc import Callable, Sequence
from dataclasses import replace
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from summarizer import __version__, pipeline
from summarizer.config import Settings, load_settings, parse_langs
from summarizer.document import Document
from summarizer.errors import InputError, SummarizerError
from summarizer.example import load_example
from summarizer.fetch import fetch
from summarizer.files import write_atomic
from summarizer.plan import ModelPlan
from summarizer.providers.base import Response
from summarizer.providers.registry import (
    BASELINES,
    DEFAULT_OFFLINE,
    families,
    missing_keys,
    presets_models,
    resolve,
    specs_for,
)
from summarizer.render.view import write_view
from summarizer.runner import load_responses, response_path
from summarizer.secrets import load_env_file, redact

EPILOG = """examples:
  summarizer run                                   offline demo on the bundled example report
  summarizer run https://example.org/report.pdf    summarize a report (PDF, HTML, Markdown, text)
  summarizer run report.pdf --summary gemini=gemini.md --summary doubao=doubao.md
                                                   merge summaries pasted from chat apps
  summarizer compare --source report.pdf --summary a=a.md --summary b=b.md --json
  summarizer render outputs/20261129-101500-my-report --force
"""


REFRESH_HELP = "ask the models again instead of using cached answers (costs money)"


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Summarize a long report with several models (or your pasted summaries), "
        "compare them claim by claim against the report, and write a bilingual "
        "Jekyll post.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="config file (default: ./summarizer.toml if present)",
    )
    parser.add_argument(
        "--env-file",
        type=Path,
        metavar="FILE",
        help="read API keys from this .env file (KEY=VALUE lines); the environment wins",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    models_help = (
        "model to use (repeatable): baseline/lead, baseline/textrank, or FAMILY/MODEL with "
        f"FAMILY one of {', '.join(families())} (e.g. openai/gpt-4.1-mini); see `models`"
    )
    p = sub.add_parser(
        "run",
        help="fetch → summarize → compare → render, in one go",
        description="Run the whole pipeline. With no SOURCE, runs the bundled "
        "example report offline.",
    )
    p.add_argument("source", nargs="?", help="URL or file of the report (default: the example)")
    p.add_argument("--model", "-m", action="append", metavar="M", help=models_help)
    _summary_option(p, "a summary you already have (Markdown/text/JSON) instead of model calls")
    _common(p)
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite a post that was edited by hand",
    )
    p.add_argument("--refresh", action="store_true", help=REFRESH_HELP)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print the plan (calls, tokens, cost per model) and stop; calls nothing",
    )
    p.add_argument(
        "--max-cost",
        type=float,
        metavar="USD",
        help="refuse to start if the run is estimated to cost more (default: "
        "max_cost_usd in summarizer.toml)",
    )
    p.add_argument("--json", action="store_true", help="print comparison.json to stdout")

    p = sub.add_parser("fetch", help="read a report into a new run folder (source.md/json)")
    p.add_argument("source", help="URL or file of the report")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="where run folders go (default: outputs)"
    )

    p = sub.add_parser("summarize", help="ask the models to summarize a fetched report")
    p.add_argument("run_dir", type=Path, help="run folder made by `fetch`")
    p.add_argument("--model", "-m", action="append", metavar="M", help=models_help)
    p.add_argument("--refresh", action="store_true", help=REFRESH_HELP)

    p = sub.add_parser(
        "compare",
        help="compare summaries claim by claim",
        description="Compare the responses of a run folder, or summaries you "
        "bring with --summary (grounding needs --source).",
    )
    p.add_argument("run_dir", type=Path, nargs="?", help="run folder with responses/")
    p.add_argument("--source", help="the report, to check claims against (with --summary)")
    _summary_option(p, "a summary to compare (Markdown/text/JSON)")
    _common(p)
    p.add_argument("--json", action="store_true", help="print comparison.json to stdout")

    p = sub.add_parser("render", help="write the post from a run folder's comparison")
    p.add_argument("run_dir", type=Path, help="run folder with comparison.json")
    _post_options(p)
    p.add_argument("--blog", type=Path, metavar="DIR", help="Jekyll site (default: blog)")
    p.add_argument("--force", action="store_true", help="overwrite a post edited by hand")

    p = sub.add_parser(
        "view",
        help="write (and open or serve) the side-by-side comparison page",
        description="Write compare.html in a run folder: one self-contained page "
        "comparing the models claim by claim. --open shows it in your browser; "
        "--serve serves the run folder on 127.0.0.1 until Ctrl-C.",
    )
    p.add_argument("run_dir", type=Path, help="run folder with comparison.json")
    p.add_argument("--open", action="store_true", help="open the page in the default browser")
    p.add_argument("--serve", action="store_true", help="serve it on http://127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="port for --serve (default: any free)")

    sub.add_parser("models", help="list the available models")
    return parser


def _summary_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--summary",
        "-s",
        action="append",
        metavar="NAME=FILE",
        default=[],
        help=f"{what}; repeatable",
    )


def _post_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", help="languages of the post, e.g. zh,en (first is primary)")
    p.add_argument(
        "--split",
        action="store_true",
        default=None,
        help="one post per language (linked by a shared page_id) instead of one bilingual post",
    )


def _common(p: argparse.ArgumentParser) -> None:
    _post_options(p)
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="where run folders go (default: outputs)"
    )
    p.add_argument("--blog", type=Path, metavar="DIR", help="Jekyll site (default: blog)")


def _settings(args: argparse.Namespace) -> Settings:
    s = load_settings(args.config)
    if getattr(args, "lang", None):
        s = replace(s, langs=parse_langs(args.lang))
    if getattr(args, "split", None):
        s = replace(s, split=True)
    if getattr(args, "out", None):
        s = replace(s, outputs=args.out)
    if getattr(args, "blog", None):
        s = replace(s, blog=args.blog)
    return s


def read_summaries(specs: Sequence[str]) -> list[Response]:
    """NAME=FILE pairs → responses, as if each NAME had answered with the file's content."""
    out: list[Response] = []
    for spec in specs:
        name, sep, file = spec.partition("=")
        if not sep or not name.strip() or not file.strip():
            raise InputError(f"--summary {spec!r}: expected NAME=FILE, e.g. gemini=gemini.md")
        path = Path(file).expanduser()
        if not path.is_file():
            raise InputError(f"--summary {name}: no such file {file}")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"--summary {name}: {file} is not UTF-8 text; save it as UTF-8"
            ) from exc
        if not text.strip():
            raise InputError(f"--summary {name}: {file} is empty")
        structured = None
        if path.suffix.lower() == ".json":
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise InputError(f"--summary {name}: {file} is not valid JSON ({exc})") from exc
            structured = data if isinstance(data, dict) else None
        out.append(Response(name.strip(), "pasted", text=text, structured=structured))
    if len({r.model for r in out}) != len(out):
        raise InputError("two --summary options use the same NAME; give each summary its own")
    return out


def _progress(console: Console) -> Callable[[str, str], None]:
    def report(model: str, event: str) -> None:
        if event != "queued":
            console.print(f"  {model}: {event}")

    return report


def _print_result(console: Console, comparison: dict[str, Any]) -> None:
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
        "cover: share of the facts other models also state · uniq: facts only it "
        "states · sup/unsup/contra: claims the report supports / does not / "
        "contradicts · confl: numeric conflicts with other models"
    )


def _check_budget(plans: dict[str, ModelPlan], to_pay: dict[str, float], cap: float | None) -> None:
    """Refuse, before any call, a run whose estimate is over the cap (or cannot be priced)."""
    if cap is None:
        return
    unpriced = [name for name, plan in plans.items() if not plan.priced and to_pay.get(name)]
    if unpriced:
        raise InputError(
            f"cannot check --max-cost: no prices for {', '.join(unpriced)}; set "
            "price_in_per_mtok and price_out_per_mtok for it in summarizer.toml"
        )
    total = sum(to_pay.values())
    if total > cap:
        raise InputError(
            f"this run is estimated at ${total:.4f}, above the ${cap:.4f} limit "
            "(--max-cost / max_cost_usd); drop or swap a model, or raise the limit"
        )


def _print_plan(plans: dict[str, ModelPlan], to_pay: dict[str, float]) -> None:
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


def _model_names(args: argparse.Namespace, settings: Settings) -> list[str]:
    """--model, else the models of summarizer.toml, else the offline baselines."""
    return (
        args.model
        or [m.get("name") or m["model"] for m in settings.models]
        or list(DEFAULT_OFFLINE)
    )


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    err = _err()
    summaries = read_summaries(args.summary)
    if args.summary and args.model:
        raise InputError("use either --model or --summary, not both")
    names = _model_names(args, settings)
    providers = [] if summaries else resolve(names, settings.models)
    if args.source:
        err.print(f"Reading {args.source} …")
        doc: Document = fetch(args.source, cache_dir=settings.cache_dir / "fetch")
    else:
        doc = load_example()
    if not summaries and all(name in DEFAULT_OFFLINE for name in names):
        what = "the bundled example report" if not args.source else args.source
        err.print(
            f"Offline demo: {what} through the extractive baselines "
            f"({', '.join(names)}), no keys, no network. To compare LLMs, set a key and "
            "pass e.g. --model openai/gpt-4.1-mini (`summarizer models` lists them), or bring "
            "summaries you have with --summary NAME=FILE."
        )
    err.print(
        f"Report: {doc.title} — {doc.tokens:,} tokens, "
        f"{sum(1 for _ in doc.sentences())} sentences ({doc.kind}, {doc.lang})"
    )
    plans = pipeline.plan_run(doc, providers, settings)
    if plans:
        requests = pipeline.build_requests(doc, providers, settings, plans)
        to_pay = pipeline.uncached_cost(providers, requests, plans, settings)
        if args.refresh:
            to_pay = {name: plan.cost_usd for name, plan in plans.items()}
        _check_budget(
            plans, to_pay, args.max_cost if args.max_cost is not None else settings.max_cost_usd
        )
        if args.dry_run:
            _print_plan(plans, to_pay)
            return 0
    elif args.dry_run:
        print("Nothing to pay for: no language model in this run (baselines or pasted summaries).")
        return 0
    result = pipeline.run(
        doc,
        providers,
        settings,
        force=args.force,
        log=err.print,
        progress=_progress(err),
        responses=summaries or None,
        refresh=args.refresh,
    )
    _finish(err, result.comparison, args.json)
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
    _report_posts(err, result.posts)
    err.print(f"Run folder: {result.run_dir}")
    if result.failed:
        err.print(
            f"Some models failed: {', '.join(result.failed)} "
            "(see run.json); the post was written from the others."
        )
    if not args.json:
        for path, _ in result.posts:
            print(path)
    return result.exit_code


VERBS = {
    "written": "Post written",
    "unchanged": "Post unchanged",
    "updated": "Post updated",
    "overwritten": "Post overwritten",
}


def _report_posts(err: Console, posts: Sequence[tuple[Path, str]]) -> None:
    for path, status in posts:
        err.print(f"{VERBS[status]}: {path}")


def _finish(err: Console, comparison: dict[str, Any], as_json: bool) -> None:
    _print_result(err, comparison)
    if as_json:
        print(json.dumps(comparison, ensure_ascii=False, indent=1))


def cmd_fetch(args: argparse.Namespace) -> int:
    settings = _settings(args)
    doc = fetch(args.source, cache_dir=settings.cache_dir / "fetch")
    run = pipeline.new_run_dir(settings.outputs, doc.title)
    pipeline.save_document(run, doc)
    _err().print(
        f"{doc.title} — {doc.tokens:,} tokens, {len(doc.sections)} sections "
        f"({doc.kind}, {doc.lang})"
    )
    print(run.path)
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    run = pipeline.RunDir(args.run_dir)
    doc = pipeline.load_document(run)
    err = _err()
    settings = _settings(args)
    providers = resolve(_model_names(args, settings), settings.models)
    responses = pipeline.summarize(run, doc, providers, _progress(err), settings, args.refresh)
    print(run.responses)
    return 1 if any(r.status != "ok" for r in responses) else 0


def cmd_compare(args: argparse.Namespace) -> int:
    settings = _settings(args)
    err = _err()
    if args.run_dir and args.summary:
        raise InputError("give a run folder or --summary files, not both")
    if args.run_dir:
        comparison = pipeline.rerun_compare(pipeline.RunDir(args.run_dir), settings.langs)
        out = args.run_dir
    elif args.summary:
        responses = read_summaries(args.summary)
        doc = fetch(args.source, cache_dir=settings.cache_dir / "fetch") if args.source else None
        if doc is None:
            err.print(
                "No --source: claims are aligned and conflicts found, but not checked "
                "against the report."
            )
        run = pipeline.new_run_dir(settings.outputs, doc.title if doc else "comparison")
        if doc:
            pipeline.save_document(run, doc)
        for r in responses:
            write_atomic(
                response_path(run.responses, r.model),
                json.dumps(r.to_dict(), ensure_ascii=False, indent=1),
            )
        comparison = pipeline.compare_stage(run, doc, responses, settings.langs)
        out = run.path
    else:
        raise InputError(
            "nothing to compare: give a run folder, or --summary NAME=FILE twice or more"
        )
    _finish(err, comparison, args.json)
    err.print(f"Wrote {Path(out) / 'comparison.json'} and scorecard.md")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    settings = _settings(args)
    run = pipeline.RunDir(args.run_dir)
    comparison = json.loads(run.require(run.comparison, "compare").read_text(encoding="utf-8"))
    doc = pipeline.load_document(run) if run.source_json.exists() else None
    responses = load_responses(run.responses) if run.responses.exists() else []
    posts = pipeline.render_stage(run, doc, responses, comparison, settings, args.force)
    _report_posts(_err(), posts)
    for path, _ in posts:
        print(path)
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    run = pipeline.RunDir(args.run_dir)
    comparison = json.loads(run.require(run.comparison, "compare").read_text(encoding="utf-8"))
    doc = pipeline.load_document(run) if run.source_json.exists() else None
    page = write_view(run.path, comparison, doc)
    print(page)
    if args.open:
        webbrowser.open(page.resolve().as_uri())
    if args.serve:
        serve(run.path, args.port, _err())
    return 0


def serve(folder: Path, port: int, err: Console) -> None:
    """Serve a run folder on 127.0.0.1 (only this machine) until Ctrl-C."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        err.print(
            f"Serving http://127.0.0.1:{httpd.server_address[1]}/compare.html (Ctrl-C to stop)"
        )
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()


def cmd_models(args: argparse.Namespace) -> int:
    """The models summarizer.toml configures (or, without one, every preset), with whether each
    one's key is set — never the key itself."""
    settings = _settings(args)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("model", "API key", "context", "$/Mtok in/out"):
        table.add_column(col, no_wrap=True)
    for name in BASELINES:
        table.add_row(name, "not needed", "-", "0/0")
    entries = list(settings.models) or [{"model": m} for m in presets_models()]
    for spec in specs_for([e.get("name") or e["model"] for e in entries], entries):
        key = (
            "not needed"
            if not spec.api_key_env
            else (f"{spec.api_key_env} {'missing' if missing_keys([spec]) else 'set'}")
        )
        price = (
            f"{spec.price_in_per_mtok:g}/{spec.price_out_per_mtok:g}" if spec.priced else "unknown"
        )
        table.add_row(spec.name, key, f"{spec.context_window:,}", price)
    Console(highlight=False, markup=False, width=None if sys.stdout.isatty() else 120).print(table)
    fams = ", ".join(f"{f}/… ({d['api_key_env'] or 'no key'})" for f, d in families().items())
    print(f"Any model of a family works too: {fams}.")
    return 0


def _configured_key_variables(args: argparse.Namespace) -> list[str]:
    try:
        return [str(m.get("api_key_env", "")) for m in load_settings(args.config).models]
    except SummarizerError:
        return []


COMMANDS = {
    "run": cmd_run,
    "fetch": cmd_fetch,
    "summarize": cmd_summarize,
    "compare": cmd_compare,
    "render": cmd_render,
    "models": cmd_models,
    "view": cmd_view,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.env_file:
            load_env_file(args.env_file)
        return COMMANDS[args.command](args)
    except SummarizerError as exc:
        _err().print(f"error: {redact(str(exc), _configured_key_variables(args))}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err().print("interrupted; completed work is kept in the run folder")
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback for who asks
        if os.environ.get("SUMMARIZER_DEBUG"):
            traceback.print_exc()
        _err().print(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set SUMMARIZER_DEBUG=1 for the traceback, and please report it)"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
