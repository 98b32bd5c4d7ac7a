"""The themes of a post merged from answers pasted without a report: built from the answers'
real sections, never from one answer's list-item labels, never joining one answer's two sections,
and with every fact placed under one of them."""

from __future__ import annotations

import re

import pytest

from tests.test_merged_post import _findings, _post

DOUBAO = """# 2025中国咖啡市场报告要点

## 一、市场规模
- **规模**：2025年中国现磨咖啡市场规模达到1,580亿元，同比增长21%。
- **门店**：全国咖啡门店总数超过21万家。
- **预测**：预计到2028年市场规模将突破2,500亿元。

## 二、消费者
- **频次**：一线城市人均每年喝86杯咖啡。
- **人群**：25-35岁的消费者贡献了62%的销售额。
- **渠道**：外卖订单占比升至44%。

## 三、竞争格局
- **瑞幸**：门店数达到2.2万家，居行业第一。
- **库迪**：门店约1.1万家。
- **星巴克**：中国市场份额降至14.5%。
"""
KIMI = """## 行业规模

2025年现磨咖啡市场规模为1,580亿元，比上年增长21%，门店总数已超过21万家。

## 消费趋势

一线城市居民平均每人每年消费86杯咖啡；25至35岁人群贡献了62%的销售额；外卖订单占比达到44%。

## 品牌

瑞幸以2.2万家门店排名第一，星巴克的份额下滑到14.5%。
"""
QWEN = """2025中国咖啡市场 · 要点

1. 市场规模：1,580亿元（+21%）
2. 门店总数：21万家以上
3. 2028年预测：2,500亿元
4. 人均消费：一线城市86杯/年
5. 核心人群：25-35岁贡献62%
6. 外卖占比：44%
7. 瑞幸：2.2万家门店，第一
8. 库迪：约1.1万家
9. 星巴克份额：14.5%
"""
GPT = """# China Coffee Market 2025

## Key points
- China's fresh-coffee market reached RMB 158 billion in 2025, up 21%.
- Tier-1 city residents drink 86 cups of coffee a year.
- Sales of cold brew doubled during the summer season.
- Luckin leads with 22,000 stores.

## Outlook
- The market is expected to pass RMB 250 billion by 2028.
- Starbucks' share has slipped to 14.5%.
"""


@pytest.fixture(autouse=True)
def _words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_SEMANTIC", "0")


def _themes(tmp_path, capsys) -> dict[str, str]:
    summaries = {"doubao": DOUBAO, "kimi": KIMI, "qwen": QWEN, "gpt": GPT}
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    parts = re.split(r"^### (.+)$", _findings(body), flags=re.M)[1:]
    # the Chinese half of each heading → the bullets under it
    return {head.split(" · ")[0]: text for head, text in zip(parts[::2], parts[1::2], strict=True)}


def _theme_with(themes: dict[str, str], needle: str) -> str:
    return next(head for head, text in themes.items() if needle in text)


def test_an_answers_list_item_labels_are_not_the_posts_themes(tmp_path, capsys) -> None:
    themes = _themes(tmp_path, capsys)
    # the sectioned answers' three sections (beside an answer whose "sections" hold one fact
    # apiece, they are no catch-alls); not Qwen's nine item labels, nothing left under "Other"
    assert len(themes) == 3 and "其他" not in themes, list(themes)
    assert _theme_with(themes, "1,580亿元") == "市场规模"
    assert _theme_with(themes, "86杯") in ("消费者", "消费趋势")
    assert _theme_with(themes, "2.2万家") in ("竞争格局", "品牌")
    assert _theme_with(themes, "14.5%") == _theme_with(themes, "2.2万家")


def test_one_answers_two_sections_stay_two_themes_when_a_third_answer_bridges_them(
    tmp_path, capsys
) -> None:
    # GPT's "Outlook" holds one fact of Doubao's market section (2028) and one of its
    # competition section (Starbucks): it may join one of them, never pour one into the other
    themes = _themes(tmp_path, capsys)
    firms, market = _theme_with(themes, "2.2万家"), _theme_with(themes, "1,580亿元")
    assert firms != market and "其他" not in (firms, market), list(themes)


def test_a_fact_only_one_answer_states_goes_where_its_neighbours_went(tmp_path, capsys) -> None:
    themes = _themes(tmp_path, capsys)
    # under GPT's catch-all heading, between the 86 cups and Luckin's stores: no word of it
    # meets a Chinese theme, so the fact before it tells where it belongs
    assert _theme_with(themes, "cold brew") == _theme_with(themes, "86杯") != "其他"


def test_a_conclusions_heading_makes_no_theme() -> None:
    """DeepSeek's 关键结论 holds facts of several kinds (a funding round, a share, a firm): no
    theme of the post — they go where its other facts went, not under "关键结论"."""
    from summarizer.compare.align import Group
    from summarizer.lang.claims import make_claim
    from summarizer.render.themes import themes

    rows = [
        ("d1", "doubao", "市场规模1,580亿元", "市场规模"),
        ("d2", "doubao", "瑞幸门店2.2万家", "竞争格局"),
        ("k1", "kimi", "规模为1,580亿元", "行业规模"),
        ("k2", "kimi", "瑞幸有2.2万家门店", "品牌"),
        ("s1", "deepseek", "规模达1,580亿元", "市场"),
        ("s2", "deepseek", "行业融资约45亿元", "关键结论"),
        ("s3", "deepseek", "国产药品份额31%", "关键结论"),
        ("s4", "deepseek", "瑞普生物份额6.5%", "关键结论"),
    ]
    claims = {cid: make_claim(cid, m, t, section=s, topic=s) for cid, m, t, s in rows}
    groups = [
        Group("g1", ("d1", "k1", "s1"), ("doubao", "kimi", "deepseek"), "consensus"),
        Group("g2", ("d2", "k2"), ("doubao", "kimi"), "majority"),
        *(
            Group(f"g{k}", (cid,), ("deepseek",), "unique")
            for k, cid in ((3, "s2"), (4, "s3"), (5, "s4"))
        ),
    ]
    labels = themes(groups, claims, "zh")
    assert "关键结论" not in labels.values(), labels


QWEN_LAPSING = """2025中国咖啡市场要点：

1. 市场规模：1,580亿元，同比增长21%。
2. 门店总数超过21万家。
3. 消费频次：一线城市人均每年86杯。
4. 外卖订单占比44%。
5. 门店排名：瑞幸2.2万家居首，库迪约1.1万家。
6. 星巴克份额降至14.5%。
"""


def test_labels_that_lapse_with_their_item_are_no_themes_and_themes_keep_the_answers_order(
    tmp_path, capsys
) -> None:
    """Qwen labels some numbered lines ("3. 消费频次：…") and not the next ("4. 外卖订单占比
    44%"): its labels hold one line each, headings the post's themes never take. The themes
    come in the order the answers take them: the market first, the brands last."""
    summaries = {"doubao": DOUBAO, "kimi": KIMI, "qwen": QWEN_LAPSING, "gpt": GPT}
    body, _ = _post(tmp_path, capsys, summaries=summaries)
    heads = [h.split(" · ")[0] for h in re.findall(r"^### (.+)$", _findings(body), flags=re.M)]
    assert not {"消费频次", "门店排名"} & set(heads), heads
    assert heads[0] in ("市场规模", "行业规模"), heads
    themes = dict(zip(heads, re.split(r"^### .+$", _findings(body), flags=re.M)[1:], strict=True))
    assert _theme_with(themes, "2.2万家") in ("竞争格局", "品牌"), heads
    assert heads.index(_theme_with(themes, "2.2万家")) > heads.index(_theme_with(themes, "86杯"))
