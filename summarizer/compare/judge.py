"""An optional LLM judge: a configured model settles the claims the offline checks flag or cannot
decide (every fact claim with `verify_all`).

It runs as its own pass after offline grounding: claims + their groundings + the report in,
new groundings out. Claims go to the judge in batches (about ten per call), each batch with the
report passages offline retrieval found for its claims — the paragraph of the offline anchor
and the best-matching paragraphs by words and figures — so claims on the same passages share a
call. The judge answers JSON: per claim a verdict, the verbatim quote it rests on, a reason.

Guards: the passages are fenced as untrusted data; an answer that is not the JSON asked for, or
that names a claim the batch does not hold, leaves the whole batch with its offline result and
a note; a supported/contradicted verdict whose quote is not in the report is not taken. Calls
go through the runner, so they are retried, cached (a re-run makes none) and costed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.compare.evidence import EvidenceIndex
from summarizer.compare.ground import Grounding
from summarizer.compare.judge_passages import BATCH, Batch, Passages, batches, to_verify
from summarizer.document import Document
from summarizer.lang.claims import Claim
from summarizer.providers.answer_json import answer_items, item_number
from summarizer.providers.base import Provider, Request, Response
from summarizer.summarize.cache import ResponseCache
from summarizer.summarize.prompts import Prompt, fence, json_data, load_prompt
from summarizer.summarize.runner import Runner, RunnerOptions

if TYPE_CHECKING:
    from summarizer.compare.align import Group
    from summarizer.compare.conflicts import Conflict
    from summarizer.compare.judge_align import AlignHelp

VERDICTS = ("supported", "contradicted", "unsupported", "opinion")
QUOTED = ("supported", "contradicted")  # verdicts that must rest on the report's own words
REASON_CHARS = 300


@dataclass
class JudgeUsage:
    model: str
    calls: int = 0  # requests made to the judge model (cached answers not counted)
    cached: int = 0  # requests answered from the cache
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    claims_sent: int = 0
    verify_tokens: int = 0  # tokens in and out of the claim-verification calls
    pairs_sent: int = 0  # alignment help: pairs of claims asked about
    overridden: int = 0  # verdicts that differ from the offline one
    fallbacks: int = 0  # claims left with their offline result, with a note
    notes: list[str] = field(default_factory=list)

    def add(self, response: Response) -> None:
        if response.cached:
            self.cached += 1
        else:
            self.calls += response.attempts or 1
        self.tokens_in += response.tokens_in
        self.tokens_out += response.tokens_out
        self.cost_usd += 0.0 if response.cached else response.cost_usd

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["cost_usd"] = round(self.cost_usd, 6)
        data["requests"] = self.calls + self.cached
        sent = max(1, self.claims_sent)
        data["tokens_per_claim"] = round(self.verify_tokens / sent, 1)
        return data


def render_batch(prompt: Prompt, batch: Batch) -> tuple[dict[str, str], ...]:
    """The messages for one batch: passages fenced as the report, claims as JSON whose `<` are
    escaped so no claim can close its fence."""
    passages = "\n\n".join(f"[{pid}] {text}" for pid, text in batch.passages)
    items = [{"id": f"c{n}", "claim": c.text} for n, c in enumerate(batch.claims, 1)]
    claims = json_data(items)
    return prompt.render(passages=fence(passages), claims=claims)


# ── reading the answer ───────────────────────────────────────────────────────────────────────
def parse_verdicts(text: str, n: int) -> tuple[dict[int, dict[str, str]], str | None]:
    """(claim number → {verdict, quote, reason}, None) or ({}, why the answer is unusable)."""
    items = answer_items(text, "verdicts")
    if items is None:
        return {}, "the judge's answer was not the JSON asked for"
    found: dict[int, dict[str, str]] = {}
    for item in items:
        num, cid = item_number(item, "c", n)
        if not num:
            return {}, f"the judge named a claim it was not asked about ({cid or '?'})"
        found[num] = {k: str(item.get(k) or "").strip() for k in ("verdict", "quote", "reason")}
    return found, None


def _offline_view(g: Grounding) -> dict[str, Any]:
    """What the offline checks said, kept beside the judge's verdict."""
    return {k: v for k, v in asdict(g).items() if k not in ("by", "offline", "judge_note")}


def settle(
    offline: Grounding,
    answer: Mapping[str, str] | None,
    judge: str,
    evidence: EvidenceIndex,
) -> Grounding:
    """The claim's grounding after the judge: its verdict where it holds, else the offline one
    with a note saying why the judge's was not taken."""
    if answer is None:
        return replace(offline, judge_note="the judge gave no verdict for it")
    verdict = answer.get("verdict", "").lower()
    if verdict not in VERDICTS:
        return replace(offline, judge_note=f"the judge's verdict {verdict!r} is unknown")
    quote, anchor, score = answer.get("quote") or None, offline.source_anchor, offline.score
    status = "unverified" if verdict == "opinion" else verdict  # no report can settle an opinion
    if verdict in QUOTED:
        check = evidence.check(quote or "")
        if not check.found or check.anchor is None:
            return replace(
                offline, judge_note=f"the judge's quote is not in the report ({verdict})"
            )
        anchor, score = check.anchor, check.score
    elif quote and not evidence.check(quote).found:
        quote = None  # an unsupported verdict needs no quote; an invented one is not shown
    disagrees = status != offline.status
    return Grounding(
        status=status,
        source_anchor=anchor,
        source_quote=quote if quote else (offline.source_quote if not disagrees else None),
        score=score,
        reason=(answer.get("reason") or "")[:REASON_CHARS] or f"the judge: {verdict}",
        evidence_found=offline.evidence_found,
        by=judge,
        offline=_offline_view(offline) if disagrees else None,
    )


# ── the pass ─────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class JudgeOptions:
    verify_all: bool = False
    batch_size: int = BATCH
    align: bool = True  # also help alignment: undecided pairs, conflicts, themes


class Judge:
    """Callable as compare()'s judge pass: (claims, groundings, doc) → the groundings it
    changed or annotated. `usage` adds up calls, tokens and cost over every pass."""

    def __init__(
        self,
        make_provider: Callable[[], Provider],
        name: str,
        cache_dir: Path,
        progress: Callable[[str, str], None] = lambda model, event: None,
        options: JudgeOptions | None = None,
        runner_options: RunnerOptions | None = None,
    ) -> None:
        self.make_provider, self.name = make_provider, name
        self.cache_dir, self.progress = cache_dir, progress
        self.options = options or JudgeOptions()
        self.runner_options = runner_options or RunnerOptions()
        self.usage = JudgeUsage(name)

    def requests(
        self, claims: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document
    ) -> list[tuple[Batch, Request]]:
        """The calls a pass would make (also what --dry-run prices and the cache is asked)."""
        chosen = to_verify(claims, groundings, self.options.verify_all)
        if not chosen:
            return []
        prompt = load_prompt("verify")
        found = batches(chosen, groundings, Passages(doc), self.options.batch_size)
        return [
            (b, Request(self.name, None, render_batch(prompt, b), prompt.version)) for b in found
        ]

    def __call__(
        self, claims: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document | None
    ) -> dict[str, Grounding]:
        return self.many([(claims, groundings, doc)])[0]

    def many(
        self,
        items: Sequence[tuple[Sequence[Claim], Mapping[str, Grounding], Document | None]],
    ) -> list[dict[str, Grounding]]:
        """Several (claims, groundings, report) at once, every call in flight together."""
        todo = [self.requests(c, g, d) if d is not None else [] for c, g, d in items]
        flat = [request for calls in todo for _, request in calls]
        responses = iter(self.ask(flat))
        out = []
        for (_, groundings, doc), calls in zip(items, todo, strict=True):
            found: dict[str, Grounding] = {}
            if doc is not None and calls:
                evidence = EvidenceIndex(doc)
                for batch, _ in calls:
                    found.update(self._apply(batch, next(responses), groundings, evidence))
            out.append(found)
        return out

    def _apply(
        self,
        batch: Batch,
        response: Response,
        groundings: Mapping[str, Grounding],
        evidence: EvidenceIndex,
    ) -> dict[str, Grounding]:
        self.usage.add(response)
        self.usage.claims_sent += len(batch.claims)
        self.usage.verify_tokens += response.tokens_in + response.tokens_out
        answers: dict[int, dict[str, str]] = {}
        problem: str | None
        if response.status != "ok":
            problem = f"the judge call failed: {response.error}"
        else:
            answers, problem = parse_verdicts(response.text, len(batch.claims))
        if problem:
            self.usage.notes.append(problem)
        out: dict[str, Grounding] = {}
        for n, claim in enumerate(batch.claims, 1):
            offline = groundings[claim.id]
            if problem:
                judged = replace(offline, judge_note=problem)
            else:
                judged = settle(offline, answers.get(n), self.name, evidence)
            self.usage.overridden += judged.offline is not None
            self.usage.fallbacks += judged.judge_note is not None
            out[claim.id] = judged
        return out

    def ask(self, requests: Sequence[Request]) -> list[Response]:
        """The judge's answers to `requests`, all in flight at once (cached, retried)."""
        return asyncio.run(self._ask(requests)) if requests else []

    def align_help(
        self,
        facts: Sequence[Claim],
        pivots: Sequence[str | None],
        groups: Sequence[Group],
        conflicts: Mapping[str, Conflict],
        n_models: int,
    ) -> AlignHelp | None:
        """compare()'s second judge pass: undecided pairs, conflicts and themes
        (compare/judge_align.py); None when alignment help is off."""
        if not self.options.align:
            return None
        from summarizer.compare.judge_align import help_align

        return help_align(self, facts, pivots, groups, conflicts, n_models)

    async def _ask(self, requests: Sequence[Request]) -> list[Response]:
        provider = self.make_provider()
        runner = Runner(self.runner_options, ResponseCache(self.cache_dir), self.progress)
        try:
            return list(await asyncio.gather(*(runner.one(provider, r) for r in requests)))
        finally:
            close = getattr(provider, "aclose", None)
            if close is not None:
                await close()
