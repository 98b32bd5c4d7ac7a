"""Any langchain-core `BaseChatModel` as a provider, named by its import path in config
(provider = "langchain", model = "package.module:ClassName", extra keyword arguments none)."""

from __future__ import annotations

import importlib
import time

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from summarizer.errors import BadOutput, ConfigError, Transient
from summarizer.providers.answer_json import parse_json_answer
from summarizer.providers.base import Request, Response
from summarizer.providers.spec import ModelSpec


def load_chat_model(path: str) -> BaseChatModel:
    module_name, _, attr = path.partition(":")
    try:
        target = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ConfigError(
            f"cannot import the langchain model '{path}' ({exc}); use 'package.module:ClassName'"
        ) from exc
    model = target() if isinstance(target, type) else target
    if not isinstance(model, BaseChatModel):
        raise ConfigError(f"'{path}' is not a langchain-core BaseChatModel")
    return model


class LangChainProvider:
    def __init__(self, spec: ModelSpec, chat_model: BaseChatModel | None = None) -> None:
        self.name, self.family, self.spec = spec.name, spec.family, spec
        self.model = chat_model or load_chat_model(spec.model)

    async def complete(self, request: Request) -> Response:
        start = time.perf_counter()
        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        messages = [kinds[m["role"]](content=m["content"]) for m in request.messages]
        try:
            answer = await self.model.ainvoke(messages)
        except (TimeoutError, ConnectionError) as exc:
            raise Transient(f"{self.name}: {exc}") from exc
        text = answer.content if isinstance(answer.content, str) else str(answer.content)
        if not text.strip():
            raise BadOutput(f"{self.name}: empty answer")
        usage = getattr(answer, "usage_metadata", None) or {}
        tokens_in, tokens_out = usage.get("input_tokens", 0), usage.get("output_tokens", 0)
        return Response(
            self.name,
            self.family,
            text=text,
            structured=parse_json_answer(text),
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            cost_usd=self.spec.cost(tokens_in, tokens_out),
            latency_s=time.perf_counter() - start,
            prompt_version=request.prompt_version,
        )
