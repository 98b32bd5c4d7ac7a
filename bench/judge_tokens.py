"""What the LLM judge costs in tokens on the bundled example: the offline baselines' claims (all of
them, as --verify-all sends them) through the judge, with the openai SDK against the fake API of
the test suite, which counts each request's input tokens from what the SDK really sent (cl100k)
and the output from its own short answers. The judge's quality is not measured here (the fake is
a rule-based stand-in); bench/judge_eval.py measures it for anyone with a key.

    python bench/judge_tokens.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.compare import compare  # noqa: E402
from summarizer.compare.judge_setup import make_judge  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.fetch.example import load_example  # noqa: E402
from summarizer.providers.base import Request, Response  # noqa: E402
from summarizer.providers.registry import resolve  # noqa: E402
from tests.fake_llm import FakeLLM, start  # noqa: E402


def main() -> None:
    fake = FakeLLM()
    httpd = start(fake)
    os.environ["FAKE_API_KEY"] = "bench"
    doc = load_example()
    providers = resolve(["baseline/lead", "baseline/textrank"])

    async def summarize() -> list[Response]:
        return [await p.complete(Request(p.name, doc)) for p in providers]

    responses = asyncio.run(summarize())
    with tempfile.TemporaryDirectory() as tmp:
        entry = {
            "name": "judge",
            "provider": "openai",
            "model": "judge",
            "base_url": f"{fake.url}/v1",
            "api_key_env": "FAKE_API_KEY",
            "price_in_per_mtok": 0.15,
            "price_out_per_mtok": 0.6,
        }
        base = Settings(models=(entry,), verify_model="judge", cache_dir=Path(tmp))
        print(
            f"bundled example: {doc.tokens:,} report tokens, models {[p.name for p in providers]}"
        )
        for label, settings in (
            ("doubtful claims only (default)", base),
            ("every claim (--verify-all)", replace(base, verify_all=True)),
        ):
            judge = make_judge(settings)
            assert judge is not None
            compare(responses, doc, primary="zh", judge=judge)
            u = judge.usage.to_dict()
            verify_calls = -(-u["claims_sent"] // 10) if u["claims_sent"] else 0
            print(
                f"  {label}: {u['claims_sent']} claims verified; {u['pairs_sent']} pairs and the "
                f"themes asked; {u['requests']} calls ({u['cached']} from the cache), "
                f"{u['tokens_in']:,} in / "
                f"{u['tokens_out']:,} out tokens, ${u['cost_usd']:.4f} at $0.15/$0.60 per Mtok"
            )
            if u["claims_sent"]:
                print(
                    f"    verification: {u['verify_tokens']:,} tokens, "
                    f"{u['tokens_per_claim']} tokens per verified claim "
                    f"(about {verify_calls} calls at ten claims a call)"
                )
    httpd.shutdown()


if __name__ == "__main__":
    main()
