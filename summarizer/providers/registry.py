"""One registry of model providers: a name ("baseline/textrank", later "openai/gpt-4.1-mini")
→ a ready provider. The CLI builds its choices and help from it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.errors import ConfigError
from summarizer.providers.base import Provider
from summarizer.providers.baseline import LeadBaseline, TextRankBaseline

BASELINES: dict[str, Callable[[], Provider]] = {
    "baseline/lead": LeadBaseline,
    "baseline/textrank": TextRankBaseline,
}
DEFAULT_OFFLINE = tuple(BASELINES)


def resolve(names: Sequence[str]) -> list[Provider]:
    """Providers for the given model names, in order, each once."""
    providers = []
    for name in dict.fromkeys(names):
        if name not in BASELINES:
            family = name.split("/", 1)[0]
            raise ConfigError(
                f"unknown model '{name}' (family '{family}'); available: "
                f"{', '.join(BASELINES)}. LLM families (openai, anthropic and OpenAI-compatible "
                "services) are not wired up in this version yet"
            )
        providers.append(BASELINES[name]())
    return providers
