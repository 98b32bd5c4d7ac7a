"""A real `jekyll build` of a generated post (Debian's jekyll; .ci/run installs it)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from summarizer.cli import main

REPO_BLOG = Path(__file__).resolve().parent.parent / "blog"


@pytest.fixture
def jekyll() -> str:
    exe = shutil.which("jekyll")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("jekyll is missing in CI: .ci/run must apt-get install jekyll")
        pytest.skip(
            "site build NOT tested: Debian's jekyll is not installed (apt-get install jekyll)"
        )
    return exe


def fresh_site(tmp_path: Path) -> Path:
    """A copy of the repository's blog/, without built pages or posts."""
    site = tmp_path / "blog"
    shutil.copytree(
        REPO_BLOG, site, ignore=shutil.ignore_patterns("_site", ".jekyll-cache", "*.md")
    )
    return site


def build(jekyll: str, site: Path) -> subprocess.CompletedProcess[str]:
    """Debian's jekyll, offline, as a user runs it (no Bundler)."""
    return subprocess.run(
        [jekyll, "build", "--quiet"],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "JEKYLL_NO_BUNDLER_REQUIRE": "true"},
    )


def test_generated_post_builds_and_reads_right(jekyll: str, tmp_path: Path) -> None:
    site = fresh_site(tmp_path)
    assert main(["run", "--blog", str(site)]) == 0
    proc = build(jekyll, site)
    assert proc.returncode == 0, proc.stderr
    [page] = list((site / "_site").glob("20*/**/index.html"))
    html = page.read_text(encoding="utf-8")
    assert 'class="footnotes"' in html
    assert html.count('role="doc-noteref"') >= 10
    assert "<table" in html and "baseline/textrank" in html
    assert 'lang="en"' in html  # the second language beneath the first
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert "与机器一起交付" in index


def test_hostile_report_and_summary_build_safely(jekyll: str, tmp_path: Path, server) -> None:
    from tests.injection import EVIL_REPORT, EVIL_SUMMARY

    site = fresh_site(tmp_path)
    server.routes["/r.html"] = (200, {"Content-Type": "text/html"}, EVIL_REPORT.encode())
    Path("evil.md").write_text(EVIL_SUMMARY, encoding="utf-8")
    assert (
        main(
            [
                "run",
                server.url + "/r.html",
                "--summary",
                "m=evil.md",
                "--blog",
                str(site),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    proc = build(jekyll, site)
    assert proc.returncode == 0, proc.stderr  # a Liquid include of a missing file did not run
    [page] = list((site / "_site").glob("20*/**/index.html"))
    html = page.read_text(encoding="utf-8")
    assert "{% include evil.html %}" in html and "{{ site.title }}" in html  # shown literally
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert 'class="footnotes"' in html
    assert re.search(r'<a href="http://127\.0\.0\.1:\d+/r\.html"[^>]*target="_blank"', html)
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index
