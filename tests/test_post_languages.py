"""A bilingual post from summaries in two languages, with no model to translate: every line
stands in the language it was written in, never behind a placeholder. Conclusions that state
figures are findings like the rest."""

from __future__ import annotations

import re
from pathlib import Path

from summarizer.cli import main
from summarizer.render.labels import in_script, topic_label
from tests.builders import report
from tests.postcheck import assert_well_formed
from tests.test_merged_post import _post

REPORT = """# Edge Computing Outlook 2026

## Adoption

Edge deployments grew to 41% of manufacturers in 2026, from 29% in 2025.

## Spending

The median edge budget reached $2.3 million per company.

## Skills

Only 18% of firms say they have enough staff trained to run edge clusters.
"""
CHINESE = """## 主要结论

- 2026年，41%的制造企业部署了边缘计算，2025年为29%。
- 只有18%的企业表示有足够的员工能运维边缘集群。
- 边缘计算的关键在于先培养人才。
"""
ENGLISH = """## Key points

- The median edge budget reached $2.3 million per company.
- Edge deployments grew to 41% of manufacturers in 2026.
"""


def test_lines_no_model_translated_stand_in_their_own_language(capsys) -> None:
    Path("report.md").write_text(REPORT, encoding="utf-8")
    Path("qwen.md").write_text(CHINESE, encoding="utf-8")
    Path("gpt.md").write_text(ENGLISH, encoding="utf-8")
    code = main(
        [
            "run",
            "report.md",
            "--lang",
            "zh,en",
            "--summary",
            "qwen=qwen.md",
            "--summary",
            "gpt=gpt.md",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0
    body = assert_well_formed(Path(out.strip().splitlines()[-1]).read_text(encoding="utf-8")).body
    findings = body.split("## 主要发现")[1].split("\n## ")[0]
    assert "未翻译" not in body and "untranslated" not in body
    # the English-only fact leads in English; the Chinese-only one in Chinese, with no alt line
    budget = next(line for line in findings.splitlines() if "2.3 million" in line)
    assert budget.startswith("- The median edge budget") and 'class="alt"' not in budget
    skills = next(line for line in findings.splitlines() if "18%" in line)
    assert skills.startswith("- 只有18%的企业") and 'class="alt"' not in skills
    # the fact both state carries both languages
    shared = next(line for line in findings.splitlines() if "41%" in line)
    assert "41%的制造企业" in shared and 'lang="en">Edge deployments grew' in shared
    assert "in the language they were written in" in err
    # counted in findings, of which the shared one is in both languages
    counted = re.search(r"(\d+) of the post's (\d+) findings", err)
    assert counted and 0 < int(counted.group(1)) < int(counted.group(2))
    # how to fill them is something a user can do from here: a model named in summarizer.toml
    assert "summarizer.toml" in err and "render again" in err
    # under 主要结论 a sentence with a figure is a finding; a judgement stays a takeaway
    takeaways = body.split("## 各模型的要点")[1].split("\n## ")[0]
    assert "先培养人才" in takeaways and "18%" not in takeaways
    # the report's length as a reader counts it, in each language: words, not model tokens
    scope = body.split("## 报告涵盖什么")[1].split("\n## ")[0]
    zh, en = re.search(r"约(\d+)个英文单词", scope), re.search(r"about (\d+) words", scope)
    assert zh and en and zh.group(1) == en.group(1) and 30 <= int(zh.group(1)) <= 50
    assert "token" not in scope


def test_without_a_report_the_post_does_not_claim_anything_was_checked(capsys) -> None:
    Path("qwen.md").write_text("# 边缘计算展望\n\n" + CHINESE, encoding="utf-8")
    Path("gpt.md").write_text(ENGLISH, encoding="utf-8")
    assert main(["compare", "--summary", "qwen=qwen.md", "--summary", "gpt=gpt.md"]) == 0
    run_dir = next(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["render", str(run_dir), "--lang", "zh,en"]) == 0
    post = Path(capsys.readouterr().out.strip().splitlines()[-1]).read_text(encoding="utf-8")
    body = assert_well_formed(post).body
    assert "未提供报告原文，论断未经核对。" in body
    assert "No report was given, so no claim was checked against one." in body
    assert "found in the report" not in body and "找到了依据" not in body


def test_a_split_post_shows_a_line_in_the_language_it_has_not_a_placeholder(capsys) -> None:
    Path("report.md").write_text(REPORT, encoding="utf-8")
    Path("qwen.md").write_text(CHINESE, encoding="utf-8")
    Path("gpt.md").write_text(ENGLISH, encoding="utf-8")
    args = ["run", "report.md", "--split", "--summary", "qwen=qwen.md", "--summary", "gpt=gpt.md"]
    assert main(args) == 0
    posts = [Path(p) for p in capsys.readouterr().out.split()]
    english = next(p for p in posts if p.stem.endswith("-en")).read_text(encoding="utf-8")
    assert "untranslated" not in english and "未翻译" not in english
    assert "只有18%的企业" in english  # the Chinese-only fact, as its model wrote it


def _run_post(capsys, report: str, kimi: str, qwen: str) -> str:
    """`run` on a report and kimi's and qwen's summaries; the post's body."""
    for name, text in (("report", report), ("kimi", kimi), ("qwen", qwen)):
        Path(f"{name}.md").write_text(text, encoding="utf-8")
    assert main(["run", "report.md", "--summary", "kimi=kimi.md", "--summary", "qwen=qwen.md"]) == 0
    return assert_well_formed(Path(capsys.readouterr().out.strip()).read_text("utf-8")).body


def test_a_chinese_post_gives_the_reason_for_a_flag_in_chinese(capsys) -> None:
    body = _run_post(
        capsys,
        "# 2026年智能家居调查\n\n## 普及\n\n智能门锁的家庭普及率达到38%。\n\n"
        "## 消费\n\n家庭平均每年在智能设备上花费2400元。\n",
        "- 智能门锁的家庭普及率达到43%。\n- 家庭平均每年在智能设备上花费2400元。\n",
        "- 家庭每年平均花费2400元购买智能设备。\n",
    )
    marked = next(line for line in body.splitlines() if "43%" in line and "⚠" in line)
    assert "原文为 38%，而非 43%" in marked and "the report" not in marked


def test_a_finding_is_not_credited_to_the_model_that_said_otherwise(capsys) -> None:
    body = _run_post(
        capsys,
        "# 家庭网络安全调查\n\n## 账号\n\n账号异常登录的比例降至7%，2023年为9%。\n\n"
        "## 设备\n\n家庭平均拥有6台联网设备。\n",
        "- 账号异常登录比例降至7%（2023年为9%）。\n- 家庭平均拥有6台联网设备。\n",
        "- 账号异常登录比例升至7%（2023年为9%）。\n- 每个家庭平均有6台联网设备。\n",
    )
    login = next(line for line in body.splitlines() if "异常登录" in line and "— 来自" in line)
    credited = login.split("— 来自")[1].split("**")[0]
    assert "kimi" in credited and "qwen" not in credited
    assert "⚠ qwen" in login  # qwen's reversed trend is marked where the fact stands
    devices = next(line for line in body.splitlines() if "6台" in line and "— 来自" in line)
    assert "kimi" in devices and "qwen" in devices


def test_a_chinese_post_of_an_english_report_takes_a_models_chinese_title(capsys) -> None:
    report = "# Global Heat Pump Outlook 2026\n\n## Sales\n\nHeat pump sales rose 14% in 2026.\n"
    kimi = "**2026年全球热泵市场展望要点**\n\n1. 2026年热泵销量增长14%。\n"
    gpt = "## Summary\n\n- Heat pump sales rose 14% in 2026.\n"
    for name, text in (("report", report), ("kimi", kimi), ("gpt", gpt)):
        Path(f"{name}.md").write_text(text, encoding="utf-8")
    argv = ["run", "report.md", "--lang", "zh,en", "--summary", "kimi=kimi.md"]
    assert main([*argv, "--summary", "gpt=gpt.md"]) == 0
    post = Path(capsys.readouterr().out.strip().splitlines()[-1])
    front = assert_well_formed(post.read_text(encoding="utf-8")).front
    assert front["title"] == "2026年全球热泵市场展望要点"
    assert front["source"]["title"] == "Global Heat Pump Outlook 2026"


def test_a_chinese_theme_for_an_english_section_is_the_heading_most_of_its_facts_share() -> None:
    """A Chinese post under an English report: the section takes the Chinese heading most of
    its facts' models gave them, where two or half of them share it — not one model's heading
    for one of them, which may name another theme — else the report's heading."""
    section = "5. Supply chain and costs"
    shared = ["供应链与成本", "🛵 渠道与人群", "供应链与成本", "Costs"]
    assert in_script(section, "zh", shared, set()) == "供应链与成本"
    scattered = ["🛵 渠道与人群", "加盟回本", "原料价格"]
    assert in_script(section, "zh", scattered, set()) == section
    two = ["供应链与成本", "供应链与成本", "加盟回本", "原料价格", "渠道与人群"]
    assert in_script(section, "zh", two, set()) == "供应链与成本"


def test_a_report_sections_numbering_is_not_the_themes() -> None:
    """The report's "1. Market Overview" heads the theme as "Market Overview" (and no "1\\."
    escaped mid-line in a bilingual heading)."""
    doc = report(("1. Market Overview", "Revenue grew 27% to RMB 118.6 billion."), title="EV")
    assert topic_label("1. Market Overview", "en", doc) == "Market Overview"


def test_footnotes_name_the_report_section_without_its_numbering(tmp_path: Path, capsys) -> None:
    report_md = tmp_path / "report.md"
    report_md.write_text(
        "# Pet food 2025\n\n## 1. Market Overview\n\nRetail sales reached RMB 68.4 billion, up "
        "12.5%.\n\n## 2. Channels\n\nOnline channels accounted for 63% of sales.\n",
        encoding="utf-8",
    )
    answers = {"kimi": "- 零售额684亿元，增长12.5%。\n- 线上渠道占63%。", "gpt": "- Online: 63%."}
    post, _ = _post(tmp_path, capsys, summaries=answers, source=report_md)
    notes = [line for line in post.splitlines() if line.startswith("[^src")]
    assert notes and any("— Channels" in n for n in notes), notes
    assert not any("2\\." in n or "1\\." in n for n in notes), notes


def test_the_closing_reading_counts_each_models_flagged_claims_most_first() -> None:
    from summarizer.render.labels import reading

    rows = [
        {"model": "doubao", "coverage": 0.8, "unsupported": 0, "contradicted": 1},
        {"model": "kimi", "coverage": 0.6, "unsupported": 2, "contradicted": 1},
        {"model": "qwen", "coverage": 0.5, "unsupported": 0, "contradicted": 0},
    ]
    zh, en = reading(rows, "zh"), reading(rows, "en")
    # every model flagged would otherwise read as four names that tell nothing apart
    assert "kimi 3 条、doubao 1 条" in zh and "qwen" not in zh.split("：", 1)[1], zh
    assert "kimi 3, doubao 1" in en and en.startswith("doubao covered the most"), en


def test_the_years_a_report_speaks_of_are_read_as_years_not_prices() -> None:
    """ "2000元以上的大额诊疗" is a price: the post must not say the figures span 2000–2027."""
    from summarizer.render.scope import report_scope
    from tests.builders import report

    doc = report(
        ("消费", "2000元以上的大额诊疗占13%，2024年市场规模876亿元，预计2027年达1,200亿元。"),
        title="宠物医疗",
    )
    assert "2024–2027年" in report_scope(doc, "zh")
    assert "2024–2027" in report_scope(doc, "en") and "2000" not in report_scope(doc, "en")


def test_a_count_in_a_table_cell_is_no_year_the_report_speaks_of(tmp_path) -> None:
    """A chain's 1950 stores in a table cell is a bare number, like a year: the post must not
    say the figures span 1950–2025."""
    from summarizer.fetch import fetch
    from summarizer.render.scope import report_scope

    path = tmp_path / "cafes.md"
    path.write_text(
        "# 咖啡连锁报告\n\n## 品牌\n\n2024年行业门店总数约18.6万家，预计2025年增至20万家。\n\n"
        "| 排名 | 品牌 | 门店数 | 份额 |\n|---|---|---|---|\n| 5 | 澜町咖啡 | 1950 | 2.9% |\n",
        encoding="utf-8",
    )
    scope = report_scope(fetch(str(path)), "zh")
    assert "2024–2025年" in scope and "1950" not in scope, scope
