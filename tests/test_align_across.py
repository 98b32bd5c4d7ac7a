"""A shared figure alone does not make two claims one fact (alignment across languages)."""

from __future__ import annotations

import pytest

from summarizer.compare import Comparison, compare, meaning
from summarizer.compare.cross_names import cross_script
from summarizer.compare.subjects import features
from summarizer.document import build_document
from summarizer.fetch.markdown import markdown_blocks
from summarizer.lang.claims import make_claim
from tests.builders import pasted, report

DOUBAO = """## 云使用
- 71%的企业同时使用两家或以上公有云
- 承诺折扣使用率：北美71%、欧洲63%、亚太54%
- 计算资源占云账单的58%
"""
GEMINI = "- 七成以上（71%）的企业采用多云策略\n- 约六成云账单花在计算资源上\n"
CHATGPT = """## Key findings
- Commitment discount use: North America 71%, Europe 63%, Asia-Pacific 54%
- Compute is 58% of the cloud bill.
"""


def _groups(c: Comparison) -> list[set[str]]:
    return [{c.claim(cid).text for cid in g.claim_ids} for g in c.groups]


@pytest.mark.parametrize("semantic", [False, True])
def test_a_shared_figure_alone_does_not_join_other_subjects(semantic: bool) -> None:
    c = compare(
        [pasted("doubao", DOUBAO), pasted("gemini", GEMINI), pasted("chatgpt", CHATGPT)],
        None,
        semantic=semantic,
    )
    groups = _groups(c)
    multicloud = next(g for g in groups if "71%的企业同时使用两家或以上公有云" in g)
    # the multicloud 71% is not North America's commitment-discount 71%
    assert multicloud == {"71%的企业同时使用两家或以上公有云", "七成以上（71%）的企业采用多云策略"}
    assert not any("Commitment discount use: North America 71%" in g and len(g) > 2 for g in groups)
    # facts that do share a subject still meet across languages
    assert {"承诺折扣使用率：欧洲63%", "Commitment discount use: Europe 63%"} in groups
    assert "Compute is 58% of the cloud bill." in next(
        g for g in groups if "计算资源占云账单的58%" in g
    )


def test_without_embeddings_the_labelled_figure_meets_its_own_subject() -> None:
    c = compare(
        [pasted("doubao", DOUBAO), pasted("gemini", GEMINI), pasted("chatgpt", CHATGPT)],
        None,
        semantic=False,
    )
    assert {
        "承诺折扣使用率：北美71%",
        "Commitment discount use: North America 71%",
    } in _groups(c)


PROVINCES_ZH = """- 浙江（79.6%）位居全国第一
- 江苏以74.2%紧随其后
- 华为在国内手机市场的份额为23%
- 美国占全球装机的21%
- 钉钉的使用率为41.2%
"""
PROVINCES_EN = """- The top province is Zhejiang, at 79.6%.
- Second place goes to Jiangsu with 74.2%.
- In the domestic phone market Huawei holds 23%.
- The United States holds 21% of global installations.
- Among collaboration tools DingTalk is used by 41.2%.
"""


@pytest.mark.parametrize("semantic", [False, True])
def test_a_name_written_in_pinyin_or_as_the_dictionary_gives_it_is_the_same_subject(
    semantic: bool,
) -> None:
    c = compare(
        [pasted("qwen", PROVINCES_ZH), pasted("chatgpt", PROVINCES_EN)], None, semantic=semantic
    )
    groups = _groups(c)
    for zh, en in zip(PROVINCES_ZH.splitlines(), PROVINCES_EN.splitlines(), strict=True):
        assert {zh[2:], en[2:]} in groups


def test_pinyin_spells_only_whole_syllables_of_the_same_sounds() -> None:
    from summarizer.lang.names import spelled_in

    assert spelled_in("zhejiang", "浙江省的企业")
    assert spelled_in("shenzhen", "深圳的独角兽")
    assert not spelled_in("henan", "湖南的企业")  # Henan is 河南, not 湖南
    assert not spelled_in("zhe", "浙江")  # too short to tell from chance
    assert not spelled_in("jiangsu", "江西的苏州人")  # syllables must be neighbours


SAME_FIGURE_ZH = """## AI 编程工具
- 53%的开发者每天使用AI编程工具
- 最常见的问题是生成无法运行的代码（53%）
"""
SAME_FIGURE_EN = """## AI coding tools
- Non-functional code is the most common problem (53%).
- 53% of developers use AI coding tools every day.
"""


def test_without_embeddings_the_dictionary_tells_which_53_percent_is_which() -> None:
    c = compare(
        [pasted("qwen", SAME_FIGURE_ZH), pasted("chatgpt", SAME_FIGURE_EN)], None, semantic=False
    )
    groups = _groups(c)
    assert {
        "53%的开发者每天使用AI编程工具",
        "53% of developers use AI coding tools every day.",
    } in groups
    assert {
        "最常见的问题是生成无法运行的代码（53%）",
        "Non-functional code is the most common problem (53%).",
    } in groups


@pytest.mark.parametrize("semantic", [False, True])
def test_a_figure_in_an_aside_that_states_a_second_fact_is_not_the_claims_own(
    semantic: bool,
) -> None:
    zh = "- 本次共回收问卷2410份\n- 其中有效问卷1860份\n"
    en = "- 1,860 valid questionnaires (out of 2,410 returned)\n"
    c = compare([pasted("doubao", zh), pasted("chatgpt", en)], None, semantic=semantic)
    assert {"其中有效问卷1860份", "1,860 valid questionnaires (out of 2,410 returned)"} in _groups(
        c
    )


@pytest.mark.parametrize("semantic", [False, True])
def test_points_in_english_are_percentage_points_and_a_region_is_its_name(
    semantic: bool,
) -> None:
    # 华北地区 is 华北, North China; "6.7 points" are its 6.7个百分点
    doubao = (
        "- 华北地区电动车渗透率同比提升6.7个百分点，增幅全国第一。\n"
        "- 线上渠道占比提高3.9个百分点。\n"
        "- 平均车价下降4%。\n- 充电桩数量增长31%。\n- 二手车交易量下滑9%。\n"
        "- 出口占总销量的18%。\n"
    )
    chatgpt = (
        "- North China's EV penetration rose 6.7 points year on year, the largest gain.\n"
        "- The online share of sales rose 3.9 points.\n"
        "- Average car prices fell 4%.\n- Charging points grew 31%.\n"
        "- Used-car sales dropped 9%.\n- Exports made up 18% of sales.\n"
    )
    c = compare([pasted("doubao", doubao), pasted("chatgpt", chatgpt)], None, semantic=semantic)
    groups = _groups(c)
    assert {"线上渠道占比提高3.9个百分点。", "The online share of sales rose 3.9 points."} in groups
    together = next(g for g in groups if any("6.7个百分点" in t for t in g))
    assert any("rose 6.7 points" in t for t in together)


def test_two_lone_claims_in_two_languages_keep_the_meaning_they_share() -> None:
    """With one claim in each language, neither is the other's whole baseline: a translation
    still shares meaning once the figures are out, and an unrelated pair does not."""
    from summarizer.compare.bridge import BEYOND

    if not meaning.available():
        pytest.skip("needs the optional embedding model")
    en = "Reserved instances cover the eastern region."
    same = meaning.above_baseline([en, "东部地区的预留实例覆盖情况"], ["en", "zh"])[0, 1]
    other = meaning.above_baseline([en, "奶茶店的数量持续增长"], ["en", "zh"])[0, 1]
    assert same > BEYOND > other


WIND_EN = (
    "- The three coastal provinces (Fujian, Hainan and Guangxi) hold 47% of offshore wind "
    "capacity.\n"
)
WIND_ZH = "- 福建、海南、广西三省区占全国海上风电装机的44%。\n"


@pytest.mark.parametrize("semantic", [False, True])
def test_places_named_only_in_an_aside_are_the_claims_subject_across_languages(
    semantic: bool,
) -> None:
    """The English claim names its provinces only in brackets; the Chinese one names the same
    three: one fact, whose two shares disagree."""
    c = compare([pasted("gpt", WIND_EN), pasted("qwen", WIND_ZH)], None, semantic=semantic)
    [group] = c.groups
    assert dict(c.conflicts[group.id].values) == {"gpt": "47%", "qwen": "44%"}


def test_a_claim_whose_figure_the_report_gives_to_something_else_still_meets_its_fact() -> None:
    """qwen's 47% is the report's share of floating turbines, not the provinces': the sentence
    that holds the figure is not the claim's fact, so it does not keep qwen from the others."""
    doc = report(
        (
            "Offshore wind",
            "Floating designs by CSSC, on trial off the coast since 2021, made up 47% of new "
            "orders. "
            "The three coastal provinces of Guangdong, Fujian and Zhejiang host 44% of China's "
            "offshore wind capacity.",
        ),
        title="Offshore wind 2025",
    )
    c = compare(
        [
            pasted("gpt", "- Guangdong, Fujian and Zhejiang hold 44% of offshore wind capacity.\n"),
            pasted("qwen", "- 广东、福建、浙江三省占全国海上风电装机的47%。\n"),
        ],
        doc,
        semantic=False,
    )
    assert "something else" in c.groundings[c.claims[1].id].reason
    [group] = c.groups
    assert dict(c.conflicts[group.id].values) == {"gpt": "44%", "qwen": "47%"}


def test_a_misquoted_share_across_languages_meets_its_fact_without_the_embedding_model() -> None:
    """Words the dictionary finds in both, and two shares a little apart: a misquote, one fact
    in conflict — without the meaning signal, the near figure is the evidence left."""
    c = compare(
        [
            pasted("gpt", "- Idle or oversized machines make up 44% of the waste.\n"),
            pasted("doubao", "- 闲置或规格过大的机器（占浪费总额的41%）。\n"),
        ],
        None,
        semantic=False,
    )
    [group] = c.groups
    assert dict(c.conflicts[group.id].values) == {"gpt": "44%", "doubao": "41%"}


def test_regions_that_share_china_but_not_the_compass_point_are_two_subjects() -> None:
    """华北 is North China to the dictionary: it shares "China" with "South China", not the
    region — another subject; 华南 is South China's."""
    claims = [
        make_claim("gpt#1", "gpt", "South China 21%"),
        make_claim("gpt#2", "gpt", "North China 17%"),
        make_claim("kimi#1", "kimi", "华南占21%"),
        make_claim("kimi#2", "kimi", "华北占17%"),
    ]
    south, _, huanan, huabei = features(claims)
    assert cross_script(south, huabei, {}) == -1
    assert cross_script(south, huanan, {}) >= 0


def test_china_s_regions_by_the_compass_are_the_english_regions() -> None:
    """华南 is "South China", 西南 "Southwest China": the same region in both languages."""
    c = compare(
        [
            pasted(
                "qwen",
                "1. **区域**：华东占31.4%，西南增速最快（+22.5%）。\n2. 华南（24.8%）位居第二。",
            ),
            pasted(
                "chatgpt",
                "- East China leads with 31.4% of sales.\n"
                "- South China came second with 24.8%.\n"
                "- Southwest China grew fastest (+22.5%).",
            ),
        ],
        None,
    )
    assert {"华南（24.8%）位居第二。", "South China came second with 24.8%."} in _groups(c)


def test_a_name_the_report_gives_in_both_scripts_is_one_subject() -> None:
    """The report writes "霸王茶姬（CHAGEE）": no dictionary or pinyin knows the pair."""
    doc = build_document(
        markdown_blocks(
            "## 品牌\n\n霸王茶姬（CHAGEE）以6,400家门店和8.7%的营收份额位居第三。"
            "古茗门店9,900家，营收份额为10.2%。\n\n"
            "| 品牌 | 2025年末门店数（家） | 2024年末门店数（家） | 营收份额 |\n"
            "| --- | --- | --- | --- |\n| 古茗 | 9,900 | 8,600 | 10.2% |\n"
            "| 霸王茶姬 | 6,400 | 4,500 | 8.7% |\n"
        ),
        title="茶饮",
        source="test",
        kind="markdown",
    )
    c = compare(
        [
            pasted(
                "gpt",
                "- **CHAGEE** runs 6,400 stores and holds an 8.7% revenue share.\n"
                "- **Guming** has 9,900 stores.",
            ),
            pasted(
                "doubao",
                "- **霸王茶姬**：门店6,400家，营收份额8.7%，稳居第三。\n- **古茗**：门店9,900家",
            ),
            pasted("kimi", "3. 霸王茶姬门店6400家，营收份额近一成。\n4. 古茗门店9900家。"),
        ],
        doc,
    )
    assert {"CHAGEE runs 6,400 stores", "霸王茶姬：门店6,400家", "霸王茶姬门店6400家"} in _groups(c)


def test_a_figure_the_report_gives_otherwise_is_a_disagreement_not_another_fact() -> None:
    """gpt's 56% is contradicted by the sentence that gives doubao's 46%: one fact misquoted,
    though the two share little else across languages."""
    doc = report(
        (
            "渠道与外卖",
            "2025年外卖订单占奶茶连锁订单总量的46%，2024年这一比例为38%。外卖平台的补贴大战"
            "是外卖占比上升的主要原因，但也拉低了单店利润率。品牌自有渠道方面，65%的订单通过"
            "品牌小程序或APP下单，会员复购率平均为36%。",
        ),
        ("门店", "全国奶茶门店达到42.6万家。"),
    )
    c = compare(
        [
            pasted(
                "gpt",
                "## Channels\n- **Delivery:** Delivery now accounts for 56% of milk-tea chain "
                "orders.\n- **Stores:** China has 426,000 tea shops.",
            ),
            pasted("doubao", "**渠道**\n- 外卖订单占比达到46%（2024年为38%）。\n- 门店42.6万家。"),
        ],
        doc,
    )
    [group] = [g for g in c.groups if len(g.models) == 2 and c.conflicts.get(g.id)]
    assert c.conflicts[group.id].values == {"gpt": "56%", "doubao": "46%"}


def test_a_claim_without_figures_on_a_sentence_of_two_facts_keeps_to_its_own() -> None:
    """The report's last sentence gives Chinese brands' 60% and Velto overtaking Arlo: qwen's
    overtaking claim is not the 60%, and so never ties kimi's R&D 9.1% to it as a dispute."""
    doc = report(
        ("Velto", "Velto (维尔拓) spent 9.1% of its revenue on research and development."),
        (
            "Outlook",
            "Chinese brands already supply about 60% of robot vacuums sold worldwide, and we "
            "expect Velto to overtake Arlo (阿洛) as the market leader by 2027.",
        ),
    )
    c = compare(
        [
            pasted(
                "gpt", "- Chinese brands already supply about 60% of robot vacuums sold worldwide."
            ),
            pasted("doubao", "- 中国品牌已占全球扫地机器人销量的约60%；"),
            pasted("qwen", "- 维尔拓有望在2027年超越阿洛成为行业第一；"),
            pasted("kimi", "- 维尔拓研发投入占营收的9.1%；"),
        ],
        doc,
        semantic=True,
    )
    assert not c.conflicts, c.conflicts


DB_EN = """## Databases
- Databases: PostgreSQL (38%), on-premises machines (35%), SQLite (12%)
- Most teams run more than one database engine.
"""
DB_ZH = "## 数据库\n* **数据库**：PostgreSQL 38%、SQLite 35%，私有机房也依然很常见。\n"


@pytest.mark.parametrize("semantic", [False, True])
def test_a_list_figure_given_to_the_wrong_item_is_a_conflict_on_that_item(semantic: bool) -> None:
    """doubao gives the list's 35% to SQLite: its claim is SQLite's, in dispute with the 12%,
    not the on-premises machines' fact on the strength of the number they share — and the
    clause after it, which names its own subject, is a statement of its own."""
    c = compare([pasted("gpt", DB_EN), pasted("doubao", DB_ZH)], None, semantic=semantic)
    groups = _groups(c)
    sqlite = next(g for g in c.groups if any("SQLite 35%" in c.claim(x).text for x in g.claim_ids))
    assert {c.claim(x).text for x in sqlite.claim_ids} == {
        "数据库：SQLite 35%",
        "Databases: SQLite (12%)",
    }
    assert dict(c.conflicts[sqlite.id].values) == {"gpt": "12%", "doubao": "35%"}
    assert {"Databases: on-premises machines (35%)"} <= next(
        g for g in groups if "Databases: on-premises machines (35%)" in g
    )
    assert not any("SQLite 35%" in t and "machines (35%)" in " ".join(g) for g in groups for t in g)
    assert any(t.startswith("私有机房也依然很常见") for g in groups for t in g)


def test_a_hyphenated_region_meets_its_chinese_name() -> None:
    """The dictionary writes 亚太 "asia-pacific"; an English claim names Asia and Pacific."""
    en = make_claim("en", "gpt", "Asia-Pacific accounted for 47% of revenue")
    zh = make_claim("zh", "doubao", "亚太：占全球收入的47%")
    other = make_claim("x", "kimi", "欧洲占全球收入的47%")
    f_en, f_zh, f_other = features([en, zh, other])
    assert cross_script(f_en, f_zh, {}) == 1
    assert cross_script(f_en, f_other, {}) <= 0


def test_a_count_misquoted_across_languages_meets_its_fact_with_the_embedding_model() -> None:
    """1,280 and 1,208 stations: two exact counts a little apart, of one unit, are a misquote
    of one fact — across languages, where the words share little, that is evidence beside the
    meaning, and the two are one fact in dispute, not two facts."""
    gpt = """## Key findings
- Hydrogen refuelling stations: 1,280 in operation
- Fuel-cell trucks made up 61% of fuel-cell vehicle sales.
- Average hydrogen price fell to 35 yuan per kilogram.
"""
    doubao = """## 主要发现
- 加氢站数量达到1,208座；
- 燃料电池重卡占燃料电池汽车销量的61%；
- 氢气平均价格降至每公斤35元。
"""
    c = compare([pasted("gpt", gpt), pasted("doubao", doubao)], None, semantic=True)
    stations = next(g for g in c.groups if any("1,208" in c.claim(x).text for x in g.claim_ids))
    assert {c.claim(x).model for x in stations.claim_ids} == {"gpt", "doubao"}
    assert dict(c.conflicts[stations.id].values) == {"gpt": "1,280", "doubao": "1,208"}


@pytest.mark.parametrize("semantic", [False, True])
def test_a_chinese_firm_abbreviated_by_its_pinyin_initials_is_the_same_firm(semantic: bool) -> None:
    """English writes 京东 as "JD": the pinyin initials of a name the dictionary gives no English
    for. The two are one subject, and one fact with the figure they share."""
    zh = "## 格局\n- **京东健康**：份额23.6%。\n- **阿里健康**：份额17.9%。\n"
    en = "## Market\n- JD Health at 23.6%, ahead of Alibaba Health at 17.9%.\n"
    c = compare([pasted("doubao", zh), pasted("gpt", en)], None, semantic=semantic)
    assert {"京东健康：份额23.6%。", "JD Health at 23.6%"} in _groups(c)


@pytest.mark.parametrize("semantic", [False, True])
def test_towns_are_a_kind_of_place_not_another_subject_than_china(semantic: bool) -> None:
    """jieba tags 城镇 a place: "城镇家庭的扫地机器人保有量约为3,600万台" is no other subject than
    "about 36 million robot vacuums in urban Chinese homes"."""
    zh = "## 保有量\n- 城镇家庭的扫地机器人保有量约为3,600万台。\n- 洗地机销量增长41%。\n"
    en = "## Ownership\n- There are about 36 million robot vacuums in urban homes in China.\n"
    c = compare([pasted("kimi", zh), pasted("gpt", en)], None, semantic=semantic)
    vacuums = next(g for g in c.groups if any("3,600万台" in c.claim(x).text for x in g.claim_ids))
    assert {c.claim(x).model for x in vacuums.claim_ids} == {"kimi", "gpt"}


def test_a_year_the_opening_clause_compares_with_is_no_time_of_the_split_off_fact() -> None:
    """ "rose to 7.4% from 5.1% in 2021, yet investment decisions reached USD 41 billion across
    11.2 GW": the 2021 is what the rate is compared with, not when the decisions were taken, so
    it is no other year than qwen's 2024 for the same 11.2 GW."""
    claude = pasted(
        "claude",
        "- Borrowing costs rose to 7.4% from 5.1% in 2021, yet final investment decisions still"
        " reached USD 41 billion across 11.2 GW.\n- Turbine prices rose 3.6%.\n",
    )
    qwen = pasted(
        "qwen", "1. 2024年最终投资决定11.2GW，对应投资410亿美元。\n2. 整机价格上涨3.6%。\n"
    )
    c = compare([claude, qwen], None, semantic=False)
    by_id = {x.id: x for x in c.claims}
    [group] = [g for g in c.groups if any("11.2GW" in by_id[i].text for i in g.claim_ids)]
    assert group.models == ("claude", "qwen"), [by_id[i].text for i in group.claim_ids]


def test_two_age_groups_stay_two_facts() -> None:
    """kimi's 60+ and 65+ shares are two facts of two groups of people — not one fact said
    twice — and no "60 against 65" dispute."""
    doubao = pasted("doubao", "- 60岁及以上老人网购渗透率为61.2%。\n")
    kimi = pasted(
        "kimi", "60岁及以上人群网购渗透率达到61.2%，65岁以上老人中也已超过一半在网上购物。\n"
    )
    c = compare([doubao, kimi], None, semantic=False)
    by_id = {x.id: x for x in c.claims}
    texts = [sorted(by_id[i].text for i in g.claim_ids) for g in c.groups]
    assert sorted(texts) == [
        ["60岁及以上人群网购渗透率达到61.2%", "60岁及以上老人网购渗透率为61.2%。"],
        ["65岁以上老人中也已超过一半在网上购物"],
    ]
    assert not c.conflicts


def test_a_figure_taken_from_another_fact_meets_the_fact_its_words_name() -> None:
    """yuanbao gives the county rate the 65+ rate (44.1%): the county passage contradicts it,
    so it meets the county fact as a disagreement, not doubao's 65+ claim by their shared 44.1%."""
    doc = report(
        (
            "线上化",
            "60岁及以上人群网购渗透率为57.2%；65岁及以上人群为44.1%。"
            "一线城市老人网购渗透率为73.5%。县域老人网购渗透率为48.6%，仍有较大差距。",
        ),
        title="银发消费报告",
    )
    doubao = pasted("doubao", "- 65岁及以上人群网购渗透率（44.1%）\n")
    yuanbao = pasted("yuanbao", "- 县域老人网购渗透率为44.1%。\n")
    kimi = pasted("kimi", "- 县域老人的网购渗透率为48.6%。\n")
    c = compare([doubao, yuanbao, kimi], doc, semantic=False)
    by_id = {x.id: x for x in c.claims}
    [group] = [g for g in c.groups if "yuanbao" in g.models]
    assert set(group.models) == {"yuanbao", "kimi"}, [by_id[i].text for i in group.claim_ids]
    assert dict(c.conflicts[group.id].values) == {"yuanbao": "44.1%", "kimi": "48.6%"}


def test_a_price_band_is_the_segment_two_claims_share_not_an_amount_to_dispute() -> None:
    doubao = pasted("doubao", "- 单次就诊花费2000元以上的比例由9%上升到13%。\n")
    deepseek = pasted(
        "deepseek", "- 2000元以上的大额诊疗占13%。\n- 老年宠物主年均医疗支出达2,100元。\n"
    )
    kimi = pasted("kimi", "- 犬的单只年均医疗支出为1,860元。\n")
    c = compare([doubao, deepseek, kimi], None, semantic=False)
    by_id = {x.id: x for x in c.claims}
    [band] = [g for g in c.groups if any("2000元" in by_id[i].text for i in g.claim_ids)]
    assert band.models == ("doubao", "deepseek"), [by_id[i].text for i in band.claim_ids]
    assert not any("2000元以上" in v for x in c.conflicts.values() for v in x.values.values())


def test_opposite_ways_of_one_figure_are_a_dispute_though_one_claim_says_two_ways() -> None:
    yuanbao = pasted("yuanbao", "- 李宁跑步收入下降3.5%。\n")
    chatgpt = pasted(
        "chatgpt",
        "- Li Ning: running revenue rose 3.5% to $2.0 billion as the company cut discounting.\n",
    )
    c = compare([yuanbao, chatgpt], None, semantic=False)
    [conflict] = c.conflicts.values()
    assert conflict.kind == "direction"
    assert dict(conflict.values) == {"yuanbao": "下降 3.5%", "chatgpt": "rose 3.5%"}


@pytest.mark.parametrize("semantic", [False, True])
def test_a_chinese_claim_given_another_regions_growth_meets_its_own_regions_fact(
    semantic: bool,
) -> None:
    """The report's 27.4% is the Gulf corridor's; South America grew 11.8%. A Chinese answer
    that gives South America 27.4% is contradicted and meets the English answers' South
    America fact as a dispute — not the Gulf's, nor South America's port share."""
    doc = report(
        (
            "Routes",
            "The Gulf and East Africa corridor was the fastest-growing route in 2025, with "
            "container volumes up 27.4% to 3.1 million TEU. "
            "South America grew 11.8% to 2.4 million TEU, helped by new terminals. "
            "In South America, private terminals handled 64% of containers.",
        ),
        title="Container Shipping 2025",
    )
    c = compare(
        [
            pasted("gpt", "- South America grew 11.8% to 2.4 million TEU.\n"),
            pasted("claude", "- Volumes in South America rose 11.8%.\n"),
            pasted("kimi", "- 南美集装箱量增长27.4%，增速居各航线之首。\n"),
        ],
        doc,
        semantic=semantic,
    )
    kimi = next(x for x in c.claims if x.model == "kimi")
    assert c.groundings[kimi.id].status == "contradicted"
    group = next(g for g in c.groups if kimi.id in g.claim_ids)
    assert set(group.models) == {"gpt", "claude", "kimi"}
    assert dict(c.conflicts[group.id].values)["kimi"] == "27.4%"


@pytest.mark.parametrize(
    ("segment", "brand", "english"),
    [
        ("精品咖啡", "山野咖啡", "while **Shanye Coffee** holds 12.7%"),
        ("旅行套餐", "同行旅游", "and **Tongxing Travel** holds 12.7%"),
    ],
)
def test_two_facts_the_report_states_apart_stay_apart_whatever_claim_links_them(
    segment: str, brand: str, english: str
) -> None:
    """A segment's 12% and a brand's 12.7% each stand word for word in their own sentence.
    An English claim the report cannot place (the brand's name in Latin letters) reads close
    to both; it may join the brand's fact, but it must not carry the segment's 12% into it
    as a disagreement."""
    doc = report(
        (
            "营收结构",
            f"从营收结构看，现制饮品仍是最大品类，占营收的61%；轻食占27%；{segment}占12%。"
            f"{segment}增速最快。",
        ),
        ("竞争格局", f"头部品牌继续领先。{brand}的市场份额为12.7%，较上年提升0.4个百分点。"),
    )
    c = compare(
        [
            pasted(
                "doubao",
                "## 营收\n- **营收结构**：现制饮品占比最高，约61%，"
                f"而轻食占27%，{segment}仅12%。\n",
            ),
            pasted("kimi", f"{brand}的市场份额为12.7%，提升0.4个百分点。\n"),
            pasted(
                "gpt",
                "- **Drinks** bring in 61% of revenue.\n"
                f"- **Meituan** is second at 21.5%, {english}.\n",
            ),
        ],
        doc,
        semantic=True,
    )
    assert {f"{segment}仅12%"} in _groups(c)
    assert not c.conflicts, c.conflicts


def test_a_firms_latin_name_the_dictionary_lacks_is_no_other_subject_than_its_chinese_one() -> None:
    """e5 places "CATL" far from 宁德时代, as it does Japan from 美国 — but it knows countries,
    not firms: only a name the dictionary knows can be another subject. The shared 71.5% and
    the words (battery installations / 电池装机量) make the two one fact."""
    c = compare(
        [
            pasted("doubao", "## 电池\n- **电池供应**：宁德时代占据重卡电池装机量的71.5%。\n"),
            pasted(
                "gpt", "## Batteries\n- CATL supplied 71.5% of heavy-truck battery installations.\n"
            ),
        ],
        None,
        semantic=True,
    )
    assert {
        "宁德时代占据重卡电池装机量的71.5%。",
        "CATL supplied 71.5% of heavy-truck battery installations.",
    } in _groups(c)


@pytest.mark.parametrize("semantic", [False, True])
def test_a_firms_legal_form_in_english_names_no_other_firm(semantic: bool) -> None:
    """ "Xuri Group" is 旭日集团: "Group" is its legal form, as 集团 is, and no name of its
    own that the Chinese claim lacks. Both figures agree: one fact."""
    if semantic and not meaning.available():
        pytest.skip("needs the optional embedding model")
    c = compare(
        [
            pasted(
                "doubao",
                "## 竞争格局\n- **旭日集团**：份额23.6%，提升1.8个百分点，连续第四年第一。\n",
            ),
            pasted(
                "chatgpt",
                "**Competition**\n"
                "- **Xuri:** Xuri Group leads with a 23.6% share, up 1.8 points.\n",
            ),
        ],
        None,
        semantic=semantic,
    )
    assert len(c.groups) == 1, [[c.claim(i).text for i in g.claim_ids] for g in c.groups]


@pytest.mark.parametrize("semantic", [False, True])
def test_a_firm_spelled_in_pinyin_meets_its_chinese_name_and_no_other_firm_does(
    semantic: bool,
) -> None:
    """ "Lu Ming" is 鹿鸣 in pinyin, though each word alone is too short to tell; "Zentra",
    named in the same English sentence, is another firm: its 7.1% is no disagreement with the
    7.1% an answer gives 鹿鸣."""
    if semantic and not meaning.available():
        pytest.skip("needs the optional embedding model")
    c = compare(
        [
            pasted("doubao", "## 品牌\n- 鹿鸣：份额7.1%，提升0.9个百分点。\n- 北辰：份额11.2%。\n"),
            pasted("kimi", "1. 品牌份额：北辰、鹿鸣分别为11.2%和9.8%。\n"),
            pasted(
                "chatgpt",
                "**Brands**\n- **Beichen:** Beichen holds 11.2%.\n"
                "- **Lu Ming:** Lu Ming has 9.8%, and Zentra 7.1%.\n",
            ),
        ],
        None,
        semantic=semantic,
    )
    groups = _groups(c)
    lu_ming = next(g for g in groups if "Lu Ming has 9.8%" in g)
    assert "品牌份额：鹿鸣为9.8%。" in lu_ming, groups
    zentra = next(g for g in groups if any("Zentra" in t for t in g))
    assert not any("鹿鸣" in t for t in zentra), groups
