"""A report gives one fact two ways (its key findings say 312亿元, its body 321亿元), and it
gives different facts figures of one unit (a parent category's 2,310亿元, its largest
sub-category's 712亿元). The first is a disagreement the report started; the second is no
disagreement at all."""

from __future__ import annotations

import pytest

from summarizer.compare import Comparison, compare, meaning
from summarizer.document import Block, build_document
from summarizer.fetch.markdown import markdown_blocks
from tests.builders import pasted

REPORT_MD = """# 2025年中国户外用品行业报告

## 核心发现

- 户外用品市场零售规模达到4,150亿元，同比增长10.4%。
- 帐篷品类零售额达到312亿元，是露营装备中规模最大的单一品类。

## 一、品类结构

| 品类 | 2025年零售额（亿元） | 同比增速 |
| --- | --- | --- |
| 户外鞋 | 2,310 | 8.1% |
| 户外服装 | 1,840 | 12.9% |
| 睡袋 | 310 | 6.1% |

露营装备中，帐篷零售额为321亿元，占露营装备零售额的约22%，是规模最大的单一品类。

户外鞋中，徒步鞋零售额为712亿元，占户外鞋零售额的约31%，是规模最大的单一品类。
"""
REPORT = build_document(markdown_blocks(REPORT_MD), title="户外用品", source="t", kind="markdown")
ANSWERS = {
    "doubao": "## 品类\n- 帐篷零售额达312亿元，是最大的单一品类。\n"
    "- 徒步鞋是户外鞋中最大的单一品类。\n",
    "kimi": "1. 品类：户外鞋、户外服装、睡袋零售额分别为2,310亿元、1,840亿元和310亿元。\n"
    "2. 帐篷零售额321亿元，占露营装备约22%。\n",
    "chatgpt": "**Categories**\n"
    "- **Hiking shoes:** Hiking shoes are the largest single outdoor-footwear category, "
    "at RMB 71.2 billion.\n",
}


def _compared(semantic: bool) -> Comparison:
    if semantic and not meaning.available():
        pytest.skip("needs the optional embedding model")
    return compare([pasted(m, t) for m, t in ANSWERS.items()], REPORT, semantic=semantic)


def _group_of(c: Comparison, needle: str) -> tuple[set[str], str | None]:
    group = next(g for g in c.groups if any(needle in c.claim(i).text for i in g.claim_ids))
    conflict = c.conflicts.get(group.id)
    return {c.claim(i).text for i in group.claim_ids}, conflict.nature if conflict else None


@pytest.mark.parametrize("semantic", [False, True])
def test_the_figure_the_key_findings_and_the_body_give_two_ways_is_one_fact(
    semantic: bool,
) -> None:
    """The key findings' 312 is the tent sentence's 321, not the sleeping-bag row's 310: both
    answers are in one fact, and the disagreement is the report's own."""
    texts, nature = _group_of(_compared(semantic), "321亿元")
    assert any("312亿元" in t for t in texts), texts
    assert nature == "report"


@pytest.mark.parametrize("semantic", [False, True])
def test_a_parent_categorys_sales_are_no_other_figure_for_its_largest_part(
    semantic: bool,
) -> None:
    """The report states 2,310亿元 for outdoor shoes and 712亿元 (RMB 71.2 billion) for hiking
    shoes, each in its own place: two facts, however alike their words."""
    texts, nature = _group_of(_compared(semantic), "71.2 billion")
    assert not any("2,310" in t for t in texts), texts
    assert nature is None


def test_two_figures_of_different_kinds_each_stated_in_its_own_sentence_are_two_facts() -> None:
    """Days skied per skier and the share of women skiers share the word 滑雪者, but each
    answer's figure is stated, word for word, in a sentence of its own: two facts, and neither
    model is credited with the other's."""
    doc = build_document(
        [
            Block("heading", "滑雪者", level=2),
            Block(
                "text",
                "一次性体验者占全部滑雪者的58.4%，较上季下降4.2个百分点。"
                "滑雪者人均滑雪天数为3.4天，高于上季的3.1天。",
            ),
            Block(
                "text",
                "从年龄看，18-35岁人群占滑雪人次的60.3%。女性滑雪者占比达到44.9%，较五年前提高约7个百分点。",
            ),
        ],
        title="滑雪产业报告",
        source="test",
        kind="markdown",
    )
    kimi = pasted(
        "kimi",
        "一次性体验者的占比为58.4%，较上一雪季下降了4.2个百分点；"
        "滑雪者人均滑雪天数为3.4天，表明核心滑雪人群正在逐步扩大。\n",
    )
    qwen = pasted("qwen", "- **女性崛起**：女性滑雪者占比44.9%\n- **年轻化**：18-35岁人群占60.3%\n")
    comparison = compare([kimi, qwen], doc, semantic=False)
    shared = [g for g in comparison.groups if len(g.claim_ids) > 1]
    assert shared == [], [[comparison.claim(i).text for i in g.claim_ids] for g in shared]
