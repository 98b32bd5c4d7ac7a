"""Start-up time of the command line: `python -m summarizer --help`, each time in a fresh
interpreter, next to a bare `python -c pass` (what no import can save). Prints the medians.

Goal: `--help` <= 0.3 s on 2 cores; a command imports what it needs when it runs.

    python bench/cli_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_s(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


HEAVY = ("langchain_core", "numpy", "rapidfuzz", "openai", "anthropic", "trafilatura", "jinja2")
PROBE = f"""
import contextlib, io, sys
from summarizer.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(["--help"])
print(" ".join(m for m in {HEAVY!r} if m in sys.modules) or "none")
print(sum(1 for m in sys.modules if m.startswith("summarizer")))
"""


def loaded_by_help() -> tuple[str, str]:
    """The heavy libraries `--help` imports, and how many of our modules."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split("\n")
    return out[0], out[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    bare = median_s([sys.executable, "-c", "pass"], args.runs)
    help_s = median_s([sys.executable, "-m", "summarizer", "--help"], args.runs)
    version_s = median_s([sys.executable, "-m", "summarizer", "--version"], args.runs)
    print(f"python -c pass:           median {bare:.3f} s over {args.runs} runs")
    print(f"summarizer --help:        median {help_s:.3f} s (goal <= 0.3 s)")
    print(f"summarizer --version:     median {version_s:.3f} s")
    heavy, ours = loaded_by_help()
    print(f"--help imports {ours} summarizer modules; heavy libraries among them: {heavy}")


if __name__ == "__main__":
    main()
