"""Claim alignment on PyrXSum (../shared/data/pyrxsum): is this human-written claim (SCU) stated in
that system summary? Balanced accuracy over every (SCU, summary) label.

Split by document: the first half of the documents picks each method's threshold (tune), the
second half is reported with that threshold (report). Methods:

- floor: rapidfuzz token_set_ratio between the SCU and the summary, best threshold;
- score: the comparer's pair score (words, figures, subjects; meaning when on), the best score
  over the summary's claims, best threshold;
- groups: the comparer's own decision, no threshold: the SCU's group holds a claim of that
  summary after aligning the SCUs (one more "model") with all ten summaries of the document.

    python bench/pyrxsum_align.py [--data ../shared/data] [--no-semantic] [--limit 100]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from summarizer.lang.claims import claims_from_markdown, make_claim

ALIGN = importlib.import_module("summarizer.compare.align")
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def balanced_accuracy(scores: np.ndarray, labels: np.ndarray, threshold: float) -> float:
    pred = scores >= threshold
    pos, neg = labels == 1, labels == 0
    tpr = (pred & pos).sum() / max(pos.sum(), 1)
    tnr = (~pred & neg).sum() / max(neg.sum(), 1)
    return float((tpr + tnr) / 2)


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    candidates = np.unique(np.round(scores, 3))
    return float(max(candidates, key=lambda t: balanced_accuracy(scores, labels, t)))


def document_rows(rec: dict, semantic: bool) -> list[tuple[float, float, float, int]]:
    """(floor, score, grouped, label) for every SCU × summary of one document."""
    scus = [make_claim(f"scu#{k}", "scu", s) for k, s in enumerate(rec["scus"])]
    systems = sorted(rec["summaries"])
    summary_claims = {m: claims_from_markdown(m, rec["summaries"][m]) for m in systems}
    claims = scus + [c for m in systems for c in summary_claims[m]]
    scores, _, _ = ALIGN.score_matrix(claims, None, semantic)
    groups = ALIGN.align(claims, len(systems) + 1, None, semantic=semantic)
    group_of = {cid: g.id for g in groups for cid in g.claim_ids}
    index = {c.id: i for i, c in enumerate(claims)}
    rows = []
    for m in systems:
        mine = [index[c.id] for c in summary_claims[m]]
        grouped_ids = {group_of[c.id] for c in summary_claims[m]}
        for k, scu in enumerate(scus):
            floor = fuzz.token_set_ratio(scu.text, rec["summaries"][m]) / 100
            score = max((float(scores[k, j]) for j in mine), default=0.0)
            grouped = float(group_of[scu.id] in grouped_ids)
            rows.append((floor, score, grouped, int(rec["scu_present"][m][k])))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--no-semantic", action="store_true")
    ap.add_argument("--limit", type=int, default=100, help="documents to use (both halves)")
    args = ap.parse_args()
    path = args.data / "pyrxsum" / "pyrxsum.grouped.jsonl"
    if not path.exists():
        sys.exit(f"no {path}; pass --data")
    docs = [json.loads(line) for line in path.open(encoding="utf-8")][: args.limit]
    half = len(docs) // 2
    for semantic in [False] if args.no_semantic else [False, True]:
        tune = np.array([r for d in docs[:half] for r in document_rows(d, semantic)])
        report = np.array([r for d in docs[half:] for r in document_rows(d, semantic)])
        label = "semantic" if semantic else "lexical"
        for col, name in ((0, "floor (token_set_ratio)"), (1, "score"), (2, "groups")):
            if col == 0 and semantic:
                continue
            t = 0.5 if col == 2 else best_threshold(tune[:, col], tune[:, 3])
            print(
                f"pyrxsum {label:8} {name:24} threshold={t:.3f} "
                f"tune BA={balanced_accuracy(tune[:, col], tune[:, 3], t):.3f} "
                f"report BA={balanced_accuracy(report[:, col], report[:, 3], t):.3f} "
                f"({len(report)} labels, {half}+{len(docs) - half} documents)",
                flush=True,
            )


if __name__ == "__main__":
    main()
