"""Grounding on hand-made claims about the bundled example report (bench/gold/grounding.json):
recall of planted errors (wrong figure, negation, swapped name or thing, invented fact, wrong
direction) and false alarms on correct claims, in Chinese and English. Run twice: against the
bilingual report (each claim checked in its own language) and against the English report alone
(Chinese claims checked across languages). Goals: recall >= 95%, false alarms <= 5%.

    python bench/grounding_gold.py
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

from summarizer.compare.ground import ground
from summarizer.fetch import read_bytes
from summarizer.fetch.example import load_example
from summarizer.lang.claims import make_claim

GOLD = Path(__file__).parent / "gold" / "grounding.json"
FLAG = {"unsupported", "contradicted"}


def main() -> None:
    items = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    claims = [make_claim(f"g#{i}", "gold", x["text"]) for i, x in enumerate(items)]
    english = read_bytes(
        (resources.files("summarizer") / "data/example/report.en.md").read_bytes(),
        kind="markdown",
        source="example",
    )
    for label, doc in (("bilingual report", load_example()), ("English report only", english)):
        result = ground(claims, doc)
        errors: Counter[str] = Counter()
        caught: Counter[str] = Counter()
        alarms = ok = 0
        missed = []
        for item, claim in zip(items, claims, strict=True):
            status = result[claim.id].status
            if item["label"] == "ok":
                ok += 1
                alarms += status in FLAG
                if status in FLAG:
                    missed.append(f"false alarm ({status}): {item['text']}")
            else:
                errors[item["label"]] += 1
                caught[item["label"]] += status in FLAG
                if status not in FLAG:
                    missed.append(f"missed {item['label']} ({status}): {item['text']}")
        total = sum(errors.values())
        print(
            f"[{label}] planted errors caught: {sum(caught.values())}/{total} "
            f"({sum(caught.values()) / total:.0%}) — "
            + ", ".join(f"{k} {caught[k]}/{errors[k]}" for k in errors)
            + f"; false alarms on correct claims: {alarms}/{ok} ({alarms / ok:.0%})"
        )
        for line in missed:
            print("   ", line)


if __name__ == "__main__":
    main()
