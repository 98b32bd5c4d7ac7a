"""Command line: parse, call the library, print. Progress goes to stderr, results to stdout.

Exit codes: 0 ok · 1 some model failed but a post was written · 2 usage or input error ·
3 nothing usable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
import webbrowser
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table

from summarizer import pipeline
from summarizer.cli_args import build_parser
from summarizer.config import Settings, load_settings, parse_langs
from summarizer.console import err_console, finish, print_plan, progress_printer, report_posts
from summarizer.document import Document
from summarizer.errors import InputError, SummarizerError
from summarizer.fetch import fetch
from summarizer.fetch.example import load_example
from summarizer.files import write_atomic
from summarizer.keys import load_env_file, redact
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
from summarizer.render.view import serve, write_view
from summarizer.summarize.plan import build_requests, check_budget, plan_run, uncached_cost
from summarizer.summarize.runner import load_responses, response_path


def _settings(args: argparse.Namespace) -> Settings:
    s = load_settings(args.config)
    if getattr(args, "lang", None):
        s = replace(s, langs=parse_langs(args.lang))
    if getattr(args, "split", None):
        s = replace(s, split=True)
    if getattr(args, "skeleton", None):
        s = replace(s, skeleton=args.skeleton)
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


def _model_names(args: argparse.Namespace, settings: Settings) -> list[str]:
    """--model, else the models of summarizer.toml, else the offline baselines."""
    return (
        args.model
        or [m.get("name") or m["model"] for m in settings.models]
        or list(DEFAULT_OFFLINE)
    )


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    err = err_console()
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
    plans = plan_run(doc, providers, settings)
    if plans:
        requests = build_requests(doc, providers, settings, plans)
        to_pay = uncached_cost(providers, requests, plans, settings)
        if args.refresh:
            to_pay = {name: plan.cost_usd for name, plan in plans.items()}
        check_budget(
            plans, to_pay, args.max_cost if args.max_cost is not None else settings.max_cost_usd
        )
        if args.dry_run:
            print_plan(plans, to_pay)
            return 0
    elif args.dry_run:
        print("Nothing to pay for: no language model in this run (baselines or pasted summaries).")
        return 0
    result = pipeline.run(
        doc,
        providers,
        settings,
        force=args.force,
        progress=progress_printer(err),
        responses=summaries or None,
        refresh=args.refresh,
        plans=plans,
    )
    finish(err, result.comparison, args.json)
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


def cmd_fetch(args: argparse.Namespace) -> int:
    settings = _settings(args)
    doc = fetch(args.source, cache_dir=settings.cache_dir / "fetch")
    run = pipeline.new_run_dir(settings.outputs, doc.title)
    pipeline.save_document(run, doc)
    err_console().print(
        f"{doc.title} — {doc.tokens:,} tokens, {len(doc.sections)} sections "
        f"({doc.kind}, {doc.lang})"
    )
    print(run.path)
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    run = pipeline.RunDir(args.run_dir)
    doc = pipeline.load_document(run)
    err = err_console()
    settings = _settings(args)
    providers = resolve(_model_names(args, settings), settings.models)
    responses = pipeline.summarize(
        run, doc, providers, progress_printer(err), settings, args.refresh
    )
    print(run.responses)
    return 1 if any(r.status != "ok" for r in responses) else 0


def cmd_compare(args: argparse.Namespace) -> int:
    settings = _settings(args)
    err = err_console()
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
    finish(err, comparison, args.json)
    err.print(f"Wrote {Path(out) / 'comparison.json'} and scorecard.md")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    settings = _settings(args)
    run = pipeline.RunDir(args.run_dir)
    comparison = json.loads(run.require(run.comparison, "compare").read_text(encoding="utf-8"))
    doc = pipeline.load_document(run) if run.source_json.exists() else None
    responses = load_responses(run.responses) if run.responses.exists() else []
    posts = pipeline.render_stage(run, doc, responses, comparison, settings, args.force)
    report_posts(err_console(), posts)
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
        serve(run.path, args.port, err_console().print)
    return 0


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
        err_console().print(f"error: {redact(str(exc), _configured_key_variables(args))}")
        return exc.exit_code
    except KeyboardInterrupt:
        err_console().print("interrupted; completed work is kept in the run folder")
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback for who asks
        if os.environ.get("SUMMARIZER_DEBUG"):
            traceback.print_exc()
        err_console().print(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set SUMMARIZER_DEBUG=1 for the traceback, and please report it)"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
