"""Reading real-looking PDF reports: sections, clean paragraphs, the right title."""

from __future__ import annotations

from pathlib import Path

from summarizer.document import Document
from summarizer.fetch import fetch, read_bytes
from summarizer.fetch.pdf import pdf_blocks
from tests.pdf_builders import BODY, Report, body, cjk_pdf, heading, lines, report_pdf


def read(pdf: bytes, name: str = "report.pdf") -> Document:
    return read_bytes(pdf, kind="pdf", source=name)


def paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def outline_report(pdf: Report) -> None:
    outline = pdf.with_outline  # type: ignore[attr-defined]
    heading(pdf, "Executive summary", 1, outline)
    body(pdf, BODY.format(n=120))
    heading(pdf, "Method", 2, outline)
    body(pdf, BODY.format(n=80))
    pdf.add_page()
    heading(pdf, "Regional results", 1, outline)
    body(pdf, BODY.format(n=40))
    heading(pdf, "Asia", 2, outline)
    body(pdf, "Asia spent 39 dollars per developer. " + BODY.format(n=12))
    for n in range(3):
        pdf.add_page()
        heading(pdf, f"Appendix {'ABC'[n]}", 2, outline)
        body(pdf, BODY.format(n=n) + " " + BODY.format(n=n + 1))


FIRST_SECTIONS = [("Executive summary", 1), ("Method", 2), ("Regional results", 1), ("Asia", 2)]


def sections_of(outline: bool) -> tuple[Document, list[tuple[str, int]]]:
    doc = read(report_pdf(outline_report, title="Outlook 2025", outline=outline))
    return doc, [(s.heading, s.level) for s in doc.sections if s.heading]


def test_sections_come_from_the_outline() -> None:
    doc, got = sections_of(outline=True)
    assert got[:4] == FIRST_SECTIONS
    asia = next(s for s in doc.sections if s.heading == "Asia")
    assert asia.path == ("Regional results", "Asia")
    assert asia.paragraphs[0].text.startswith("Asia spent 39 dollars")
    assert asia.paragraphs[0].page == 2
    # the heading is not glued onto the next sentence
    assert not any(p.startswith(("Executive summary", "Method ")) for p in paragraphs(doc))


def test_sections_from_typography_when_there_is_no_outline() -> None:
    _, got = sections_of(outline=False)
    assert got[:4] == FIRST_SECTIONS
    assert ("Appendix C", 2) in got


def test_running_header_and_page_numbers_are_dropped() -> None:
    doc = read(report_pdf(outline_report, title="Outlook 2025", outline=True))
    text = "\n".join(paragraphs(doc))
    assert "ACME Outlook" not in text
    assert not [p for p in paragraphs(doc) if p.strip().isdigit()]
    assert not any(p.endswith((" 2", " 3", " 4")) for p in paragraphs(doc))


def test_a_paragraph_is_rebuilt_from_its_lines() -> None:
    doc = read(report_pdf(outline_report, outline=True))
    first = next(s for s in doc.sections if s.heading == "Executive summary").paragraphs
    assert len(first) == 1
    assert first[0].text == BODY.format(n=120)


def hyphenated(pdf: Report) -> None:
    heading(pdf, "Findings", 1, False)
    lines(
        pdf,
        "Teams that measured the target applica-",
        "tion saw fewer defects. Grant each role fine-",
        "grained permissions and keep a read-",
        "only mirror, as the team of Srinivasa Yelgund-",
        "halli advised.",
    )
    lines(pdf, "A second paragraph follows after a gap.")


def jargon(pdf: Report) -> None:
    heading(pdf, "Fuzzing", 1, False)
    lines(pdf, "A fuzzer finds crashes; each fuzzer runs for hours.")
    lines(
        pdf,
        "We filed the fuzzer-",
        "related bugs with the OPTIONAL fields of every SE-",
        "QUENCE type.",
    )


def test_line_end_hyphens_in_jargon_and_capitals() -> None:
    text = paragraphs(read(report_pdf(jargon)))[1]
    assert (
        text == "We filed the fuzzer-related bugs with the OPTIONAL fields of every SEQUENCE type."
    )


def test_words_broken_at_line_ends_are_joined() -> None:
    doc = read(report_pdf(hyphenated))
    text = paragraphs(doc)[0]
    assert "target application saw" in text
    assert "fine-grained permissions" in text  # a real compound keeps its hyphen
    assert "read-only mirror" in text
    assert "Yelgundhalli advised" in text
    assert paragraphs(doc)[1] == "A second paragraph follows after a gap."


def with_table(pdf: Report) -> None:
    heading(pdf, "Spending", 1, False)
    body(pdf, "Spending per developer by region, in dollars:")
    pdf.set_font("Helvetica", size=10)
    with pdf.table(first_row_as_headings=False) as table:
        for row in (("Region", "2023", "2024"), ("Asia", "31", "39"), ("Europe", "44", "52")):
            r = table.row()
            for cell in row:
                r.cell(cell)
    body(pdf, "Europe spends the most.")


def test_a_table_is_kept_as_rows() -> None:
    doc = read(report_pdf(with_table))
    tables = [p for s in doc.sections for p in s.paragraphs if p.kind == "table"]
    assert len(tables) == 1
    assert [s.text for s in tables[0].sentences] == [
        "Region | 2023 | 2024",
        "Asia | 31 | 39",
        "Europe | 44 | 52",
    ]
    assert paragraphs(doc)[-1] == "Europe spends the most."


def cover(pdf: Report) -> None:
    pdf.set_font("Helvetica", style="B", size=60)
    pdf.multi_cell(0, 26, "2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=30)
    pdf.multi_cell(0, 14, "Developer Tools", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 14, "Outlook 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Prepared by the research team", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    heading(pdf, "Summary", 1, False)
    body(pdf, BODY.format(n=10))


def test_title_from_the_cover_when_the_metadata_is_a_file_name() -> None:
    doc = read(report_pdf(cover, title="Microsoft Word - outlook_final_v3.docx"))
    assert doc.title == "Developer Tools Outlook 2025"
    assert "Developer Tools" not in "\n".join(paragraphs(doc))


def test_title_from_meaningful_metadata() -> None:
    doc = read(report_pdf(cover, title="The 2025 Developer Tools Outlook"))
    assert doc.title == "The 2025 Developer Tools Outlook"


def test_chinese_pdf_heading_title_and_lines_joined() -> None:
    page1 = [(72, 700, 26, "开发者工具展望"), (72, 640, 12, "研究团队编写")]
    body_lines = [
        "调查显示，约三分之一的公司每季度衡量助手",
        "对代码审查时间的影响，预算在各地区均有增长。",
    ]
    runs = [(72, 760, 9, "开发者工具展望"), (72, 700, 18, "执行摘要")]
    runs += [(72, 670 - 16 * i, 12, t) for i, t in enumerate(body_lines)]
    runs += [(72, 600, 18, "地区结果"), (72, 570, 12, "亚洲的支出最高。"), (290, 40, 9, "2")]
    page3 = [(72, 760, 9, "开发者工具展望"), (72, 700, 18, "附录"), (72, 670, 12, "方法说明。")]
    page3 += [(290, 40, 9, "3")]
    page4 = [(72, 760, 9, "开发者工具展望"), (72, 700, 12, "数据来源。"), (290, 40, 9, "4")]
    doc = read(cjk_pdf([page1, runs, page3, page4]), name="zh.pdf")
    assert doc.title == "开发者工具展望"
    assert [s.heading for s in doc.sections if s.heading] == ["执行摘要", "地区结果", "附录"]
    text = paragraphs(doc)
    assert "约三分之一的公司每季度衡量助手对代码审查时间的影响" in text[1]
    assert not any("开发者工具展望" in p for p in text)
    assert doc.lang == "zh"


def test_big_pdfs_read_on_several_cores_read_the_same() -> None:
    pdf = report_pdf(outline_report, outline=True)

    def seven_times(pdf: Report) -> None:
        for _ in range(7):
            outline_report(pdf)
            pdf.add_page()

    many = report_pdf(seven_times)
    for data in (pdf, many):
        assert pdf_blocks(data, "r.pdf", workers=1) == pdf_blocks(data, "r.pdf", workers=2)


def test_pdf_file_path(tmp_path: Path) -> None:
    path = tmp_path / "Outlook_2025.pdf"
    path.write_bytes(report_pdf(outline_report, outline=True))
    doc = fetch(str(path))
    assert doc.title == "Outlook 2025"  # no metadata, no cover text larger than the body's
    assert doc.sections[0].heading == "Executive summary"


def numbered(pdf: Report) -> None:
    """The outline says 'Results'; the page prints '2 Results'."""
    for n, name in enumerate(("Introduction", "Results", "Discussion"), 1):
        pdf.start_section(name)
        pdf.set_font("Helvetica", style="B", size=16)
        pdf.multi_cell(0, 9, f"{n} {name}", new_x="LMARGIN", new_y="NEXT")
        body(pdf, BODY.format(n=n))
        pdf.add_page()


def test_outline_title_matches_the_numbered_heading_on_the_page() -> None:
    doc = read(report_pdf(numbered, outline=True))
    assert [s.heading for s in doc.sections if s.heading] == [
        "1 Introduction",
        "2 Results",
        "3 Discussion",
    ]
    assert not any(p.startswith(("1 Introduction", "2 Results")) for p in paragraphs(doc))


def page_bookmarks(pdf: Report) -> None:
    """An outline with one bookmark per page is no table of contents."""
    for n in range(1, 5):
        pdf.start_section(f"Page {n}")
        heading(pdf, f"Chapter {n}", 1, False)
        body(pdf, BODY.format(n=n))
        pdf.add_page()


def test_page_bookmarks_are_ignored_for_typography() -> None:
    doc = read(report_pdf(page_bookmarks, outline=True))
    assert [s.heading for s in doc.sections if s.heading] == [f"Chapter {n}" for n in range(1, 5)]


class ChapterHeads(Report):
    """Each page's header names its chapter and prints the page number (cover unnumbered)."""

    chapter = ""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, f"{self.chapter} {self.page_no() - 1}")
            self.ln(12)

    def footer(self) -> None:
        pass


def test_chapter_running_heads_with_page_numbers_are_dropped() -> None:
    pdf = ChapterHeads()
    pdf.add_page()
    body(pdf, "Cover page of the handbook.")
    for n, name in enumerate(("Design", "Testing", "Release"), 1):
        pdf.chapter = f"Chapter {n}: {name}"
        pdf.add_page()
        heading(pdf, name, 1, False)
        body(pdf, BODY.format(n=n))
        pdf.add_page()
        body(pdf, f"The second page about {name.lower()}. " + BODY.format(n=n))
    doc = read(bytes(pdf.output()))
    text = "\n".join(paragraphs(doc))
    assert "Chapter" not in text
    assert "The second page about testing." in text
    assert [s.heading for s in doc.sections if s.heading] == ["Design", "Testing", "Release"]


def footnoted(pdf: Report) -> None:
    pdf.running = ""  # two pages are too few to tell a running header
    heading(pdf, "Costs", 1, False)
    body(pdf, BODY.format(n=7))
    pdf.set_font("Helvetica", size=11)
    pdf.set_y(220)
    pdf.cell(0, 6, "Teams that adopted assistants spent less on review, and the savings")
    pdf.set_y(-38)
    pdf.set_font("Helvetica", size=8)
    pdf.cell(0, 5, "1 Survey of 300 teams, March 2025.")
    pdf.add_page()
    lines(pdf, "grew in the second year of use.")
    body(pdf, BODY.format(n=8))


def test_a_footnote_does_not_cut_the_paragraph_that_runs_over_the_page() -> None:
    doc = read(report_pdf(footnoted))
    text = paragraphs(doc)
    savings = next(p for p in text if p.startswith("Teams that adopted"))
    assert savings.endswith("and the savings grew in the second year of use.")
    note = next(p for p in doc.sections[0].paragraphs if p.text.startswith("1 Survey"))
    assert note.text == "1 Survey of 300 teams, March 2025." and note.page == 1


def bold_numbered(pdf: Report) -> None:
    """Headings in bold at the body's size; only their numbers tell the levels."""
    pdf.running = ""
    for n in (1, 2):
        for title in (f"{n} Chapter {n}", f"{n}.1 First part", f"{n}.2 Second part"):
            pdf.ln(4)
            pdf.set_font("Helvetica", style="B", size=11)
            pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            body(pdf, BODY.format(n=n))
        pdf.add_page()


def test_bold_headings_at_body_size_take_levels_from_their_numbers() -> None:
    doc = read(report_pdf(bold_numbered))
    got = [(s.heading, s.level) for s in doc.sections if s.heading]
    assert got == [
        ("1 Chapter 1", 1),
        ("1.1 First part", 2),
        ("1.2 Second part", 2),
        ("2 Chapter 2", 1),
        ("2.1 First part", 2),
        ("2.2 Second part", 2),
    ]
    assert all(p.startswith("The survey asked") for p in paragraphs(doc))


def spaced_bullets(pdf: Report) -> None:
    heading(pdf, "Checks", 1, False)
    pdf.set_font("Helvetica", size=11)
    for item in ("Limit the runtime to one user.", "Scan every image.", "Sign the manifests."):
        pdf.cell(12, 6, "-")
        pdf.cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")


def test_list_items_with_a_wide_gap_after_the_mark_are_not_a_table() -> None:
    doc = read(report_pdf(spaced_bullets))
    kinds = [(p.kind, p.text) for s in doc.sections for p in s.paragraphs]
    assert kinds == [
        ("list", "- Limit the runtime to one user."),
        ("list", "- Scan every image."),
        ("list", "- Sign the manifests."),
    ]


def with_contents(pdf: Report) -> None:
    body(pdf, "Developer Tools Outlook, a report by the research team.")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=24)  # a look used once
    pdf.multi_cell(0, 12, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=11)
    for n, name in enumerate(("Executive summary", "Method", "Regional results"), 2):
        pdf.cell(0, 6, f"{name} {'.' * 40} {n}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.add_page()
    outline_report(pdf)


def test_contents_entries_are_not_headings() -> None:
    doc = read(report_pdf(with_contents, outline=False))
    headings = [s.heading for s in doc.sections if s.heading]
    assert not [h for h in headings if "...." in h]
    assert headings[:3] == ["Contents", "Executive summary", "Method"]
    levels = [(s.heading, s.level) for s in doc.sections if s.heading]
    assert levels[:3] == [("Contents", 1), ("Executive summary", 1), ("Method", 2)]


def late_bookmark(pdf: Report) -> None:
    """The bookmark of 'Results' points at the foot of page 1; the heading opens page 2."""
    heading(pdf, "Method", 1, True)
    body(pdf, BODY.format(n=1))
    pdf.start_section("Results")
    pdf.add_page()
    heading(pdf, "Results", 1, False)
    body(pdf, BODY.format(n=2))
    pdf.start_section("Outlook")
    heading(pdf, "Outlook", 1, False)
    body(pdf, BODY.format(n=3))


def test_a_bookmark_at_the_foot_of_the_page_before_finds_its_heading() -> None:
    doc = read(report_pdf(late_bookmark, outline=True))
    results = next(s for s in doc.sections if s.heading == "Results")
    assert results.paragraphs[0].page == 2
    assert [s.heading for s in doc.sections if s.heading] == ["Method", "Results", "Outlook"]
    assert "Results" not in paragraphs(doc)


def one_root(pdf: Report) -> None:
    """Every bookmark sits under one, the report's title."""
    pdf.start_section("Developer Tools Outlook", level=0)
    for n, name in enumerate(("Summary", "Results"), 1):
        pdf.start_section(name, level=1)
        heading(pdf, name, 1, False)
        body(pdf, BODY.format(n=n))
        pdf.start_section(f"{name} in detail", level=2)
        heading(pdf, f"{name} in detail", 2, False)
        body(pdf, BODY.format(n=n + 5))
        pdf.add_page()


def test_an_outline_under_one_root_starts_at_its_chapters() -> None:
    doc = read(report_pdf(one_root, outline=True))
    got = [(s.heading, s.level) for s in doc.sections if s.heading]
    assert ("Summary", 1) in got and ("Summary in detail", 2) in got
    assert ("Results", 1) in got and ("Results in detail", 2) in got


class BigBanner(Report):
    """A banner in a larger type than the body atop every page, and a three-line footer."""

    def header(self) -> None:
        self.set_font("Helvetica", style="B", size=16)
        self.cell(0, 8, "ACME RESEARCH", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-24)
        self.set_font("Helvetica", size=7)
        for text in ("ACME Research Ltd", "Confidential", f"Page {self.page_no()}"):
            self.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def test_a_large_banner_and_a_three_line_footer_are_running_text() -> None:
    pdf = BigBanner()
    pdf.add_page()
    for n in range(1, 6):
        heading(pdf, f"Chapter {n}", 1, False)
        body(pdf, BODY.format(n=n))
        pdf.add_page()
    doc = read(bytes(pdf.output()))
    text = "\n".join(paragraphs(doc))
    assert "ACME" not in text and "Confidential" not in text
    assert [s.heading for s in doc.sections if s.heading] == [f"Chapter {n}" for n in range(1, 6)]


def test_a_three_page_report_loses_its_running_head_and_keeps_its_sentences_whole() -> None:
    """The head stands on pages 2 and 3 only; a sentence runs over a page break."""

    regions = ["Kenya", "Peru", "Norway", "Vietnam", "Chile", "Poland", "Ghana", "Japan"]
    texts = [
        f"In {region} the panel counted {n * 37} teams. "
        + " ".join(f"Team {k} in {region} shipped {k * n} releases." for k in range(1, 4 + n % 4))
        for n, region in enumerate(regions * 5, 1)
    ]

    def short_report(pdf: Report) -> None:
        heading(pdf, "Findings", 1, False)
        for t in texts:
            body(pdf, t)

    doc = read(report_pdf(short_report, title="Outlook 2025"))
    assert "ACME Outlook" not in "\n".join(paragraphs(doc))
    assert set(texts) <= set(paragraphs(doc))  # nothing between two pages split a paragraph
