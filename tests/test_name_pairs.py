"""Names a report gives in both scripts ("Ugreen (绿联)"): firms and brands the dictionary does
not know, read as the report's own glossary when a claim is in the other language."""

from __future__ import annotations

from summarizer.compare import Comparison, compare
from summarizer.compare.align import Group
from summarizer.compare.checks_base import Grounding
from summarizer.compare.conflicts import apart_by_report
from summarizer.compare.ground import ground
from summarizer.document import Document
from summarizer.lang.claims import make_claim
from summarizer.lang.name_pairs import NamePairs
from summarizer.lang.names import english_forms
from tests.builders import pasted, report

CHARGERS = report(
    (
        "Brands",
        "Online sales of power banks grew 12% in 2025. "
        "In power banks, Anker (安克创新) leads with 31% of online sales, followed by "
        "Ugreen (绿联) at 22% and Romoss (罗马仕) at 15%. "
        "Ugreen also ships the most GaN chargers.",
    ),
    title="Portable power 2025",
)


def _grounded(text: str, doc: Document = CHARGERS) -> Grounding:
    return ground([make_claim("c", "m", text)], doc)["c"]


def test_a_chinese_claim_giving_a_brands_figure_to_another_brand_is_contradicted() -> None:
    wrong = _grounded("移动电源线上销量中，绿联以31%的份额位居第一")
    assert wrong.status == "contradicted", wrong.reason
    assert "Anker" in wrong.reason and "Ugreen" in wrong.reason
    right = _grounded("安克创新以31%的线上份额领先")
    assert right.status == "supported", right.reason
    third = _grounded("罗马仕占15%")
    assert third.status == "supported", third.reason


def test_an_english_claim_against_a_chinese_report_reads_its_english_asides() -> None:
    """The asides come once, in the opening sentence; the figures later, in characters only."""
    chinese = report(
        (
            "品牌",
            "本报告覆盖安克创新（Anker）、绿联（Ugreen）和罗马仕（Romoss）三个品牌。"
            "2025年移动电源线上销量增长12%。安克创新以31%的份额领先，绿联占22%，罗马仕占15%。",
        ),
        title="移动电源2025",
    )
    wrong = _grounded("Ugreen leads online power-bank sales with 31%.", chinese)
    assert wrong.status == "contradicted", wrong.reason
    right = _grounded("Ugreen holds 22% of online sales.", chinese)
    assert right.status == "supported", right.reason


def test_terms_and_units_in_brackets_are_not_names() -> None:
    pairs = NamePairs.read(
        [
            "AI (人工智能) spending rose. Prices are quoted per kilowatt-hour (千瓦时).",
            "Baidu's Xiaodu (小度) leads; Xiaomi (小米) is second.",
            "其中宁德时代（CATL）居首。",
            "主攻工业场景（Atlas X系列进入汽车工厂）。",  # an aside in characters is no name
        ]
    )
    assert pairs.english == {"小度": ("xiaodu",), "小米": ("xiaomi",), "宁德时代": ("catl",)}


def test_a_brands_figure_given_to_a_brand_named_in_another_paragraph_is_contradicted() -> None:
    """绿联 is named only in its own paragraph; the 61% of stores in smaller cities is Anker's."""
    doc = report(
        ("Anker", "Anker (安克创新) runs 2,300 stores, 61% of them in smaller cities."),
        ("Ugreen", "Ugreen (绿联) reached 1,150 stores after opening to franchisees in 2023."),
        title="Portable power 2025",
    )
    wrong = _grounded("绿联约61%的门店位于较小的城市", doc)
    assert wrong.status == "contradicted", wrong.reason
    assert "Anker" in wrong.reason and "Ugreen" in wrong.reason
    assert _grounded("安克创新约61%的门店位于较小的城市", doc).status == "supported"
    # firms named only as examples (如A、B) are not the claim's subject
    aside = _grounded("约61%的门店位于较小的城市（如绿联等品牌）", doc)
    assert aside.status != "contradicted", aside.reason


MODULES = report(
    (
        "Makers",
        "Sunhe (森禾能源) shipped 91 GW of modules in 2025. Brightpeak (明峰光伏) shipped 82 GW, "
        "47% of it overseas. Dawnline (晨线科技) shipped 75 GW and Eastrow (东行光电) 73 GW.",
    ),
    (
        "Markets",
        "Africa was the fastest-growing region. Exports to the region rose 61% to 38 GW, "
        "lifting its share of China's module exports to 15%.",
    ),
    title="Module exports 2025",
)


def test_about_a_figure_is_a_rounding_not_another_makers_figure() -> None:
    """约91GW is Sunhe's 91 GW, not Brightpeak's 82 GW: "about" reaches a few per cent."""
    wrong = _grounded("明峰光伏：出货约91GW", MODULES)
    assert wrong.status == "contradicted", wrong.reason
    assert _grounded("明峰光伏：出货约82GW", MODULES).status == "supported"


def test_a_sentence_that_refers_back_to_the_region_bears_out_its_figure() -> None:
    """ "Exports to the region rose 61%" is Africa's, named in the sentence before, not China's;
    and "GW" is a unit, no name: 非洲达38GW is not "73 GW" of a sentence that says GW too."""
    for claim in ("非洲：出口大增61%，达38GW", "非洲：达38GW"):
        g = _grounded(claim, MODULES)
        assert g.status != "contradicted", (claim, g.reason)


def test_a_figure_the_report_hedges_otherwise_is_still_stated() -> None:
    """ "接近4870亿元" where the report says "about RMB 487 billion": the figure is there."""
    doc = report(("Outlook", "The market should reach about RMB 487 billion in 2026."))
    g = _grounded("明年规模接近4870亿元", doc)
    assert g.status != "unsupported", g.reason


DELIVERY = report(
    (
        "Platforms",
        "Meituan (美团) is the largest platform. Its share of orders reached 65% in 2025, "
        "down from 67%.",
    ),
    (
        "Challengers",
        "Alibaba runs Ele.me (饿了么) as its delivery arm. The app's share of orders was 27%, "
        "while new entrant Jingdong Waimai (京东外卖) took 6%.",
    ),
    title="Food delivery 2025",
)


def _delivery(**answers: str) -> Comparison:
    """The answers compared against the food-delivery report, words only."""
    return compare([pasted(m, t) for m, t in answers.items()], DELIVERY, semantic=False)


def test_a_firm_the_sentence_before_names_is_still_the_subject() -> None:
    """ "Its share … 65%" is Meituan's, named only in the sentence before: the claim that says
    so is borne out, and one giving the 65% to Ele.me gives it to another firm."""
    right = _grounded("美团订单份额达到65%", DELIVERY)
    assert right.status == "supported", right.reason
    wrong = _grounded("饿了么：订单份额65%", DELIVERY)
    assert wrong.status == "contradicted", wrong.reason
    assert "Meituan" in wrong.reason and "Ele.me" in wrong.reason
    assert wrong.source_quote and "65%" in wrong.source_quote
    # "The app's share … 27%, while Jingdong Waimai took 6%": the 27% is the app's, Ele.me's
    theirs = _grounded("饿了么订单份额为27%", DELIVERY)
    assert theirs.status == "supported", theirs.reason


def test_a_claim_giving_a_firms_figure_to_another_is_not_grouped_with_the_firms_fact() -> None:
    """The report bears out 美团's 65%; kimi gives the 65% to 饿了么. Its claim is flagged and
    stands apart, not credited to kimi as part of the Meituan fact."""
    c = _delivery(
        kimi="- 饿了么订单份额65%。",
        qwen="- 美团订单份额达到65%。",
        gpt="- Meituan's share of orders reached 65%.",
    )
    [stray] = [x for x in c.claims if x.model == "kimi"]
    assert c.groundings[stray.id].status == "contradicted"
    [meituan] = [g for g in c.groups if "qwen" in g.models]
    assert set(meituan.models) == {"qwen", "gpt"}


def test_a_firms_figure_given_to_another_firm_disagrees_with_that_firms_own() -> None:
    """kimi gives Meituan's 65% to 饿了么; the others give 饿了么 its 27%: the post shows one
    fact, Ele.me's share, on which kimi disagrees — not kimi credited with Meituan's fact."""
    c = _delivery(
        kimi="- 美团订单份额达到65%。\n- 饿了么订单份额65%。",
        qwen="- 美团订单份额达到65%。\n- 饿了么订单份额为27%。",
        gpt="- Meituan's share of orders reached 65%.\n- Ele.me took 27% of orders.",
    )
    [eleme] = [g for g in c.groups if any("27%" in c.claim(i).text for i in g.claim_ids)]
    assert set(eleme.models) == {"kimi", "qwen", "gpt"}
    assert c.conflicts[eleme.id].values["kimi"] == "65%"


def test_a_label_names_the_firm_a_claim_speaks_of() -> None:
    """ "- **饿了么**：订单份额65%": the bullet names no one, its label does — Ele.me, whose
    share the report puts at 27%; and it meets the other answer's Ele.me share, 27%."""
    c = _delivery(
        kimi="- 美团订单份额达到65%。\n- **饿了么**：订单份额65%。",
        qwen="- 美团订单份额达到65%。\n- **饿了么**：订单份额为27%。",
    )
    [wrong] = [x for x in c.claims if x.model == "kimi" and x.topic == "饿了么"]
    assert c.groundings[wrong.id].status == "contradicted", c.groundings[wrong.id].reason
    [eleme] = [g for g in c.groups if wrong.id in g.claim_ids]
    assert set(eleme.models) == {"kimi", "qwen"}
    assert c.conflicts[eleme.id].values == {"kimi": "65%", "qwen": "27%"}


def test_another_firms_figure_few_sentences_hold_is_caught_by_one_shared_word() -> None:
    """14.9% is Hexa Grid's share; "伏特充：平台模式，份额14.9%" says only "share" of that
    sentence's words — enough for a figure no other sentence holds."""
    doc = report(
        (
            "Voltix",
            "Voltix (伏特充) runs a platform model that links independent stations to one app. "
            "Its share reached 12.6%, up from 10.9%.",
        ),
        (
            "Hexa Grid",
            "Hexa Grid (海克斯电网) serves highways. Its share rose to 14.9% from 13.1%.",
        ),
        title="Public charging 2025",
    )
    wrong = _grounded("伏特充：平台模式，份额14.9%", doc)
    assert wrong.status == "contradicted", wrong.reason
    assert "Hexa Grid" in wrong.reason and "Voltix" in wrong.reason
    assert _grounded("伏特充：平台模式，份额12.6%", doc).status == "supported"


def test_only_a_claim_flagged_for_another_owner_leaves_the_fact_of_its_sentence() -> None:
    """A claim the checks only failed to read on that sentence ("of something else") stays
    with the others borne out there; one that gives the figure to another firm leaves."""
    claims = {
        "a#1": make_claim("a#1", "a", "快充桩占比44%"),
        "b#1": make_claim("b#1", "b", "其中直流快充占44%"),
        "c#1": make_claim("c#1", "c", "DC fast chargers make up 44%"),
    }
    group = Group("g1", ("a#1", "b#1", "c#1"), ("a", "b", "c"), "consensus")
    borne = Grounding("supported", "p1s2", "…44%…")
    for status in ("unverified", "contradicted"):
        odd = Grounding(status, "p1s2", "…44%…", of_another=True)
        grounded = {"a#1": borne, "b#1": odd, "c#1": borne}
        split = apart_by_report([group], claims, grounded, 3)
        assert [g.claim_ids for g in split] == (
            [("a#1", "b#1", "c#1")] if status == "unverified" else [("a#1", "c#1"), ("b#1",)]
        )


def test_a_claim_of_one_word_that_gives_a_round_share_to_another_firm_is_caught() -> None:
    """ "伏特充：份额22%": 22% is a round figure many sentences may hold, but the claim says one
    word, and the sentence that gives 22% to Hexa Grid says it."""
    doc = report(
        ("Voltix", "Voltix (伏特充) expanded quickly. Its share was 17%, up from 15%."),
        ("Hexa Grid", "Hexa Grid (海克斯电网) gained most. Its share rose to 22% from 19%."),
        title="Robot vacuums 2025",
    )
    wrong = _grounded("伏特充：份额22%", doc)
    assert wrong.status == "contradicted", wrong.reason
    assert "Hexa Grid" in wrong.reason and "Voltix" in wrong.reason
    assert _grounded("伏特充：份额17%", doc).status == "supported"


def test_a_place_in_brackets_after_a_firm_is_where_it_is_from_not_its_name() -> None:
    """ "Vantara Cold Chain（印度）": 印度 is India, which the dictionary knows — an aside on the
    firm's home, no Chinese name of Vantara's; "Star Charge（星星充电）" still pairs."""
    pairs = NamePairs.read(["Vantara Cold Chain（印度）增速最快，Star Charge（星星充电）居次。"])
    assert "印度" not in pairs.english
    assert pairs.english["星星充电"] == ("star", "charge")


def test_a_place_that_ends_as_a_measure_does_is_still_a_name() -> None:
    """印度 is India though it ends as 满意度 does; 满意度 and 深度 are no places."""
    assert english_forms("印度增速最快（+18.4%）") == {("india",)}
    assert english_forms("满意度提升，深度合作") == set()
