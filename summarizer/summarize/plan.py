"""The plan of a run before anything is spent: per model, how many calls, how many tokens in and
out, and what it will cost. A report that fits a model's context is one call; one that does not
is split into chunks (map), whose answers are merged (reduce) without another call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer.config import Settings
from summarizer.document import Document
from summarizer.errors import InputError
from summarizer.providers.base import Provider, Request
from summarizer.providers.spec import ModelSpec
from summarizer.summarize.cache import ResponseCache
from summarizer.summarize.chunking import Chunk, chunk_document
from summarizer.summarize.prompts import fence, load_prompt
from summarizer.summarize.runner import request_key
from summarizer.tokens import count_tokens

OUTPUT_ESTIMATE = 1500  # tokens a summary answer takes, typically (JSON, ~15 claims, two languages)
OUTPUT_RESERVE = 8192  # context kept free for the answer
MESSAGE_OVERHEAD = 4  # tokens each chat message adds around its content


@dataclass(frozen=True)
class ModelPlan:
    model: str
    calls: int
    tokens_in: int
    tokens_out: int  # an estimate: the answer's length is the model's to choose
    cost_usd: float
    priced: bool
    chunks: tuple[Chunk, ...] = ()  # empty when the whole report is one call

    def to_dict(self) -> dict[str, object]:
        return {
            "model": self.model,
            "calls": self.calls,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "cost_usd": round(self.cost_usd, 6),
            "priced": self.priced,
            "chunks": len(self.chunks),
        }


def prompt_tokens(messages: Sequence[Mapping[str, str]], family: str = "") -> int:
    return sum(count_tokens(m["content"], family) + MESSAGE_OVERHEAD for m in messages)


def plan_model(doc: Document, spec: ModelSpec, overhead: int, report_tokens: int) -> ModelPlan:
    """`overhead`: tokens of the prompt without the report; `report_tokens`: the report's."""
    factor_tokens = (
        count_tokens(doc.prompt_text(), spec.api) if spec.api == "anthropic" else report_tokens
    )
    reserve = min(spec.max_output_tokens, OUTPUT_RESERVE)
    budget = spec.context_window - overhead - reserve
    out_each = min(OUTPUT_ESTIMATE, spec.max_output_tokens)
    if factor_tokens <= budget:
        tokens_in = overhead + factor_tokens
        return ModelPlan(
            spec.name, 1, tokens_in, out_each, spec.cost(tokens_in, out_each), spec.priced
        )
    if budget < 500:
        from summarizer.errors import ConfigError

        raise ConfigError(
            f"{spec.name}: a context of {spec.context_window:,} tokens leaves no "
            "room for the report after the prompt and the answer; use a model "
            "with a larger context_window"
        )
    chunks = tuple(chunk_document(doc, budget, spec.api))
    tokens_in = sum(overhead + c.tokens for c in chunks)
    tokens_out = out_each * len(chunks)
    return ModelPlan(
        spec.name,
        len(chunks),
        tokens_in,
        tokens_out,
        spec.cost(tokens_in, tokens_out),
        spec.priced,
        chunks,
    )


def check_budget(plans: dict[str, ModelPlan], to_pay: dict[str, float], cap: float | None) -> None:
    """Refuse, before any call, a run whose estimate is over the cap (or cannot be priced)."""
    if cap is None:
        return
    unpriced = [name for name, plan in plans.items() if not plan.priced and to_pay.get(name)]
    if unpriced:
        raise InputError(
            f"cannot check --max-cost: no prices for {', '.join(unpriced)}; set "
            "price_in_per_mtok and price_out_per_mtok for it in summarizer.toml"
        )
    total = sum(to_pay.values())
    if total > cap:
        raise InputError(
            f"this run is estimated at ${total:.4f}, above the ${cap:.4f} limit "
            "(--max-cost / max_cost_usd); drop or swap a model, or raise the limit"
        )


def plan_run(
    doc: Document, providers: Sequence[Provider], settings: Settings
) -> dict[str, ModelPlan]:
    """Per language model: calls, tokens and cost, before anything is spent."""
    prompt = load_prompt("summarize")
    bare = prompt.render(title=doc.title, langs=", ".join(settings.langs), report="")
    report_tokens = count_tokens(doc.prompt_text())
    plans = {}
    for p in providers:
        spec = getattr(p, "spec", None)
        if spec is not None:
            plans[p.name] = plan_model(doc, spec, prompt_tokens(bare, spec.api), report_tokens)
    return plans


def build_requests(
    doc: Document,
    providers: Sequence[Provider],
    settings: Settings,
    plans: Mapping[str, ModelPlan],
) -> dict[str, list[Request]]:
    """Each model's requests: the whole report in one, or one per chunk when it is too long."""
    prompt = load_prompt("summarize")
    langs = ", ".join(settings.langs)
    out: dict[str, list[Request]] = {}
    for p in providers:
        plan = plans.get(p.name)
        if plan is None or not plan.chunks:
            messages = prompt.render(title=doc.title, langs=langs, report=fence(doc.prompt_text()))
            out[p.name] = [Request(p.name, doc, messages, prompt.version)]
            continue
        n = len(plan.chunks)
        out[p.name] = [
            Request(
                p.name,
                doc,
                prompt.render(
                    title=f"{doc.title} (part {c.index} of {n})", langs=langs, report=fence(c.text)
                ),
                prompt.version,
            )
            for c in plan.chunks
        ]
    return out


def uncached_cost(
    providers: Sequence[Provider],
    requests: Mapping[str, Sequence[Request]],
    plans: Mapping[str, ModelPlan],
    settings: Settings,
) -> dict[str, float]:
    """The estimated cost per model of the calls the cache cannot answer."""
    cache = ResponseCache(settings.cache_dir / "responses")
    cost = {}
    for p in providers:
        plan = plans.get(p.name)
        if plan is None:
            continue
        todo = [r for r in requests[p.name] if cache.get(request_key(p, r) or "") is None]
        cost[p.name] = plan.cost_usd * len(todo) / max(1, plan.calls)
    return cost
