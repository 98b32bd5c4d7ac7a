"""Long reports and cost: token figures of the summarize stage, measured through the openai SDK
against the fake API of the test suite (which counts a request's tokens the way OpenAI documents
it), plus counting and PDF extraction at 200 pages.

    python bench/tokens.py

Goals: fits in context — input tokens / source tokens <= 1.05 plus at most 800 prompt tokens;
three times the context — total input / source <= 1.15; estimates close to actual usage.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from langchain_core.prompt_values import PromptValue  # noqa: E402
from langchain_core.prompts import ChatPromptTemplate  # noqa: E402
from langchain_core.runnables import RunnableLambda  # noqa: E402

from summarizer import pipeline  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.document import Document, build_document  # noqa: E402
from summarizer.fetch.example import load_example  # noqa: E402
from summarizer.fetch.markdown import text_blocks  # noqa: E402
from summarizer.providers.base import Response  # noqa: E402
from summarizer.providers.registry import resolve  # noqa: E402
from summarizer.summarize.plan import (  # noqa: E402
    OUTPUT_ESTIMATE,
    OUTPUT_RESERVE,
    ModelPlan,
    prompt_tokens,
)
from summarizer.summarize.prompts import load_prompt  # noqa: E402
from summarizer.tokens import count_tokens  # noqa: E402
from tests.fake_llm import FakeLLM, start  # noqa: E402


def source_text(target_tokens: int) -> str:
    base = load_example().plain_text()
    parts, n = [], 0
    k = 0
    while n < target_tokens:
        k += 1
        text = base.replace("2026", str(2026 + k))  # each copy its own
        parts.append(f"Part {k}\n\n{text}")
        n += count_tokens(text)
    return "\n\n".join(parts)


def run_once(
    fake: FakeLLM, doc: Document, context_window: int, tmp: Path
) -> tuple[ModelPlan, Response]:
    entry = {
        "name": "m",
        "provider": "openai",
        "model": "count",
        "base_url": f"{fake.url}/v1",
        "api_key_env": "FAKE_API_KEY",
        "context_window": context_window,
        "max_output_tokens": 4096,
        "price_in_per_mtok": 1.0,
        "price_out_per_mtok": 2.0,
    }
    settings = Settings(
        outputs=tmp / "outputs", blog=tmp / "blog", cache_dir=tmp / "cache", models=(entry,)
    )
    providers = resolve(["m"], settings.models)
    plan = pipeline.plan_run(doc, providers, settings)["m"]
    run = pipeline.new_run_dir(settings.outputs, doc.title)
    [response] = pipeline.summarize(run, doc, providers, lambda m, e: None, settings, refresh=True)
    return plan, response


def _prompt_tokens(value: PromptValue) -> int:
    """Tokens of a chat prompt, counted as OpenAI documents it (3 per message, 3 to prime)."""
    return sum(count_tokens(str(m.content)) + 3 for m in value.to_messages()) + 3


def langchain_map_reduce_tokens(doc: Document, context_window: int) -> tuple[int, int]:
    """A plain map-reduce from langchain-core primitives, as commonly built: fixed token windows
    with 10% overlap, a map prompt per window, then one reduce call over all map answers."""
    prompt = load_prompt("summarize")
    overhead = prompt_tokens(prompt.render(title=doc.title, langs="zh, en", report=""))
    window = context_window - overhead - min(4096, OUTPUT_RESERVE)
    overlap = window // 10
    from summarizer.tokens import encoding

    ids = encoding().encode_ordinary(doc.prompt_text())
    windows = [ids[i : i + window] for i in range(0, len(ids), window - overlap)]
    template = ChatPromptTemplate.from_messages([("system", "{system}"), ("human", "{report}")])
    system = "You summarize reports."
    count: RunnableLambda[PromptValue, int] = RunnableLambda(_prompt_tokens)
    chain = template | count
    map_in = sum(chain.invoke({"system": system, "report": encoding().decode(w)}) for w in windows)
    map_in += (overhead - count_tokens(system)) * len(windows)  # the real prompt's instructions
    reduce_in = overhead + OUTPUT_ESTIMATE * len(windows)
    return map_in + reduce_in, len(windows) + 1


def main() -> None:
    fake = FakeLLM()
    httpd = start(fake)
    os.environ["FAKE_API_KEY"] = "sk-bench"
    text = source_text(60_000)
    doc = build_document(text_blocks(text), title="Bench report", source="bench", kind="text")
    src = count_tokens(doc.prompt_text())
    prompt = load_prompt("summarize")
    overhead = prompt_tokens(prompt.render(title=doc.title, langs="zh, en", report=""))
    print(f"source: {src:,} tokens; prompt without the report: {overhead} tokens")
    with tempfile.TemporaryDirectory() as tmp:
        plan, r = run_once(fake, doc, 1_000_000, Path(tmp) / "a")
        print(
            f"fits in context: 1 call, input {r.tokens_in:,} = {r.tokens_in / src:.3f} x source "
            f"(prompt {r.tokens_in - src} tokens); estimate error "
            f"{abs(plan.tokens_in - r.tokens_in) / r.tokens_in:.2%}"
        )
        context = src // 3 + overhead + 4096
        plan, r = run_once(fake, doc, context, Path(tmp) / "b")
        lc_in, lc_calls = langchain_map_reduce_tokens(doc, context)
        print(
            f"3x the context ({context:,}): {r.chunks} calls, input {r.tokens_in:,} = "
            f"{r.tokens_in / src:.3f} x source; estimate error "
            f"{abs(plan.tokens_in - r.tokens_in) / r.tokens_in:.2%}"
        )
        print(
            f"  plain langchain-core map-reduce (10% overlap + a reduce call): {lc_calls} calls, "
            f"input {lc_in:,} = {lc_in / src:.3f} x source"
        )
    httpd.shutdown()
    counting_and_pdf()


def counting_and_pdf() -> None:
    from fpdf import FPDF

    from summarizer.fetch import read_bytes

    paragraph = load_example().plain_text().split("\n\n")
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(200):
        pdf.add_page()
        for p in paragraph[(page * 3) % len(paragraph) :][:3]:
            pdf.multi_cell(0, 5, p.replace("’", "'").replace("—", "-").replace("–", "-"))
            pdf.ln(3)
    data = bytes(pdf.output())
    tracemalloc.start()
    started = time.perf_counter()
    doc = read_bytes(data, kind="pdf", source="bench.pdf")
    took = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    pages = max(s.page or 0 for _, s in doc.sentences())
    print(
        f"200-page PDF ({len(data) / 1e6:.1f} MB): extracted {pages} pages, "
        f"{doc.tokens:,} tokens in {took:.2f} s, peak Python memory {peak / 1e6:.0f} MB"
    )
    text = doc.plain_text()
    started = time.perf_counter()
    n = count_tokens(text)
    print(f"counting {n:,} tokens of it: {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
