"""Accuracy of the comparer on the hand-annotated gold set in bench/gold/.

Two sets: gold.json (what the comparer was tuned on) and holdout/gold.json (written after tuning,
never tuned on). Prints pairwise alignment precision / recall / F1 (all pairs of claims from
different summaries;
a pair is positive when both state the same gold fact), the same for Chinese↔English pairs only,
and precision / recall of the planted numeric conflicts. Runs twice: with the source report (the
normal case: the source is a pivot between languages) and without it (`compare --summary` with no
`--source`).

    python bench/compare_accuracy.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from summarizer.compare import Comparison, compare
from summarizer.fetch.example import load_example
from summarizer.summarize.pasted import read_summaries

GOLD = Path(__file__).parent / "gold"


def gold_facts(comparison: Comparison, gold: dict[str, Any]) -> dict[str, str]:
    """claim id → gold fact, from the snippets; each snippet must name exactly one claim."""
    facts: dict[str, str] = {}
    for fact, per_model in gold["facts"].items():
        for model, snippet in per_model.items():
            hits = [c for c in comparison.claims if c.model == model and snippet in c.text]
            if len(hits) != 1:
                sys.exit(f"gold snippet {model}:{snippet!r} matches {len(hits)} claims")
            facts[hits[0].id] = fact
    for c in comparison.claims:
        facts.setdefault(c.id, f"own:{c.id}")
    return facts


def pairwise(comparison: Comparison, facts: dict[str, str], cross_lang_only: bool) -> dict:
    group_of = {cid: g.id for g in comparison.groups for cid in g.claim_ids}
    claims = [c for c in comparison.claims if c.id in group_of]
    tp = fp = fn = 0
    for a, b in combinations(claims, 2):
        if a.model == b.model or (cross_lang_only and a.lang == b.lang):
            continue
        gold_same = facts[a.id] == facts[b.id]
        pred_same = group_of[a.id] == group_of[b.id]
        tp += gold_same and pred_same
        fp += pred_same and not gold_same
        fn += gold_same and not pred_same
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "pairs": tp + fn,
    }


def conflicts(comparison: Comparison, facts: dict[str, str], gold: dict[str, Any]) -> dict:
    planted = set(gold["conflicts"])
    found: set[str] = set()
    correct = 0
    for g in comparison.groups:
        if g.id not in comparison.conflicts:
            continue
        fact = Counter(facts[cid] for cid in g.claim_ids).most_common(1)[0][0]
        if fact in planted:
            correct += 1
            found.add(fact)
    n = len(comparison.conflicts)
    return {
        "precision": correct / n if n else 1.0,
        "recall": len(found) / len(planted),
        "reported": n,
        "planted": len(planted),
    }


def main() -> None:
    doc = load_example()
    for gold_file in (GOLD / "gold.json", GOLD / "holdout" / "gold.json"):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        folder = gold_file.parent
        responses = read_summaries([f"{m}={folder / f}" for m, f in gold["summaries"].items()])
        print(
            f"== {gold_file.relative_to(GOLD.parent)}: {len(gold['summaries'])} summaries, "
            f"{len(gold['facts'])} annotated facts, {len(gold['conflicts'])} planted conflicts"
        )
        for label, source in (("with source", doc), ("without source", None)):
            report(label, compare(responses, source), gold)
        print()


def report(label: str, comparison: Comparison, gold: dict[str, Any]) -> None:
    facts = gold_facts(comparison, gold)
    all_pairs = pairwise(comparison, facts, cross_lang_only=False)
    cross = pairwise(comparison, facts, cross_lang_only=True)
    conf = conflicts(comparison, facts, gold)
    print(f"[{label}] claims {len(comparison.claims)}, groups {len(comparison.groups)}")
    print(
        "  alignment, all pairs:   P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
        "(gold pairs {pairs})".format(**all_pairs)
    )
    print(
        "  alignment, zh<->en:     P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
        "(gold pairs {pairs})".format(**cross)
    )
    print(
        "  conflicts:              P {precision:.3f}  R {recall:.3f}  "
        "(reported {reported}, planted {planted})".format(**conf)
    )


if __name__ == "__main__":
    main()
