"""The provider protocol and the data that crosses it.

A provider turns a `Request` into a `Response` with one async method. Adapters translate their
SDK's errors into ours (summarizer.errors) at this boundary, so the runner never sees an SDK type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from summarizer.document import Document


@dataclass(frozen=True)
class Request:
    model: str  # the label used in outputs and the post, e.g. "baseline/textrank"
    document: Document | None  # the report (the baselines read it; LLMs get `messages`)
    messages: tuple[Mapping[str, str], ...] = ()  # rendered prompt, for LLM families
    prompt_version: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Response:
    model: str
    provider: str  # the API family: baseline | openai | anthropic | langchain
    status: str = "ok"  # ok | failed
    text: str = ""  # the answer as returned (JSON or Markdown)
    structured: Mapping[str, Any] | None = None  # the parsed JSON, when the answer was JSON
    error: str | None = None
    finish_reason: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_cached: int = 0  # input tokens the provider served from its prompt cache
    cost_usd: float = 0.0
    latency_s: float = 0.0
    prompt_version: str = ""
    cached: bool = False  # served from the response cache, no call made
    attempts: int = 0  # calls made for it (retries included)
    chunks: int = 1  # calls it took: more than one when the report was split (map-reduce)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Response:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


class Provider(Protocol):
    """What every model family implements."""

    name: str  # label, as in Request.model
    family: str

    async def complete(self, request: Request) -> Response: ...
