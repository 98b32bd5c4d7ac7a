"""arXiv addresses: the HTML rendering when the paper has one, else the PDF (a local server stands
in for arxiv.org)."""

from __future__ import annotations

import pytest

from summarizer.errors import SourceError
from summarizer.fetch import fetch
from summarizer.fetch.arxiv import arxiv_id
from tests.helpers import html_page
from tests.pdf_builders import BODY, Report, body, heading, report_pdf

PAPER_HTML = html_page(
    "Scaling Code Review with Assistants",
    "<article><h1>Scaling Code Review with Assistants</h1>"
    "<h2>1 Introduction</h2><p>" + BODY.format(n=300) + "</p>"
    "<h2>2 Results</h2><p>Review time fell by 31% across 300 teams in the study.</p>"
    "<p>" + BODY.format(n=200) + "</p></article>",
)


def paper_pdf() -> bytes:
    def build(pdf: Report) -> None:
        heading(pdf, "Introduction", 1, True)
        body(pdf, BODY.format(n=300))
        heading(pdf, "Results", 1, True)
        body(pdf, "Review time fell by 31% across 300 teams in the study.")
        heading(pdf, "Threats to validity", 1, True)
        body(pdf, BODY.format(n=5))

    return report_pdf(build, title="Scaling Code Review with Assistants", outline=True)


@pytest.mark.parametrize(
    ("url", "paper"),
    [
        ("https://arxiv.org/abs/2401.01234", "2401.01234"),
        ("https://arxiv.org/abs/2401.01234v2", "2401.01234v2"),
        ("http://arxiv.org/pdf/2401.01234v2", "2401.01234v2"),
        ("https://arxiv.org/pdf/2401.01234.pdf", "2401.01234"),
        ("https://www.arxiv.org/abs/hep-th/9901001", "hep-th/9901001"),
        ("https://arxiv.org/abs/math.GT/0309136v1", "math.GT/0309136v1"),
        ("https://example.org/abs/2401.01234", None),
        ("https://arxiv.org/list/cs.SE/recent", None),
    ],
)
def test_arxiv_ids(url: str, paper: str | None) -> None:
    assert arxiv_id(url) == paper


def test_abs_url_reads_the_html_rendering(server) -> None:
    server.routes["/html/2401.01234v2"] = (200, {"Content-Type": "text/html"}, PAPER_HTML.encode())
    server.routes["/pdf/2401.01234v2"] = (200, {"Content-Type": "application/pdf"}, paper_pdf())
    doc = fetch("https://arxiv.org/abs/2401.01234v2", arxiv_base=server.url)
    assert doc.kind == "html"
    assert doc.source == "https://arxiv.org/abs/2401.01234v2"
    assert doc.title == "Scaling Code Review with Assistants"
    assert "2 Results" in [s.heading for s in doc.sections]
    assert [path for path, _ in server.requests] == ["/html/2401.01234v2"]


def test_pdf_url_falls_back_to_the_pdf_without_html(server) -> None:
    server.routes["/pdf/2401.01234"] = (200, {"Content-Type": "application/pdf"}, paper_pdf())
    doc = fetch("https://arxiv.org/pdf/2401.01234", arxiv_base=server.url)
    assert doc.kind == "pdf"
    assert [path for path, _ in server.requests] == ["/html/2401.01234", "/pdf/2401.01234"]
    assert [s.heading for s in doc.sections if s.heading][:2] == ["Introduction", "Results"]
    sentences = [s.text for _, s in doc.sentences()]
    assert "Review time fell by 31% across 300 teams in the study." in sentences


def test_other_errors_are_not_hidden_by_the_fallback(server) -> None:
    server.routes["/html/2401.01234"] = (503, {"Content-Type": "text/plain"}, b"busy")
    with pytest.raises(SourceError, match="503"):
        fetch("https://arxiv.org/abs/2401.01234", arxiv_base=server.url)
    assert [path for path, _ in server.requests] == ["/html/2401.01234"]
