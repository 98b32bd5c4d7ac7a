"""The first hour's minor defects (encodings, slugs, pipes, PDFs, render, view, Ollama, ties,
skip reasons), each met as the user meets it and asserted by what they see."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summarizer.cli import main
from tests.postcheck import assert_well_formed
from tests.test_first_hour import ENGLISH_REPORT, post_paths


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_a_summary_saved_in_gbk_is_read_as_chinese(encoding: str, capsys) -> None:
    text = "- 约三分之一的公司（如A、B）采用按量计费。\n- 人均月支出中位数为39美元。\n"
    Path("zh.md").write_bytes(text.encode(encoding))
    Path("en.md").write_text("- The median spend is $39 per developer a month.\n")
    assert main(["compare", "--summary", "zh=zh.md", "--summary", "en=en.md", "--json"]) == 0
    texts = [c["text"] for c in json.loads(capsys.readouterr().out)["claims"]]
    assert "人均月支出中位数为39美元。" in texts
    assert any("三分之一的公司" in t for t in texts)


def test_a_binary_summary_file_is_still_refused_in_one_line(capsys) -> None:
    Path("b.md").write_bytes(bytes(range(256)) * 8)
    Path("en.md").write_text("- The median spend is $39.\n")
    assert main(["compare", "--summary", "b=b.md", "--summary", "en=en.md"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --summary b:") and "UTF-8" in err


def test_a_chinese_title_gives_a_readable_pinyin_slug(capsys) -> None:
    Path("zh.md").write_text(
        "# 2025年中国人工智能发展报告\n\n## 结果\n\n市场份额达到40%。这是第二句话。\n",
        encoding="utf-8",
    )
    assert main(["run", "zh.md", "--lang", "zh"]) == 0
    [post] = post_paths()
    assert post.name.endswith("-2025-nian-zhong-guo-ren-gong-zhi-neng-fa-zhan-bao-gao.md")
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["title"] == "2025年中国人工智能发展报告"
    assert parsed.front["page_id"] == "2025-nian-zhong-guo-ren-gong-zhi-neng-fa-zhan-bao-gao"


def test_the_english_title_names_the_post_when_the_report_has_one(capsys) -> None:
    assert main(["run"]) == 0  # the example report ships in Chinese and English
    [post] = post_paths()
    assert "-shipping-with-machines-" in post.name
    assert assert_well_formed(post.read_text(encoding="utf-8")).front["lang"] == "zh"


def test_output_into_a_closed_pipe_is_no_internal_error() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has read its lines and gone
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "models"],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    os.close(write_end)
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    assert "Broken pipe" not in proc.stderr and proc.stderr == ""
    assert proc.returncode == 0


def test_a_broken_pdf_gets_one_error_line_and_no_pypdf_warnings() -> None:
    from tests.helpers import make_pdf

    whole = make_pdf([["Weekly use reached 84% in 2026. It was 61% in 2024."]])
    Path("cut.pdf").write_bytes(whole[: len(whole) // 2])  # a download that stopped halfway
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "run", "cut.pdf"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("Reading ")]
    assert len(lines) == 1 and lines[0].startswith("error: cut.pdf is not a readable PDF"), lines
    assert proc.returncode == 2 and not post_paths()


def test_render_keeps_the_languages_compare_was_given(capsys) -> None:
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    Path("zh.md").write_text("- 人均月支出中位数为39美元。\n", encoding="utf-8")
    Path("en.md").write_text("- Weekly use reached 84% in 2026.\n", encoding="utf-8")
    args = ["--source", "rep.md", "--summary", "zh=zh.md", "--summary", "en=en.md"]
    assert main(["compare", *args, "--lang", "en"]) == 0
    [run] = Path("outputs").iterdir()
    assert main(["render", str(run)]) == 0
    [post] = post_paths()
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["lang"] == "en" and "Key findings" in parsed.body
    assert "主要发现" not in parsed.body


BILINGUAL_ANSWER = {
    "abstract": {"zh": "AI助手已很普遍。", "en": "AI assistants are common."},
    "claims": [
        {
            "zh": "2026年每周使用率达到84%。",
            "en": "Weekly use of AI assistants reached 84% in 2026.",
        }
    ],
}


def test_an_english_title_is_not_repeated_as_the_subtitle(capsys) -> None:
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    Path("m.json").write_text(json.dumps(BILINGUAL_ANSWER, ensure_ascii=False), encoding="utf-8")
    assert main(["run", "rep.md", "--summary", "m=m.json"]) == 0  # zh,en; the title is English
    [post] = post_paths()
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["lang"] == "zh" and parsed.front["title"] == "Coding report"
    assert "title_en" not in parsed.front  # the layout would show it again beneath
    assert "2026年每周使用率达到84%" in parsed.body


def test_view_serve_answers_the_root_with_the_comparison_page() -> None:
    import httpx

    assert main(["run"]) == 0
    [run] = Path("outputs").iterdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "view", str(run), "--serve"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        url = line.split("Serving ", 1)[1].split()[0]
        root = url.split("/", 3)[:3]
        page = httpx.get("/".join(root) + "/")
        assert page.status_code == 200
        assert "Directory listing" not in page.text
        assert page.text == (run / "compare.html").read_text(encoding="utf-8")
        assert httpx.get("/".join(root) + "/responses/").status_code == 404  # no listings
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def _fake_ollama(show: dict) -> tuple[ThreadingHTTPServer, list[dict]]:
    asked: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            asked.append({"path": self.path, **body})
            data = json.dumps(show).encode() if self.path == "/api/show" else b"{}"
            self.send_response(200 if self.path == "/api/show" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd, asked


@pytest.mark.parametrize(
    ("show", "window"),
    [
        ({"model_info": {"general.architecture": "qwen2", "qwen2.context_length": 32768}}, 32768),
        (
            {
                "model_info": {"llama.context_length": 131072},
                "parameters": 'stop "<|eot_id|>"\nnum_ctx 16384',
            },
            16384,
        ),
    ],
)
def test_an_ollama_models_context_comes_from_the_local_server(show, window, capsys) -> None:
    httpd, asked = _fake_ollama(show)
    try:
        port = httpd.server_address[1]
        Path("summarizer.toml").write_text(
            f'[[models]]\nmodel = "ollama/qwen2.5:7b"\nbase_url = "http://127.0.0.1:{port}/v1"\n',
            encoding="utf-8",
        )
        assert main(["models"]) == 0
    finally:
        httpd.shutdown()
        httpd.server_close()
    row = next(line for line in capsys.readouterr().out.splitlines() if "ollama/qwen2.5:7b" in line)
    assert f"{window:,}" in row and "128,000" not in row
    assert asked and asked[0]["path"] == "/api/show" and asked[0]["model"] == "qwen2.5:7b"


def test_without_an_ollama_server_the_listed_context_stands(capsys) -> None:
    Path("summarizer.toml").write_text(
        '[[models]]\nmodel = "ollama/qwen2.5:7b"\nbase_url = "http://127.0.0.1:9/v1"\n',
        encoding="utf-8",
    )
    assert main(["models"]) == 0
    assert "128,000" in capsys.readouterr().out


def test_a_tie_in_coverage_names_every_model_that_ties(capsys) -> None:
    assert main(["run"]) == 0  # the two baselines state the same shared facts
    [run] = Path("outputs").iterdir()
    rows = json.loads((run / "comparison.json").read_text(encoding="utf-8"))["scorecard"]
    assert len({r["coverage"] for r in rows}) == 1  # the case at hand: a tie
    [post] = post_paths()
    body = assert_well_formed(post.read_text(encoding="utf-8")).body
    assert "covered the most" not in body and "覆盖了最多" not in body
    assert "baseline/lead, baseline/textrank tie: each covered" in body
    assert "baseline/lead、baseline/textrank 并列" in body


def test_the_test_command_says_which_tests_it_skipped_and_why() -> None:
    repo = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = str(Path(sys.executable).parent)  # no jekyll, no chromium on it
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_jekyll_build.py", "-p", "no:cacheprovider"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "skipped" in proc.stdout, proc.stdout
    assert "SKIPPED" in proc.stdout and "site build NOT tested" in proc.stdout
    assert "apt-get install jekyll" in proc.stdout
