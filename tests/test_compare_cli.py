"""Bring your own summaries: `compare --summary … --json` and `run SOURCE --summary …`."""

from __future__ import annotations

import json
import re
from pathlib import Path

from summarizer.cli import main
from tests.postcheck import assert_well_formed

GEMINI = """**Adoption**

- 84% of developers use an AI coding assistant at least weekly, up from 61% in 2024.
- In China, DeepSeek is the primary model for 31% of weekly users.
"""
DOUBAO = """### 采用情况
- **使用率：** 84%的开发者每周至少使用一次AI编程助手，高于2024年的61%。
- DeepSeek在中国占35%。
- 这是报告里没有的说法：AI让所有公司的利润翻了三倍。
"""
REPORT = """# Survey

## Adoption

84% of developers now use an AI coding assistant at least once a week, up from 61% in 2024.

## Regions

In China, DeepSeek is the primary model for 31% of weekly users.
"""

CLAIM_KEYS = {"id", "model", "text", "lang", "translations", "topic", "quantities", "grounding"}
GROUNDING_KEYS = {"status", "source_anchor", "source_quote", "score"}
SCORE_KEYS = {
    "model",
    "coverage",
    "unique",
    "supported",
    "unsupported",
    "contradicted",
    "numeric_conflicts",
    "tokens_in",
    "tokens_out",
    "cost_usd",
    "latency_s",
}


def write(name: str, text: str) -> str:
    Path(name).write_text(text, encoding="utf-8")
    return name


def compare_args(*, source: bool = True, doubao: str = DOUBAO) -> list[str]:
    """`compare` on the two pasted summaries above (and the report, unless source=False)."""
    args = ["compare", "--source", write("report.md", REPORT)] if source else ["compare"]
    return [
        *args,
        "--summary",
        f"gemini={write('g.md', GEMINI)}",
        "--summary",
        f"doubao={write('d.md', doubao)}",
    ]


def test_compare_json_follows_the_contract(capsys) -> None:
    assert main([*compare_args(), "--json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    # the terminal scorecard counts every claim: supported, not, contradicted, undecided
    for row in out["scorecard"]:
        line = next(x for x in captured.err.splitlines() if x.split()[:1] == [row["model"]])
        counts = [int(x) for x in line.split()[4:8]]
        assert counts == [
            row[k] for k in ("supported", "unsupported", "contradicted", "unverified")
        ]
        assert sum(counts) == row["claims"]
    assert set(out) >= {"source", "models", "claims", "groups", "scorecard"}
    assert set(out["source"]) >= {"title", "url", "tokens"}
    for m in out["models"]:
        assert set(m) >= {
            "name",
            "status",
            "claims",
            "tokens_in",
            "tokens_out",
            "cost_usd",
            "latency_s",
        }
    for c in out["claims"]:
        assert set(c) >= CLAIM_KEYS
        assert set(c["translations"]) == {"zh", "en"}
        assert set(c["grounding"]) >= GROUNDING_KEYS
        for q in c["quantities"]:
            assert set(q) >= {"value", "unit", "qualifier", "raw"}
    for g in out["groups"]:
        assert set(g) >= {"id", "claim_ids", "models", "kind", "conflict"}
        assert g["kind"] in {"consensus", "majority", "minority", "unique"}
    for row in out["scorecard"]:
        assert set(row) >= SCORE_KEYS
    # What the user came for: the shared fact, the conflict, the unsupported claim.
    conflicts = [g["conflict"] for g in out["groups"] if g["conflict"]]
    assert conflicts == [
        {
            "kind": "numeric",
            "severity": "low",
            "values": {"gemini": "31%", "doubao": "35%"},
            "nature": "real",
        }
    ]
    by_text = {c["text"]: c["grounding"]["status"] for c in out["claims"]}
    assert by_text["DeepSeek在中国占35%。"] == "contradicted"
    assert by_text["AI让所有公司的利润翻了三倍。"] == "unsupported"  # its lead-in is a topic
    consensus = [g for g in out["groups"] if g["kind"] == "consensus"]
    assert len(consensus) == 2


def test_compare_takes_the_report_as_report_too(capsys) -> None:
    """A user who types --report for the report means --source: the claims are checked."""
    args = ["--report" if a == "--source" else a for a in compare_args()]
    assert main([*args, "--json"]) == 0
    captured = capsys.readouterr()
    assert "not checked against the report" not in captured.err
    statuses = {c["grounding"]["status"] for c in json.loads(captured.out)["claims"]}
    assert "supported" in statuses


def test_compare_without_source_still_aligns(capsys) -> None:
    assert main([*compare_args(source=False), "--json"]) == 0
    captured = capsys.readouterr()
    assert "not checked against the report" in captured.err
    # nothing was checked: the scorecard shows no counts for it, and says what comes next
    row = next(x for x in captured.err.splitlines() if x.strip().startswith("gemini"))
    assert row.split()[4:8] == ["–", "–", "–", "–"], row
    assert "Next: summarizer render outputs/" in captured.err
    out = json.loads(captured.out)
    assert {c["grounding"]["status"] for c in out["claims"]} == {"unverified"}
    assert any(g["kind"] == "consensus" for g in out["groups"])


def test_run_with_pasted_summaries_writes_the_post(capsys) -> None:
    code = main(
        [
            "run",
            write("report.md", REPORT),
            "--summary",
            f"gemini={write('g.md', GEMINI)}",
            "--summary",
            f"doubao={write('d.md', DOUBAO)}",
        ]
    )
    assert code == 0
    post = Path(capsys.readouterr().out.strip())
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["models"] == ["gemini", "doubao"]
    assert "gemini: **31%**" in parsed.body and "doubao: **35%**" in parsed.body
    findings = parsed.body.split("## 主要发现")[1].split("## 模型之间的分歧")[0]
    # One finding in both languages, each from the model that wrote it …
    assert re.search(
        r"84%的开发者每周至少使用一次AI编程助手.*— 来自 (gemini、doubao|doubao、gemini)"
        r".*lang=\"en\">84% of developers use an AI coding assistant",
        findings,
    )
    # … but a Chinese line is never borrowed from the model that gave another figure.
    assert "DeepSeek在中国占35%" not in findings
    # … and the wrong figure is marked where it stands, with the report's figure
    assert "⚠ doubao" in findings and "原文为 31%，而非 35%" in findings
    assert "### Regions" in findings  # findings follow the report's own sections
    assert "根据报告《Survey》的摘要合并而成" in parsed.body  # the report's own title, quoted once


def test_compare_rerun_on_a_run_folder(capsys) -> None:
    assert main(["run"]) == 0
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["compare", str(run), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {m["name"] for m in out["models"]} == {"baseline/lead", "baseline/textrank"}


def test_two_summaries_under_one_name_are_refused_by_name(capsys) -> None:
    args = ["compare", "--summary", f"doubao={write('a.md', DOUBAO)}"]
    assert main([*args, "--summary", f"doubao={write('b.md', DOUBAO)}"]) == 2
    err = capsys.readouterr().err
    assert "use the name doubao" in err and "Traceback" not in err


def test_one_summary_is_checked_and_shows_no_coverage(capsys) -> None:
    """With nothing to compare it with, coverage would read 0%: it shows "–" and says why."""
    args = ["compare", "--source", write("report.md", REPORT)]
    assert main([*args, "--summary", f"gemini={write('g.md', GEMINI)}"]) == 0
    err = capsys.readouterr().err
    row = next(x for x in err.splitlines() if x.strip().startswith("gemini"))
    assert row.split()[2] == "–", row
    assert "need two or more" in err and "it is checked against the report" in err
    [run] = list(Path("outputs").iterdir())
    card = (run / "scorecard.md").read_text(encoding="utf-8")
    assert "| gemini | ok | 2 | – |" in card, card
    # without the report it is not checked either, and says so
    assert main(["compare", "--summary", f"gemini={write('g.md', GEMINI)}"]) == 0
    err = capsys.readouterr().err
    assert "not checked either" in err and "it is checked against the report" not in err
    # … nor does scorecard.md count its claims unverified, nor a pasted answer's cost
    newest = max(Path("outputs").iterdir(), key=lambda p: p.stat().st_mtime)
    row = next(x for x in (newest / "scorecard.md").read_text().splitlines() if "| gemini" in x)
    assert row.endswith("| – | – | – | – | 0 | – | – | – | – |"), row


def test_compare_refuses_post_options_it_would_lose(capsys) -> None:
    """compare writes no post: --skeleton there would be dropped without a word."""
    args = ["compare", "--summary", f"gemini={write('g.md', GEMINI)}", "--skeleton", "gemini"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "summarizer render" in err and "--skeleton" in err and "Traceback" not in err


def test_compare_needs_something_to_compare(capsys) -> None:
    assert main(["compare"]) == 2
    assert "nothing to compare" in capsys.readouterr().err


def test_the_page_shows_dashes_where_nothing_was_checked_or_paid(capsys) -> None:
    """Pasted answers with no report: the page's scorecard, like scorecard.md, shows "–" for the
    checks and for cost and latency, not 0 and $0.0000."""
    assert main(["compare", "--summary", f"gemini={write('g.md', GEMINI)}"]) == 0
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["view", str(run)]) == 0
    html = (run / "compare.html").read_text(encoding="utf-8")
    row = html.split("<tr><td>gemini</td>", 1)[1].split("</tr>", 1)[0]
    assert row.count(">–<") == 6 and "0.0000" not in row, row


def test_the_page_charts_and_claims_do_not_say_checked_when_no_report_was_given(capsys) -> None:
    """With no report there is no supported share to chart, no cost to chart for pasted answers,
    and no claim is "unverified": none was checked."""
    assert main(["compare", "--summary", f"gemini={write('g.md', GEMINI)}"]) == 0
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["view", str(run)]) == 0
    html = (run / "compare.html").read_text(encoding="utf-8")
    charts = html.split('<div class="chart"')[1:]
    assert charts and not any("supported share" in c or "latency s" in c for c in charts)
    assert "not checked (no report)" in html
    assert '<span class="status">unverified' not in html


def test_a_space_where_the_equals_goes_is_named_with_the_fix(capsys) -> None:
    """ "--summary doubao doubao.md" reads doubao.md as a run folder: the message says so and
    shows the NAME=FILE the user meant."""
    path = write("doubao.md", DOUBAO)
    assert main(["compare", "--summary", "doubao", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"--summary doubao={path}" in err and "Traceback" not in err
