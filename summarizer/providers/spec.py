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
    # Input read from the provider's prompt cache, and written to it (Anthropic bills writes).
    # None: the family's default share of the input price (CACHE_PRICING).
    price_cached_in_per_mtok: float | None = None
    priced: bool = False  # whether prices are known (else cost is reported as unknown)

    def cost(self, tokens_in: int, tokens_out: int, cached: int = 0, cache_write: int = 0) -> float:
        """USD for a call; `tokens_in` counts every input token, cached and written ones too."""
        read_share, write_share = CACHE_PRICING.get(self.api, (1.0, 1.0))
        cached_price = (
            self.price_cached_in_per_mtok
            if self.price_cached_in_per_mtok is not None
            else self.price_in_per_mtok * read_share
        )
        plain = tokens_in - cached - cache_write
        return (
            plain * self.price_in_per_mtok
            + cached * cached_price
            + cache_write * self.price_in_per_mtok * write_share
            + tokens_out * self.price_out_per_mtok
        ) / 1e6


# (price of a cache read, of a cache write) as shares of the input price, by API: OpenAI bills
# cached input at half price or less (the models data file can set it exactly) and writes
# nothing extra; Anthropic bills reads at a tenth and writes at 1.25 times.
CACHE_PRICING = {"openai": (0.5, 1.0), "anthropic": (0.1, 1.25)}
