"""Shared fixtures: every test runs in its own folder with its own caches, and tests that need
HTTP get a real server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder; caches (ours and tiktoken's) live inside it."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "tiktoken"))
    for var in (
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "GEMINI_API_KEY",
        "DASHSCOPE_API_KEY",
        "ARK_API_KEY",
        "DEEPSEEK_API_KEY",
        "OPENROUTER_API_KEY",
    ):
        monkeypatch.delenv(var, raising=False)
    return work


Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


@dataclass
class LocalServer:
    url: str
    routes: dict[str, Route | tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1; tests put responses in `server.routes[path]`.
    A response with the header X-No-Length is sent without Content-Length (read to the close)."""
    state = LocalServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            state.requests.append((self.path, dict(self.headers)))
            route = state.routes.get(self.path)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            elif callable(route):
                status, headers, body = route(self)
            else:
                status, headers, body = route
            headers = dict(headers)
            self.send_response(status)
            no_length = headers.pop("X-No-Length", None) if isinstance(headers, dict) else None
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers and not no_length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def fake_llm() -> Iterator[Any]:
    """The fake OpenAI/Anthropic API (tests/fake_llm.py) on 127.0.0.1."""
    from tests.fake_llm import FakeLLM, start

    fake = FakeLLM()
    httpd = start(fake)
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()
