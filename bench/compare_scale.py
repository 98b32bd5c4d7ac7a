"""Speed of the compare stage (claims, grounding, alignment, conflicts, scorecard) at scale.

Builds a ~120k-token source from the bundled example report (each copy with its own figures, so no
two sentences are equal) and 10 summaries of 200 claims each: source sentences lightly reworded,
some with a changed figure. Prints the wall time at 1×, 2× and 4× the claims without the semantic
signal (goal: <= 5 s at 1× on 2 cores), then 1× with it, cold and with cached embeddings. First,
the typical compare: 6 summaries × 40 claims against a ~30k-token report (goal: <= 3 s cold).

    python bench/compare_scale.py [--semantic-only]
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.compare import compare, meaning
from summarizer.document import Block, Document, build_document
from summarizer.fetch.example import load_example
from summarizer.fetch.markdown import text_blocks
from summarizer.providers.base import Response
from summarizer.tokens import count_tokens

TARGET_TOKENS = 120_000
TYPICAL_TOKENS = 30_000
SEMANTIC_ONLY = "--semantic-only" in sys.argv
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _shifted_by(k: int) -> Callable[[re.Match[str]], str]:
    return lambda m: str(int(m.group(0)) + k)


def big_source(target: int = TARGET_TOKENS) -> Document:
    """Real news text (the SummEval and SummEdits sources in ../shared/data) up to ~120k tokens;
    without that folder, copies of the example report with shifted figures (less realistic:
    near-identical sentences make alignment harder than real summaries do)."""
    texts: list[str] = []
    if SHARED.exists():
        for line in (SHARED / "summeval" / "summeval12.grouped.jsonl").open(encoding="utf-8"):
            texts.append(json.loads(line)["source"])
        for name in ("news", "podcast", "sales_call", "scitldr"):
            seen = set()
            for rec in json.loads(
                (SHARED / "summedits-dev" / f"summedits_{name}.json").read_text()
            ):
                if rec["doc"] not in seen:
                    seen.add(rec["doc"])
                    texts.append(rec["doc"])
    # Topped up (or, without ../shared/data, made) with copies of the example report whose
    # figures are shifted — near-identical sentences, harder to tell apart than real summaries.
    base = load_example().plain_text()
    texts += [re.sub(r"\d+", _shifted_by(k), base) for k in range(1, 60)]
    blocks: list[Block] = []
    tokens = 0
    for k, text in enumerate(texts, 1):
        if tokens >= target:
            break
        blocks.append(Block("heading", f"Part {k}", level=2))
        blocks += text_blocks(text)
        tokens += count_tokens(text)
    return build_document(blocks, title="Big report", source="bench", kind="text")


def summaries(doc: Document, n_models: int, n_claims: int, rng: random.Random) -> list[Response]:
    sentences = [s.text for _, s in doc.sentences() if len(s.text.split()) >= 6]
    out = []
    for m in range(n_models):
        claims = []
        for text in rng.sample(sentences, n_claims):
            words = text.split()
            if len(words) > 6:  # reword: drop a word or two
                for _ in range(rng.randint(0, 2)):
                    words.pop(rng.randrange(1, len(words)))
            text = " ".join(words)
            if rng.random() < 0.1:  # a wrong figure
                text = re.sub(r"\d+", lambda x: str(int(x.group(0)) + 7), text, count=1)
            claims.append({"en": text})
        out.append(Response(f"model-{m}", "bench", structured={"claims": claims}))
    return out


def typical() -> None:
    """The issue's typical compare: 6 summaries x 40 claims against a ~30k-token report (goal:
    <= 3 s cold), without and with the semantic signal (cold: nothing embedded yet)."""
    doc = big_source(TYPICAL_TOKENS)
    responses = summaries(doc, 6, 40, random.Random(11))
    what = f"typical: 6 summaries x 40 claims, {count_tokens(doc.plain_text()):,}-token report"
    _timed(what, responses, doc, False, "without the semantic signal")
    if meaning.available():
        _cold_and_cached(what, responses, doc)


def _timed(what: str, responses: list[Response], doc: Document, semantic: bool, how: str) -> None:
    t = time.perf_counter()
    result = compare(responses, doc, semantic=semantic)
    print(
        f"{what}, {len(result.claims):,} claims, {len(result.groups):,} groups: "
        f"{time.perf_counter() - t:.2f} s — {how}",
        flush=True,
    )


def _cold_and_cached(what: str, responses: list[Response], doc: Document) -> None:
    """With the semantic signal: first with nothing embedded yet, then again."""
    with tempfile.TemporaryDirectory() as cache:
        os.environ["SUMMARIZER_CACHE_DIR"] = cache
        for label in ("cold", "cached"):
            _timed(what, responses, doc, True, f"with the semantic signal, {label}")


def main() -> None:
    typical()
    rng = random.Random(7)
    t = time.perf_counter()
    doc = big_source()
    n_sent = sum(1 for _ in doc.sentences())
    print(
        f"source: {count_tokens(doc.plain_text()):,} tokens, "
        f"{n_sent:,} sentences (built in {time.perf_counter() - t:.1f} s)"
    )
    base = None
    for factor in (1, 2, 4) if not SEMANTIC_ONLY else ():
        responses = summaries(doc, 10, 200 * factor, rng)
        t = time.perf_counter()
        result = compare(responses, doc, semantic=False)
        wall = time.perf_counter() - t
        base = base or wall
        print(
            f"{factor}x: 10 summaries x {200 * factor} claims = {len(result.claims):,} claims, "
            f"{len(result.groups):,} groups: {wall:.2f} s ({wall / base:.1f}x the 1x time)"
            " — without the semantic signal",
            flush=True,
        )
    if not meaning.available():
        print("semantic signal: not installed (pip install 'summarizer[semantic]')")
        return
    _cold_and_cached("1x", summaries(doc, 10, 200, random.Random(7)), doc)


if __name__ == "__main__":
    main()
