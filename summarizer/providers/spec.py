"""A model as configured: preset data (summarizer/data/models.toml) merged with the user's
summarizer.toml entry. Holds the name of the key's variable, never the key."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    name: str  # label in outputs and the post
    family: str  # preset family: openai, anthropic, gemini, qwen, …, or a custom one
    api: str  # SDK that talks to it: openai | anthropic | langchain | baseline
    model: str  # the model id the API expects
    base_url: str = ""
    api_key_env: str = ""
    structured: str = "json_object"  # json_schema | json_object | tool | none
    concurrency: int = 4
    context_window: int = 128_000
    max_output_tokens: int = 8192
    price_in_per_mtok: float = 0.0
    price_out_per_mtok: float = 0.0
    priced: bool = False  # whether prices are known (else cost is reported as unknown)

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        return (tokens_in * self.price_in_per_mtok + tokens_out * self.price_out_per_mtok) / 1e6
