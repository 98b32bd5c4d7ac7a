"""arXiv papers: an abs/ or pdf/ address is read from arXiv's HTML rendering (arxiv.org/html/ID),
which keeps the paper's sections, lists and tables; when a paper has no HTML rendering (HTTP 404)
its PDF is read instead."""

from __future__ import annotations

import re
from urllib.parse import urlparse

ARXIV_BASE = "https://arxiv.org"
HOSTS = {"arxiv.org", "www.arxiv.org", "export.arxiv.org"}
# new-style ids (2401.01234v2) and old-style ones (hep-th/9901001, math.GT/0309136)
PATH = re.compile(
    r"^/(?:abs|pdf|html)/((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z]{2})?/\d{7})(?:v\d+)?)"
    r"(?:\.pdf)?/?$"
)


def arxiv_id(url: str) -> str | None:
    """The paper id in an arxiv.org abs/, pdf/ or html/ address, else None."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in HOSTS:
        return None
    match = PATH.match(parts.path)
    return match.group(1) if match else None


def arxiv_sources(paper: str, base: str = ARXIV_BASE) -> tuple[str, str]:
    """(HTML rendering, PDF) addresses of a paper on `base` (arXiv itself, a mirror, a test)."""
    base = base.rstrip("/")
    return f"{base}/html/{paper}", f"{base}/pdf/{paper}"
