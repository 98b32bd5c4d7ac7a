"""The side-by-side page at scale: 10 summaries × 200 claims against a ~120k-token source,
rendered in headless Chromium. Prints the page's size, its load time, and how long a filter
click takes to apply.

    python bench/view_render.py      (needs Debian's chromium and the playwright package)
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_scale import big_source, summaries  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from summarizer.compare import compare  # noqa: E402
from summarizer.render.view import write_view  # noqa: E402


def main() -> None:
    doc = big_source()
    comparison = compare(summaries(doc, 10, 200, random.Random(7)), doc)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        page_path = write_view(Path(tmp), comparison, doc)
        print(
            f"written in {time.perf_counter() - started:.2f} s: "
            f"{page_path.stat().st_size / 1e6:.1f} MB, {len(comparison.groups):,} rows, "
            f"{len(comparison.claims):,} claims, 10 model columns"
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            started = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="load")
            print(f"load in Chromium: {time.perf_counter() - started:.2f} s")
            for name in ("conflicts", "unsupported", "all"):
                ms = page.evaluate(
                    """name => { const t = performance.now();
                        document.querySelector(`button[data-filter=${name}]`).click();
                        document.body.offsetHeight;  // force the layout the click causes
                        return performance.now() - t; }""",
                    name,
                )
                print(f"filter '{name}': {ms:.0f} ms")
            browser.close()


if __name__ == "__main__":
    main()
