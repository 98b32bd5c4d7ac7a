"""A report that gives one fact two figures — its summary one, its body another a little apart:
the answers that took either state one fact, and the dispute is the report's own."""

from __future__ import annotations

import pytest

from summarizer.compare import compare
from summarizer.compare.restated import echoed, restated
from tests.builders import pasted, report

SUMMARY = "无人机配送航线达到1,860条，覆盖全国28个省份。"
BODY = "截至2025年底，全国无人机配送航线共1,680条，同比增长35.2%。"
FLEET = "全国运营的物流无人机为1,720架，同比增长18.0%。"


def _drones(summary: str = SUMMARY, body: str = BODY):
    return report(
        ("核心发现", summary),
        ("航线网络", body),
        ("机队", FLEET),
        ("运营", "单架次平均配送时长为14分钟，较上年缩短3分钟。"),
        title="2025年中国无人机物流报告",
    )


@pytest.mark.parametrize("semantic", [False, True])
def test_answers_that_took_the_summarys_figure_or_the_bodys_state_one_fact(semantic) -> None:
    kimi = "- 无人机配送航线达到1,860条。\n- 单架次平均配送时长14分钟。\n"
    qwen = "- 全国无人机配送航线1,680条，同比增长35.2%。\n- 平均配送时长14分钟。\n"
    c = compare([pasted("kimi", kimi), pasted("qwen", qwen)], _drones(), semantic=semantic)
    routes = next(g for g in c.groups if any("1,860" in c.claim(x).text for x in g.claim_ids))
    assert {c.claim(x).model for x in routes.claim_ids} == {"kimi", "qwen"}
    conflict = c.conflicts[routes.id]
    assert dict(conflict.values) == {"kimi": "1,860", "qwen": "1,680"}
    assert conflict.nature == "report"
    # each is borne out: the report says both
    assert {c.groundings[x].status for x in routes.claim_ids} == {"supported"}


def test_a_figure_the_body_also_states_is_no_second_telling() -> None:
    """The body says 1,860 too: the summary's figure is the body's, and 1,680 elsewhere is
    another thing's."""
    doc = _drones(body=BODY + "其中已开通常态化运营的航线1,860条。")
    anchors = [s.id for _, s in doc.sentences()]
    assert restated(doc, anchors) == {}


def test_a_near_figure_of_something_else_is_no_second_telling() -> None:
    """The fleet's 1,720 drones is close to the summary's 1,860 routes, and both sentences
    speak of drones across the country; but one counts drones (架), the other routes (条)."""
    doc = _drones(body="截至2025年底，共开通城市级配送网络46个。")
    anchors = [s.id for _, s in doc.sentences()]
    assert restated(doc, anchors) == {}


def test_the_summarys_sentence_maps_to_the_bodys() -> None:
    doc = _drones()
    ids = {s.text: s.id for _, s in doc.sentences()}
    assert restated(doc, list(ids.values())) == {ids[SUMMARY]: ids[BODY]}


@pytest.mark.parametrize("semantic", [False, True])
def test_answers_on_the_summarys_sentence_and_the_bodys_restating_it_state_one_fact(
    semantic,
) -> None:
    """The summary's "$3.4 billion by 2028 … a compound annual growth rate of 21%" is the
    outlook's, said again: an answer that quotes one and an answer that quotes the other state
    one fact."""
    doc = report(
        (
            "Executive summary",
            "We expect the market to reach $3.4 billion by 2028, which implies a compound annual "
            "growth rate of 21%.",
        ),
        (
            "Today",
            "Drone deliveries reached 190 million orders in 2025, up 42%. "
            "Rural areas made up 21% of orders.",
        ),
        (
            "Outlook",
            "In our base case the market grows to $3.4 billion in 2028, a compound annual growth "
            "rate of 21% from 2025.",
        ),
        title="Drone Delivery 2025",
    )
    kimi = (
        "- **市场规模**：2028年将达34亿美元\n- **年均复合增长率**：报告预计2025–2028年复合增速"
        "为21%。\n- 订单1.9亿单，同比增长42%。\n"
    )
    gpt = (
        "- Orders reached 190 million, up 42%.\n"
        "- The market is forecast to reach $3.4 billion by 2028 — a CAGR of 21%.\n"
    )
    c = compare([pasted("kimi", kimi), pasted("gpt", gpt)], doc, semantic=semantic)
    growth = next(g for g in c.groups if any("CAGR" in c.claim(x).text for x in g.claim_ids))
    assert {c.claim(x).model for x in growth.claim_ids} == {"kimi", "gpt"}
    # on the summary's sentence or the outlook's, never the rural 21% of orders
    assert {c.groundings[x].source_anchor for x in growth.claim_ids} <= {"p1s1", "p3s1"}
    assert not c.conflicts


@pytest.mark.parametrize("semantic", [False, True])
def test_a_year_only_one_answer_names_is_the_reports_own_when_both_took_its_figure(
    semantic: bool,
) -> None:
    """The report counts its front warehouses twice: 4,120 in its summary, 3,940 in its body.
    Kimi dates the body's count (截至2025年底); Doubao gives the summary's without a year, and
    the warehouses' floor space beside it. The year is the report's, no other subject: the two
    counts are one fact the report gives two ways, and the floor space another."""
    doc = report(
        ("核心发现", "前置仓数量达4,120个，总面积约86万平方米；平均履约时效缩短至28分钟。"),
        ("仓储网络", "截至2025年底，全国前置仓共3,940个，总面积约86万平方米，同比增长12.5%。"),
        ("履约", "即时零售订单平均履约时效为28分钟，较上年缩短6分钟。"),
        title="2025年中国即时零售报告",
    )
    doubao = "- 前置仓：数量达4,120个\n- 前置仓：总面积约86万平方米\n- 平均履约时效28分钟\n"
    kimi = "- 仓储方面，截至2025年底前置仓共有3940个\n- 平均履约时效缩短至28分钟\n"
    c = compare([pasted("doubao", doubao), pasted("kimi", kimi)], doc, semantic=semantic)
    count = next(g for g in c.groups if any("3940" in c.claim(x).text for x in g.claim_ids))
    assert dict(c.conflicts[count.id].values) == {"doubao": "4,120", "kimi": "3940"}


@pytest.mark.parametrize("semantic", [False, True])
def test_a_table_answer_s_signed_change_disputes_a_growth_and_no_share(semantic: bool) -> None:
    """DeepSeek's table gives the growth signed (+46%), Kimi says 64%: a dispute over the
    growth. Kimi's 64% is no other figure than the share of 18% the summary's sentence gives,
    and the summary restates the body (its "three years after" is no finding)."""
    doc = report(
        (
            "Executive summary",
            "Direct-to-consumer sales reached 1.1 million units, 18% of unit volume, three "
            "years after the rule took effect.",
        ),
        (
            "Channels",
            "Direct-to-consumer sales reached 1.1 million units in 2025, up 46% from 0.75 "
            "million, and took 18% of unit volume.",
        ),
        title="Home Fitness Equipment 2025",
    )
    deepseek = "| 指标 | 数值 | 同比变化 |\n| --- | --- | --- |\n| 直销销量 | 110万台 | +46% |\n"
    kimi = "1. 直销销量110万台，同比增长64%\n"
    c = compare([pasted("deepseek", deepseek), pasted("kimi", kimi)], doc, semantic=semantic)
    [conflict] = c.conflicts.values()
    assert dict(conflict.values) == {"deepseek": "46%", "kimi": "64%"}
    kimi_claim = next(x for x in c.claims if x.model == "kimi")
    assert "18%" not in (c.groundings[kimi_claim.id].reason or "")


def test_a_count_spelled_out_in_the_summary_is_no_finding_its_body_must_restate() -> None:
    """ "three years after the rule" in the summary's sentence: the body's sentence restates its
    1.1 million and 18% all the same, and claims borne out on either meet there."""
    doc = report(
        (
            "Executive summary",
            "Direct sales reached 1.1 million units, 18% of volume, three years on.",
        ),
        ("Channels", "Direct sales reached 1.1 million units in 2025 and took 18% of volume."),
    )
    ids = [s.id for _, s in doc.sentences()]
    assert echoed(doc, ids) == {ids[0]: ids[1]}


def test_a_share_ranked_by_its_growth_is_still_a_share() -> None:
    """ "份额增长最快（9.4%，+1.8个百分点）": the bracket holds the share and its change; set
    against another answer's 12.9% of the same firm, that is a dispute over the share."""
    doubao = "- **Voltra**：份额增长最快（9.4%，+1.8个百分点）\n"
    chatgpt = "- Voltra was the biggest gainer, now holding 12.9% of the market (+1.8 pts).\n"
    c = compare([pasted("doubao", doubao), pasted("chatgpt", chatgpt)], None, semantic=False)
    values = [dict(x.values) for x in c.conflicts.values()]
    assert {"doubao": "9.4%", "chatgpt": "12.9%"} in values, values
