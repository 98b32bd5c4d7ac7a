"""Report text and model output are untrusted: nothing in them can run, inject or break the post."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.cli import main
from tests.conftest import LocalServer
from tests.injection import EVIL_REPORT, EVIL_SUMMARY
from tests.postcheck import assert_well_formed


def evil_run(server: LocalServer, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    server.routes["/r.html"] = (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        EVIL_REPORT.encode(),
    )
    Path("evil.md").write_text(EVIL_SUMMARY, encoding="utf-8")
    assert main(["run", server.url + "/r.html", "--summary", "m=evil.md", "--lang", "en"]) == 0
    post = Path(capsys.readouterr().out.strip())
    return post, post.read_text(encoding="utf-8")


def test_hostile_text_cannot_break_the_post(server, capsys) -> None:
    post, text = evil_run(server, capsys)
    parsed = assert_well_formed(text)  # one front matter, one <!--more-->, footnotes all defined
    assert parsed.front["title"].startswith("Cloud Report")  # YAML carried it safely
    assert parsed.front["render_with_liquid"] is False  # Jekyll never runs Liquid in the post
    assert "hijacked" not in str(parsed.front)
    assert "<script" not in text and "<img" not in text  # HTML arrives escaped …
    assert "&lt;script&gt;" in text and "&lt;img src=x" in text  # … and readable
    assert "javascript:" not in re.findall(r"\]\(([^)]*)\)", text).__str__()
    assert not re.search(r"^\[\^1\]:", text, re.MULTILINE)  # the model's footnote is inert
    assert all(h[1] != "A heading the model made up" for h in parsed.headings)
    assert r"\{% include evil.html %\}" in text  # shown as text, literally


def test_user_template_overrides_the_packaged_one(capsys) -> None:
    custom = Path("blog/_summarizer")
    custom.mkdir(parents=True)
    (custom / "post.md.j2").write_text(
        "---\n{{ front_matter }}\n---\nMY LAYOUT\n\n<!--more-->\n"
        "{% for f in findings %}- {{ f.labels[0] }}\n{% endfor %}",
        encoding="utf-8",
    )
    assert main(["run"]) == 0
    post = Path(capsys.readouterr().out.strip())
    text = post.read_text(encoding="utf-8")
    assert "MY LAYOUT" in text and "- 关键数字" in text


def test_split_writes_one_post_per_language_sharing_a_page_id(capsys) -> None:
    assert main(["run", "--split"]) == 0
    paths = [Path(p) for p in capsys.readouterr().out.split()]
    assert [p.name.rsplit("-", 1)[1] for p in paths] == ["zh.md", "en.md"]
    zh, en = (assert_well_formed(p.read_text(encoding="utf-8")) for p in paths)
    assert zh.front["lang"] == "zh" and en.front["lang"] == "en"
    assert zh.front["page_id"] == en.front["page_id"]
    assert "Key findings" in en.body and "主要发现" not in en.body
    assert "主要发现" in zh.body and "Key findings" not in zh.body
