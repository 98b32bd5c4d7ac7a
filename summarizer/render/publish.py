"""Publishing a post into the blog without ever destroying the author's work: a digest in the
front matter tells a post we wrote and nobody touched (safe to replace on a re-run) from one the
author edited (kept unless --force), and a post of another report is never taken for this one's."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from summarizer.errors import OutputExistsError
from summarizer.files import write_atomic
from summarizer.lang.text import slugify


def post_path(
    blog_dir: Path,
    title: Mapping[str, str],
    primary: str,
    today: date | None = None,
    suffix: str = "",
) -> Path:
    day = today or date.today()
    return blog_dir / "_posts" / f"{day.isoformat()}-{post_slug(title, primary)}{suffix}.md"


def post_slug(title: Mapping[str, str], primary: str) -> str:
    """The post's name: its English title, else its title in the post's language, else any
    (a Chinese one in pinyin) — never a bare "report" while a title is known."""
    return slugify(title.get("en") or title.get(primary) or next(iter(title.values()), ""))


DIGEST_KEY = "summarizer_digest"
_DIGEST_LINE = re.compile(rf"^{DIGEST_KEY}: [0-9a-f]+\n", re.MULTILINE)


def _digest(text: str) -> str:
    return hashlib.sha256(_DIGEST_LINE.sub("", text, count=1).encode("utf-8")).hexdigest()[:20]


def stamp(text: str) -> str:
    """Add a digest of the post to its front matter, so a later run can tell a post it wrote
    (safe to replace) from one the author has edited (never replaced without --force)."""
    end = text.index("\n---\n", 4)
    return f"{text[:end]}\n{DIGEST_KEY}: {_digest(text)}{text[end:]}"


def edited_by_hand(text: str) -> bool:
    """True unless the text still matches the digest it was written with."""
    found = re.search(rf"^{DIGEST_KEY}: ([0-9a-f]+)$", text, re.MULTILINE)
    return not found or found.group(1) != _digest(text)


def publish(text: str, path: Path, force: bool) -> tuple[Path, str]:
    """Write the post without destroying the author's edits. Returns where it went and what
    happened: 'written', 'unchanged', 'updated' (ours, untouched, replaced), 'overwritten'
    (--force), or 'beside': the author edited the post, which is kept, and the new version is
    written next to it (`beside_path`, a name Jekyll does not publish)."""
    status = "written"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if old == text:
            return path, "unchanged"
        if edited_by_hand(old) and not force:
            write_atomic(beside_path(path), text)
            return beside_path(path), "beside"
        status = "overwritten" if edited_by_hand(old) else "updated"
    write_atomic(path, text)
    return path, status


def beside_path(path: Path) -> Path:
    """Where the new version of an edited post goes: `_<name>.new.md` in the same folder. Jekyll
    skips files whose names begin with '_', so it is not published as a second post."""
    return path.with_name(f"_{path.stem}.new{path.suffix}")


def free_path(path: Path, text: str) -> tuple[Path, str]:
    """(`path`, the post) — or `name-2.md`, `name-3.md`… when `path` holds the post of another
    report (same date and title words, another page_id or source): that post is not this one
    to replace. A numbered post's page_id takes its number, so that no two posts share one."""
    candidate, n, numbered = path, 1, text
    while candidate.exists() and _identity(candidate.read_text(encoding="utf-8")) != _identity(
        numbered
    ):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        numbered = re.sub(r"^(page_id: .*)$", rf"\1-{n}", text, count=1, flags=re.MULTILINE)
    return candidate, numbered


def _identity(post: str) -> tuple[str, str]:
    """What makes a post the post of one report: its page_id and source lines."""
    page = re.search(r"^page_id: (.*)$", post, re.MULTILINE)
    source = re.search(r"^source:\n((?:  .*\n)+)", post, re.MULTILINE)
    return (page.group(1) if page else "", source.group(1) if source else "")


def check_publishable(text: str, path: Path, force: bool) -> None:
    """Raise unless writing `text` to `path` is safe: it is new, ours and untouched, or forced."""
    if path.exists() and not force:
        old = path.read_text(encoding="utf-8")
        if old != text and edited_by_hand(old):
            raise OutputExistsError(
                f"{path} already exists and was edited by hand; it is kept. The new post is in "
                "the run folder (post.md); pass --force to overwrite the edited one"
            )


def other_layouts(posts: list[tuple[Path, str]], langs: tuple[str, ...], split: bool) -> list[Path]:
    """Posts of the same report in the other layout — the bilingual `<slug>.md` when the posts
    are now split into `<slug>-zh.md`/`<slug>-en.md`, or those when it is now one post — that
    we wrote and nobody edited: they are replaced by `posts` (any date). An edited one stays."""
    found = []
    for path, text in posts:
        slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
        if split:
            slug = slug.rsplit("-", 1)[0]
        forms = {f"{slug}{suffix}" for suffix in ("", *(f"-{lang}" for lang in langs))}
        for other in path.parent.glob("????-??-??-*.md"):
            if other.stem[11:] not in forms or other in found:
                continue
            if any(other == p for p, _ in posts):
                continue
            old = other.read_text(encoding="utf-8")
            if _identity(old) == _identity(text) and not edited_by_hand(old):
                found.append(other)
    return found
