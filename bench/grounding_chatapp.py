"""Grounding on chat-app style summaries of two real reports (../shared/data/chatapp-dev; see its
README): how many of the planted errors are flagged (unsupported or contradicted), and how many
claims that state what the report says are flagged too (false alarms).

A claim "states what the report says" when a gold group with a report passage locates it and no
planted error does. Every claim is grounded, whatever heading it stands under. Goals (issue 14):
>= 90% of planted errors flagged, <= 5% of correct claims flagged. Two documents only: the figures
come with a Wilson 95% interval, and each document's figures are printed on their own.

    python bench/grounding_chatapp.py [--data DIR] [--show]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

from summarizer.compare.ground import ground
from summarizer.fetch import read_bytes
from summarizer.lang.claims import claims_from_markdown

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "chatapp-dev"
OWN = Path(__file__).resolve().parent / "devsets"
FLAG = {"unsupported", "contradicted"}


def norm(text: str) -> str:
    """The gold's locating rule: no whitespace, no Markdown marks."""
    return re.sub(r"[\s*_`#>]", "", text or "")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def share(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{k}/{n} ({k / max(1, n):.0%}, 95% CI {lo:.0%}–{hi:.0%})"


def run_set(folder: Path, show: bool) -> tuple[int, int, int, int]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    doc = read_bytes((folder / "source.md").read_bytes(), kind="markdown", source="source.md")
    claims = []
    for answer in sorted(folder.glob("*.md")):  # each answer file, whichever apps the set has
        if answer.name != "source.md":
            claims += claims_from_markdown(answer.stem, answer.read_text(encoding="utf-8"))
    result = ground(claims, doc)
    normed = {c.id: norm(c.text) for c in claims}

    def locate(model: str, subs: list[str]) -> set[str]:
        """The model's claims that hold the gold text, or are a part of it (the splitter may
        cut one gold sentence into two claims)."""
        keys = [norm(s) for s in subs]
        return {
            c.id
            for c in claims
            if c.model == model
            and any(
                k and (k in normed[c.id] or (len(normed[c.id]) >= 8 and normed[c.id] in k))
                for k in keys
            )
        }

    wrong: set[str] = set()
    caught = 0
    for e in gold["errors"]:
        ids = locate(e["model"], [e["substring"]])
        wrong |= ids
        hit = any(result[i].status in FLAG for i in ids)
        caught += hit
        if show or not hit:
            states = ", ".join(f"{result[i].status}: {result[i].reason}" for i in sorted(ids))
            print(
                f"    {'caught' if hit else 'MISSED'} {e['kind']} ({e['model']}) "
                f"{e['substring']!r} -> {states or 'not located'}"
            )
    correct: set[str] = set()
    for g in gold["groups"]:
        if g.get("report"):
            for model, subs in g["items"].items():
                correct |= locate(model, subs)
    correct -= wrong
    alarms = sorted(i for i in correct if result[i].status in FLAG)
    by_id = {c.id: c for c in claims}
    if show:
        for i in alarms:
            print(f"    false alarm [{result[i].status}] {by_id[i].text}  -- {result[i].reason}")
    print(
        f"  {folder.name}: planted errors flagged {share(caught, len(gold['errors']))}; "
        f"correct claims flagged {share(len(alarms), len(correct))}; "
        f"all claims: {len(claims)}, flagged {sum(result[c.id].status in FLAG for c in claims)}"
    )
    return caught, len(gold["errors"]), len(alarms), len(correct)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", action="store_true", help="print every false alarm and error")
    a = ap.parse_args()
    if not a.data.exists():
        sys.exit(f"{a.data} not found: this benchmark needs the shared evaluation data")
    totals = [0, 0, 0, 0]
    for folder in sorted(p for p in a.data.iterdir() if (p / "gold.json").exists()):
        for k, v in enumerate(run_set(folder, a.show)):
            totals[k] += v
    caught, errors, alarms, correct = totals
    print(
        f"  all: planted errors flagged {share(caught, errors)}; "
        f"correct claims flagged {share(alarms, correct)}"
    )
    print("bench/devsets (written for this project; tuned on):")
    for folder in sorted(p for p in OWN.iterdir() if (p / "gold.json").exists()):
        run_set(folder, a.show)


if __name__ == "__main__":
    main()
