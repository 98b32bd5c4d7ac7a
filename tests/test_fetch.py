"""The fetch stage against a real local HTTP server and real files."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from summarizer.document import Document
from summarizer.errors import ExtractionError, SourceError
from summarizer.fetch import fetch
from tests.helpers import ARTICLE_EN, ARTICLE_ZH, html_page, make_pdf, make_scanned_pdf


def all_text(doc: Document) -> str:
    return " ".join(s.text for _, s in doc.sentences())


def test_utf8_html_keeps_structure_and_drops_boilerplate(server, tmp_path: Path) -> None:
    body = html_page("Coding Assistants 2026", ARTICLE_EN).encode("utf-8")
    server.routes["/report.html"] = (200, {"Content-Type": "text/html; charset=utf-8"}, body)
    doc = fetch(server.url + "/report.html")
    assert doc.title == "Coding Assistants 2026"
    assert doc.kind == "html" and doc.lang == "en"
    headings = [s.heading for s in doc.sections]
    assert "Cost" in headings
    text = all_text(doc)
    assert "84% of developers" in text and "$39 per developer" in text
    assert "South China: 10% to 15%." in text  # a list item stays a paragraph of its own
    assert "Region: China; Daily use: 66%" in text  # a table row is read with its header
    assert "Copyright" not in text and "About" not in text
    cost = next(s for s in doc.sections if s.heading == "Cost")
    assert cost.path[-1] == "Cost"
    assert doc.tokens > 50


def test_gbk_page_without_header_charset_uses_meta(server) -> None:
    body = html_page("编程助手调查", ARTICLE_ZH, meta_charset="gbk").encode("gbk")
    server.routes["/gbk.html"] = (200, {"Content-Type": "text/html"}, body)
    doc = fetch(server.url + "/gbk.html")
    assert doc.lang == "zh"
    assert "84%的开发者每周至少使用一次编程助手" in all_text(doc)


def test_gb18030_page_without_any_declared_charset_is_detected(server) -> None:
    body = html_page("编程助手调查", ARTICLE_ZH, meta_charset=None).encode("gb18030")
    server.routes["/plain.html"] = (200, {"Content-Type": "text/html"}, body)
    doc = fetch(server.url + "/plain.html")
    assert "公司在人工智能工具上的人均月支出中位数为39美元" in all_text(doc)


def test_big5_page(server) -> None:
    body = html_page(
        "調查",
        "<p>本次調查覆蓋了31個國家的開發者。調查發現，84%的開發者每週使用助手。"
        "這一比例高於兩年前，公司的支出也大約翻了一番。</p>" * 3,
        meta_charset="big5",
    ).encode("big5")
    server.routes["/big5.html"] = (200, {"Content-Type": "text/html"}, body)
    assert "84%的開發者每週使用助手" in all_text(fetch(server.url + "/big5.html"))


def test_pdf_from_server_keeps_page_numbers(server) -> None:
    pdf = make_pdf(
        [
            ["First page: 84% of developers use an assistant weekly."],
            ["Second page: the median company spends $39 per developer."],
        ]
    )
    server.routes["/r"] = (200, {"Content-Type": "application/octet-stream"}, pdf)  # sniffed
    doc = fetch(server.url + "/r")
    assert doc.kind == "pdf" and doc.title == "Test Report"
    pages = {s.text: s.page for _, s in doc.sentences()}
    assert pages["First page: 84% of developers use an assistant weekly."] == 1
    assert pages["Second page: the median company spends $39 per developer."] == 2


def test_markdown_and_text_files(tmp_path: Path) -> None:
    md = tmp_path / "r.md"
    md.write_text("# Title\n\nIntro. Second.\n\n## Part\n\n- 40% of x.\n", encoding="utf-8")
    doc = fetch(str(md))
    assert doc.kind == "markdown" and doc.title == "Title"
    assert [s.heading for s in doc.sections] == ["Title", "Part"]
    txt = tmp_path / "r.txt"
    txt.write_text("A plain report.\nWrapped line.\n\nSecond paragraph.", encoding="utf-8")
    doc = fetch(str(txt))
    assert [s.text for _, s in doc.sentences()] == [
        "A plain report.",
        "Wrapped line.",
        "Second paragraph.",
    ]


def test_etag_revalidation_reuses_the_cached_body(server, tmp_path: Path) -> None:
    body = html_page("Cached", ARTICLE_EN).encode()

    def route(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "text/html", "ETag": '"v1"'}, body

    server.routes["/c.html"] = route
    first = fetch(server.url + "/c.html", cache_dir=tmp_path / "fc")
    second = fetch(server.url + "/c.html", cache_dir=tmp_path / "fc")
    assert server.requests[1][1].get("If-None-Match") == '"v1"'
    assert all_text(first) == all_text(second)


def test_redirect_loop(server) -> None:
    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (302, {"Location": "/a"}, b"")
    with pytest.raises(SourceError, match="redirect"):
        fetch(server.url + "/a")


def test_redirect_is_followed(server) -> None:
    server.routes["/old"] = (301, {"Location": "/new.html"}, b"")
    server.routes["/new.html"] = (
        200,
        {"Content-Type": "text/html"},
        html_page("Moved", ARTICLE_EN).encode(),
    )
    assert fetch(server.url + "/old").title == "Moved"


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors(server, status: int) -> None:
    server.routes["/x"] = (status, {"Content-Type": "text/plain"}, b"nope")
    with pytest.raises(SourceError, match=f"HTTP {status}"):
        fetch(server.url + "/x")


def test_oversize_by_header_and_by_stream(server) -> None:
    big = b"<html><body>" + b"x" * 5000 + b"</body></html>"
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, big)
    with pytest.raises(SourceError, match="larger than"):
        fetch(server.url + "/big", max_bytes=1000)

    def no_length(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "text/html", "X-No-Length": "1"}, big

    server.routes["/big2"] = no_length
    with pytest.raises(SourceError, match="larger than"):
        fetch(server.url + "/big2", max_bytes=2000)


def test_connection_refused() -> None:
    with pytest.raises(SourceError, match="cannot connect"):
        fetch("http://127.0.0.1:9/report.html")


@pytest.mark.parametrize("source", ["ftp://example.org/r.pdf", "gopher://x/y"])
def test_unsupported_scheme(source: str) -> None:
    with pytest.raises(SourceError, match="unsupported address scheme"):
        fetch(source)


def test_bad_local_files(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        fetch(str(tmp_path / "missing.pdf"))
    with pytest.raises(SourceError, match="is a directory"):
        fetch(str(tmp_path))
    empty = tmp_path / "empty.md"
    empty.write_text("  \n")
    with pytest.raises(ExtractionError, match="empty"):
        fetch(str(empty))
    garbage = tmp_path / "blob.bin"
    garbage.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(SourceError, match="binary"):
        fetch(str(garbage))
    headings_only = tmp_path / "h.md"
    headings_only.write_text("# Only a title\n\n## And a heading\n")
    with pytest.raises(ExtractionError, match="no readable text"):
        fetch(str(headings_only))


def test_scanned_pdf_is_refused_with_the_fix(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_scanned_pdf())
    with pytest.raises(ExtractionError, match="OCR"):
        fetch(str(scan))


def test_truncated_pdf(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(make_pdf([["Some text here."]])[:200])
    with pytest.raises(SourceError):
        fetch(str(broken))
