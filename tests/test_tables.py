"""A table pasted from a chat app: each row is one statement with its label and its columns, not
a claim per cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.compare.ground import ground
from summarizer.fetch import fetch
from summarizer.lang.claims import claims_from_markdown, make_claim

ZH = """根据您提供的报告，我整理了关键数字如下：

| 指标 | 2023年 | 2025年 |
|---|---|---|
| 使用边缘计算的工厂 | **29%** | 41% |
| 每家工厂的平均预算 | 90万美元 | 230万美元 |

总的来说，边缘计算正在普及。
"""
EN = """| Region | Share of firms |
|---|---|
| Europe | 38% |
| Asia | 44% |
"""


def test_each_row_of_a_table_is_one_claim_with_its_figures() -> None:
    claims = claims_from_markdown("kimi", ZH)
    rows = [c for c in claims if "%" in c.text or "万美元" in c.text]
    assert len(rows) == 2
    edge, budget = rows
    assert "29%" in edge.text and "41%" in edge.text and "2023年" in edge.text
    assert edge.text.startswith("使用边缘计算的工厂——")  # the row's label stays with its figures
    assert "90万美元" in budget.text and "230万美元" in budget.text
    assert not any(c.text in ("2023年", "2025年", "指标", "29%") for c in claims)
    assert not any("您" in c.topic + c.text for c in claims)  # the reply's preamble is no topic


def test_a_change_column_stays_with_its_rows_label() -> None:
    """A table of level and change: "+1.08亿人" alone says nothing of what changed."""
    md = "| 指标 | 数值 | 变化 |\n|---|---|---|\n| 观众规模 | 6.62亿人 | +1.08亿人 |\n"
    md += "| 门店数 | 3.2万家 | +4,100家 |\n"
    rows = [c.text for c in claims_from_markdown("deepseek", md)]
    assert rows == ["观众规模——6.62亿人，变化 +1.08亿人", "门店数——3.2万家，变化 +4,100家"]


def test_an_english_table_reads_as_sentences() -> None:
    claims = claims_from_markdown("gpt", EN)
    assert len(claims) == 2
    europe = claims[0]
    assert europe.text == "Europe — Share of firms 38%"


def test_a_notes_column_adds_its_words_and_an_empty_cell_nothing() -> None:
    md = "| 地区 | 占比 | 备注 |\n|---|---|---|\n| 中国 | 38% | 存量最大 |\n| 日韩 | 8% | — |\n"
    assert [c.text for c in claims_from_markdown("kimi", md)] == [
        "中国——占比 38%，存量最大",
        "日韩——占比 8%",
    ]


def test_a_chat_replys_closing_words_are_no_claims() -> None:
    md = (
        "- 边缘计算预算增长了21%。\n\n希望这份总结对你有帮助！\n\n如需更详细的分析，请告诉我。\n\n"
        "Let me know if you want the regional figures too.\n"
    )
    assert [c.text for c in claims_from_markdown("doubao", md)] == ["边缘计算预算增长了21%。"]


def test_a_column_headed_only_value_adds_no_word() -> None:
    md = "| Metric | Value |\n|---|---|\n| Owners satisfied | 78% |\n| 换电站数量 | 9,800座 |\n"
    assert [c.text for c in claims_from_markdown("gpt", md)] == [
        "Owners satisfied — 78%",
        "换电站数量——9,800座",
    ]


@pytest.mark.parametrize(
    ("header", "cell", "claim"),
    [
        ("Shipments (million units)", "49.1", "苹果出货4,910万台，仍居第一。"),
        ("出货量（万台）", "4910", "Apple shipped 49.1 million watches."),
        ("Revenue (USD billion)", "46.8", "苹果营收468亿美元。"),
    ],
)
def test_a_column_scale_in_its_header_is_each_cells(
    tmp_path: Path, header: str, cell: str, claim: str
) -> None:
    """49.1 under "Shipments (million units)" is 49.1 million: a claim's 4,910万台 is borne
    out by the row, not "never stated"."""
    path = tmp_path / "watches.md"
    path.write_text(
        f"# Watches 2025\n\n## Vendors\n\n| Vendor | {header} | Share |\n| --- | --- | --- |\n"
        f"| Apple | {cell} | 27.0% |\n| Huawei | 35.5 | 19.5% |\n",
        encoding="utf-8",
    )
    g = ground([make_claim("c", "doubao", claim)], fetch(str(path)))["c"]
    assert g.status == "supported", g.reason


@pytest.mark.parametrize(
    ("table", "first"),
    [
        (
            "| 排名 | 品牌 | 份额 |\n| --- | --- | --- |\n| 1 | 皇家 | 16.2% |\n"
            "| 2 | 比瑞吉 | 9.1% |\n",
            "皇家——排名 1，份额 16.2%",
        ),
        (
            "| # | Brand | Share |\n| --- | --- | --- |\n| 1 | Royal Canin | 16.2% |\n",
            "Royal Canin — # 1, Share 16.2%",
        ),
    ],
)
def test_a_rank_column_gives_way_to_the_name_it_ranks(table: str, first: str) -> None:
    """A row is its name's: "皇家——排名 1，份额 16.2%", never "1——品牌 皇家，…"."""
    claims = claims_from_markdown("qwen", "## 品牌\n" + table)
    assert claims[0].text == first


def test_a_rows_growth_column_stays_with_the_row_it_measures() -> None:
    """ "| Heat pumps | $9.1 billion | 14.2% CAGR |": the growth is the row's, not a claim that
    names nothing ("Growth 14.2% CAGR")."""
    md = (
        "| Segment | 2025 size | Growth |\n|---|---|---|\n"
        "| Heat pumps | $9.1 billion | 14.2% CAGR |\n| Boilers | $22.4 billion | 1.3% CAGR |\n"
    )
    texts = [c.text for c in claims_from_markdown("gemini", md)]
    assert texts == [
        "Heat pumps — 2025 size $9.1 billion, Growth 14.2% CAGR",
        "Boilers — 2025 size $22.4 billion, Growth 1.3% CAGR",
    ]


def test_an_answers_table_reads_its_headers_scale_into_each_figure() -> None:
    md = (
        "| 运营商 | 营收（亿元） | 同比增长 |\n|---|---|---|\n"
        "| 蔚能科技 | 18.6 | 41.2% |\n| 启源换电 | 9.4 | 93.4% |\n"
    )
    claims = claims_from_markdown("deepseek", md)
    assert [c.text for c in claims] == [
        "蔚能科技——营收 18.6亿元，同比增长 41.2%",
        "启源换电——营收 9.4亿元，同比增长 93.4%",
    ]
    assert [q.raw for q in claims[0].quantities if q.unit == "cny"] == ["18.6亿元"]


def test_each_cell_of_a_row_split_off_keeps_the_rows_label() -> None:
    md = (
        "| 区域 | 出口量（万辆） | 同比 | 出口额（亿美元） |\n|---|---|---|---|\n"
        "| 南美 | 180 | +12.5% | 4.4 |\n"
    )
    texts = [c.text for c in claims_from_markdown("qwen", md)]
    assert all(t.startswith("南美——") for t in texts), texts
    assert any("4.4亿美元" in t for t in texts)
