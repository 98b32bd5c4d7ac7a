"""One registry of model providers. A name — "baseline/textrank", a preset like
"openai/gpt-4.1-mini" or "qwen/qwen-plus", or a [[models]] entry of summarizer.toml — becomes a
ModelSpec (data), then a provider. OpenAI-compatible services are data in
summarizer/data/models.toml, not code."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from summarizer.errors import ConfigError
from summarizer.providers.spec import ModelSpec

if TYPE_CHECKING:
    from summarizer.providers.base import Provider


# The baselines (numpy, rapidfuzz) and the SDKs are imported when a provider is made, not when
# a name is looked up: `summarizer --help` and `models` need none of them.
def _lead() -> Provider:
    from summarizer.providers.baseline import LeadBaseline

    return LeadBaseline()


def _textrank() -> Provider:
    from summarizer.providers.baseline import TextRankBaseline

    return TextRankBaseline()


BASELINES: dict[str, Callable[[], Provider]] = {
    "baseline/lead": _lead,
    "baseline/textrank": _textrank,
}
DEFAULT_OFFLINE = tuple(BASELINES)
APIS = ("openai", "anthropic", "langchain")
NUMBERS = (
    "context_window",
    "max_output_tokens",
    "price_in_per_mtok",
    "price_out_per_mtok",
    "price_cached_in_per_mtok",
)


@lru_cache(maxsize=1)
def presets() -> dict[str, Any]:
    text = (resources.files("summarizer") / "data" / "models.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def families() -> dict[str, dict[str, Any]]:
    return dict(presets()["families"])


def presets_models() -> list[str]:
    return list(presets().get("models", {}))


def spec_for(entry: Mapping[str, Any]) -> ModelSpec:
    """A [[models]] entry (or just {"model": "family/id"}) → ModelSpec, presets filled in."""
    full = str(entry["model"])
    family, sep, model_id = full.partition("/")
    fam = families().get(family) if sep else None
    api = entry.get("provider") or (fam or {}).get("api")
    if api is None:
        raise ConfigError(
            f"unknown model '{full}': use one of the families {', '.join(families())} "
            '(e.g. openai/gpt-4.1-mini), or give provider = "openai" and base_url in '
            "summarizer.toml"
        )
    if api not in APIS:
        raise ConfigError(f"model '{full}': provider must be one of {', '.join(APIS)}")
    known = presets().get("models", {}).get(full, {})
    fam = fam or {}
    spec = ModelSpec(
        name=str(entry.get("name") or full),
        family=family if fam else api,
        api=api,
        model=model_id if fam and not entry.get("provider") else full,
        base_url=str(entry.get("base_url") or fam.get("base_url") or ""),
        api_key_env=str(entry.get("api_key_env", fam.get("api_key_env", ""))),
        structured=str(fam.get("structured", "tool" if api == "anthropic" else "json_object")),
        concurrency=int(entry.get("concurrency") or fam.get("concurrency", 4)),
    )
    numbers = {**known, **{k: v for k, v in entry.items() if k in NUMBERS}}
    if family == "ollama" and "context_window" not in numbers:
        window = ollama_context(spec.base_url, spec.model)
        if window:
            numbers["context_window"] = window
    priced = "price_in_per_mtok" in numbers or (fam.get("api_key_env") == "" and api != "langchain")
    return replace(spec, priced=priced, **numbers)


@lru_cache(maxsize=64)
def ollama_context(base_url: str, model: str) -> int | None:
    """The context an Ollama server gives `model`, from its show endpoint: the num_ctx it runs
    the model with when one is set, else the model's own context length. None when the server
    cannot say (not running, an old version): the data file's value stands."""
    import httpx

    root = base_url.rstrip("/").removesuffix("/v1")
    try:
        reply = httpx.post(f"{root}/api/show", json={"model": model, "name": model}, timeout=3.0)
        data = reply.json() if reply.status_code == 200 else {}
    except (httpx.HTTPError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    params = re.search(r"^\s*num_ctx\s+(\d+)", str(data.get("parameters") or ""), re.MULTILINE)
    if params:
        return int(params.group(1))
    info = data.get("model_info")
    lengths = [
        v
        for k, v in (info.items() if isinstance(info, dict) else [])
        if k.endswith(".context_length") and isinstance(v, int) and v > 0
    ]
    return lengths[0] if lengths else None


def specs_for(names: Sequence[str], configured: Sequence[Mapping[str, Any]]) -> list[ModelSpec]:
    """Specs for the names asked for; a name matches a configured entry's name or model."""
    out = []
    for name in dict.fromkeys(names):
        entry = next((m for m in configured if name in (m.get("name"), m.get("model"))), None)
        out.append(spec_for(entry or {"model": name}))
    return out


def missing_keys(specs: Sequence[ModelSpec]) -> list[str]:
    return [
        f"{s.api_key_env} (for {s.name})"
        for s in specs
        if s.api_key_env and not os.environ.get(s.api_key_env)
    ]


def resolve(
    names: Sequence[str], configured: Sequence[Mapping[str, Any]] = (), need_keys: bool = True
) -> list[Provider]:
    """Ready providers, in order. Every missing key is named before anything is called
    (`need_keys=False`: a plan that calls nothing builds them anyway)."""
    baselines = [BASELINES[n]() for n in dict.fromkeys(names) if n in BASELINES]
    specs = specs_for([n for n in names if n not in BASELINES], configured)
    missing = missing_keys(specs)
    if missing and need_keys:
        raise ConfigError(
            "missing API key: set the environment variable "
            + ", ".join(missing)
            + " (or drop that model)"
        )
    return [*baselines, *(build(s) for s in specs)]


def build(spec: ModelSpec) -> Provider:
    key = os.environ.get(spec.api_key_env) if spec.api_key_env else None
    if spec.api == "anthropic":
        from summarizer.providers.anthropic import AnthropicProvider

        return AnthropicProvider(spec, key)
    if spec.api == "langchain":
        from summarizer.providers.langchain import LangChainProvider

        return LangChainProvider(spec)
    from summarizer.providers.openai import OpenAIProvider

    return OpenAIProvider(spec, key)
