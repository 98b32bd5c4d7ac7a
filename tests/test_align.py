"""Alignment and conflicts on small hand-made sets, in Chinese, English and across the two."""

from __future__ import annotations

import pytest

from summarizer.compare import Comparison, compare
from summarizer.compare.align import Group
from summarizer.compare.conflicts import Conflict, find_conflicts, odd_ones
from summarizer.compare.figure_evidence import levels_apart
from summarizer.compare.subjects import features
from summarizer.document import Block, build_document
from summarizer.fetch.markdown import markdown_blocks
from summarizer.lang.claims import make_claim
from tests.builders import pasted, report

SOURCE = build_document(
    [
        Block("heading", "Adoption", level=2),
        Block("text", "84% of developers use an AI coding assistant every week. Daily use is 57%."),
        Block("heading", "Models", level=2),
        Block("text", "Claude is the primary model for 41% of users. GPT follows at 33%."),
        Block("text", "In China, DeepSeek is the primary model for 31% of weekly users."),
        Block("text", "Gemini holds 12% of users, mostly on Android."),
        Block("heading", "Cost", level=2),
        Block("text", "The median company spends $39 per developer per month."),
    ],
    title="Survey",
    source="test",
    kind="markdown",
)


def groups_by_text(comparison: Comparison) -> list[set[str]]:
    return [{comparison.claim(cid).text for cid in g.claim_ids} for g in comparison.groups]


def test_english_paraphrases_align_and_distinct_facts_do_not() -> None:
    c = compare(
        [
            pasted(
                "a", "- 84% of developers use an AI assistant weekly.\n- Claude leads with 41%."
            ),
            pasted("b", "- Weekly, 84% of developers use AI coding assistants.\n- GPT holds 33%."),
        ],
        SOURCE,
    )
    assert {
        "84% of developers use an AI assistant weekly.",
        "Weekly, 84% of developers use AI coding assistants.",
    } in groups_by_text(c)
    assert {"Claude leads with 41%."} in groups_by_text(c)  # not merged with GPT's 33%
    kinds = {g.kind for g in c.groups}
    assert kinds == {"consensus", "unique"}


def test_chinese_paraphrases_align() -> None:
    c = compare(
        [
            pasted("a", "- 84%的开发者每周使用AI编程助手。"),
            pasted("b", "- 每周使用AI编程助手的开发者占84%。"),
        ],
        None,
    )
    assert len(c.groups) == 1 and c.groups[0].kind == "consensus"


def test_chinese_claim_meets_its_english_twin_without_a_source() -> None:
    c = compare(
        [
            pasted(
                "gemini",
                "- In China, DeepSeek is the primary model for 31% of weekly users.\n"
                "- The median company spends $39 per developer per month.",
            ),
            pasted(
                "doubao",
                "- 在中国，DeepSeek是31%的每周用户的主要模型。\n- 人均月支出中位数为39美元。",
            ),
        ],
        None,
    )
    groups = groups_by_text(c)
    assert {
        "In China, DeepSeek is the primary model for 31% of weekly users.",
        "在中国，DeepSeek是31%的每周用户的主要模型。",
    } in groups
    assert {
        "The median company spends $39 per developer per month.",
        "人均月支出中位数为39美元。",
    } in groups


def test_conflicting_figures_across_languages_meet_through_the_source() -> None:
    c = compare(
        [
            pasted("gemini", "- In China, DeepSeek is the primary model for 31% of weekly users."),
            pasted("qwen", "- DeepSeek在中国占35%。"),
        ],
        SOURCE,
    )
    [group] = c.groups
    conflict = c.conflicts[group.id]
    assert conflict.values == {"gemini": "31%", "qwen": "35%"}


def test_figures_the_report_states_in_different_sentences_are_different_facts() -> None:
    source = build_document(
        [
            Block("text", "Daily use reached 57%, nearly double the 29% of two years ago."),
            Block("text", "China has the highest share of daily users, at 66%."),
        ],
        title="Survey",
        source="test",
        kind="markdown",
    )
    c = compare(
        [
            pasted("qwen", "- 每日使用率为57%"),
            pasted("kimi", "- 中国每日使用率为66%"),
            pasted("gpt", "- Daily use reached 57%."),
        ],
        source,
    )
    assert not c.conflicts  # 66% in China is no disagreement with 57% overall
    assert {"每日使用率为57%", "Daily use reached 57%."} in groups_by_text(c)
    assert {"中国每日使用率为66%"} in groups_by_text(c)


def test_a_models_near_duplicates_stay_together() -> None:
    c = compare(
        [
            pasted(
                "a",
                "- 84% of developers use an AI coding assistant every week.\n\n"
                "In short, 84% of developers use an AI coding assistant each week.",
            ),
            pasted("b", "- Claude is the primary model for 41% of users."),
        ],
        SOURCE,
    )
    assert len([g for g in c.groups if g.models == ("a",)]) == 1


def test_conflict_severities() -> None:
    def severity(a: str, b: str) -> str | None:
        c = compare([pasted("x", f"- {a}"), pasted("y", f"- {b}")], None)
        assert len(c.groups) == 1, [g.claim_ids for g in c.groups]
        found = c.conflicts.get(c.groups[0].id)
        return found.severity if found else None

    assert (
        severity(
            "Cloud spend share reached 20% of budgets.", "Cloud spend share reached 35% of budgets."
        )
        == "high"
    )
    assert (
        severity(
            "Cloud spend share reached 33% of budgets.", "Cloud spend share reached 31% of budgets."
        )
        == "low"
    )
    # more than 15% apart counted from the smaller figure: 25.1% is 17% above 21.5%
    assert severity("星环份额为21.5%。", "星环份额为25.1%。") == "high"
    assert severity("云支出占预算的近60%。", "云支出占预算的超过60%。") == "qualifier"
    assert severity("云支出占预算的25%。", "云支出占预算的约四分之一。") is None
    assert severity("云支出占预算的27.6%。", "云支出占预算的近三成。") is None  # as grounded
    assert severity("Agent use rose from 7% to 26%.", "Agent use reached 26%.") is None


def test_a_name_that_opens_a_sentence_is_still_a_name() -> None:
    c = compare(
        [pasted("kimi", "- Gemini占12%。"), pasted("claude", "- Gemini holds 15% of users.")],
        SOURCE,
    )
    [group] = c.groups
    assert c.conflicts[group.id].values == {"kimi": "12%", "claude": "15%"}


def test_a_claim_under_a_theme_label_is_about_the_place_it_names() -> None:
    """ "**区域**：…西南增速最快" is about 西南 as much as the other answer's "西南增速领跑"."""
    c = compare(
        [
            pasted("qwen", "1. **区域**：华东占31.4%，西南增速最快（+22.5%）。"),
            pasted("doubao", "## 三、区域格局\n- **西南增速领跑**：同比增长22.5%\n- 华东占比31.4%"),
        ],
        None,
    )
    assert {"西南增速最快（+22.5%）", "西南增速领跑：同比增长22.5%"} in groups_by_text(c)


def test_a_models_bullet_and_its_conclusion_stay_in_the_one_fact_they_both_state() -> None:
    """qwen's bullet meets the exact answers and its conclusion meets gemini's loose one: one
    fact with five claims, not two facts — qwen says it twice."""
    c = compare(
        [
            pasted(
                "chatgpt",
                "- About 38% of retired batteries were recycled through licensed channels, "
                "up from 31% last year.\n- Battery swap cabinets grew 36%.",
            ),
            pasted(
                "doubao",
                "- 约38%的退役电池进入正规回收渠道，较上年的31%有所上升。\n"
                "- 换电柜数量同比增长36%。",
            ),
            pasted(
                "qwen",
                "1. 退役电池白名单回收率从31%升至38%。\n2. 换电柜增长36%。\n\n"
                "**总结**：白名单回收比例持续上升，已接近四成。",
            ),
            pasted("gemini", "正规回收的比例持续上升，目前已接近四成。换电柜数量增长超过三成。"),
        ],
        None,
    )
    recycled = next(g for g in groups_by_text(c) if "退役电池白名单回收率从31%升至38%。" in g)
    assert {
        "白名单回收比例持续上升，已接近四成。",
        "正规回收的比例持续上升，目前已接近四成。",
    } <= recycled
    assert len(recycled) == 5


def test_a_verdict_in_bold_is_no_name() -> None:
    """ "**电池互换难**：…" judges what follows; it names no firm, so gemini's claim, which names
    none either, is not about another one."""
    c = compare(
        [
            pasted("doubao", "- **电池互换难**：41.7%的车主认为不同品牌电池不能互换是最大困扰"),
            pasted("qwen", "1. **痛点**：电池互换难（41.7%）、充电慢（28.3%）。"),
            pasted("gemini", "超过四成的受访车主认为不同品牌电池之间无法互换是最大痛点。"),
        ],
        None,
    )
    assert {
        "41.7%的车主认为不同品牌电池不能互换是最大困扰",
        "超过四成的受访车主认为不同品牌电池之间无法互换是最大痛点。",
    } <= next(
        g
        for g in groups_by_text(c)
        if "超过四成的受访车主认为不同品牌电池之间无法互换是最大痛点。" in g
    )


def test_a_firm_given_anothers_row_figure_disputes_its_own_row() -> None:
    """qwen gives 新日 台铃's 13.6%: a claim about 新日's row (7.9%), so a conflict with the
    answers that give 7.9% — not a match for those that give 台铃 13.6%."""
    doc = build_document(
        markdown_blocks(
            "## 品牌\n\n| 排名 | 品牌 | 市场份额 |\n| --- | --- | --- |\n| 1 | 雅迪 | 26.2% |\n"
            "| 2 | 爱玛 | 19.8% |\n| 3 | 台铃 | 13.6% |\n| 4 | 新日 | 7.9% |\n"
        ),
        title="两轮电动车",
        source="test",
        kind="markdown",
    )
    c = compare(
        [
            pasted(
                "doubao", "- 前四品牌：雅迪（26.2%）、爱玛（19.8%）、台铃（13.6%）、新日（7.9%）"
            ),
            pasted("qwen", "1. 雅迪26.2%居首；新日份额13.6%，位列第三。"),
            pasted("kimi", "- 新日市场份额为7.9%。"),
        ],
        doc,
    )
    [group] = [g for g in c.groups if "qwen" in g.models and "kimi" in g.models]
    assert c.conflicts[group.id].values == {"doubao": "7.9%", "qwen": "13.6%", "kimi": "7.9%"}


def test_a_past_figure_another_answer_compares_with_is_no_conflict() -> None:
    """doubao gives last year's figure on its own line; kimi gives this year's and compares it
    with the same figure: they agree. A model that gives that figure to this year disagrees."""
    kimi = pasted("kimi", "- 全年出货量达到9.4万台，同比增长84%，相比2023年的5.1万台大幅提升。\n")
    agreeing = compare([pasted("doubao", "- 2023年出货量为5.1万台\n"), kimi], None)
    assert not agreeing.conflicts, agreeing.conflicts
    wrong = compare([pasted("doubao", "- 全年出货量为5.1万台\n"), kimi], None)
    assert [dict(c.values) for c in wrong.conflicts.values()] == [
        {"doubao": "5.1万", "kimi": "9.4万"}
    ]


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        # 从 in 从业者 (practitioners) sets no figure in the past, as 从27% would
        ("Freelancers now make up 31% of the workforce, up from 27%.", "自由职业从业者占比升至31%"),
        # the end of "from 30 days to 9" is in days; "four cities" is no other count of days
        (
            "In four pilot cities, permit waits fell from 30 days to 9.",
            "4个试点城市审批由30天缩短到9天",
        ),
        # "from 61.5% to 52.4%" ends at 52.4%, a figure of now beside the aside's 27.3%
        (
            "Monthly app use dropped from 61.5% to 52.4% as buyers shop by voice (27.3%).",
            "App月活使用率降至52.4%",
        ),
    ],
)
def test_the_figure_of_now_two_answers_share_is_no_conflict(english: str, chinese: str) -> None:
    claims = {
        "c#1": make_claim("c#1", "chatgpt", english),
        "d#1": make_claim("d#1", "doubao", chinese),
    }
    group = Group("g1", tuple(claims), ("chatgpt", "doubao"), "consensus")
    assert find_conflicts([group], claims) == {}


def test_a_forecast_is_no_other_figure_for_what_is_now() -> None:
    """A group where kimi's outlook ("有望超过七成") joined its own line on this year's share:
    only this year's shares are weighed against each other, and they agree."""
    claims = {
        "d#1": make_claim("d#1", "doubao", "前五名企业合计份额68.2%，集中度提升"),
        "k#1": make_claim("k#1", "kimi", "前五名企业合计拿下了接近七成的市场"),
        "k#9": make_claim("k#9", "kimi", "行业前五名的合计份额有望超过七成"),
        "c#1": make_claim("c#1", "chatgpt", "The top five makers held 68.2% combined."),
    }
    group = Group("g1", tuple(claims), ("doubao", "kimi", "chatgpt"), "consensus")
    assert find_conflicts([group], claims) == {}
    # the same outlook against another forecast is weighed
    outlook = {
        "k#9": claims["k#9"],
        "c#9": make_claim("c#9", "chatgpt", "The top five are expected to reach 65% by 2026."),
    }
    group = Group("g2", tuple(outlook), ("kimi", "chatgpt"), "majority")
    assert set(find_conflicts([group], outlook)["g2"].values) == {"kimi", "chatgpt"}


def test_a_growth_rate_and_a_share_beside_one_level_are_two_facts_not_a_misquote() -> None:
    """Both give the 10.74 million chargers; one adds how fast they grew, the other what share
    of all chargers they are. Two measures of one level: no disagreement."""
    claims = {
        "c#1": make_claim("c#1", "chatgpt", "Private chargers grew 54.1% to 10.74 million."),
        "q#1": make_claim("q#1", "qwen", "私人桩1,074万台，占总量72.3%"),
    }
    group = Group("g1", tuple(claims), ("chatgpt", "qwen"), "consensus")
    assert find_conflicts([group], claims) == {}
    # the same growth rate misquoted beside the level is one
    claims["q#1"] = make_claim("q#1", "qwen", "私人桩1,074万台，同比增长45.1%")
    assert dict(find_conflicts([group], claims)["g1"].values) == {
        "chatgpt": "54.1%",
        "qwen": "45.1%",
    }


def test_two_price_bands_are_two_segments_not_one_figure_given_two_ways() -> None:
    """One answer says what the premium band earns, another which band sells most: their prices
    name the segments, and their shares are of different things."""
    claims = {
        "g#1": make_claim("g#1", "gemini", "2000元以上的高端产品贡献了约四成的销售额"),
        "q#1": make_claim("q#1", "qwen", "100–499元产品销量占比最高（39.5%）"),
    }
    group = Group("g1", tuple(claims), ("gemini", "qwen"), "consensus")
    assert find_conflicts([group], claims) == {}
    # a price bound with what it bounds after 的 names a band too: 2000元以上的比例
    visits = {
        "d#1": make_claim("d#1", "doubao", "单次就诊花费2000元以上的比例由9%上升到13%"),
        "k#1": make_claim("k#1", "kimi", "犬的单只年均医疗支出为1,860元"),
    }
    band = Group("g3", tuple(visits), ("doubao", "kimi"), "consensus")
    assert find_conflicts([band], visits) == {}
    # the same band with shares far apart is a disagreement on its share, not on its price
    claims["q#1"] = make_claim("q#1", "qwen", "2000元以上产品的销售额占比达75%")
    assert dict(find_conflicts([group], claims)["g1"].values) == {
        "gemini": "约四成",
        "qwen": "75%",
    }


def test_an_english_price_band_is_a_segment_not_a_price_to_dispute() -> None:
    """ "Phones above 4,000 yuan" names the premium segment; the average price beside it is
    no bound it breaks."""
    claims = {
        "c#1": make_claim("c#1", "chatgpt", "Phones above 4,000 yuan made up 52% of shipments."),
        "d#1": make_claim("d#1", "doubao", "平均售价3,860元，同比下降6.3%"),
    }
    group = Group("g1", tuple(claims), ("chatgpt", "doubao"), "consensus")
    assert find_conflicts([group], claims) == {}
    claims["c#1"] = make_claim("c#1", "chatgpt", "Models priced under 3,000 yuan took 41%.")
    assert find_conflicts([group], claims) == {}
    # an amount measured is no band: "an average price above 4,000 yuan" disputes 3,860元
    claims["c#1"] = make_claim("c#1", "chatgpt", "The average price was above 4,000 yuan.")
    assert "g1" in find_conflicts([group], claims)


def test_two_age_groups_are_two_subjects_and_an_age_is_a_measure() -> None:
    """60岁及以上 and 65岁以上 bound two groups: no "60 against 65" dispute; their shares are of
    different people. An average age, though, is a figure like any other."""
    claims = {
        "d#1": make_claim("d#1", "doubao", "60岁及以上人群网购渗透率达58.7%"),
        "k#1": make_claim("k#1", "kimi", "65岁以上老人中也已超过一半在网上购物"),
    }
    group = Group("g1", tuple(claims), ("doubao", "kimi"), "consensus")
    assert find_conflicts([group], claims) == {}
    ages = {
        "d#2": make_claim("d#2", "doubao", "用户平均年龄32岁"),
        "k#2": make_claim("k#2", "kimi", "用户平均年龄为38岁"),
    }
    group = Group("g2", tuple(ages), ("doubao", "kimi"), "consensus")
    assert dict(find_conflicts([group], ages)["g2"].values) == {"doubao": "32岁", "kimi": "38岁"}


def test_an_outlook_under_its_heading_is_not_this_years_fact() -> None:
    """qwen's outlook section gives next year's US share: it is not the 29% the others give
    for this year (nor a disagreement with it), though qwen also states the 29%."""
    c = compare(
        [
            pasted("doubao", "- **美国**：占全球29%（上年24%）\n"),
            pasted(
                "qwen", "## 一、区域\n- 美国占全球的29%\n## 五、2026年展望\n- 美国份额升至约31%\n"
            ),
            pasted("gemini", "- US: 29% of the global market (up from 24%)\n"),
        ],
        None,
        semantic=False,
    )
    outlook = next(x for x in c.claims if "约31%" in x.text)
    [group] = [g for g in c.groups if outlook.id in g.claim_ids]
    assert group.models == ("qwen",)
    assert not c.conflicts


def test_a_table_row_and_a_sentence_of_one_answer_are_one_fact() -> None:
    """qwen gives 小鹿's share in a sentence and again in its table's "2025年份额" column: the
    year only the row gives is no other subject, so both stand in the one fact."""
    c = compare(
        [
            pasted("doubao", "- 小鹿以21.4%的份额继续位居第一（上年19.8%）\n"),
            pasted(
                "qwen",
                "## 三、主要厂商\n小鹿以21.4%的份额排名第一。\n\n"
                "| 品牌 | 2025年份额 |\n| --- | --- |\n| 小鹿 | 21.4% |\n| 青橙 | 13.2% |\n",
            ),
        ],
        None,
        semantic=False,
    )
    groups = groups_by_text(c)
    shares = next(g for g in groups if any("排名第一" in t for t in g))
    assert len(shares) == 3 and any("2025年份额" in t for t in shares), groups


def test_a_firm_named_by_a_label_meets_the_answers_that_write_its_name() -> None:
    """doubao names the firm in its bold label only; kimi writes it, and gemini gives it with
    another firm "respectively": all three state one fact."""
    c = compare(
        [
            pasted(
                "doubao",
                "### 竞争格局\n- 前五名合计占比68.2%。\n"
                "  - **石头科技**：出货约310万台，份额24.6%，主攻高端（G20系列进入欧洲）。\n"
                "  - **追觅**：份额15.3%，增速最快。\n",
            ),
            pasted("kimi", "1. 科沃斯居首，石头科技24.6%、追觅15.3%。\n2. 前五名合计68.2%。"),
            pasted("gemini", "石头科技和追觅分别以约25%和15%的份额位居第二、第三。"),
        ],
        None,
        semantic=False,
    )
    by_id = {x.id: x.text for x in c.claims}
    roborock = [g for g in c.groups if any("24.6%" in by_id[i] for i in g.claim_ids)]
    assert len(roborock) == 1, [[by_id[i] for i in g.claim_ids] for g in roborock]
    assert set(roborock[0].models) == {"doubao", "kimi", "gemini"}, [
        by_id[i] for i in roborock[0].claim_ids
    ]


def test_a_plan_for_next_year_is_no_restatement_of_a_figure_of_now() -> None:
    """doubao's "超过七成的零售商计划在2026年扩大货架" is a plan, not its own "零售渠道占72%" said
    loosely: one model's two claims stay two facts."""
    doubao = (
        "- 零售渠道销售额227亿美元，占比72%；\n- 超过七成的零售商计划在2026年扩大冷藏柜面积。\n"
    )
    qwen = "- 渠道：零售占72%\n"
    gpt = "- Retail accounted for $22.7 billion (72% of sales).\n"
    c = compare([pasted("doubao", doubao), pasted("qwen", qwen), pasted("gpt", gpt)], None)
    plan = next(g for g in c.groups if any("计划" in c.claim(x).text for x in g.claim_ids))
    assert [c.claim(x).model for x in plan.claim_ids] == ["doubao"]


def test_two_claims_each_giving_another_figure_of_one_sentence_are_two_facts() -> None:
    """On "印度…平均出租率仅64.8%，而全区域平均出租率为81.4%" an answer's "全区域平均出租率81.4%"
    shares more words with "**印度**：平均出租率仅64.8%" than "印度仅64.8%" does; but the
    sentence states both figures, so the first is another fact of it, no rival for the 64.8%."""
    doc = report(
        (
            "印度",
            "印度冷库容量增长18.4%，首次超过日本。不过印度设施利用不足，平均出租率仅64.8%，"
            "而全区域平均出租率为81.4%。",
        ),
        ("投资", "全年新建和改造设施投资236亿美元。新加坡的出租率最高。"),
    )
    doubao = (
        "## 区域\n- **印度**：\n  - 容量增长最快（+18.4%）；\n"
        "  - 但设施利用不足，平均出租率仅64.8%。\n"
    )
    kimi = "印度冷库容量增长18.4%。全区域平均出租率81.4%，印度仅64.8%。\n"
    c = compare([pasted("doubao", doubao), pasted("kimi", kimi)], doc, semantic=False)
    groups = groups_by_text(c)
    assert {"但设施利用不足，平均出租率仅64.8%。", "印度仅64.8%"} in groups
    assert {"全区域平均出租率81.4%"} in groups
    assert not c.conflicts


def test_a_growth_rate_after_a_participle_is_weighed_against_the_other_answers() -> None:
    """ "…worth about $48 billion, growing roughly 17%" is one statement of one subject: the
    Chinese answer's 480亿美元 with 21% growth is the same fact, in dispute on its growth."""
    en = pasted(
        "chatgpt", "- Card payments were worth about $48 billion in 2025, growing roughly 17%.\n"
    )
    zh = pasted("doubao", "- 银行卡支付规模约480亿美元，同比增长21%。\n")
    comparison = compare([en, zh], None)
    assert len(comparison.groups) == 1
    (conflict,) = comparison.conflicts.values()
    assert dict(conflict.values) == {"chatgpt": "roughly 17%", "doubao": "21%"}


def test_the_first_few_firms_share_is_another_fact_than_the_whole_segments() -> None:
    """ "前五大运营商…约占全球的35%" is the top five's share, "hyperscale operators … 47%" the
    whole segment's: no disagreement between them. "the five biggest" and 前五大 are one subject."""
    deepseek = pasted(
        "deepseek",
        "- **集中度**：前五大超大规模运营商合计用电约168TWh，约占全球的35%；\n"
        "- 超大规模运营商的用电占比为47%。\n",
    )
    gemini = pasted(
        "gemini",
        "- The five biggest hyperscalers alone use more than a third of the global total.\n",
    )
    kimi = pasted("kimi", "- 超大规模云的用电占比为46%。\n")
    c = compare([deepseek, gemini, kimi], None, semantic=False)
    groups = groups_by_text(c)
    top = next(g for g in groups if any("168TWh" in t for t in g))
    assert any("five biggest" in t for t in top)
    assert not any("46%" in t or "47%" in t for t in top)


def test_a_section_heading_two_answers_share_is_a_theme_not_the_subject_of_its_facts() -> None:
    """ "竞争格局" heads a section of several facts in two answers: a theme, not a firm's name.
    So it does not set qwen's 玛氏 apart from doubao's, whose sub-list stands under "头部企业"."""
    doubao = pasted(
        "doubao",
        "## 竞争格局\n- **集中度**：CR5为24.6%\n- **头部企业**：\n"
        "  - 玛氏（如皇家、宝路）营收152亿元\n  - 雀巢普瑞纳营收47亿元，同比下降2.8%\n"
        "- **国产品牌**：份额升至44.1%\n",
    )
    qwen = pasted(
        "qwen",
        "### 竞争格局\n- CR5为24.6%，集中度仍不高\n- 玛氏营收152亿元，规模第一\n"
        "- 雀巢普瑞纳营收下滑2.8%\n- 乖宝增速26.3%，是增长最快的头部企业\n- 国产品牌份额达44.1%\n",
    )
    kimi = pasted(
        "kimi",
        "二、竞争格局\n\n行业CR5为24.6%。国产品牌份额升至44.1%。雀巢普瑞纳营收下降2.8%。\n",
    )
    c = compare([doubao, qwen, kimi], None, semantic=False)
    mars = next(g for g in groups_by_text(c) if any("152亿元" in t for t in g))
    assert len(mars) == 2, mars


@pytest.mark.parametrize("semantic", [False, True])
def test_a_shared_double_is_no_evidence_against_figures_far_apart(semantic: bool) -> None:
    """ "Brazil used 12 TWh and is expected to double by 2030" shares only "double" with the
    world's "nearly double to 610 TWh by 2030": another subject's figure, no 12 vs 610 dispute."""
    gpt = pasted("gpt", "- Global use is expected to nearly double to 610 TWh by 2030.\n")
    gemini = pasted(
        "gemini",
        "- The report projects 610 TWh by 2030.\n"
        "- Brazil used 12 TWh and is expected to double by 2030.\n",
    )
    claude = pasted("claude", "- and the authors expect it to nearly double to 610 TWh by 2030\n")
    c = compare([gpt, gemini, claude], None, semantic=semantic)
    world = next(g for g in groups_by_text(c) if any("Global use" in t for t in g))
    assert not any("Brazil" in t for t in world)
    assert not any("12 TWh" in v for x in c.conflicts.values() for v in x.values.values())


@pytest.mark.parametrize("semantic", [False, True])
def test_a_figure_written_to_a_decimal_allows_less_leeway_than_a_round_one(
    semantic: bool,
) -> None:
    """ "约8.4%" is no loose reading of 9.1%: the charger count's growth and the fault rate are
    two facts, though one sentence of each pair is much like the other."""
    answers = [
        pasted("doubao", "- 2025年全国充电桩总数约1,260万台，同比增长9.1%。\n"),
        pasted("chatgpt", "- Chargers totalled about 12.6 million in 2025, up 9.1%.\n"),
        pasted("kimi", "- 随着运维改善，充电桩故障率从2021年的约15%下降到2025年的约8.4%。\n"),
        pasted("qwen", "- 充电桩故障率从2021年的约15%降至2025年的约8.4%。\n"),
    ]
    c = compare(answers, None, semantic=semantic)
    groups = [{c.claim(x).model for x in g.claim_ids} for g in c.groups]
    assert {"doubao", "chatgpt"} in groups and {"kimi", "qwen"} in groups


def test_one_event_put_in_different_years_is_a_disagreement_over_the_year() -> None:
    """Both give the plant's 1,100 MW; one puts its start in 2029, the other two in 2030: the
    year is in dispute, and the post names each model's year."""
    answers = [
        pasted(
            "gpt",
            "- Restarting Harlow Bay Unit 2 (1,100 MW) is expected to deliver power in 2030.\n",
        ),
        pasted("claude", "- The restart of Harlow Bay Unit 2 (1,100 MW) should finish in 2029.\n"),
        pasted("doubao", "- Harlow Bay 2号机组（1,100兆瓦）重启，预计2030年恢复供电。\n"),
    ]
    c = compare(answers, None, semantic=False)
    (conflict,) = c.conflicts.values()
    assert conflict.kind == "year"
    assert dict(conflict.values) == {"gpt": "2030", "claude": "2029", "doubao": "2030"}
    assert odd_ones(conflict) == {"claude"}
    # a year measured from is no year of the event
    same = [
        pasted("gpt", "- Output reached 1,100 MW in 2030, up from 2029.\n"),
        pasted("claude", "- Output reached 1,100 MW in 2030.\n"),
    ]
    assert not compare(same, None, semantic=False).conflicts


def test_a_firms_revenue_and_a_count_of_machines_are_two_measures_whatever_their_rates() -> None:
    """ "Kelvo — revenue $470 million, +10.1%" is no figure of the installed base (2.74 million
    robots, +9%): money against a count, though the rates are near enough to read as a misquote.
    A market's size in two currencies' words is one measure."""
    revenue, stock, size, size_zh = features(
        [
            make_claim("a", "gemini", "Kelvo — 2024 robot revenue $470 million, YoY +10.1%"),
            make_claim("b", "gpt", "Operational stock: 2.74 million robots in service (+9%)."),
            make_claim("c", "gpt", "Robot hardware sales reached $16.5 billion, up 7%."),
            make_claim("d", "qwen", "机器人本体市场规模为165亿美元，同比增长7%。"),
        ]
    )
    assert levels_apart(revenue, stock)
    assert not levels_apart(size, size_zh) and not levels_apart(revenue, size)


def test_the_odd_one_out_of_loose_figures_is_the_one_fewer_models_give_exactly() -> None:
    """ "约256万" against three "约265万" (a swapped digit): every loose figure is within reach of
    the others, so the exact figures tell who is out."""
    values = {"doubao": "约256万", "kimi": "约265万", "qwen": "约265万", "gpt": "2.65 million"}
    assert odd_ones(Conflict("numeric", "low", values, "real")) == {"doubao"}
    assert odd_ones(Conflict("numeric", "low", {"a": "58%", "b": "56%"}, "real")) == {"a", "b"}
