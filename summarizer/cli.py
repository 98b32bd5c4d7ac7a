"""Command line: parse, call the library, print. Progress goes to stderr, results to stdout.

Exit codes: 0 ok · 1 some model failed but a post was written · 2 usage or input error ·
3 nothing usable · 70 internal error (a bug; SUMMARIZER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from summarizer.cli_args import build_parser
from summarizer.config import Settings, load_settings, parse_langs
from summarizer.errors import InputError, SummarizerError
from summarizer.providers.keys import load_env_file, redact

# Each command imports the stages it needs when it runs (`summarizer --help` loads none of them).


def _settings(args: argparse.Namespace) -> Settings:
    s = load_settings(args.config, trust=args.trust_config)
    if not s.trusted:
        from summarizer.providers.trust import check_settings

        check_settings(s)
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
    if getattr(args, "verify_with", None):
        s = replace(s, verify_model=args.verify_with)
    if getattr(args, "verify_all", None):
        s = replace(s, verify_all=True)
    if s.verify_all and not s.verify_model:
        raise InputError(
            "--verify-all ([verify] all) needs a judge: add --verify-with MODEL or [verify] model"
        )
    return s


def cmd_run(args: argparse.Namespace) -> int:
    from summarizer import commands
    from summarizer.console import err_console, print_plan, print_run, progress_printer

    settings = _settings(args)
    err = err_console()
    ask = commands.RunAsk(
        source=args.source,
        models=args.model or (),
        summaries=args.summary,
        dry_run=args.dry_run,
        refresh=args.refresh,
        force=args.force,
        max_cost=args.max_cost,
    )
    outcome = commands.run_report(ask, settings, err.print, progress_printer(err))
    if isinstance(outcome, commands.DryRun):
        print_plan(outcome.plans, outcome.to_pay, outcome.missing_keys)
        return 0
    print_run(err, outcome, args.json)
    return outcome.exit_code


def cmd_fetch(args: argparse.Namespace) -> int:
    from summarizer import commands
    from summarizer.console import err_console

    run, doc = commands.fetch_report(args.source, _settings(args))
    err_console().print(
        f"{doc.title} — {doc.tokens:,} tokens, {len(doc.sections)} sections "
        f"({doc.kind}, {doc.lang})"
    )
    print(run.path)
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    from summarizer import commands
    from summarizer.console import err_console, progress_printer

    settings = _settings(args)
    progress = progress_printer(err_console())
    run, responses = commands.summarize_run(
        args.run_dir, args.model, settings, args.refresh, progress
    )
    print(run.responses)
    return 1 if any(r.status != "ok" for r in responses) else 0


def cmd_compare(args: argparse.Namespace) -> int:
    from summarizer import commands
    from summarizer.console import err_console, finish, progress_printer

    given = [f"--{o}" for o in ("skeleton", "split", "blog") if getattr(args, o, None)]
    if given:
        raise InputError(
            f"compare writes no post, so {' and '.join(given)} would be lost: give "
            f"{'them' if len(given) > 1 else 'it'} to `summarizer render RUN_DIR` after it"
        )
    settings = _settings(args)
    err = err_console()
    comparison, out = commands.compare_summaries(
        args.run_dir, args.summary, args.source, settings, err.print, progress_printer(err)
    )
    finish(err, comparison, args.json)
    err.print(f"Wrote {Path(out) / 'comparison.json'} and scorecard.md")
    err.print(f"Next: summarizer render {out} (the post); summarizer view {out} (the page)")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from summarizer import commands
    from summarizer.console import err_console, report_posts

    posts, note = commands.render_run(
        args.run_dir, _settings(args), args.force, langs_given=bool(args.lang)
    )
    report_posts(err_console(), posts)
    if note:
        err_console().print(note)
    for path, status in posts:
        if status != "removed":
            print(path)
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    import webbrowser

    from summarizer import commands
    from summarizer.console import err_console
    from summarizer.render.view import serve

    page = commands.view_run(args.run_dir)
    print(page)
    if args.open:
        webbrowser.open(page.resolve().as_uri())
    if args.serve:
        serve(args.run_dir, args.port, err_console().print)
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    """The models summarizer.toml configures (or, without one, every preset), with whether each
    one's key is set — never the key itself."""
    from summarizer import commands
    from summarizer.console import print_models

    print_models(*commands.model_rows(_settings(args)))
    return 0


def _configured_key_variables(args: argparse.Namespace) -> list[str]:
    try:
        return [str(m.get("api_key_env", "")) for m in load_settings(args.config).models]
    except SummarizerError:
        return []


INTERNAL_ERROR = 70  # a bug, not the user's input (BSD's EX_SOFTWARE)

COMMANDS = {
    "run": cmd_run,
    "fetch": cmd_fetch,
    "summarize": cmd_summarize,
    "compare": cmd_compare,
    "render": cmd_render,
    "models": cmd_models,
    "view": cmd_view,
}


def _stderr(text: str) -> None:
    from summarizer.console import err_console

    err_console().print(text)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.env_file:
            load_env_file(args.env_file)
        return COMMANDS[args.command](args)
    except SummarizerError as exc:
        _stderr(f"error: {redact(str(exc), _configured_key_variables(args))}")
        return exc.exit_code
    except BrokenPipeError:  # `summarizer models | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing left to flush at exit either
        return 0
    except KeyboardInterrupt:
        _stderr("interrupted; completed work is kept in the run folder")
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback for who asks
        if os.environ.get("SUMMARIZER_DEBUG"):
            traceback.print_exc()
        message = redact(f"{type(exc).__name__}: {exc}", _configured_key_variables(args))
        _stderr(
            f"internal error: {message} "
            "(set SUMMARIZER_DEBUG=1 for the traceback, and please report it)"
        )
        return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
