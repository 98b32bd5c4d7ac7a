"""Grounding: each status on small hand-made cases, in Chinese, English and across the two."""

from __future__ import annotations

import pytest

from summarizer.compare.checks import negation_differs
from summarizer.compare.checks_base import FigureCache
from summarizer.compare.checks_gloss import Glossary
from summarizer.compare.evidence import EvidenceIndex
from summarizer.compare.ground import ground
from summarizer.document import Block, Document, attach_translation, build_document
from summarizer.lang.claims import claims_from_markdown, make_claim
from summarizer.lang.names import known_names, names
from summarizer.lang.quantities import comparable, parse_quantities
from summarizer.lang.text import word_key
from summarizer.render.reasons import reason_in


def doc(*paragraphs: str, lang_twin: tuple[str, ...] | None = None) -> Document:
    blocks = [Block("heading", "Findings", level=2), *(Block("text", p) for p in paragraphs)]
    d = build_document(blocks, title="Survey", source="test", kind="markdown")
    if lang_twin:
        twin = build_document(
            [Block("heading", "发现", level=2), *(Block("text", p) for p in lang_twin)],
            title="调查",
            source="test",
            kind="markdown",
        )
        d = attach_translation(d, twin)
    return d


EN = doc(
    "84% of developers use an AI coding assistant every week. Daily use reached 57%.",
    "In China, DeepSeek is the primary model for 31% of weekly users and Qwen for 17%.",
    "Assistants have not reduced hiring so far. Claude leads with 41% of users.",
)


def status(text: str, source: Document = EN, evidence: str | None = None) -> str:
    claim = make_claim("c", "m", text, evidence=evidence)
    return ground([claim], source)["c"].status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every week, 84% of developers use an AI coding assistant.", "supported"),
        ("Weekly, 88% of developers use an AI coding assistant.", "contradicted"),  # a figure
        ("Assistants have reduced hiring so far.", "contradicted"),  # the opposite
        ("In China, Qwen is the primary model for 31% of weekly users.", "contradicted"),  # name
        ("Gemini leads with 41% of users.", "contradicted"),  # another name
        ("Developers should measure quality before they scale.", "unverified"),  # advice
        ("Half of all code is now written by robots on Mars.", "unsupported"),
    ],
)
def test_english_claims_against_an_english_report(text: str, expected: str) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在中国，DeepSeek是31%的每周用户的主要模型。", "supported"),
        ("在中国，DeepSeek是35%的每周用户的主要模型。", "contradicted"),
        ("在中国，Qwen是31%的每周用户的主要模型。", "contradicted"),
        ("Claude以41%领先。", "supported"),
        ("开发者都很喜欢写测试。", "unverified"),  # nothing that reads the same in both languages
    ],
)
def test_chinese_claims_against_an_english_report(text: str, expected: str) -> None:
    assert status(text) == expected


BILINGUAL = doc(
    "84% of developers use an AI coding assistant every week.",
    "Assistants have not reduced hiring so far.",
    lang_twin=("84%的开发者每周使用AI编程助手。", "到目前为止，助手并没有减少招聘。"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每周使用AI编程助手的开发者占84%。", "supported"),
        ("每周使用AI编程助手的开发者占48%。", "contradicted"),
        ("到目前为止，助手已经减少了招聘。", "contradicted"),
    ],
)
def test_chinese_claims_against_a_report_with_a_chinese_version(text: str, expected: str) -> None:
    assert status(text, BILINGUAL) == expected


REGIONS = doc(
    "Training lags behind adoption. Those who received training save 6.1 hours a week.",
    "China has the highest share of daily users, at 66%, compared with 54% in North America "
    "and 49% in Europe. The U.S. market grew by 8%.",
    "She had not planned to leave early because the train might not be late.",
    "The inspectors have not found any sign of leaks.",
    "An old bridge closed in China, stranding at least forty lorries.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure belongs to the name a preposition joins it to, not to the name before it
        ("Daily use is 49% in Europe.", "supported"),
        ("Daily use is 66% in China, against 49% in Europe.", "supported"),
        ("Daily use is 49% in China.", "contradicted"),
        # a capitalised first word is no name when the report writes the word in lower case
        ("Trained developers save 6.1 hours a week.", "supported"),
        # initials are one name, and the same name
        ("The U.S. market grew by 8%.", "supported"),
        # a "not" elsewhere in the sentence says nothing about this clause
        ("She had not planned to leave early.", "supported"),
        ("She had planned to leave early.", "contradicted"),
        ("She hadn't planned to leave early.", "supported"),
        ("The inspectors have found no sign of leaks.", "supported"),
        ("The inspectors have found signs of leaks.", "contradicted"),
        # "An" opening the sentence is no name; "Chinese" is China's
        ("A Chinese bridge closure stranded at least forty lorries.", "supported"),
        ("A Mongolian bridge closure stranded at least forty lorries.", "contradicted"),
    ],
)
def test_figures_names_and_negations_read_in_context(text: str, expected: str) -> None:
    assert status(text, REGIONS) == expected


WORDS = doc(
    "Security teams are catching up. Adoption has moved from individual experiments to "
    "company policy.",
    "Usage-based pricing is replacing flat seats. Finance teams dislike the unpredictability.",
    "Python and TypeScript users report the highest satisfaction. Users of C++ and Rust are "
    "less happy.",
    "Procurement and legal reviews hold the large companies back.",
    "Radio host Okafor praised the promotion of Lindqvist to the board.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every word of a short sentence is in the claim, but the claim says much more: the
        # checks cannot tell a paraphrase from an addition, and say so
        ("Security teams now require a manual audit of every commit.", "unverified"),
        ("Adoption has shifted from personal experiments to company policy.", "supported"),
        ("Finance teams dislike how unpredictable usage-based pricing is.", "supported"),
        (
            "Finance teams dislike usage-based pricing and plan to move every contract back "
            "to annual seats.",
            "unverified",
        ),
        ("Python and Rust users report the highest satisfaction.", "contradicted"),
        # a word swapped for its opposite
        ("Python and TypeScript users report the lowest satisfaction.", "contradicted"),
        ("Procurement and legal reviews hold small start-ups back.", "contradicted"),
        # a name added, not swapped: the sentence says "Okafor", the claim "Ada Okafor"
        ("Ada Okafor praised the promotion of Lindqvist to the board.", "supported"),
    ],
)
def test_claims_without_figures_are_read_by_their_words(text: str, expected: str) -> None:
    assert status(text, WORDS) == expected


def test_an_unsaid_claim_names_the_words_the_report_lacks() -> None:
    g = ground([make_claim("c", "m", "Security teams now require a manual audit.")], WORDS)["c"]
    assert g.status == "unverified" and "manual" in g.reason and "audit" in g.reason


def test_an_unsaid_chinese_claim_names_whole_words() -> None:
    claim = make_claim("c", "m", "到目前为止，助手减少了招聘，并要求人工审计每一次提交。")
    g = ground([claim], BILINGUAL)["c"]
    assert g.status == "unverified" and "人工" in g.reason and "审计" in g.reason
    assert "工审" not in g.reason  # words as jieba reads them, not character pairs


def test_a_claim_that_joins_two_sentences_quotes_both() -> None:
    text = "Finance teams dislike the unpredictability of usage-based pricing replacing flat seats."
    claim = make_claim("c", "m", text)
    g = ground([claim], WORDS)["c"]
    assert "flat seats" in (g.source_quote or "") and "unpredictability" in (g.source_quote or "")


def test_a_name_the_report_uses_everywhere_checks_nothing_across_languages() -> None:
    report = doc(*(f"AI tools helped team {n} ship {n + 10} releases." for n in range(40)))
    assert status("安全团队现在要求人工审计每一次AI生成的提交。", report) == "unverified"
    assert status("AI工具帮助团队发布了13个版本。", report) == "supported"


SPREAD = doc(
    "Agent-style tools are used by 26% of developers, compared with 7% a year ago. That is close "
    "to a fourfold increase in twelve months.",
    "The share of companies that scan AI-generated code rose from 11% to 34%.",
    "AI tools write tests. AI tools explain code. AI tools draft documents. Quality of AI code "
    "is the main concern. 22% say it happened more than three times in the past year.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures stated across two sentences of one paragraph
        ("26% of developers use agent-style tools, up from 7%, nearly fourfold.", "supported"),
        ("26% of developers use agent-style tools, up from 7%, nearly tenfold.", "unsupported"),
        # "Scanning…" opens the claim, but the report writes "scan": no name
        ("Scanning of AI-generated code rose from 11% to 34%.", "supported"),
        # "AI", said all over the report, need not be in the very sentence
        ("22% of developers hit an AI bug more than three times.", "supported"),
    ],
)
def test_figures_across_a_paragraph(text: str, expected: str) -> None:
    assert status(text, SPREAD) == expected


TRENDS = doc(
    "Median cycle time fell by 12%. Pull requests per developer rose by 9%.",
    "The share of companies that ban AI coding tools fell from 18% to 6%.",
    "Chinese companies spend less per developer.",
)
TRENDS_BILINGUAL = doc(
    "Median cycle time fell by 12%.",
    lang_twin=("周期时间中位数下降了12%。",),
)


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Median cycle time rose by 12%.", TRENDS, "contradicted"),
        ("Median cycle time dropped by 12%.", TRENDS, "supported"),
        ("Pull requests per developer fell by 9%.", TRENDS, "contradicted"),
        ("Bans on AI coding tools rose from 18% to 6%.", TRENDS, "contradicted"),
        ("Bans on AI coding tools dropped from 18% to 6%.", TRENDS, "supported"),
        ("Chinese companies spend more per developer.", TRENDS, "contradicted"),
        ("周期时间中位数上升了12%。", TRENDS_BILINGUAL, "contradicted"),
        ("周期时间中位数下降了12%。", TRENDS_BILINGUAL, "supported"),
        ("周期时间中位数上升了12%。", TRENDS, "contradicted"),  # across languages
        ("周期时间中位数减少了12%。", TRENDS, "supported"),
    ],
)
def test_a_figure_that_went_the_other_way_is_contradicted(
    text: str,
    source: Document,
    expected: str,
) -> None:
    assert status(text, source) == expected


def test_a_first_word_is_no_name_when_the_report_writes_it_in_lower_case() -> None:
    assert known_names(["Scanning of code rose."], {"scan", "code"}) == frozenset()
    assert known_names(["Trained teams ship."], {"training"}) == frozenset()
    assert known_names(["Gemini leads."], {"leads"}) == {"gemini"}


def test_no_source_means_unverified() -> None:
    assert ground([make_claim("c", "m", "84% use it.")], None)["c"].status == "unverified"


@pytest.mark.parametrize(
    "quote",
    [
        "84% of developers use an AI coding assistant every week",
        "84%  of developers use an AI-coding assistant, every week!",  # spacing, punctuation
        "８４％ of developers use an AI coding assistant every week",  # full-width forms
        "“84% of developers use an AI coding assistant every week.”",  # quote marks
    ],
)
def test_evidence_quotes_with_small_differences_still_verify(quote: str) -> None:
    check = EvidenceIndex(EN).check(quote)
    assert check.found and check.anchor == "p1s1"


def test_an_invented_quote_is_a_finding() -> None:
    claim = make_claim(
        "c",
        "m",
        "Daily use reached 57%.",
        evidence="Daily use of assistants reached a record 57% in every market",
    )
    g = ground([claim], EN)["c"]
    assert g.evidence_found is False and "evidence quote is not in the report" in g.reason


def test_a_real_quote_does_not_vouch_for_what_the_claim_adds() -> None:
    claim = make_claim(
        "c",
        "m",
        "Assistants have not reduced hiring, and managers now plan mass layoffs for juniors.",
        evidence="Assistants have not reduced hiring so far.",
    )
    g = ground([claim], EN)["c"]
    assert g.status != "supported" and g.evidence_found and "layoffs" in g.reason
    quoted = make_claim(
        "q", "m", "Hiring has not been cut by assistants.", evidence="have not reduced hiring"
    )
    assert ground([quoted], EN)["q"].status == "supported"


def test_a_figure_that_differs_from_its_own_quote_is_contradicted() -> None:
    claim = make_claim("c", "m", "Usage hit 75% of developers.", evidence="Daily use reached 57%")
    g = ground([claim], EN)["c"]
    assert g.status == "contradicted" and g.source_anchor == "p1s2" and g.evidence_found


STORAGE = doc(
    "Grid batteries installed this year reached 520 GWh. The United States holds 21% of them "
    "and China 58%.",
    "Fire incidents fell to 0.2 per 1,000 MWh, from 2.1 in 2018.",
    "Germany offered no subsidy for home batteries. Pack prices fell to $115 per kWh.",
    "Only 35% of operators publish their incident data.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure the report gives for this very subject: contradicted, naming both
        ("China holds 56% of grid batteries.", "contradicted"),
        ("Grid batteries installed this year reached 620 GWh.", "contradicted"),
        # the report gives 21% to the United States, and China another figure
        ("China holds 21% of the grid batteries installed this year.", "contradicted"),
        ("The United States holds 21% of grid batteries.", "supported"),
        # a direction stated with both figures, the right way round
        ("Fire incidents fell to 0.2 per 1,000 MWh from 2.1 in 2018.", "supported"),
        ("Pack prices fell to $115 per kWh.", "supported"),
        # a figure the report never states, on a subject it covers
        ("Operators reported 14 fires in home batteries.", "unsupported"),
    ],
)
def test_a_flag_names_specific_evidence(text: str, expected: str) -> None:
    assert status(text, STORAGE) == expected


def test_a_contradiction_quotes_both_figures() -> None:
    g = ground([make_claim("c", "m", "China holds 56% of grid batteries.")], STORAGE)["c"]
    assert g.status == "contradicted" and "58%" in g.reason and "56%" in g.reason


def test_claims_under_a_conclusions_heading_are_checked_too() -> None:
    answer = (
        "## Findings\n\n- The United States holds 21% of grid batteries.\n\n"
        "## 总结\n\n- China holds 56% of grid batteries.\n"
        "- Germany paid a subsidy of $500 for each home battery.\n"
    )
    claims = claims_from_markdown("m", answer)
    result = ground(claims, STORAGE)
    by_text = {c.text: result[c.id].status for c in claims}
    assert by_text["China holds 56% of grid batteries."] == "contradicted"
    assert by_text["Germany paid a subsidy of $500 for each home battery."] == "unsupported"


def test_an_anchor_is_a_hint_not_a_verdict() -> None:
    wrong = make_claim("c", "m", "China holds 56% of grid batteries.", anchor="p1s2")
    right = make_claim("r", "m", "China holds 58% of grid batteries.", anchor="p1s2")
    result = ground([wrong, right], STORAGE)
    assert result["c"].status == "contradicted" and result["r"].status == "supported"


def test_a_word_denied_in_one_clause_and_said_in_another_is_no_opposite() -> None:
    report = doc("A majority (53%) use the tools daily, while 29% do not use them at all.")
    assert status("53% use the tools daily.", report) == "supported"
    assert status("29% do not use the tools at all.", report) == "supported"


def test_names_swapped_between_two_figures_of_one_sentence() -> None:
    report = doc("The spring camp drew 7.4% of students, while the summer camp Orbit drew 28.7%.")
    named = doc("Kestrel drew 7.4% of students, while Orbit drew 28.7%.")
    assert status("Orbit drew 7.4% of students and Kestrel 28.7%.", named) == "contradicted"
    assert status("Kestrel drew 7.4% of students and Orbit 28.7%.", named) == "supported"
    assert status("Orbit drew 28.7% of students.", report) == "supported"


def test_english_stems_keep_different_words_apart() -> None:
    assert word_key("international") != word_key("internal")
    assert word_key("scanning") == word_key("scan")
    assert word_key("recommended") == word_key("recommend")
    assert status("Procurement reviews hold the large companies back, an important export.",
                  WORDS) != "contradicted"  # fmt: skip
    # "important" is no form of "import" (whose opposite is "export")
    trade = doc("Exports of batteries matter more than ever.")
    assert status("Battery exports are an important matter.", trade) != "contradicted"


def test_a_chinese_percentage_in_words_is_exact() -> None:
    from summarizer.lang.quantities import parse_quantities

    [forty] = parse_quantities("百分之四十")
    assert (forty.value, forty.unit, forty.qualifier) == (40, "%", "")  # as exact as 40%
    report = doc("40% of teams use the tool.", lang_twin=("40%的团队使用该工具。",))
    assert status("百分之四十的团队使用该工具。", report) == "supported"
    assert status("百分之四十五的团队使用该工具。", report) == "contradicted"


def test_the_post_marks_flagged_claims_and_lists_them_before_publishing(capsys) -> None:
    from pathlib import Path

    from summarizer.cli import main
    from tests.postcheck import assert_well_formed

    Path("report.md").write_text(
        "# Storage\n\n## Market\n\nChina holds 58% of grid batteries.\n\n"
        "## Safety\n\nFire incidents fell to 0.2 per 1,000 MWh.\n",
        encoding="utf-8",
    )
    Path("a.md").write_text(
        "- China holds 56% of grid batteries.\n- Fire incidents fell to 0.2 per 1,000 MWh.\n",
        encoding="utf-8",
    )
    Path("b.md").write_text(
        "## 总结\n\n- Fire incidents fell to 0.2 per 1,000 MWh.\n"
        "- Germany paid a subsidy of $500 for each home battery.\n",
        encoding="utf-8",
    )
    assert main(["run", "report.md", "--summary", "a=a.md", "--summary", "b=b.md"]) == 0
    post = Path(capsys.readouterr().out.strip()).read_text(encoding="utf-8")
    body = assert_well_formed(post).body
    # an English report and English summaries, no translator: an English post
    findings, rest = body.split("## Key findings")[1].split("## Check before publishing")
    takeaway = next(line for line in findings.splitlines() if "Germany" in line)
    assert takeaway.startswith("- ") and "⚠" in takeaway and "$500" in takeaway
    # where it stands: the wrong figure carries its mark and the reason, quoting both figures
    marked = next(line for line in findings.splitlines() if "56%" in line)
    assert "⚠" in marked and "58%" in marked
    plain = next(line for line in findings.splitlines() if "0.2 per" in line)
    assert "⚠" not in plain
    # and listed before publishing, the takeaway's invented subsidy too
    check, table = rest.split("## How the models compare")
    assert "56%" in check and "Germany" in check and "0.2 per" not in check
    # the table counts what no check could decide too
    header = next(line for line in table.splitlines() if line.startswith("| Model"))
    assert "| Contradicted | Unverified |" in header


SURVEY_ZH = doc(
    "We received 812 valid answers.",
    "Contributors make up 31.5% of respondents. Last year the share was 27.2%, so it rose.",
    "Undergraduates are 52.0% and masters 31.0% of respondents.",
    lang_twin=(
        "共回收有效问卷812份。",
        "贡献者占受访者的31.5%。去年这一比例为27.2%，今年有所上升。",
        "本科占52.0%，硕士占31.0%。",
    ),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passage that states 812 says nothing of a rise on last year
        ("共回收有效问卷812份，较上年增长约两成。", "unsupported"),
        ("共回收有效问卷812份。", "supported"),
        # 三成 is a round share; the sentence after it says which way it went
        ("贡献者约占三成，这一比例较去年有所回落。", "contradicted"),
        ("贡献者约占三成，这一比例较去年有所上升。", "supported"),
        # a bound the report does not state as such may sum its parts: not flagged
        ("本科和硕士合计超过八成。", "unverified"),
    ],
)
def test_what_a_passage_on_the_subject_lacks_or_turns_around(text: str, expected: str) -> None:
    assert status(text, SURVEY_ZH) == expected


def test_words_a_long_report_never_uses_make_a_claim_on_its_subject_unsupported() -> None:
    from summarizer.fetch.example import load_example

    report = load_example()  # long enough that a word it never uses means something
    invented = make_claim("c", "m", "Security teams now insist on quarterly penetration drills.")
    said = make_claim("s", "m", "Leaders blamed the slowdowns on longer code reviews.")
    result = ground([invented, said], report)
    assert result["c"].status == "unsupported" and "penetration" in result["c"].reason
    assert result["s"].status == "supported"
    # the same words against a short text: absence says little there
    short = doc("Security teams are catching up.")
    assert status("Security teams now insist on quarterly penetration drills.", short) == (
        "unverified"
    )


def test_two_words_a_long_report_never_uses_are_enough_in_a_longer_claim() -> None:
    from summarizer.fetch.example import load_example

    # two new words of nine: a fifth of the claim is what the report never says
    text = "Security teams now require notarised sign-off on every AI-generated commit."
    g = ground([make_claim("c", "m", text)], load_example())["c"]
    assert g.status == "unsupported" and "notarised" in g.reason


def test_a_plural_name_is_its_name() -> None:
    report = doc("We fuse features into a generative adversarial network (GAN) for prediction.")
    assert status("Feature fusion helps GANs for prediction.", report) != "contradicted"


def test_across_languages_a_name_given_another_figure_in_the_paragraph() -> None:
    report = doc(
        "Claude is the most used model family, named by 41% of users. GPT models follow at 33%."
    )
    assert status("GPT是最常用的模型系列，占41%。", report) == "contradicted"
    assert status("GPT模型以33%紧随其后。", report) == "supported"


MARKETS = doc(
    "China installed 58% of new grid batteries, the US 21% and Europe 12%. Let us look at why.",
    "In the US, 1,030 GW of storage is stuck in grid-connection queues.",
    "Average pack prices fell to $115 per kilowatt-hour.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "US" is a name even where the report also writes "us"
        ("The US installed 21% of new grid batteries.", "supported"),
        ("The US installed 58% of new grid batteries.", "contradicted"),
        ("1,030 GW of US storage is stuck in grid-connection queues.", "supported"),
        # 千 in 每千瓦时 is a word, not a thousand
        ("电池包均价降至每千瓦时115美元。", "supported"),
    ],
)
def test_names_in_capitals_and_chinese_units(text: str, expected: str) -> None:
    assert status(text, MARKETS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact introduced as worth noting is still a fact, and checked
        ("值得注意的是，China holds 56% of grid batteries.", "flagged"),
        ("It is important to note that China holds 56% of grid batteries.", "flagged"),
        ("Operators should publish their incident data.", "unverified"),  # advice
        ("建议运营商公开事故数据。", "unverified"),
    ],
)
def test_advice_is_told_by_its_own_wording(text: str, expected: str) -> None:
    found = status(text, STORAGE)
    flagged = found in ("unsupported", "contradicted")
    assert flagged if expected == "flagged" else found == expected, found


GLOSSED = doc(
    "Remote work rose from 30% to 45% of engineers this year.",
    "Hybrid teams made up 55% of the sample.",
    "Training did not improve the skills of new employees.",
    "Most engineers were aged 25 – 45, with at least six years of experience.",
    "The survey ran for 6 weeks.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 55% is in the report, of hybrid teams: the sentence on remote work says 45%
        ("远程工作的工程师比例从30%上升到55%。", "contradicted"),
        ("远程工作的工程师比例从30%上升到45%。", "supported"),
        ("培训提高了新员工的技能。", "contradicted"),  # the report denies it
        ("培训没有提高新员工的技能。", "unverified"),  # says it the same way round
    ],
)
def test_chinese_claims_read_through_a_dictionary(text: str, expected: str) -> None:
    assert status(text, GLOSSED) == expected


def test_a_dictionary_reading_quotes_the_sentence_and_both_figures() -> None:
    g = ground([make_claim("c", "m", "远程工作的工程师比例从30%上升到55%。")], GLOSSED)["c"]
    assert g.source_quote == "Remote work rose from 30% to 45% of engineers this year."
    assert "45%" in g.reason and "55%" in g.reason


def glossed(text: str, *sentences: str) -> str | None:
    """The dictionary reading's verdict alone, against a report of these sentences."""
    report = doc(*sentences)
    found = [s for _, s in report.sentences()]
    verdict = Glossary(found, FigureCache(found)).check(text, comparable(parse_quantities(text)))
    return verdict.status if verdict else None


def test_a_dictionary_reading_flags_nothing_when_two_findings_share_the_words() -> None:
    one = "Remote work reached 45% of engineers."
    assert glossed("远程工作达到了55%。", one) == "contradicted"
    assert glossed("远程工作达到了55%。", one, "Remote work reached most managers.") is None


def test_a_dictionary_reading_takes_no_bare_number_for_another_figure() -> None:
    # "six years" is 6年 in words; "25 – 45" is an age
    source = "Engineers aged 25 – 45 have at least six years of experience."
    assert glossed("工程师有6年以上的经验。", source) is None


def test_a_long_name_that_shares_only_its_beginning_is_another_name() -> None:
    report = doc("An agent from HarbourTrustLife called a client about best rates on policies.")
    g = ground([make_claim("c", "m", "An agent from HarbourTrustBank called a client.")], report)
    assert g["c"].status in ("unsupported", "contradicted")
    assert "HarbourTrustBank" in g["c"].reason
    # a demonym is still its country's name, and a plural its name
    china = doc("Factories in China doubled output of solar panels in 2024.")
    assert status("Chinese factories doubled output of solar panels in 2024.", china) == "supported"


def test_an_english_claim_against_a_chinese_report_is_read_through_the_dictionary_too() -> None:
    report = build_document(
        [
            Block("heading", "发现", level=2),
            Block("text", "远程工作的工程师比例从30%上升到45%。"),
            Block("text", "混合团队占样本的55%。"),
        ],
        title="调查",
        source="test",
        kind="markdown",
    )
    wrong = make_claim("w", "m", "The share of engineers in remote work rose from 30% to 55%.")
    right = make_claim("r", "m", "The share of engineers in remote work rose from 30% to 45%.")
    result = ground([wrong, right], report)
    assert result["w"].status == "contradicted" and "45%" in result["w"].reason
    assert result["r"].status == "supported"


def test_a_denied_have_denies_what_is_had() -> None:
    # "have" is skipped on the way to the verb it helps ("has not been cut"), but here it is
    # the verb: what the city has is denied, and "has" is "have"
    source = "The city knows how it will spend the millions it has at its disposal for parks."
    claim = (
        "The city knows how it will spend the millions it doesn't have at its disposal for parks."
    )
    assert negation_differs(claim, source)
    assert not negation_differs(source, source)
    assert negation_differs("The plant has not been closed.", "The plant has been closed.")


@pytest.mark.parametrize("claim", ["行业标准仍待建立", "行业标准有待建立", "行业标准尚待建立"])
def test_yet_to_happen_is_a_denial_as_not_yet_is(claim: str) -> None:
    source = "第三，行业标准尚未建立。"
    assert not negation_differs(claim, source)
    assert negation_differs("行业标准已经建立", source)


def test_a_common_figure_alone_is_no_support_across_languages() -> None:
    report = doc(
        "We received 1,812 questionnaires from 27 countries.",
        "Prompt caching cut the bills of heavy users by 30% to 45%.",
        "Daily use of the app reached 57%.",
    )
    # 30% is in the report, but of bills: a claim of speed with no word in common is not borne out
    g = ground([make_claim("c", "m", "任务完成速度提升约30%")], report)["c"]
    assert g.status == "unverified" and "of something else" in g.reason
    assert reason_in(g.reason, "zh") == "原文虽有 约30%，但说的是别的事"
    assert status("每天使用该应用的比例达到57%。", report) == "supported"  # words in common
    assert status("共收到1812份问卷", report) == "supported"  # a figure no sentence has by chance


def test_a_common_figure_in_a_sentence_about_something_else_is_no_support() -> None:
    report = doc(
        "Hiring is the exception: 27% of leaders will hire fewer junior developers next year.",
        "Teams that adopted code review bots merged pull requests 12% faster.",
        "Most developers use an assistant every week.",
        "Developers in Europe report the highest satisfaction.",
        "Senior developers review every suggestion line by line.",
        "Developers at small firms adopt new tools first.",
    )
    # 27% is about hiring: "developers" is a word every other sentence uses, so nothing ties
    # the claim's "about 30%" to it
    g = ground([make_claim("c", "m", "Developers finish tasks about 30% faster.")], report)["c"]
    assert g.status == "unverified" and "of something else" in g.reason
    # the same figure said of its own subject is borne out
    assert status("Teams with code review bots merged pull requests 12% faster.", report) == (
        "supported"
    )


def test_a_change_against_a_past_figure_is_no_opposite_of_a_plain_change() -> None:
    report = doc(
        "Growth has slowed sharply: the market grew 19% in 2021 and 11% in 2022.",
        "The share of firms that ban the tools fell from 18% to 6%.",
    )
    # the growth rate is down from 19%; the market grew 19%: both true
    assert status("Growth hit its slowest pace, down from 19% in 2021.", report) != "contradicted"
    # a change with both ends, told the other way round, still is
    assert status("禁止这类工具的企业比例从18%升至6%。", report) == "contradicted"


# A club report of our own: the passage calls its subjects by nickname, title and description.
CLUB = doc(
    "Harrowgate Town beat Milbury 2-0 on Saturday. Striker Ola Nnamdi scored twice.",
    "Keeper Tomas Brandt signed a new deal in March. Mr Brandt trains with the youth side on "
    "Mondays.",
    "The Hornets are now four points clear of the drop. The Hornets host Cresswell next.",
    "The Nigerian has nine goals this season.",
    "Milbury fans booed their own manager after the match.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's "the Hornets" and "the Nigerian" may stand for names it gives elsewhere:
        # another way to say them, not another name
        ("Harrowgate Town are now four points clear of the drop.", "supported"),
        ("Ola Nnamdi has nine goals this season.", "supported"),
        ("Harrowgate host Cresswell next.", "unverified"),
        # a title is no name: "Mr Brandt" is Tomas Brandt
        ("Tomas Brandt trains with the youth side on Mondays.", "supported"),
        # a name the report never gives in that place is still another name
        ("Pellingham are now four points clear of the drop.", "contradicted"),
        # and one the report gives, in the same place beside a name both share, is a swap
        ("Harrowgate fans booed their own manager after the match.", "contradicted"),
    ],
)
def test_a_passage_may_call_a_name_another_way(text: str, expected: str) -> None:
    assert status(text, CLUB) == expected


def test_a_passage_naming_another_way_says_so_in_the_reason() -> None:
    g = ground([make_claim("c", "m", "Harrowgate host Cresswell next.")], CLUB)
    assert g["c"].reason == "the passage names Hornets where the claim names Harrowgate"
    assert reason_in(g["c"].reason, "zh") == "原文此处说的是 Hornets，论断说的是 Harrowgate"


def test_a_figure_borne_out_only_as_a_bound_elsewhere_does_not_hide_the_closer_one() -> None:
    report = doc(
        "84% of nurses now chart on tablets at least once a shift, up from 61% in 2023.",
        "In large hospitals, tablets and laptops together account for more than 80% of charting.",
    )
    g = ground(
        [make_claim("c", "m", "88% of nurses chart on tablets at least once a shift.")], report
    )
    assert g["c"].status == "contradicted" and g["c"].reason == "the report says 84%, not 88%"


def test_a_claim_that_goes_both_ways_is_not_turned_round() -> None:
    report = doc("Willingness to pay is falling. This year the share fell to 22%.")
    claim = "Falling willingness to pay makes clubs more dependent on sponsors."
    assert status(claim, report) != "contradicted"
    assert status("Willingness to pay is higher than before.", report) == "contradicted"


def test_an_english_sentence_with_chinese_asides_reads_its_names_as_english() -> None:
    """Two Chinese asides do not make the sentence Chinese (where every Latin word would be a
    name: "and", "shipped"), and a unit (GW, RMB) is no name in either language."""
    found = names("Sunhe Solar (森禾能源) shipped 75 GW and Eastrow (东行光电) 73 GW.")
    assert found == {"solar", "eastrow"}  # a first word is a name only where known
    assert names("非洲：达38GW，均价约RMB 0.7") == set()
    assert names("Its average CPM was 29 yuan, against 24 yuan at Lumen.") == {"lumen"}


def test_a_firm_the_checks_cannot_read_across_languages_is_said_to_be_unmatched() -> None:
    """ "Zephyra Drone" is no name the dictionary knows (only its "drone" is): the report's
    31.6% is found, and the reason says only that — not that the claim's names are in the
    report."""
    report = doc(
        "2025年，云驰科技以31.6%的市场份额排名第一，北辰物流以18.2%位居第二。",
        "全年无人机配送订单量为4,150万单。",
    )
    g = ground([make_claim("c", "gemini", "Zephyra Drone leads the market with 31.6%")], report)[
        "c"
    ]
    assert g.status == "unverified"
    assert "31.6%" in g.reason and "names are in the report" not in g.reason
    assert reason_in(g.reason, "zh").startswith("原文虽提到 31.6%，但")


def test_a_concentration_ratio_is_a_measure_not_a_name_the_report_must_write() -> None:
    """CR5 is what the report calls 前五家企业合计市场份额: no firm it never names."""
    report = doc(
        "行业集中度继续提高，前五家企业合计市场份额为63.5%，较上年提高4.1个百分点。",
        "全年行业收入为842亿元。",
    )
    g = ground([make_claim("c", "kimi", "行业集中度较高，CR5达到63.5%。")], report)["c"]
    assert g.status == "supported", g.reason


def test_firms_named_as_examples_are_not_the_claims_own() -> None:
    """ "前五大企业（如达能、Oatly）合计占43.0%" is the top five's share: the firms in its aside are
    examples — in the report's spelling (Oatly) or in pinyin (伊利 / Yili) — and their own
    figures (9.8%, 7.6%) are no other figure for it."""
    report = doc(
        "The five largest companies held 43.0% of the market, up from 39.5% in 2024.",
        "Oatly held 9.8% of the market, Yili 7.6% and Danone 14.2%.",
    )
    claim = make_claim("c", "qwen", "前五大企业（如达能、Oatly、伊利）合计占43.0%。")
    assert ground([claim], report)["c"].status == "supported"


def test_cagr_is_a_measure_not_a_name_the_report_must_write() -> None:
    report = doc("We expect the market to grow at a compound annual rate of 10.9% to 2030.")
    g = ground([make_claim("c", "gpt", "The market grows at a 10.9% CAGR to 2030.")], report)["c"]
    assert g.status == "supported", g.reason


def test_a_figure_the_next_sentence_gives_is_no_misquote_of_this_ones() -> None:
    """ "外卖渠道为43亿美元，增速达到21.5%": the sentence with USD 4.3 billion gives a 35% share,
    and the one after it the 21.5% growth — no misquote of the 35%."""
    report = doc(
        "Dine-in generated USD 8.0 billion, or 65% of sales, while delivery generated USD 4.3 "
        "billion, or 35%. Delivery grew 21.5%, faster than dine-in at 7.2%.",
    )
    claim = make_claim("c", "kimi", "外卖渠道为43亿美元，增速达到21.5%，高于堂食。")
    assert ground([claim], report)["c"].status != "contradicted"


@pytest.mark.parametrize(
    "claim", ["目前东南亚已占全球销量的24%", "Southeast Asia now accounts for 24% of global sales."]
)
def test_a_forecast_given_as_a_figure_of_now_is_contradicted(claim: str) -> None:
    """The report expects 24% by 2030 and says 17% now: "目前已占24%" takes the forecast for now."""
    report = doc(
        "Southeast Asia accounts for 17% of global sales today, up from 14%.",
        "Southeast Asia is forecast to account for 24% of global sales by 2030.",
    )
    g = ground([make_claim("c", "kimi", claim)], report)["c"]
    assert g.status == "contradicted", g.reason
    assert reason_in(g.reason, "zh") == "原文中 24% 是预测，而非目前的数字"


def test_a_clause_split_off_a_forecast_is_no_figure_of_now() -> None:
    """ "…, more than double today's count" continues a forecast: no claim of now."""
    report = doc("By 2030 the fleet is expected to reach 2.4 million, more than double today's.")
    claim = make_claim(
        "c", "gpt", "more than double today's count", opened_by="The fleet will reach 2.4 million"
    )
    assert ground([claim], report)["c"].status != "contradicted"


def test_a_conclusion_in_words_the_report_never_uses_is_unverified_not_unsupported() -> None:
    """A takeaway says in its own words what the report leads to ("…is now the center of
    gravity"); words the report never uses are no evidence it adds a fact — a fact's are."""
    from summarizer.fetch.example import load_example

    text = "Security teams now insist on quarterly penetration drills."
    takeaway = make_claim("t", "m", text, kind="takeaway")
    fact = make_claim("f", "m", text)
    result = ground([takeaway, fact], load_example())
    assert result["t"].status == "unverified" and "penetration" in (result["t"].reason or "")
    assert result["f"].status == "unsupported"


def test_a_hyphenated_word_whose_parts_the_report_says_is_no_new_word() -> None:
    from summarizer.compare.checks import unsaid

    missing, _ = unsaid(
        "Four of the seven largest operators were EBITDA-positive.",
        "Four of the seven largest operators reported positive adjusted EBITDA for 2024.",
    )
    assert "ebitda-positive" not in [m.lower() for m in missing]
    missing, _ = unsaid("Operators were cash-rich.", "Operators reported positive EBITDA.")
    assert "cash-rich" in [m.lower() for m in missing]
