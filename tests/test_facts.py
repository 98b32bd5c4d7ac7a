"""Groups are facts: chat-app summaries in Chinese and English, without a report.

Every test runs on the lexical signals alone (semantic=False), so it holds where the optional
embedding model is not installed; the semantic path has its own tests below.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from summarizer.compare import Comparison, compare, meaning
from summarizer.compare.conflicts import Conflict, other_way
from summarizer.compare.subjects import features
from summarizer.lang import dictionary
from summarizer.lang.claims import claims_from_markdown, make_claim
from summarizer.lang.clauses import split_compound
from summarizer.render.lead import lead_of
from tests.builders import pasted, report

KIMI = """## 储能市场
- 2025年全球新增储能装机约520 GWh，同比增长近一倍。
- 中国占全球新增装机的58%，继续领跑。
- 美国份额为14%（主要来自加州、得州）。
"""

GPT = """## Storage market
- New global storage installations reached 520 GWh in 2025, almost double the year before.
- China accounted for 58% of new installations.
- Lithium iron phosphate cells made up 92% of shipments.
"""


def texts_of(c: Comparison, gid: str) -> set[str]:
    g = next(g for g in c.groups if g.id == gid)
    return {c.claim(cid).text for cid in g.claim_ids}


def group_with(c: Comparison, needle: str) -> set[str]:
    for g in c.groups:
        found = {c.claim(cid).text for cid in g.claim_ids}
        if any(needle in t for t in found):
            return found
    raise AssertionError(f"no claim with {needle!r}")


def test_the_same_fact_in_chinese_and_english_is_one_group() -> None:
    c = compare([pasted("kimi", KIMI), pasted("gpt", GPT)], None, semantic=False)
    assert group_with(c, "中国占全球") == {
        "中国占全球新增装机的58%，继续领跑。",
        "China accounted for 58% of new installations.",
    }
    assert any("520 GWh in 2025" in t for t in group_with(c, "约520 GWh"))
    # what only one model says stays alone
    assert group_with(c, "Lithium iron phosphate") == {
        "Lithium iron phosphate cells made up 92% of shipments."
    }
    assert not c.conflicts


def test_a_group_holds_at_most_one_claim_per_model() -> None:
    a = "- 58%的受访企业已部署大模型。\n- 已部署大模型的企业中，58%用于客服。"
    b = "- 58% of surveyed companies have deployed an LLM."
    c = compare([pasted("doubao", a), pasted("gpt", b)], None, semantic=False)
    for g in c.groups:
        models = [c.claim(cid).model for cid in g.claim_ids]
        assert len(models) == len(set(models)), [c.claim(cid).text for cid in g.claim_ids]


def test_different_figures_for_the_same_subject_are_a_real_conflict() -> None:
    c = compare(
        [
            pasted("gpt", "- China accounted for 58% of new storage installations in 2025."),
            pasted("kimi", "- 2025年中国占全球新增储能装机的56%。"),
            pasted("qwen", "- China's share of new installations in 2025 was 56%."),
        ],
        None,
        semantic=False,
    )
    [conflict] = c.conflicts.values()
    assert conflict.nature == "real" and conflict.severity == "low"
    assert conflict.values["gpt"] == "58%"


@pytest.mark.parametrize("semantic", [False, True])
def test_seven_in_ten_against_about_half_across_languages_is_an_approximate_conflict(
    semantic: bool,
) -> None:
    """Two short answers, one fact in two languages and two loose figures: the words the
    dictionary finds in both tie them (not the figure alone), and 70% is not about half."""
    if semantic and not meaning.available():
        pytest.skip("needs the optional embedding model")
    conflict = the_conflict(
        semantic,
        gpt="Seven in ten small retailers accept mobile payments.",
        qwen="约一半的小型零售商接受移动支付。",
    )
    assert conflict.severity == "approximate"
    assert conflict.values == {"gpt": "Seven in ten", "qwen": "约一半"}


def test_different_subjects_are_different_facts_never_a_conflict() -> None:
    c = compare(
        [
            pasted("gpt", "- In Japan, 44% of households own a home battery."),
            pasted("claude", "- In Germany, 19% of households own a home battery."),
        ],
        None,
        semantic=False,
    )
    assert not c.conflicts
    assert len(c.groups) == 2


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        ("超过50%的开发者每天使用AI编程助手。", "近50%的开发者每天使用AI编程助手。", "qualifier"),
        (
            "约三分之一的开发者每天使用AI编程助手。",
            "30%的开发者每天使用AI编程助手。",
            "approximate",
        ),  # noqa: E501
        ("超过一半的开发者每天使用AI编程助手。", "45%的开发者每天使用AI编程助手。", "approximate"),
        ("超过三分之一的开发者每天使用AI编程助手。", "35.6%的开发者每天使用AI编程助手。", None),
        ("约四分之一的开发者每天使用AI编程助手。", "26%的开发者每天使用AI编程助手。", None),
        ("63%的开发者每天使用AI编程助手。", "63.3%的开发者每天使用AI编程助手。", None),
        ("40%的开发者每天使用AI编程助手。", "20%的开发者每天使用AI编程助手。", "high"),
        # two roundings to different round figures, though both may fit a 31.6%
        (
            "约三分之一的开发者每天使用AI编程助手。",
            "约三成的开发者每天使用AI编程助手。",
            "approximate",
        ),
        ("约六成的开发者每天使用AI编程助手。", "约58%的开发者每天使用AI编程助手。", None),
        # "about" a figure in digits reaches a few per cent; beyond, it disagrees as exactly
        ("约91%的开发者每天使用AI编程助手。", "82%的开发者每天使用AI编程助手。", "low"),
        ("约40%的开发者每天使用AI编程助手。", "9%的开发者每天使用AI编程助手。", "high"),
        # … a step of the precision it is written to: 约563 is no rounding of 536, 约540 is
        ("全国机房年耗电约563亿千瓦时。", "全国机房年耗电536亿千瓦时。", "low"),
        ("全国机房年耗电约540亿千瓦时。", "全国机房年耗电536亿千瓦时。", None),
        ("约24%的开发者每天使用AI编程助手。", "22%的开发者每天使用AI编程助手。", "low"),
        # two decimals are rounded to the hundredth: 1.45 is no 1.55 rounded
        ("数据中心平均PUE为1.45。", "数据中心平均PUE为1.55。", "low"),
        ("数据中心平均PUE为1.5。", "数据中心平均PUE为1.46。", None),
        # a fraction in digits is as round as one in words
        ("约2/3的开发者每天使用AI编程助手。", "62%的开发者每天使用AI编程助手。", None),
    ],
)
def test_approximate_figures(a: str, b: str, severity: str | None) -> None:
    c = compare([pasted("x", f"- {a}"), pasted("y", f"- {b}")], None, semantic=False)
    assert len(c.groups) == 1
    found = c.conflicts.get(c.groups[0].id)
    assert (found.severity if found else None) == severity
    if found:
        assert found.nature == ("real" if severity in ("high", "low") else "approximate")


def test_bracket_asides_are_not_split_and_punctuation_is_kept() -> None:
    claims = claims_from_markdown(
        "doubao",
        "- 社区版开源软件使用比例最高（43.3%，如MySQL、Redis），商业版占20.5%、自研占9.1%",
    )
    assert [c.text for c in claims] == [
        "社区版开源软件使用比例最高（43.3%，如MySQL、Redis）",
        "商业版占20.5%",
        "自研占9.1%",
    ]


def test_a_fragment_without_a_subject_joins_the_claim_it_continues() -> None:
    assert split_compound("企业版订阅收入增长35%，平均占比13%；个人版增长12%") == [
        "企业版订阅收入增长35%，平均占比13%",
        "个人版增长12%",
    ]


def test_a_chinese_claim_that_opens_with_a_product_name_is_chinese() -> None:
    [claim] = claims_from_markdown("qwen", "- DeepSeek-R1 在数学推理基准上的得分超过 GPT-4o。")
    assert claim.lang == "zh"
    # and an English one that gives a firm's Chinese name in brackets is English
    claims = claims_from_markdown(
        "gpt", "## Operators\n- **YKC (云快充)** – 12.6% share; 1.1 billion sessions."
    )
    assert [c.lang for c in claims] == ["en", "en"], [c.text for c in claims]


def test_the_comparer_works_without_the_embedding_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_SEMANTIC", "0")
    assert not meaning.available()
    c = compare([pasted("kimi", KIMI), pasted("gpt", GPT)], None)
    assert "China accounted for 58% of new installations." in group_with(c, "中国占全球")


class _CountingModel:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def query(self, texts: list[str]) -> np.ndarray:
        self.texts += texts
        out = np.zeros((len(texts), meaning.DIM), dtype="float32")
        for i, t in enumerate(texts):
            out[i, hash(t) % meaning.DIM] = 1.0
        return out


def test_embeddings_are_cached_by_text_across_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _CountingModel()
    monkeypatch.setattr(meaning, "_MODEL", model)
    monkeypatch.setattr(meaning, "_MEMORY", {})
    monkeypatch.setattr(meaning, "_LOADED_FROM", None)
    first = meaning.embed(["中国占58%", "China holds 58%", "中国占58%"])
    assert model.texts == ["中国占58%", "China holds 58%"]
    # a new process: memory empty, the disk cache answers
    monkeypatch.setattr(meaning, "_MEMORY", {})
    monkeypatch.setattr(meaning, "_LOADED_FROM", None)
    again = meaning.embed(["China holds 58%", "中国占58%"])
    assert model.texts == ["中国占58%", "China holds 58%"]
    assert np.array_equal(again[0], first[1])


def test_answers_in_one_language_embed_their_claims_and_nothing_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Names and figure-less readings only serve pairs across languages: in one language they
    would cost a cold run seconds for nothing."""
    model = _CountingModel()
    monkeypatch.setattr(meaning, "_MODEL", model)
    monkeypatch.setattr(meaning, "_MEMORY", {})
    monkeypatch.setattr(meaning, "_LOADED_FROM", None)
    other = GPT.replace("58%", "57%").replace("Lithium", "Sodium")
    c = compare([pasted("gpt", GPT), pasted("claude", other)], None, semantic=True)
    assert set(model.texts) == {x.text for x in c.claims}
    model.texts.clear()
    mixed = compare([pasted("kimi", KIMI), pasted("gpt", GPT)], None, semantic=True)
    assert set(model.texts) - {x.text for x in mixed.claims}  # China / 中国 are weighed


def test_the_dictionary_is_read_once_and_kept_for_the_next_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(dictionary, "_KEPT_IN", [])
    dictionary.keep_in(tmp_path)
    dictionary._tables.cache_clear()
    first = dictionary.english_words()
    assert list(tmp_path.glob("dictionary/*.marshal"))

    def unread() -> None:
        raise AssertionError("read the dictionary again")

    dictionary._tables.cache_clear()  # a new process
    monkeypatch.setattr(dictionary, "_parse", unread)
    assert dictionary.english_words() == first
    assert ("united", "states") in dictionary._forms("美国", dictionary._read())
    dictionary._tables.cache_clear()


@pytest.mark.skipif(not meaning.available(), reason="the optional embedding model")
def test_meaning_meets_words_that_share_nothing() -> None:
    c = compare(
        [
            pasted("gemini", "- 超过一半的受访者每天都在用AI写代码。"),
            pasted("gpt", "- A majority of respondents use AI to write code every day."),
        ],
        None,
        semantic=True,
    )
    assert len(c.groups) == 1


def test_moreover_starts_a_new_fact_while_a_comparison_continues_one() -> None:
    assert split_compound("七成用户来自一线城市，而且超过一半每周使用三次以上。") == [
        "七成用户来自一线城市",
        "而且超过一半每周使用三次以上",
    ]
    assert split_compound("华东占40%，而2024年为35%。") == ["华东占40%，而2024年为35%。"]


@pytest.mark.skipif(not meaning.available(), reason="the optional embedding model")
def test_meaning_reads_a_subject_across_scripts() -> None:
    c = compare(
        [
            pasted(
                "gpt",
                "- China accounted for 58% of new storage installations in 2025.\n"
                "- Japan added 3 GWh of home batteries.",
            ),
            pasted("kimi", "- 2025年中国占全球新增储能装机的56%。\n- 美国新增装机3 GWh。"),
        ],
        None,
        semantic=True,
    )
    # China and 中国 are one subject: one fact, a real conflict
    china = group_with(c, "China accounted")
    assert "2025年中国占全球新增储能装机的56%。" in china
    [conflict] = c.conflicts.values()
    assert conflict.nature == "real" and conflict.values == {"gpt": "58%", "kimi": "56%"}
    # Japan and 美国 are not, however alike the figures
    assert group_with(c, "Japan added") == {"Japan added 3 GWh of home batteries."}


@pytest.mark.skipif(not meaning.available(), reason="needs the optional embedding model")
def test_a_wrong_figure_restated_loosely_in_the_conclusion_is_still_a_conflict() -> None:
    """qwen's 93% matches the others' 91% only weakly (the figures disagree), but its own
    conclusion (九成以上) is in their group: the 93% joins it, and the conflict shows."""
    qwen = (
        "- 满意度高达93%\n- 续航平均11小时\n- 售后网点覆盖300座城市\n\n"
        "**总结**：这款笔记本的满意度多年维持在九成以上。"
    )
    doubao = "- 91%的用户对这款笔记本感到满意\n- 平均续航约11小时\n- 售后服务覆盖300座城市"
    gpt = (
        "- 91% of owners are satisfied with the laptop.\n- Battery life averages 11 hours.\n"
        "- After-sales service covers 300 cities."
    )
    c = compare(
        [pasted("qwen", qwen), pasted("doubao", doubao), pasted("gpt", gpt)], None, semantic=True
    )
    satisfied = group_with(c, "93%")
    assert {"91%的用户对这款笔记本感到满意", "这款笔记本的满意度多年维持在九成以上。"} <= satisfied
    gid = next(g.id for g in c.groups if "满意度高达93%" in texts_of(c, g.id))
    assert c.conflicts[gid].values["qwen"] == "93%" and c.conflicts[gid].nature == "real"


def test_a_fact_a_model_states_twice_is_one_fact_in_dispute() -> None:
    """qwen gives the owners' satisfaction twice, as 95% and in its conclusion as 九成以上: its
    two claims are no rivals for the others' 92% — the 92% is theirs, and the 95% is its
    conflict (not left alone, nor put with the app's 55% satisfaction). By words and figures:
    with the embedding model the bare "满意度高达95%" is too far from "92% are satisfied…" to
    be read as a restatement (a known gap; the 93%/91% case above holds with it)."""
    qwen = (
        "- 满意度高达95%\n- 对配套App满意的仅55%\n- 续航平均60公里\n\n"
        "**总结**：这款电动车口碑稳固，满意度多年保持在九成以上。"
    )
    doubao = "- 92%对这款电动车感到满意\n- 对配套App满意的占55%\n- 平均续航约60公里"
    gpt = (
        "- 92% are satisfied with the e-bike.\n- App satisfaction is 55%.\n- Range averages 60 km."
    )
    c = compare(
        [pasted("qwen", qwen), pasted("doubao", doubao), pasted("gpt", gpt)],
        None,
        semantic=False,
    )
    satisfied = group_with(c, "满意度高达95%")
    assert {"92%对这款电动车感到满意", "满意度多年保持在九成以上"} <= satisfied, satisfied
    assert "App satisfaction is 55%." not in satisfied
    gid = next(g.id for g in c.groups if "满意度高达95%" in texts_of(c, g.id))
    assert c.conflicts[gid].values == {"qwen": "95%", "doubao": "92%", "gpt": "92%"}


def test_an_acronym_in_brackets_is_no_other_subject() -> None:
    """ "30%的企业设立了开源项目办公室（OSPO）" and "约三分之一的企业设有开源办公室" are one fact
    (the aside names no subject of its own), and 30% against about a third is a conflict."""
    qwen = "- 约三分之一的企业设有开源办公室\n- 云原生技术普及率持续上升"
    doubao = "- 30%的企业设立了开源项目办公室（OSPO）\n- 开源许可证意识有待提升"
    c = compare([pasted("qwen", qwen), pasted("doubao", doubao)], None, semantic=False)
    office = group_with(c, "OSPO")
    assert office == {"约三分之一的企业设有开源办公室", "30%的企业设立了开源项目办公室（OSPO）"}
    gid = next(g.id for g in c.groups if "约三分之一的企业设有开源办公室" in texts_of(c, g.id))
    assert c.conflicts[gid].nature == "approximate"


@pytest.mark.parametrize("semantic", [False, True])
def test_two_facts_of_one_report_sentence_are_no_conflict(semantic: bool) -> None:
    """The report's sentence states two facts; a wrong figure for one of them (32% for 23%)
    is not a disagreement with the other (36%), though both claims point to that sentence."""
    if semantic and not meaning.available():
        pytest.skip("needs the optional embedding model")
    doc = report(
        (
            "使用习惯",
            "每天使用语音控制的用户占36%，但仅23%的用户修改过默认密码。用户平均拥有4.2件设备。",
        ),
        ("人群", "60岁以上用户的使用率为29%。"),
    )
    qwen = "- 仅32%的用户修改过默认密码\n- 用户平均拥有4.2件智能设备\n- 60岁以上用户使用率为29%"
    doubao = "- 每天使用语音控制的用户占36%\n- 平均每户拥有4.2件设备"
    gpt = "- 36% of users use voice control every day.\n- Users over 60 reached 29%."
    c = compare(
        [pasted("qwen", qwen), pasted("doubao", doubao), pasted("gpt", gpt)], doc, semantic=semantic
    )
    assert group_with(c, "默认密码") == {"仅32%的用户修改过默认密码"}
    assert c.groundings["qwen#1"].status == "contradicted"
    assert not any(
        "32%" in v for conflict in c.conflicts.values() for v in conflict.values.values()
    )


def test_over_half_and_59_percent_with_a_year_in_an_aside_are_one_fact() -> None:
    """超过一半 is how a writer rounds 59%, and a year inside brackets is an aside, not another
    subject; a regional figure of the same writer stays its own fact."""
    gemini = (
        "- 超过一半的医院已设立专门的数据治理团队\n- 华南地区则只有约一半的医院设立了相关团队\n"
        "- 远程问诊量增长了约三成"
    )
    doubao = "- 59%的医院已设立专门的数据治理团队（2023年为44%）\n- 远程问诊量同比增长31%"
    c = compare([pasted("gemini", gemini), pasted("doubao", doubao)], None, semantic=False)
    assert group_with(c, "59%的医院") == {
        "超过一半的医院已设立专门的数据治理团队",
        "59%的医院已设立专门的数据治理团队（2023年为44%）",
    }


def test_after_er_a_clause_with_its_own_subject_is_another_fact() -> None:
    assert split_compound("平均超支幅度达到17%，而整体云支出也增长了近四分之一") == [
        "平均超支幅度达到17%",
        "而整体云支出也增长了近四分之一",
    ]


def test_a_shared_figure_with_other_details_beside_it_is_no_conflict() -> None:
    """Both say 63% of firms overspent; one adds last year's 55.1%, the other the average
    overrun of 17%. Neither is the other's figure for the same thing."""
    doubao = "- 63.3%的企业云支出超出预算，高于上一年的55.1%"
    qwen = "- 63%的企业云支出超预算，平均超支17%"
    c = compare([pasted("doubao", doubao), pasted("qwen", qwen)], None, semantic=False)
    assert len(group_with(c, "55.1%")) == 2 and not c.conflicts


@pytest.mark.parametrize("semantic", [False, True])
def test_two_figures_one_answer_states_side_by_side_are_no_conflict(semantic: bool) -> None:
    """One answer gives both figures (78% satisfied, 21% very satisfied); another gives only the
    second. Grouped together or not, 21% is no disagreement with 78%: someone stated both."""
    c = _pasted_only(
        semantic,
        doubao="- 对智能音箱满意的用户占78%（非常满意仅21%），明显低于手机",
        qwen="- 对智能音箱满意的仅78%",
        gpt="- Only 21% are very satisfied with their smart speaker.",
    )
    assert len(group_with(c, "78%（非常满意仅21%）")) >= 2
    assert not c.conflicts, [(g, v.values) for g, v in c.conflicts.items()]


@pytest.mark.parametrize("semantic", [False, True])
def test_two_figures_in_common_outweigh_a_place_the_tagger_misreads(semantic: bool) -> None:
    """jieba reads 六国 as a place; against 欧洲 that would be two subjects — but the two claims
    share both their figures, and say one fact."""
    c = _pasted_only(
        semantic,
        doubao="- 2024年东南亚六大市场电动滑板车销量达到86万辆，同比增长41%。",
        kimi="- 2024年，东南亚六个主要市场的电动滑板车销量达到86万辆，比上一年增长超过四成。",
        qwen="- 2024年六国电动滑板车销量86万辆，同比增长41%。",
    )
    assert len(group_with(c, "86万辆")) == 3


def _pasted_only(semantic: bool, **answers: str) -> Comparison:
    """The answers compared without a report, with or without the embedding model."""
    if semantic and not meaning.available():
        pytest.skip("needs the optional embedding model")
    return compare([pasted(m, t) for m, t in answers.items()], None, semantic=semantic)


@pytest.mark.skipif(not meaning.available(), reason="the optional embedding model")
def test_a_place_both_claims_name_ties_them_over_a_claim_that_names_none() -> None:
    doubao = (
        "## 规模差异\n- **中型企业**：渗透率达76.4%；\n- **小微企业**：仅41.2%，明显滞后。\n"
        "## 区域差异\n- **南方领先**：渗透率68.9%，福建（81.3%）位居全国第一。\n"
        "- **北方追赶**：渗透率同比提升9.4个百分点。\n"
    )
    qwen = (
        "## 区域\n- 福建渗透率全国最高\n- 北方增速最快，同比提升9.4个百分点\n"
        "## 规模\n- 中型企业渗透率76.4%，小微企业41.2%\n"
    )
    c = compare([pasted("doubao", doubao), pasted("qwen", qwen)], None, semantic=True)
    fujian = next(
        g for g in c.groups if any(c.claim(i).text == "福建渗透率全国最高" for i in g.claim_ids)
    )
    assert {c.claim(i).text for i in fujian.claim_ids} == {
        "福建渗透率全国最高",
        "福建（81.3%）位居全国第一",
    }


def test_just_over_half_against_a_figure_below_half_is_an_approximate_conflict() -> None:
    c = compare(
        [
            pasted("qwen", "- 小型门店的数字化比例刚刚过半\n- 连锁品牌的会员复购率为38.2%。\n"),
            pasted(
                "doubao", "- 小型门店数字化比例为47.6%，明显落后。\n- 连锁品牌会员复购率38.2%\n"
            ),
        ],
        None,
        semantic=False,
    )
    shops = next(g for g in c.groups if any("小型门店" in c.claim(i).text for i in g.claim_ids))
    assert len(shops.claim_ids) == 2
    conflict = c.conflicts[shops.id]
    assert conflict.severity == "approximate"
    assert conflict.values == {"qwen": "刚刚过半", "doubao": "47.6%"}


def test_a_loose_figure_beside_its_exact_one_aligns_by_the_exact_one() -> None:
    claims = claims_from_markdown(
        "doubao", "- 过半（62%）来自制造业以外；约三成（31.8%）在华东。\n"
    )
    assert [[q.raw for q in f.figures] for f in features(claims)] == [["62%"], ["31.8%"]]


def test_a_slowdown_from_a_past_rate_is_no_direction_conflict() -> None:
    from summarizer.compare.conflicts import other_way
    from summarizer.lang.claims import make_claim

    slower = make_claim("g#1", "gpt", "a sharp slowdown from 19% growth in 2021")
    down = make_claim("m#1", "gemini", "its slowest pace (down from 19% in 2021)")
    assert other_way(slower, down) is None  # both say the rate fell from 19%
    rose = make_claim("g#2", "gpt", "Average prices rose 12% this year.")
    fell = make_claim("m#2", "gemini", "平均价格今年下降了12%。")
    assert other_way(rose, fell) == {"gpt": "rose 12%", "gemini": "下降 12%"}
    # a level it went to is said so, not as the size of the move
    to = make_claim("g#3", "gpt", "Battery-swap trucks fell to 38% of sales.")
    up = make_claim("m#3", "gemini", "换电车型占比上升至38%。")
    assert other_way(to, up) == {"gpt": "fell to 38%", "gemini": "上升至 38%"}


def test_a_share_something_makes_up_and_a_bound_below_a_fraction_go_no_way() -> None:
    """ "making up 46% of all trips" says what share, not that it went up; "fewer than half"
    bounds a share, as "fewer than 50%" does: two claims that agree on 46% are no dispute over
    which way it went."""
    from summarizer.compare.conflicts import other_way
    from summarizer.lang.claims import make_claim

    share = make_claim(
        "g#1", "gemini", "Commuter trips are the largest use, making up 46% of rides."
    )
    bound = make_claim(
        "c#1", "gpt", "Commuters are the largest group, though fewer than half (46%)."
    )
    assert other_way(share, bound) is None
    took = make_claim("g#2", "gemini", "Rent took up 30% of store costs.")
    less = make_claim("c#2", "gpt", "Rent is less than a third of store costs (30%).")
    assert other_way(took, less) is None


def one_liners(semantic: bool = False, **answers: str) -> Comparison:
    """The models' one-line answers compared without a report (words only, unless
    `semantic`)."""
    return compare([pasted(m, f"- {text}") for m, text in answers.items()], None, semantic=semantic)


def the_conflict(semantic: bool = False, **answers: str) -> Conflict:
    """The one fact the models' one-line answers state, and its disagreement."""
    c = one_liners(semantic, **answers)
    [group] = c.groups
    return c.conflicts[group.id]


@pytest.mark.parametrize(
    ("now_and_then", "nearly"),
    [
        ("61%的门店已接入自助收银（2023年为47%）。", "近50%的门店已接入自助收银。"),
        (
            "61% of shops now run self-checkout (vs. 47% in 2023).",
            "Nearly 50% of shops now run self-checkout.",
        ),
        (
            "61% of shops now run self-checkout, up from 47% in 2023.",
            "Nearly 50% of shops now run self-checkout.",
        ),
    ],
)
def test_a_conflict_weighs_the_figure_of_now_not_the_past_one_it_compares_with(
    now_and_then: str, nearly: str
) -> None:
    as_written = "近50%" if "近" in nearly else "Nearly 50%"
    assert the_conflict(a=now_and_then, b=nearly).values == {"a": "61%", "b": as_written}


def test_a_disagreement_lists_every_model_that_gives_the_figure() -> None:
    conflict = the_conflict(
        kimi="87%的观众主要用手机观看比赛。",
        qwen="78%的观众主要用手机观看比赛。",
        doubao="约78%的观众主要用手机观看比赛。",
    )
    assert conflict.values == {"kimi": "87%", "qwen": "78%", "doubao": "约78%"}


def test_a_direction_disagreement_lists_every_model_that_gives_a_direction() -> None:
    conflict = the_conflict(
        doubao="泰国观众同比增长4%。", kimi="泰国观众同比下滑4%。", gpt="泰国观众同比下降了4%。"
    )
    assert conflict.kind == "direction" and set(conflict.values) == {"doubao", "kimi", "gpt"}
    # 上涨至0.38元 against 从0.43元降至0.38元: both give the level it went to
    conflict = the_conflict(
        doubao="平均服务费上涨至每千瓦时0.38元。",
        qwen="平均服务费从0.43元/千瓦时降至0.38元/千瓦时。",
        kimi="平均服务费降至0.38元/千瓦时。",
    )
    assert conflict.kind == "direction" and set(conflict.values) == {"doubao", "qwen", "kimi"}


def test_two_chinese_claims_on_different_cities_never_meet_through_a_third() -> None:
    c = compare(
        [
            pasted("doubao", "- 马尼拉在过去12个月举办了14场大型赛事，居区域首位。"),
            pasted("qwen", "- 胡志明市在过去12个月举办了14场大型赛事，为区域最多。"),
            pasted(
                "gpt",
                "- The Philippine capital hosted 14 major tournaments, more than any other city.",
            ),
        ],
        None,
        semantic=True,
    )
    for g in c.groups:
        assert {"doubao", "qwen"} - set(g.models), [c.claim(i).text for i in g.claim_ids]


def test_money_and_a_count_are_two_measures_not_one_fact() -> None:
    c = compare(
        [
            pasted("kimi", "- 联赛门票收入3100万美元。"),
            pasted("qwen", "- 联赛App注册会员3200万。"),
            pasted("gpt", "- The league app has 32 million registered members."),
        ],
        None,
        semantic=True,
    )
    tickets = next(g for g in c.groups if "kimi" in g.models)
    assert tickets.models == ("kimi",), [c.claim(i).text for i in tickets.claim_ids]


def test_two_close_sums_beside_a_shared_growth_rate_are_a_conflict() -> None:
    # 640 against 620, each beside the same 12.5%: a misquote of one sum, not two facts
    conflict = the_conflict(
        doubao="2025年露营装备市场规模达到640亿元，同比增长12.5%。",
        kimi="2025年露营装备市场规模620亿元，同比增长12.5%。",
    )
    assert conflict.values == {"doubao": "640亿元", "kimi": "620亿元"}


def test_a_direction_disagreement_shows_the_figure_that_moved() -> None:
    conflict = the_conflict(
        doubao="营地平均日租金为每晚180元，同比上涨9.5%。",
        qwen="营地平均日租金为每晚180元，同比下降9.5%。",
    )
    assert conflict.values == {"doubao": "上涨 9.5%", "qwen": "下降 9.5%"}
    # the share it went to, not the past one it is compared with
    conflict = the_conflict(
        gemini="星辰份额14.2%，较去年的15.1%下降", kimi="星辰份额上升至14.2%，稳居第一"
    )
    assert conflict.values == {"gemini": "下降 14.2%", "kimi": "上升至 14.2%"}


def test_a_hedged_rise_disagrees_with_a_fall() -> None:
    """ "edged up about 2%" goes up, however hedged its figure, against 下降2.3%."""
    conflict = the_conflict(
        doubao="智能门锁平均售价降至612元，同比下降2.3%。",
        gemini="The average selling price of smart locks edged up about 2% to roughly RMB 612.",
    )
    assert conflict.kind == "direction", conflict


def test_a_share_that_fell_some_points_disagrees_with_one_said_to_have_recovered() -> None:
    """ "份额21.3%，下降1.4个百分点": the points moved the share, so "回升至21.3%" goes the other
    way — and the post shows the side more models take, credited to them alone."""
    answers = {
        "doubao": "鲸鱼科技：份额21.3%，下降1.4个百分点，是下滑最多的品牌。",
        "gemini": "而鲸鱼科技的份额小幅回升至21.3%左右，仍位居第二",
        "kimi": "鲸鱼科技份额为21.3%，同比减少1.4个百分点。",
    }
    c = compare([pasted(m, f"- {t}") for m, t in answers.items()], None, semantic=False)
    [group] = c.groups
    conflict = c.conflicts[group.id]
    assert conflict.kind == "direction" and {"doubao", "gemini"} <= set(conflict.values)
    members = [c.claim(i) for i in group.claim_ids]
    lead, credited = lead_of(members, conflict, {}, "zh")
    assert lead.model != "gemini" and ("下降" in lead.text or "减少" in lead.text)
    assert "gemini" not in {m.model for m in credited}


def test_two_figures_one_report_sentence_gives_two_things_are_two_facts() -> None:
    """The report's sentence gives Chengdu's night price and the expressway average: the models
    that state one and the models that state the other state two facts, borne out side by
    side — no disagreement between them, however alike their words and meaning."""
    if not meaning.available():
        pytest.skip("needs the optional embedding model")
    doc = report(
        (
            "Prices",
            "The average public charging price was 1.21 yuan per kWh. Off-peak prices in "
            "Chengdu fall as low as 0.52 yuan per kWh at night, while expressway service "
            "areas charge 1.74 yuan per kWh on average.",
        ),
        title="Charging",
    )
    c = compare(
        [
            pasted(
                "doubao", "- 成都夜间谷时电价低至0.52元/千瓦时。\n- 平均充电价格为每千瓦时1.21元。"
            ),
            pasted("kimi", "- 成都夜间低谷时段最低只要0.52元。"),
            pasted("qwen", "- 高速服务区价格更高，平均每千瓦时1.74元。"),
            pasted("gpt", "- Expressway service areas charge 1.74 yuan per kWh on average."),
        ],
        doc,
        semantic=True,
    )
    assert group_with(c, "0.52") == {
        "成都夜间谷时电价低至0.52元/千瓦时。",
        "成都夜间低谷时段最低只要0.52元。",
    }
    assert group_with(c, "1.74") == {
        "高速服务区价格更高，平均每千瓦时1.74元。",  # one claim: the rate's unit is no subject
        "Expressway service areas charge 1.74 yuan per kWh on average.",
    }
    assert not c.conflicts


def test_two_roundings_of_one_report_figure_stay_one_fact_and_disagree() -> None:
    """The report's sentence gives one figure (31.6%) that both roundings fit: one fact, whose
    two round figures still disagree read side by side — not two facts of one sentence."""
    doc = report(
        ("安全", "受访企业中31.6%担心数据安全，比去年高两个百分点。"), title="中小企业调查"
    )
    c = compare(
        [
            pasted("gemini", "- 约三分之一的企业担心数据安全。"),
            pasted("chatgpt", "- 约三成的企业担心数据安全。"),
            pasted("doubao", "- 31.6%的企业担心数据安全。"),
        ],
        doc,
        semantic=False,
    )
    [group] = c.groups
    conflict = c.conflicts[group.id]
    assert conflict.severity == "approximate"
    assert conflict.values["gemini"] == "约三分之一" and conflict.values["chatgpt"] == "约三成"


def test_a_misquote_beside_a_figure_all_agree_on_is_a_conflict_however_far_apart() -> None:
    """Digits swapped (137% for 173%) beside an amount every model gives alike: the same
    figure misquoted, not another measure."""
    conflict = the_conflict(
        doubao="霸王茶姬GMV同比增长173%，达到295亿元。",
        kimi="霸王茶姬GMV增长137%，达295亿元。",
        qwen="霸王茶姬：GMV增长173%至295亿元",
    )
    assert conflict.values == {"doubao": "173%", "kimi": "137%", "qwen": "173%"}
    assert conflict.severity == "high"


def test_a_total_beside_a_part_all_give_is_no_misquote_of_the_other_part() -> None:
    """One answer gives the total and the cats, the others the cats and the dogs: 1.36亿 is
    7,850万 and 5,750万 together, no other figure for the dogs."""
    c = one_liners(
        qwen="城镇犬猫总数1.36亿只，猫7850万只，超过犬。",
        doubao="宠物数量：猫7850万只，继续多于犬（5750万只）",
        kimi="其中猫约7850万只、犬约5750万只",
    )
    assert len(group_with(c, "7850万")) == 3
    assert not c.conflicts


def test_a_rate_named_after_its_figure_is_no_other_figure_for_a_share() -> None:
    """ "31.6%的增速" is a growth rate, however it is written: beside the share change both give,
    it is no misquote of the other answer's 24.3% share."""
    c = one_liners(
        deepseek="星辰物流以31.6%的增速低于行业平均，市场份额下降1.8个百分点。",
        kimi="星辰物流市场份额下降1.8个百分点，至24.3%。",
    )
    assert not c.conflicts


def test_a_figure_for_a_year_to_come_is_a_forecast_however_it_is_worded() -> None:
    """A table row "2045年市场规模——198亿美元" forecasts as surely as "预计2045年达到189亿美元":
    the two are one fact, and they disagree (digits swapped)."""
    conflict = the_conflict(
        deepseek="2045年市场规模——198亿美元",
        doubao="市场规模预计2045年达到189亿美元",
    )
    assert conflict.values == {"deepseek": "198亿美元", "doubao": "189亿美元"}


def test_a_disagreement_lists_the_others_figures_of_its_kind_only() -> None:
    """Two answers disagree on Jiangsu's share; the third gives only its growth: 58% is no side
    of the share's dispute, and is not listed as one."""
    c = one_liners(
        doubao="江苏：占17.9%，同比增长58%。",
        gpt="Jiangsu held 21.3% of exports, up 58%.",
        kimi="江苏出口同比增长58%，增速最快。",
    )
    [conflict] = c.conflicts.values()
    assert dict(conflict.values) == {"doubao": "17.9%", "gpt": "21.3%"}


def test_the_scorecard_counts_a_disagreement_against_the_outnumbered_model_only() -> None:
    answers = {
        "doubao": "- 霸王茶姬GMV同比增长173%，达到295亿元。",
        "kimi": "- 霸王茶姬GMV增长137%，达295亿元。",
        "qwen": "- 霸王茶姬：GMV增长173%至295亿元",
    }
    c = compare([pasted(m, t) for m, t in answers.items()], None, semantic=False)
    assert {r.model: r.numeric_conflicts for r in c.scorecard} == {
        "doubao": 0,
        "kimi": 1,
        "qwen": 0,
    }
    two = compare(
        [
            pasted("gpt", "- 中国占全球新增装机的58%。"),
            pasted("kimi", "- 中国占全球新增装机的56%。"),
        ],
        None,
        semantic=False,
    )
    assert {r.model: r.numeric_conflicts for r in two.scorecard} == {"gpt": 1, "kimi": 1}


def test_a_claim_of_only_a_past_figure_meets_the_others_past_figure_not_their_now() -> None:
    """ "份额较2024年的41%明显下降" speaks of 2024: against "约三成，较上年的41%下降" the two
    agree on 41%; the 约三成 of now is no disagreement with it."""
    c = compare(
        [
            pasted("doubao", "- 欧洲份额较2024年的41%明显下降。"),
            pasted("qwen", "- 欧洲占比约三成，较上年的41%下降。"),
            pasted("kimi", "- 欧洲份额低于2024年的41%。"),
        ],
        None,
        semantic=False,
    )
    assert not c.conflicts, c.conflicts


def test_last_years_figure_given_as_this_years_is_a_conflict_counted_against_it() -> None:
    """ "27%，2024年为22%" states 22% as then; a model that gives 22% as now disagrees."""
    conflict = the_conflict(
        kimi="直播带货已占线上零售的27%，2024年为22%。",
        qwen="直播带货占线上零售的22%，位居第一。",
        gpt="Livestream sales are 27% of online retail, up from 22% in 2024.",
    )
    assert conflict.values == {"kimi": "27%", "qwen": "22%", "gpt": "27%"}


def test_a_firm_read_in_pinyin_and_another_read_by_the_tagger_are_two_subjects() -> None:
    """快手 is read as the English answer's Kuaishou, 微信 by the word tagger: two firms, so the
    8.7% both Chinese answers give is two facts — and kimi's 8.7% for Kuaishou disagrees with the
    19.3% the English answer gives it."""
    c = _pasted_only(
        False,
        gpt="- Kuaishou holds a 19.3% share of the market.",
        kimi="- 快手：市场份额8.7%。",
        qwen="- 微信视频号市场份额8.7%，2024年为6.4%。",
    )
    assert "微信视频号市场份额8.7%，2024年为6.4%。" not in group_with(c, "快手")
    [conflict] = c.conflicts.values()
    assert conflict.values == {"gpt": "19.3%", "kimi": "8.7%"}


def test_a_past_figure_said_to_be_only_so_much_is_still_the_past() -> None:
    """ "约三分之一……，2024年仅为12%": the 12% is 2024's, so against "约三成（31.8%）" nothing
    disagrees with it; the two are one fact."""
    c = _pasted_only(
        False,
        doubao="- 新广告素材中约三分之一由AI工具制作，2024年仅为12%。",
        qwen="- AI工具制作的素材占新广告素材的约三成（31.8%）。",
    )
    assert len(c.groups) == 1
    shown = [v for conflict in c.conflicts.values() for v in conflict.values.values()]
    assert "12%" not in shown, shown


def test_firms_under_their_own_labels_are_two_facts_not_a_disagreement() -> None:
    """ "- **北辰科技**：出货量91万台" is Beichen's, however the tagger reads the label: against
    Nanling's 82万台 under its own label it is another firm's figure, no conflict."""
    c = _pasted_only(
        False,
        qwen="- **北辰科技**：出货量91万台\n- **南岭科技**：出货82万台",
        doubao="- 北辰科技：出货91万台，排名第一\n- 南岭科技：出货82万台",
        kimi="- 南岭科技出货82万台",
    )
    assert not c.conflicts, c.conflicts
    assert "出货82万台" not in group_with(c, "出货量91万台")


def test_two_figures_that_only_move_the_same_way_are_two_facts() -> None:
    """Foot traffic and the average ticket both fell, by 12.4% and 9.6%: the embedding reads
    both as "something fell", but they share nothing but which way, so no disagreement."""
    c = _pasted_only(
        True,
        qwen="- 客流量下降12.4%\n- 手机银行用户增长8%",
        kimi="- 客单价下降9.6%\n- 手机银行用户增长8%",
    )
    assert not c.conflicts, c.conflicts


def test_claims_under_the_same_firms_label_meet_on_their_figure() -> None:
    """ "出货82万台" under **南岭科技** in two answers, "南岭科技出货82万台" in a third: the
    shipment word is everywhere, but the label names the firm all three speak of."""
    c = _pasted_only(
        False,
        kimi="**企业**\n- 北辰科技出货91万台，排名第一；\n- 南岭科技出货82万台；",
        qwen="- **北辰科技**：出货量91万台，蝉联第一。\n- **南岭科技**：出货82万台。",
        doubao="- **北辰科技**：出货91万台，连续第六年第一。\n- 南岭科技：出货82万台",
    )
    nanling = group_with(c, "南岭科技出货82万台")
    assert len(nanling) == 3, nanling
    assert not c.conflicts, c.conflicts


def test_a_firms_label_keeps_its_figure_from_another_firm_with_the_same_number() -> None:
    """qwen's "**伏特充**：平台型模式，份额14.9%" shares 14.9% with Hexa Grid's share in kimi's
    answer, but its label names another firm: it disagrees with 伏特充's own 12.6% instead."""
    c = _pasted_only(
        True,
        kimi="- 海克斯电网：份额14.9%\n- **伏特充**：平台模式，份额12.6%（去年10.9%）",
        qwen="- **伏特充**：平台型模式，份额14.9%\n- 海克斯电网：份额升至14.9%",
        gpt="- Voltix (伏特充): platform model; 12.6% share",
    )
    voltix = group_with(c, "平台型模式，份额14.9%")
    assert "海克斯电网：份额14.9%" not in voltix
    assert "平台模式，份额12.6%（去年10.9%）" in voltix


@pytest.mark.parametrize("semantic", [False, True])
def test_a_clause_split_off_keeps_the_firm_its_sentence_opened_with(semantic: bool) -> None:
    """qwen's "海外占比47%" is split off "隆基绿能出货82GW": it is LONGi's share, not Jinko's,
    though doubao gives Jinko the same 47% — and the clause after another firm's ("…，隆基绿能
    出货82GW") names its own."""
    c = _pasted_only(
        semantic,
        qwen="- 隆基绿能出货82GW，海外占比47%。\n- 行业整体开工率约六成。",
        doubao="- **晶科能源**：海外占比47%\n- **隆基绿能**：出货82GW\n- 行业开工率约60%",
        kimi="晶科能源今年出货90GW，隆基绿能出货82GW。",
    )
    assert len([g for g in c.groups if any("海外占比47%" in t for t in texts_of(c, g.id))]) == 2
    [shipped] = [g for g in c.groups if "隆基绿能：出货82GW" in texts_of(c, g.id)]
    assert shipped.models == ("qwen", "doubao", "kimi")


@pytest.mark.parametrize("semantic", [False, True])
def test_places_given_as_examples_are_no_other_subject(semantic: bool) -> None:
    """doubao's "华东：…产能外迁（如越南、印尼）" names Vietnam and Indonesia as examples: kimi's
    "产能迁往越南和印尼" states its fact, not Vietnam's 12% growth beside it."""
    c = _pasted_only(
        semantic,
        doubao="- **华东**：用工成本上升导致部分产能外迁（如越南、印尼）\n- **越南**：出口增长12%",
        kimi="用工成本压力使部分产能迁往越南和印尼。",
        qwen="- 越南出口增长12%",
    )
    moved = group_with(c, "用工成本压力使部分产能迁往越南和印尼。")
    assert "华东：用工成本上升导致部分产能外迁（如越南、印尼）" in moved, moved
    assert "越南出口增长12%" not in moved


def test_a_label_shared_is_no_fact_shared() -> None:
    """qwen's "企业格局：" heads a figure for each firm; kimi's "从企业格局来看，行业集中度较高"
    says nothing of Gree's 5.3%, however alike the two read to the embedding model."""
    c = _pasted_only(
        True,
        doubao="- **格力**：出口份额5.3%\n- **海尔**：出口份额11.6%\n- **美的**：出口份额14.2%",
        qwen="4. **企业格局**：美的以14.2%的份额居首，海尔11.6%，格力5.3%。",
        kimi="从企业格局来看，行业集中度较高，美的以14.2%的份额位居第一，海尔以11.6%紧随其后。",
    )
    gree = group_with(c, "格力：出口份额5.3%")
    assert "企业格局：格力5.3%" in gree, gree
    assert not any("集中度" in text for text in gree), gree


@pytest.mark.parametrize("semantic", [False, True])
def test_a_growth_rate_and_a_share_are_no_disagreement(semantic: bool) -> None:
    """ "海外销售增长19%" is a rate of change, "海外销量的62%" a share: two measures of one firm,
    however their claims meet — while two growth rates for one thing disagree."""
    c = _pasted_only(
        semantic,
        doubao="- **格兰仕**：自主品牌海外销售增长19%\n- 微波炉出口增长8%",
        kimi="格兰仕的海外工厂生产了其海外销量的62%。微波炉出口增长11%。",
    )
    assert all("62%" not in c.conflicts[g].values.values() for g in c.conflicts), c.conflicts
    [oven] = [g for g in c.groups if "微波炉出口增长8%" in texts_of(c, g.id)]
    assert c.conflicts[oven.id].values == {"doubao": "8%", "kimi": "11%"}


def test_two_facts_each_agreed_on_are_not_joined_into_one_dispute() -> None:
    """Three answers put online sales at 58%, two say readers born after 1990 spend 41%: two
    facts, each agreed on — one loose link between them makes no "58% vs 41%" disagreement."""
    c = _pasted_only(
        True,
        kimi="- 90后读者贡献了41%的购书支出；\n- 纸质书销量下滑",
        qwen="- **读者**：90后贡献41%的图书消费支出；",
        doubao="- **线上渠道**：占图书消费支出的58%，其中：",
        gemini="- **线上为王**：约六成的销售来自线上（58%）。",
        gpt="- **Online:** 58% of sales.",
    )
    assert not c.conflicts, c.conflicts


def test_a_word_the_tagger_calls_a_place_does_not_hide_a_firms_label() -> None:
    """ "- **南岭宠物**：份额9.8%，…一线城市…" is 南岭宠物's 9.8%: the tagger's 城市 is no
    subject of its own, so the label still names the firm."""
    claims = [
        *claims_from_markdown("doubao", "- **南岭宠物**：份额9.8%，增长主要来自一线城市的高端系列"),
        *claims_from_markdown("kimi", "- 北辰宠物份额9.8%，南岭宠物份额7.6%。"),
    ]
    doubao, *_ = features(claims)
    assert doubao.label == "南岭宠物"


def test_a_clause_about_another_thing_says_nothing_of_which_way_the_shared_figure_went() -> None:
    """Qwen: "磷酸铁锂占储能电池近四分之三，钠电占比下降" — sodium fell; Gemini: LFP "升至
    73.8%". They agree on the LFP share and say nothing opposite of it. "份额14.2%，较去年的15.1%
    下降" against "升至14.2%" still goes the other way: the past figure is the share's own."""
    qwen = make_claim("qwen#1", "qwen", "磷酸铁锂占储能电池近四分之三，钠电占比下降。")
    gemini = make_claim("gemini#1", "gemini", "磷酸铁锂电池的占比已升至73.8%")
    assert other_way(qwen, gemini) is None
    fell = make_claim("qwen#2", "qwen", "份额14.2%，较去年的15.1%下降")
    rose = make_claim("gemini#2", "gemini", "份额升至14.2%")
    assert other_way(fell, rose) == {"qwen": "下降 14.2%", "gemini": "升至 14.2%"}


@pytest.mark.parametrize("semantic", [False, True])
def test_the_year_most_claims_name_is_no_other_subject_for_one_that_leaves_it_out(
    semantic: bool,
) -> None:
    """The answers speak of 2025 throughout: "截至2025年底全国冷库数量达3,180座" and
    "全国冷库数量达3,810座" are one count given two ways, not a 2025 count and some other one."""
    c = _pasted_only(
        semantic,
        doubao="- 全国冷库数量达3,810座\n- 2025年冷链物流总额同比增长6.2%\n"
        "- 2025年冷藏车保有量达到48万辆\n",
        kimi="1. 截至2025年底全国冷库数量达3,180座\n2. 2025年冷链物流总额增长6.2%\n"
        "3. 2025年冷藏车保有量48万辆\n",
    )
    counts = group_with(c, "3,180座")
    assert any("3,810座" in t for t in counts), counts
    [conflict] = [x for x in c.conflicts.values() if "3,180" in x.values.values()]
    assert dict(conflict.values) == {"doubao": "3,810", "kimi": "3,180"}
