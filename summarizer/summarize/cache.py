"""The response cache: content-addressed, on disk, so no paid call is ever made twice.

The key is a hash of everything that shapes the answer: API family, base URL, model, parameters,
the rendered messages and the prompt's version. A response is written here (atomically) the moment
it arrives, before anything else is done with it; failed calls are never cached.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.files import write_atomic
from summarizer.providers.base import Response


def cache_key(
    family: str,
    base_url: str,
    model: str,
    params: Mapping[str, Any],
    messages: Sequence[Mapping[str, str]],
    prompt_version: str,
) -> str:
    material = json.dumps(
        {
            "family": family,
            "base_url": base_url,
            "model": model,
            "params": dict(params),
            "messages": [dict(m) for m in messages],
            "prompt": prompt_version,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Response | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return replace(Response.from_dict(data), cached=True)

    def put(self, key: str, response: Response) -> None:
        if response.status == "ok":
            write_atomic(self._path(key), json.dumps(response.to_dict(), ensure_ascii=False))
