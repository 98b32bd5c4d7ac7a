"""The summarize stage's engine: every model at once (asyncio), each response saved as soon as it
arrives, one model's failure never stopping the others."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from summarizer.errors import SummarizerError
from summarizer.files import write_atomic
from summarizer.providers.base import Provider, Request, Response

Progress = Callable[[str, str], None]  # (model, event) → None


def response_path(responses_dir: Path, model: str) -> Path:
    return responses_dir / (re.sub(r"[^A-Za-z0-9._-]+", "_", model) + ".json")


async def _one(
    provider: Provider, request: Request, responses_dir: Path, progress: Progress
) -> Response:
    progress(provider.name, "running")
    start = time.perf_counter()
    try:
        response = await provider.complete(request)
    except SummarizerError as exc:
        response = Response(
            provider.name,
            provider.family,
            status="failed",
            error=str(exc),
            latency_s=time.perf_counter() - start,
        )
    write_atomic(
        response_path(responses_dir, provider.name),
        json.dumps(response.to_dict(), ensure_ascii=False, indent=1),
    )
    progress(provider.name, "done" if response.status == "ok" else f"failed: {response.error}")
    return response


async def run_models(
    providers: Sequence[Provider],
    request_for: Callable[[Provider], Request],
    responses_dir: Path,
    progress: Progress,
) -> list[Response]:
    for p in providers:
        progress(p.name, "queued")
    return list(
        await asyncio.gather(*(_one(p, request_for(p), responses_dir, progress) for p in providers))
    )


def load_responses(responses_dir: Path) -> list[Response]:
    return [
        Response.from_dict(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(responses_dir.glob("*.json"))
    ]
