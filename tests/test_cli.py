"""End to end through the command line, as a user runs it: `python -m summarizer …`."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from tests.helpers import ARTICLE_EN, html_page, make_scanned_pdf
from tests.postcheck import assert_well_formed


def posts(blog: Path = Path("blog")) -> list[Path]:
    return sorted((blog / "_posts").glob("*.md"))


def test_demo_run_writes_a_well_formed_bilingual_post(capsys) -> None:
    assert main(["run"]) == 0
    out, err = capsys.readouterr()
    assert "Offline demo" in err and "--summary" in err
    [post] = posts()
    assert out.strip() == str(post)
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["lang"] == "zh"
    assert parsed.front["title"] == "与机器一起交付：2026年AI编程助手调查报告"
    assert parsed.front["models"] == ["baseline/lead", "baseline/textrank"]
    assert parsed.front["render_with_liquid"] is False
    assert len(parsed.refs) >= 10  # findings cite the report
    text = post.read_text(encoding="utf-8")
    assert "主要发现 · Key findings" in text
    assert "— 来自 baseline/lead" in text
    assert 'lang="en">84% of developers' in text  # the English line beneath the Chinese one
    [run] = list(Path("outputs").iterdir())
    for name in (
        "source.md",
        "source.json",
        "comparison.json",
        "scorecard.md",
        "post.md",
        "run.json",
        "responses/baseline_lead.json",
        "responses/baseline_textrank.json",
    ):
        assert (run / name).is_file(), name
    record = json.loads((run / "run.json").read_text())
    assert [m["status"] for m in record["models"]] == ["ok", "ok"]
    assert set(record["timings_s"]) == {
        "fetch",
        "summarize",
        "compare",
        "translate",
        "render",
        "view",
    }
    # the blog's web server, and anyone the user lets, can read the post and the run files
    umask = os.umask(0)
    os.umask(umask)
    for written in (post, run / "comparison.json"):
        assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~umask, written


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "run", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    post = Path(proc.stdout.strip())
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["lang"] == "en"
    assert "Key findings" in parsed.body and "主要发现" not in parsed.body


def test_rerun_leaves_an_identical_post_alone_and_never_overwrites_edits(capsys) -> None:
    assert main(["run"]) == 0
    [post] = posts()
    assert main(["run"]) == 0
    assert re.search(r"Post (unchanged|updated)", capsys.readouterr().err)
    post.write_text(
        post.read_text(encoding="utf-8") + "\nMy own closing words.\n", encoding="utf-8"
    )
    assert main(["run"]) == 0
    err = capsys.readouterr().err
    assert "edited by hand" in err and "--force" in err
    assert "My own closing words." in post.read_text(encoding="utf-8")
    assert main(["run", "--force"]) == 0
    assert "My own closing words." not in post.read_text(encoding="utf-8")


def test_run_on_a_report_from_a_local_server(server, capsys) -> None:
    server.routes["/r.html"] = (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        html_page("Coding Assistants 2026", ARTICLE_EN).encode(),
    )
    assert main(["run", server.url + "/r.html", "--lang", "en,zh"]) == 0
    [post] = posts()
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["source"]["url"] == server.url + "/r.html"
    assert "#:~:text=" in parsed.body  # footnotes link to the exact sentence of the page
    assert parsed.front["lang"] == "en"  # no translator offline: the summaries' own language


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=120
    )


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


BAD_INPUTS = {
    "missing": (lambda d: str(d / "missing.pdf"), "no such file"),
    "directory": (lambda d: str(d), "is a directory"),
    "empty": (lambda d: _write(d / "e.txt", b""), "empty"),
    "binary": (lambda d: _write(d / "g.bin", bytes(range(256)) * 20), "binary"),
    "scanned": (lambda d: _write(d / "s.pdf", make_scanned_pdf()), "OCR"),
    "scheme": (lambda d: "ftp://example.org/report.pdf", "unsupported address scheme"),
    "refused": (lambda d: "http://127.0.0.1:9/report.pdf", "cannot connect"),
}


def assert_one_error_line(proc: subprocess.CompletedProcess[str], message: str) -> None:
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0], proc.stderr


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path: Path, case: str) -> None:
    make, message = BAD_INPUTS[case]
    assert_one_error_line(_run_cli("run", make(tmp_path)), message)
    assert not Path("outputs").exists() and not Path("blog").exists()


def test_http_error_and_oversize_exit_2(server) -> None:
    server.routes["/big.html"] = (200, {"Content-Type": "text/html"}, b"x" * 60_000_001)
    assert_one_error_line(_run_cli("run", server.url + "/nothing-here.pdf"), "HTTP 404")
    assert_one_error_line(_run_cli("run", server.url + "/big.html"), "larger than")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert_one_error_line(_run_cli("run", "--lang", "fr"), "unsupported language fr")
    assert_one_error_line(_run_cli("run", "--summary", "nofile"), "NAME=FILE")
    assert_one_error_line(
        _run_cli("run", "--model", "openai/gpt-4.1-mini"),
        "set the environment variable OPENAI_API_KEY",
    )
    assert_one_error_line(_run_cli("run", "--model", "nosuch/model"), "unknown model")
    bad_config = tmp_path / "bad.toml"
    bad_config.write_text("[run]\nlang = 'zh'\ncolour = 'blue'\n")
    assert_one_error_line(_run_cli("--config", str(bad_config), "run"), "run.colour")
    keyed = tmp_path / "keyed.toml"
    keyed.write_text("[[models]]\nmodel = 'openai/gpt-4.1'\napi_key = 'sk-123'\n")
    assert_one_error_line(_run_cli("--config", str(keyed), "run"), "environment variable")


def test_help_teaches() -> None:
    proc = _run_cli("--help")
    assert proc.returncode == 0
    for word in ("run", "compare", "render", "--summary", "examples:"):
        assert word in proc.stdout


def test_another_report_with_the_same_title_gets_its_own_post(capsys) -> None:
    for name, figure in (("a.md", "40%"), ("b.md", "60%")):
        Path(name).write_text(
            f"# 年度报告 Annual report\n\n## 结果\n\n市场份额达到{figure}。这是第二句话。\n",
            encoding="utf-8",
        )
        assert main(["run", name]) == 0
    first, second = sorted(posts(), key=lambda p: len(p.name))
    assert second.name == first.name.replace(".md", "-2.md")
    assert "40%" in first.read_text(encoding="utf-8")  # the first report's post is kept
    assert "60%" in second.read_text(encoding="utf-8")
    assert first.name.endswith("-nian-du-bao-gao-annual-report.md")  # Chinese titles: pinyin
    # no two posts share a page_id (the key a theme links a post's languages by)
    ids = [re.search(r"^page_id: (.+)$", p.read_text(encoding="utf-8"), re.M) for p in posts()]
    assert all(ids) and len({m.group(1) for m in ids if m}) == 2
    assert main(["run", "a.md"]) == 0  # its own report again: its own post, updated in place
    assert main(["run", "b.md"]) == 0  # and the other's, in its numbered post
    assert len(posts()) == 2
