"""Names in grounding: what counts as a name a claim gives, and what does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.compare import compare
from summarizer.compare.checks_owner import as_written, owners
from summarizer.compare.ground import ground
from summarizer.document import Document
from summarizer.fetch import fetch
from summarizer.lang.claims import claims_from_markdown, make_claim
from tests.builders import pasted, report

PLANTS = report(
    (
        "Europe",
        "Europe added 410,000 tonnes of capacity. "
        "Northvolt delayed its 150,000-tonne plant in Sweden to 2032.",
    )
)


def test_a_sentence_that_opens_with_a_verb_names_no_one() -> None:
    """A bullet that leaves out its subject ("Pushed its plant back…") opens with a verb the
    report never writes: that is no other name for the report to contradict."""
    g = ground([make_claim("c", "m", "Pushed its 150,000-tonne plant back to 2032.")], PLANTS)["c"]
    assert g.status not in ("contradicted", "unsupported"), g.reason


def test_a_name_the_report_never_gives_is_still_flagged() -> None:
    claim = make_claim("c", "m", "Umicore delayed its 150,000-tonne plant in Sweden to 2032.")
    g = ground([claim], PLANTS)["c"]
    assert g.status in ("contradicted", "unsupported") and "umicore" in g.reason.lower()


def test_an_acronym_the_report_spells_out_is_no_new_name() -> None:
    outlook = report(
        ("Outlook", "The market will grow at a compound annual growth rate of 18.5% through 2030.")
    )
    said = ground([make_claim("c", "m", "Forecast: an 18.5% CAGR through 2030.")], outlook)["c"]
    assert said.status not in ("contradicted", "unsupported"), said.reason
    claim = make_claim("c", "m", "Forecast: an 18.5% CAGR per Gartner through 2030.")
    new = ground([claim], outlook)["c"]
    assert new.status == "unsupported" and new.reason.endswith("gartner")


def test_an_acronym_the_report_defines_after_plain_words_is_a_term_not_an_owner() -> None:
    """ "own brands (OBM)" defines a term: "with OBM volumes up 23%" is still Shunfeng's
    figure, in either language."""
    parcels = report(
        (
            "Brands",
            "Shunfeng (顺丰) and Jingdong (京东) lead the market. Parcels shipped under couriers' "
            "own brands (OBM) made up 38% of volume. Shunfeng grew its own-brand parcels "
            "fastest, with OBM volumes up 23%. Jingdong grew 11%.",
        )
    )
    for right in ("顺丰：自有品牌包裹量增长23%", "Shunfeng grew own-brand parcel volumes 23%."):
        g = ground([make_claim("c", "m", right)], parcels)["c"]
        assert g.status == "supported", (right, g.reason)
    wrong = ground([make_claim("c", "m", "京东：自有品牌包裹量增长23%")], parcels)["c"]
    assert wrong.status != "supported", wrong.reason


BATTERIES = report(
    (
        "电池",
        "宁德时代在储能电池出货量中占41%的份额，位居第一。比亚迪份额为19%，排名第二。"
        "韩国储能电池渗透率为6.2%，日本约为3.5%。",
    ),
    title="储能电池",
)


def _status(text: str) -> tuple[str, str]:
    g = ground([make_claim("c", "m", text)], BATTERIES)["c"]
    return g.status, g.reason


def test_a_chinese_claim_that_gives_a_figure_to_another_firm_or_country_is_contradicted() -> None:
    status, reason = _status("比亚迪以41%的出货份额位居第一")
    assert status == "contradicted" and "比亚迪" in reason and "19%" in reason
    assert "(41%: 宁德时代在储能电池出货量中占41%的份额)" in reason  # whose 41% it is
    status, reason = _status("日本储能电池渗透率为6.2%")
    assert status == "contradicted" and "韩国" in reason
    # the same figures given to their own owners stand
    for right in ("宁德时代份额41%，遥遥领先", "比亚迪份额19%", "韩国的渗透率为6.2%"):
        assert _status(right)[0] == "supported", right
    # a name in an aside owns nothing (如比亚迪、亿纬锂能 are examples, not the subject)
    assert _status("宁德时代以41%领先（如比亚迪等厂商紧随其后）")[0] != "contradicted"


def test_an_english_claim_reads_whose_figure_it_is_in_a_chinese_report() -> None:
    def status(text: str) -> tuple[str, str]:
        g = ground([make_claim("c", "gpt", text)], BATTERIES)["c"]
        return g.status, g.reason

    assert status("South Korea's storage penetration is 6.2%.")[0] == "supported"
    wrong = status("Japan's storage penetration is 6.2%.")
    assert wrong[0] == "contradicted" and "japan" in wrong[1].lower(), wrong
    assert status("BYD ranks second with 19%.")[0] == "supported"
    wrong = status("BYD leads with a 41% share.")
    assert wrong[0] == "contradicted" and "19%" in wrong[1], wrong


DOORBELLS = report(
    (
        "Adoption",
        "Germany stands at 44% and Japan at 38%. "
        "Video doorbells are most common in South Korea, where 31% of households have one.",
    ),
    ("Europe", "European households spend 12% more on monitoring than in 2023."),
)


def test_a_chinese_claim_that_gives_an_english_reports_figure_to_another_country() -> None:
    def status(text: str) -> tuple[str, str]:
        g = ground([make_claim("c", "kimi", text)], DOORBELLS)["c"]
        return g.status, g.reason

    wrong = status("日本的可视门铃普及率达31%")
    assert (
        wrong[0] == "contradicted"
        and "south korea" in wrong[1].lower()
        and "japan" in wrong[1].lower()
    )
    assert status("日本为44%")[0] == "contradicted"
    for right in ("韩国可视门铃普及率达31%", "德国为44%，日本为38%", "欧洲家庭的监控支出多12%"):
        assert status(right)[0] not in ("contradicted", "unsupported"), right


def test_a_chinese_claim_naming_a_place_within_its_label_s_country() -> None:
    """ "美国：加州…63%" gives the 63% to California (the sentence's Californian systems), in the
    country its label names: no figure of another name; another country's label alone is."""
    solar = report(
        (
            "United States",
            "The United States accounted for 26% of the global market. Under net billing, the "
            "share of new Californian solar systems sold with a battery rose to 63%.",
        ),
        ("Australia", "In Australia, 41% of new rooftop systems came with a battery."),
    )
    g = ground([make_claim("c", "doubao", "美国：加州新装光伏配储率升至63%")], solar)["c"]
    assert g.status == "supported", g.reason
    g = ground([make_claim("c", "doubao", "澳大利亚：新装光伏配储率升至63%")], solar)["c"]
    assert g.status == "contradicted", g.reason


def status(text: str, doc: Document) -> str:
    return ground([make_claim("c", "m", text)], doc)["c"].status


def test_a_hyphenated_word_opening_a_sentence_is_no_name() -> None:
    prices = report(
        (
            "Prices",
            "Plant-based meat costs 1.8 times as much as conventional meat in the US. "
            "Plant-based milk holds 44% of the milk aisle in Germany. "
            "Most shoppers buy plant-based milk at least once a month.",
        )
    )
    # "Plant-based" is no owner of 1.8 times: the figure is the US price gap the claim gives
    assert status("植物肉在美国的价格约为普通肉类的1.8倍", prices) == "supported"
    assert status("植物肉在德国的价格约为普通肉类的1.8倍", prices) == "contradicted"


def test_a_sentence_of_one_name_may_give_it_two_figures() -> None:
    regions = report(
        (
            "Regions",
            "Asia-Pacific accounted for 17% of sales and is the fastest-growing region, up 15%. "
            "Europe accounted for 41% of sales, and North America for 36%.",
        )
    )
    for text in (
        "Asia-Pacific is the fastest-growing region, up 15%.",
        "亚太：增长最快的地区，增长15%",
    ):
        assert status(text, regions) == "supported", text
    assert status("Europe accounted for 36% of sales.", regions) == "contradicted"


def test_a_reason_names_a_name_as_the_report_writes_it() -> None:
    shares = report(
        (
            "Own brands",
            "Private labels hold 47% of plant-based meat sales in Germany. "
            "In the United Kingdom the share is 21%. "
            "Asia-Pacific accounted for 17% of sales.",
        )
    )
    g = ground([make_claim("c", "m", "英国自有品牌在植物肉中的份额达到47%。")], shares)["c"]
    assert g.status == "contradicted" and "Germany" in g.reason and "United Kingdom" in g.reason
    g = ground([make_claim("c", "m", "Asia-Pacific accounted for 19% of sales.")], shares)["c"]
    assert g.status == "contradicted" and "17%" in g.reason


NEWS = report(
    (
        "News",
        "The United States and Israel signed the trade deal on Tuesday in Geneva. "
        "Officials at the Department of Homeland Security declined to comment. "
        "Retail prices of oat drinks fell across European supermarkets this spring.",
    )
)


def test_a_name_the_report_never_gives_is_unsupported_even_in_a_paraphrase() -> None:
    prices = report(
        (
            "Prices",
            "Retail prices of oat drinks fell across European supermarkets this spring. "
            "Private-label products now account for 30% of oat drink sales. "
            "Most shoppers compare prices before they buy.",
        )
    )
    # the passage on the subject lacks most of the claim's words, and the names are new: the
    # names are what the claim adds, so it is flagged, not left unverified
    claim = "In the UK, Tesco introduced a price-match promise for oat drinks this spring."
    g = ground([make_claim("c", "m", claim)], prices)["c"]
    assert g.status == "unsupported" and "tesco" in g.reason.lower()


def test_a_sentence_opening_word_and_an_acronym_the_report_spells_out_are_no_new_names() -> None:
    for text in (
        "The U.S. and Israel signed the trade deal on Tuesday. Previously, talks had stalled.",
        "DHS officials declined to comment.",
    ):
        assert status(text, NEWS) not in ("unsupported", "contradicted"), text
    assert status("FBI officials declined to comment.", NEWS) in ("unsupported", "contradicted")


def test_a_claim_that_names_the_reports_owner_too_swaps_nothing() -> None:
    market = report(
        (
            "Market",
            "Chinese manufacturers supplied 43% of the heat pumps sold in Europe. "
            "In the United States, 4.4 million heat pumps were shipped. "
            "Japanese brands held 12% of the Asian market.",
        )
    )
    # 中国 and 欧洲 are both the report's: the figure is set by one of them, not swapped
    assert status("中国厂商在欧洲热泵市场的份额达到43%", market) == "supported"
    assert status("美国热泵出货量达到440万台", market) == "supported"  # the United States
    assert status("日本厂商在欧洲的份额达到43%", market) == "contradicted"


PAYMENTS = report(
    (
        "Payments",
        "The survey covered 9,000 shoppers in six countries. Among shoppers in Vietnam and the "
        "Philippines the cash share is above 60%.",
    ),
    (
        "Cities",
        "The largest trade fair took place in Hanoi, where 48,000 visitors came. In the "
        "Vietnamese capital, 57% of shoppers paid by phone at least once a week.",
    ),
    ("Staff", "Dr Okafor found that one in five cashiers works more than 50 hours a week."),
)


@pytest.mark.parametrize(
    "text",
    [
        # 菲律宾 is "the Philippines" in the dictionary: the claim names the owner too
        "越南和菲律宾的现金支付比例超过60%。",
        # "the Vietnamese capital" may stand for Hanoi, named the sentence before
        "在河内，57%的购物者每周至少用手机支付一次。",
        # "Roughly" opening a sentence is a common word, not a name that takes Okafor's place
        "Roughly one in five cashiers works more than 50 hours a week.",
    ],
)
def test_a_claim_is_not_contradicted_by_a_description_or_a_common_first_word(text: str) -> None:
    assert status(text, PAYMENTS) not in ("contradicted", "unsupported"), text


def test_the_everyday_english_list_is_worked_out_once_and_kept_in_the_cache_folder() -> None:
    from pathlib import Path

    from summarizer.compare.everyday import everyday_english
    from summarizer.config import default_cache_dir

    everyday_english.cache_clear()
    words = everyday_english()
    assert "roughly" in words and "gemini" not in words
    [kept] = (Path(default_cache_dir()) / "dictionary").glob("english-words-*.txt")
    kept.write_text(kept.read_text(encoding="utf-8") + "\nzorblax", encoding="utf-8")
    everyday_english.cache_clear()
    assert "zorblax" in everyday_english()  # read back, not worked out again
    everyday_english.cache_clear()


def test_a_chinese_claim_that_lists_places_gives_its_figure_to_none_of_them() -> None:
    """The claim's 58% stands in a sentence about fast chargers, while the report names its five
    provinces elsewhere: a wrong figure, and the reason names no owner it cannot know (not
    "DC kW", not one of the five)."""
    doc = report(
        (
            "Regions",
            "Guangdong, Zhejiang, Jiangsu, Shanghai and Beijing together hold 56% of public "
            "piles. Among new DC piles, 58% were rated 120 kW or above.",
        ),
        title="Charging",
    )
    claim = make_claim("c", "doubao", "广东、浙江、江苏、上海、北京五省市占全国公共桩的58%。")
    g = ground([claim], doc)["c"]
    assert g.status == "contradicted"
    assert g.reason == "the report states 58%, but of something else"


TEA = report(
    (
        "Brands",
        "Mixue Bingcheng (蜜雪冰城) is the largest chain by far, with 46,479 stores worldwide at "
        "the end of 2024, of which about 4,900 are outside mainland China. Its average ticket is "
        "around RMB 6, and 57.2% of its stores are in smaller cities. Mixue's revenue rose 22.3% "
        "to RMB 24.8 billion. "
        "Orders through Meituan and Ele.me made up 41.6% of all orders in 2024, up from 36.0% "
        "in 2022.",
    )
)


def test_a_name_in_the_sentence_before_owns_no_figure_of_this_one() -> None:
    """ "China." ends a sentence: the RMB 6 of the next is Mixue's, not China's."""
    text = "about 4,900 are outside mainland China. Its average ticket is around RMB 6."
    assert owners(text, {"china"}) == []
    assert [name for _, name in owners("Outside China: RMB 6 a cup.", {"china"})] == ["china"]


def test_a_figure_the_claim_compares_with_belongs_to_no_one_now() -> None:
    claim = make_claim("c", "gpt", "41.6% of orders came via Meituan and Ele.me, up from 36.0%.")
    g = ground([claim], TEA)["c"]
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Southwest 12%", "supported"),
        ("North 17%", "supported"),
        ("Central 12%", "contradicted"),
        ("Southwest China 8%", "contradicted"),
    ],
)
def test_a_region_named_in_two_words_owns_its_figure(claim: str, status: str) -> None:
    """ "Southwest China 12%": the owner is Southwest China — which a claim may call Southwest
    — not "China", and Central is not it."""
    doc = report(
        ("Regions", "South China held 21%, North China 17%, Southwest China 12%, Central China 8%.")
    )
    g = ground([make_claim("c", "m", claim)], doc)["c"]
    assert g.status == status, g.reason


def test_a_name_the_report_joins_a_word_to_with_a_hyphen_is_still_its_owner() -> None:
    """ "GPU spend: more than doubled (2.1x)" of the report's "GPU-backed instances … 2.1x" is
    the claim's own figure, not one the report gives to another; another figure is not."""
    doc = report(
        (
            "Spending",
            "Spending on GPU-backed instances grew 2.1x year over year, while spending on "
            "TPU-backed instances grew 1.4x.",
        )
    )
    g = ground([make_claim("c", "m", "GPU spend: more than doubled (2.1x) year over year.")], doc)
    assert g["c"].status == "supported", g["c"].reason
    g = ground([make_claim("c", "m", "TPU spend: more than doubled (2.1x) year over year.")], doc)
    assert g["c"].status == "contradicted", g["c"].reason


def test_the_word_that_joined_a_clause_to_the_one_before_is_no_word_of_the_claim() -> None:
    """ "whereas Asia-Pacific sits at roughly one in nine" is grounded as its clause is: the
    "whereas" is the answer's glue, not a word the report must say."""
    doc = report(
        ("Regions", "Asia-Pacific is the least remote region, with 11.2% working fully remotely."),
        (
            "Spending",
            "Spending grew fastest in Latin America (+17.8%), whereas Asia-Pacific grew 15.1%.",
        ),
    )
    bare = ground([make_claim("c", "m", "Asia-Pacific sits at roughly one in nine")], doc)["c"]
    joined = ground(
        [make_claim("c", "m", "whereas Asia-Pacific sits at roughly one in nine")], doc
    )["c"]
    assert joined.status == bare.status != "contradicted", joined.reason
    assert joined.source_anchor == bare.source_anchor


def test_south_china_is_never_north_chinas_china() -> None:
    regions = report(
        (
            "Regions",
            "East China remained the largest market, with 40.2% of sales. South China, led by "
            "Fujian, took 23.5%, and North China took 16.1%.",
        )
    )
    assert status("华南：23.5%", regions) == "supported"
    g = ground([make_claim("c", "m", "华北：23.5%")], regions)["c"]
    assert g.status == "contradicted" and "North China 16.1%" in g.reason, g.reason


def test_a_reason_writes_a_firm_as_the_report_does_number_and_all() -> None:
    """ "the report gives 4.5% to 37 Interactive, not Lilith": a name that opens with a number
    keeps it, and a name is written with the report's capitals."""
    sentence = "37 Interactive held 4.5% of the market and Lilith held 3.2%."
    assert as_written("interactive", sentence) == "37 Interactive"
    assert as_written("lilith", sentence, "lilith 市场份额4.5%") == "Lilith"
    assert as_written("tencent", "In 2025 Tencent led with 41.2%.") == "Tencent"


CHARGING_REPORT = """# 2025年公共充电运营报告

## 竞争格局

星桩继续领先，公共充电桩市场份额为31%，与上年持平。驿充的份额为18%，较上年提高3个百分点。蓝途（华能旗下）份额为12%，其充电服务收入同比增长27%。其他运营商合计占39%。

| 运营商 | 市场份额 | 份额变化 |
| --- | --- | --- |
| 星桩 | 31% | 持平 |
| 驿充 | 18% | +3个百分点 |
| 蓝途 | 12% | +1个百分点 |
| 其他 | 39% | -4个百分点 |
"""


@pytest.mark.parametrize(
    ("claim", "status", "said"),
    [
        ("驿充的充电服务收入同比增长27%", "contradicted", "the report gives 27% to 蓝途, not 驿充"),
        ("星桩的份额为18%", "contradicted", "the report gives 18% to 驿充, not 星桩"),
        ("蓝途的充电服务收入同比增长27%", "supported", ""),
        ("驿充：份额18%，较上年提高3个百分点", "supported", ""),
        # in English, as pinyin writes them
        ("Xingzhuang holds 31% of public chargers.", "supported", ""),
        ("Lantu's charging revenue grew 27%.", "supported", ""),
        ("Yichong's charging revenue grew 27%.", "contradicted", ""),
        ("Yichong holds 31% of public chargers.", "contradicted", ""),
    ],
)
def test_a_chinese_report_s_own_firms_own_their_figures(
    tmp_path: Path, claim: str, status: str, said: str
) -> None:
    """Firms no dictionary knows (星桩, 驿充, 蓝途) are the report's own where its table lists them
    row by row — in English too, spelled in pinyin (Yichong): a figure the report gives one of
    them is not another's."""
    path = tmp_path / "charging.md"
    path.write_text(CHARGING_REPORT, encoding="utf-8")
    g = ground([make_claim("c", "m", claim)], fetch(str(path)))["c"]
    assert g.status == status, g.reason
    assert said in g.reason


SWEEPERS = """# 2025年扫地机器人市场

## 品牌格局

表1 2025年主要品牌

| 排名 | 品牌 | 市场份额 | 同比增速 |
| --- | --- | --- | --- |
| 1 | 石头科技 | 24.6% | 37% |
| 2 | 科沃斯 | 21.9% | 12% |
| 3 | 追觅 | 15.3% | 58% |

石头科技凭借高端机型继续领跑，追觅增速最快。
"""

ANSWER = """### 品牌格局
- **追觅**：份额15.3%，增速最快（同比增长37%）。
- **科沃斯**：份额21.9%，同比增长12%。
"""


def test_a_figure_under_a_firms_label_is_that_firms(tmp_path: Path) -> None:
    """The bold label names the firm; the 37% its line gives is 石头科技's row, not 追觅's: the
    reason says whose it is, or what 追觅's row gives instead."""
    path = tmp_path / "sweepers.md"
    path.write_text(SWEEPERS, encoding="utf-8")
    claims = claims_from_markdown("doubao", ANSWER)
    found = ground(claims, fetch(str(path)))
    by_text = {c.text: found[c.id] for c in claims}
    wrong = next(g for t, g in by_text.items() if "37%" in t)
    assert wrong.status == "contradicted", wrong.reason
    assert "石头科技" in wrong.reason or "58%" in wrong.reason, wrong.reason
    right = [g for t, g in by_text.items() if ("12%" in t or "21.9%" in t) and "37%" not in t]
    assert right and all(g.status == "supported" for g in right), [g.reason for g in right]


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("江苏、浙江和安徽三省合计占71%", "supported"),
        ("江苏、浙江和安徽三省聚集了超过七成的企业", "supported"),
        ("安徽占71%", "contradicted"),  # one name's figure is still checked
    ],
)
def test_a_figure_a_list_of_names_holds_together_is_no_one_names(claim: str, status: str) -> None:
    doc = report(
        (
            "区域",
            "从注册地看，江苏聚集了全国39%的企业，浙江占19%，安徽占13%，三省合计占71%。",
        ),
        title="区域分布",
    )
    g = ground([make_claim("c", "m", claim)], doc)["c"]
    assert g.status == status, g.reason


def test_a_short_clause_is_found_with_the_clause_that_opened_its_sentence() -> None:
    """ "其中江苏接近四成" alone shares too little with the long sentence that states it."""
    doc = report(
        (
            "区域",
            "从企业注册地看，江苏聚集了全国39%的工业机器人整机企业，浙江占19%，安徽占13%，"
            "三省合计占71%，其余企业分散在中西部的十余个省份。",
        ),
        ("应用", "汽车制造仍是最大的应用场景，占装机量的37%。"),
        title="区域分布",
    )
    answer = "从地域上看，江苏、浙江和安徽三省聚集了超过七成的整机企业，其中江苏接近四成。"
    claims = claims_from_markdown("gemini", answer)
    found = ground(claims, doc)
    part = next(c for c in claims if c.text.startswith("其中"))
    assert found[part.id].status == "supported", found[part.id].reason
    assert "39%" in (found[part.id].source_quote or "")


DRONES = report(
    (
        "Regions",
        "The Middle East and Africa was the fastest-growing region, with revenue up 31% to "
        "$2.1 billion. Latin American revenue grew 17% to $1.4 billion.",
    ),
    (
        "Agriculture",
        "China accounted for 58% of agricultural drone units, followed by Brazil (12%) and "
        "Southeast Asia (8%). In Brazil, agricultural drone shipments nearly doubled, rising 93% "
        "year on year.",
    ),
    title="Drones",
)


def test_a_loose_share_is_no_rate_of_change() -> None:
    """九成以上 of units is no "rising 93%": not Brazil's figure given to China."""
    g = ground([make_claim("c", "m", "中国厂商供应了全球九成以上的农业无人机")], DRONES)["c"]
    assert "Brazil" not in g.reason, g.reason


def test_a_sentence_that_refers_back_speaks_of_the_name_before_it(tmp_path: Path) -> None:
    """ "Its revenue …, and it held 11% of the European market" is Vantor's 11%: not the 2.1%
    of its table row, which gives its global share."""
    path = tmp_path / "drones.md"
    path.write_text(
        "# Drones 2025\n\n## Vendors\n\n| Rank | Company | Global share |\n| --- | --- | --- |\n"
        "| 1 | Altura | 58% |\n| 4 | Vantor | 2.1% |\n\n"
        "Vantor was the fastest-growing Western vendor. Its revenue rose 38%, and it held 11% "
        "of the European market, second only to Altura.\n",
        encoding="utf-8",
    )
    doc = fetch(str(path))
    g = ground([make_claim("c", "doubao", "Vantor在欧洲市场份额为11%")], doc)["c"]
    assert g.status == "supported", g.reason
    g = ground([make_claim("c", "doubao", "Vantor在欧洲市场份额为19%")], doc)["c"]
    assert g.status == "contradicted", g.reason


def test_a_table_row_bears_out_only_its_own_names_figures(tmp_path: Path) -> None:
    """The row under Hanul's gives Vantara 2.1%: "Hanul Cold Chain 2.1%" is Hanul's 2.4%
    misquoted, not borne out by its neighbour (the firms' names share "Cold Chain", as the
    report's own words do); a claim that names two firms of two rows is borne out by both."""
    rows = [
        ("Sinofrost", "China", "28.3", "6.6%", "+7.9%"),
        ("Polaris", "Japan", "19.7", "4.6%", "+2.1%"),
        ("Kestrel", "Australia", "12.8", "3.0%", "+6.4%"),
        ("Hanul", "South Korea", "10.3", "2.4%", "+5.5%"),
        ("Vantara", "India", "9.0", "2.1%", "+31.5%"),
    ]
    table = "".join(
        f"| {k} | {name} Cold Chain | {' | '.join(rest)} |\n"
        for k, (name, *rest) in enumerate(rows, 1)
    )
    path = tmp_path / "cold.md"
    path.write_text(
        "# Asia-Pacific Cold Chain 2025\n\n## Operators\n\nThe cold chain market stays "
        "fragmented: the ten largest cold chain operators held 27.4% of capacity.\n\n"
        "| Rank | Operator | Home market | Capacity (million m3) | Share | Growth |\n"
        "| --- | --- | --- | --- | --- | --- |\n" + table + "\n"
        "Sinofrost Cold Chain remains the largest operator by a wide margin.\n",
        encoding="utf-8",
    )
    doc = fetch(str(path))
    claims = [
        make_claim("wrong", "kimi", "Hanul Cold Chain为2.1%。"),
        make_claim(
            "right", "chatgpt", "Polaris Cold Chain (4.6%) and Kestrel Cold Chain (3.0%) follow."
        ),
    ]
    found = ground(claims, doc)
    assert found["wrong"].status == "contradicted", found["wrong"].reason
    assert "2.4%" in (found["wrong"].reason or "")
    assert found["right"].status == "supported", found["right"].reason


def test_the_place_a_reports_title_names_is_its_scope_not_another_subject() -> None:
    """The report is about China: "中国…同比增长41.5%" is the 全国 sentence's 41.5%, not a
    misquote of the one other sentence that writes 中国 (exports, +58%)."""
    doc = report(
        (
            "总体规模",
            "2025年全国新型储能新增装机3,580万千瓦，同比增长41.5%。累计装机达到1.12亿千瓦。",
        ),
        ("出口", "2025年中国储能产品出口额达到1,320亿元，同比增长58%。"),
        title="2025年中国储能产业发展报告",
    )
    claim = make_claim("c", "kimi", "中国新型储能新增装机3,580万千瓦，同比增长41.5%。")
    assert ground([claim], doc)["c"].status == "supported"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("峰驰科技以约41GWh的出货量排名第一。", "contradicted"),
        ("朗拓能源以41GWh的出货量位居第一。", "supported"),
        ("峰驰科技以33GWh位居第二。", "supported"),
    ],
)
def test_a_figure_the_sentence_gives_to_the_firm_before_it_is_that_firms(
    claim: str, status: str
) -> None:
    """Firms no dictionary knows, told apart by where the sentence puts them: 41 GWh is 朗拓能源's,
    and 峰驰科技's is 33 GWh."""
    doc = report(
        (
            "系统集成",
            "在系统集成环节，朗拓能源以41 GWh的出货量位居第一，峰驰科技以33 GWh位居第二。",
        ),
        title="储能产业报告",
    )
    g = ground([make_claim("c", "gemini", claim)], doc)["c"]
    assert g.status == status, g.reason
    if status == "contradicted":
        assert "朗拓能源" in (g.reason or "")


def test_an_english_claim_given_another_rows_figure_is_contradicted(tmp_path: Path) -> None:
    """34.6% is Xiaomi's growth, which the prose says right after naming Xiaomi; a claim that
    gives it to Samsung, whose row says 6.2%, is the wrong firm's figure — the table's long
    headers ("Shipments (million units)") notwithstanding."""
    path = tmp_path / "watches.md"
    path.write_text(
        "# Smartwatches 2025\n\n## Vendors\n\n"
        "| Vendor | Shipments (million units) | Market share | Growth (YoY) |\n"
        "| --- | --- | --- | --- |\n| Apple | 49.1 | 27.0% | 3.1% |\n"
        "| Samsung | 26.4 | 14.5% | 6.2% |\n| Xiaomi | 19.1 | 10.5% | 34.6% |\n\n"
        "Xiaomi was the fastest-growing of the four, with shipments up 34.6%.\n",
        encoding="utf-8",
    )
    doc = fetch(str(path))
    claims = [
        make_claim("wrong", "chatgpt", "Samsung: the fastest-growing vendor, shipments up 34.6%."),
        make_claim("right", "chatgpt", "Xiaomi: the fastest-growing vendor, shipments up 34.6%."),
    ]
    found = ground(claims, doc)
    assert found["wrong"].status == "contradicted", found["wrong"].reason
    assert "Xiaomi" in (found["wrong"].reason or "")
    assert found["right"].status == "supported", found["right"].reason


def test_a_chinese_firm_an_english_report_spells_in_pinyin_owns_its_row(tmp_path: Path) -> None:
    """The report's table writes 君乐宝 as "Junlebao", in pinyin: a Chinese claim that gives
    君乐宝 the next row's share is contradicted, and one that gives it its own is borne out."""
    path = tmp_path / "formula.md"
    path.write_text(
        "# China Infant Formula Market 2025\n\n## Brands\n\nThe top three brands held 36.5% "
        "of sales.\n\n| Rank | Company | Share |\n| --- | --- | --- |\n| 1 | Feihe | 18.2% |\n"
        "| 2 | Junlebao | 11.4% |\n| 3 | Beiyinmei | 6.9% |\n\nFeihe stays the leader.\n",
        encoding="utf-8",
    )
    own = make_claim("a", "doubao", "君乐宝：市场份额11.4%，排名第二")
    next_row = make_claim("b", "doubao", "君乐宝：市场份额6.9%")
    found = ground([own, next_row], fetch(str(path)))
    assert found["a"].status == "supported", found["a"].reason
    assert found["b"].status == "contradicted", found["b"].reason


def test_a_two_letter_acronym_of_a_name_the_report_writes_out_is_that_name() -> None:
    """ "EU" and "UK" for the report's "European Union" and "United Kingdom": the claim is read
    as naming them, found on their sentence and borne out — or set against it."""
    doc = report(
        (
            "Regions",
            "Germany leads with 31% of installed capacity. "
            "The United Kingdom follows with 18%, while the European Union as a whole grew 9%.",
        ),
        title="Heat pumps 2026",
    )
    claims = [
        make_claim("uk", "m", "UK: 18% of installed capacity"),
        make_claim("eu", "m", "EU: growth of 9%"),
        make_claim("wrong", "m", "EU: growth of 14%"),
    ]
    g = ground(claims, doc)
    assert g["uk"].status == "supported" and g["eu"].status == "supported", (g["uk"], g["eu"])
    assert g["wrong"].status == "contradicted", g["wrong"]


def test_a_plural_common_word_opening_a_sentence_is_no_name() -> None:
    """ "Regulators require … below 1.3" gives 1.3 to no one: a claim that gives it to China,
    the country the paragraph is about, is borne out."""
    doc = report(
        (
            "China",
            "China's data centres used 129 TWh in 2025. Regulators require new large sites to "
            "reach a power usage effectiveness below 1.3.",
        )
    )
    g = ground([make_claim("c", "m", "中国：新建大型数据中心的电能利用效率须低于1.3")], doc)
    assert g["c"].status == "supported", g["c"].reason


def test_an_acronym_of_lower_case_words_finds_the_sentence_that_writes_them() -> None:
    """ "a CAGR of 21%" is the growth rate's 21%, not the rural orders' — the report writes
    CAGR out as "compound annual growth rate"."""
    doc = report(
        (
            "Market",
            "Drone deliveries reached 190 million orders in 2025. Rural areas made up 21% of "
            "orders. The market should grow at a compound annual growth rate of 21% to 2028.",
        )
    )
    g = ground([make_claim("c", "m", "a CAGR of 21%")], doc)["c"]
    assert g.status == "supported" and "compound annual" in (g.source_quote or ""), g


def test_a_name_the_aside_after_another_gives_owns_the_figure_with_it() -> None:
    """ "Fieldly (formerly HireHub Talent) was used by 31%": the claim that gives 31% to Fieldly
    is borne out; one that gives it to another channel is told it is Fieldly's."""
    doc = report(
        (
            "Channels",
            "LinkedIn remains the main channel for sourcing engineers. Fieldly (formerly "
            "HireHub Talent) was used by 31% of companies, mostly startups.",
        )
    )
    g = ground(
        [
            make_claim("right", "m", "Fieldly is popular with startups (31%)."),
            make_claim("wrong", "m", "LinkedIn is used by 31% of companies."),
        ],
        doc,
    )
    assert g["right"].status == "supported", g["right"].reason
    assert g["wrong"].status == "contradicted" and "Fieldly" in g["wrong"].reason, g["wrong"]


def test_a_chinese_names_english_in_brackets_is_no_name_the_report_lacks() -> None:
    doc = report(("厂商", "字节跳动凭借豆包和火山引擎，在中小企业中增长最快，份额为17.6%。"))
    g = ground(
        [make_claim("c", "m", "字节跳动依托豆包和火山引擎（Volcano Engine）增长最快。")], doc
    )
    assert g["c"].status != "unsupported", g["c"].reason


def test_a_firm_an_answer_invents_is_a_name_though_it_opens_the_sentence() -> None:
    """ "Zalando alone accounts for roughly 9%…": the report names no Zalando, and its 9% is of
    something else. "Async" opens a claim too, but the report writes the word out
    ("asynchronous"); "Overall" is English."""
    doc = report(
        (
            "Channels",
            "Online sales reached 31% of running-shoe sales, and specialty stores held 14%."
            " Asynchronous written communication is the skill employers screen for most."
            " Overall, direct sales rose to 38%.",
        ),
        ("Costs", "Freight costs rose 9% as carriers added surcharges."),
    )

    def status(text: str) -> tuple[str, str]:
        g = ground([make_claim("c", "gemini", text)], doc)["c"]
        return g.status, g.reason

    invented = status("Zalando alone accounts for roughly 9% of running-shoe sales.")
    assert invented[0] == "unsupported" and "zalando" in invented[1].lower(), invented
    assert status("Async written communication is the top skill employers screen for.")[0] != (
        "unsupported"
    )
    assert status("Overall, direct sales rose to 38%.")[0] == "supported"


FREIGHT = report(
    (
        "Regions",
        "The Gulf and East Africa corridor was the fastest-growing route in 2025, with "
        "container volumes up 27.4% to 3.1 million TEU. "
        "Northern Europe handled 14.2 million TEU, up 3.6%. "
        "South America grew 11.8% to 2.4 million TEU, helped by new terminals in Santos.",
    ),
    (
        "Rail",
        "Rail freight across Central Asia rose 9.5%. "
        "Volumes rose 41.7% on the new line, which opened in March.",
    ),
)


def test_a_figure_the_prose_gives_to_another_region_is_contradicted_in_either_language() -> None:
    """The report writes each region's figure in its own sentence: a claim that gives the Gulf
    corridor's 27.4% to South America is contradicted, with South America's own figure."""

    def verdict(text: str) -> tuple[str, str]:
        g = ground([make_claim("c", "m", text)], FREIGHT)["c"]
        return g.status, g.reason

    status, reason = verdict("South America volumes grew 27.4%, the fastest of any route.")
    assert status == "contradicted" and "11.8%" in reason and "Gulf" in reason, reason
    status, reason = verdict("南美集装箱量增长27.4%，增速最快。")
    assert status == "contradicted" and "south america" in reason.lower(), reason
    # each region's own figure stands, and so does one said of a region the sentence before names
    for right in (
        "South America grew 11.8% to 2.4 million TEU.",
        "The Gulf and East Africa corridor grew 27.4%.",
        "南美增长11.8%。",
        "Central Asia's new line saw volumes rise 41.7%.",
    ):
        assert verdict(right)[0] == "supported", right


def test_a_row_s_figure_is_read_in_its_own_table(tmp_path: Path) -> None:
    """Two tables hold 12.6%: a market's share and a category's growth. An English claim giving
    the market table's 12.6% to 拉美 (whose row says 7.9%) is contradicted, whatever the other
    table says."""
    path = tmp_path / "exports.md"
    path.write_text(
        "# 2025年出口报告\n\n## 概览\n\n东盟、中东、拉美三大新兴市场合计占比26.9%。\n\n## 市场\n\n"
        "新兴市场表现突出：东盟占比12.6%，同比增长27.3%。\n\n| 市场 | 出口占比 | 同比增速 |\n"
        "| --- | --- | --- |\n| 美国 | 34.2% | 4.0% |\n| 东盟 | 12.6% | 27.3% |\n"
        "| 拉美 | 7.9% | 31.2% |\n\n## 物流\n\n拉美海外仓数量增长最快。拉美的退货率仍然偏高。"
        "面向拉美的专线航班增加。拉美卖家数量翻番。\n\n## 品类\n\n"
        "| 品类 | 出口额（亿元） | 同比增速 |\n| --- | --- | --- |\n"
        "| 家居家具 | 4,830 | 12.6% |\n| 照明灯具 | 510 | 3.2% |\n",
        encoding="utf-8",
    )
    found = ground(
        [
            make_claim("wrong", "chatgpt", "Latin America's share rose to 12.6%."),
            make_claim("right", "chatgpt", "Latin America's share is 7.9%."),
        ],
        fetch(str(path)),
    )
    assert found["wrong"].status == "contradicted" and "东盟" in found["wrong"].reason
    assert found["right"].status == "supported", found["right"].reason


def test_a_word_the_claim_says_twice_is_one_word_a_sentence_must_say() -> None:
    """学生 twice in the claim: a sentence about students that happens to give 56% has said one
    of its words, not two — no support for "over half of teachers" there."""
    doc = report(
        (
            "Perceptions",
            "The perception gap between teachers and families persists. Only 44.0% of "
            "teachers agree that online students learn as well as classroom students.",
        ),
        (
            "Tools",
            "Trust in AI remains limited: 56% of students say they always check AI answers "
            "against their textbooks.",
        ),
        title="Online Learning Survey 2025",
    )
    claim = make_claim("c", "qwen", "超过一半的教师认为线上学生与课堂学生学得一样好")
    g = ground([claim], doc)["c"]
    assert g.status != "supported", (g.source_quote, g.reason)


_SCOOTERS = (
    "# Shared Scooters 2025\n\n## Operators\n\n"
    "| Operator | Fleet | Share of rides (%) | Change vs 2024 (points) |\n"
    "| --- | --- | --- | --- |\n"
    "| Comet | 910 | 27.5 | +0.8 |\n| Anchor | 560 | 17.3 | -0.9 |\n"
    "| Pebble | 410 | 9.8 | +3.1 |\n| Others | 1,300 | 45.4 | -3.0 |\n\n"
    "Anchor stayed the second-largest operator at 17.3%, but lost 0.9 points as it left "
    "three cities. Pebble was the biggest gainer, adding 3.1 points to reach 9.8% through its "
    "app partnerships. The others lost 3.0 points of share.\n"
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Pebble: the biggest gainer, now holding 17.3% of rides (+3.1 pts).", "contradicted"),
        ("Pebble: the biggest gainer, now holding 9.8% of rides (+3.1 pts).", "supported"),
        ("Pebble gained the most share, adding 3.1 percentage points.", "supported"),
        ("Pebble lost 3.1 points of share.", "contradicted"),
        ("Anchor: 17.3% of rides, down 0.9 pts.", "supported"),
    ],
)
def test_a_firm_named_by_an_everyday_word_owns_its_row_and_its_sentence(
    tmp_path: Path, claim: str, status: str
) -> None:
    """Pebble and Anchor are everyday words, but the table lists them row by row and the
    report never writes them in lower case: they are names. "Pebble … 17.3%" is given the
    neighbour's figure from the paragraph that bears out its other figure (+3.1 points)."""
    path = tmp_path / "scooters.md"
    path.write_text(_SCOOTERS, encoding="utf-8")
    g = ground([make_claim("c", "chatgpt", claim)], fetch(str(path)))["c"]
    assert g.status == status, g.reason
    if status == "contradicted" and "17.3%" in claim:
        assert "Anchor" in (g.reason or "") and "9.8%" in (g.reason or "")


_PHONES = (
    "# 2025年中国AI手机市场报告\n\n## 品牌格局\n\n"
    "2025年华为以21.5%的份额位居第一，小米份额为15.0%，较上年提升1.1个百分点。\n\n"
    "| 品牌 | 份额 |\n| --- | --- |\n| 华为 | 21.5% |\n| 苹果 | 17.2% |\n| OPPO | 11.6% |\n"
    "| 荣耀 | 10.9% |\n\n苹果份额下滑，主要原因是Apple Intelligence国行版上线晚于预期。\n\n"
    "## 海外市场\n\n东南亚是最大的海外市场，占中国品牌海外出货量的38%；欧洲市场占比为21%。\n"
)


@pytest.fixture(scope="module")
def phones(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("phones") / "phones.md"
    path.write_text(_PHONES, encoding="utf-8")
    return fetch(str(path))


@pytest.mark.parametrize(
    ("claim", "status", "said"),
    [
        ("Xiaomi份额15.0%，同比提升1.1个百分点。", "supported", ""),
        ("Huawei以21.5%的份额位居第一", "supported", ""),
        ("Huawei份额25.1%", "contradicted", "21.5%"),
        ("HONOR的份额为11.6%。", "contradicted", "OPPO"),
        ("Apple份额下滑至17.2%", "supported", ""),  # the report's "Apple Intelligence" is no Apple
        ("Apple份额下滑至21.5%", "contradicted", "华为"),
        ("东南亚是最大海外市场（38%）", "supported", ""),
        ("欧洲是最大海外市场（38%）", "contradicted", "21%"),
    ],
)
def test_a_chinese_claim_reads_a_latin_brand_as_the_report_writes_it(
    phones: Document, claim: str, status: str, said: str
) -> None:
    """Kimi writes Xiaomi, Huawei and HONOR in Chinese sentences; the report writes 小米, 华为
    and 荣耀. None is a name the report never states: each meets its own figure, or another's.
    And 中国 in "占中国品牌海外出货量的38%" is of the whole the share is taken of, not its owner."""
    g = ground([make_claim("c", "kimi", claim)], phones)["c"]
    assert g.status == status, g.reason
    assert said in (g.reason or ""), g.reason
    assert "never states huawei" not in (g.reason or "").lower()
    assert "份额: " not in (g.reason or "")  # a table's cell adds nothing to whose figure it is


@pytest.mark.parametrize(
    ("claim", "status", "said"),
    [
        ("Apple holds 17.2% of the market.", "supported", ""),
        ("HONOR holds 10.9% of the market.", "supported", ""),
        ("HONOR holds 11.6% of the market.", "contradicted", "10.9%"),
    ],
)
def test_an_english_claim_names_a_listed_brand_by_its_gloss(
    phones: Document, claim: str, status: str, said: str
) -> None:
    """Beside OPPO in the report's table, 苹果 and 荣耀 are the brands Apple and HONOR: an
    English claim that names them meets their rows, not "a passage that does not name Apple"."""
    g = ground([make_claim("c", "chatgpt", claim)], phones)["c"]
    assert g.status == status, g.reason
    assert said in (g.reason or ""), g.reason


KITCHEN = report(
    (
        "品牌格局",
        "全国小家电零售额达到1,860亿元，同比增长6.4%。西部地区零售额同比增长11.2%，增速最快。"
        "分品牌看，禾匠以18.6%的零售份额位居第一；澄屿集团（含小岚、栖木）以15.2%位居第二；"
        "鲸厨份额为9.4%。",
    )
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the report gives 18.6% to 禾匠 and 澄屿集团 its own 15.2%, in a sentence of its own
        ("澄屿集团以18.6%的零售份额位居第一", "contradicted"),
        ("澄屿以18.6%的份额位居第一", "contradicted"),  # the firm without its 集团
        ("禾匠以18.6%的零售份额位居第一", "supported"),
        ("澄屿集团以15.2%位居第二", "supported"),
        # a run that holds the other ("零售额同比增长" / "同比增长") is no other owner
        ("零售额同比增长6.4%", "supported"),
    ],
)
def test_a_figure_given_to_a_firm_no_dictionary_knows(text: str, status: str) -> None:
    g = ground([make_claim("c", "doubao", text)], KITCHEN)["c"]
    assert g.status == status, g.reason
    if status == "contradicted":
        assert "禾匠" in g.reason and text[:2] in g.reason


def test_a_place_under_its_province_in_one_word_is_both_places(tmp_path: Path) -> None:
    """jieba keeps 云南昆明 one word; the prose that says Kunming's 27.4% names Yunnan too, so an
    English claim that names both meets it, not the table row of a shop in Kunming."""
    path = tmp_path / "stores.md"
    path.write_text(
        "# 门店报告\n\n## 区域\n\n云南昆明门店客流同比增长27.4%，为全国最快。\n\n"
        "| 排名 | 门店 | 所在地区 | 客流（万） | 同比增长 |\n|---|---|---|---|---|\n"
        "| 1 | 滇池店 | 云南昆明 | 35 | 31.6% |\n| 2 | 西湖店 | 浙江杭州 | 30 | 12.2% |\n",
        encoding="utf-8",
    )
    claim = make_claim(
        "c", "chatgpt", "Kunming in Yunnan grew fastest, with store visits up 27.4%."
    )
    g = ground([claim], fetch(str(path)))["c"]
    assert g.status == "supported", g.reason
    assert "27.4%" in (g.source_quote or "")


def test_a_firm_given_anothers_figure_meets_its_own_fact_in_dispute() -> None:
    """The answer that gives 澄屿集团 禾匠's 18.6% is not credited with 禾匠's fact: it joins
    the others' 澄屿集团 15.2%, as a disagreement."""
    answers = [
        pasted("doubao", "- 禾匠以18.6%的零售份额位居第一\n- 澄屿集团以15.2%位居第二\n"),
        pasted("kimi", "- 禾匠以18.6%的份额排名第一\n- 澄屿集团以15.2%紧随其后\n"),
        pasted("qwen", "- 澄屿集团以18.6%的份额位居第一\n"),
    ]
    comparison = compare(answers, KITCHEN, semantic=False)
    by_text = {comparison.claim(i).text: g for g in comparison.groups for i in g.claim_ids}
    first = by_text["禾匠以18.6%的零售份额位居第一"]
    second = by_text["澄屿集团以15.2%位居第二"]
    assert "qwen" not in first.models
    assert by_text["澄屿集团以18.6%的份额位居第一"] is second
    assert dict(comparison.conflicts[second.id].values)["qwen"] == "18.6%"


# A Chinese report of a toy market, to check English answers against.
TOYS = report(
    (
        "出口",
        "2025年中国玩具出口额为48.6亿美元，同比增长9.3%。",
    ),
    (
        "人群",
        "\u201c95后\u201d和\u201c00后\u201d家长合计占比达到44%。国产品牌有望在2028年前后份额超过一半。",
    ),
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        # US$ is the currency, no United States the report would have to name
        ("Toy exports reached US$4.86 billion, up 9.3%.", "supported"),
        ("Toy exports reached US$4.68 billion, up 9.3%.", "contradicted"),
        # 95后 and 00后 are the post-95s and post-00s
        ("Post-95s and post-00s parents make up 44% of buyers.", "supported"),
        ("Post-95s and post-00s parents make up 54% of buyers.", "contradicted"),
        # "around 2028" is the report's 2028年前后: a year, no figure it never states; its
        # figures forecast for another year are contradicted
        ("Domestic brands may pass 50% of the market around 2028.", "supported"),
        ("Domestic brands may pass 50% of the market around 2029.", "contradicted"),
        ("国产品牌有望在2029年前后份额超过一半", "contradicted"),
        # a year the report never gives is what the claim adds
        ("In 2019 toy exports reached US$4.86 billion, up 9.3%.", "unsupported"),
    ],
)
def test_an_english_answer_read_against_a_chinese_report(claim: str, status: str) -> None:
    g = ground([make_claim("c", "chatgpt", claim)], TOYS)["c"]
    assert g.status == status, g.reason


# An English report of an industrial market: firms with long names and their countries
PUMPS = report(
    (
        "Competition",
        "**KAB Energy Solutions** (Germany) held 7.3% of the market. The company is supplying "
        "the compressors for a 300 MW installation at a Rotterdam refinery. Siemens Energy "
        "delivered two 60 MW units to a chemical park in Antwerp in 2024.",
    ),
    title="Industrial heat pumps 2025",
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        # the firm's name is a run of capitals, its country an aside: the share is the firm's
        ("竞争格局：KAB能源方案（7.3%）", "supported"),
        ("KAB Energy Solutions held 7.3% of the market.", "supported"),
        # 西门子 is Siemens, whose units the report puts at 60 MW: not the supplier of that
        # project; a place after 向 is where the units went, not whose they are
        ("西门子能源正在为鹿特丹炼油厂的300兆瓦项目提供压缩机", "contradicted"),
        ("西门子能源向安特卫普的化工园区交付了两台60兆瓦机组", "supported"),
    ],
)
def test_an_english_firms_name_its_country_and_its_chinese_form(claim: str, status: str) -> None:
    g = ground([make_claim("c", "deepseek", claim)], PUMPS)["c"]
    assert g.status == status, g.reason


PROVINCES = report(
    (
        "省份",
        "浙江省出口额占全国的26.4%，居各省之首；山东省占19.8%；河南省占11.2%；安徽省占8.1%。"
        "上述四省合计占全国出口额的65.5%。",
    ),
    ("展望", "到2030年，东盟市场占中国家具出口额的比例将提高到22%。"),
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the total of the names it lists, not a figure of any one of them
        ("四省合计：浙江、山东、河南、安徽合计占65.5%。", "supported"),
        ("浙江、山东、河南、安徽合计占75.5%。", "unsupported"),
        # 中国 after 占 is the whole the share is of: the share is 东盟's
        ("2030年东盟占比将提升到22%", "supported"),
        ("2030年山东占比将提升到22%", "contradicted"),
    ],
)
def test_a_total_of_listed_names_and_the_whole_a_share_is_of(text: str, status: str) -> None:
    g = ground([make_claim("c", "doubao", text)], PROVINCES)["c"]
    assert g.status == status, g.reason


def test_a_chinese_claim_that_writes_the_firms_latin_name_beside_its_country_is_its_own() -> None:
    """ "韩国Hanseong份额下降1.6个百分点": the claim names the firm the sentence gives the figure to
    (run into 韩国, or apart), not only the country the report names elsewhere."""
    doc = report(
        (
            "Integrators",
            "Hanseong Energy Solutions of Seoul lost the most ground: its share fell 1.6 points "
            "to 5.4%. South Korea's installations grew 12% in 2024.",
        ),
        title="Storage",
    )
    for text in (
        "韩国Hanseong份额下降1.6个百分点（至5.4%）。",
        "韩国 Hanseong 份额下降1.6个百分点。",
    ):
        g = ground([make_claim("c", "qwen", text)], doc)["c"]
        assert g.status == "supported", (text, g.reason)
