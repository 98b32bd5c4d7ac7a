"""Downloading a report over HTTP(S) with httpx: timeouts, a redirect limit, a size cap, and a
cache that revalidates with ETag / Last-Modified so a re-run does not download the report again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import httpx

from summarizer import __version__
from summarizer.errors import SourceError
from summarizer.files import write_atomic

MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"summarizer/{__version__}"


class HTTPStatusError(SourceError):
    """The server answered with an error status (kept in `status`)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Download:
    url: str  # after redirects
    body: bytes
    content_type: str  # media type from the header, lower-case, without parameters
    charset: str | None  # charset parameter from the header
    from_cache: bool = False


def download(url: str, *, max_bytes: int, cache_dir: Path | None) -> Download:
    """GET the URL; raise SourceError with one clear line for every way that can fail."""
    cached = _read_cache(cache_dir, url)
    headers = {"User-Agent": USER_AGENT}
    if cached:
        if cached["etag"]:
            headers["If-None-Match"] = cached["etag"]
        if cached["last_modified"]:
            headers["If-Modified-Since"] = cached["last_modified"]
    try:
        with (
            httpx.Client(
                timeout=TIMEOUT, follow_redirects=True, max_redirects=MAX_REDIRECTS
            ) as client,
            client.stream("GET", url, headers=headers) as resp,
        ):
            if resp.status_code == 304 and cached:
                return Download(
                    cached["url"],
                    cached["body"],
                    cached["content_type"],
                    cached["charset"],
                    from_cache=True,
                )
            if resp.status_code >= 400:
                raise HTTPStatusError(
                    f"{url} answered HTTP {resp.status_code} {resp.reason_phrase}; "
                    "check the address, or download the report and pass the file",
                    resp.status_code,
                )
            body = _read_capped(resp, url, max_bytes)
    except httpx.TooManyRedirects as exc:
        raise SourceError(
            f"{url} redirects more than {MAX_REDIRECTS} times (a redirect loop?); "
            "open it in a browser and pass the final address"
        ) from exc
    except httpx.ConnectError as exc:
        raise SourceError(
            f"cannot connect to {httpx.URL(url).host}: {exc}; "
            "check the address and your network, or pass a local file"
        ) from exc
    except httpx.TimeoutException as exc:
        raise SourceError(f"{url} timed out; try again, or download it and pass the file") from exc
    except httpx.HTTPError as exc:
        raise SourceError(f"downloading {url} failed: {exc}") from exc
    media, charset = _content_type(resp.headers.get("content-type", ""))
    result = Download(str(resp.url), body, media, charset)
    _write_cache(cache_dir, url, result, resp.headers)
    return result


def _read_capped(resp: httpx.Response, url: str, max_bytes: int) -> bytes:
    too_big = SourceError(
        f"{url} is larger than the {max_bytes // 1_000_000} MB limit for a report; "
        "download it and pass a smaller extract (or the text) as a file"
    )
    length = resp.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise too_big
    chunks, size = [], 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def _cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode()).hexdigest()[:32]
    return cache_dir / f"{key}.json", cache_dir / f"{key}.body"


def _read_cache(cache_dir: Path | None, url: str) -> dict | None:
    if cache_dir is None:
        return None
    meta_path, body_path = _cache_paths(cache_dir, url)
    try:
        meta = json.loads(meta_path.read_text())
        meta["body"] = body_path.read_bytes()
    except (OSError, ValueError):
        return None
    return meta


def _write_cache(cache_dir: Path | None, url: str, d: Download, headers: httpx.Headers) -> None:
    etag, modified = headers.get("etag"), headers.get("last-modified")
    if cache_dir is None or not (etag or modified):
        return  # nothing to revalidate with: a cached copy could never be trusted
    meta_path, body_path = _cache_paths(cache_dir, url)
    meta = {
        "url": d.url,
        "content_type": d.content_type,
        "charset": d.charset,
        "etag": etag,
        "last_modified": modified,
    }
    write_atomic(body_path, d.body)
    write_atomic(meta_path, json.dumps(meta))
