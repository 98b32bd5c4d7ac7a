"""Claims from chat-app Markdown and from the prompt's JSON."""

from __future__ import annotations

import pytest

from summarizer.lang.claims import claims_from_markdown, claims_from_structured
from summarizer.lang.clauses import split_compound
from summarizer.lang.statements import split_clauses
from summarizer.render.merge import title_from_models, unlisted, with_subject


def test_bullets_bold_lead_ins_and_headings_become_topics() -> None:
    md = """好的，以下是这份报告的总结：

## 市场格局

- **份额：** Claude占41%。
- 84%的开发者每周使用AI助手，高于2024年的61%。

**成本**

中位数支出为每人每月$39。

### Key takeaways
1. Measure *quality* before you scale.
"""
    claims = claims_from_markdown("doubao", md)
    assert [(c.topic, c.text, c.kind) for c in claims] == [
        ("份额", "Claude占41%。", "fact"),
        ("市场格局", "84%的开发者每周使用AI助手，高于2024年的61%。", "fact"),
        ("成本", "中位数支出为每人每月$39。", "fact"),
        ("Key takeaways", "Measure quality before you scale.", "takeaway"),
    ]
    assert [x.raw for x in claims[1].quantities] == ["84%", "2024", "61%"]
    assert claims[0].lang == "zh" and claims[3].lang == "en"


def test_compound_bullet_splits_into_atomic_claims_keeping_the_topic() -> None:
    claims = claims_from_markdown(
        "doubao", "- **地区：** 华东占比<40%，华南10-15%，西部从8%翻倍至16%"
    )
    assert [c.text for c in claims] == [
        "地区：华东占比<40%",
        "地区：华南10-15%",
        "地区：西部从8%翻倍至16%",
    ]
    assert {c.topic for c in claims} == {"地区"}


def test_what_stays_one_claim() -> None:
    for sentence in [
        "Revenue grew 12%, driven by exports.",  # the second clause states no figure
        "84%的开发者每周使用AI助手，高于2024年的61%。",  # a comparison continues its figure
        "Measured median cycle time fell by 12%, from 3.4 to 3.0 days.",
        "中国公司人均每月约120元人民币，约合17美元。",
        "The survey covered 2,412 developers.",  # a thousands comma is not a clause break
        "县域冷链流通率38%，提高4个百分点。",  # the change of the figure before it
        "冷库平均空置率21%，降低了3个百分点。",
        "小鹿份额虽只有约5%，却在县城市场拿下约四成的用户。",  # 虽…却: one statement
        "在全国约32万台的总出货量中，国产机型占比达到41%。",  # a frame with its own figure
        "全年出货量32万台，同比增长19%，增速高于上一年的11%。",  # its growth, compared
        "安装及运维成本仅下降4%，占总成本的比重升至约37%。",  # what it accounts for
    ]:
        assert split_compound(sentence) == [sentence]
    # a change with a subject of its own is its own fact
    assert split_compound("冷库容量华东占40%，华南降至15%。") == [
        "冷库容量华东占40%",
        "华南降至15%",
    ]
    # a clause with no figure stays with the figures before it when it gives their reason or
    # manner, and stands as a statement when it names a subject of its own
    assert split_compound("出口增长12%、内销增长3%，主要得益于新兴市场。") == [
        "出口增长12%",
        "内销增长3%，主要得益于新兴市场",
    ]
    assert split_compound("华东占40%、华南占15%，中西部仓库也在快速增加。") == [
        "华东占40%",
        "华南占15%",
        "中西部仓库也在快速增加",
    ]
    # a firm whose name writes a measure word (华为's 为, 美的's 的) is still a subject
    assert split_compound("小米（18.6%）、华为（16.8%）、海尔（12.4%）、美的（11.9%）") == [
        "小米（18.6%）",
        "华为（16.8%）",
        "海尔（12.4%）",
        "美的（11.9%）",
    ]


def test_english_lists_of_figures_split() -> None:
    assert split_compound(
        "63% write tests with them, 48% use them to explain code, and 41% let them draft docs."
    ) == [
        "63% write tests with them",
        "48% use them to explain code",
        "and 41% let them draft docs",
    ]
    assert split_compound("Claude是最常用的编程模型，占41%；GPT占33%。") == [
        "Claude是最常用的编程模型，占41%",
        "GPT占33%",
    ]


def test_structured_claims_keep_translations_evidence_and_kind() -> None:
    data = {
        "claims": [
            {
                "zh": "84%的开发者每周使用",
                "en": "84% use it weekly",
                "evidence": "84% of",
                "section": "Adoption",
            }
        ],
        "takeaways": ["Measure quality."],
    }
    [fact, takeaway] = claims_from_structured("gpt", data, primary="en")
    assert fact.text == "84% use it weekly" and fact.translations["zh"] == "84%的开发者每周使用"
    assert fact.evidence == "84% of" and fact.topic == "Adoption"
    assert takeaway.kind == "takeaway"


def test_chatter_is_not_a_claim() -> None:
    assert claims_from_markdown("x", "Sure! Here's the summary:\n\n---\n\n**Summary**\n") == []


def test_bold_subject_without_a_colon_stays_in_the_claim() -> None:
    md = (
        "- **按需实例**是最常见的采购方式：58%的团队主要按需购买\n"
        "- **Spot capacity** saves 40% on batch jobs\n"
    )
    assert [(c.text, c.topic) for c in claims_from_markdown("kimi", md)] == [
        ("按需实例是最常见的采购方式：58%的团队主要按需购买", ""),
        ("Spot capacity saves 40% on batch jobs", ""),
    ]
    md = "- **Storage.** It is 23% of the bill.\n- **Network** — egress is 9% of the bill.\n"
    assert [(c.text, c.topic) for c in claims_from_markdown("kimi", md)] == [
        ("It is 23% of the bill.", "Storage"),
        ("egress is 9% of the bill.", "Network"),
    ]
    # a statement split off after it is still the bold name's; and "但低于上年的…" compares
    md = (
        "- **小鹿**出货量增长41%，县城门店数升至三成以上。\n"
        "- **华东**：占全国的38%，但低于上年的42%。\n"
    )
    assert [c.text for c in claims_from_markdown("qwen", md)] == [
        "小鹿出货量增长41%",
        "小鹿：县城门店数升至三成以上",
        "华东：占全国的38%，但低于上年的42%。",
    ]


def test_a_labelled_list_of_figures_keeps_its_label_on_every_part() -> None:
    md = (
        "- 预留实例覆盖率：东部**66%**、西部52%、南部41%\n"
        "- Reserved coverage: East 66%, West 52%, South 41%\n"
    )
    assert [c.text for c in claims_from_markdown("qwen", md)] == [
        "预留实例覆盖率：东部66%",
        "预留实例覆盖率：西部52%",
        "预留实例覆盖率：南部41%",
        "Reserved coverage: East 66%",
        "Reserved coverage: West 52%",
        "Reserved coverage: South 41%",
    ]
    assert split_compound("Spend was tracked by region: East 66%, West 52% and South 41%.") == [
        "Spend was tracked by region: East 66%",
        "Spend was tracked by region: West 52%",
        "Spend was tracked by region: South 41%",
    ]


def test_a_clause_whose_only_subject_is_a_year_or_qizhong_continues() -> None:
    for sentence in [
        "存储占账单的23%，2023年仅为12%",
        "47%的团队设有预算，其中三分之一超支超过20%",
        "Storage is 23% of the bill, only 12% in 2023",
    ]:
        assert split_compound(sentence) == [sentence]
    # a clause with a subject of its own is still its own fact
    assert split_compound("存储占账单的23%，网络占9%") == ["存储占账单的23%", "网络占9%"]


def test_a_clause_of_adverbs_and_a_figure_or_one_opening_with_shi_continues() -> None:
    for sentence in [
        "订阅智能音箱会员的家庭比例两年内翻了一番，已经达到四成以上",  # 已经: no subject
        "头部主播的带货转化率为6.2%，是普通主播（1.5%）的四倍多",  # 是: what the 6.2% is
    ]:
        assert split_compound(sentence) == [sentence]
        assert [c.text for c in claims_from_markdown("kimi", sentence)] == [sentence]
    # a clause that names what it measures is its own fact, adverb or not
    assert split_compound("七成家庭装了智能音箱，仍有15%的老人从未用过") == [
        "七成家庭装了智能音箱",
        "仍有15%的老人从未用过",
    ]


def test_an_english_chat_preamble_is_not_a_finding() -> None:
    md = (
        "Here's a concise summary of The 2026 Widget Report (Acme Labs, 1,200 teams):\n\n"
        "- Storage is 23% of the bill.\n\n"
        "Below are the key numbers from the report:\n\n"
        "- East 66% use reserved capacity.\n"
    )
    assert [c.text for c in claims_from_markdown("chatgpt", md)] == [
        "Storage is 23% of the bill.",
        "East 66% use reserved capacity.",
    ]
    # a preamble on the first line of the paragraph it heads (one newline, not two)
    md = "Here is a summary of the key points:\nThe city added 40 bike-share stations.\n"
    assert [c.text for c in claims_from_markdown("claude", md)] == [
        "The city added 40 bike-share stations."
    ]
    md = "好的，以下是这份报告的要点：\n共享单车新增了40个站点。\n"
    assert [c.text for c in claims_from_markdown("kimi", md)] == ["共享单车新增了40个站点。"]
    # Gemini's opening sentence as a paragraph of its own, ended by a full stop
    md = (
        "Here's a summary of the Global Smart Lock Market Report 2026.\n\n"
        "The smart lock market kept growing in 2025.\n"
    )
    assert [c.text for c in claims_from_markdown("gemini", md)] == [
        "The smart lock market kept growing in 2025."
    ]
    # one that ends in a full stop, telling the asker what it did, is no finding either; one
    # that states a figure is
    md = "根据您提供的报告，我为您梳理了城市骑行的几个要点。\n\n共享单车新增了40个站点。\n"
    assert [c.text for c in claims_from_markdown("kimi", md)] == ["共享单车新增了40个站点。"]
    md = "根据您提供的报告，共享单车新增了40个站点。\n"
    assert [c.text for c in claims_from_markdown("kimi", md)] == [md.strip()]


def test_a_long_sentence_chaining_statements_gives_one_claim_each() -> None:
    md = (
        "- 参会者大多来自中小型创业公司，平均从业年限在六到八年之间。\n"
        "- 此次调研共回收问卷2318份，受访者以后端工程师为主。\n"
        "- Cache misses doubled after the storage migration in March, and the platform team\n"
        "  rolled back the change.\n"
        "- 电动滑板车已经进入三成以上的城市家庭，但其销量已连续两年下滑。\n"  # its other measure
    )
    assert [c.text for c in claims_from_markdown("gemini", md)] == [
        "参会者大多来自中小型创业公司",
        "平均从业年限在六到八年之间",
        "此次调研共回收问卷2318份",
        "受访者以后端工程师为主",
        "Cache misses doubled after the storage migration in March",
        "and the platform team rolled back the change",
        "电动滑板车已经进入三成以上的城市家庭",
        "但其销量已连续两年下滑",
    ]


def test_clauses_without_a_subject_of_their_own_stay_with_their_statement() -> None:
    for sentence in [
        "在已经上线智能客服的银行里，六成以上把它用于贷前咨询。",  # a frame, then its statement
        "深圳是华南最大的数据中心集群，占区域机架总数的37%。",  # opens with a verb
        "东部地区的云支出增长明显，这一趋势在制造业尤为突出。",  # points back
        "华东地区的云支出占全国的四成以上，其占比较上年继续提高。",  # to the same measure
        "这家工厂的良品率仅为91%，明显落后于同行，原因是设备老化严重。",  # adjective, reason
        "Latency dropped sharply in the spring, and rose again after the new release.",
        "短句，不拆。",  # too short to chain statements
    ]:
        assert [c.text for c in claims_from_markdown("qwen", sentence)] == [sentence]


def test_a_measure_named_with_leiji_or_xinzeng_opens_a_statement_of_its_own() -> None:
    """累计/新增 before a noun name a measure (累计装机, 新增订单), the subject of what follows —
    jieba tags them verbs, as if the clause went on with the last one's subject."""
    sentence = "印度在2025年新增产能中遥遥领先，累计产能也已占全球的四成以上。"
    claims = claims_from_markdown("gemini", sentence)
    assert [c.text for c in claims] == [
        "印度在2025年新增产能中遥遥领先",
        "累计产能也已占全球的四成以上",
    ]
    assert claims[1].opened_by == "印度在2025年新增产能中遥遥领先"  # where its subject is named


def test_supply_set_against_demand_is_two_facts_a_past_figure_against_is_one() -> None:
    md = (
        "- Mills roll about 6,200 t a day, against expected demand of 9,000 t by 2028.\n"
        "- Scrap made up 44% of input, against 38% last year.\n"
    )
    assert [c.text for c in claims_from_markdown("claude", md)] == [
        "Mills roll about 6,200 t a day",
        "against expected demand of 9,000 t by 2028",
        "Scrap made up 44% of input, against 38% last year.",
    ]


def test_a_web_search_answers_citation_markers_are_neither_text_nor_figures() -> None:
    """Perplexity's [1][3], Kimi's [^2^] and ChatGPT's 【4†source】 point to the app's sources:
    "the report never states 4" would be a false alarm, and the post would show them."""
    md = (
        "Hiring froze at 38% of firms [1][3]. Cloud security is the top skill [4].\n\n"
        "- 渗透率达41%[^2^]。\n- 市场规模为5亿元【4†source】\n"
    )
    claims = claims_from_markdown("perplexity", md)
    assert [c.text for c in claims] == [
        "Hiring froze at 38% of firms.",
        "Cloud security is the top skill.",
        "渗透率达41%。",
        "市场规模为5亿元",
    ]
    assert [q.raw for c in claims for q in c.quantities] == ["38%", "41%", "5亿元"]


@pytest.mark.parametrize(
    "sentence",
    [
        "猫类医疗支出增长11.5%，明显快于犬类的9.8%。",  # compared with the figure before it
        "New Ruipai operates 2,150 hospitals, a 12.4% market share.",  # the same, as a share
        "The market reached RMB 87.6 billion, accounting for 29.5% of all pet spending.",
        "Revenue hit $4.1 billion, representing 18% of the total.",
    ],
)
def test_a_clause_that_restates_or_compares_the_figure_before_it_stays_with_it(
    sentence: str,
) -> None:
    """ "a 12.4% market share" or "明显快于犬类的9.8%" alone would be a fragment in the post."""
    assert [c.text for c in claims_from_markdown("perplexity", f"- {sentence}")] == [sentence]


def test_a_plain_title_line_and_an_opening_that_announces_a_summary_are_no_findings() -> None:
    qwen = "2026年全球露营装备市场报告要点\n\n1. 帐篷销量增长18%。\n2. 户外电源渗透率达到27%。\n"
    gemini = (
        "Here's a summary of the Global Camping Gear Report 2026. Tent sales grew 18%, and "
        "portable power stations reached 27% of campers."
    )
    assert [c.text for c in claims_from_markdown("qwen", qwen)] == [
        "帐篷销量增长18%。",
        "户外电源渗透率达到27%。",
    ]
    assert [c.text for c in claims_from_markdown("gemini", gemini)][0] == "Tent sales grew 18%"
    assert title_from_models([gemini], "en") == "Global Camping Gear Report 2026"
    assert title_from_models([gemini, qwen], "zh") == "2026年全球露营装备市场报告"


def test_the_answers_title_is_no_section() -> None:
    qwen = "**2026年露营装备消费调查要点**\n\n1. 帐篷销量增长18%。\n2. 户外电源渗透率达到27%。\n"
    kimi = "# 露营装备报告摘要\n\n## 销量\n- 帐篷销量增长18%。\n"
    doubao = "**1. 市场概况**\n- 帐篷销量增长18%。\n"
    assert {c.topic for c in claims_from_markdown("qwen", qwen)} == {""}
    assert [c.topic for c in claims_from_markdown("kimi", kimi)] == ["销量"]
    assert [c.topic for c in claims_from_markdown("doubao", doubao)] == ["1. 市场概况"]


def test_a_dash_or_a_bare_and_between_statements_splits_them() -> None:
    md = (
        "- 华东地区的云支出最高——超过四成的企业在这里部署了主要业务系统。\n"
        "- Hiring slowed sharply across the region — startups froze most open roles"
        " and Acme cut its graduate intake.\n"
    )
    assert [c.text for c in claims_from_markdown("gpt", md)] == [
        "华东地区的云支出最高",
        "超过四成的企业在这里部署了主要业务系统",
        "Hiring slowed sharply across the region",
        "startups froze most open roles",
        "and Acme cut its graduate intake",
    ]


def test_two_names_joined_by_and_are_the_subject_of_the_statement_they_open() -> None:
    md = (
        "- The market is large but maturing: Germany still leads, Poland and Czechia supply "
        "most of the growth.\n"
        "- Most new capacity was built in Spain, Portugal and Italy in the second half of 2025.\n"
    )
    assert [c.text for c in claims_from_markdown("gemini", md)] == [
        "The market is large but maturing: Germany still leads",
        "Poland and Czechia supply most of the growth",
        "Most new capacity was built in Spain, Portugal and Italy in the second half of 2025.",
    ]


def test_a_list_item_or_a_frame_leads_into_the_statement_after_it() -> None:
    md = (
        "- 技术路线上，火法冶炼约占三成产能，其对铜、铁、锌的回收率可达90%。\n"
        "- 本地厂商占据41%的份额，而在海外，两家欧洲厂商合计占19%。\n"
        "- 值得注意的是，2025年二手设备首次超过新设备，占交易量的53%。\n"
    )
    assert [c.text for c in claims_from_markdown("gemini", md)] == [
        "技术路线上，火法冶炼约占三成产能",
        "其对铜、铁、锌的回收率可达90%",
        "本地厂商占据41%的份额",
        "而在海外，两家欧洲厂商合计占19%",
        "值得注意的是，2025年二手设备首次超过新设备，占交易量的53%。",
    ]


def test_a_lead_in_that_names_the_subject_stays_on_each_of_its_claims() -> None:
    md = """## 市场
- **印尼**：增长最快的市场，销量增长72%，达到31万辆
- **满意度**：满意的车主占78%
- **华为**：出货量居首（23%）
"""
    texts = [c.text for c in claims_from_markdown("doubao", md)]
    assert "印尼：增长最快的市场" in texts
    assert "印尼：销量增长72%，达到31万辆" in texts
    assert "华为：出货量居首（23%）" in texts
    assert "满意的车主占78%" in texts  # a topic, not a subject: no label needed


def test_a_topic_label_stays_on_a_text_that_opens_with_what_is_said_of_it() -> None:
    """ "**广告**：仍是最大收入来源" says nothing without 广告: a text that opens with an adverb,
    a verb or a figure has its label for subject. A Latin label under a Chinese text keeps the
    Chinese colon the answer wrote."""
    md = """## 收入结构
- **广告**：仍是最大收入来源（48.2亿元，占比51.3%）
- **会员**：收入12.6亿元（同比增长9.8%）
- **AI推荐**：需求跃升至第二位
- **Pebble**：份额最高（31.5%）
- **渠道**：线上门店占六成
"""
    texts = [c.text for c in claims_from_markdown("doubao", md)]
    assert "广告：仍是最大收入来源（48.2亿元，占比51.3%）" in texts
    assert "会员：收入12.6亿元（同比增长9.8%）" in texts
    assert "AI推荐：需求跃升至第二位" in texts
    assert "Pebble：份额最高（31.5%）" in texts
    assert "线上门店占六成" in texts  # it names its own subject


def test_a_text_that_opens_with_its_figure_keeps_its_label_for_subject() -> None:
    """ "**海外仓**：2,310个，同比增长18.2%" names what was counted only in its label, in a list of
    two facts too; "58%的商家…" and "22% cancelled…" name whose figure it is after it."""
    md = """## 渠道
- **海外仓**：2,310个，同比增长18.2%，增速较上年（25.6%）明显回落
- **渠道**：58%的商家选择自建站
- **平台**：近三成卖家入驻两个以上平台

## Power
- Wind: 41.2 GW (+6%), 38.5% of new capacity.
- **Churn:** 22% cancelled within a month.
"""
    texts = [c.text for c in claims_from_markdown("doubao", md)]
    assert "海外仓：2,310个，同比增长18.2%" in texts
    assert {"Wind: 41.2 GW (+6%)", "Wind: 38.5% of new capacity"} <= set(texts)
    assert "58%的商家选择自建站" in texts
    assert "近三成卖家入驻两个以上平台" in texts
    assert "22% cancelled within a month." in texts


def test_a_split_clause_keeps_the_word_that_joined_it_the_post_line_drops_it() -> None:
    """The claim is the answer's own words ("但县域利用率仅5.6%"): what a reader of that answer
    would quote. Standing alone as a line of the post, it reads without the "但"."""
    texts = split_compound("城市快充桩利用率为14.2%，但县域利用率仅5.6%")
    assert texts == ["城市快充桩利用率为14.2%", "但县域利用率仅5.6%"]
    assert unlisted(texts[1] + "；") == "县域利用率仅5.6%"
    assert unlisted("while only 29% use them daily") == "only 29% use them daily"


def test_a_clause_on_that_share_continues_the_share_before_it() -> None:
    """ "though that share fell 3.2 points" says how the share before it moved: one claim."""
    md = "- Models above $500 made up 41% of sales, though that share fell 3.2 points.\n"
    texts = [c.text for c in claims_from_markdown("chatgpt", md)]
    assert texts == ["Models above $500 made up 41% of sales, though that share fell 3.2 points."]


def test_a_label_for_the_rest_is_kept_on_none_of_its_parts() -> None:
    """ "**其他品牌**：" heads the brands not yet named; "其他品牌：OPPO（11.6%）" would read as
    if OPPO were the report's "other brands" row."""
    md = "- **其他品牌**：vivo（12.7%）、OPPO（11.6%），前五大品牌合计份额78.0%。\n"
    claims = claims_from_markdown("doubao", md)
    texts = [c.text for c in claims]
    assert "OPPO（11.6%）" in texts and not any("其他品牌" in t for t in texts), texts
    oppo = next(c for c in claims if c.text == "OPPO（11.6%）")
    assert with_subject(oppo) == "OPPO（11.6%）"  # nor does the post put it back
    assert oppo.lang == "zh"  # a name and a figure, typeset the Chinese way


def test_closing_words_to_the_asker_and_a_bold_conclusions_line() -> None:
    md = """- 越南占区域销量58%。

**总结：**
- 市场高速增长。

希望对你有帮助！如需进一步分析某个国家的市场，请告诉我。
Let me know if you want a deeper dive into Vietnam.
"""
    claims = claims_from_markdown("qwen", md)
    assert [(c.text, c.kind) for c in claims] == [
        ("越南占区域销量58%。", "fact"),
        ("市场高速增长。", "takeaway"),
    ]
    # a conclusions label on the line itself names nothing its parts measure
    md = "**总结**：露营装备销量翻番、渗透率接近两成，两家龙头领跑。\n"
    texts = [c.text for c in claims_from_markdown("doubao", md)]
    assert "渗透率接近两成" in texts and not any(t.startswith("总结") for t in texts)


def test_a_sentence_that_sums_up_without_a_figure_is_a_takeaway() -> None:
    md = """- 越南占区域销量的58%。
- 这份报告描绘了一个快速扩张的市场。
- 总的来说，中国品牌优势明显。
- 总的来说，中国品牌合计占32%。
- Overall, the market is booming.
"""
    kinds = {c.text: c.kind for c in claims_from_markdown("kimi", md)}
    assert kinds["越南占区域销量的58%。"] == "fact"
    assert kinds["这份报告描绘了一个快速扩张的市场。"] == "takeaway"
    assert kinds["总的来说，中国品牌优势明显。"] == "takeaway"
    assert kinds["总的来说，中国品牌合计占32%。"] == "fact"  # a figure is checked like any fact
    assert kinds["Overall, the market is booming."] == "takeaway"


def test_a_clause_that_opens_with_a_name_beginning_with_bi_is_its_own_fact() -> None:
    """比 compares (比去年增长5%) only as a word of its own: 比亚迪 and 比利时 open a subject."""
    claims = claims_from_markdown("kimi", "- 宁德时代拿下了63%的装机份额，比亚迪占17%。\n")
    assert [c.text for c in claims] == ["宁德时代拿下了63%的装机份额", "比亚迪占17%"]
    joined = claims_from_markdown("kimi", "- 销量增长38%，比上年提高12个百分点。\n")
    assert len(joined) == 1


def test_a_closing_request_drops_only_its_own_sentence_and_a_bold_sentence_is_no_heading() -> None:
    md = """**智能安防要点**

**总体来看，智能安防已经相当普及。**

- 62%的家庭拥有安防设备

**安全隐患**

- 38%的设备从未更新固件

Bottom line: adoption is high but trust is falling. Let me know if you want a chart.
"""
    claims = claims_from_markdown("gpt", md)
    by_text = {c.text: c for c in claims}
    assert "总体来看，智能安防已经相当普及" in by_text  # a statement, not a section
    assert by_text["38%的设备从未更新固件"].section == "安全隐患"
    assert by_text["62%的家庭拥有安防设备"].section != "总体来看，智能安防已经相当普及。"
    bottom = by_text["adoption is high but trust is falling."]
    assert bottom.kind == "takeaway"  # kept, as a conclusion; only the request is dropped
    assert not any("Let me know" in t for t in by_text)


def test_after_a_semicolon_a_statement_without_a_figure_stands_alone() -> None:
    md = "- Payments: cards (52%), wallets (31%), bank transfer (12%); cash is fading fast.\n"
    assert [c.text for c in claims_from_markdown("gpt", md)] == [
        "Payments: cards (52%)",
        "Payments: wallets (31%)",
        "Payments: bank transfer (12%)",
        "cash is fading fast",
    ]
    # after a comma it still only says more of the figure before it
    assert split_compound("Exports grew 9%, led by machinery, and imports 4%.") == [
        "Exports grew 9%, led by machinery",
        "and imports 4%",
    ]


def test_a_gapped_and_between_two_figures_splits_but_a_second_verb_does_not() -> None:
    assert split_compound("Heat pumps took 38% of new installs and gas boilers 41%.") == [
        "Heat pumps took 38% of new installs",
        "gas boilers 41%",
    ]
    for one in (
        "Orders grew 14% and reached 52,000 units.",
        "Prices rose 5% and fell 2% later.",
        "The index rose to 51.2 and stayed there for 3 months.",
    ):
        assert split_compound(one) == [one]


def test_a_lone_figure_under_a_label_keeps_it_and_is_not_lost() -> None:
    md = "- **日活跃**：57%\n- **Churn**: 4.2%\n- **留存**：次月留存率为38%\n"
    assert [c.text for c in claims_from_markdown("qwen", md)] == [
        "日活跃：57%",
        "Churn: 4.2%",
        "次月留存率为38%",
    ]


def test_a_count_of_people_or_firms_names_no_subject_so_its_label_stays() -> None:
    """亿人 and 万家 count what the label names: "6.62亿人（…），较上年增加1.08亿人" alone would not
    say it is the number of viewers."""
    md = (
        "- **观众规模**：6.62亿人（占网民的59.3%），较上年增加1.08亿人。\n- **门店数**：3.2万家。\n"
    )
    assert [c.text for c in claims_from_markdown("doubao", md)] == [
        "观众规模：6.62亿人（占网民的59.3%），较上年增加1.08亿人。",
        "门店数：3.2万家。",
    ]


def test_a_gapped_and_splits_hyphenated_names_and_signed_figures() -> None:
    md = (
        "- **Categories:** Oat-based milk 44% and soy-based milk 23%.\n"
        "- Vegan cheese (+21%) and ready meals (+14%) grew fastest.\n"
    )
    assert [c.text for c in claims_from_markdown("gpt", md)] == [
        "Categories: Oat-based milk 44%",
        "Categories: soy-based milk 23%",
        "Vegan cheese (+21%)",
        "ready meals (+14%) grew fastest",
    ]


def test_a_line_that_announces_what_follows_is_no_finding() -> None:
    md = (
        "这份报告主要分析了2025年全球咖啡市场的变化，核心结论如下：\n\n"
        "- 全球咖啡零售额为512亿美元，增长4.1%，远低于2022年的9%。\n"
        "\nThe main points are as follows:\n\n- Prices rose 12%.\n"
    )
    assert [c.text for c in claims_from_markdown("qwen", md)] == [
        "全球咖啡零售额为512亿美元，增长4.1%，远低于2022年的9%。",  # 远低于 compares, not a fact
        "Prices rose 12%.",
    ]


def test_a_long_bold_title_in_title_case_is_the_answers_title_not_a_claim() -> None:
    answer = (
        "Here's a concise summary of the report:\n\n"
        "**Urban Beekeeping Census 2026 — Key Points and Regional Highlights**\n\n"
        "**Hives**\n- Registered hives rose 12% to 41,000.\n\n"
        "**Overall, the hobby keeps growing, but losses over winter remain high.**\n"
    )
    claims = claims_from_markdown("gpt", answer)
    assert [(c.topic, c.text) for c in claims if c.kind == "fact"] == [
        ("Hives", "Registered hives rose 12% to 41,000.")
    ]
    assert any(c.text.startswith("Overall, the hobby keeps growing") for c in claims)


def test_a_clause_that_names_a_scope_then_points_back_stays_with_its_measure() -> None:
    # "这一比例" is the share just stated: on its own, "全区域这一比例为38%" says nothing
    claims = claims_from_markdown(
        "kimi", "- 在河内，57%的购物者每周用手机支付，而全国这一比例为31%。\n"
    )
    assert [c.text for c in claims] == ["在河内，57%的购物者每周用手机支付，而全国这一比例为31%。"]


def test_a_bold_heading_on_its_own_line_heads_the_text_below_it() -> None:
    answer = (
        "## 一、市场\n- 露营装备市场规模达640亿元。\n\n"
        "**总结**\n露营市场增长快于户外用品整体，但区域差距明显。\n\n"
        "以上就是报告的主要内容，希望对你有所帮助！\n"
    )
    claims = claims_from_markdown("kimi", answer)
    assert [(c.kind, c.text) for c in claims] == [
        ("fact", "露营装备市场规模达640亿元。"),
        ("takeaway", "露营市场增长快于户外用品整体"),
        ("takeaway", "但区域差距明显"),
    ]


def test_a_pair_of_dashes_sets_an_aside_in_and_does_not_split_the_claim() -> None:
    claims = claims_from_markdown("kimi", "- 这家成都企业——山野营地——营收8.2亿元，增长27%。\n")
    assert claims[0].text.startswith("这家成都企业——山野营地——营收8.2亿元")


def test_a_point_in_time_frames_the_statement_after_it() -> None:
    text = (
        "- 截至2025年9月底，全国换电站达到4,200座，同比增长31%。\n"
        "- 2025年上半年，换电次数为1.9亿次。\n"
        "- 过去十二个月里，换电站新增了1,300座。"
    )
    assert [c.text for c in claims_from_markdown("m", text)] == [
        "截至2025年9月底，全国换电站达到4,200座，同比增长31%。",
        "2025年上半年，换电次数为1.9亿次。",
        "过去十二个月里，换电站新增了1,300座。",
    ]


def test_a_condition_frames_the_statement_after_it_not_the_one_before() -> None:
    """ "在年行驶8万公里的情况下" is the scenario of the 5% that follows: cut from it, the 5%
    loses its condition and the clause before gains one it does not have."""
    text = (
        "- **经济性**：购置价差缩小到约18万元，但在年行驶6万公里的情况下，电动矿卡5年成本仍高约7%。"
    )
    texts = [c.text for c in claims_from_markdown("m", text)]
    assert texts[0] == "购置价差缩小到约18万元", texts
    assert texts[1].startswith("但在年行驶6万公里的情况下，电动矿卡5年成本仍高约7%"), texts


def test_a_line_ending_in_a_colon_over_a_sub_list_heads_it_and_is_no_claim() -> None:
    text = (
        "## 竞争格局\n"
        "- **头部品牌**（如安克创新、绿联、罗马仕）：\n"
        "  - 安克创新销量1.2亿台居首，市场份额31%；\n"
        "  - 绿联占22%；\n"
    )
    claims = claims_from_markdown("doubao", text)
    assert [c.text for c in claims] == [
        "安克创新销量1.2亿台居首，市场份额31%；",
        "绿联占22%；",
    ]
    assert {c.topic for c in claims} == {"头部品牌"}


def test_a_market_share_after_a_firms_figure_is_that_firms_share() -> None:
    """ "市场份额18.1%" names no subject of its own: it is the share of the firm before it."""
    assert split_compound("特来电以74.2万台居首，市场份额18.1%") == [
        "特来电以74.2万台居首，市场份额18.1%"
    ]
    assert split_compound("海外新开约3200家店，累计约7800家") == [
        "海外新开约3200家店，累计约7800家"
    ]
    assert split_compound("华为出货量1200万台，市占率14.2%，小米出货量980万台") == [
        "华为出货量1200万台，市占率14.2%",
        "小米出货量980万台",
    ]


def test_and_between_two_names_joins_them_and_splits_no_statement() -> None:
    claims = claims_from_markdown(
        "gpt", "- 41.6% of orders came via Meituan and Ele.me, up from 36.0% in 2022.\n"
    )
    assert [c.text for c in claims] == [
        "41.6% of orders came via Meituan and Ele.me, up from 36.0% in 2022."
    ]


def test_an_english_brand_label_stays_the_subject_of_every_part_under_it() -> None:
    """A topic label ("Store count") heads bare parts only; a brand's name heads them all."""
    text = (
        "- **Guming:** 9,914 stores, 79% in second-tier and lower cities.\n"
        "- **Store count:** 9,914 stores, 79% in second-tier and lower cities.\n"
    )
    texts = [c.text for c in claims_from_markdown("gpt", text)]
    assert "Guming: 79% in second-tier and lower cities" in texts
    assert "79% in second-tier and lower cities" in texts


def test_an_opening_bold_line_with_a_colon_and_commas_is_the_answers_title() -> None:
    text = (
        "**2025年光伏组件出口：量增价减，市场多元化**\n\n"
        "### 核心数据\n1. **出口规模**：全年出口组件248GW，增长约4%。\n"
    )
    claims = claims_from_markdown("qwen", text)
    assert not any("量增价减" in c.text for c in claims)
    assert any("248GW" in c.text for c in claims)
    # further down, a bold sentence still says something
    later = text + "\n**总体来看，出口量增价减。**\n"
    assert any(c.text.startswith("总体来看") for c in claims_from_markdown("qwen", later))


def test_a_unit_is_no_subject_and_a_start_date_continues_its_change() -> None:
    text = (
        "- **东行光电**：68GW。\n"
        "- **非洲**：出口大增52%，达19GW\n"
        "- 出口退税率由13%下调至9%，自2025年3月1日起执行。\n"
    )
    assert [c.text for c in claims_from_markdown("qwen", text)] == [
        "东行光电：68GW。",
        "非洲：出口大增52%，达19GW",
        "出口退税率由13%下调至9%，自2025年3月1日起执行。",
    ]


def test_a_bold_name_over_a_sub_list_is_the_subject_of_its_items_not_a_claim() -> None:
    text = (
        "## 二、主要平台\n"
        "- **快影**（北辰科技）\n"
        "  - 市场份额19.3%\n"
        "  - 营销收入824亿元\n"
        "- 行业前三家合计占84%。\n"
    )
    claims = claims_from_markdown("qwen", text)
    assert [(c.topic, c.text) for c in claims] == [
        ("快影", "市场份额19.3%"),
        ("快影", "营销收入824亿元"),
        ("二、主要平台", "行业前三家合计占84%。"),
    ]
    assert {c.section for c in claims} == {"二、主要平台"}


def test_an_english_label_with_a_chinese_aside_keeps_an_english_colon() -> None:
    claims = claims_from_markdown(
        "gpt",
        "## Operators\n- **Star Charge (星星充电)** – ~630,000 points, 17.8% share; 58% of new "
        "points in residential communities.\n",
    )
    assert claims[0].text.startswith("Star Charge (星星充电): ~630,000 points"), claims[0].text


def test_items_below_a_labelled_item_stand_under_its_label() -> None:
    """ "- **北辰**：份额20.4%；" over "  - 充电收入增长21%": the revenue is 北辰's."""
    text = (
        "## 主要企业\n- **北辰**：份额20.4%，仍居首位；\n  - 充电收入增长21%；\n"
        "- **南岭**：份额17.8%。\n"
    )
    claims = claims_from_markdown("doubao", text)
    assert [c.topic for c in claims] == ["北辰", "北辰", "南岭"]
    assert claims[1].text == "充电收入增长21%；"


def test_a_share_whose_only_other_words_are_a_past_aside_continues_its_clause() -> None:
    assert split_compound("其中快充桩192万个，占比44%（上年为41%）") == [
        "其中快充桩192万个，占比44%（上年为41%）"
    ]


def test_a_numbered_paragraph_headed_by_a_few_words_and_a_full_stop() -> None:
    """ "2. 品类与渠道。猫粮占…": the words before the full stop head the paragraph, no claim."""
    text = "1. 市场规模。零售额为684亿元，同比增长12.5%。\n\n2. 品类与渠道。猫粮占销售额的54%。\n"
    claims = claims_from_markdown("kimi", text)
    assert [(c.topic, c.text) for c in claims] == [
        ("市场规模", "零售额为684亿元，同比增长12.5%。"),
        ("品类与渠道", "猫粮占销售额的54%。"),
    ]


def test_more_than_another_figure_continues_its_clause() -> None:
    assert split_compound("其中猫7150万只，多于狗的5260万只") == [
        "其中猫7150万只，多于狗的5260万只"
    ]


def test_a_list_in_brackets_details_the_clause_before_it() -> None:
    """ "cats and dogs (71.5M cats, 52.6M dogs)": the bracket lists the two, no new fact."""
    sentence = "Pet population: 124.1 million urban cats and dogs (71.5M cats, 52.6M dogs)"
    assert split_compound(sentence) == [sentence]
    assert split_compound("Asia grew 15% and Europe (+12%) followed") == [
        "Asia grew 15%",
        "Europe (+12%) followed",
    ]


def test_an_answers_first_heading_that_names_a_summary_is_its_title() -> None:
    """ "## 宠物食品市场报告（2025）摘要" over the whole answer is its title, no theme."""
    text = "## 宠物食品市场报告（2025）摘要 📊\n\n- 零售额为684亿元。\n\n## 渠道\n- 线上占63%。\n"
    claims = claims_from_markdown("kimi", text)
    assert [c.section for c in claims] == ["", "渠道"]


def test_and_after_a_phrase_a_preposition_opens_joins_two_nouns_not_two_statements() -> None:
    for sentence in [
        "Analysts expect 4% growth in 2027, with India and the Gulf states as the main markets.",
        "Demand came from large fleets, including taxis and the delivery firms in big cities.",
    ]:
        assert [c.text for c in claims_from_markdown("gpt", sentence)] == [sentence]
    # a new subject after "and" still opens a statement of its own
    assert [
        c.text
        for c in claims_from_markdown(
            "gpt", "Fleet sales rose 9% in the north, and the city opened 40 new depots."
        )
    ] == ["Fleet sales rose 9% in the north", "and the city opened 40 new depots"]


def test_a_short_first_line_heads_the_lines_below_it_and_is_not_glued_to_them() -> None:
    md = "1. 用户规模\n月活用户达到9.2亿，同比增长4%。\n\n2. 商业化\n广告收入占比58%。\n"
    claims = claims_from_markdown("qwen", md)
    assert [(c.topic, c.text) for c in claims] == [
        ("用户规模", "月活用户达到9.2亿，同比增长4%。"),
        ("商业化", "广告收入占比58%。"),
    ]
    # a sentence wrapped mid-way is one sentence: its first line has a figure, or runs on
    for md in ["超过六成的企业\n已经开始使用AI工具。\n", "使用生成式AI的\n企业比例翻了一番。\n"]:
        assert [c.text for c in claims_from_markdown("kimi", md)] == [md.replace("\n", "")]


def test_a_numbered_line_alone_in_its_paragraph_heads_the_paragraphs_below() -> None:
    """Kimi numbers its sections "一、渠道" on a line of its own, a blank line below: a heading,
    not a finding; a numbered line that says something stays a claim."""
    md = (
        "一、用户与渠道\n\n直播电商销售额为3200亿元，同比增长18%。\n\n"
        "二、区域分布\n\n华南地区占比最高，约为四成。\n\n三、线下门店数量下降了12%\n"
    )
    claims = claims_from_markdown("kimi", md)
    assert [(c.topic, c.text) for c in claims[:2]] == [
        ("用户与渠道", "直播电商销售额为3200亿元，同比增长18%。"),
        ("区域分布", "华南地区占比最高，约为四成。"),
    ]
    assert len(claims) == 3 and claims[2].text.endswith("线下门店数量下降了12%")


def test_a_source_and_its_verb_of_saying_lead_into_the_finding() -> None:
    for sentence in [
        "用户调研显示，七成用户每周网购三次以上。",
        "报告指出，二手平台的活跃卖家增长了12%。",
    ]:
        assert [c.text for c in claims_from_markdown("gemini", sentence)] == [sentence]


@pytest.mark.parametrize(
    "text",
    [
        "这份报告认为，2025年是国产工业软件真正走向替代的一年。",
        "报告预计，2026年市场规模有望突破300亿元。",
        "作者强调，数据安全仍是企业上云的首要顾虑。",
    ],
)
def test_who_says_it_leads_into_the_statement(text: str) -> None:
    """ "这份报告认为" is no claim of its own (it had stood alone as a model's takeaway)."""
    claims = claims_from_markdown("gemini", text)
    assert [c.text for c in claims] == [text]


def test_names_paired_with_figures_respectively_are_one_claim_each() -> None:
    md = "- 头部品牌中，石头科技和追觅分别以约24%和15%的份额位居第一、第三。\n- 两者分别为3%和4%。"
    texts = [c.text for c in claims_from_markdown("gemini", md)]
    assert "石头科技以约24%的份额位居第一" in texts[0]
    assert "追觅以15%的份额位居第三" in texts[1]
    assert texts[2] == "两者分别为3%和4%。"  # no names to pair: one claim


def test_respectively_takes_the_names_the_clause_before_it_lists() -> None:
    """Kimi names the things in one clause and gives their figures "respectively" in the next:
    each figure belongs to its name, and the clause that lists them stays."""
    md = (
        "1. 最受欢迎的功能是实时翻译和智能相册，使用率分别为61%和47%。\n"
        "2. 主要厂商包括星环、云帆和极光，份额分别为18%、14%和9%，同比分别增长2%、4%和1%。\n"
    )
    texts = [c.text for c in claims_from_markdown("kimi", md)]
    assert texts[:3] == [
        "最受欢迎的功能是实时翻译和智能相册",
        "实时翻译的使用率为61%",
        "智能相册的使用率为47%",
    ]
    assert "云帆的份额为14%，同比增长4%。" in texts
    assert "主要厂商包括星环、云帆和极光" in texts


def test_a_list_of_figures_respectively_keeps_each_names_verb() -> None:
    texts = [c.text for c in claims_from_markdown("doubao", "出口和内销分别增长12%和8%")]
    assert texts == ["出口增长12%", "内销增长8%"]


def test_a_measure_written_after_the_last_name_is_every_names() -> None:
    """ "一线城市和县域居民人均年支出分别为…": 居民人均年支出 is what both figures measure;
    "一线城市为5.2万元" alone would not say what."""
    texts = [
        c.text
        for c in claims_from_markdown("kimi", "一线城市和县域居民人均年支出分别为5.2万元和1.9万元")
    ]
    assert texts == ["一线城市居民人均年支出为5.2万元", "县域居民人均年支出为1.9万元"]


def test_respectively_with_latin_names_age_groups_and_a_second_respectively() -> None:
    md = (
        "- Vetrix和Boehr Animal的份额分别为14.2%和18.7%。\n"
        "- 宠物主中25-34岁和35-44岁的占比分别为46%和22%。\n"
        "- 犬和猫的年均支出分别为1,860元和1,420元，分别比上年增长6.2%和11.5%。\n"
    )
    assert [c.text for c in claims_from_markdown("kimi", md)] == [
        "Vetrix的份额为14.2%。",
        "Boehr Animal的份额为18.7%。",
        "宠物主中25-34岁的占比为46%。",
        "宠物主中35-44岁的占比为22%。",
        "犬的年均支出为1,860元，比上年增长6.2%。",
        "猫的年均支出为1,420元，比上年增长11.5%。",
    ]


def test_doubaos_lenticular_brackets_mark_figures_and_labels() -> None:
    md = "- 瑞康宠物：门店【2,150家】，市场份额【12.4%】\n- 【核心结论】行业增速放缓。\n"
    assert [c.text for c in claims_from_markdown("doubao", md)] == [
        "瑞康宠物：门店2,150家，市场份额12.4%",
        "核心结论：行业增速放缓。",
    ]


def test_respectively_counts_the_names_as_its_figures_do() -> None:
    """ "研发与设计" is one name of two: the figures say so."""
    texts = [c.text for c in claims_from_markdown("doubao", "研发与设计和市场营销分别为23%和9%")]
    assert texts == ["研发与设计为23%", "市场营销为9%"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全屋智能（+31.5%）和下沉市场（31.2%）是主要增量",
            ["全屋智能（+31.5%）", "下沉市场（31.2%）是主要增量"],
        ),
        (
            "Queuing at peak times (46.1%) and broken or blocked chargers (38.7%) top the list.",
            ["Queuing at peak times (46.1%)", "broken or blocked chargers (38.7%) top the list"],
        ),
        # "and" before a verb goes on with the same subject: one statement
        (
            "Exports hit RMB 124 billion (+17.3%) and are expected to keep growing.",
            ["Exports hit RMB 124 billion (+17.3%) and are expected to keep growing."],
        ),
    ],
)
def test_items_each_with_its_figure_in_brackets_are_a_claim_each(
    text: str, expected: list[str]
) -> None:
    assert [c.text for c in claims_from_markdown("qwen", f"- {text}")] == expected


def test_respectively_pairs_latin_names_and_keeps_what_the_names_share() -> None:
    """A firm's Latin name runs past twelve characters ("Kestrel Reefer Group"); "的增速" after
    the last name is each name's."""
    md = (
        "- Kestrel Reefer Group和Hanul Cold Chain分别为3.0%和2.4%。\n"
        "- 越南和印尼的增速分别为15.7%和13.4%。"
    )
    texts = [c.text for c in claims_from_markdown("kimi", md)]
    assert texts == [
        "Kestrel Reefer Group为3.0%。",
        "Hanul Cold Chain为2.4%。",
        "越南的增速为15.7%。",
        "印尼的增速为13.4%。",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field frames the statement after it
        (
            "系统集成领域，海博思创以约28GWh的出货量排名第一。",
            ["系统集成领域，海博思创以约28GWh的出货量排名第一。"],
        ),
        # how the firm grew has no subject of its own (Doubao's 【】 mark figures, as bold does)
        ("海辰储能【10.2%】，增速【85%】最快", ["海辰储能10.2%，增速85%最快"]),
        # "and the Middle East 22%" names its own subject
        (
            "Exports: Europe took 27% and the Middle East 22%.",
            ["Exports: Europe took 27%", "Exports: the Middle East 22%"],
        ),
    ],
)
def test_a_part_that_cannot_stand_alone_stays_and_one_that_can_is_split(
    text: str, expected: list[str]
) -> None:
    assert [c.text for c in claims_from_markdown("doubao", f"- {text}")] == expected


def test_a_list_whose_last_item_has_an_aside_stays_one_list_in_its_clause() -> None:
    """ "四川、重庆、贵州三地（如成都、遵义等城市）" is one list: the aside after its last item
    makes no statement of that item, and no item is moved to the end of another."""
    [first, second] = claims_from_markdown(
        "kimi",
        "- **门店**：全年新开门店1,240家，近一半位于四川、重庆、贵州三地（如成都、遵义等城市）。",
    )
    assert first.text == "全年新开门店1,240家"
    assert second.text == "近一半位于四川、重庆、贵州三地（如成都、遵义等城市）"


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("腾讯音乐", "付费用户占比21.7%，同比提升2个百分点。"),
        ("比亚迪汽车", "份额17.5%，排名第一。"),
        ("阿里巴巴集团", "云业务收入增长13%。"),
    ],
)
def test_a_firms_bold_label_of_its_name_and_what_it_is_stays_with_its_figures(
    label: str, line: str
) -> None:
    """A firm named as a name and what it is (比亚迪 + 汽车) is the subject of the line under it:
    "份额17.5%，排名第一" alone names no one."""
    claims = claims_from_markdown("doubao", f"## 竞争格局\n- **{label}**：{line}\n")
    assert claims and all(c.text.startswith(f"{label}：") for c in claims)


def test_a_place_and_a_verb_in_bold_is_no_name_to_carry() -> None:
    """ "东北落后" says something of 东北; it is no firm to put before every part."""
    [claim] = claims_from_markdown("doubao", "- **东北落后**：数字化转型率仅为31%。\n")
    assert not claim.text.startswith("东北落后")


@pytest.mark.parametrize(
    "sentence",
    [
        "Riders took 2.3 million trips in March, a 41% increase.",
        "Subscription revenue reached $318 million, an increase of 27%.",
        "The fleet grew to 1,450 buses, a sharp rise of 62%.",
    ],
)
def test_a_change_in_apposition_stays_with_the_figure_it_changes(sentence: str) -> None:
    """ "…, a 41% increase" names nothing of its own: it is the change of the figure before it."""
    assert split_compound(sentence) == [sentence]


def test_a_short_item_of_a_list_with_its_figure_is_kept() -> None:
    """ "…；豆浆21%，米浆8%": 米浆8% is as much a statement as 豆浆21%, short as it is; a lone
    figure or a greeting still is none."""
    texts = [c.text for c in claims_from_markdown("qwen", "- 豆浆21%，米浆8%。\n- 8%\n")]
    assert any(t.endswith("米浆8%") for t in texts)
    assert not any(t.strip() == "8%" for t in texts)


def test_a_forecasts_time_frame_stays_with_the_forecast() -> None:
    """ "预计到2028年，" only says when: no claim of its own, and the forecast keeps its year."""
    [claim] = claims_from_markdown(
        "doubao", "- **趋势**：预计到2028年，线上问诊将覆盖35%的宠物主人（目前约9%）。\n"
    )
    assert "预计到2028年" in claim.text and "35%" in claim.text


def test_a_part_named_in_one_character_after_qizhong_is_a_fact_of_its_own() -> None:
    """ "其中猫占比58%" speaks of cats, a part of the 9,800万只: a fact of its own, though 猫 is
    one character."""
    texts = [
        c.text for c in claims_from_markdown("kimi", "- 城镇犬猫共9,800万只，其中猫占比58%。\n")
    ]
    assert texts == ["城镇犬猫共9,800万只", "其中猫占比58%"]


def test_a_part_with_a_label_of_its_own_keeps_it_not_the_items() -> None:
    """ "猫粮复购率：41%；狗：36%": the second part is the dogs', under its own label — not
    "猫粮复购率：狗：36%", and not dropped as a fragment."""
    texts = [c.text for c in claims_from_markdown("qwen", "7. 猫粮复购率：41%；狗：36%\n")]
    assert texts[-1] == "狗：36%"
    assert any(t.startswith("猫粮复购率：41%") for t in texts)


def test_a_clause_that_opens_with_zhengzai_continues_its_subject() -> None:
    """ "…，正在明显缩短排队时间" says what the self-service kiosks are doing: no claim alone."""
    [claim] = claims_from_markdown(
        "kimi", "自助点餐机已经覆盖了约六成的门店，正在明显缩短顾客的排队时间。\n"
    )
    assert claim.text.endswith("正在明显缩短顾客的排队时间。")


def test_a_numbered_line_over_its_own_bullets_is_their_section_not_a_claim() -> None:
    answer = (
        "1. 产能布局\n- 海外规划产能约150GWh。\n- 欧洲占其中的四成。\n\n"
        "2. 风险提示\n- 原材料价格波动较大。\n\n"
        "3. 海外工厂已投产6座，均位于东南亚。\n"
    )
    claims = claims_from_markdown("kimi", answer)
    assert [c.text for c in claims][:3] == [
        "海外规划产能约150GWh。",
        "欧洲占其中的四成。",
        "原材料价格波动较大。",
    ]
    assert [c.section for c in claims][:3] == ["产能布局", "产能布局", "风险提示"]
    # a numbered item that says something is a claim, heading or not
    assert claims[-1].text == "海外工厂已投产6座，均位于东南亚。"


def test_a_line_naming_the_reports_key_findings_before_a_list_is_no_claim() -> None:
    answer = (
        "Key findings from the Global Bike-Share and Micromobility Outlook 2025 report:\n\n"
        "1. Trips rose 18% to 1.9 billion.\n2. E-bikes made up 41% of the fleet.\n"
    )
    texts = [c.text for c in claims_from_markdown("perplexity", answer)]
    assert texts == ["Trips rose 18% to 1.9 billion.", "E-bikes made up 41% of the fleet."]


def test_what_a_choice_was_made_over_stays_with_the_choice() -> None:
    for sentence in [
        "越来越多的中小企业倾向于直接调用云端API，而不是自建算力和模型。",
        "Most mid-sized firms now call hosted models through an API, rather than running "
        "their own clusters.",
    ]:
        assert [c.text for c in claims_from_markdown("kimi", f"- {sentence}")] == [sentence]


def test_a_share_then_a_growth_rate_are_two_facts_of_one_subject() -> None:
    texts = [c.text for c in claims_from_markdown("qwen", "- **日本**：占比18%，增速仅为4%；")]
    assert texts == ["日本：占比18%", "日本：增速仅为4%"]
    # a level and how it grew stay one fact
    one = "- 出口额达到620亿元，同比增长19%。"
    assert [c.text for c in claims_from_markdown("qwen", one)] == [
        "出口额达到620亿元，同比增长19%。"
    ]


def test_and_before_a_counted_subject_opens_a_statement_of_its_own() -> None:
    sentence = (
        "Shared offices have grown in every region, and only about one in five desks is now "
        "assigned to a single person."
    )
    texts = [c.text for c in claims_from_markdown("claude", f"- {sentence}")]
    assert texts == [
        "Shared offices have grown in every region",
        "and only about one in five desks is now assigned to a single person",
    ]
    # an adverb before a comparison is no new subject
    one = "The new line is faster and only slightly more expensive than the old one."
    assert [c.text for c in claims_from_markdown("claude", f"- {one}")] == [one]


def test_names_listed_with_their_figures_after_fen_bie_wei_are_one_claim_each() -> None:
    """Kimi's "合计份额63.5%，分别为Nordex 24.2%、韵达21.8%、Ørsted Wind 17.5%": the total is a
    fact, and each name's share another, in the measure the sentence gives — not "分别为Nordex
    24.2%" and two bare "韵达21.8%"."""
    text = "1. 前三大整机商合计份额63.5%，分别为Nordex 24.2%、韵达21.8%、Ørsted Wind 17.5%。\n"
    assert [c.text for c in claims_from_markdown("kimi", text)] == [
        "前三大整机商合计份额63.5%",
        "Nordex份额24.2%",
        "韵达份额21.8%",
        "Ørsted Wind份额17.5%",
    ]
    # a list of figures alone, or one that ends in another statement, is left to the others
    plain = "- 两地增速分别为9.5%和7.4%\n"
    assert [c.text for c in claims_from_markdown("kimi", plain)] == ["两地增速分别为9.5%和7.4%"]


def test_a_change_cell_with_no_figure_and_a_run_of_years_stay_with_their_figure() -> None:
    """DeepSeek's table row "集中度 | 63.0% | 持平" reads "…——63.0%，同比变化 持平": the change
    is the row's, no claim of its own. "连续第四年下降" says how long the price went that way."""
    table = (
        "| 指标 | 数值 | 同比变化 |\n|---|---|---|\n| 全球销量 | 1,870万台 | +4.2% |\n"
        "| 前三大厂商集中度 | 63.0% | 持平 |\n"
    )
    assert [c.text for c in claims_from_markdown("deepseek", table)] == [
        "全球销量——1,870万台，同比变化 +4.2%",
        "前三大厂商集中度——63.0%，同比变化 持平",
    ]
    line = "8. 平均批发价639美元，连续第四年下降。\n"
    assert [c.text for c in claims_from_markdown("kimi", line)] == [
        "平均批发价639美元，连续第四年下降。"
    ]


def test_a_table_rows_label_stays_with_its_cells_under_a_dated_header() -> None:
    """ "| 付费用户占比 | 27.8% | +1.2个百分点 |" under "2025年数值" is one claim: the row's label
    is what its cells measure, however much it reads like a statement of its own. Prose with a
    dash still splits where a statement follows it."""
    table = (
        "| 指标 | 2025年数值 | 变化 |\n|---|---|---|\n| 付费用户占比 | 27.8% | +1.2个百分点 |\n"
        "| 头部平台GMV占比 | 62.1% | +10.4个百分点 |\n"
    )
    assert [c.text for c in claims_from_markdown("deepseek", table)] == [
        "付费用户占比——2025年数值 27.8%，变化 +1.2个百分点",
        "头部平台GMV占比——2025年数值 62.1%，变化 +10.4个百分点",
    ]
    prose = "- 核心问题在于获客成本——超过一半的平台仍在亏损。\n"
    assert [c.text for c in claims_from_markdown("gemini", prose)] == [
        "核心问题在于获客成本",
        "超过一半的平台仍在亏损",
    ]


def test_a_clause_opening_with_a_verbs_noun_is_a_statement_of_its_own() -> None:
    """ "监管趋严的态势也将延续": 监管 is the clause's subject (jieba's verb-noun), not a predicate
    of the one before; "已连续两年下滑" has none of its own."""
    text = "总体来看，行业正从价格战转向服务竞争，监管趋严的态势也将延续。"
    assert split_clauses(text) == [
        "总体来看，行业正从价格战转向服务竞争",
        "监管趋严的态势也将延续",
    ]
    assert split_clauses("这类产品的价格已经降到三年前的一半，已连续两年下滑。") == [
        "这类产品的价格已经降到三年前的一半，已连续两年下滑。"
    ]


def test_a_bold_name_is_not_the_subject_of_a_clause_that_opens_with_its_own() -> None:
    md = "- **Meituan** is second at 21.5%, while **Tongcheng Travel** holds 12.7%.\n"
    assert [c.text for c in claims_from_markdown("chatgpt", md)] == [
        "Meituan is second at 21.5%",
        "while Tongcheng Travel holds 12.7%",
    ]


def _post_lines(model: str, md: str) -> list[str]:
    """The answer's claims as the post's lines show them: each with its subject, as a line."""
    claims = claims_from_markdown(model, md)
    pairs = zip([None, *claims], claims, strict=False)
    return [unlisted(with_subject(c, before)) for before, c in pairs]


def test_a_post_line_puts_its_label_before_the_clause_not_before_its_joining_word() -> None:
    """ "携程集团：比上年下滑了…", not "携程集团：但比上年…"; and "下沉市场：首次过半", which
    names its subject by its own label, is not hung after the clause before it."""
    md = (
        "## 竞争格局\n"
        "- **携程集团**：份额41.2%，依然稳居第一；但比上年下滑了1.1个百分点。\n"
        "- **下沉市场**：三线及以下城市用户超过一半，占比达52.6%，首次过半。\n"
    )
    assert _post_lines("doubao", md) == [
        "携程集团：份额41.2%，依然稳居第一",
        "携程集团：比上年下滑了1.1个百分点。",
        "下沉市场：三线及以下城市用户超过一半，占比达52.6%",
        "下沉市场：首次过半",
    ]


def test_a_conceding_or_scene_setting_clause_leads_into_its_statement() -> None:
    """ "尽管…" and "随着…" cannot stand as findings: each leads into the clause after it."""
    text = (
        "尽管持牌门店数量大幅增加，但客流明显向头部集中，前三家连锁合计份额达到41.6%。"
        "随着新规正式施行，平台需要承担审核责任，合规商品比例提升到72.5%。"
    )
    claims = [c.text for c in claims_from_markdown("gemini", text)]
    assert not any(c.startswith(("尽管", "随着")) and "，" not in c for c in claims), claims
    assert any(c.startswith("尽管持牌门店数量大幅增加，但客流明显向头部集中") for c in claims)


def test_a_measure_label_is_not_put_on_a_clause_that_states_a_measure_of_its_own() -> None:
    """ "**渗透率**：…，12月单月销量创下…": the sales record is no 渗透率, and a clause opening on
    its month is not subjectless; "**价格**：同比下降8%" still needs its label to say what fell."""
    md = (
        "## 市场\n"
        "- **渗透率**：全年电动叉车渗透率升至41.5%，12月单月销量创下3.6万台的新高。\n"
        "- **价格**：同比下降8%。\n"
    )
    assert _post_lines("qwen", md) == [
        "全年电动叉车渗透率升至41.5%",
        "12月单月销量创下3.6万台的新高",
        "价格：同比下降8%。",
    ]


def test_a_bold_english_line_in_sentence_case_heads_its_section_and_states_nothing() -> None:
    """ChatGPT heads sections with bold lines such as "**Pricing and subscription revenue**":
    a heading over the bullets below, never a finding of its own."""
    md = (
        "Here is a summary of the report:\n\n"
        "**Market**\n"
        "- **Users:** Paying users reached 2.4 million.\n\n"
        "**Pricing and subscription revenue**\n"
        "- **Price:** The average plan price rose 4% to USD 18.\n\n"
        "**Users grew faster than expected in every region this year**\n"
    )
    claims = claims_from_markdown("chatgpt", md)
    assert [c.text for c in claims] == [
        "Paying users reached 2.4 million.",
        "The average plan price rose 4% to USD 18.",
        "Users grew faster than expected in every region this year",
    ]
    assert claims[1].section == "Pricing and subscription revenue"


def test_a_name_given_as_an_example_in_brackets_does_not_stand_for_the_subject() -> None:
    """ "鹿鸣体育：份额23.6%，…（多品牌组合，如FILA、Descente）": the brands in brackets are
    examples; the finding still needs its label to say whose share it is."""
    md = (
        "**2. 竞争格局**\n- **头部品牌表现**：\n"
        "  - 鹿鸣体育：份额23.6%，提升1.8个百分点，"
        "连续第四年第一（多品牌组合，如FILA、Descente）。\n"
    )
    [claim] = claims_from_markdown("doubao", md)
    assert unlisted(with_subject(claim)).startswith("鹿鸣体育：份额23.6%")


@pytest.mark.parametrize(
    ("opening", "heads"),
    [("**Market size**", True), ("**市场规模**", True), ("**2025年咖啡连锁报告要点**", False)],
)
def test_a_short_bold_line_over_the_first_bullets_is_their_section_not_the_answers_title(
    opening: str, heads: bool
) -> None:
    """ChatGPT opens with "Here's a summary…" and then its first section, "**Market size**",
    over bullets: that is a heading its facts stand under, as "**Brands**" is for the next.
    A bold line that names the summary is the answer's title."""
    answer = (
        "Here's a summary of the report:\n\n"
        f"{opening}\n- Retail sales reached RMB 98 billion.\n\n"
        "**Brands**\n- Lumen Coffee leads with 21.4%.\n"
    )
    claims = claims_from_markdown("chatgpt", answer)
    assert claims[0].text == "Retail sales reached RMB 98 billion."
    assert (claims[0].section == opening.strip("*")) is heads
    assert claims[1].section == "Brands"


def test_a_respectively_list_whose_lead_in_runs_into_the_first_latin_name_is_split() -> None:
    """ "前三大厂商Norvik Labs、Teslin和Aurora Cams的份额分别为…": Qwen writes the firms in Latin
    letters right after 前三大厂商, with no comma; each firm still gets its own share."""
    md = "1. 前三大厂商Norvik Labs、Teslin和Aurora Cams的份额分别为21.5%、12.3%和9.6%。\n"
    texts = [c.text for c in claims_from_markdown("qwen", md)]
    assert len(texts) == 3, texts
    for name, share in (("Norvik Labs", "21.5%"), ("Teslin", "12.3%"), ("Aurora Cams", "9.6%")):
        [text] = [t for t in texts if name in t]
        assert share in text and "%" not in text.replace(share, ""), texts


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("北欧：但贡献了近三分之一的收入（46亿美元）", "北欧：贡献了近三分之一的收入（46亿美元）"),
        (
            "Norvik: but the revenue leader at US$2.3 billion",
            "Norvik: the revenue leader at US$2.3 billion",
        ),
    ],
)
def test_a_post_line_drops_the_joining_word_behind_its_label(text: str, line: str) -> None:
    """A clause split off "出货量占23%，但贡献了…" keeps its label in its text; the post line
    reads "北欧：贡献了…", not "北欧：但贡献了…"."""
    assert unlisted(text) == line


def test_a_both_and_pair_is_one_object_not_two_statements() -> None:
    """ "saw both its share and its revenue shrink": "both" waits for its "and", which starts
    no statement of its own that a reader could place."""
    md = (
        "Teslin, by contrast, saw both its share and its revenue shrink as buyers moved away "
        "from its premium floodlight models.\n"
    )
    texts = [c.text for c in claims_from_markdown("gemini", md)]
    assert len(texts) == 1 and "both its share and its revenue shrink" in texts[0], texts


@pytest.mark.parametrize(
    ("bullet", "claims"),
    [
        # a participle with no subject of its own moves the figure before it: one statement
        (
            "Card payments were worth about $48 billion, growing roughly 17%.",
            ["Card payments were worth about $48 billion, growing roughly 17%."],
        ),
        (
            "Visitors reached about 240,000, 1.8 times the year before, mostly from Japan.",
            ["Visitors reached about 240,000, 1.8 times the year before, mostly from Japan."],
        ),
        (
            "Revenue grew 8% — the fastest pace since 2019.",
            ["Revenue grew 8% — the fastest pace since 2019."],
        ),
        # the share it takes, as "GMV同比增长52%，占线上销售的26%" is one claim
        (
            "Kuaishou GMV grew 47%, taking 19% of online sales.",
            ["Kuaishou GMV grew 47%, taking 19% of online sales."],
        ),
        # a share, then how fast the thing grows: two facts, as 占比12.4%，增速9.2% is
        (
            "Tablets held 12.4% of sales, growing 9.2% a year.",
            ["Tablets held 12.4% of sales", "growing 9.2% a year"],
        ),
        # … and a participle that moves to another place states another place's figure
        (
            "Occupancy was 61.5% nationwide, falling to 44% in rural areas.",
            ["Occupancy was 61.5% nationwide", "falling to 44% in rural areas"],
        ),
    ],
)
def test_an_english_participle_stays_with_the_figure_it_moves(
    bullet: str, claims: list[str]
) -> None:
    assert [c.text for c in claims_from_markdown("m", f"- {bullet}\n")] == claims


def test_a_numbered_heading_that_ends_in_a_word_like_xingwei_heads_its_paragraph() -> None:
    """Kimi puts each section's heading on the item's first line: 用户行为 ends with 为 as a
    character, not as a word, so it is the section's name, not a sentence running on."""
    answer = (
        "1. 市场概况\n全国共享充电宝用户规模达到3.1亿，同比增长9.4%。\n\n"
        "2. 用户行为\n单次租借平均时长为2.6小时，夜间租借占比31.5%。\n"
    )
    claims = claims_from_markdown("kimi", answer)
    assert [c.text for c in claims if c.topic == "用户行为"] == [
        "单次租借平均时长为2.6小时",
        "夜间租借占比31.5%",
    ]
    assert not any(c.text.startswith("用户行为") for c in claims)


@pytest.mark.parametrize(
    ("item", "shown"),
    [
        # 万 of 万峰 opens a name, not a figure: the clause has its own subject
        (
            "长白雪都以96万人次位居全国雪场之首，万峰滑雪场以81万人次位列第二。",
            "万峰滑雪场以81万人次位列第二",
        ),
        # "拥有高速缆车的雪场" is the subject its verb describes, a predicate of its own after it
        ("全国共有滑雪场680家，但拥有高速缆车的雪场仅占约三成。", "但拥有高速缆车的雪场仅占约三成"),
        # 一次性 is no adverb before a verb but a word on the noun after it
        ("年卡会员占比12.5%，一次性体验者占比48.5%。", "一次性体验者占比48.5%"),
    ],
)
def test_a_split_clause_with_its_own_subject_is_shown_alone(item: str, shown: str) -> None:
    claims = claims_from_markdown("kimi", f"- {item}\n")
    assert with_subject(claims[-1], claims[-2] if len(claims) > 1 else None) == shown


def test_a_sub_item_with_a_label_of_its_own_is_not_given_its_parents_too() -> None:
    """ "**区域品牌**（如…）：走差异化路线" under "**主要品牌**：" names its subject already: the
    post does not write 主要品牌：区域品牌（如…）：…"""
    answer = (
        "### 竞争格局\n- **主要品牌**：\n  - **头部品牌**：份额合计58.2%。\n"
        "  - **区域品牌**（如岚山咖啡、青禾咖啡）：走差异化路线。\n"
    )
    claims = claims_from_markdown("doubao", answer)
    shown = [with_subject(c) for c in claims if "差异化" in c.text]
    assert shown == ["区域品牌（如岚山咖啡、青禾咖啡）：走差异化路线。"], shown


# a figure clause before each: the sentence then chains statements, as Kimi writes them
_BEFORE = "2025年家具零售额为1.2万亿元，同比增长3.1%，"


@pytest.mark.parametrize(
    "statement",
    [
        # 并 (and), 整体 (the whole of it) before an adverb: the same subject goes on
        "国产品牌份额由2020年的31%升至2025年的44.2%，并首次在线上超过外资品牌",
        "前五大家具品牌合计份额为21.6%，但整体仍较为分散",
        # a share after 约, a figure after 以, a comparison after 继续: a predicate, no subject
        "华南是最大的消费市场，约占全国零售额的38%",
        "智能床垫虽然体量最小，但以27.5%的增速成为增长最快的品类",
        "实木家具销量420万套，继续多于板式家具（380万套）",
        # a list goes on after 、; a reason, a subject-less forecast, the same figure then
        "近四成新品采用竹、藤等天然材料",
        "定制衣柜增速放缓至4.2%，主要原因是地产竣工下滑",
        "欧派为雄安项目供应整装产品，预计2027年交付",
        "近五成新品采用环保板材，2021年这一比例还不到三分之一",
    ],
)
def test_a_clause_that_goes_on_with_the_subject_before_it_is_no_claim_of_its_own(
    statement: str,
) -> None:
    claims = claims_from_markdown("kimi", f"{_BEFORE}{statement}。\n")
    assert [c.text for c in claims] == [_BEFORE.rstrip("，"), statement]


def test_a_forecast_after_a_figure_is_still_a_claim_of_its_own() -> None:
    text = "定制家具市场规模1,260亿元，同比增长7.8%，预计2028年突破1,600亿元。"
    claims = claims_from_markdown("qwen", text)
    assert [c.text for c in claims] == [
        "定制家具市场规模1,260亿元，同比增长7.8%",
        "预计2028年突破1,600亿元",
    ]


def test_a_bullet_with_no_subject_goes_on_from_the_bullet_before_it() -> None:
    """Qwen's "- 占宠物用品总额的四成以上" under "- 猫用品市场规模620亿元" says whose share only
    through the bullet before it: it is read, and shown, after that one."""
    md = (
        "### 市场\n- 猫用品市场规模620亿元，同比增长8.1%\n- 占宠物用品总额的四成以上\n"
        "- 狗用品增长3%\n"
    )
    claims = claims_from_markdown("qwen", md)
    assert [c.opened_by for c in claims] == ["", "猫用品市场规模620亿元，同比增长8.1%", ""]
    assert with_subject(claims[1], claims[0]) == (
        "猫用品市场规模620亿元，同比增长8.1%，占宠物用品总额的四成以上"
    )


def test_a_condition_per_change_frames_the_result_after_it() -> None:
    """ "板材价格每上涨10%，毛利率约下降1.5个百分点" says one thing: what follows from each rise."""
    text = "- 2024年板材均价为每张185元，板材价格每上涨10%，毛利率约下降1.5个百分点。\n"
    claims = claims_from_markdown("kimi", text)
    assert [c.text for c in claims][-1] == "板材价格每上涨10%，毛利率约下降1.5个百分点"


def test_and_above_bounds_the_figure_before_it_and_splits_nothing() -> None:
    md = "- Modules of 600W and above were 38% of shipments, up from 9% in 2023.\n"
    assert [c.text for c in claims_from_markdown("gpt", md)] == [md[2:].strip()]


def test_a_plain_label_opening_a_paragraph_labels_its_own_sentence_only() -> None:
    """Kimi's "报告指出两大风险：A；B。对此，…" — the label introduces the list of its sentence; the
    sentences after it are no risks, and "规划产能120GWh" is not "报告指出两大风险：规划产能…"."""
    md = (
        "报告指出两大风险：欧盟关税将从10%提高到25%；行业平均毛利率从18%下滑到14%。"
        "对此，企业已在海外宣布9个工厂项目，规划产能120GWh。\n"
    )
    texts = [c.text for c in claims_from_markdown("kimi", md)]
    assert "规划产能120GWh" in texts and not any(t.startswith("报告指出") for t in texts), texts


@pytest.mark.parametrize(
    ("item", "claim"),
    [
        # what the figure before it is, with no verb of its own
        (
            "Texas plants made 41 GW, about 29% of the national total.",
            "Texas plants made 41 GW, about 29% of the national total.",
        ),
        (
            "Ridership reached 6.2 billion trips in 2025, up 4% — a marked slowdown from 2024.",
            "Ridership reached 6.2 billion trips in 2025, up 4% — a marked slowdown from 2024.",
        ),
        # what its subject does with it, and the same verb for another subject
        (
            "Two in five riders use the app daily, paying about EUR 3 per trip.",
            "Two in five riders use the app daily, paying about EUR 3 per trip.",
        ),
        (
            "E-bikes are expected to rise to about 45% of sales by 2028, and scooters to about 9%.",
            "E-bikes are expected to rise to about 45% of sales by 2028, and scooters to about 9%.",
        ),
        # a growth rate's name is no subject of its own
        (
            "换电站市场规模86亿元，年复合增长率高达27.5%。",
            "换电站市场规模86亿元，年复合增长率高达27.5%。",
        ),
        (
            "换电站数量有望达到约2.6万座，CAGR约14.6%。",
            "换电站数量有望达到约2.6万座，CAGR约14.6%。",
        ),
        # the figure again in other terms; the verb after an aside
        (
            "Logistics took 18% of installations, one in five robots.",
            "Logistics took 18% of installations, one in five robots.",
        ),
        (
            "Cobots kept spreading, reaching 9.6% of installations, about 51,000 units.",
            "Cobots kept spreading, reaching 9.6% of installations, about 51,000 units.",
        ),
        (
            "Grippers, including vacuum and magnetic ones, reached US$2.1 billion.",
            "Grippers, including vacuum and magnetic ones, reached US$2.1 billion.",
        ),
        # a source's verb of saying, then a scene-setting clause, lead into the statement
        (
            "报告判断，随着电价下降和车型统一，换电站有望在2027年前后实现盈利。",
            "报告判断，随着电价下降和车型统一，换电站有望在2027年前后实现盈利。",
        ),
    ],
)
def test_a_phrase_with_no_verb_or_subject_of_its_own_stays_with_its_statement(
    item: str, claim: str
) -> None:
    assert [c.text for c in claims_from_markdown("m", f"- {item}")] == [claim]


@pytest.mark.parametrize(
    "item",
    [
        "Fares rose 6%, 45% of riders use a monthly pass.",  # a statement with its own verb
        "Fares rose 6%, spending on stations grew 11%.",  # a gerund subject, then its verb
        "Occupancy was 61% in cities, falling to 38% in rural areas.",  # another subject
        "Bus: 1.2 billion trips (+3%); 52% of riders are students.",  # a statement after ;
    ],
)
def test_a_clause_with_its_own_verb_or_subject_is_still_a_claim_of_its_own(item: str) -> None:
    assert len(claims_from_markdown("m", f"- {item}")) == 2


def test_for_the_first_time_goes_on_about_the_subject_before_it() -> None:
    """ "…发布通知，首次在国家层面明确了定义": for the first time, (the notice) …; "首次购买的
    消费者" is a subject of its own."""
    texts = [
        c.text
        for c in claims_from_markdown(
            "qwen",
            "- 2024年5月，五部门联合印发指导意见，首次在国家层面统一了充电接口标准。\n"
            "- 首次使用换电服务的车主占比23%，复购车主占比41%。\n",
        )
    ]
    assert texts[0] == "2024年5月，五部门联合印发指导意见，首次在国家层面统一了充电接口标准。"
    assert len(texts) == 3


def test_a_numbered_paragraph_that_opens_with_its_title_is_a_section_not_a_claim() -> None:
    """Kimi's "一、市场规模。2025年……": the title heads the paragraph's claims; a subject-less
    forecast after a semicolon is shown after the clause it goes on from; a purpose leads into
    its statement; a reason said after the fact stays with it."""
    md = (
        "根据您提供的报告，我整理了以下要点：\n\n"
        "一、市场规模。2025年中国换电市场规模约为212亿元，同比增长38.5%。报告预计2027年规模将"
        "突破400亿元；到2030年将达到760亿元。\n\n"
        "二、运营格局。换电站运营仍以重卡场景为主，用电成本下降和车型标准化是主要原因。\n\n"
        "总的来说，换电行业正在加速，但要真正实现盈利，运营商还需要提高单站利用率。\n"
    )
    claims = claims_from_markdown("kimi", md)
    texts = [c.text for c in claims]
    assert not any(
        t.startswith(("一、", "二、")) or t in ("市场规模。", "运营格局。") for t in texts
    )
    assert {c.topic for c in claims if "212亿元" in c.text} == {"市场规模"}
    forecast = next(c for c in claims if "760亿元" in c.text)
    before = claims[claims.index(forecast) - 1]
    assert unlisted(with_subject(forecast, before)) == (
        "报告预计2027年规模将突破400亿元，到2030年将达到760亿元。"
    )
    assert any("是主要原因" in t and "重卡" in t for t in texts)
    assert "但要真正实现盈利，运营商还需要提高单站利用率" in texts


def test_a_bold_name_over_a_measure_or_a_change_stays_the_claims_subject() -> None:
    md = (
        "- **蔚能科技**：营收 18.6亿元，在乘用车换电场景有优势。\n"
        "- **启源换电增速最快**：同比增长 93.4%，主要靠重卡线路。\n"
        "- **渠道结构**：B端约占68%。\n"
    )
    texts = [c.text for c in claims_from_markdown("doubao", md)]
    assert texts == [
        "蔚能科技：营收 18.6亿元，在乘用车换电场景有优势。",
        "启源换电增速最快：同比增长 93.4%，主要靠重卡线路。",
        "B端约占68%。",  # its own subject: the label is a theme
    ]


def test_a_line_that_leads_into_a_list_states_nothing() -> None:
    md = (
        "Suppliers earned about 55% of revenue. A few figures stand out:\n\n"
        "- FANUC's revenue rose 2% to US$2.9 billion.\n"
        "- The market for robot hardware was worth US$16.5 billion, while complete systems, "
        "including software, reached US$48.3 billion.\n"
    )
    texts = [c.text for c in claims_from_markdown("claude", md)]
    assert "A few figures stand out:" not in texts
    assert "while complete systems, including software, reached US$48.3 billion" in texts


def test_a_firms_label_stays_on_its_measures_and_an_offer_to_help_is_no_claim() -> None:
    md = (
        "- **极羽电动**：海外营收约41亿元，同比增长19%，海外收入最高。\n\n"
        "如果你需要，我还可以帮你把这些内容整理成一张表格或者PPT大纲～\n"
    )
    texts = [c.text for c in claims_from_markdown("doubao", md)]
    assert texts == ["极羽电动：海外营收约41亿元，同比增长19%", "极羽电动：海外收入最高"]


def test_a_bold_place_of_common_words_is_still_the_subject_of_its_line() -> None:
    """ "**United States:** installations dropped 6%…" names its country as "**Japan:** …" does,
    though "united" and "states" are everyday words; "**Market size:**" is a theme."""
    md = (
        "- **United States:** installations dropped 6% to 34,200 units.\n"
        "- **Market size:** installations dropped 6% to 34,200 units.\n"
    )
    texts = [c.text for c in claims_from_markdown("gpt", md)]
    assert texts == [
        "United States: installations dropped 6% to 34,200 units.",
        "installations dropped 6% to 34,200 units.",
    ]


def test_a_bold_places_line_that_names_another_place_is_not_put_under_it() -> None:
    md = (
        "- **North America** accounts for 31.4% of sales, followed by South America at 12.8%.\n"
        "- **North America:** 7.2 GWh (−10%), the only major region to shrink.\n"
    )
    texts = [c.text for c in claims_from_markdown("gpt", md)]
    assert "followed by South America at 12.8%" in texts
    assert "North America: 7.2 GWh (−10%), the only major region to shrink." in texts
