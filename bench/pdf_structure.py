"""PDF structure on real report PDFs with hand-checked gold (../shared/data/reports-pdf; see its
README): heading recall and precision (levels 1-2), title match, running-text lines left in the
text, line-end hyphen splits left, pages per second — for summarizer's reader and, beside it, plain
pypdf extraction (page.extract_text, metadata title, no headings).

    python bench/pdf_structure.py [--data DIR] [--workers N] [--no-outline] [--show]

Matching follows the gold README: whitespace ignored, case-insensitive; a heading matches a gold
heading with the same text on the same page; optional gold headings are neither required nor
counted against precision. Deeper headings (level 3+) are not scored. p/s is pages per second of
wall time (the machine's load shows in it), p/cpu-s pages per CPU second (worker processes
included), which does not depend on other work on the machine.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import re
import resource
import time
from pathlib import Path

from pypdf import PdfReader

from summarizer.document import build_document
from summarizer.fetch.pdf import pdf_blocks

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "reports-pdf"


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def running_patterns(entries: list[str], labels: tuple[str, ...]) -> list[re.Pattern[str]]:
    """The gold's running-text descriptions as patterns for a page with these printed labels:
    '(…)' notes dropped, '<… number>' as the label; an entry that is only a page number
    matches a line holding nothing else."""
    out = []
    for entry in entries:
        text = re.sub(r"\([^)]*\)", "", entry).strip()
        if not text:
            continue
        parts = re.split(r"<[^>]*number>", text)
        number = r"\s*(?:" + "|".join(map(re.escape, labels)) + r")\s*"
        body = number.join(r"\s*".join(map(re.escape, p.split())) for p in parts)
        only_number = not "".join(parts).strip()
        out.append(re.compile(rf"^\s*{body}\s*$" if only_number else body, re.M | re.I))
    return out


def running_left(pages: dict[int, str], entries: list[str], labels: list[str]) -> int:
    """Running-text lines left in each page's text (a paragraph that runs over a page break
    is filed under its first page, so the next page's label counts too)."""
    n = 0
    for page, text in pages.items():
        near = tuple(labels[i] for i in (page - 1, page) if 0 <= i < len(labels))
        n += sum(len(p.findall(text)) for p in running_patterns(entries, near))
    return n


def score(headings: list[tuple[int, str, int]], gold: list[dict]) -> tuple[int, int, int, int]:
    """(gold found, gold required, predicted matched, predicted scored) at levels 1-2."""
    pred = [(norm(t), p) for lvl, t, p in headings if lvl <= 2]
    used = [False] * len(pred)
    found = required = 0
    optional = set()
    for g in gold:
        hit = next(
            (
                i
                for i, (t, p) in enumerate(pred)
                if not used[i] and t == norm(g["text"]) and p == g["page"]
            ),
            None,
        )
        if hit is not None:
            used[hit] = True
            if g.get("optional"):
                optional.add(hit)
        if not g.get("optional"):
            required += 1
            found += hit is not None
    scored = len(pred) - len(optional)
    return found, required, sum(used) - len(optional), scored


def cpu() -> float:
    """CPU seconds of this process and its finished worker processes."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def ours(data: bytes, name: str, workers: int | None, use_outline: bool = True) -> dict:
    t, c = time.perf_counter(), cpu()
    title, blocks = pdf_blocks(data, name, workers=workers, use_outline=use_outline)
    doc = build_document(blocks, title=title or name, source=name, kind="pdf")
    doc.to_markdown()
    seconds, cpu_s = time.perf_counter() - t, cpu() - c
    pages: dict[int, str] = {}  # the text of source.md by page, headings included
    for b in blocks:
        pages[b.page or 0] = pages.get(b.page or 0, "") + b.text + "\n"
    headings = [(b.level, b.text, b.page or 0) for b in blocks if b.kind == "heading"]
    return {
        "title": doc.title,
        "pages": pages,
        "headings": headings,
        "seconds": seconds,
        "cpu": cpu_s,
    }


def plain(data: bytes) -> dict:
    t, c = time.perf_counter(), cpu()
    reader = PdfReader(io.BytesIO(data))
    pages = {i: page.extract_text() or "" for i, page in enumerate(reader.pages, 1)}
    meta = reader.metadata.get("/Title") if reader.metadata else None
    return {
        "title": str(meta or ""),
        "pages": pages,
        "headings": [],
        "seconds": time.perf_counter() - t,
        "cpu": cpu() - c,
    }


def measure(result: dict, entry: dict, labels: list[str]) -> dict:
    found, required, matched, scored = score(result["headings"], entry["headings"])
    running = running_left(result["pages"], entry["running_text"], labels)
    flat = norm("".join(result["pages"].values()))
    splits = sum(norm(h["joined"]) not in flat for h in entry["hyphenated"])
    return {
        "found": found,
        "required": required,
        "matched": matched,
        "scored": scored,
        "title": norm(result["title"]) == norm(entry["title"]),
        "running": running,
        "splits": splits,
        "n_hyphen": len(entry["hyphenated"]),
        "seconds": result["seconds"],
        "cpu": result["cpu"],
        "pages": entry["pages"],
    }


def report(label: str, rows: list[tuple[str, dict]]) -> None:
    print(f"\n{label}")
    print(
        f"{'file':50} {'recall':>7} {'prec':>6} {'title':>6} {'running':>8} {'hyphen':>7} "
        f"{'p/s':>6} {'p/cpu-s':>8}"
    )
    tot = dict.fromkeys(
        (
            "found",
            "required",
            "matched",
            "scored",
            "running",
            "splits",
            "n_hyphen",
            "seconds",
            "cpu",
            "pages",
        ),
        0.0,
    )
    titles = 0
    for name, m in rows:
        for k in tot:
            tot[k] += m[k]
        titles += m["title"]
        rec = m["found"] / m["required"] if m["required"] else 0.0
        prec = m["matched"] / m["scored"] if m["scored"] else 0.0
        print(
            f"{name[:50]:50} {rec:7.2f} {prec:6.2f} {'yes' if m['title'] else 'no':>6} "
            f"{m['running']:8d} {m['splits']:3d}/{m['n_hyphen']:<3d} "
            f"{m['pages'] / m['seconds']:6.1f} {m['pages'] / m['cpu']:8.1f}"
        )
    rec = tot["found"] / tot["required"]
    prec = tot["matched"] / tot["scored"] if tot["scored"] else 0.0
    print(
        f"{'all':50} {rec:7.2f} {prec:6.2f} {titles:>4d}/{len(rows)} {int(tot['running']):8d} "
        f"{int(tot['splits']):3d}/{int(tot['n_hyphen']):<3d} {tot['pages'] / tot['seconds']:6.1f} "
        f"{tot['pages'] / tot['cpu']:8.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--workers", type=int, default=None, help="processes (default: cores, ≤4)")
    ap.add_argument("--show", action="store_true", help="print the headings found")
    ap.add_argument(
        "--no-outline",
        action="store_true",
        help="headings from typography even where the PDF has an outline",
    )
    args = ap.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    gold = json.loads((args.data / "gold.json").read_text(encoding="utf-8"))
    mine, base = [], []
    for entry in gold["files"]:
        data = (args.data / entry["file"]).read_bytes()
        result = ours(data, entry["file"], args.workers, not args.no_outline)
        if args.show:
            print(entry["file"], "title:", result["title"])
            for level, text, page in result["headings"]:
                print(f"  {'  ' * (level - 1)}{level} p{page} {text}")
        labels = PdfReader(io.BytesIO(data)).page_labels
        mine.append((entry["file"], measure(result, entry, labels)))
        base.append((entry["file"], measure(plain(data), entry, labels)))
    report("plain pypdf (extract_text, metadata title)", base)
    report("summarizer (fetch.pdf)" + (", typography only" if args.no_outline else ""), mine)


if __name__ == "__main__":
    main()
