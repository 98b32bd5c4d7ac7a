"""The merged post from summaries pasted without a report: one bullet per fact, themes,
disagreements, an honest note, the models' title, and --skeleton."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.render.merge import model_title, title_from_models
from tests.postcheck import assert_well_formed

KIMI = """# 2025家用储能市场报告摘要

## 市场规模
- 全球家用储能新增装机约48 GWh，同比增长近一倍。
- 德国是欧洲最大市场，占欧洲家用储能装机的41%。
- 日本补贴覆盖了30%的新装用户。

## 价格
- 电池包均价降至每千瓦时620元。
"""
QWEN = """**2025家用储能市场报告要点**

1. 全球家用储能新增48 GWh，几乎翻倍。
2. 德国占欧洲家用储能装机的41%，位居第一。
3. 日本补贴覆盖了约三分之一的新装用户。
4. 欧洲家用储能安装商增加到约1.2万家。
"""
GPT = """# Home Storage Market 2025: Summary

## Demand
- Global home storage additions reached 48 GWh, almost double 2024.
- Germany accounts for 41% of European home storage installations.

## Prices
- Average battery pack prices fell to 620 yuan per kWh.
"""


@pytest.fixture(autouse=True)
def _words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same post with or without the optional embedding model."""
    monkeypatch.setenv("SUMMARIZER_SEMANTIC", "0")


def _post(
    tmp: Path,
    capsys: pytest.CaptureFixture[str],
    *extra: str,
    summaries: dict[str, str] | None = None,
    source: Path | None = None,
) -> tuple[str, dict]:
    """compare the summaries (kimi, qwen and gpt's by default), against `source` if given,
    render, and read the post."""
    args = ["compare", *(["--source", str(source)] if source else [])]
    for name, text in (summaries or {"kimi": KIMI, "qwen": QWEN, "gpt": GPT}).items():
        path = tmp / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        args += ["--summary", f"{name}={path}"]
    assert main(args) == 0
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["render", str(run), *extra]) == 0
    post = Path(capsys.readouterr().out.strip().splitlines()[-1])
    parsed = assert_well_formed(post.read_text(encoding="utf-8"))
    return parsed.body, parsed.front


def _disputes(body: str) -> str:
    """The post's disagreements section."""
    return body.split("## 模型之间的分歧")[1].split("\n## ")[0]


def _findings(body: str) -> str:
    return body.split("## 主要发现")[1].split("## 模型之间的分歧")[0]


def _finding(body: str, needle: str) -> tuple[str, str, str]:
    """(the bullet, its wording, the models it credits) of the finding that says `needle`."""
    line = next(x for x in _findings(body).splitlines() if needle in x and "— 来自" in x)
    text, rest = line.split("— 来自", 1)
    return line, text, rest.split("**")[0]


def test_one_bullet_per_fact_attributed_to_every_model(tmp_path, capsys) -> None:
    body, front = _post(tmp_path, capsys)
    findings = _findings(body)
    bullets = [line for line in findings.splitlines() if line.startswith("- ")]
    # five facts: 48 GWh, Germany 41%, Japan's subsidies, 620 yuan, the installers
    assert len(bullets) == 5, bullets
    # no model gave a takeaway of its own: no section of empty lists
    assert "各模型的要点" not in body and "（无）" not in body
    gwh = [b for b in bullets if "48 GWh" in b]
    assert len(gwh) == 1 and set(re.findall(r"kimi|qwen|gpt", gwh[0].split("—")[1])) == {
        "kimi",
        "qwen",
        "gpt",
    }
    # consensus first: the first bullet of the first theme is stated by all three
    assert set(re.findall(r"kimi|qwen|gpt", bullets[0].split("—")[1])) == {"kimi", "qwen", "gpt"}
    # a handful of themes, not one per model heading (kimi and gpt have four between them)
    headings = re.findall(r"^### (.+)$", findings, flags=re.M)
    assert 1 <= len(headings) <= 3 and len(set(headings)) == len(headings)


def test_no_report_is_said_and_no_footnotes_promised(tmp_path, capsys) -> None:
    body, front = _post(tmp_path, capsys)
    assert "没有提供报告原文" in body
    assert "脚注指向报告原文" not in body
    assert "[^" not in body
    # nothing was checked, so the scorecard counts no claim supported or contradicted
    row = next(x for x in body.splitlines() if x.startswith("| kimi |"))
    assert row.split("|")[5:9] == [" – ", " – ", " – ", " – "], row
    # the title is the models' own, not a placeholder; the description one of the findings
    assert "家用储能" in front["title"]
    assert front["description"] and front["description"] in body.replace("\\", "")
    assert front["source"]["id"] is None  # no report: nothing to identify


def test_disagreements_say_how_the_figures_differ(tmp_path, capsys) -> None:
    body, _ = _post(tmp_path, capsys)
    disagreements = body.split("## 模型之间的分歧")[1]
    assert "约数不一致" in disagreements
    assert "qwen: **约三分之一**" in disagreements and "kimi: **30%**" in disagreements


def test_skeleton_keeps_one_models_headings(tmp_path, capsys) -> None:
    body, _ = _post(tmp_path, capsys, "--skeleton", "kimi")
    findings = _findings(body)
    headings = re.findall(r"^### (.+)$", findings, flags=re.M)
    # kimi's headings in its order; beside each, in English, the other models' heading
    assert [h.split(" · ")[0] for h in headings] == ["市场规模", "价格"]
    market = findings.split("### 市场规模")[1].split("### 价格")[0]
    # kimi's facts keep all their models; qwen's own fact goes under the closest heading
    assert re.search(r"德国.*— 来自 kimi、qwen、gpt", market)
    assert re.search(r"安装商.*— 来自 qwen", market)


def test_an_english_skeleton_in_a_chinese_post_has_chinese_headings_too(tmp_path, capsys) -> None:
    body, _ = _post(tmp_path, capsys, "--skeleton", "gpt")
    headings = re.findall(r"^### (.+)$", _findings(body), flags=re.M)
    themed = [h for h in headings if h != "其他 · Other"]
    assert themed and all(re.search(r"[\u4e00-\u9fff]", h) for h in themed), headings


def test_skeleton_must_name_a_model(tmp_path, capsys) -> None:
    for name, text in (("kimi", KIMI), ("gpt", GPT)):
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    assert (
        main(
            [
                "compare",
                "--summary",
                f"kimi={tmp_path / 'kimi.md'}",
                "--summary",
                f"gpt={tmp_path / 'gpt.md'}",
            ]
        )
        == 0
    )
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["render", str(run), "--skeleton", "claude"]) == 2
    err = capsys.readouterr().err
    assert "--skeleton claude" in err and "kimi, gpt" in err and "Traceback" not in err


def test_a_skeleton_without_headings_is_refused_with_the_ones_that_have_them(
    tmp_path, capsys
) -> None:
    """A plain list has no headings to lay the post out on: rather than every bullet under
    one "其他" heading, render says so and names the summaries that have some."""
    flat = "- 2024年欧洲电池回收产能增长41%。\n- 回收企业数量减少约三分之一。\n"
    headed = "## 产能\n- 欧洲电池回收产能增长41%。\n## 企业\n- 回收企业数量减少约三分之一。\n"
    args = ["compare"]
    for name, text in (("qwen", flat), ("doubao", headed)):
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
        args += ["--summary", f"{name}={tmp_path / f'{name}.md'}"]
    assert main(args) == 0
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["render", str(run), "--skeleton", "qwen"]) == 2
    err = capsys.readouterr().err
    assert "--skeleton qwen" in err and "no headings" in err and "doubao" in err
    assert "Traceback" not in err and not list(Path("blog").glob("_posts/*.md"))


def test_titles_from_the_models() -> None:
    assert model_title("# 报告摘要\n\n- 一条") == "报告摘要"
    assert model_title("# 2025年短视频广告市场分析 🎬\n- 一条") == "2025年短视频广告市场分析"
    assert model_title("**要点速览**\n1. 一条") == "要点速览"
    # a heading that names the report in 《》 gives that title, not "《…》报告总结"
    assert (
        model_title("# 《2026年县域冷链物流白皮书》报告总结\n- 一条") == "2026年县域冷链物流白皮书"
    )
    assert model_title("好的，以下是总结：\n# 标题") is None
    # a reply that opens by naming the report gives its title
    opening = "好的，以下是《2026年热泵市场报告》的核心内容：\n- 一条"
    assert model_title(opening) == "2026年热泵市场报告"
    assert model_title('Here is a summary of "The 2026 Heat Pump Report":\n- one') == (
        "The 2026 Heat Pump Report"
    )
    # an opening second-level heading, less its "Summary:" label; what a reply says it sums up
    assert (
        model_title("## Summary: Pet Spending in 2026\n### Size\n- one") == "Pet Spending in 2026"
    )
    assert model_title("### Size\n- one") is None  # a section, not a title
    opening = "根据您提供的报告，我为您整理了2026年中国宠物消费市场的主要内容。\n\n- 一条"
    assert model_title(opening) == "2026年中国宠物消费市场"
    assert model_title("这份报告梳理了县域冷链物流的整体情况，核心要点如下：\n- 一条") == (
        "县域冷链物流"
    )
    # a first line that names what it sums up, then a colon: a Chinese title before an English
    # answer's heading in a Chinese post
    kimi = "2026年中国露营装备市场报告要点：\n\n1. 帐篷销量增长18%。"
    assert model_title(kimi) == "2026年中国露营装备市场报告"
    assert title_from_models(["# Camping Gear in China — Key Takeaways", kimi], "zh") == (
        "2026年中国露营装备市场报告"
    )
    assert (
        title_from_models(["# Storage 2025", "# 2025储能报告", "**2025储能报告要点**"], "zh")
        == "2025储能报告"
    )
    # a title that only says "a summary of the report" names nothing: the others', or none
    assert title_from_models(["**报告核心内容总结**", "# 2025储能报告"], "zh") == "2025储能报告"
    assert title_from_models(["**报告核心内容总结**\n- 一条", "# Key Points"], "zh") is None


def test_themes_come_from_sections_not_lead_ins_or_a_catch_all_heading(tmp_path, capsys) -> None:
    doubao = """## 2026年宠物消费报告要点

### 一、市场规模
* **总体规模**：宠物消费市场规模达到3200亿元，同比增长9%。
* **猫狗数量**：城镇猫的数量达到7100万只，首次超过狗（5200万只）。

### 二、消费结构
* **食品**：食品占宠物消费的52%。
* **医疗**：医疗支出占比升至28%。
"""
    gemini = """这份报告描绘了一个持续扩张的宠物市场。

**关键发现：**

宠物消费市场规模约3200亿元，城镇猫的数量已经超过狗，达到7100万只。食品仍是最大的开销，占比超过一半，医疗支出占比接近三成。
"""
    qwen = "1. 宠物消费市场规模3200亿元。\n2. 食品支出占52%。\n3. 医疗占比28%。\n"
    body, _ = _post(tmp_path, capsys, summaries={"doubao": doubao, "gemini": gemini, "qwen": qwen})
    themes = re.findall(r"^### (.+)$", _findings(body), flags=re.M)
    # Doubao's sections, without their numbering; not its lead-ins, not Gemini's catch-all
    assert themes[:2] == ["市场规模", "消费结构"] or themes[:2] == ["消费结构", "市场规模"], themes
    assert not {"关键发现", "总体规模", "食品", "医疗"} & set(themes)
    market = _findings(body).split("### 市场规模")[1].split("###")[0]
    assert "3200亿元" in market and "7100万只" in market


def test_a_line_under_a_bold_lead_in_keeps_the_lead_in_as_its_subject(tmp_path, capsys) -> None:
    doubao = (
        "### 一、企业规模\n- **中型企业**：转型比例达78.5%。\n- **小微企业**：仅52.4%，明显滞后。\n"
    )
    qwen = "1. 中型企业转型比例78.5%。\n2. 政府补贴覆盖了不到两成的企业。\n"
    body, _ = _post(tmp_path, capsys, summaries={"doubao": doubao, "qwen": qwen})
    findings = _findings(body)
    small = next(line for line in findings.splitlines() if "52.4%" in line)
    # "仅52.4%" alone would not say of what: the lead-in comes back as its subject
    assert small.startswith("- 小微企业：仅52.4%，明显滞后。 — 来自 doubao"), small


def test_a_fact_stated_with_figures_that_disagree_is_marked_and_credited_to_its_side(
    tmp_path, capsys
) -> None:
    summaries = {
        "kimi": "- 2024年欧洲电池回收产能增长44%。\n- 回收企业数量减少了约三分之一。\n",
        "qwen": "- 2024年欧洲电池回收产能增长41%。\n- 回收企业数量减少约三分之一。\n",
        "gpt": "- European battery recycling capacity grew 41% in 2024.\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    line, text, credited = _finding(body, "回收产能增长")
    # whichever figure leads, it is credited only to the models that gave it …
    said_44 = "增长44%" in text
    assert ("kimi" in credited) == said_44 and ("qwen" in credited) != said_44
    # … and the bullet says the models disagree, with each one's figure
    assert "⚠ 各模型给出的数字不一致" in line and "kimi 44%" in line and "41%" in line


def test_a_chinese_posts_marks_are_parted_by_a_chinese_semicolon(tmp_path, capsys) -> None:
    """A finding with a claim the report contradicts and figures that disagree carries both
    marks, parted as Chinese is written (；), not by an English "; "."""
    source = tmp_path / "report.md"
    source.write_text("# 回收\n\n2024年欧洲电池回收产能增长41%。\n", encoding="utf-8")
    summaries = {
        "kimi": "- 2024年欧洲电池回收产能增长44%。\n",
        "qwen": "- 2024年欧洲电池回收产能增长41%。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=source)
    line, _, _ = _finding(body, "回收产能增长")
    assert "与原文矛盾" in line and "各模型给出的数字不一致" in line
    assert "；⚠ 各模型" in line and "; ⚠" not in line


def test_a_fact_the_models_say_went_opposite_ways_is_a_disagreement(tmp_path, capsys) -> None:
    summaries = {
        "kimi": "- 电动自行车的平均售价同比上涨了9%，达到820美元左右。\n",
        "qwen": "- 电动自行车平均售价同比下降9%，降至820美元。\n",
        "gpt": "- The average price of e-bikes fell 9% to USD 820.\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    line, text, credited = _finding(body, "820")
    # the side two of three models take leads, credited to them alone, and the bullet is marked
    assert "下降9%" in text
    assert "kimi" not in credited
    assert "⚠ 各模型所说的涨跌方向相反" in line and "kimi 上涨" in line
    disagreements = body.split("## 模型之间的分歧")[1]
    assert "涨跌方向相反" in disagreements and "上涨" in disagreements
    # the disagreement is titled with the side the finding shows, not whichever claim came first
    title = next(x for x in disagreements.splitlines() if x.startswith("- *"))
    assert "下降9%" in title, title


def test_an_english_post_says_which_way_a_chinese_answer_went(tmp_path, capsys) -> None:
    """In an English post a Chinese answer's direction is shown as written, with the way it goes
    in English beside it: the reader cannot be asked to know that 上涨 is "up"."""
    summaries = {
        "kimi": "- 共享单车的月卡价格同比上涨了15%，达到25元。\n",
        "gpt": "- The monthly pass for shared bikes fell 15% to 25 yuan.\n",
    }
    body, _ = _post(tmp_path, capsys, "--lang", "en,zh", summaries=summaries)
    disagreements = body.split("## Where the models disagree")[1]
    assert "kimi: 上涨 15% (up)" in disagreements.replace("**", ""), disagreements
    assert "fell 15% (" not in body  # the English side needs no gloss


def test_a_flagged_claim_never_stands_as_the_other_language_of_a_finding(
    tmp_path, capsys, monkeypatch
) -> None:
    report = tmp_path / "report.md"
    report.write_text(
        "# E-bikes in Vietnam 2025\n\n## Brands\n\n"
        "VinFast held 41% of the Vietnamese e-bike market in 2024, far ahead of Yadea.\n\n"
        "Yadea held 22% of regional sales across Southeast Asia.\n",
        encoding="utf-8",
    )
    summaries = {
        "kimi": "- VinFast在越南本土电动自行车市场占有41%的份额。\n- 雅迪占区域销量的22%。\n",
        "gpt": "- Tailg held 41% of the Vietnamese e-bike market.\n"
        "- Yadea held 22% of regional sales.\n",
    }
    post, _ = _post(tmp_path, capsys, summaries=summaries, source=report)
    findings = _findings(post)
    line = next(x for x in findings.splitlines() if "VinFast在越南" in x)
    assert 'lang="en">Tailg' not in line  # "Tailg" only in the mark that says it is wrong
    assert "Yadea held 22%" in findings  # an unflagged twin still gives the other language


EBIKES = (
    "# E-bikes 2025\n\n## Market size\n\nSales reached 1.42 million units, up 38%.\n\n"
    "Vietnam accounted for 58% of sales.\n\n## Prices\n\nAverage prices fell 12% to USD 1,150.\n"
)


def test_a_claim_the_report_does_not_bear_out_stands_with_its_neighbours(tmp_path, capsys) -> None:
    report = tmp_path / "report.md"
    report.write_text(EBIKES, encoding="utf-8")
    doubao = tmp_path / "doubao.md"
    doubao.write_text(
        "## 一、市场规模\n- 销量达到142万辆，同比增长38%。\n- 越南占销量的58%。\n"
        "- 东南亚市场的发展前景十分广阔\n\n## 二、价格\n- 平均售价下降12%，降至1150美元。\n",
        encoding="utf-8",
    )
    assert main(["compare", "--source", str(report), "--summary", f"doubao={doubao}"]) == 0
    [run] = list(Path("outputs").iterdir())
    capsys.readouterr()
    assert main(["render", str(run)]) == 0
    post = Path(capsys.readouterr().out.strip().splitlines()[-1]).read_text(encoding="utf-8")
    findings = _findings(post)
    # one heading for each part of the report — in the post's language, as the model put it,
    # since no translation of the report's came — and the unanchored claim under its part
    assert re.findall(r"^### (.+)$", findings, flags=re.M) == ["市场规模", "价格"]
    market = findings.split("### 市场规模")[1].split("###")[0]
    assert "发展前景十分广阔" in market and "越南占销量的58%" in market


def test_a_fact_themed_by_another_models_heading_joins_that_headings_report_section(
    tmp_path, capsys
) -> None:
    """kimi writes no headings; its unanchored claim is themed under doubao's "一、市场规模",
    whose claims the report holds in "Market size": one 市场规模 heading, not two."""
    report = tmp_path / "report.md"
    report.write_text(EBIKES, encoding="utf-8")
    doubao = (
        "## 一、市场规模\n- 销量达到142万辆，同比增长38%。\n- 越南占销量的58%。\n"
        "- 东南亚电动车市场的发展前景十分广阔\n\n## 二、价格\n- 平均售价下降12%，降至1150美元。\n"
    )
    kimi = (
        "今年销量达到142万辆，增长38%，越南占销量的58%。东南亚电动车市场的前景十分广阔，"
        "越南电动车销量的增长潜力依然很大。平均售价下降12%。\n"
    )
    body, _ = _post(tmp_path, capsys, summaries={"doubao": doubao, "kimi": kimi}, source=report)
    findings = _findings(body)
    assert re.findall(r"^### (.+)$", findings, flags=re.M) == ["市场规模", "价格"]
    assert "增长潜力依然很大" in findings.split("### 市场规模")[1].split("###")[0]


def test_a_conclusions_heading_never_names_a_report_section(tmp_path, capsys) -> None:
    """Two answers put the forecast under 总结, one under 展望: the report's Outlook reads 展望
    in a Chinese post, since 总结 only says the answer ends there."""
    report = tmp_path / "report.md"
    report.write_text(
        "# Scooters 2025\n\n## Market\n\nSales reached 2.1 million units, up 18%.\n\n"
        "## Outlook\n\nSales are forecast to reach 2.6 million units in 2026.\n",
        encoding="utf-8",
    )
    summaries = {
        "doubao": "## 市场\n- 销量达到210万辆，增长18%。\n\n## 总结\n- 预计2026年达260万辆。\n",
        "kimi": "## 市场\n- 销量210万辆，增长18%。\n\n## 总结\n- 2026年销量预计达260万辆。\n",
        "qwen": "## 市场\n- 销量210万辆。\n\n## 展望\n- 2026年预计260万辆。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=report)
    assert re.findall(r"^### (.+)$", _findings(body), flags=re.M) == ["市场", "展望"]


def test_a_chinese_wording_borrowed_for_an_english_lead_keeps_its_label(tmp_path, capsys) -> None:
    """The English claim is the best grounded (its figure and name are all the report's
    sentence holds of it), so it leads; the Chinese line comes from doubao's "**闲鱼**：市场份额
    46%…", and says whose share it is."""
    report = tmp_path / "report.md"
    report.write_text(
        "# 二手电商2025\n\n## 竞争格局\n\n"
        "闲鱼（Xianyu）继续保持领先，按交易规模计算的市场份额为46%，与上年基本持平。"
        "转转（Zhuanzhuan）份额为17%。\n",
        encoding="utf-8",
    )
    summaries = {
        "doubao": "## 竞争格局\n- **闲鱼**：市场份额46%，继续领先。\n- **转转**：市场份额17%。\n",
        "gpt": "## Competition\n- Xianyu leads with a 46% market share.\n- Zhuanzhuan holds 17%.\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=report)
    line, _, _ = _finding(body, "市场份额46%")
    assert "闲鱼：市场份额46%" in line, line


def test_a_finding_is_worded_with_the_exact_figure_in_a_sentence_that_stands_alone() -> None:
    from summarizer.lang.claims import make_claim
    from summarizer.render.merge import clearest

    members = [
        make_claim("k#1", "kimi", "其中氢燃料电池重卡不到一成"),
        make_claim("q#1", "qwen", "其中氢燃料电池重卡占6%"),
        make_claim("d#1", "doubao", "氢燃料电池重卡占新能源重卡销量的6%"),
    ]
    assert clearest(members, "zh").model == "doubao"
    assert clearest(members[:2], "zh").model == "qwen"  # the exact figure over 不到一成


def test_a_lead_in_that_is_the_subject_stays_with_its_finding(tmp_path, capsys) -> None:
    doubao = (
        "## 品类\n- **燕麦饮**：销售额增长9.4%，达到126亿元。\n"
        "- **植物蛋白肉**：销售额连续第二年下滑，下降4.1%。\n"
        "- **份额**：美国占31%。\n"
    )
    qwen = "## 品类表现\n- 燕麦饮销售额增长9.4%\n- 植物蛋白肉销售额下降4.1%\n"
    body, _ = _post(tmp_path, capsys, summaries={"doubao": doubao, "qwen": qwen})
    findings = body.split("## 主要发现")[1].split("## 模型对比")[0]
    lines = [x for x in findings.splitlines() if x.startswith("- ")]
    # the lead-in named what the figure is of; a claim that names its own (美国) keeps its words
    assert any(x.startswith("- 燕麦饮") and "9.4%" in x for x in lines), lines
    assert any(x.startswith("- 植物蛋白肉") and "4.1%" in x for x in lines), lines
    assert any(x.startswith("- 美国占31%") for x in lines), lines


def test_a_title_that_quotes_the_report_is_quoted_once(tmp_path, capsys) -> None:
    kimi = KIMI.replace("# 2025家用储能市场报告摘要", "# 《2025家用储能市场报告》要点总结")
    qwen = QWEN.replace("**2025家用储能市场报告要点**", "**《2025家用储能市场报告》要点**")
    body, front = _post(tmp_path, capsys, summaries={"kimi": kimi, "qwen": qwen})
    # the note names the report the models' titles quote, not their titles for it
    assert "关于《2025家用储能市场报告》的摘要" in body
    assert "《《" not in body and "〈" not in body


def test_a_finding_no_claim_of_which_is_supported_shows_one_the_checks_did_not_flag() -> None:
    from dataclasses import replace

    from summarizer.compare import compare
    from summarizer.compare.model import Grounding
    from summarizer.render.jekyll import PostOptions, build_view
    from tests.builders import pasted

    wrong, plain = (
        "胡志明市举办了14场大型赛事，为区域最多。",
        "马尼拉举办了14场大型赛事，为区域最多。",
    )
    c = compare(
        [pasted("qwen", f"- {wrong}"), pasted("doubao", f"- {plain}")], None, semantic=False
    )
    # one fact as the models state it, the qwen claim flagged and the doubao one unverified
    ids = tuple(x.id for x in c.claims)
    c = replace(c, groups=(replace(c.groups[0], claim_ids=ids, models=("qwen", "doubao")),))
    by_model = {x.model: x.id for x in c.claims}
    flagged = Grounding(
        "contradicted", reason="the report gives 14 to Manila, not Ho Chi Minh City"
    )
    c = replace(
        c,
        groundings={
            by_model["qwen"]: flagged,
            by_model["doubao"]: Grounding("unverified", reason="no passage is on its subject"),
        },
    )
    view = build_view(c, None, PostOptions(langs=("zh",)))
    [finding] = [item for theme in view["findings"] for item in theme["items"]]
    assert "马尼拉" in finding["texts"][0]["text"]


def test_the_posts_themes_drop_the_models_emoji(tmp_path, capsys) -> None:
    kimi = KIMI.replace("## 市场规模", "## 📈 市场规模").replace("## 价格", "## 💰 价格")
    body, _ = _post(tmp_path, capsys, summaries={"kimi": kimi, "qwen": QWEN, "gpt": GPT})
    themes = re.findall(r"^### (.+)$", _findings(body), flags=re.M)
    assert any(t.startswith("市场规模") for t in themes), themes
    assert not any("📈" in t or "💰" in t for t in themes), themes


def test_without_a_report_the_slug_is_an_english_models_title(tmp_path, capsys) -> None:
    """As with a report: the file name is the English title where a model gave one."""
    _post(tmp_path, capsys)
    [post] = list(Path("blog/_posts").glob("*.md"))
    assert "home-storage-market-2025" in post.name, post.name


def test_a_finding_drops_the_separator_its_list_item_ended_on(tmp_path, capsys) -> None:
    """Chat apps end list items with "；": a finding is a line of its own, and ends without."""
    doubao = (
        "## 企业\n- 南岭科技出货82万台；\n- 北辰科技出货91万台，排名第一；\n"
        "- 线上渠道占销售额的63%，其中：\n  - 抖音占29%\n"
    )
    qwen = "1. 北辰科技出货91万台。\n2. 行业前五份额61%。\n"
    body, _ = _post(tmp_path, capsys, summaries={"doubao": doubao, "qwen": qwen})
    nanling = next(line for line in _findings(body).splitlines() if "82万台" in line)
    assert nanling.startswith("- 南岭科技出货82万台 — 来自 doubao"), nanling
    online = next(line for line in _findings(body).splitlines() if "63%" in line)
    assert online.startswith("- 线上渠道占销售额的63% — 来自 doubao"), online


def test_a_clause_that_opens_with_its_figure_is_shown_after_the_one_it_continues(
    tmp_path, capsys
) -> None:
    gemini = "全年扫地机器人市场规模约190亿元，增速接近两成，出货量翻了一番。\n"
    qwen = "1. 2025年扫地机器人市场规模约190亿元。\n2. 石头科技份额第一。\n"
    body, _ = _post(tmp_path, capsys, summaries={"gemini": gemini, "qwen": qwen})
    line = next(x for x in _findings(body).splitlines() if "接近两成" in x)
    # "增速接近两成" alone would not say of what
    assert "市场规模约190亿元，增速接近两成 — 来自 gemini" in line, line


def test_a_clause_after_another_subject_is_not_given_the_first_clauses(tmp_path, capsys) -> None:
    gemini = (
        "石头科技以24%的份额位居第一，追觅增长最快，收入增长接近一半，在欧洲拿下了约9%的市场。\n"
    )
    qwen = "1. 石头科技份额24%，位居第一。\n2. 科沃斯份额19%。\n"
    body, _ = _post(tmp_path, capsys, summaries={"gemini": gemini, "qwen": qwen})
    line = next(x for x in _findings(body).splitlines() if "约9%" in x)
    # the 9% is 追觅's: glued to "石头科技以24%的份额位居第一" it would be 石头科技's
    assert "石头科技" not in line, line


def test_a_disagreement_is_headed_by_a_claim_that_states_the_disputed_figure(
    tmp_path, capsys
) -> None:
    """gemini's "同比增长超过一半" agrees with everyone, but it says nothing of the GWh the
    others dispute: the disagreement is headed by the side most models take, in a claim that
    gives that figure."""
    summaries = {
        "doubao": "- 储能电芯出货量385GWh，同比增长52%。\n",
        "kimi": "- 储能电芯出货量达到358GWh，同比增长52%。\n",
        "gemini": "- 储能电芯出货量同比增长超过一半。\n",
        "qwen": "- 电芯出货385GWh（+52%）。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    disputes = _disputes(body)
    heading = next(x for x in disputes.splitlines() if x.startswith("- *"))
    assert "385GWh" in heading and "超过一半" not in heading


def test_a_fact_the_summary_restates_stands_under_the_body_section_that_states_it(
    tmp_path, capsys
) -> None:
    """The report's 执行摘要 restates its body's figures: a finding is themed by the body's
    section that states them, not piled under the summary."""
    source = tmp_path / "report.md"
    source.write_text(
        "# 2026年中国氢能产业报告\n\n## 执行摘要\n\n"
        "2026年全国加氢站数量达到612座，同比增长28.4%。燃料电池汽车保有量突破3.1万辆。\n\n"
        "## 基础设施\n\n截至2026年底，全国加氢站数量达到612座，同比增长28.4%，其中广东省最多。\n\n"
        "## 车辆推广\n\n燃料电池汽车保有量为3.1万辆，同比增长21%。\n",
        encoding="utf-8",
    )
    summaries = {
        "kimi": "- 全国加氢站数量达到612座，同比增长28.4%。\n",
        "qwen": "- 加氢站612座（+28.4%）。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=source)
    findings = _findings(body)
    section = findings.split("612")[0].rsplit("### ", 1)[1].splitlines()[0]
    assert section.startswith("基础设施"), section


def test_a_summary_line_whose_figures_the_body_gives_otherwise_is_themed_by_that_section(
    tmp_path, capsys
) -> None:
    """A finding with no figure ("增速最快") and one whose figure the body states otherwise
    stand on the 核心发现 list: each goes under the body section that says the same in most
    words, and 核心发现 is never a theme of its own."""
    source = tmp_path / "report.md"
    source.write_text(
        "# 2025年中国滑雪装备报告\n\n## 核心发现\n\n"
        "- 单板装备是增长最快的细分品类，零售额同比增长31.2%。\n"
        "- 雪服品类零售额达到168亿元，是滑雪装备中规模最大的单一品类。\n\n"
        "## 品类结构\n\n"
        "从品类看，单板装备是增长最快的细分品类，零售额同比增长31.2%，双板装备仅增长6.4%。"
        "滑雪装备中，雪服零售额为186亿元，占滑雪装备零售额的约35%，是规模最大的单一品类。\n\n"
        "## 渠道\n\n线上渠道占比为38.5%。\n",
        encoding="utf-8",
    )
    summaries = {
        "kimi": "## 品类\n- 单板装备增速最快。\n- 雪服零售额达168亿元，是最大的单一品类。\n"
        "- 这一趋势主要由Z世代消费者推动。\n",
        "qwen": "- 单板装备是增长最快的品类。\n- 线上渠道占比38.5%。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=source)
    findings = _findings(body)
    assert "### 核心发现" not in findings, findings
    # a claim the report does not bear out goes where its heading's claims went: the body
    for needle in ("增", "168亿元", "Z世代"):
        section = findings.split(needle)[0].rsplit("### ", 1)[1].splitlines()[0]
        assert section.startswith("品类结构"), (needle, findings)


def test_a_dispute_the_report_started_says_so_and_quotes_both_its_sentences(
    tmp_path, capsys
) -> None:
    """The report's 核心发现 says 1,860 routes and its body 1,680: a reader is told that the
    report gives both, with each sentence, not that a model misread it."""
    source = tmp_path / "report.md"
    source.write_text(
        "# 2025年中国无人机物流报告\n\n## 核心发现\n\n"
        "无人机配送航线达到1,860条，覆盖全国28个省份。\n\n"
        "## 航线网络\n\n截至2025年底，全国无人机配送航线共1,680条，同比增长35.2%。\n\n"
        "## 运营\n\n单架次平均配送时长为14分钟，较上年缩短3分钟。\n",
        encoding="utf-8",
    )
    summaries = {
        "kimi": "- 无人机配送航线达到1,860条。\n- 单架次平均配送时长14分钟。\n",
        "qwen": "- 配送航线共1,680条（+35.2%）。\n- 平均配送时长14分钟。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=source)
    disputes = _disputes(body)
    assert "报告前后数字不一" in disputes
    quotes = [x for x in disputes.splitlines() if x.strip().startswith("- 原文")]
    assert len(quotes) == 2
    assert "1,860条" in quotes[0] + quotes[1] and "1,680条" in quotes[0] + quotes[1]
    # the finding shows the body's figure, which the summary restates
    _, text, credited = _finding(body, "航线")
    assert "1,680" in text and "qwen" in credited


def test_a_forecast_one_answer_gives_as_a_figure_of_now_is_a_disagreement(tmp_path, capsys) -> None:
    """Two answers forecast 35% by 2028; kimi says "已经" 35%: no figure is in dispute, the time
    is — the post says so, and credits the finding to the forecasts only."""
    summaries = {
        "doubao": "- **趋势**：预计到2028年，线上问诊将覆盖35%的宠物主人（目前约9%）。\n",
        "qwen": "- 线上问诊：预计2028年渗透率将达35%。\n",
        "kimi": "- 线上问诊已经覆盖了约35%的宠物主人。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    disputes = _disputes(body)
    assert "预测被说成现状" in disputes
    line, _, credited = _finding(body, "35%")
    assert "kimi" not in credited and "doubao" in credited
    assert "kimi 已经 约35%" in line


def test_a_finding_borne_out_by_the_report_leads_with_the_exact_whole_sentence(
    tmp_path, capsys
) -> None:
    """All three state the fact and the report bears each out: the bullet shows the exact
    figure (not 超过六成) in a sentence that names its subject (not a clause split off one)."""
    source = tmp_path / "report.md"
    source.write_text(
        "# 2025攀岩馆行业报告\n\n## 会员\n\n"
        "一次性体验者占全部会员的61.2%，较上年下降5.3个百分点。\n\n"
        "## 区域\n\n成都岩馆会员同比增长43.5%，为全国增速最快的城市。\n",
        encoding="utf-8",
    )
    answers = {
        "qwen": "- 一次性体验者超过六成\n- 成都岩馆会员增长43.5%，全国第一\n",
        "doubao": "- 一次性体验者占比61.2%，复购在扩大。\n"
        "- 成都增速最快，岩馆会员同比增长43.5%。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=answers, source=source)
    lines = [x for x in _findings(body).splitlines() if x.startswith("- ")]
    assert any(x.startswith("- 一次性体验者占比61.2%") and "qwen" in x for x in lines), lines
    assert any(x.startswith("- 成都岩馆会员增长43.5%") for x in lines), lines


CLIMBING = {
    "doubao": "- 攀岩馆营收约86亿元，同比增长18.3%。\n",
    "kimi": "- 全国攀岩馆营收86亿元，增长23%。\n",
}


def test_each_figure_in_a_disagreement_says_whether_the_report_bears_it_out(
    tmp_path, capsys
) -> None:
    source = tmp_path / "report.md"
    source.write_text(
        "# 2025攀岩馆行业报告\n\n## 规模\n\n全国攀岩馆营收约86亿元，同比增长18.3%。\n",
        encoding="utf-8",
    )
    body, _ = _post(tmp_path, capsys, summaries=CLIMBING, source=source)
    disputes = _disputes(body)
    assert "  - doubao: **18.3%** — 与原文一致\n" in disputes, disputes
    assert "  - kimi: **23%** — 与原文不符\n" in disputes, disputes


def test_without_a_report_no_figure_in_a_disagreement_is_said_to_be_borne_out(
    tmp_path, capsys
) -> None:
    body, _ = _post(tmp_path, capsys, summaries=CLIMBING)
    disputes = _disputes(body)
    assert "  - doubao: **18.3%**\n" in disputes and "原文" not in disputes, disputes


def test_a_fact_put_in_different_years_is_marked_with_each_models_year(tmp_path, capsys) -> None:
    summaries = {
        "kimi": "- 南港2号机组（1,100兆瓦）重启后预计2029年恢复供电。\n",
        "qwen": "- 南港2号机组（1,100兆瓦）重启，预计2030年恢复供电。\n",
        "deepseek": "- 南港2号机组（1,100兆瓦）重启后预计2030年恢复供电。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    line, text, credited = _finding(body, "南港2号机组")
    assert "⚠ 各模型给出的年份不一致" in line and "kimi 2029" in line and "qwen 2030" in line
    # the year most models give heads the finding, credited to them only
    assert "2030年" in text and "kimi" not in credited and "qwen" in credited
    assert "南港2号机组" in _disputes(body)


def test_a_finding_borne_out_by_the_report_is_worded_with_its_figure(tmp_path, capsys) -> None:
    source = tmp_path / "report.md"
    source.write_text(
        "# 格局\n\n行业集中度仍然偏低，前十家企业合计市场份额（CR10）约为14.6%。\n",
        encoding="utf-8",
    )
    summaries = {
        "qwen": "- 行业集中度仍然偏低\n",
        "doubao": "- 行业集中度低，CR10仅约14.6%。\n",
    }
    body, _ = _post(tmp_path, capsys, summaries=summaries, source=source)
    _, text, credited = _finding(body, "行业集中度")
    assert "14.6%" in text and "doubao" in credited


def test_the_posts_description_is_a_fact_most_models_state_with_no_warning(
    tmp_path, capsys
) -> None:
    source = tmp_path / "report.md"
    source.write_text(
        "# 数据中心\n\n## 液冷\n\n液冷市场规模为64亿美元，年复合增长率为31.6%。\n\n"
        "## 能效\n\n全球数据中心平均PUE为1.54。\n",
        encoding="utf-8",
    )
    summaries = {  # the first fact in the report's order is doubao's alone, and wrong
        "doubao": "- 液冷市场规模64亿美元，年复合增长率高达36.1%。\n"
        "- 全球数据中心平均PUE为1.54。\n",
        "qwen": "- 全球数据中心平均PUE为1.54\n",
        "kimi": "- 数据中心平均PUE约为1.54。\n",
    }
    _, front = _post(tmp_path, capsys, summaries=summaries, source=source)
    assert "PUE" in front["description"] and "36.1%" not in front["description"]
