"""Grounding figures a faithful claim writes differently from the report: a count the report spells
out, a range whose ends the claim states in digits. A faithful translation is never flagged."""

from __future__ import annotations

import pytest

from summarizer.compare.ground import Grounding, ground
from summarizer.document import Block, Document, attach_translation, build_document
from summarizer.fetch.markdown import markdown_blocks
from summarizer.lang.claims import claims_from_markdown, make_claim
from summarizer.render.reasons import reason_in
from tests.builders import report

ENGLISH = [
    "Our panel covered firms of every size, from workshops of seven people to groups with "
    "more than 80,000 staff.",
    "Cloud spending per engineer rose to $4,100 in 2026.",
]
CHINESE = [
    "本次调查覆盖各种规模的企业，从7人的作坊到员工超过80,000人的集团。",
    "2026年每名工程师的云支出升至4,100美元。",
]


def panel(with_chinese: bool) -> Document:
    def build(texts: list[str], heading: str) -> Document:
        blocks = [Block("heading", heading, level=2), *(Block("text", t) for t in texts)]
        return build_document(blocks, title="Panel", source="test", kind="markdown")

    doc = build(ENGLISH, "Panel")
    return attach_translation(doc, build(CHINESE, "样本")) if with_chinese else doc


def one_paragraph(text: str) -> Document:
    return report(("Findings", text), title="Panel")


def grounding(text: str, doc: Document, evidence: str | None = None) -> Grounding:
    return ground([make_claim("c", "m", text, evidence=evidence)], doc)["c"]


def test_a_count_the_report_spells_out_is_stated() -> None:
    english_only = panel(with_chinese=False)
    g = grounding(CHINESE[0], english_only)
    assert g.status not in ("unsupported", "contradicted"), g.reason
    g = grounding("The panel ranged from workshops of 7 people to large groups.", english_only)
    assert g.status not in ("unsupported", "contradicted"), g.reason


def test_a_count_spelled_beside_another_is_the_claims_not_a_contradiction() -> None:
    """The sentence spells out eight ships and twelve months: a claim of 8 ships is what it
    says; one of 9 is not."""
    doc = one_paragraph(
        "Ports report a shortage of eight heavy-lift ships unless orders are placed within the"
        " next twelve months, and rates rose 29% in two years."
    )
    assert grounding("The shortage is 8 heavy-lift ships.", doc).status == "supported"
    assert grounding("重型吊装船缺口为8艘。", doc).status not in ("unsupported", "contradicted")
    assert grounding("The shortage is 9 heavy-lift ships.", doc).status != "supported"


def test_over_half_is_borne_out_by_a_share_well_over_half() -> None:
    """过半 is any share over half (56% of new capacity is "占比过半"); 刚刚过半 stays near 50%."""
    doc = one_paragraph("The coastal region added 4.8 GW, 56% of all new capacity.")
    assert grounding("沿海地区新增4.8吉瓦，占比过半。", doc).status == "supported"
    assert grounding("沿海地区新增4.8吉瓦，占比刚刚过半。", doc).status == "contradicted"


def test_a_faithful_translation_with_its_quote_is_not_contradicted_by_the_quote() -> None:
    """The quote says "seven" and "more than 80,000"; the claim's 80,000 is the quote's own, so
    the claim's 7 has no other figure of the quote to disagree with."""
    g = grounding(CHINESE[0], panel(with_chinese=False), evidence=ENGLISH[0])
    assert g.status != "contradicted", g.reason


def test_a_wrong_figure_against_its_own_quote_is_still_contradicted() -> None:
    g = grounding(
        "2026年每名工程师的云支出升至4,700美元。", panel(with_chinese=False), evidence=ENGLISH[1]
    )
    assert g.status == "contradicted" and "4,100" in g.reason


def test_a_date_is_one_figure_in_either_language() -> None:
    """8月4日 is August 4, not a claim of 8 against the report's 4."""
    english = "The panel ran from August 4 to September 12, 2026, and 7 firms left it."
    doc = one_paragraph(english)
    right = grounding("调查于2026年8月4日至9月12日进行，有7家企业退出。", doc, evidence=english)
    assert right.status != "contradicted", right.reason
    wrong = grounding("调查于2026年8月14日至9月12日进行，有7家企业退出。", doc, evidence=english)
    assert wrong.status == "contradicted" and "August 4" in wrong.reason


def test_a_hyphenated_region_is_one_name() -> None:
    text = "Adoption is highest in North America, at 71%, compared with 54% in Asia-Pacific."
    doc = one_paragraph(text)
    assert grounding("Adoption: Asia-Pacific 54%.", doc).status == "supported"
    swapped = grounding("Adoption: Asia-Pacific 71%.", doc)
    assert swapped.status == "contradicted", swapped.reason


def test_months_are_no_figures() -> None:
    text = "We surveyed 900 firms between June 2 and July 18, 2026."
    doc = one_paragraph(text)
    g = grounding("2026年6月至7月间调查了900家企业。", doc)
    assert g.status not in ("unsupported", "contradicted"), g.reason


def test_a_chinese_claim_finds_the_sentence_that_says_its_words_when_a_figure_repeats() -> None:
    doc = report(
        ("Clouds", "Multicloud is the norm: 71% of organisations use two providers."),
        ("Regions", "Use of commitment discounts is highest in North America, at 71%."),
    )
    discounts = grounding("承诺折扣使用率：北美71%", doc)
    multicloud = grounding("71%的组织使用两家云服务商", doc)
    assert discounts.source_quote and "commitment discounts" in discounts.source_quote
    assert multicloud.source_quote and "Multicloud" in multicloud.source_quote


def test_a_month_written_short_is_no_other_name() -> None:
    doc = one_paragraph("Answers were collected Sept. 9-30, 2025, from 812 members.")
    g = grounding("Answers were collected September 9-30, 2025, from 812 members.", doc)
    assert g.status != "contradicted", g.reason


def test_the_us_is_the_united_states() -> None:
    doc = one_paragraph(
        "Heat pumps outsold furnaces, 4.6 million to 3.3 million, in the United States."
    )
    g = grounding("The US shipped 4.6 million heat pumps versus 3.3 million furnaces.", doc)
    assert g.status != "contradicted", g.reason
    swapped = grounding("Canada shipped 4.6 million heat pumps versus 3.3 million furnaces.", doc)
    assert swapped.status in ("contradicted", "unsupported"), swapped.reason


TRAINING = one_paragraph(
    "Adoption reached 63.3% of clinics, up 11.3 percentage points from last year. "
    "Clinics with a data team spent 8.9% of revenue on software, against 2.1% for the rest. "
    "Of the total spend, idle licences made up 41%. "
    "Separately, 44% of rural clinics said they lacked trained staff."
)


def test_a_figure_written_two_ways_or_worked_out_is_not_flagged() -> None:
    for text in (
        "Nearly two-thirds of clinics (63.3%) have adopted the tools.",  # a gloss of 63.3%
        "Adoption rose 11.3 points from last year.",  # points: the report's percentage points
        "有数据团队的诊所软件投入是其他诊所的四倍多。",  # 8.9% / 2.1%: a ratio worked out
    ):
        assert grounding(text, TRAINING).status not in ("unsupported", "contradicted"), text


def test_a_multiple_no_two_figures_give_is_still_new() -> None:
    assert grounding("Clinics with a data team spent 10 times as much.", TRAINING).status in (
        "unsupported",
        "contradicted",
    )


def test_a_wrong_figure_is_not_supported_by_the_same_number_about_something_else() -> None:
    g = grounding("Idle licences made up 44% of the total spend.", TRAINING)
    assert g.status == "contradicted" and "41%" in g.reason


def test_over_half_is_not_borne_out_by_another_facts_figure_when_its_own_says_less() -> None:
    """The passage on the claim's subject gives 44.6%; "超过一半" is not supported by the 54.9%
    of a sentence about something else."""
    doc = report(
        ("会员割裂", '44.6%的受访者认为"不同平台的会员不能通用"是使用中最大的困扰。'),
        ("价格上涨", "39.0%的受访者不满续费涨价。"),
        ("退订困难", "33.1%的受访者认为退订流程过于复杂，在60岁及以上受访者中这一比例高达54.9%。"),
    )
    g = grounding("超过一半的受访者认为不同平台之间会员无法通用是最大痛点", doc)
    assert g.status != "supported", g.source_quote
    assert g.source_quote and "会员不能通用" in g.source_quote


def test_a_share_and_a_count_in_one_sentence_and_nearly_half() -> None:
    doc = one_paragraph(
        "Sales in Malaysia rose 64% to 280,000 units last year. Range anxiety was the most "
        "cited barrier, named by 46% of non-owners."
    )
    for text in (
        "马来西亚销量增长64%，达到28万辆",  # 64% and 280,000: two figures, not a range
        "Malaysian sales grew 64% to 280,000 units.",
        "近一半的非车主担心续航",  # 近一半 is said of 46%
    ):
        assert grounding(text, doc).status not in ("unsupported", "contradicted"), text
    wrong = grounding("马来西亚销量增长64%，达到38万辆", doc)
    assert wrong.status in ("unsupported", "contradicted")


def test_a_loose_chinese_figure_finds_the_english_sentence_that_bears_it_out() -> None:
    doc = one_paragraph(
        "Chinese brands together held 32% of regional sales, up from 24% in 2022. "
        "VinFast held 41% of the Vietnamese market."
    )
    assert grounding("中国品牌合计拿下了约三分之一的区域销量", doc).status == "supported"
    # a loose figure that only a sentence on something else bears out is no support
    assert grounding("充电桩的覆盖率约为四成", doc).status != "supported"
    # the dictionary's 中国 (China) is what "Chinese" says, as a name's people do
    makers = one_paragraph("Chinese suppliers took roughly 46% of global shipments.")
    assert grounding("中国厂商合计占全球出货量的近一半", makers).status == "supported"


def test_a_growth_in_percent_is_also_the_multiple_it_makes() -> None:
    doc = one_paragraph("Heavy-truck sales reached 186,000 units in 2025, up 126% year on year.")
    assert grounding("重卡销量同比增长126%，达到18.6万辆", doc).status == "supported"
    wrong = grounding("重卡销量达到18.6万辆，比上一年翻了两番", doc)  # 4x, where 126% is 2.26x
    assert wrong.status in ("contradicted", "unsupported"), wrong
    zh = one_paragraph("2025年重卡销量达到18.6万辆，同比增长126%。")
    assert grounding("重卡销量达到18.6万辆，比上一年翻了两番", zh).status == "unsupported"
    # "more than doubled" is how people say 126%: never contradicted by it
    for loose in ("重卡销量达到18.6万辆，增长了一倍多", "重卡销量达到18.6万辆，比上一年翻了一番"):
        assert grounding(loose, zh).status not in ("contradicted", "unsupported"), loose
    # and a round multiple, or one "and more" (翻番有余), is borne out by it
    for said in ("重卡销量达到18.6万辆，实现翻番", "重卡销量达到18.6万辆，比上一年翻番有余"):
        assert grounding(said, zh).status == "supported", said


def test_about_a_tenth_is_said_of_eleven_percent() -> None:
    doc = one_paragraph("Penetration reached 22.3% in 2025, up from 11.2% in 2024.")
    zh = one_paragraph("渗透率达到22.3%，而2024年仅为11.2%。")
    for source in (doc, zh):
        right = grounding("渗透率从2024年的约一成提升到22.3%", source)
        assert right.status not in ("contradicted", "unsupported"), right
    wrong = grounding("渗透率从2024年的约三成提升到22.3%", zh)
    assert wrong.status in ("contradicted", "unsupported"), wrong


@pytest.mark.parametrize(
    ("report_text", "claim", "expected"),
    [
        # last year's figure told as this year's, in either language
        (
            "港口的平均等待时间为9小时，去年为14小时，明显缩短。",
            "港口平均等待时间为14小时。",
            "contradicted",
        ),
        (
            "This year 64% of members renewed, compared with 58% last year.",
            "58% of members renewed.",
            "contradicted",
        ),
        (
            "This year 64% of members renewed, compared with 58% last year.",
            "会员续费率为58%。",
            "contradicted",
        ),
        # a claim that places the figure in the past itself, or gives the change, is right
        (
            "港口的平均等待时间为9小时，去年为14小时，明显缩短。",
            "去年港口平均等待时间为14小时。",
            "supported",
        ),
        (
            "This year 64% of members renewed, compared with 58% last year.",
            "Renewals rose from 58% to 64%.",
            "supported",
        ),
        # a figure compared with another place's is no earlier one
        (
            "Renewals are highest in Oslo, at 71%, compared with 54% in Bergen.",
            "Renewals in Bergen: 54%.",
            "supported",
        ),
    ],
)
def test_last_years_figure_told_as_this_years_is_contradicted(
    report_text: str, claim: str, expected: str
) -> None:
    g = grounding(claim, one_paragraph(report_text))
    assert g.status == expected, g.reason
    if expected == "contradicted":
        assert "earlier figure" in g.reason and "是此前的数字" in reason_in(g.reason, "zh")


def test_a_loose_figure_glossed_by_an_approximate_one_is_not_held_against_the_claim() -> None:
    doc = one_paragraph("约61%的营地愿意为稳定的电力供应多付5%–10%的费用。")
    g = grounding("超过一半（约61%）的营地愿为稳定供电多付5%–10%。", doc)
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("通勤时间平均为47分钟，比2024年多了6分钟。", "supported"),
        ("Average commutes reached 47 minutes, 6 more than in 2024.", "supported"),
        ("公交出行占比38%，上升4个百分点。", "supported"),
        ("通勤时间平均为47分钟，比2024年多了9分钟。", "unsupported"),
        ("公交出行占比38%，上升6个百分点。", "unsupported"),
    ],
)
def test_a_change_the_claim_works_out_from_two_figures_of_a_sentence_is_there(
    claim: str, status: str
) -> None:
    """47 minutes, up from 41: "多了6分钟" is the report's, worked out; 9 minutes is not."""
    doc = one_paragraph(
        "The average commute took 47 minutes in 2025, up from 41 minutes in 2024. "
        "Public transport carried 38% of commuters, against 34% a year earlier. "
        "Metro systems opened 6 new lines."  # a 6 of its own: the change is still worked out
    )
    g = grounding(claim, doc)
    assert g.status == status, g.reason


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_figure_a_share_rose_from_is_the_past(lang: str) -> None:
    """ "Its share rose to 14.9% from 13.1%": a claim that gives 13.1% as the share now gives
    last year's figure."""
    doc = one_paragraph(
        "Hexa Grid (海克斯电网) is the third operator. Its share rose to 14.9% from 13.1%."
    )
    claim = "Hexa Grid holds a 13.1% share." if lang == "en" else "海克斯电网的份额为13.1%。"
    g = grounding(claim, doc)
    assert g.status == "contradicted" and "14.9%" in g.reason, g.reason


def test_a_claim_whose_figures_are_in_its_passage_says_what_that_passage_lacks() -> None:
    """ "Euromonitor forecasts … 7.5%": the figures are in the passage, the name is not — the
    reason says so, not that the figures are elsewhere. "CAGR" is there, written out."""
    doc = one_paragraph(
        "We forecast the market will reach RMB 98 billion by 2030, a compound annual growth "
        "rate of about 7.5% from 2025."
    )
    g = grounding("Euromonitor forecasts RMB 98 billion by 2030, about 7.5% a year.", doc)
    assert g.status == "unverified" and "does not name Euromonitor" in g.reason, g.reason
    assert "段落并未提及 Euromonitor" in reason_in(g.reason, "zh")
    g = grounding("Market forecast to reach RMB 98 billion by 2030 (CAGR ~7.5%).", doc)
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Velto holds 11% of the market.", "supported"),
        ("Velto holds 13% of the market.", "contradicted"),
    ],
)
def test_a_sentence_that_refers_back_is_about_the_firm_named_before_it(
    claim: str, status: str
) -> None:
    """ "Velto relies on low prices. Its share was 11%, down from 13%": the share is Velto's, 13%
    is last year's, and the sentence quoted as the evidence is the one that states them."""
    doc = report(
        ("Market", "The robot vacuum market grew 12% in 2025. The market remains concentrated."),
        ("Arlo", "Arlo (阿洛), known for its mop-focused designs, held 9% of the market."),
        (
            "Velto",
            "**Velto (维尔拓)** relies on low prices and its smart-home ecosystem. Its share was "
            "11%, down from 13% in 2024. Its best-selling model retailed at ¥1,699.",
        ),
        title="Robot vacuums 2025",
    )
    g = grounding(claim, doc)
    assert g.status == status, g.reason
    assert g.source_quote and g.source_quote.startswith("Its share was 11%"), g.source_quote


def test_the_sentence_that_says_the_whole_claim_outranks_a_short_one_sharing_a_few_words() -> None:
    doc = one_paragraph(
        "The median company spends $39 per developer per month on AI tools, up from $19 in "
        "2025. Chinese companies spend less per developer. Their median is ¥120 per developer "
        "per month, or about $17."
    )
    g = grounding("Companies spend a median of $45 per developer per month on AI tools.", doc)
    assert g.status == "contradicted" and "$39" in g.reason, g.reason


def test_a_bound_is_borne_out_past_it_and_a_count_written_as_a_word() -> None:
    doc = one_paragraph(
        "Households whose streaming services exceed their budget at the same time: towns 58%, "
        "cities 64%, metros 70%. "
        "Most households now stack services: 74% pay for two or more streaming services, "
        "and 31% pay for three or more."
    )
    # 超过七成 is the 74% past it, not the 70% it only reaches; 超过 is no word to find
    loose = grounding("超过七成的家庭已经同时订阅两家或以上的流媒体服务", doc)
    assert loose.status == "supported" and "two or more" in (loose.source_quote or "")
    # "2个及以上" is the report's "two or more": every figure stands in that sentence
    exact = grounding("74%的家庭订阅了2个及以上的流媒体服务", doc)
    assert exact.status == "supported" and "two or more" in (exact.source_quote or ""), exact.reason


def test_a_misquote_beside_a_figure_few_sentences_hold_is_contradicted_without_a_name() -> None:
    doc = one_paragraph(
        "The Nordic markets grew fastest. Exports to the five Nordic markets grew 23.4% to "
        "US$6.1 billion. Women made up 31.5% of the sales staff."
    )
    wrong = grounding("北欧五国出口增长25.4%，达61亿美元，为增长最快的市场", doc)
    assert wrong.status == "contradicted" and "23.4%" in wrong.reason, wrong.reason
    right = grounding("北欧五国出口增长23.4%，达61亿美元，为增长最快的市场", doc)
    assert right.status == "supported", right.reason
    # a past figure the claim compares with is no misquote of the one the sentence holds
    past = grounding("女性销售人员占31.5%，高于上年的27.9%", doc)
    assert past.status != "contradicted", past.reason


def test_a_wrong_figure_is_set_against_the_reports_figure_of_now_not_last_years() -> None:
    md = (
        "## Studios\n\n| Studio | 2024 share | 2025 share |\n|---|---|---|\n"
        "| Papergames (叠纸) | 8.6% | 9.8% |\n| Hypergryph (鹰角) | 3.5% | 3.2% |\n"
    )
    table = build_document(markdown_blocks(md), title="Games", source="test", kind="markdown")
    wrong = (("Papergames holds 8.9%.", "9.8%"), ("Hypergryph's share was 3.6%.", "3.2%"))
    for claim, now in wrong:
        g = grounding(claim, table)
        assert g.status == "contradicted" and f"says {now}" in g.reason, (claim, g.reason)


# A Chinese market report with a table, for the English and Chinese claims below.
BIKES = build_document(
    markdown_blocks(
        "## 渠道\n\n2025年，线上渠道销量占比为63.4%，较2024年的66.0%下降2.6个百分点，"
        "门店渠道占比回升至36.6%。\n\n"
        "## 区域\n\n华东地区占比29.8%，继续位居第一；华北、西南、华中地区分别占16.1%、12.7%和9.9%。"
        "增速方面，西南地区同比增长24.3%，为全国最快。\n\n"
        "## 品牌\n\n| 排名 | 品牌 | 市场份额 | 同比变化 |\n| --- | --- | --- | --- |\n"
        "| 1 | 雅迪 | 26.2% | +0.4个百分点 |\n| 2 | 新日 | 17.5% | +3.1个百分点 |\n\n"
        '## 痛点\n\n41.7%的车主认为"电池不能通用"是使用中最大的困扰。\n'
    ),
    title="两轮电动车",
    source="test",
    kind="markdown",
)


@pytest.mark.parametrize("claim", ["Online's share rose to 63.4% of sales", "线上占比升至63.4%"])
def test_a_level_the_report_says_fell_from_last_years_is_not_a_rise(claim: str) -> None:
    """The clause that gives the figure goes on to say it fell ("较2024年的66.0%下降…"); that the
    next clause says another channel rose does not make the sentence go both ways."""
    g = grounding(claim, BIKES)
    assert g.status == "contradicted" and "下降" in g.reason, g.reason


def test_points_are_the_tables_percentage_points_not_its_rank() -> None:
    g = grounding("Xinri gained the most share (+3.1 points)", BIKES)
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Southwest China grew fastest (+24.3%)", "supported"),
        ("East China accounts for 29.8% of sales", "supported"),
        ("North China accounts for 29.8% of sales", "contradicted"),
    ],
)
def test_chinas_regions_are_read_by_the_compass(claim: str, status: str) -> None:
    assert grounding(claim, BIKES).status == status


@pytest.mark.parametrize("claim", ["电池通用性差（41.7%）", "电池通用（41.7%）仍是最大短板"])
def test_a_claim_that_finds_a_thing_wanting_agrees_with_a_report_that_denies_it(
    claim: str,
) -> None:
    assert grounding(claim, BIKES).status == "supported"
    assert grounding("41.7%的车主认为电池可以通用", BIKES).status == "contradicted"


TEA = report(
    (
        "品牌",
        "蜜雪冰城门店4.6万家，营收份额为21.4%，全年同店销售额同比下降2%，但份额仍领先古茗。"
        "古茗门店9,900家，营收份额为20.8%。",
    ),
    ("渠道", "2025年外卖订单占现制茶饮订单总量的47%，2024年这一比例为41%。"),
    ("城市", "2025年新开门店中，58%位于三线及以下城市。"),
)


def test_higher_than_another_brand_is_no_rise() -> None:
    """ "略高于古茗" compares two brands: a fall in same-store sales is no answer to it."""
    assert grounding("蜜雪冰城营收份额21.4%，略高于古茗", TEA).status == "supported"


def test_a_figure_the_report_never_states_is_contradicted_by_its_subjects_own() -> None:
    g = grounding("Delivery now accounts for 57% of tea-drink orders.", TEA)
    assert g.status == "contradicted" and "47%" in g.reason, g.reason


def test_a_tier_is_no_name() -> None:
    g = grounding("58% of new stores opened in tier-3 and lower cities.", TEA)
    assert g.status == "supported", g.reason


SCOOTERS = report(
    (
        "India",
        "Outside China, the leaders are regional: in India Ather Energy and River Mobility are "
        "almost level at 18.4% and 17.9%.",
    ),
    ("Europe", "Europe sold 5.8 million units, down 2.4%."),
)


def test_names_then_their_figures_in_the_same_order_are_not_the_last_names_figures() -> None:
    g = grounding("Ather（18.4%）与River（17.9%）几乎持平", SCOOTERS)
    assert g.status != "contradicted", g.reason


FUNDING = report(
    (
        "资本",
        "2025年全行业共完成融资61起，融资总额约341亿元，同比增长88%。"
        "其中单笔超过10亿元的项目有9个，头部五家企业拿走了约46%的资金。",
    ),
    title="融资",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年融资总额超过三百亿元", "supported"),  # 341亿: a bound as summaries round it
        ("头部五家企业拿走了超过四成的资金", "supported"),  # 46%
        ("头部五家企业拿走了不到一半的资金", "supported"),
        ("头部五家企业拿走了超过六成的资金", "contradicted"),  # the wrong side of its bound
    ],
)
def test_a_bound_is_borne_out_by_a_figure_past_it(text: str, expected: str) -> None:
    assert grounding(text, FUNDING).status == expected, grounding(text, FUNDING).reason


def test_a_bound_meets_the_sentence_whose_figure_lies_nearest_past_it() -> None:
    """Across languages the figures decide the sentence: "over a third" is the 36.2% who feel
    more productive, not the 39.5% who would quit, though both lie just past a third."""
    doc = report(
        (
            "Mandates",
            "Office mandates are spreading. Most firms now set a minimum number of office "
            "days per week. Staff are far from happy: 39.5% of fully remote staff said they "
            "would quit if made to come back every day.",
        ),
        (
            "Productivity",
            "Opinion on productivity is split. Among employees who work at least partly from "
            "home, 36.2% say they are more productive than in the office, 45.0% see no "
            "difference and 18.8% say they get less done.",
        ),
        title="Remote work",
    )
    g = grounding("超过三分之一的员工认为远程办公效率更高", doc)
    assert g.status == "supported", g.reason
    assert "36.2%" in (g.source_quote or ""), g.source_quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年融资总额三百多亿元", "supported"),  # 341亿: 300-400亿
        ("头部五家企业拿走了四成多的资金", "supported"),  # 46%: 40-50%
        ("头部五家企业拿走了三成多的资金", "contradicted"),
    ],
)
def test_a_figure_and_some_more_spans_up_to_the_next_step(text: str, expected: str) -> None:
    assert grounding(text, FUNDING).status == expected, grounding(text, FUNDING).reason


def test_a_bound_borne_out_is_no_other_figure_of_its_owner() -> None:
    doc = report(
        (
            "互联",
            "48.2%的受访者认为不同品牌的设备不能互联是最大的困扰。"
            "各大生态仍以自有协议为主，支持Matter协议的在售新品占比仅为13.8%。",
        ),
        title="智能家居",
    )
    g = grounding("支持Matter协议的新品占比超过一成", doc)
    assert g.status == "supported", g.reason


CHARGERS = report(
    (
        "规模",
        "截至2025年底，全国换电站累计达到5,120座，同比增长41.3%。"
        "其中，城市换电站3,870座，同比增长28.6%，增速较2024年的52.9%明显回落。",
    ),
    (
        "使用",
        "全国换电站日均服务车次为118次，较2024年提高9次。",
    ),
    (
        "2026年展望",
        "预计2026年换电站数量将突破8,000座。参与电网调峰的换电站有望突破1,000座。",
    ),
    title="换电",
)


def test_a_bound_is_not_borne_out_by_last_years_figure() -> None:
    """超过四成 is the 28.6% this year, not the 52.9% of 2024 the sentence compares with — nor
    the 41.3% of all stations in the sentence before."""
    g = grounding("城市换电站同比增长超过四成", CHARGERS)
    assert g.status != "supported", g.source_quote


@pytest.mark.parametrize("text", ["全国换电站累计将达到8,000座", "换电站有望累计达到8,000座以上"])
def test_a_forecast_meets_the_forecast_that_states_it(text: str) -> None:
    """Not the count of now its words are closer to ("全国换电站累计达到5,120座")."""
    g = grounding(text, CHARGERS)
    assert g.status == "supported", g.reason
    assert "8,000" in (g.source_quote or ""), g.source_quote


def test_a_forecast_is_no_other_figure_for_a_bound_of_another_forecast() -> None:
    """Below "有望突破1,000座" (closer in words), "将突破8,000座" states the claim's own bound."""
    g = grounding("参与调峰的换电站将突破8,000座", CHARGERS)
    assert g.status != "contradicted", g.reason


def test_two_stated_facts_joined_in_one_line_add_nothing_unsaid() -> None:
    g = grounding("城市换电站（+28.6%）和日均服务车次（118次）是两大亮点", CHARGERS)
    assert g.status not in ("unsupported", "contradicted"), g.reason


@pytest.mark.parametrize(
    "source",
    [
        "石头科技以41%的全球销售额份额继续位居第一，但份额较2024年的46%有所下滑。",
        "Roborock kept first place with 41% of global sales, although its share slipped from "
        "46% in 2024 as new rivals entered Europe.",
    ],
)
def test_a_loose_figure_is_not_borne_out_by_last_years(source: str) -> None:
    """近五成 is not the 46% of 2024 the sentence compares with: the share now is 41%."""
    doc = report(("份额", source), title="扫地机器人")
    g = grounding("石头科技占据了近五成的全球销售额份额", doc)
    assert g.status != "supported", g.source_quote
    g = grounding("石头科技占据了约四成的全球销售额份额", doc)
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("The market is approaching $50 billion.", "supported"),
        ("Sales are nearing 50 billion dollars.", "supported"),
        ("The market is worth upwards of $50 billion.", "contradicted"),
    ],
)
def test_approaching_a_figure_bounds_it_from_below(claim: str, status: str) -> None:
    """ "approaching $50 billion" is what $48.6 billion is, as "nearly" is; "upwards of" it is
    not."""
    doc = one_paragraph("The global market for industrial robots reached $48.6 billion in 2026.")
    assert grounding(claim, doc).status == status


def test_a_short_clause_is_found_by_its_own_words_as_well_as_its_openers() -> None:
    """ "中东出口翻了一番" was split off a sentence that opened on something else ("海外市场是另
    一大亮点"): the opener's words help find a clause that needs them, but must not hide the
    sentence that states the clause itself."""
    doc = report(
        ("产值", "储能电芯出货量385 GWh，同比增长52%，其中海外出货占比43.5%。"),
        (
            "海外市场",
            "2025年中国储能产品出口额达到1,320亿元，同比增长58%。从出口目的地看，欧洲占27%，"
            "中东占22%，美国占19%。受关税政策影响，对美国出口同比下降12%；而对中东出口同比增长"
            "超过一倍，沙特、阿联酋的大型储能项目是主要拉动。",
        ),
        title="储能产业报告",
    )
    claims = claims_from_markdown(
        "gemini", "海外市场是另一大亮点，出口额增长近六成，中东出口翻了一番。"
    )
    middle_east = next(c for c in claims if c.text.startswith("中东"))
    g = ground(claims, doc)[middle_east.id]
    assert g.status == "supported", g.reason


TWO_GROUPS = (
    "Subscriptions now drive the business. 64% of listeners pay for at least one streaming "
    "service, while only 29% of podcast producers earn any subscription revenue.",
    "Advertising revenue grew 11% to USD 4.2 billion.",
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("More than half of podcast producers earn subscription revenue.", "contradicted"),
        ("超过一半的播客制作者获得了订阅收入", "contradicted"),
        ("More than half of listeners pay for a streaming service.", "supported"),
        ("超过一半的听众至少付费订阅一项流媒体服务", "supported"),
    ],
)
def test_a_bound_is_read_against_the_figure_of_its_own_groups_clause(
    claim: str, status: str
) -> None:
    """ "64% of listeners …, while only 29% of podcast producers …": "more than half" of the
    producers is borne out by no figure of theirs — the listeners' 64% is another group's."""
    source = report(("Revenue", " ".join(TWO_GROUPS)))
    g = ground([make_claim("c", "m", claim)], source)["c"]
    assert g.status == status, g.reason
    if status == "contradicted":
        assert "29%" in g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("超过一半的儿科医生认为价格是更换品牌的主要原因", "contradicted"),
        ("More than half of pediatricians point to safety.", "supported"),
        ("超过一半的家长因价格更换品牌", "supported"),
    ],
)
def test_a_group_named_again_as_them_is_told_apart_by_the_claims_words(
    claim: str, status: str
) -> None:
    """Two clauses of the pediatricians ("31% of pediatricians …; …, cited by 64% of them"):
    what the claim says of them tells which is its — though its words ("price … the main
    reason … switched brands") are the parents' clause's more than theirs."""
    source = report(
        (
            "Survey",
            "58% of parents said price was the main reason they switched brands, while only 31% "
            "of pediatricians named price as the main factor; pediatricians most often pointed "
            "to safety, cited by 64% of them. Formula sales grew 6% in 2025.",
        )
    )
    g = ground([make_claim("c", "m", claim)], source)["c"]
    assert g.status == status, g.reason


def test_a_table_rows_columns_are_no_groups_of_a_bound() -> None:
    """ "超六成企业预算超支" against a row of firm sizes (58%, 64%, 70%): the row's columns are
    no clauses on groups, and the claim is no misreading of its first cell."""
    source = report(
        (
            "Budgets",
            "| Metric | Small firms | Mid-size firms | Large firms |\n| --- | --- | --- | --- |\n"
            "| Over budget | 58% | 64% | 70% |\n",
        )
    )
    g = ground([make_claim("c", "m", "超六成企业预算超支")], source)["c"]
    assert g.status != "contradicted", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Hospitals used about 653 GWh in 2026.", "contradicted"),  # no rounding of 635
        ("Hospitals used about 640 GWh in 2026.", "supported"),
        ("Hospitals used about 600 GWh in 2026.", "supported"),
        ("Hospitals account for about 24% of public buildings' use.", "contradicted"),  # 21.6%
        ("Hospitals account for about 22% of public buildings' use.", "supported"),
    ],
)
def test_an_about_figure_must_be_a_rounding_of_the_reports(claim: str, status: str) -> None:
    """ "约" and "about" round the report's figure; a figure written to the unit is read to
    the unit — "about 653" is a transposed 635, not a rounding of it."""
    doc = one_paragraph(
        "Hospitals used 635 GWh of electricity in 2026, 21.6% of all public buildings' use."
    )
    g = grounding(claim, doc)
    assert g.status == status, g.reason


def test_a_column_of_forecasts_makes_the_years_figures_no_past_ones() -> None:
    """A table row "2024: 21; 2025: 24.6; …; 2030 forecast: 47": 24.6 is this year's figure,
    not one the forecast replaced."""
    table = (
        "## Regions\n\n| Region | 2024 (TWh) | 2025 (TWh) | Growth 2025 | Share 2025 | "
        "2030 forecast (TWh) |\n| --- | --- | --- | --- | --- | --- |\n"
        "| Brazil | 21 | 24.6 | 17% | 46% | 47 |\n| Chile | 9 | 9.8 | 9% | 18% | 19 |\n"
    )
    doc = build_document(markdown_blocks(table), title="Power", source="test", kind="markdown")
    g = grounding("Brazil: 46% of regional use; grew 17% to 24.6 TWh.", doc)
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    "claim",
    ["2025–2030年复合增速为14.4%。", "A CAGR of 14.4% over 2025-2030.", "2025H1海外出货86GWh。"],
)
def test_a_span_of_years_or_a_half_year_is_a_time_not_a_figure_or_name(claim: str) -> None:
    doc = one_paragraph(
        "Overseas shipments reached 86 GWh in the first half of 2025. "
        "From 2025, demand grows at a compound annual rate of 14.4% to 2030."
    )
    g = grounding(claim, doc)
    assert g.status == "supported", g.reason


def test_a_figure_the_sentence_before_gives_is_no_misquote_of_the_next_ones() -> None:
    """ "出口额增速（31%）低于出货量增速" has its words from the sentence after the one that
    gives 31%: that sentence's "about two-thirds" is another figure, not the one it misquotes."""
    doc = report(
        (
            "出口",
            "从出口金额看，2024年中国储能电池（含电芯与电池系统，不含逆变器和温控设备）出口额达到"
            "1,260亿元人民币，同比增长31%。出口额增速低于出货量增速，主要原因是电芯价格持续下行："
            "储能电芯均价已从2023年初的0.90元/Wh降至2025年6月的0.30元/Wh，累计下降约三分之二。",
        )
    )
    g = grounding("因此出口额增速（31%）低于出货量增速", doc)
    assert g.status != "contradicted", g.reason


def test_a_forecast_given_as_now_is_caught_though_the_figure_of_now_is_closer() -> None:
    """ "目前已有约70%…" where the report's sentence on its words says 41% now and a longer one
    expects 70% by 2028: the forecast given as now is contradicted, not left unverified."""
    doc = report(
        (
            "采用",
            "制造企业中已部署工业机器人的比例为41%，2024年为29%。"
            "从区域看，长三角和珠三角的企业部署更早。",
        ),
        (
            "展望",
            "报告预计，到2028年中国工业机器人市场规模将突破2,600亿元，服务机器人增速更快，"
            "制造企业的部署比例将达到70%。",
        ),
    )
    g = grounding("目前已有约70%的制造企业部署了工业机器人。", doc)
    assert g.status == "contradicted" and "forecast" in g.reason, g.reason


def test_weeks_are_read_in_days() -> None:
    doc = one_paragraph("A fully remote role took 41 days to fill in 2025, against 33 on-site.")
    assert grounding("A remote role now takes about six weeks to fill.", doc).status == "supported"
    wrong = grounding("A remote role now takes about nine weeks to fill.", doc)
    assert wrong.status == "contradicted", wrong.reason


def test_a_thesis_line_that_names_the_report_and_weighs_two_causes_is_no_contradiction() -> None:
    """An answer's opening and closing lines: they name the report by its title, weigh one cause
    against another ("less by X than by Y") and deny something in a word or two. None of that
    is a name the report lacks, a trend the other way, or a denial of a sentence that shares one
    word with it."""
    doc = report(
        (
            "Outlook",
            "Cancellations remain the industry's most visible problem. We expect the grid"
            " rather than subsidies to set the pace of growth in rooftop solar for the rest of"
            " the decade.",
        ),
        title="Rooftop Solar Market Outlook 2026",
    )
    for text in (
        "The Rooftop Solar Market Outlook 2026 argues that rooftop solar is now held back less"
        " by subsidies than by the grid.",
        "Demand is not the problem.",
    ):
        g = grounding(text, doc)
        assert g.status not in ("unsupported", "contradicted"), (text, g.reason)


def test_a_chinese_claim_giving_a_table_rows_share_to_another_listed_firm_is_contradicted() -> None:
    """Only the table states 9.3%, in Brightloom's row; the Chinese claim gives it to Veltron,
    whose row says 12.2%. The prose sentence that names Veltron names two firms and no 9.3%,
    and no row shares a word with the claim: the row is found by its figure and the firm the
    tables list."""
    md = (
        "# Forklift Market 2025\n\nKessler Lift led with 17.4%, overtaking Veltron, whose share"
        " slipped to 12.2% from 13.0%. Veltron and Kessler Lift both opened plants in Poland."
        " Veltron cut list prices twice. Orders for Veltron trucks fell in the autumn.\n\n"
        "| Rank | Maker | Home | Share 2025 | Share 2024 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | Kessler Lift | Germany | 17.4% | 16.2% |\n| 2 | Veltron | Italy | 12.2% | 13.0% |\n"
        "| 3 | Brightloom | Germany | 9.3% | 8.8% |\n"
    )
    doc = build_document(markdown_blocks(md), title="Forklifts", source="test", kind="markdown")
    wrong = grounding("Veltron份额为9.3%", doc)
    assert wrong.status == "contradicted" and "Brightloom" in wrong.reason, wrong.reason
    assert grounding("Brightloom份额为9.3%", doc).status == "supported"


def test_an_english_claim_giving_a_chinese_table_rows_share_to_another_city_is_contradicted() -> (
    None
):
    """The prose sentence names both cities and states only the first one's 13.6%; the table
    gives 重庆 10.4%. "Chongqing … 13.6%" holds a name and a figure of that sentence, but the
    table says whose figure it is."""
    md = (
        "# 2025年物流园区报告\n\n"
        "四川成都凭借较低的土地和人力成本，仓储面积占比由2024年的8.1%升至13.6%，超过重庆成为"
        "第二大物流枢纽；重庆占10.4%。\n\n"
        "| 城市 | 省份 | 仓储面积占比 |\n| --- | --- | --- |\n"
        "| 上海 | 上海 | 21.7% |\n| 成都 | 四川 | 13.6% |\n| 重庆 | 重庆 | 10.4% |\n"
    )
    doc = build_document(markdown_blocks(md), title="物流", source="test", kind="markdown")
    wrong = grounding("Chongqing follows with 13.6%.", doc)
    assert wrong.status == "contradicted" and "成都" in wrong.reason, wrong.reason
    assert grounding("Chengdu follows with 13.6%.", doc).status == "supported"
    assert grounding("Chongqing holds 10.4%.", doc).status == "supported"


def test_a_past_figure_in_the_next_sentence_does_not_bear_a_wrong_share_out() -> None:
    """ "Over half" for a share the report puts at 47.2%: the next sentence's 53.8% is the other
    model's share a year before, no figure of now for this one."""
    doc = one_paragraph(
        "按使用量计，订阅制收入占比由2024年的38.1%升至47.2%，首次超过一次性买断。"
        "买断制收入占比则由53.8%降至41.0%。其他收入占11.8%。"
    )
    wrong = grounding("订阅制收入占比已超过一半", doc)
    assert wrong.status == "contradicted" and "47.2%" in wrong.reason, wrong.reason
    assert grounding("订阅制收入占比升至47.2%", doc).status == "supported"


def test_a_floor_on_an_amount_the_report_never_comes_near_is_unsupported() -> None:
    """An invented forecast: "有望突破50亿元" where the report's largest sum is 31亿元. A floor
    the report's figure meets, and a floor on a share (parts may add up to it), stay open."""
    doc = one_paragraph(
        "2025年出口额为31.2亿元，同比增长18%；其中东南亚市场12.4亿元，欧洲市场9.8亿元。"
        "东南亚和欧洲合计占出口的71%。"
    )
    invented = grounding("预计出口额有望突破50亿元", doc)
    assert invented.status == "unsupported" and "50亿元" in invented.reason, invented.reason
    assert grounding("出口额已突破30亿元", doc).status not in ("unsupported", "contradicted")
    assert grounding("东南亚和欧洲合计超过六成", doc).status not in ("unsupported", "contradicted")


def test_a_claim_joining_two_figures_of_one_paragraph_is_borne_out_by_the_paragraph() -> None:
    """The 40 GW and the 150 GW gap stand two sentences apart in one paragraph on the outlook:
    the claim that joins them adds nothing the report does not say."""
    doc = one_paragraph(
        "Our base case sees capacity reaching 260 GW by 2030, with additions rising to about"
        " 40 GW a year. Asia is expected to take 61% of them. The base case is roughly 150 GW"
        " below the 410 GW implied by national targets."
    )
    g = grounding("About 40 GW a year, roughly 150 GW short of the 410 GW targeted.", doc)
    assert g.status not in ("unsupported", "contradicted"), g.reason
    g = grounding("About 55 GW a year, roughly 150 GW short of the 410 GW targeted.", doc)
    assert g.status in ("unsupported", "contradicted"), g.reason


def test_a_past_figure_under_an_outlook_heading_is_no_forecast() -> None:
    """The section "Finance and outlook to 2030" says what happened in 2024 before it looks
    ahead: a claim of 2024's decisions is borne out there, not read against a forecast."""
    doc = report(
        (
            "6. Finance and outlook to 2030",
            "Final investment decisions were taken on 12.4 GW of capacity in 2024, representing"
            " USD 41 billion. We expect annual additions to reach 36 GW by 2030.",
        ),
        title="Outlook",
    )
    assert grounding("2024年最终投资决定12.4GW", doc).status == "supported"
    assert grounding("Final investment decisions covered 12.4 GW in 2024.", doc).status == (
        "supported"
    )


def test_a_loose_round_share_found_by_one_glossed_word_is_not_borne_out() -> None:
    """超过一半 fits any share over half: "58% of hiring managers prefer practical tests" shares
    only "practice" (从业) with the claim — not enough to call a claim about workloads true."""
    doc = one_paragraph(
        "58% of hiring managers prefer practical tests to certificates, up from 50% in 2024."
        " 44% of staff report burnout, up from 39%."
    )
    g = grounding("超过一半的从业者存在职业倦怠。", doc)
    assert g.status != "supported", g.reason


def test_a_firm_named_in_characters_the_report_glosses_is_read_as_its_latin_name() -> None:
    """The report writes "Vetrix（维瑞克斯） … 18.7%，Boehr Animal（博尔动保）为14.2%"; a claim
    that gives 维瑞克斯 Boehr Animal's 14.2% is contradicted, as it is written with Vetrix."""
    doc = one_paragraph(
        "宠物药品市场中，外资企业仍占主导。Vetrix（维瑞克斯）市场份额为18.7%，"
        "Boehr Animal（博尔动保）为14.2%，Elanco为7.9%。"
    )
    wrong = grounding("维瑞克斯的份额为14.2%", doc)
    assert wrong.status == "contradicted" and "Boehr Animal" in wrong.reason, wrong.reason
    assert grounding("维瑞克斯的份额为18.7%", doc).status == "supported"


def test_gmv_is_a_measure_and_doubled_is_how_a_report_s_two_point_one_times_is_said() -> None:
    doc = one_paragraph(
        "年出口额超过1亿元的卖家有1,460家，是2022年的2.1倍。TideCart的GMV增长87.5%，"
        "为增速最快的平台。"
    )
    for text in ("头部卖家已有1,460家，比2022年翻了一番", "TideCart增长87.5%，为增速最快的平台"):
        g = grounding(text, doc)
        assert g.status not in ("contradicted", "unsupported"), (text, g.reason)


def test_over_half_of_one_group_is_not_borne_out_by_another_clauses_share_of_it() -> None:
    """ "托管模式占B2C出口的46.8%…前四大平台合计占B2C出口的62.5%": 超过一半 of the managed
    model is the 46.8% clause's, which it misstates, not the top four's 62.5%."""
    doc = one_paragraph(
        "全托管和半托管模式占B2C出口的46.8%，平台集中度进一步提高，前四大平台合计占B2C出口的62.5%。"
    )
    wrong = grounding("超过一半的B2C出口通过全托管", doc)
    assert wrong.status == "contradicted" and "46.8%" in wrong.reason, wrong.reason


def test_a_table_rows_signed_change_says_which_way_its_share_went() -> None:
    md = (
        "# 出口报告\n\n| 市场 | 出口额占比 | 占比变化（百分点） |\n| --- | --- | --- |\n"
        "| 美国 | 34.2% | -3.3 |\n| 东盟 | 12.6% | +2.1 |\n"
    )
    doc = build_document(markdown_blocks(md), title="出口", source="test", kind="markdown")
    assert grounding("美国占比升至34.2%", doc).status == "contradicted"
    assert grounding("美国占比降至34.2%", doc).status == "supported"
    assert grounding("东盟占比升至12.6%", doc).status == "supported"


def test_the_way_said_beside_a_claims_figure_is_its_way_whatever_else_it_says() -> None:
    """ "rose 3.5% … as the company cut discounting": the cut is another thing's way; the revenue
    rose, where the report says it fell."""
    doc = one_paragraph(
        "Anta's running revenue rose 16.8% to USD 2.5 billion, and Li Ning's running revenue"
        " fell 3.5% to USD 2.0 billion, as the company cut inventory and reduced discounting."
    )
    text = "Li Ning: running revenue rose 3.5% to $2.0 billion as the company cut discounting."
    wrong = grounding(text, doc)
    assert wrong.status == "contradicted" and "fell" in wrong.reason, wrong.reason
    assert grounding(text.replace("rose", "fell"), doc).status == "supported"


def test_a_round_bound_the_passage_on_its_subject_falls_short_of_is_contradicted() -> None:
    """ "More than half" where the paragraph on the claim's subject says 46.3% (and compares it
    with last year's 51.0%): contradicted, with this year's figure. Where the report bears the
    bound out on the claim's words elsewhere (57% in Mexico), it is not."""
    subscriptions = (
        "Subscriptions",
        "Subscriptions are still the biggest business line. "
        "Streaming services added 4.2 million subscribers in Brazil. "
        "Subscriptions therefore accounted for 46.3% of all revenue, down from 51.0% in 2024.",
    )
    viewers = ("Viewers", "Paying viewers reached 9.1 million across the region.")
    claim = "Subscriptions are still king, bringing in more than half of all revenue."

    def verdict(text: str, doc: Document) -> tuple[str, str]:
        g = ground([make_claim("c", "m", text)], doc)["c"]
        return g.status, g.reason

    doc = report(subscriptions, viewers)
    status, reason = verdict(claim, doc)
    assert status == "contradicted" and "46.3%" in reason, reason
    assert verdict("Subscriptions bring in nearly half of all revenue.", doc)[0] == "supported"
    mexico = ("Mexico", "In Mexico, subscriptions made up 57% of all revenue.")
    assert verdict(claim, report(subscriptions, viewers, mexico))[0] != "contradicted"


SHOPS = report(
    (
        "经营",
        "尽管客流增长，门店整体盈利状况仍不乐观：本季度实现盈利的门店仅约23%，其余77%处于亏损或"
        "盈亏平衡。门店平均营业天数为310天，能耗成本占运营成本的18%。",
    ),
    ("品牌", "头部品牌门店数占全国的31.5%，上年为26.8%。"),
)


@pytest.mark.parametrize("text", ["盈利门店不到四分之一", "**盈利困难**：盈利门店不到四分之一"])
def test_a_figure_in_words_meets_the_sentence_that_gives_it_in_digits(text: str) -> None:
    """四分之一's characters are no words of the report, which writes 23%: the claim is as close
    to that sentence as its other words make it."""
    g = ground([make_claim("c", "qwen", text)], SHOPS)["c"]
    assert g.status == "supported", g.reason
    assert "23%" in (g.source_quote or "")


def test_a_rounded_figure_meets_the_nearest_figure_the_report_gives_in_digits() -> None:
    """ "roughly one in nine" is the 11.2% of the clause's own subject, not another measure's
    10.4% in a sentence that also names Asia-Pacific (with 15.1% for it)."""
    regions = report(
        (
            "Regions",
            "North America has the highest fully remote share at 24.1%, ahead of Europe at 23.6%. "
            "Asia-Pacific is the least remote region, with 11.2% of respondents working fully "
            "remotely.",
        ),
        (
            "Market",
            "By region, spending grew fastest in Latin America (+17.8%), followed by Asia-Pacific "
            "(+15.1%), Europe (+10.4%) and North America (+9.6%).",
        ),
    )
    claims = claims_from_markdown(
        "gemini",
        "- North America and Europe remain the remote-work strongholds with close to a quarter "
        "of workers fully remote in each, whereas Asia-Pacific sits at roughly one in nine.\n",
    )
    found = ground(claims, regions)
    assert [found[c.id].status for c in claims] == ["supported", "supported"]
    assert "11.2%" in (found[claims[-1].id].source_quote or "")


CAFES = report(
    (
        "品牌",
        "星河咖啡份额从2023年的17.2%降至14.8%，营收增速仅为1.4%，为近十年最低。"
        "新品类增长迅速，2024年相关产品销售额为86亿元，同比增长2.3倍。",
    )
)


@pytest.mark.parametrize(
    "text",
    [
        # the report's 降至 is the share's; the 1.4% stands in a statement that goes no way
        "Xinghe's revenue grew only 1.4%, the slowest in a decade.",
        # 增长2.3倍 is 3.3 times last year's as strictly read, 2.3 times as many write it
        "Sales of the new categories reached RMB 8.6 billion, 3.3 times the previous year.",
        "Sales of the new categories reached RMB 8.6 billion, 2.3 times the previous year.",
    ],
)
def test_no_flag_for_what_the_report_says_of_another_figure_or_either_way(text: str) -> None:
    g = ground([make_claim("c", "chatgpt", text)], CAFES)["c"]
    assert g.status not in ("contradicted", "unsupported"), g.reason


def test_a_multiple_neither_reading_of_the_growth_allows_is_still_flagged() -> None:
    g = ground([make_claim("c", "chatgpt", "新品类销售额86亿元，是上年的5倍。")], CAFES)["c"]
    assert g.status == "contradicted", g.reason


STREAMING = report(
    (
        "渠道",
        "2025年宠物用品线上销售占比为58.1%。线上渠道中，快手渠道增长最快，用品GMV同比增长47%，"
        "占线上销售的19%；天猫和京东合计占线上销售的55%。",
    ),
    # the misquotes stated elsewhere, of something else: figures the report does state
    ("品类", "猫用品占宠物用品的57%，狗用品占29%。"),
)


@pytest.mark.parametrize(
    ("text", "status", "said"),
    [
        # the passage's two figures in the claim's places, one of them another: a misquote
        ("GMV同比增长57%，占线上销售的19%", "contradicted", "47%"),
        ("GMV同比增长47%，占线上销售的29%", "contradicted", "19%"),
        ("快手GMV同比增长47%，占线上销售的19%", "supported", ""),
    ],
)
def test_one_figure_of_two_in_its_place_is_misquoted(text: str, status: str, said: str) -> None:
    g = grounding(text, STREAMING)
    assert g.status == status, g.reason
    assert said in (g.reason or "")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a measure the report never speaks of, its loose figure met by chance elsewhere
        ("快手电商平均退货率约为7%", "unsupported"),
        # a measure it does speak of, in words retrieval may miss: not flagged
        ("快手渠道占比接近两成", "supported"),
    ],
)
def test_a_figure_of_a_measure_the_report_never_speaks_of_is_unsupported(
    text: str, status: str
) -> None:
    doc = report(
        ("渠道", "线上渠道中，快手渠道增长最快，用品GMV同比增长47%，占线上销售的19%。"),
        ("价格", "宠物用品均价同比上涨7.2%。"),
    )
    g = grounding(text, doc)
    assert g.status == status, g.reason
    if status == "unsupported":
        assert "退货率" in (g.reason or "") and "退货率" in reason_in(g.reason or "", "zh")


OUTLOOK = report(
    (
        "Outlook",
        "We expect the market to reach US$24.6 billion by 2034, a compound annual growth rate "
        "of 11.8% over 2026–2034. Shipments grew 9% in 2025.",
    ),
    title="Industrial heat pumps 2025",
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("到2034年市场规模将达到246亿美元", "supported"),
        # the figure forecast for another year: contradicted, with the report's year
        ("到2031年市场规模将达到246亿美元", "contradicted"),
        ("The market is set to reach US$24.6 billion by 2031.", "contradicted"),
        # a span that reaches the forecast's year is its own
        ("2026-2034年年均复合增长率为11.8%", "supported"),
    ],
)
def test_a_forecast_given_for_another_year_is_contradicted(text: str, status: str) -> None:
    g = grounding(text, OUTLOOK)
    assert g.status == status, g.reason
    if status == "contradicted":
        assert "2034" in reason_in(g.reason or "", "zh")


def test_an_english_report_that_never_speaks_of_a_chinese_claims_measure() -> None:
    """毛利 is "gross profit" to the dictionary: a report with neither word says nothing of a
    毛利率; one that speaks of gross profit leaves the claim unverified, not flagged."""
    silent = report(
        ("Market", "Revenue reached US$7.4 billion, up 16.8%. Exports made up 28.3% of sales.")
    )
    g = grounding("行业平均毛利率约为28%", silent)
    assert g.status == "unsupported" and "毛利率" in (g.reason or ""), g.reason
    speaks = report(
        (
            "Market",
            "Revenue reached US$7.4 billion. Exports made up 28.3% of sales. Gross profit held "
            "up well across suppliers.",
        )
    )
    assert grounding("行业平均毛利率约为28%", speaks).status != "unsupported"


# A forecast the report gives as bullets under a dated lead-in and heading, naming no year itself.
BASE_CASE = build_document(
    markdown_blocks(
        "## Outlook to 2031\n\nWe expect demand to keep rising. Our base case for 2031:\n\n"
        "- Charging sessions: **2.4 billion** a year\n- Fast chargers: **38%** of public points\n"
    ),
    title="Charging",
    source="test",
    kind="markdown",
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Fast chargers are expected to make up 38% of public points by 2031.", "supported"),
        ("Fast chargers are expected to make up 38% of public points by 2028.", "contradicted"),
        ("预计到2028年快充桩将占公共充电桩的38%", "contradicted"),
    ],
)
def test_a_forecast_bullet_is_dated_by_the_lead_in_it_hangs_from(text: str, status: str) -> None:
    g = grounding(text, BASE_CASE)
    assert g.status == status, g.reason
    if status == "contradicted":
        assert "2031" in reason_in(g.reason or "", "zh")


def test_a_report_tables_figures_read_with_the_scale_its_header_gives() -> None:
    """ "| Rivian | 12 |" under "2026 capex (US$ bn)" is US$12 billion: a claim of "$12 billion" is
    borne out, not set against another row's figure."""
    md = (
        "## Spending\n\nThe three firms plan to spend US$41 billion in 2026.\n\n"
        "| Firm | 2026 capex (US$ bn) |\n|---|---|\n| Rivian | 12 |\n| Lucid | 9 |\n"
        "| Polestar | 20 |\n"
    )
    doc = build_document(markdown_blocks(md), title="EVs", source="test", kind="markdown")
    for claim in ("Rivian plans $12 billion of capex in 2026.", "Lucid — 2026 capex $9 billion"):
        g = grounding(claim, doc)
        assert g.status == "supported", (claim, g.reason)
    wrong = grounding("Lucid plans $14 billion of capex in 2026.", doc)
    assert wrong.status == "contradicted" and "9" in (wrong.reason or ""), wrong.reason


def test_a_share_is_not_borne_out_by_a_growth_rate_of_the_same_figure() -> None:
    """ "account for 52% of consumer sales" against a Chinese report whose 52% is a growth rate
    (线上销售额同比增长约52%) and whose online share is 38%: not supported."""
    doc = report(
        (
            "渠道",
            "线上渠道约占C端销售额的38%，商超仍是最重要的线下渠道。"
            "螺蛳粉、酸辣粉等单品增长较快，其中酸辣粉在618期间的线上销售额同比增长约52%。",
        ),
        title="方便食品",
    )
    share = grounding("Online channels account for 52% of consumer sales.", doc)
    assert share.status != "supported", share.reason
    rate = grounding("Online sales of hot-and-sour noodles grew about 52%.", doc)
    assert rate.status == "supported", rate.reason


# A Chinese report: its forecasts for two years in two paragraphs, a table of firms with a
# signed growth column, and a slowdown "from the two years before".
FORECASTS = build_document(
    markdown_blocks(
        "## 规模\n\n2025年中国咖啡连锁市场规模为1,280亿元，增速较前两年明显放缓。"
        "我们预计2026年市场规模将达到1,410亿元，2028年突破1,700亿元。\n\n"
        "## 企业\n\n| 品牌 | 门店数 | 营收同比增长 |\n|---|---|---|\n"
        "| 岚山咖啡 | 8,200 | 12.4% |\n| 雾岛咖啡 | 3,100 | -6.8% |\n\n"
        "## 展望\n\n展望更远，我们预计2030年市场规模将达到2,150亿元。\n"
    ),
    title="咖啡连锁",
    source="test",
    kind="markdown",
)


@pytest.mark.parametrize(
    "text",
    [
        # two forecasts the report gives in two paragraphs: no figure set against the other's
        "报告预计2028年市场规模将突破1700亿元，2030年将达到2150亿元。",
        "The market is forecast to reach RMB 141 billion in 2026 and RMB 215 billion by 2030.",
        # the row's signed growth is the fall the claim states
        "Wudao: the only chain whose revenue fell (-6.8%).",
        "雾岛咖啡营收同比下降6.8%。",
        # "前两年" spells the two years
        "The market reached RMB 128 billion in 2025, a clear slowdown from the previous two years.",
    ],
)
def test_what_the_report_states_in_other_words_or_places_is_not_flagged(text: str) -> None:
    g = grounding(text, FORECASTS)
    assert g.status not in ("unsupported", "contradicted"), g.reason


ROBOTS = report(
    (
        "Trade and new entrants",
        "Exports of robots from Korea rose 24% to about 9,000 units, most of them to Vietnam. "
        "Korean companies such as Rainbow and Doosan accounted for about two-thirds of "
        "cobot exports.",
    ),
    title="Robots",
)


def test_a_share_in_one_language_is_not_borne_out_by_a_growth_of_the_same_figure() -> None:
    g = grounding("Service contracts now account for 24% of suppliers' revenue.", ROBOTS)
    assert g.status != "supported", g.reason
    assert grounding("Korean robot exports rose 24%.", ROBOTS).status == "supported"


def test_the_names_a_sentence_gives_as_examples_own_none_of_its_figures() -> None:
    for text in (
        "Korean firms made about two-thirds of cobot exports.",
        "Korean companies (e.g. Rainbow, Doosan) made about two-thirds of cobot exports.",
        "韩国企业（如Rainbow、Doosan）占协作机器人出口的约三分之二。",
    ):
        g = grounding(text, ROBOTS)
        assert g.status == "supported", (text, g.reason)


def test_a_rise_the_report_says_in_another_word_is_not_its_opposite() -> None:
    """ "占比正在上升" against "占比提升了9.3个百分点，说明在价格下降之后…": 提升 is its rise; the
    下降 is the price's."""
    doc = report(
        (
            "部署",
            "与2024年相比，公有云调用方式的占比提升了9.3个百分点，说明在价格下降和安全方案成熟之后，"
            "更多企业愿意通过云端调用模型。",
        ),
        title="部署",
    )
    assert grounding("公有云调用方式的占比正在上升", doc).status == "supported"


def test_a_count_of_tokens_meets_the_report_that_names_tokens_before_its_figure() -> None:
    doc = report(
        ("调用量", "全国企业侧日均token调用量在2025年12月达到8.4万亿，较年初增长3.1倍。"),
        title="模型",
    )
    g = grounding("Daily enterprise token use reached 8.4 trillion tokens in December 2025.", doc)
    assert g.status == "supported", g.reason
