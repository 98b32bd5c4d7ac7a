import pytest

from summarizer.lang.text import detect_lang, slugify, split_sentences, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue grew 3.2% in 2025. Costs rose too.",
            ["Revenue grew 3.2% in 2025.", "Costs rose too."],
        ),
        (
            "Some tools, e.g. Copilot, help. Others do not.",
            ["Some tools, e.g. Copilot, help.", "Others do not."],
        ),
        (
            "Dr. Smith of the U.S. Census said so! Really? Yes.",
            ["Dr. Smith of the U.S. Census said so!", "Really?", "Yes."],
        ),
        (
            "J. R. R. Tolkien wrote it. See Fig. 3 for details.",
            ["J. R. R. Tolkien wrote it.", "See Fig. 3 for details."],
        ),
        (
            "It costs $4.5 million vs. $3 million. That is less.",
            ["It costs $4.5 million vs. $3 million.", "That is less."],
        ),
        ('He said "we are done." Then he left.', ['He said "we are done."', "Then he left."]),
        ("Hard\nwrapped line. Next one.", ["Hard wrapped line.", "Next one."]),
        ("See p. 12 for details.", ["See p. 12 for details."]),
        (  # lower-cased, tokenized text: a full stop between spaces still ends a sentence
            "everton beat burnley 1-0 . barkley missed a penalty .",
            ["everton beat burnley 1-0 .", "barkley missed a penalty ."],
        ),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "市场规模达到3.2亿元。其中华东占比近40%；华南为10-15%！",
            ["市场规模达到3.2亿元。", "其中华东占比近40%；", "华南为10-15%！"],
        ),
        (
            "他说：“这很重要。”然后离开了。真的吗？是的",
            ["他说：“这很重要。”", "然后离开了。", "真的吗？", "是的"],
        ),
        (
            "报告由Lantern Research发布。它覆盖31个国家。",
            ["报告由Lantern Research发布。", "它覆盖31个国家。"],
        ),
        ("硬换行的\n中文句子。下一句。", ["硬换行的中文句子。", "下一句。"]),
    ],
)
def test_chinese_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_empty_paragraph_has_no_sentences() -> None:
    assert split_sentences("  \n ") == []


def test_language_detection() -> None:
    assert detect_lang("84%的开发者每周使用AI编程助手，Claude最受欢迎。") == "zh"
    assert detect_lang("84% of developers use an AI coding assistant, says Lantern.") == "en"


def test_a_long_title_is_cut_between_words_never_inside_one() -> None:
    zh = slugify("2025年东南亚电动两轮车市场调查报告全文", max_len=50)
    assert zh.startswith("2025-nian-dong-nan-ya") and not zh.endswith(("-shi", "-diao"))
    assert zh.endswith(("-che", "-shi-chang", "-diao-cha"))
    en = slugify("Electric Two-Wheelers in Southeast Asia: 2025 Market Survey", max_len=40)
    assert en == "electric-two-wheelers-in-southeast-asia"  # no dash left at the end


def test_an_english_post_of_a_chinese_titled_report_is_named_by_its_title() -> None:
    from datetime import date
    from pathlib import Path

    from summarizer.render.publish import post_path

    path = post_path(Path("blog"), {"zh": "2025年重卡市场调研"}, "en", date(2026, 1, 2))
    assert path.name == "2026-01-02-2025-nian-zhong-ka-shi-chang-diao-yan.md"


def test_a_straight_quote_after_a_full_stop_opens_the_next_sentence() -> None:
    """ "…稳定收益。"136号文"取消了…": no quote was open, so the quote is the next sentence's."""
    text = '储能获得了稳定收益。"136号文"取消了强制配储。他说："市场正在转向。"此后价格回落。'
    assert split_sentences(text) == [
        "储能获得了稳定收益。",
        '"136号文"取消了强制配储。',
        '他说："市场正在转向。"',
        "此后价格回落。",
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("2026–2034年CAGR——11.8%", "cagr"),
        ("预计市场年复合增长率达11.8%", "cagr"),
        ("年均复合增速16.6%", "cagr"),
        ("a compound annual growth rate of 11.8%", "cagr"),
        ("CR5为24.6%", "top5"),
        ("前五大品牌合计占24.6%", "top5"),
        ("the five largest brands hold 24.6%", "top5"),
        ("the top 10 operators", "top10"),
    ],
)
def test_one_measure_written_many_ways_is_one_word(text: str, word: str) -> None:
    """What answers write in different words and scripts is compared as one word: a compound
    annual growth rate, the first N firms' share."""
    assert word in words(text)


def test_the_first_few_of_a_year_or_a_desktop_app_are_no_top_n() -> None:
    assert not [w for w in words("前三季度营收增长，desktop 5 apps") if w.startswith("top")]
