"""A trend with no figure, written in the other language than the report: read against the
report sentences nearest in meaning (the optional embedding model, installed with the test
extra) — and left unverified without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.compare import compare, meaning
from summarizer.compare.checks_nearest import trend
from summarizer.compare.directions import has_direction
from summarizer.compare.ground import ground
from summarizer.document import Block, Document, build_document
from summarizer.fetch import fetch
from summarizer.lang.claims import make_claim
from tests.builders import pasted


def report(heading: str, *paragraphs: str) -> Document:
    blocks = [Block("heading", heading, level=2), *(Block("text", p) for p in paragraphs)]
    return build_document(blocks, title="City transport", source="test", kind="markdown")


CITY = report(
    "Findings",
    "Traffic in the city centre is down for the first time in a decade, after the new "
    "congestion charge.",
    "Cycling to work kept growing, and the bike-share scheme added 40 new stations.",
    "Bus ridership was flat at 312,000 trips a day.",
    "Most residents said they support the charge, although shop owners remain sceptical.",
    "Air quality on the ring road improved, with fewer days above the nitrogen dioxide limit.",
)
CITY_ZH = report(
    "发现",
    "市中心的汽车流量十年来首次下降。",
    "骑车上班的人继续增加，共享单车新增了40个站点。",
    "公交客流持平，每天31.2万人次。",
)


needs_model = pytest.mark.skipif(not meaning.available(), reason="the optional embedding model")


def grounded(text: str, source: Document, *, semantic: bool) -> tuple[str, str]:
    g = ground([make_claim("c", "m", text)], source, semantic=semantic)["c"]
    return g.status, g.reason


@needs_model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("市中心的汽车流量仍在上升", "down"),
        ("骑车上班的人在减少", "growing"),
        ("环路上超标的天数更多了", "fewer"),
    ],
)
def test_a_trend_the_report_turns_around_is_contradicted_across_languages(
    text: str, word: str
) -> None:
    status, reason = grounded(text, CITY, semantic=True)
    assert status == "contradicted"
    assert f"went the other way ({word})" in reason
    # the dictionary alone cannot pick the sentence: without the model it stays unverified
    assert grounded(text, CITY, semantic=False)[0] == "unverified"


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "市中心的汽车流量有所下降",  # the same way round
        "骑自行车通勤的人继续增加",
        "不开车进城的市民比例在上升",  # a denial turns a trend around: not read
        "空气质量有所下降",  # "improved" is no word of direction: nothing to go by
        "店主们越来越支持收费",  # no sentence says it went either way
    ],
)
def test_a_trend_the_report_does_not_turn_around_is_not_flagged(text: str) -> None:
    assert grounded(text, CITY, semantic=True)[0] == "unverified"


@needs_model
def test_an_english_comparative_against_a_chinese_report() -> None:
    status, reason = grounded(
        "Traffic in the centre is higher than before.", CITY_ZH, semantic=True
    )
    assert status == "contradicted" and "下降" in reason
    assert grounded("More people cycle to work.", CITY_ZH, semantic=True)[0] == "unverified"


@needs_model
def test_the_quote_is_the_sentence_that_goes_the_other_way() -> None:
    g = ground([make_claim("c", "m", "市中心的汽车流量仍在上升")], CITY, semantic=True)["c"]
    assert g.source_quote is not None and g.source_quote.startswith("Traffic in the city centre")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浪费比例仍在上升", ("up", "上升")),
        ("不过，使用率有所下降", ("down", "下降")),  # 不过 denies nothing
        ("未使用的比例在上升", None),  # a denial
        ("有的上升，有的下降", None),  # both ways
        ("Cloud bills jumped in March", None),  # an English verb is no trend on its own
        ("Fewer teams track their spend", ("down", "Fewer")),
        ("Growth is shifting to lower-tier cities", None),  # a tier, not a fall
        ("份额略高于古茗", None),  # two brands compared, no change
    ],
)
def test_what_reads_as_a_plain_trend(text: str, expected: tuple[str, str] | None) -> None:
    assert trend(text) == expected


@needs_model
def test_waste_is_down_says_a_direction() -> None:
    # "is down" is a fall, as "down from" was; "shut down" is none
    assert (
        grounded(
            "云资源浪费仍在上升", report("Waste", "Cloud waste is down this year."), semantic=True
        )[0]
        == "contradicted"
    )
    assert has_direction("Cloud waste is down this year.")
    assert not has_direction("They shut down the plant.")


@needs_model
def test_compare_reads_trends_only_with_the_semantic_signal_on() -> None:
    answer = pasted("doubao", "- 市中心的汽车流量仍在上升。\n- 公交客流持平，每天31.2万人次。")
    for semantic, expected in ((True, "contradicted"), (False, "unverified")):
        c = compare([answer], CITY, semantic=semantic)
        trend_claim = next(x for x in c.claims if "汽车流量" in x.text)
        assert c.groundings[trend_claim.id].status == expected


VIEWING = report(
    "Viewing",
    "Riders in the study cover long distances. 71% of couriers say they ride mainly an "
    "electric bicycle, against 20% on a scooter and 9% on foot.",
    "Among couriers in Lagos and Nairobi the electric share is above 80%.",
    "Average pay per delivery fell to US$1.10.",
)


@needs_model
def test_a_figure_no_sentence_holds_meets_the_nearest_sentences_figure() -> None:
    # 86% is borne out by no sentence (only bounded by "above 80%" elsewhere): the sentence
    # nearest in meaning says 71%
    status, reason = grounded("86%的骑手主要骑电动自行车", VIEWING, semantic=True)
    assert status == "contradicted" and reason == "the report says 71%, not 86%"
    assert grounded("71%的骑手主要骑电动自行车", VIEWING, semantic=True)[0] == "supported"
    # a loose figure reads too loosely for that; without the model nothing is said
    assert grounded("约九成的骑手主要骑电动自行车", VIEWING, semantic=True)[0] != "contradicted"
    assert grounded("86%的骑手主要骑电动自行车", VIEWING, semantic=False)[0] == "unverified"


@pytest.mark.parametrize(
    "claim", ["扫地机器人销量增长28%，达到610万台", "Mower sales rose 28% to 610,000"]
)
def test_a_sentence_going_both_ways_turns_no_rise_round(claim: str) -> None:
    """ "sales up 28% … as the price dropped": the sentence says one thing rose and another
    fell, so a claim that sales grew 28% is borne out, not turned round by the price's fall."""
    shop = report(
        "Categories",
        "Robot vacuums and mowers had their best year yet, with sales up 28% to 6.1 million "
        "and 610,000 units, as the average selling price dropped to 2,350 yuan.",
    )
    status, reason = grounded(claim, shop, semantic=False)
    assert status != "contradicted", reason


def test_slipped_is_a_fall_and_a_sentence_that_goes_both_ways_turns_nothing_round() -> None:
    """ "Its share slipped to 56.2%, as rivals grew faster": the share fell; the rivals' growth
    is no evidence that a claim saying it fell has the direction wrong."""
    doc = report(
        "Platforms",
        "Lumen's share of ad revenue slipped to 56.2% in 2025 from 58.5% in 2024, as rivals "
        "grew faster.",
    )
    fell = make_claim("c", "qwen", "Lumen的份额为56.2%，较2024年的58.5%有所下降")
    g = ground([fell], doc)["c"]
    assert g.status != "contradicted", g.reason


@pytest.mark.parametrize("semantic", [False, True])
def test_a_level_with_the_wrong_way_is_contradicted_by_the_sentence_after_its_figure(
    semantic: bool,
) -> None:
    """The report gives the level, then which way it went, in the next sentence ("That is down
    from …"): a claim with the level and the other way, but no figure for the change, is
    turned round — the way the sentence before a comparison cannot tell."""
    source = report(
        "Findings",
        "Households estimate that 39% of the food they buy is wasted. That is down from "
        "44% in last year's study. Most of it is fresh produce.",
    )
    status, reason = grounded("食物浪费比例仍在上升，目前已接近四成", source, semantic=semantic)
    assert status == "contradicted" and "down" in reason, reason
    # the same level going the report's way is borne out
    status, reason = grounded("食物浪费比例有所下降，目前接近四成", source, semantic=semantic)
    assert status == "supported", reason


@needs_model
def test_a_cause_that_rose_and_squeezed_is_no_trend_turned_round() -> None:
    """ "燃油价格上涨压缩了利润空间" goes both ways (fuel up, margins squeezed): no contradiction
    of "margins fell … as fuel prices squeezed returns" — but margins said to rise are one."""
    source = report(
        "Margins",
        "Average delivery margins fell to 4.1%, down from 5.2%, as fuel prices and wages "
        "squeezed returns. Parcel volumes kept growing.",
    )
    status, reason = grounded("燃油价格上涨压缩了利润空间", source, semantic=True)
    assert status != "contradicted", reason
    status, reason = grounded("配送利润率仍在上升", source, semantic=True)
    assert status == "contradicted", reason


def test_a_way_turned_round_must_hold_against_a_sentence_that_matches_as_well() -> None:
    """超过七成 fits both the 74.3% that rose and the 72.8% that fell, and the claim's words do
    not choose between them: the sentence that goes its way is its fact, not a contradiction."""
    source = report(
        "Apps",
        "Short videos accounted for 74.3% of total app usage, up from 72.1% a year earlier.",
        "The top five firms together took 72.8% of ad revenue, down from 75.6% in 2024.",
    )
    status, reason = grounded(
        "前五大厂商合计份额超过七成，但比上年有所下降", source, semantic=False
    )
    assert status == "supported", reason
    status, reason = grounded(
        "短视频占总使用时长的比例超过七成，比上年有所下降", source, semantic=False
    )
    assert status == "contradicted" and "up" in reason, reason


@pytest.mark.parametrize("semantic", [False, True])
def test_a_sentence_going_both_ways_is_read_at_the_clause_of_the_claims_figure(
    semantic: bool,
) -> None:
    source = report(
        "快递",
        "值得注意的是，顺丰的单票收入同比下降3.2%，而京东物流的单票收入同比上升2.7%。",
    )
    status, reason = grounded("顺丰：单票收入同比上升3.2%", source, semantic=semantic)
    assert status == "contradicted" and "下降" in reason, reason
    for right in ("顺丰：单票收入同比下降3.2%", "京东物流：单票收入同比上升2.7%"):
        status, reason = grounded(right, source, semantic=semantic)
        assert status == "supported", (right, reason)


def test_a_change_the_report_gives_beside_its_baseline_is_turned_round() -> None:
    """ "fell 12% to $640, down from $727": the change is the claim's own 12%, however the
    sentence goes on to compare with the year before."""
    source = report(
        "Prices",
        "The average installed price of a home battery fell 12% to $640 per kWh, down from "
        "$727 per kWh in 2024. Installer margins were stable.",
    )
    status, reason = grounded(
        "户用电池平均安装价格同比上涨约12%，至每千瓦时640美元", source, semantic=False
    )
    assert status == "contradicted" and "fell" in reason, reason
    status, reason = grounded(
        "户用电池平均安装价格同比下降约12%，至每千瓦时640美元", source, semantic=False
    )
    assert status == "supported", reason


def test_a_growth_rate_that_slowed_is_no_fall_of_what_grew() -> None:
    """ "增速回落至30.4%": the growth slowed to 30.4% — the report's "同比增长30.4%" is that
    growth, not the other way."""
    doc = report("公共桩", "2025年公共充电桩达到412万台，同比增长30.4%，增速低于上年。")
    g = ground([make_claim("c", "qwen", "公共桩增速回落至30.4%。")], doc)["c"]
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Tea drinks' share fell to 41%.", "contradicted"),
        ("Tea drinks' share rose to 41%.", "supported"),
    ],
)
def test_the_level_a_share_went_to_is_read_against_the_way_the_report_says_it_went(
    claim: str, status: str
) -> None:
    """ "fell to 41%" gives where the share went, not by how much: the report's "41%, up from
    36%" says it went the other way."""
    doc = build_document(
        [
            Block("heading", "Segments", level=2),
            Block(
                "text",
                "Tea drinks are now the largest segment, with 41% of sales, up from 36% in 2024.",
            ),
        ],
        title="Beverages",
        source="test",
        kind="markdown",
    )
    assert ground([make_claim("c", "gpt", claim)], doc)["c"].status == status


def test_a_change_column_with_a_long_header_says_which_way_a_rows_share_went(
    tmp_path: Path,
) -> None:
    """ "Change vs 2023 (pp): -0.3 pp" beside "Unit growth: +12.1%": the share fell, whatever
    grew. A Chinese answer saying it fell is borne out; one saying it rose is not."""
    path = tmp_path / "printers.md"
    path.write_text(
        "# 3D Printer Market 2025\n\n## Vendors\n\n"
        "| Company | Revenue share 2024 | Change vs 2023 (pp) | Unit growth 2024 |\n"
        "| --- | --- | --- | --- |\n| Formlabs | 24.5% | +1.1 pp | +9.8% |\n"
        "| Others | 12.7% | -0.3 pp | +12.1% |\n",
        encoding="utf-8",
    )
    doc = fetch(str(path))
    fell = ground([make_claim("c", "doubao", "其他厂商收入份额下降0.3个百分点")], doc)["c"]
    assert fell.status == "supported", fell.reason
    rose = ground([make_claim("c", "doubao", "其他厂商收入份额上升0.3个百分点")], doc)["c"]
    assert rose.status == "contradicted", rose.reason


def test_points_lost_or_gained_read_as_a_change_in_points_either_way() -> None:
    """ "lost 3.0 points of share" is a fall of 3.0 percentage points, whatever else in the
    sentence rose: 份额下降3.0个百分点 and "down 3.0 pts" are that, not an unstated figure."""
    doc = report(
        "Competition",
        "The five largest vendors held 54.6% of sales. Smaller vendors lost 3.0 points of "
        "share as several exited markets where fees rose.",
    )
    for right in ("Smaller vendors' share fell 3.0 pts.", "Smaller vendors lost 3.0 points."):
        g = ground([make_claim("c", "chatgpt", right)], doc)["c"]
        assert g.status == "supported", (right, g.reason)
    wrong = make_claim("c", "chatgpt", "Smaller vendors gained 3.0 points of share.")
    gained = ground([wrong], doc)["c"]
    assert gained.status == "contradicted", gained.reason


def test_a_sentence_stating_all_a_claims_figures_is_its_fact_across_languages() -> None:
    """ "The ASP fell 7.1% to 4,980 yuan": the one sentence that states both figures is its fact
    — not the sentence on the premium band its price words also meet, whose 47.5% is no other
    figure for it. Turned round, the claim meets that sentence's way."""
    doc = report(
        "价格",
        "2025年，6,000元以上高端机型占出货量的47.5%，较2024年下降8.2个百分点。"
        "全年平均售价为4,980元，同比下降7.1%。",
    )
    fell = make_claim("c", "chatgpt", "The ASP fell 7.1% year on year to 4,980 yuan.")
    said = ground([fell], doc)["c"]
    assert said.status == "supported", said.reason  # ASP: the 平均售价 the report writes out
    rose = make_claim("c", "chatgpt", "The ASP rose 7.1% year on year to 4,980 yuan.")
    turned = ground([rose], doc)["c"]
    assert turned.status == "contradicted" and "下降" in (turned.reason or ""), turned.reason


def test_a_loose_figure_with_the_sentences_year_is_borne_out_across_languages() -> None:
    """ "expected to exceed 60% by 2028" is the sentence that forecasts 超过60% for 2028: the
    year is a word the two share. Another year is no such sentence."""
    doc = report(
        "展望",
        "报告预计，2026年出货量将达到1.32亿台；到2028年，渗透率有望超过60%，成为标准配置。",
    )
    right = make_claim("c", "chatgpt", "Penetration is expected to exceed 60% by 2028.")
    assert ground([right], doc)["c"].status == "supported"
    other = make_claim("c", "chatgpt", "Penetration is expected to exceed 60% by 2030.")
    assert ground([other], doc)["c"].status != "supported"
