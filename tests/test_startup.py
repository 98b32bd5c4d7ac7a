"""`summarizer --help` answers without loading the pipeline: a command imports its stages when it
runs (bench/cli_startup.py measures the time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HEAVY = ("langchain_core", "numpy", "rapidfuzz", "openai", "anthropic", "trafilatura", "jinja2")

PROBE = """
import contextlib, io, sys
from summarizer.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
    main(sys.argv[1:])
print(out.getvalue())
mine = [m for m in sys.modules if m.split(".")[0] in %r or m.startswith("summarizer.")]
print("LOADED", *sorted(mine))
"""


def loaded(*argv: str) -> tuple[str, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), *argv],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout, whatever is installed
    )
    text, _, modules = result.stdout.rpartition("LOADED")
    return text, set(modules.split())


def test_help_lists_the_commands_without_loading_any_stage() -> None:
    text, modules = loaded("--help")
    assert "run" in text and "compare" in text and "models" in text
    assert not {m.split(".")[0] for m in modules} & set(HEAVY)
    stages = ("fetch", "summarize", "compare", "render", "pipeline", "commands")
    assert not [m for m in modules if m.split(".")[1] in stages]


def test_a_command_still_loads_what_it_needs() -> None:
    text, modules = loaded("models")
    assert "baseline/lead" in text and "summarizer.commands" in modules
