"""Fan-out of the summarize stage: 8 models, each answering after 1 s, against the fake API of the
test suite (tests/fake_llm.py) on 127.0.0.1, through the real openai SDK.

Prints wall time / ideal (goal <= 1.10; one after the other would be 8) and the calls a warm
re-run makes (goal 0).

    python bench/fanout.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import pipeline  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.fetch.example import load_example  # noqa: E402
from summarizer.providers.registry import resolve  # noqa: E402
from tests.fake_llm import FakeLLM, start  # noqa: E402

MODELS, LATENCY = 8, 1.0


def main() -> None:
    fake = FakeLLM()
    httpd = start(fake)
    os.environ["FAKE_API_KEY"] = "sk-bench"
    entries = tuple(
        {
            "name": f"m{i}",
            "provider": "openai",
            "model": f"slow:{LATENCY}",
            "base_url": f"{fake.url}/v1",
            "api_key_env": "FAKE_API_KEY",
            "concurrency": MODELS,  # one service plays all eight: let it take them all at once
        }
        for i in range(MODELS)
    )
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            outputs=Path(tmp) / "outputs",
            blog=Path(tmp) / "blog",
            cache_dir=Path(tmp) / "cache",
            models=entries,
            concurrency=8,
        )
        doc = load_example()
        for label in ("cold", "warm"):
            run = pipeline.new_run_dir(settings.outputs, doc.title)
            before = sum(fake.calls.values())
            providers = resolve([str(e["name"]) for e in entries], entries)
            started = time.perf_counter()
            pipeline.summarize(run, doc, providers, lambda m, e: None, settings)
            wall = time.perf_counter() - started
            calls = sum(fake.calls.values()) - before
            print(
                f"{label}: {MODELS} models x {LATENCY:.0f} s: wall {wall:.2f} s, "
                f"wall/ideal {wall / LATENCY:.2f}, calls made {calls}"
            )
    httpd.shutdown()


if __name__ == "__main__":
    main()
