"""Grounding on real, human-labelled data no one here wrote (../shared/data; see its README).

- SummEdits (news, podcast, sales_call, scitldr): a summary is flagged when any of its claims is
  unsupported or contradicted; balanced accuracy against the human consistent/inconsistent
  labels. Published anchors: SummaC-Conv 0.571, QAFactEval 0.655, GPT-4 0.821; a naive
  "number not in the source" rule about 0.53.
- SummEval (12 systems × 100 CNN/DM articles): Spearman correlation between each summary's share
  of supported claims and the mean expert consistency rating, pooled over all summaries and
  averaged per article. Anchor: G-Eval with GPT-4, 0.507 (on 16 systems).

Offline, no model. Nothing here is tuned for these sets.

    python bench/grounding_real.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from summarizer.compare.ground import ground
from summarizer.document import Document, build_document
from summarizer.fetch.markdown import text_blocks
from summarizer.lang.claims import claims_from_markdown

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FLAG = {"unsupported", "contradicted"}


def document(text: str) -> Document:
    return build_document(text_blocks(text), title="source", source="bench", kind="text")


def statuses(summary: str, doc: Document) -> list[str]:
    claims = claims_from_markdown("s", summary)
    result = ground(claims, doc)
    return [result[c.id].status for c in claims if c.kind == "fact"]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+|\d+(?:[.,]\d+)*", text)}


def naive_rules(summary: str, source: str) -> dict[str, bool]:
    """Two reference rules on the same data: a number, or any word, the source does not have."""
    novel = _words(summary) - _words(source)
    return {
        "a number not in the source": any(w[0].isdigit() for w in novel),
        "a word not in the source": bool(novel),
    }


def balanced_accuracy(flags: list[bool], consistent: list[bool]) -> tuple[float, float, float]:
    tp = sum(f and not c for f, c in zip(flags, consistent, strict=True))
    tn = sum(not f and c for f, c in zip(flags, consistent, strict=True))
    tpr = tp / max(1, consistent.count(False))
    tnr = tn / max(1, consistent.count(True))
    return (tpr + tnr) / 2, tpr, tnr


def summedits() -> None:
    print("SummEdits — balanced accuracy of 'any claim unsupported or contradicted'")
    overall = []
    naive: dict[str, list[float]] = {}
    caught: dict[str, list[bool]] = {}
    for domain in ("news", "podcast", "sales_call", "scitldr"):
        records = json.loads((DATA / "summedits-dev" / f"summedits_{domain}.json").read_text())
        docs: dict[str, Document] = {}
        flags, consistent, rules = [], [], []
        for r in records:
            doc = docs.setdefault(r["doc"], document(r["doc"]))
            flags.append(bool(FLAG & set(statuses(r["summary"], doc))))
            consistent.append(str(r["label"]) == "1")
            rules.append(naive_rules(r["summary"], r["doc"]))
            for edit in r["edit_types"] if not consistent[-1] else ():
                caught.setdefault(edit, []).append(flags[-1])
        bacc, tpr, tnr = balanced_accuracy(flags, consistent)
        overall.append(bacc)
        print(
            f"  {domain:<11} n={len(records):4d}  balanced accuracy {bacc:.3f}  "
            f"(catches {tpr:.0%} of inconsistent, clears {tnr:.0%} of consistent)"
        )
        for rule in rules[0]:
            naive.setdefault(rule, []).append(
                balanced_accuracy([x[rule] for x in rules], consistent)[0]
            )
    print(f"  mean of the four domains: {np.mean(overall):.3f}")
    print("  inconsistent summaries caught, by the edit that made them so:")
    for edit, hits in sorted(caught.items()):
        print(f"    {edit:<28} {np.mean(hits):.0%} of {len(hits)}")
    for rule, values in naive.items():
        print(f"  reference, flag '{rule}': mean {np.mean(values):.3f}")


def spearman(a: list[float], b: list[float]) -> float:
    ra = np.argsort(np.argsort(a, kind="stable"), kind="stable").astype(float)
    rb = np.argsort(np.argsort(b, kind="stable"), kind="stable").astype(float)
    # average ranks for ties
    for values, ranks in ((np.array(a), ra), (np.array(b), rb)):
        for v in np.unique(values):
            mask = values == v
            ranks[mask] = ranks[mask].mean()
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def summeval() -> None:
    print("SummEval — Spearman(share of supported claims, mean expert consistency)")
    scores, experts, per_doc = [], [], []
    for line in (DATA / "summeval" / "summeval12.grouped.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        doc = document(rec["source"])
        doc_scores, doc_experts = [], []
        for system in rec["systems"].values():
            found = statuses(system["summary"], doc)
            share = sum(s == "supported" for s in found) / len(found) if found else 1.0
            rating = float(np.mean([a["consistency"] for a in system["expert_annotations"]]))
            doc_scores.append(share)
            doc_experts.append(rating)
        scores += doc_scores
        experts += doc_experts
        rho = spearman(doc_scores, doc_experts)
        if not np.isnan(rho):
            per_doc.append(rho)
    print(f"  pooled over {len(scores)} summaries: {spearman(scores, experts):.3f}")
    print(f"  per article, averaged over {len(per_doc)} articles: {np.mean(per_doc):.3f}")


if __name__ == "__main__":
    if not DATA.exists():
        sys.exit(f"{DATA} not found: this benchmark needs the shared evaluation data")
    started = time.perf_counter()
    summedits()
    summeval()
    print(f"({time.perf_counter() - started:.0f} s)")
