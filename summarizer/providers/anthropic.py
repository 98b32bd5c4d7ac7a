"""Anthropic Messages through the `anthropic` SDK. Structured output comes through tool use: the
model is made to call a `summary` tool whose input schema is the summary's shape."""

from __future__ import annotations

import json
import time
from typing import Any

import anthropic

from summarizer.errors import BadOutput
from summarizer.providers.answer_json import SUMMARY_SCHEMA, parse_json_answer
from summarizer.providers.base import Request, Response
from summarizer.providers.sdk_errors import translated_errors
from summarizer.providers.spec import ModelSpec

TOOL = {
    "name": "summary",
    "description": "Record the summary of the report.",
    "input_schema": SUMMARY_SCHEMA,
}


class AnthropicProvider:
    def __init__(self, spec: ModelSpec, api_key: str | None, timeout: float = 300.0) -> None:
        self.name, self.family, self.spec = spec.name, spec.family, spec
        self.client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=spec.base_url or None, max_retries=0, timeout=timeout
        )

    async def aclose(self) -> None:
        await self.client.close()

    async def complete(self, request: Request) -> Response:
        start = time.perf_counter()
        system = "\n\n".join(m["content"] for m in request.messages if m["role"] == "system")
        messages = [_cacheable(m) for m in request.messages if m["role"] != "system"]
        kwargs: dict[str, Any] = {
            "model": self.spec.model,
            "messages": messages,
            "max_tokens": self.spec.max_output_tokens,
            **request.params,
        }
        if system:
            kwargs["system"] = system
        if self.spec.structured == "tool":
            kwargs["tools"] = [TOOL]
            kwargs["tool_choice"] = {"type": "tool", "name": "summary"}
        with translated_errors(self.name, anthropic, transient=(408, 409, 529)):
            result = await self.client.messages.create(**kwargs)
        structured: dict[str, Any] | None = None
        texts: list[str] = []
        for block in result.content:
            if block.type == "tool_use" and isinstance(block.input, dict):
                structured = block.input
                texts.append(json.dumps(block.input, ensure_ascii=False))
            elif block.type == "text":
                texts.append(block.text)
        text = "\n".join(texts)
        if not text.strip():
            raise BadOutput(f"{self.name}: empty answer (stop_reason {result.stop_reason})")
        if structured is None or not isinstance(structured.get("claims"), list):
            structured = parse_json_answer(text)
        usage = result.usage
        # Anthropic counts cache reads and writes apart from input_tokens; ours include them.
        cached = (getattr(usage, "cache_read_input_tokens", 0) or 0) if usage else 0
        written = (getattr(usage, "cache_creation_input_tokens", 0) or 0) if usage else 0
        tokens_in = (usage.input_tokens if usage else 0) + cached + written
        tokens_out = usage.output_tokens if usage else 0
        return Response(
            self.name,
            self.family,
            text=text,
            structured=structured,
            finish_reason="length" if result.stop_reason == "max_tokens" else result.stop_reason,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            tokens_cached=cached,
            cost_usd=self.spec.cost(tokens_in, tokens_out, cached, written),
            latency_s=time.perf_counter() - start,
            prompt_version=request.prompt_version,
        )


def _cacheable(message: dict[str, str] | Any) -> dict[str, Any]:
    """A user message that holds the fenced report becomes two blocks: everything up to the end
    of the report, marked for Anthropic's prompt cache, then the instructions after it."""
    content = str(message["content"])
    end = content.rfind("</report>")
    if message["role"] != "user" or end == -1:
        return dict(message)
    cut = end + len("</report>")
    blocks: list[dict[str, Any]] = [
        {"type": "text", "text": content[:cut], "cache_control": {"type": "ephemeral"}}
    ]
    if content[cut:].strip():
        blocks.append({"type": "text", "text": content[cut:].strip()})
    return {"role": "user", "content": blocks}
