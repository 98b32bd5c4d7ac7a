"""The side-by-side page in a real headless Chromium (Debian's; .ci/run installs it)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from summarizer.cli import main
from tests.test_compare_cli import DOUBAO, compare_args

if TYPE_CHECKING:  # playwright is optional: without it the browser tests skip
    from playwright.sync_api import Browser, Page


@pytest.fixture
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium or playwright is missing in CI: .ci/run must install them")
        pytest.skip(
            "browser test NOT run: needs Debian's chromium (apt-get install chromium "
            "fonts-wqy-microhei) and the playwright package"
        )
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


def make_page(capsys: pytest.CaptureFixture[str]) -> Path:
    hostile = DOUBAO + '- 利润<script>document.title="owned"</script>翻了三倍。\n'
    assert main(compare_args(doubao=hostile)) == 0
    capsys.readouterr()
    [run] = list(Path("outputs").iterdir())
    assert main(["view", str(run)]) == 0
    page = Path(capsys.readouterr().out.strip())
    assert page.name == "compare.html" and page.parent == run
    return page


def visible_rows(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        "#grid tbody tr", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.id)"
    )


def test_the_page_compares_claim_by_claim(browser, capsys, tmp_path: Path) -> None:
    path = make_page(capsys)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(path.resolve().as_uri())
    assert page.title().endswith("model comparison")  # the hostile script did not run
    assert page.locator("script").count() == 1  # ours only; the model's is text
    assert "<script>" in page.inner_text("#grid")
    headers = page.eval_on_selector_all("#grid thead th", "ths => ths.map(t => t.textContent)")
    assert headers == ["fact", "gemini", "doubao"]
    card = page.eval_on_selector_all("#scorecard thead th", "ths => ths.map(t => t.textContent)")
    assert card[5:9] == ["supported", "unsupported", "contradicted", "unverified"]
    rows = visible_rows(page)
    assert len(rows) == 4
    assert page.locator(".claim.supported").count() >= 3
    assert page.locator(".claim.contradicted").count() == 1
    # why it was flagged is on the page, not only in a tooltip
    assert page.locator(".claim.contradicted .reason").first.is_visible()
    assert "原文" in page.inner_text(".claim.contradicted .reason")
    assert page.locator(".claim.unsupported").count() >= 1
    # two models × three charts: pasted answers have no cost or latency to chart
    assert page.locator("svg rect").count() == 2 * 3

    page.click("button[data-filter=conflicts]")
    conflict_rows = visible_rows(page)
    assert len(conflict_rows) == 1
    assert "gemini: 31%" in page.inner_text(f"#{conflict_rows[0]} td.kind")
    page.click("button[data-filter=unique]")
    assert 0 < len(visible_rows(page)) < len(rows)
    page.click("button[data-filter=all]")
    assert len(visible_rows(page)) == len(rows)

    page.click("button[data-lang=en]")
    assert not page.locator(".claim .zh").first.is_visible()
    page.click("button[data-lang=both]")

    page.locator("a[data-anchor]").first.click()
    assert page.locator("aside .sent.hit").count() == 1

    shot = tmp_path / "view.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
