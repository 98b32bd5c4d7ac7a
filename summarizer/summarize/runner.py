"""The summarize stage's engine: every model at once (asyncio), under a global limit and a limit
per API family, with per-call timeouts and retries that this runner owns (the SDKs' own are off).

- 429, 5xx, timeouts and dropped connections are retried with exponential backoff and jitter;
  a Retry-After is honoured up to MAX_WAIT — a provider asking for longer fails that model with
  a message instead of hanging the run.
- Every response is cached the moment it arrives; a re-run (or a run resumed after Ctrl-C)
  repeats no call that had completed.
- One model failing never stops the others: it is marked failed, and the run goes on.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from summarizer.errors import RateLimited, SummarizerError, Transient
from summarizer.files import write_atomic
from summarizer.providers.base import Provider, Request, Response
from summarizer.providers.keys import redact
from summarizer.providers.spec import ModelSpec
from summarizer.summarize.cache import ResponseCache, cache_key
from summarizer.summarize.merge_chunks import merge_responses

Progress = Callable[[str, str], None]  # (model, event) → None


@dataclass(frozen=True)
class RunnerOptions:
    concurrency: int = 8  # calls in flight, all models together
    timeout_s: float = 300.0  # one call
    attempts: int = 4  # calls per model at most, retries included
    backoff_s: float = 1.0  # first wait; doubles each retry, with jitter
    max_wait_s: float = 60.0  # the longest Retry-After honoured
    refresh: bool = False  # ignore the cache (still write to it)


def response_path(responses_dir: Path, model: str) -> Path:
    """responses/<name>.json, readable and one file per model: letters of any script are kept
    (豆包.json), '/' becomes '_' (baseline_lead.json), and a name the mapping cannot be undone
    for (one with '_' or another character a file name should not hold) gets a short hash of
    itself, so a/b and a_b never share a file."""
    stem = re.sub(r"[^\w.-]", "_", model).strip(".") or "_"
    if stem.replace("_", "/") != model:
        stem += "-" + hashlib.sha256(model.encode("utf-8")).hexdigest()[:8]
    return responses_dir / f"{stem}.json"


def save_response(responses_dir: Path, response: Response, name: str | None = None) -> Path:
    """responses/<name>.json: the one place a run's responses are written (answers as they
    arrive, and summaries the user brought). `name`: the model as the run calls it, when the
    response (one from the cache, say) may carry another."""
    return write_atomic(
        response_path(responses_dir, name or response.model),
        json.dumps(response.to_dict(), ensure_ascii=False, indent=1),
    )


def request_key(provider: Provider, request: Request) -> str | None:
    spec = getattr(provider, "spec", None)
    if spec is None:  # offline baselines: free and instant, nothing to cache
        return None
    return spec_request_key(spec, request)


def spec_request_key(spec: ModelSpec, request: Request) -> str:
    """The cache key of `request` sent to the model `spec` names."""
    return cache_key(
        spec.api,
        spec.base_url,
        spec.model,
        request.params,
        request.messages,
        request.prompt_version,
    )


class Runner:
    def __init__(self, options: RunnerOptions, cache: ResponseCache, progress: Progress) -> None:
        self.options, self.cache, self.progress = options, cache, progress
        self.limit = asyncio.Semaphore(options.concurrency)
        self.family_limits: dict[str, asyncio.Semaphore] = {}

    def _family_limit(self, provider: Provider) -> asyncio.Semaphore:
        spec = getattr(provider, "spec", None)
        if provider.family not in self.family_limits:
            self.family_limits[provider.family] = asyncio.Semaphore(
                spec.concurrency if spec else self.options.concurrency
            )
        return self.family_limits[provider.family]

    async def one(self, provider: Provider, request: Request) -> Response:
        key = request_key(provider, request)
        if key and not self.options.refresh:
            hit = self.cache.get(key)
            if hit is not None:
                self.progress(provider.name, "done (cached, no call)")
                return hit
        start = time.perf_counter()
        for attempt in range(1, self.options.attempts + 1):
            try:
                async with self.limit, self._family_limit(provider):
                    self.progress(
                        provider.name, "running" if attempt == 1 else f"running (attempt {attempt})"
                    )
                    response = await asyncio.wait_for(
                        provider.complete(request), self.options.timeout_s
                    )
                response = replace(response, attempts=attempt)
                if key:
                    self.cache.put(key, response)  # before anything else happens to it
                self.progress(provider.name, _done(response))
                return response
            except (RateLimited, Transient, TimeoutError) as exc:
                wait = self._wait(exc, attempt)
                if isinstance(wait, str):
                    return self._failed(provider, wait, start, attempt)
                if attempt == self.options.attempts:
                    return self._failed(
                        provider,
                        f"{_describe(exc, provider)}; gave up after {attempt} attempts",
                        start,
                        attempt,
                    )
                self.progress(
                    provider.name, f"retrying in {wait:.1f}s ({_describe(exc, provider)})"
                )
                await asyncio.sleep(wait)
            except SummarizerError as exc:  # Fatal, BadOutput, a missing key: no retry helps
                return self._failed(provider, str(exc), start, attempt)
        raise AssertionError("unreachable")

    def _wait(self, exc: Exception, attempt: int) -> float | str:
        """Seconds to wait before the next attempt, or why not to retry at all."""
        asked = exc.retry_after if isinstance(exc, RateLimited) else None
        if asked is not None:
            if asked > self.options.max_wait_s:
                return (
                    f"{exc}; the provider asks to wait {asked:.0f}s, more than the "
                    f"{self.options.max_wait_s:.0f}s limit — try again later"
                )
            return asked
        base = self.options.backoff_s * 2 ** (attempt - 1)
        return min(self.options.max_wait_s, base * (0.5 + random.random()))

    def _failed(self, provider: Provider, error: str, start: float, attempts: int) -> Response:
        spec = getattr(provider, "spec", None)
        error = redact(error, [spec.api_key_env] if spec else [])  # a server may echo the key
        self.progress(provider.name, f"failed: {error}")
        return Response(
            provider.name,
            provider.family,
            status="failed",
            error=error,
            latency_s=time.perf_counter() - start,
            attempts=attempts,
        )


def _describe(exc: Exception, provider: Provider) -> str:
    return str(exc) if str(exc) else f"{provider.name}: timed out"


def _done(r: Response) -> str:
    parts = ["done"]
    if r.tokens_in or r.tokens_out:
        parts.append(f"{r.tokens_in:,} in / {r.tokens_out:,} out tokens, ${r.cost_usd:.4f}")
    if r.finish_reason == "length":
        parts.append("TRUNCATED at the output limit")
    return ", ".join(parts)


async def run_models(
    providers: Sequence[Provider],
    requests_for: Callable[[Provider], Sequence[Request]],
    responses_dir: Path,
    progress: Progress,
    cache: ResponseCache,
    options: RunnerOptions | None = None,
) -> list[Response]:
    """Every provider's requests at once (more than one when the report was split); a provider's
    answers to its chunks are merged into one response."""
    runner = Runner(options or RunnerOptions(), cache, progress)

    async def one(provider: Provider) -> Response:
        requests = requests_for(provider)
        parts = await asyncio.gather(*(runner.one(provider, r) for r in requests))
        response = (
            parts[0] if len(parts) == 1 else merge_responses(provider.name, provider.family, parts)
        )
        save_response(responses_dir, response, provider.name)
        return response

    for p in providers:
        progress(p.name, "queued")
    try:
        return list(await asyncio.gather(*(one(p) for p in providers)))
    finally:
        for p in providers:
            close = getattr(p, "aclose", None)
            if close is not None:
                await close()


def load_responses(responses_dir: Path) -> list[Response]:
    return [
        Response.from_dict(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(responses_dir.glob("*.json"))
    ]
