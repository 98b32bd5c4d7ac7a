"""In-memory builders for test inputs: pages, PDFs and documents made on the spot."""

from __future__ import annotations

from fpdf import FPDF

ARTICLE_EN = """
<p>The 2026 survey of AI coding assistants covered 2,412 developers in 31 countries. It found
that 84% of developers use an assistant at least once a week, up from 61% in 2024.</p>
<h2>Cost</h2>
<p>The median company spends $39 per developer per month on AI tools. Spending has roughly
doubled in a year, driven by usage-based agent tools.</p>
<ul><li>East China: just under 40% of agent users.</li><li>South China: 10% to 15%.</li></ul>
<table><tr><th>Region</th><th>Daily use</th></tr><tr><td>China</td><td>66%</td></tr>
<tr><td>Europe</td><td>49%</td></tr></table>
"""

ARTICLE_ZH = """
<p>本次调查覆盖了31个国家的2,412名开发者。调查发现，84%的开发者每周至少使用一次编程助手，高于2024年的61%。
受访者来自各种规模的公司，从五人的初创公司到员工超过五万人的大企业。</p>
<h2>成本</h2>
<p>公司在人工智能工具上的人均月支出中位数为39美元，一年内大约翻了一番。财务团队不喜欢这种不可预测性，
许多工程负责人表示今年的账单至少有一次超出预算。中国公司的人均支出更低，中位数为每人每月一百二十元人民币。</p>
<p>国内厂商更低的模型价格解释了大部分差距，因为人均用量相近。按用量计费正在取代固定席位，越来越多的公司选择这种方式。</p>
"""


def html_page(title: str, body: str, meta_charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/about'>About</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright 2026 Example Org. All rights reserved.</footer></body></html>"
    )


def make_pdf(pages: list[list[str]], title: str | None = "Test Report") -> bytes:
    """A real PDF with a text layer, one list of paragraphs per page."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
    for paragraphs in pages:
        pdf.add_page()
        for para in paragraphs:
            pdf.multi_cell(0, 6, para)
            pdf.ln(6)
    return bytes(pdf.output())


def make_scanned_pdf(n_pages: int = 2) -> bytes:
    """A PDF whose pages hold only drawings: what a scan without OCR looks like to a reader."""
    pdf = FPDF()
    for _ in range(n_pages):
        pdf.add_page()
        pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())
