"""OpenAI Chat Completions through the `openai` SDK — OpenAI itself and every OpenAI-compatible
service (Gemini, Qwen, Doubao, DeepSeek, OpenRouter, Ollama), which differ only in data."""

from __future__ import annotations

import time
from typing import Any

import openai

from summarizer.errors import BadOutput
from summarizer.providers.answer_json import SUMMARY_SCHEMA, parse_json_answer
from summarizer.providers.base import Request, Response
from summarizer.providers.sdk_errors import translated_errors
from summarizer.providers.spec import ModelSpec


class OpenAIProvider:
    def __init__(self, spec: ModelSpec, api_key: str | None, timeout: float = 300.0) -> None:
        self.name, self.family, self.spec = spec.name, spec.family, spec
        # The runner owns retries: the SDK's own are off.
        self.client = openai.AsyncOpenAI(
            api_key=api_key or "not-needed", base_url=spec.base_url, max_retries=0, timeout=timeout
        )

    def _format(self) -> dict[str, Any] | None:
        if self.spec.structured == "json_schema":
            return {
                "type": "json_schema",
                "json_schema": {"name": "summary", "schema": SUMMARY_SCHEMA},
            }
        if self.spec.structured == "json_object":
            return {"type": "json_object"}
        return None

    async def aclose(self) -> None:
        await self.client.close()

    async def complete(self, request: Request) -> Response:
        start = time.perf_counter()
        kwargs: dict[str, Any] = {
            "model": self.spec.model,
            "messages": list(request.messages),
            "max_tokens": self.spec.max_output_tokens,
            **request.params,
        }
        if self._format():
            kwargs["response_format"] = self._format()
        with translated_errors(self.name, openai):
            result = await self.client.chat.completions.create(**kwargs)
        if not result.choices:
            raise BadOutput(f"{self.name}: the response has no choices")
        choice = result.choices[0]
        text = choice.message.content or ""
        if not text.strip():
            raise BadOutput(f"{self.name}: empty answer (finish_reason {choice.finish_reason})")
        usage = result.usage
        tokens_in = usage.prompt_tokens if usage else 0
        tokens_out = usage.completion_tokens if usage else 0
        details = getattr(usage, "prompt_tokens_details", None)
        cached = (getattr(details, "cached_tokens", 0) or 0) if details else 0
        return Response(
            self.name,
            self.family,
            text=text,
            structured=parse_json_answer(text),
            finish_reason="length" if choice.finish_reason == "length" else choice.finish_reason,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            tokens_cached=cached,
            cost_usd=self.spec.cost(tokens_in, tokens_out, cached),
            latency_s=time.perf_counter() - start,
            prompt_version=request.prompt_version,
        )
