"""Setting the judge up: the model from `--verify-with` (or `[verify] model`), checked before
anything is spent; its plan and cost for `--dry-run` and `--max-cost`; and its usage and the
offline view beside its verdicts in comparison.json and the scorecard."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from summarizer.compare.judge import Judge, JudgeOptions, JudgeUsage
from summarizer.compare.judge_align import (
    MAX_PAIRS,
    PAIR_BATCH,
    conflict_pairs,
    pair_requests,
    theme_request,
    undecided_pairs,
)
from summarizer.compare.judge_passages import BATCH, PASSAGES_PER_CALL, WINDOW
from summarizer.compare.model import Comparison
from summarizer.config import Settings
from summarizer.document import Document
from summarizer.errors import ConfigError
from summarizer.providers.base import Provider, Response
from summarizer.providers.registry import BASELINES, build, missing_keys, specs_for
from summarizer.providers.spec import ModelSpec
from summarizer.summarize.cache import ResponseCache
from summarizer.summarize.plan import ModelPlan, prompt_tokens
from summarizer.summarize.prompts import load_prompt
from summarizer.summarize.runner import RunnerOptions, spec_request_key

CLAIMS_PER_ANSWER = 20  # fact claims one summary holds, at most what the summarize prompt asks
CLAIM_TOKENS = 45  # a claim in the judge's prompt, as JSON
VERDICT_TOKENS = 60  # a verdict in its answer: id, verdict, a quote, a short reason
PAIR_TOKENS = 25  # an answer on a pair: id, same, conflict, a short reason
THEME_TOKENS = 8  # a fact's share of the themes answer
PLAN_PREFIX = "judge: "


def judge_spec(
    model: str, configured: Sequence[Mapping[str, Any]], need_key: bool = True
) -> ModelSpec:
    """The judge's spec, its key checked (not for a plan, which calls nothing). The judge
    answers its own JSON, so the summary's schema (OpenAI's json_schema, Anthropic's forced
    tool) is not sent with it."""
    if model in BASELINES:
        raise ConfigError(
            f"--verify-with {model}: an extractive baseline cannot judge claims; name a "
            "language model, e.g. --verify-with openai/gpt-4.1-mini"
        )
    [spec] = specs_for([model], configured)
    missing = missing_keys([spec])
    if missing and need_key:
        raise ConfigError(
            f"missing API key for the judge: set the environment variable {missing[0]} "
            "(or drop --verify-with)"
        )
    keep_json = spec.api == "openai" and spec.structured in ("json_object", "json_schema")
    return replace(spec, structured="json_object" if keep_json else "none")


def make_judge(
    settings: Settings,
    progress: Callable[[str, str], None] = lambda model, event: None,
    refresh: bool = False,
) -> Judge | None:
    """The run's judge, or None when no model is configured to judge."""
    if not settings.verify_model:
        return None
    return _judge(judge_spec(settings.verify_model, settings.models), settings, progress, refresh)


def _judge(
    spec: ModelSpec,
    settings: Settings,
    progress: Callable[[str, str], None] = lambda model, event: None,
    refresh: bool = False,
) -> Judge:
    def provider() -> Provider:
        return build(spec)

    return Judge(
        provider,
        spec.name,
        settings.cache_dir / "responses",
        progress,
        JudgeOptions(verify_all=settings.verify_all),
        RunnerOptions(
            concurrency=settings.concurrency, timeout_s=settings.timeout_s, refresh=refresh
        ),
    )


def plan_judge(
    settings: Settings,
    doc: Document,
    n_models: int,
    summaries: Sequence[Response] = (),
    refresh: bool = False,
) -> tuple[dict[str, ModelPlan], dict[str, float]]:
    """The judge's line in the plan and what it will cost beyond the cache. With summaries in
    hand the calls are known exactly (the offline checks run now, for free); with models still
    to answer, it is an upper bound: every claim of CLAIMS_PER_ANSWER per model sent."""
    if not settings.verify_model:
        return {}, {}
    spec = judge_spec(settings.verify_model, settings.models, need_key=False)  # plans call nothing
    judge = _judge(spec, settings)
    key = PLAN_PREFIX + spec.name
    if summaries:
        return _exact_plan(judge, spec, key, doc, summaries, settings, refresh)
    n = CLAIMS_PER_ANSWER * n_models
    calls = math.ceil(n / BATCH)
    paragraphs = sum(len(s.paragraphs) for s in doc.sections)
    per_passage = min(doc.tokens / max(1, paragraphs), 40 * (2 * WINDOW + 1))
    bare = load_prompt("verify").render(passages="", claims="")
    per_call = prompt_tokens(bare, spec.api) + round(PASSAGES_PER_CALL * per_passage)
    tokens_in = calls * per_call + n * CLAIM_TOKENS
    tokens_out = n * VERDICT_TOKENS
    if judge.options.align:  # at most MAX_PAIRS pairs, and one call for the themes
        pairs = min(MAX_PAIRS, n)
        calls += math.ceil(pairs / PAIR_BATCH) + 1
        tokens_in += pairs * 2 * CLAIM_TOKENS + n * CLAIM_TOKENS
        tokens_out += pairs * PAIR_TOKENS + n * THEME_TOKENS
    plan = ModelPlan(
        key, calls, tokens_in, tokens_out, spec.cost(tokens_in, tokens_out), spec.priced
    )
    return {key: plan}, {key: plan.cost_usd}


def _exact_plan(
    judge: Judge,
    spec: ModelSpec,
    key: str,
    doc: Document,
    summaries: Sequence[Response],
    settings: Settings,
    refresh: bool,
) -> tuple[dict[str, ModelPlan], dict[str, float]]:
    """The judge's calls for summaries in hand, as the offline comparison shows them now (the
    themes call is priced on the groups before the judge joins or splits any)."""
    from summarizer.compare import compare

    offline = compare(summaries, doc, primary=settings.langs[0])
    todo = [
        (r, VERDICT_TOKENS * len(b.claims))
        for b, r in judge.requests(offline.claims, offline.groundings, doc)
    ]
    if judge.options.align:
        facts = [c for c in offline.claims if c.kind == "fact"]
        pivots = [
            g.source_anchor if g.status in ("supported", "contradicted") else None
            for g in (offline.groundings[c.id] for c in facts)
        ]
        pairs = undecided_pairs(facts, pivots, offline.groups)
        pairs += conflict_pairs(facts, offline.groups, offline.conflicts)
        todo += [(r, PAIR_TOKENS * len(chunk)) for chunk, r in pair_requests(judge, facts, pairs)]
        if offline.groups:
            themes = theme_request(judge, facts, offline.groups)
            todo.append((themes, THEME_TOKENS * len(offline.groups)))
    cache = ResponseCache(settings.cache_dir / "responses")
    tokens_in = tokens_out = 0
    to_pay = 0.0
    for request, t_out in todo:
        t_in = prompt_tokens(request.messages, spec.api)
        tokens_in, tokens_out = tokens_in + t_in, tokens_out + t_out
        cached = cache.get(spec_request_key(spec, request))
        if refresh or cached is None:
            to_pay += spec.cost(t_in, t_out)
    plan = ModelPlan(
        key, len(todo), tokens_in, tokens_out, spec.cost(tokens_in, tokens_out), spec.priced
    )
    return {key: plan}, {key: to_pay}


def judge_view(comparison: Comparison, usage: JudgeUsage) -> Comparison:
    """The comparison with the judge's usage (`judge`) and, in each scorecard row, the counts
    as the offline checks alone had them (`offline`), so both views stand side by side."""
    per_model: dict[str, Counter[str]] = {}
    for c in comparison.claims:
        g = comparison.groundings.get(c.id)
        status = ((g.offline or {}).get("status") or g.status) if g else "unverified"
        per_model.setdefault(c.model, Counter())[status] += 1
    rows = tuple(
        replace(
            row,
            offline={
                k: per_model.get(row.model, Counter())[k]
                for k in ("supported", "unsupported", "contradicted", "unverified")
            },
        )
        for row in comparison.scorecard
    )
    return replace(comparison, judge=usage.to_dict(), scorecard=rows)
