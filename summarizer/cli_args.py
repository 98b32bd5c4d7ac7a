"""The command line's grammar: every command, option and help text."""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer import __version__
from summarizer.providers.registry import families

EPILOG = """examples:
  summarizer run                                   offline demo on the bundled example report
  summarizer run https://example.org/report.pdf    summarize a report (PDF, HTML, Markdown, text)
  summarizer run report.pdf --summary gemini=gemini.md --summary doubao=doubao.md
                                                   merge summaries pasted from chat apps
  summarizer compare --source report.pdf --summary a=a.md --summary b=b.md --json
  summarizer render outputs/20261129-101500-my-report --force
"""


REFRESH_HELP = "ask the models again instead of using cached answers (costs money)"


def build_parser() -> argparse.ArgumentParser:
    """Every command with its options and help texts.

    Long because it is declarative: one add_argument call per option, read top to bottom like the
    `--help` it prints; splitting it would scatter the grammar without removing a line."""
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
    parser.add_argument(
        "--trust-config",
        action="store_true",
        help="let ./summarizer.toml import Python code (provider = langchain) and send a known "
        "provider's key variable to another host (also: SUMMARIZER_TRUST_CONFIG=1)",
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
    p.add_argument(
        "--source", "--report", help="the report, to check claims against (with --summary)"
    )
    _summary_option(p, "a summary to compare (Markdown/text/JSON)")
    # compare writes no post: render takes --skeleton, --split and --blog (cmd_compare says so)
    for option in ("--skeleton", "--blog"):
        p.add_argument(option, help=argparse.SUPPRESS)
    p.add_argument("--split", action="store_true", default=None, help=argparse.SUPPRESS)
    p.add_argument("--lang", help="languages of the post to come, e.g. zh,en (first is primary)")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="where run folders go (default: outputs)"
    )
    _verify_options(p)
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
    p.add_argument(
        "--skeleton",
        metavar="NAME",
        help="lay the post out on this model's headings and order; the other models' facts "
        "are attributed inside it or placed under the closest heading",
    )


def _common(p: argparse.ArgumentParser) -> None:
    _post_options(p)
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="where run folders go (default: outputs)"
    )
    p.add_argument("--blog", type=Path, metavar="DIR", help="Jekyll site (default: blog)")
    _verify_options(p)


def _verify_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--verify-with",
        metavar="MODEL",
        help="a language model that judges the claims the offline checks flag or cannot "
        "decide, about ten per call, cached (default: [verify] model in summarizer.toml)",
    )
    p.add_argument(
        "--verify-all",
        action="store_true",
        default=None,
        help="with --verify-with: let the judge check every claim, not only the doubtful ones",
    )
