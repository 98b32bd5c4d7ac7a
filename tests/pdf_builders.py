"""Test PDFs written here: fpdf2 reports with running heads, outlines and tables, and a hand-built
Chinese PDF (no CJK font is needed: the glyphs map to Unicode through a ToUnicode CMap)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from fpdf import FPDF

BODY = (
    "The survey asked {n} companies how they adopt assistants for writing code. Most of them "
    "report that review time fell, and a third of them now measure the effect every quarter. "
    "Budgets grew in every region that answered the survey this year."
)


class Report(FPDF):
    """A report whose pages carry a running header and a page number in the footer."""

    running = "ACME Outlook 2025"

    def header(self) -> None:
        if self.page_no() > 1 and self.running:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, self.running, align="R")
            self.ln(12)

    def footer(self) -> None:
        if self.page_no() > 1:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, str(self.page_no()), align="C")


def report_pdf(
    build: Callable[[Report], None], *, title: str | None = None, outline: bool = False
) -> bytes:
    pdf = Report()
    if title:
        pdf.set_title(title)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.with_outline = outline  # type: ignore[attr-defined]
    build(pdf)
    return bytes(pdf.output())


def heading(pdf: Report, text: str, level: int, outline: bool) -> None:
    if outline:
        pdf.start_section(text, level=level - 1)
    pdf.ln(4)
    pdf.set_font("Helvetica", style="B", size={1: 18, 2: 14}.get(level, 12))
    pdf.multi_cell(0, 9, text)
    pdf.ln(2)


def body(pdf: Report, text: str) -> None:
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    pdf.ln(4)


def lines(pdf: Report, *texts: str) -> None:
    """One paragraph printed as exactly these lines (to break words where a test wants)."""
    pdf.set_font("Helvetica", size=11)
    for text in texts:
        pdf.cell(0, 6, text)
        pdf.ln(6)
    pdf.ln(4)


def cjk_pdf(pages: Sequence[Sequence[tuple[float, float, float, str]]], title: str = "") -> bytes:
    """A PDF whose pages hold (x, y, size, text) runs of CJK text, in one Type0 font."""
    chars = sorted({c for page in pages for *_, text in page for c in text})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    objs: dict[int, bytes] = {}
    n_pages = len(pages)
    first_page = 9
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()
    objs[3] = f"<< /Title ({title}) /Producer (tests) >>".encode()
    objs[4] = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H "
        b"/DescendantFonts [5 0 R] /ToUnicode 6 0 R >>"
    )
    objs[5] = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /DW 1000 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R >>"
    )
    bf = "".join(f"<{cid[c]:04X}> <{ord(c):04X}>\n" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Test def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bf}endbfchar\nendcmap CMapName currentdict /CMap "
        "defineresource pop end end"
    ).encode()
    objs[6] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    objs[7] = (
        b"<< /Type /FontDescriptor /FontName /TestSong /Flags 4 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
    )
    objs[8] = b"<< >>"
    for i, runs in enumerate(pages):
        content = "".join(
            f"BT /F1 {size} Tf {x} {y} Td <{''.join(f'{cid[c]:04X}' for c in text)}> Tj ET\n"
            for x, y, size, text in runs
        ).encode()
        page_obj, content_obj = first_page + 2 * i, first_page + 2 * i + 1
        objs[page_obj] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 4 0 R >> >> /Contents {content_obj} 0 R >>"
        ).encode()
        objs[content_obj] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    return _serialize(objs)


def _serialize(objs: dict[int, bytes]) -> bytes:
    """Numbered objects → a PDF file with its cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += (
            b"%010d 00000 n \n" % offsets.get(num, 0)
            if num in offsets
            else b"0000000000 65535 f \n"
        )
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        xref,
    )
    return bytes(out)
