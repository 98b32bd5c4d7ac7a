"""The typed comparison and comparison.json: what is written reads back as the same comparison,
and writes back byte for byte."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from summarizer.compare import compare
from summarizer.compare.model import Comparison, comparison_text, load_comparison, save_comparison
from summarizer.providers.base import Response
from tests.builders import pasted, report

REPORT = report(
    ("Hiring", "Two thirds of the firms hired more engineers in 2025. Pay rose by 7%."),
    ("Tools", "Rust is used by 18% of the teams, Go by 25%."),
    title="Engineering survey",
    source="survey.md",
)

SUMMARIES = [
    pasted("alpha", "- Pay rose by 7% last year.\n- Rust is used by 18% of the teams."),
    pasted("beta", "- 工资上涨了9%。\n- 约三分之二的公司在2025年招聘了更多工程师。"),
    pasted("gamma", "- Pay went up 7%.\n- Go is used by 25% of teams.\n- Hiring will slow."),
    Response("delta", "openai", status="failed", error="timed out"),
]


def test_a_written_comparison_reads_back_the_same_and_writes_the_same_bytes(
    tmp_path: Path,
) -> None:
    c = compare(SUMMARIES, REPORT, primary="en")
    path = save_comparison(tmp_path / "comparison.json", c)
    back = load_comparison(path)
    assert comparison_text(back) == path.read_text(encoding="utf-8")
    assert back.groundings == c.groundings and back.conflicts == c.conflicts
    assert back.groups == c.groups and back.scorecard == c.scorecard
    assert [cl.text for cl in back.claims] == [cl.text for cl in c.claims]
    assert back.claims[0].quantities == c.claims[0].quantities
    # what the run shows a reader survives the trip: the failed model, the conflicts
    assert back.ok_models() == ["alpha", "beta", "gamma"]
    assert back.conflicts and back.conflicts == c.conflicts


def test_the_file_keeps_the_keys_of_the_contract() -> None:
    data = compare(SUMMARIES, REPORT).to_json()
    assert list(data) == ["source", "models", "claims", "groups", "scorecard"]
    assert list(data["source"]) == ["title", "url", "path", "tokens", "lang"]
    assert list(data["models"][3]) == [
        "name", "status", "error", "claims", "tokens_in", "tokens_out", "cost_usd", "latency_s",
    ]  # fmt: skip
    assert data["models"][3]["status"] == "failed" and data["models"][3]["claims"] == 0
    claim = data["claims"][0]
    assert list(claim) == [
        "id", "model", "text", "lang", "kind", "translations", "topic", "quantities", "evidence",
        "grounding", "section", "opened_by",
    ]  # fmt: skip
    assert claim["translations"] == {"zh": None, "en": "Pay rose by 7% last year."}
    assert list(claim["quantities"][0]) == ["value", "high", "unit", "qualifier", "role", "raw"]
    assert claim["grounding"]["status"] == "supported"


def test_without_a_source_the_file_names_no_path_or_language() -> None:
    data = compare(SUMMARIES[:2], None).to_json()
    assert data["source"] == {"title": None, "url": None, "tokens": 0}
    assert Comparison.from_json(data).to_json() == data


def test_a_translation_is_written_with_who_made_it(tmp_path: Path) -> None:
    c = compare(SUMMARIES[:2], REPORT)
    zh = next(cl for cl in c.claims if cl.lang == "zh")
    translated = replace(
        c,
        claims=tuple(
            replace(cl, translations={**cl.translations, "en": "Pay rose by 9%."})
            if cl.id == zh.id
            else cl
            for cl in c.claims
        ),
        translated_by={zh.id: {"en": "openai/gpt-4.1-mini"}},
    )
    written = json.loads(comparison_text(translated))
    claim = next(x for x in written["claims"] if x["id"] == zh.id)
    assert claim["translations"]["en"] == "Pay rose by 9%."
    assert list(claim)[-1] == "translated_by"
    assert claim["translated_by"] == {"en": "openai/gpt-4.1-mini"}
    save_comparison(tmp_path / "c.json", translated)
    assert load_comparison(tmp_path / "c.json").translated_by == translated.translated_by
    assert "translated_by" not in json.loads(comparison_text(c))["claims"][0]
