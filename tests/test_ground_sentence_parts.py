"""One report sentence often holds several facts: the figure of now beside the year before's,
a trend of another measure in its last clause, a list of firms each with its own share. A
claim is read against its own part of the sentence."""

from __future__ import annotations

import pytest

from summarizer.compare.ground import ground
from summarizer.document import build_document
from summarizer.fetch.markdown import markdown_blocks
from summarizer.lang.claims import make_claim

REPORT = """# 2025年电动环卫车市场观察

## 竞争格局

2025年电动环卫车市场前五家企业合计份额为61.2%。宇通环卫以16.4%的份额位居第一，福龙马以14.1%位列第二，盈峰环境以12.5%位列第三，中联环境和比亚迪分别以9.8%和8.4%位列第四和第五。

| 企业 | 市场份额 | 销量同比 |
| --- | --- | --- |
| 宇通环卫 | 16.4% | 38% |
| 福龙马 | 14.1% | 52% |
| 盈峰环境 | 12.5% | 47% |
| 中联环境 | 9.8% | 21% |
| 比亚迪 | 8.4% | 66% |

## 经营

福龙马销量增速为52%，高于行业平均水平，份额较2024年有所下降。

## 经济性

一台纯电动清扫车的平均售价约为86万元，而同级燃油车约为52万元，价差约34万元，比2024年的约45万元明显缩小。
"""


def _doc():
    return build_document(markdown_blocks(REPORT), title="电动环卫车", source="t", kind="markdown")


def _grounded(text: str) -> tuple[str, str]:
    g = ground([make_claim("c", "m", text)], _doc(), semantic=False)["c"]
    return g.status, g.reason


def test_a_firm_given_the_share_of_the_firm_listed_after_it_is_contradicted() -> None:
    """The sentence lists 中联环境 and 比亚迪 "respectively", so 9.8% has no firm right before
    it; but 盈峰环境 has its own 12.5% in the clause before. A tagger does not know 盈峰环境
    as a name; the report's table lists it."""
    status, reason = _grounded("盈峰环境以9.8%的份额排名第三")
    assert status == "contradicted"
    assert "12.5%" in reason and "9.8%" in reason


@pytest.mark.parametrize(
    "text", ["盈峰环境以12.5%位列第三", "中联环境和比亚迪分别以9.8%和8.4%位列第四和第五"]
)
def test_the_shares_as_the_sentence_gives_them_are_borne_out(text: str) -> None:
    assert _grounded(text)[0] == "supported"


def test_a_trend_of_another_measure_in_the_last_clause_is_not_the_claims() -> None:
    """The share fell; the 52% growth did not."""
    status, reason = _grounded("福龙马销量增长52%")
    assert status != "contradicted", reason


def test_the_year_befores_figure_a_claim_gives_as_such_is_borne_out() -> None:
    """ "（2024年约45万元）" is the sentence's own earlier figure, not a misquote of the 52万元
    it gives the fuel truck."""
    status, reason = _grounded("价差约34万元（2024年约45万元）")
    assert status == "supported", reason


def test_a_bare_figure_whose_unit_the_claim_names_in_words_is_the_reports() -> None:
    """ "Delivery days fell to 46": the claim names its unit before the figure; the report
    writes 46天. Its figures are there, whatever the checks make of the rest."""
    doc = build_document(
        markdown_blocks(
            "# 交付\n\n## 运营\n\n"
            "平均交付天数由2023年的61天降至2024年的52天，2025年进一步降至46天。\n"
        ),
        title="交付",
        source="t",
        kind="markdown",
    )
    claim = make_claim("c", "m", "Average delivery days fell to 46, down from 52 in 2024.")
    g = ground([claim], doc, semantic=False)["c"]
    assert g.status != "unsupported", g.reason
    wrong = make_claim("w", "m", "Average delivery days fell to 43, down from 52 in 2024.")
    assert ground([wrong], doc, semantic=False)["w"].status in ("unsupported", "contradicted")
