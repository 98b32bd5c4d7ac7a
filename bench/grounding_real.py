"""Grounding on real, human-labelled data no one here wrote (../shared/data; see its README).

- SummEdits (news, podcast, sales_call, scitldr): a summary is flagged when any of its claims is
  unsupported or contradicted; balanced accuracy against the human consistent/inconsistent
  labels, and the false-alarm rate on consistent summaries. Each domain's documents are split
  in two halves by a hash of the document text (`split_halves`): "tune" (look at it while
  changing rules) and "report" (the figures to quote). Each summary set holds ~29 edits of one
  document, so the 95% intervals come from a bootstrap over documents, not over summaries.
  Published anchors: SummaC-Conv 0.571, QAFactEval 0.655, GPT-4 0.821; a naive "number not in
  the source" rule about 0.53.
- SummEval (12 systems × 100 CNN/DM articles): Spearman correlation between each summary's share
  of supported claims and the mean expert consistency rating, pooled over all summaries and
  averaged per article. Anchor: G-Eval with GPT-4, 0.507 (on 16 systems). And the false-alarm
  rate on the summaries all three experts rate fully consistent, by the same halves of articles.
  Lower-cased system output is given the source's casing first (`truecased`).

Offline, no model.

    python bench/grounding_real.py [--half tune|report|both] [--skip-summeval]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
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


def split_halves(docs: list[str]) -> dict[str, str]:
    """Each document's half, "tune" or "report": documents ordered by a hash of their text, taken
    in turn, so that both halves hold as many documents and no one picks which goes where."""
    ordered = sorted(set(docs), key=lambda d: hashlib.sha1(d.encode("utf-8")).hexdigest())
    return {d: ("tune", "report")[k % 2] for k, d in enumerate(ordered)}


def bootstrap(
    rows: list[tuple[str, bool, bool]], rounds: int = 1000
) -> tuple[tuple[float, float], tuple[float, float]]:
    """95% intervals of (balanced accuracy, false-alarm rate on consistent summaries), resampling
    whole documents: rows are (document, flagged, consistent)."""
    by_doc: dict[str, list[tuple[bool, bool]]] = {}
    for d, f, c in rows:
        by_doc.setdefault(d, []).append((f, c))
    groups = list(by_doc.values())
    rng = np.random.default_rng(0)
    baccs, alarms = [], []
    for _ in range(rounds):
        picked = [x for k in rng.integers(0, len(groups), len(groups)) for x in groups[k]]
        flags = [f for f, _ in picked]
        consistent = [c for _, c in picked]
        bacc, _, tnr = balanced_accuracy(flags, consistent)
        baccs.append(bacc)
        alarms.append(1 - tnr)
    return (
        (float(np.percentile(baccs, 2.5)), float(np.percentile(baccs, 97.5))),
        (float(np.percentile(alarms, 2.5)), float(np.percentile(alarms, 97.5))),
    )


def summedits(halves: tuple[str, ...]) -> None:
    print("SummEdits — balanced accuracy of 'any claim unsupported or contradicted'")
    overall: dict[str, list[float]] = {h: [] for h in halves}
    naive: dict[str, list[float]] = {}
    caught: dict[str, list[bool]] = {}
    for domain in ("news", "podcast", "sales_call", "scitldr"):
        records = json.loads((DATA / "summedits-dev" / f"summedits_{domain}.json").read_text())
        docs: dict[str, Document] = {}
        rows: dict[str, list[tuple[str, bool, bool]]] = {h: [] for h in halves}
        rules: list[dict[str, bool]] = []
        consistent_all: list[bool] = []
        half_of = split_halves([r["doc"] for r in records])
        for r in records:
            half = half_of[r["doc"]]
            if half not in halves:
                continue
            doc = docs.setdefault(r["doc"], document(r["doc"]))
            flagged = bool(FLAG & set(statuses(r["summary"], doc)))
            is_consistent = str(r["label"]) == "1"
            rows[half].append((r["doc"], flagged, is_consistent))
            rules.append(naive_rules(r["summary"], r["doc"]))
            consistent_all.append(is_consistent)
            for edit in r["edit_types"] if not is_consistent else ():
                caught.setdefault(edit, []).append(flagged)
        for half in halves:
            got = rows[half]
            flags, consistent = [f for _, f, _ in got], [c for _, _, c in got]
            bacc, tpr, tnr = balanced_accuracy(flags, consistent)
            (blo, bhi), (alo, ahi) = bootstrap(got)
            overall[half].append(bacc)
            print(
                f"  {domain:<11} {half:<6} docs={len({d for d, _, _ in got}):2d} n={len(got):4d}  "
                f"balanced accuracy {bacc:.3f} [{blo:.2f}–{bhi:.2f}]  "
                f"false alarms on consistent {1 - tnr:.0%} [{alo:.0%}–{ahi:.0%}] "
                f"of {consistent.count(True)}; catches {tpr:.0%} of {consistent.count(False)}"
            )
        for rule in rules[0] if rules else ():
            naive.setdefault(rule, []).append(
                balanced_accuracy([x[rule] for x in rules], consistent_all)[0]
            )
    for half in halves:
        print(f"  mean of the four domains ({half} half): {np.mean(overall[half]):.3f}")
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


def truecased(summary: str, source: str) -> str:
    """Most SummEval systems wrote lower-cased, tokenised text ("paul merson 's row ."): each
    word takes the casing the source gives it most often, and the tokens are joined back, so
    that names read as names."""
    forms = Counter(re.findall(r"[A-Za-z][\w'-]*", source))
    best: dict[str, str] = {}
    for word, n in forms.items():
        if forms[best.setdefault(word.lower(), word)] < n:
            best[word.lower()] = word
    text = re.sub(r" (['’]s|n't|[.,;:!?)])", r"\1", summary).replace("( ", "(")
    text = re.sub(r"[a-z][\w'-]*", lambda m: best.get(m.group(0), m.group(0)), text)
    return re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def summeval(halves: tuple[str, ...]) -> None:
    print("SummEval — Spearman(share of supported claims, mean expert consistency)")
    scores, experts, per_doc = [], [], []
    records = [json.loads(line) for line in (DATA / "summeval" / "summeval12.grouped.jsonl").open()]
    half_of = split_halves([rec["source"] for rec in records])
    alarms: dict[str, list[bool]] = {h: [] for h in halves}
    for rec in records:
        doc = document(rec["source"])
        doc_scores, doc_experts = [], []
        for system in rec["systems"].values():
            summary = system["summary"]
            if summary == summary.lower():
                summary = truecased(summary, rec["source"])
            found = statuses(summary, doc)
            share = sum(s == "supported" for s in found) / len(found) if found else 1.0
            ratings = [a["consistency"] for a in system["expert_annotations"]]
            rating = float(np.mean(ratings))
            doc_scores.append(share)
            doc_experts.append(rating)
            if min(ratings) == 5 and half_of[rec["source"]] in alarms:
                alarms[half_of[rec["source"]]].append(bool(FLAG & set(found)))
        scores += doc_scores
        experts += doc_experts
        rho = spearman(doc_scores, doc_experts)
        if not np.isnan(rho):
            per_doc.append(rho)
    print(f"  pooled over {len(scores)} summaries: {spearman(scores, experts):.3f}")
    print(f"  per article, averaged over {len(per_doc)} articles: {np.mean(per_doc):.3f}")
    for half, flags in alarms.items():
        print(
            f"  false alarms on summaries all three experts rate fully consistent ({half} half): "
            f"{np.mean(flags):.0%} of {len(flags)}"
        )


if __name__ == "__main__":
    if not DATA.exists():
        sys.exit(f"{DATA} not found: this benchmark needs the shared evaluation data")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("tune", "report", "both"), default="both")
    ap.add_argument("--skip-summeval", action="store_true")
    a = ap.parse_args()
    started = time.perf_counter()
    summedits(("tune", "report") if a.half == "both" else (a.half,))
    if not a.skip_summeval:
        summeval(("tune", "report") if a.half == "both" else (a.half,))
    print(f"({time.perf_counter() - started:.0f} s)")
