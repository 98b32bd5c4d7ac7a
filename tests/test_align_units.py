"""Alignment read through how figures are written: energy and power in any script and scale,
forecasts under an outlook heading, measures used as labels, exact counts, and
one model's two bounds of one figure."""

from __future__ import annotations

import pytest

from summarizer.compare import Comparison, compare
from summarizer.compare.align import LINK, score_matrix
from summarizer.compare.figure_evidence import bounds_apart, restated_loosely
from summarizer.compare.kin import kin
from summarizer.compare.subjects import features
from summarizer.lang.claims import claims_from_markdown, make_claim
from summarizer.lang.name_pairs import NO_PAIRS
from tests.builders import pasted


def _groups(c: Comparison) -> list[set[str]]:
    return [{c.claim(cid).text for cid in g.claim_ids} for g in c.groups]


def _group_of(c: Comparison, text: str) -> set[str]:
    return next(g for g in _groups(c) if text in g)


@pytest.mark.parametrize("semantic", [False, True])
def test_energy_written_in_yi_kwh_and_twh_is_one_fact_and_no_conflict(semantic: bool) -> None:
    zh = "- 数据中心全年用电1,250亿千瓦时，同比增长21.4%。\n- 平均电价为每千瓦时0.68元。\n"
    en = (
        "- Data centres used 125 TWh of electricity (+21.4%).\n"
        "- Power averaged 0.68 yuan per kWh.\n"
    )
    c = compare([pasted("doubao", zh), pasted("chatgpt", en)], None, semantic=semantic)
    energy = _group_of(c, "数据中心全年用电1,250亿千瓦时，同比增长21.4%。")
    assert "Data centres used 125 TWh of electricity (+21.4%)." in energy
    assert not c.conflicts


@pytest.mark.parametrize("semantic", [False, True])
def test_a_forecast_under_an_outlook_heading_meets_the_forecast_it_restates(
    semantic: bool,
) -> None:
    """The English answer's forecast reads as one by its heading alone ("2027 outlook"), under
    a bold label ("**Homes:**") — it meets the Chinese "将超过", not a figure of now."""
    en = (
        "### Today\n- **Homes:** 21.6 million homes have fibre.\n\n"
        "### 2027 outlook\n- **Homes:** More than 30 million homes connected.\n"
        "- **Speed:** Average speeds above 500 Mbps.\n"
    )
    zh = "## 展望\n- 光纤入户家庭将超过3,000万户。\n- 平均网速有望超过500兆。\n"
    c = compare([pasted("chatgpt", en), pasted("kimi", zh)], None, semantic=semantic)
    assert _group_of(c, "光纤入户家庭将超过3,000万户。") == {
        "光纤入户家庭将超过3,000万户。",
        "More than 30 million homes connected.",
    }


@pytest.mark.parametrize("semantic", [False, True])
def test_a_label_that_names_a_measure_is_no_firm_apart(semantic: bool) -> None:
    """ "**库存比**" heads a fact about the regional warehouses as "**周转率**" does; it names no
    firm, so the 7.4% both give the warehouses is one fact."""
    doubao = (
        "- **区域仓**：共126座，同比增长8.2%。\n- **库存比**：由3.6降至3.1。\n"
        "- **周转率**：区域仓平均周转率7.4%，较上年提高0.6个百分点。\n"
    )
    qwen = (
        "1. **区域仓**：126座（+8.2%）。\n"
        "2. **库存比**：整体3.1，前置仓4.2；区域仓平均周转率7.4%。\n"
    )
    c = compare([pasted("doubao", doubao), pasted("qwen", qwen)], None, semantic=semantic)
    assert _group_of(c, "区域仓平均周转率7.4%，较上年提高0.6个百分点。") == {
        "区域仓平均周转率7.4%，较上年提高0.6个百分点。",
        "区域仓平均周转率7.4%。",
    }


def test_an_exact_count_is_one_fact_across_languages_with_little_else_in_common() -> None:
    """3,580万辆 and 35.8 million name the fleet in words that share nothing across the
    scripts; a count that exact is no coincidence, as 71% may be."""
    zh = "- 纯电动车保有量3,580万辆。\n- 换电柜覆盖率提升至71%。\n"
    en = "- With 35.8 million BEVs on the road.\n- 71% of riders commute daily.\n"
    c = compare([pasted("doubao", zh), pasted("chatgpt", en)], None, semantic=True)
    assert _group_of(c, "纯电动车保有量3,580万辆。") == {
        "纯电动车保有量3,580万辆。",
        "With 35.8 million BEVs on the road.",
    }
    assert _group_of(c, "换电柜覆盖率提升至71%。") == {"换电柜覆盖率提升至71%。"}


def test_one_model_bounding_a_figure_both_ways_states_two_facts() -> None:
    """A model says "nearly 80%" of the chargers and "more than 80%" of the money: two facts,
    not one restated; "about 72%" and "more than 80%" restate nothing either, where "93%" and
    "九成以上" do."""
    nearly, over, about, exact, loose = features(
        [
            make_claim("a", "gpt", "Nearly 80% of the chargers added were private."),
            make_claim("b", "gpt", "more than 80% of it from private capital"),
            make_claim("c", "gpt", "private chargers are about 72% of the total"),
            make_claim("d", "gpt", "93% of new homes have smart locks"),
            make_claim("e", "gpt", "九成以上的新房配有智能门锁"),
        ]
    )
    assert bounds_apart(nearly, over) and not bounds_apart(exact, loose)
    assert not restated_loosely(about, over) and restated_loosely(exact, loose)


def test_a_section_word_in_bold_is_no_firms_label() -> None:
    """ "**展望**" heads a section as "**优必选**" names a firm: only the firm is a label."""
    claims = claims_from_markdown(
        "qwen", "1. **优必选**：份额15.8%。\n2. **展望**：2026年规模预计8,950亿元。"
    ) + claims_from_markdown(
        "doubao", "- 优必选份额约16%。\n\n### 2026年展望\n- 规模将达8,950亿元。"
    )
    labels = {c.text: f.label for c, f in zip(claims, features(claims), strict=True)}
    assert labels["优必选：份额15.8%。"] == "优必选"
    assert labels["2026年规模预计8,950亿元。"] == ""


def test_a_clause_split_off_its_sentence_keeps_the_year_and_the_forecast_it_opened_with() -> None:
    [first, rest] = claims_from_markdown(
        "gemini", "报告预计2026年市场规模将接近9,000亿元，增速维持在14%左右。"
    )
    assert rest.text.startswith("增速维持在14%左右")
    f = features([first, rest])[1]
    assert f.years == {2026.0} and f.ahead


def test_a_labelled_bullet_and_its_conclusion_line_are_one_fact() -> None:
    """qwen's "**全屋智能**：规模520亿元，同比增长31.5%" says what its 总结 line's
    "全屋智能（+31.5%）" repeats: one fact, with the others' — not a bullet of its own."""
    qwen = (
        "1. **全屋智能**：规模520亿元，同比增长31.5%，为增长最快的细分领域。\n"
        "2. **下沉市场**：三线及以下城市占比升至31.2%。\n\n"
        "**总结**：全屋智能（+31.5%）和下沉市场（31.2%）是主要增量。\n"
    )
    doubao = "- 全屋智能市场规模达520亿元，同比增长31.5%。\n- 下沉市场占比升至31.2%。\n"
    c = compare([pasted("qwen", qwen), pasted("doubao", doubao)], None, semantic=False)
    assert _group_of(c, "全屋智能市场规模达520亿元，同比增长31.5%。") == {
        "规模520亿元，同比增长31.5%，为增长最快的细分领域。",
        "全屋智能（+31.5%）",
        "全屋智能市场规模达520亿元，同比增长31.5%。",
    }


@pytest.mark.parametrize("semantic", [False, True])
def test_a_clause_split_off_after_a_place_is_that_places_and_no_firms(semantic: bool) -> None:
    """ "装机量增长41%" split off "巴西占6%，…" is Brazil's growth: no disagreement with the
    growth of 64% three answers give a firm under its bold label."""
    kimi = "- 巴西占6%，装机量增长41%。\n- 远景能源份额7.9%。\n"
    qwen = "- **远景能源**：份额7.9%，装机量同比增长64%，海外收入占比52%。\n"
    doubao = "- **远景能源**：增长最快的头部企业，装机量同比增长64%，海外收入占比52%。\n"
    gemini = (
        "* **Envision (远景能源)**: 7.9% share, with installations up 64%.\n* Brazil grew 41%.\n"
    )
    answers = {"kimi": kimi, "qwen": qwen, "doubao": doubao, "gemini": gemini}
    c = compare([pasted(m, t) for m, t in answers.items()], None, semantic=semantic)
    assert not any("64%" in t for t in _group_of(c, "装机量增长41%"))
    assert not c.conflicts, c.conflicts


@pytest.mark.parametrize("semantic", [False, True])
def test_a_rate_that_applies_from_a_later_year_is_no_past_figure(semantic: bool) -> None:
    """ "（2027年起升至20%）" says what the rate goes to: it agrees with "由10%升至20%" and is
    no past figure to set against the 10% it came from."""
    doubao = "- 欧盟进口关税将于2027年由10%升至20%。\n"
    gemini = "- 出口仍是主线，但要留意欧盟关税（2027年起升至20%）。\n"
    kimi = "- 欧盟关税将从10%提高到20%。\n"
    answers = {"doubao": doubao, "gemini": gemini, "kimi": kimi}
    c = compare([pasted(m, t) for m, t in answers.items()], None, semantic=semantic)
    assert len(c.groups) == 1 and not c.conflicts, c.conflicts


@pytest.mark.parametrize("semantic", [False, True])
def test_a_single_latin_letter_is_no_name_that_sets_a_labelled_claim_apart(semantic: bool) -> None:
    """ "C端" (the consumer side) names no one: the bold label stays the claim's firm, and its
    share meets the same firm's share in another answer's list."""
    doubao = "- **字节跳动**：份额15.2%，在C端用户中增长最快\n- **阿里**：份额30.1%，位居第一\n"
    qwen = "1. 厂商份额：阿里30.1%，字节跳动15.2%，京东12.2%\n"
    c = compare([pasted("doubao", doubao), pasted("qwen", qwen)], None, semantic=semantic)
    assert _group_of(c, "厂商份额：字节跳动15.2%") == {
        "字节跳动：份额15.2%，在C端用户中增长最快",  # the label names whose share
        "厂商份额：字节跳动15.2%",
    }


def test_one_models_two_claims_sharing_only_their_label_are_not_one_fact_twice() -> None:
    """ "用户结构：已经过半" and "用户结构：占比升至58.3%" share the label's words and a figure the
    first bounds loosely; nothing else says they are one fact, so a group may not hold both (a
    chain through them once made 52.6% and 58.3% one disputed fact)."""
    md = (
        "## 用户\n- **用户结构**：已经过半\n- **用户结构**：占比升至58.3%\n"
        "- **出行**：国内游人次增长12%\n"
    )
    claims = claims_from_markdown("kimi", md)
    assert [c.text for c in claims][:2] == ["用户结构：已经过半", "用户结构：占比升至58.3%"]
    feats = features(claims, NO_PAIRS)
    assert not kin(feats[0], feats[1])


def test_a_label_is_not_put_on_a_text_whose_subject_a_phrase_describes() -> None:
    """ "提前7天以内下单的订单占比为58.3%" opens with a verb, but the verb describes its subject
    (…下单的订单): the bullet's topic label is not its subject."""
    md = "## 用户\n- **用户结构**：提前7天以内下单的订单占比为58.3%。\n"
    assert [c.text for c in claims_from_markdown("kimi", md)] == [
        "提前7天以内下单的订单占比为58.3%。"
    ]


def test_a_close_figure_and_a_measure_word_are_no_shared_fact() -> None:
    """ "约45%" of an indoor market and 46.2% of skiers who are women: close figures, and 占 in
    both — a word that only relates a figure, no subject they share. Not one fact."""
    claims = [
        make_claim("d#1", "doubao", "热雪奇迹占室内市场约45%。"),
        make_claim("q#1", "qwen", "女性滑雪者占比46.2%"),
    ]
    scores, _, _ = score_matrix(claims, semantic=False)
    assert scores[0, 1] < LINK
