"""What a new user hit in the first hour, each as the user meets it: through the command line,
asserting what they see (the post, its words, the files), not only the exit code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer import cli
from summarizer.cli import main
from tests.postcheck import assert_well_formed
from tests.test_jekyll_build import build, fresh_site, jekyll  # noqa: F401 (a fixture)
from tests.test_providers import KEY, configure


def post_paths() -> list[Path]:
    return sorted(Path("blog/_posts").glob("*.md"))


def test_a_model_answering_in_one_language_is_translated_and_the_post_written(
    fake_llm, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("FAKE_API_KEY", KEY)
    configure(fake_llm, ("gpt", "openai", "markdown"))  # English Markdown, no Chinese
    code = main(["run"])
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert code == 0
    [post] = post_paths()
    body = assert_well_formed(post.read_text(encoding="utf-8")).body
    assert r"\[zh\] Claude is the primary model for 41% of weekly users." in body
    assert "未翻译" not in body


def test_an_internal_error_exits_70_in_one_redacted_line(monkeypatch, capsys) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)

    def broken(args: object) -> int:
        raise RuntimeError(f"client state lost for key {KEY}")

    monkeypatch.setitem(cli.COMMANDS, "models", broken)
    assert main(["models"]) == 70
    err = capsys.readouterr().err
    assert KEY not in err and "[redacted]" in err
    assert err.count("\n") == 1 and "internal error: RuntimeError" in err
    assert "SUMMARIZER_DEBUG=1" in err


def test_summarizer_debug_shows_the_traceback(monkeypatch, capsys) -> None:
    monkeypatch.setenv("SUMMARIZER_DEBUG", "1")
    monkeypatch.setitem(cli.COMMANDS, "models", lambda args: 1 // 0)
    assert main(["models"]) == 70
    assert "Traceback" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _no_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    monkeypatch.delenv("SUMMARIZER_TRUST_CONFIG", raising=False)


def test_pasted_summaries_without_a_report_are_refused_not_filed_under_the_example(
    capsys,
) -> None:
    for name in ("a.md", "b.md"):
        Path(name).write_text("- 84% of developers use AI weekly.\n", encoding="utf-8")
    code = main(["run", "--summary", "a=a.md", "--summary", "b=b.md"])
    err = capsys.readouterr().err
    assert not post_paths() and not Path("outputs").exists()  # no post about the example
    assert "Shipping With Machines" not in err  # the bundled example's title
    assert code == 2 and "summarizer run REPORT --summary" in err
    assert "summarizer compare --summary" in err


def test_models_named_in_chinese_or_alike_keep_their_own_response_files(capsys) -> None:
    summaries = {"豆包": "84%", "千问": "61%", "a/b": "12%", "a_b": "7%"}
    args = ["compare"]
    for i, (name, figure) in enumerate(summaries.items()):
        Path(f"{i}.md").write_text(f"- Weekly use reached {figure} in 2026.\n", encoding="utf-8")
        args += ["--summary", f"{name}={i}.md"]
    assert main(args) == 0
    [run] = Path("outputs").iterdir()
    files = sorted(p.name for p in (run / "responses").iterdir())
    assert len(files) == 4 and "豆包.json" in files and "千问.json" in files
    capsys.readouterr()
    assert main(["compare", str(run), "--json"]) == 0  # from the files alone
    comparison = json.loads(capsys.readouterr().out)
    assert sorted(m["name"] for m in comparison["models"]) == sorted(summaries)
    texts = {c["model"]: c["text"] for c in comparison["claims"]}
    assert "84%" in texts["豆包"] and "7%" in texts["a_b"] and "12%" in texts["a/b"]


def test_dry_run_plans_without_api_keys_and_names_the_keys_a_real_run_needs(capsys) -> None:
    Path("r.md").write_text("# R\n\nWeekly use reached 84% in 2026. It was 61% before.\n")
    code = main(["run", "r.md", "-m", "openai/gpt-4.1-mini", "--dry-run"])
    out, err = capsys.readouterr()
    assert "openai/gpt-4.1-mini" in out and "Total: $" in out  # the plan, with its cost
    assert "missing API key" not in err and "OPENAI_API_KEY" in err  # what a real run needs
    assert code == 0 and not Path("outputs").exists() and not post_paths()


ENGLISH_REPORT = (
    "# Coding report\n\n## Use\n\nWeekly use of AI assistants reached 84% in 2026, up from 61% "
    "in 2024. Most developers use two tools.\n\n## Cost\n\nThe median company spends $39 per "
    "developer per month. Spending doubled in a year.\n"
)


def test_offline_an_english_report_makes_an_english_post_without_placeholders(capsys) -> None:
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    assert main(["run", "rep.md"]) == 0  # zh,en asked for (the default), no translator
    err = capsys.readouterr().err
    [post] = post_paths()
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert parsed.front["lang"] == "en" and "84%" in parsed.body
    assert "untranslated" not in parsed.body and "未翻译" not in parsed.body
    assert "主要发现" not in parsed.body
    assert "English only" in err and "Simplified Chinese" in err and "--model" in err
    [run] = Path("outputs").iterdir()
    post.unlink()
    assert main(["render", str(run)]) == 0  # the render stage alone does the same
    assert "未翻译" not in post.read_text(encoding="utf-8")
    assert "English only" in capsys.readouterr().err


def test_model_text_that_starts_like_markdown_structure_stays_text(capsys) -> None:
    from markdown_it import MarkdownIt

    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    answer = {
        "abstract": {"en": "# Summary: weekly use of AI assistants is broad"},
        "claims": [
            {"en": "1. Weekly use of AI assistants reached 84% in 2026."},
            {"en": "- The median company spends $39 per developer per month."},
        ],
    }
    Path("m.json").write_text(json.dumps(answer), encoding="utf-8")
    assert main(["run", "rep.md", "--summary", "m=m.json", "--lang", "en"]) == 0
    [post] = post_paths()
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    assert not any("Summary" in text for _, text in parsed.headings)
    html = MarkdownIt("commonmark").render(parsed.body)
    assert "<h1>" not in html and "# Summary: weekly use" in html  # shown as written
    assert "1. Weekly use of AI assistants reached 84%" in html
    assert "<ol>" not in html and "<li>\n<ul>" not in html and "<li><ul>" not in html


def test_a_config_in_the_working_folder_cannot_send_a_known_key_elsewhere(
    fake_llm, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    for entry in (
        f'model = "openai/ok"\nbase_url = "{fake_llm.url}/v1"\n',  # the preset's variable
        f'provider = "openai"\nmodel = "ok"\nbase_url = "{fake_llm.url}/v1"\n'
        'api_key_env = "OPENAI_API_KEY"\n',
    ):
        Path("summarizer.toml").write_text(f"[[models]]\n{entry}", encoding="utf-8")
        assert main(["run", "rep.md"]) == 2
        err = capsys.readouterr().err
        assert "OPENAI_API_KEY" in err and "127.0.0.1" in err and "--trust-config" in err
        assert KEY not in err
    assert not any(KEY in a for a in fake_llm.auth) and not post_paths()
    assert main(["--trust-config", "run", "rep.md"]) == 0  # the user says it is theirs
    assert post_paths() and fake_llm.auth and KEY in fake_llm.auth[-1]


def test_a_config_in_the_working_folder_cannot_import_code_unless_trusted(
    monkeypatch, capsys
) -> None:
    Path("summarizer.toml").write_text(
        '[[models]]\nname = "lc"\nprovider = "langchain"\nmodel = "tests.lc_fake:model"\n',
        encoding="utf-8",
    )
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    assert main(["run", "rep.md"]) == 2
    err = capsys.readouterr().err
    assert "import Python code" in err and "--trust-config" in err and not post_paths()
    monkeypatch.setenv("SUMMARIZER_TRUST_CONFIG", "1")
    assert main(["run", "rep.md"]) == 0
    [post] = post_paths()
    assert "lc" in assert_well_formed(post.read_text(encoding="utf-8")).front["models"]


def test_a_config_named_with_config_is_the_users_own(fake_llm, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    Path("mine.toml").write_text(
        f'[[models]]\nmodel = "openai/ok"\nbase_url = "{fake_llm.url}/v1"\n', encoding="utf-8"
    )
    assert main(["--config", "mine.toml", "run", "rep.md"]) == 0
    assert post_paths() and KEY in fake_llm.auth[-1]


def test_rerun_after_editing_keeps_the_edit_writes_the_new_post_beside_and_prints_json(
    capsys,
) -> None:
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    assert main(["run", "rep.md", "--lang", "en"]) == 0
    [post] = post_paths()
    post.write_text(post.read_text(encoding="utf-8") + "\nMy own closing words.\n")
    capsys.readouterr()
    code = main(["run", "rep.md", "--lang", "en", "--json"])
    out, err = capsys.readouterr()
    assert "My own closing words." in post.read_text(encoding="utf-8")  # the edit is kept
    [beside] = [p for p in Path("blog/_posts").iterdir() if p != post]
    assert beside.name.startswith("_")  # Jekyll publishes no file whose name starts with _
    new = assert_well_formed(beside.read_text(encoding="utf-8"))
    assert "84%" in new.body and "My own closing words." not in new.body
    assert "edited by hand" in err and str(beside) in err and "--force" in err
    assert json.loads(out)["claims"]  # --json still prints the comparison
    assert code == 0


def test_split_replaces_the_earlier_bilingual_post_of_the_report_and_keeps_an_edited_one(
    capsys,
) -> None:
    assert main(["run"]) == 0
    [bilingual] = post_paths()
    assert main(["run", "--split"]) == 0
    names = [p.name for p in post_paths()]
    assert len(names) == 2 and all(n.endswith(("-zh.md", "-en.md")) for n in names), names
    assert "Removed" in capsys.readouterr().err
    assert main(["run"]) == 0  # and back to one post
    assert post_paths() == [bilingual]
    assert "主要发现 · Key findings" in bilingual.read_text(encoding="utf-8")
    bilingual.write_text(bilingual.read_text(encoding="utf-8") + "\nMine.\n", encoding="utf-8")
    assert main(["run", "--split"]) == 0  # an edited post is the author's: it stays
    assert bilingual.exists() and "Mine." in bilingual.read_text(encoding="utf-8")
    assert len(post_paths()) == 3


def test_jekyll_publishes_neither_the_new_version_beside_an_edit_nor_model_markup(
    jekyll: str,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    capsys,
) -> None:
    site = fresh_site(tmp_path)
    Path("rep.md").write_text(ENGLISH_REPORT, encoding="utf-8")
    answer = {
        "abstract": {"en": "# Summary: weekly use of AI assistants is broad"},
        "claims": [{"en": "1. Weekly use of AI assistants reached 84% in 2026."}],
    }
    Path("m.json").write_text(json.dumps(answer), encoding="utf-8")
    args = ["run", "rep.md", "--summary", "m=m.json", "--lang", "en", "--blog", str(site)]
    assert main(args) == 0
    [post] = sorted((site / "_posts").glob("*.md"))
    post.write_text(post.read_text(encoding="utf-8") + "\nMy own closing words.\n")
    assert main(args) == 0
    assert len(list((site / "_posts").glob("*.md"))) == 2  # the edit, and the new one beside
    proc = build(jekyll, site)
    assert proc.returncode == 0, proc.stderr
    [page] = list((site / "_site").glob("20*/**/index.html"))  # one post published: the edit
    html = page.read_text(encoding="utf-8")
    assert "My own closing words." in html
    assert "# Summary: weekly use" in html and not re.search(r"<h\d[^>]*>Summary", html)
    assert "1. Weekly use of AI assistants reached 84%" in html
