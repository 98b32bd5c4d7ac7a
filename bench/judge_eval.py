"""The LLM judge (--verify-with) on human-labelled data, for anyone with a key.

- SummEdits dev domains (news, podcast, sales_call, scitldr): every claim of a summary goes to the
  judge with the passages retrieval finds; a summary is flagged when any claim ends unsupported or
  contradicted. Balanced accuracy against the consistent/inconsistent labels. Published anchors
  (all ten domains): GPT-4 0.821, Gemini-pro 0.755, ChatGPT 0.712, QAFactEval 0.655.
- chatapp-dev (two real reports, four chat-app-style summaries each): claims located by a gold
  planted error should be flagged, claims located by a gold fact group (and by no error) should not;
  balanced accuracy over those claims.

Prints, per set, the judge's balanced accuracy beside the offline checks' on the same items, and
the judge's calls, tokens and cost. Answers are cached: a re-run costs nothing. Nothing is tuned.

    python bench/judge_eval.py --model openai/gpt-4.1-mini [--limit 40] [--config summarizer.toml]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.compare.ground import Grounding, ground
from summarizer.compare.judge_setup import make_judge
from summarizer.config import load_settings
from summarizer.document import Document, build_document
from summarizer.fetch.markdown import text_blocks
from summarizer.lang.claims import Claim, claims_from_markdown

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DOMAINS = ("news", "podcast", "sales_call", "scitldr")
MODELS = ("doubao", "gemini", "qwen", "chatgpt")
FLAG = {"unsupported", "contradicted"}
Item = tuple[Sequence[Claim], dict[str, Grounding], Document]


def document(text: str) -> Document:
    return build_document(text_blocks(text), title="source", source="bench", kind="text")


def balanced_accuracy(flags: Sequence[bool], bad: Sequence[bool]) -> float:
    tp = sum(f and b for f, b in zip(flags, bad, strict=True))
    tn = sum(not f and not b for f, b in zip(flags, bad, strict=True))
    return (tp / max(1, sum(bad)) + tn / max(1, len(bad) - sum(bad))) / 2


def spread(records: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Up to `limit` records, taken evenly across the list (and so across its documents)."""
    if not limit or len(records) <= limit:
        return records
    step = len(records) / limit
    return [records[int(i * step)] for i in range(limit)]


def summedits(data: Path, limit: int) -> list[tuple[str, list[Item], list[bool]]]:
    """Per domain: one item per summary (its claims, offline groundings, the source), and
    whether the summary is inconsistent."""
    out = []
    for domain in DOMAINS:
        path = data / "summedits-dev" / f"summedits_{domain}.json"
        records = spread(json.loads(path.read_text(encoding="utf-8")), limit)
        docs: dict[str, Document] = {}
        items: list[Item] = []
        bad = []
        for r in records:
            doc = docs.setdefault(r["doc"], document(r["doc"]))
            claims = [c for c in claims_from_markdown("s", r["summary"]) if c.kind == "fact"]
            items.append((claims, ground(claims, doc), doc))
            bad.append(str(r["label"]) != "1")
        out.append((f"SummEdits {domain}", items, bad))
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\s*_`#>]+", "", text)


def chatapp(data: Path) -> list[tuple[str, list[Item], list[bool]]]:
    """Per report: one item per summary holding only its labelled claims, and per claim whether
    a planted error locates it. Flags are read claim by claim (see claim_flags)."""
    out = []
    for folder in sorted(p for p in (data / "chatapp-dev").iterdir() if p.is_dir()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        doc = document((folder / "source.md").read_text(encoding="utf-8"))
        items: list[Item] = []
        bad: list[bool] = []
        for model in MODELS:
            path = folder / f"{model}.md"
            if not path.exists():
                continue
            errors = [_norm(e["substring"]) for e in gold["errors"] if e["model"] == model]
            facts = [_norm(s) for g in gold["groups"] for s in g["items"].get(model, [])]
            labelled = []
            for c in claims_from_markdown(model, path.read_text(encoding="utf-8")):
                text = _norm(c.text)
                wrong = any(e in text for e in errors)
                if c.kind == "fact" and (wrong or any(f in text for f in facts)):
                    labelled.append(c)
                    bad.append(wrong)
            items.append((labelled, ground(labelled, doc), doc))
        out.append((f"chatapp-dev {folder.name}", items, bad))
    return out


def summary_flags(items: Sequence[Item]) -> list[bool]:
    """A summary is flagged when any of its claims is unsupported or contradicted."""
    return [any(g[c.id].status in FLAG for c in claims) for claims, g, _ in items]


def claim_flags(items: Sequence[Item]) -> list[bool]:
    return [g[c.id].status in FLAG for claims, g, _ in items for c in claims]


def judged_items(items: Sequence[Item], judged: Sequence[dict[str, Grounding]]) -> list[Item]:
    """The items with the judge's groundings where it gave one (its fallbacks are offline)."""
    return [(c, {**g, **found}, d) for (c, g, d), found in zip(items, judged, strict=True)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="the judge, e.g. openai/gpt-4.1-mini")
    parser.add_argument("--config", type=Path, help="summarizer.toml with the model's entry")
    parser.add_argument("--data", type=Path, default=DATA, help="the evaluation data folder")
    parser.add_argument(
        "--limit", type=int, default=40, help="SummEdits summaries per domain (0: all)"
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        sys.exit(f"{args.data} not found: this benchmark needs the evaluation data (--data)")
    settings = replace(load_settings(args.config), verify_model=args.model, verify_all=True)
    judge = make_judge(settings)
    assert judge is not None
    sets = [
        (name, items, bad, summary_flags) for name, items, bad in summedits(args.data, args.limit)
    ]
    sets += [(name, items, bad, claim_flags) for name, items, bad in chatapp(args.data)]
    started = time.perf_counter()
    print(f"judge {judge.name}: balanced accuracy (offline checks alone in brackets)")
    for name, items, bad, flags in sets:
        before = judge.usage.to_dict()
        judged = judge.many(items)
        after = judge.usage.to_dict()

        score = balanced_accuracy(flags(judged_items(items, judged)), bad)
        base = balanced_accuracy(flags(items), bad)
        spent = {k: after[k] - before[k] for k in ("tokens_in", "tokens_out", "cost_usd")}
        calls = after["requests"] - before["requests"]
        print(
            f"  {name:<38} n={len(bad):4d} ({sum(bad)} bad)  {score:.3f} ({base:.3f})  "
            f"{calls} calls, {spent['tokens_in']:,} in / {spent['tokens_out']:,} out tokens, "
            f"${spent['cost_usd']:.4f}, {after['fallbacks'] - before['fallbacks']} kept offline"
        )
    total = judge.usage.to_dict()
    print(
        f"total: {total['requests']} calls ({total['cached']} cached), {total['tokens_in']:,} in / "
        f"{total['tokens_out']:,} out tokens, ${total['cost_usd']:.4f}, "
        f"{total['tokens_per_claim']} tokens per claim, {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
