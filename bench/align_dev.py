"""Alignment and conflicts on the dev sets in ../shared/data: chatapp-dev and realsum-dev.

Each set is split BY DOCUMENT into a tune half and a report half; the figures to quote are the
report half's. chatapp-dev: tune on go-survey-2025, report kaiyuanshe-2024-survey (the Chinese
report, closest to the real user). realsum-dev: tune on leval-govreport-house-rules, report
infinitebench-ensum-80days. bench/devsets/ adds sets written for this project in the
chatapp-dev format (Chinese SME and smart-home reports, English cloud-cost and remote-work
reports): tune only, scored by chatapp-dev's score.py. Every document is printed, each with
and without the semantic signal (embeddings) and, where the set has a report, with and without
it. Scores come from each set's own score.py (pairwise F1 over gold items, gold conflicts
found, conflicts on gold groups that have none).

    python bench/align_dev.py [--data ../shared/data] [--only chatapp-dev] [--no-semantic]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
import time
from contextlib import redirect_stdout
from importlib import util
from pathlib import Path
from typing import Any

from summarizer.compare import compare
from summarizer.fetch import fetch
from summarizer.summarize.pasted import read_summaries

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
OWN = Path(__file__).resolve().parent / "devsets"  # written for this project: tune only
SETS = {
    "chatapp-dev": {"tune": "go-survey-2025", "report": "kaiyuanshe-2024-survey"},
    "realsum-dev": {"tune": "leval-govreport-house-rules", "report": "infinitebench-ensum-80days"},
}


def _scorer(path: Path) -> Any:
    spec = util.spec_from_file_location(f"score_{path.parent.name}", path)
    assert spec and spec.loader
    mod = util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_one(folder: Path, scorer: Any, with_source: bool, semantic: bool) -> dict[str, Any]:
    specs = [f"{p.stem}={p}" for p in sorted(folder.glob("*.md")) if p.name != "source.md"]
    responses = read_summaries(specs)
    src = folder / "source.md"
    doc = fetch(str(src)) if with_source and src.exists() else None
    start = time.perf_counter()
    comparison = compare(responses, doc, semantic=semantic)
    elapsed = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "c.json"
        out.write_text(json.dumps(comparison.to_json(), ensure_ascii=False), encoding="utf-8")
        buf = io.StringIO()
        with redirect_stdout(buf):
            scorer.main([str(out), str(folder / "gold.json")])
    text = buf.getvalue()
    f1 = re.search(r"precision=([\d.]+) recall=([\d.]+) F1=([\d.]+)", text)
    found = re.search(r"gold conflicts found: (\d+)/(\d+)", text)
    spurious = re.search(r"no gold conflict: (\d+)", text)
    assert f1 and found and spurious, text
    return {
        "p": float(f1.group(1)),
        "r": float(f1.group(2)),
        "f1": float(f1.group(3)),
        "conf": f"{found.group(1)}/{found.group(2)}",
        "spurious": int(spurious.group(1)),
        "groups": len(comparison.groups),
        "claims": len(comparison.claims),
        "flagged": len(comparison.conflicts),
        "s": elapsed,
        "detail": text,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--only", choices=[*sorted(SETS), "devsets"])
    ap.add_argument("--no-semantic", action="store_true", help="only the lexical figures")
    ap.add_argument("--verbose", action="store_true", help="print the scorer's full output")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"no data folder {args.data}; pass --data")
    modes = [False] if args.no_semantic else [False, True]
    runs = [
        (name, half, args.data / name / split[half], args.data / name / "score.py")
        for name, split in SETS.items()
        for half in ("tune", "report")
    ]
    runs[2:2] = [  # our own sets, in the chatapp-dev format, scored by its scorer
        ("devsets", "tune", folder, args.data / "chatapp-dev" / "score.py")
        for folder in sorted(OWN.iterdir())
        if (folder / "gold.json").exists()
    ]
    for name, half, folder, score_py in runs:
        if args.only and name != args.only:
            continue
        scorer = _scorer(score_py)
        sources = [True, False] if (folder / "source.md").exists() else [False]
        for with_source in sources:
            for semantic in modes:
                r = run_one(folder, scorer, with_source, semantic)
                print(
                    f"{name:12} {half:6} {folder.name:28} "
                    f"{'report' if with_source else 'no-report':9} "
                    f"{'semantic' if semantic else 'lexical':8} "
                    f"P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
                    f"conflicts={r['conf']} false-alarms={r['spurious']} "
                    f"flagged={r['flagged']} groups={r['groups']}/{r['claims']} "
                    f"{r['s']:.2f}s",
                    flush=True,
                )
                if args.verbose:
                    print(r["detail"])


if __name__ == "__main__":
    main()
