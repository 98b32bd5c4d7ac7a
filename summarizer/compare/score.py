"""The scorecard: one row per model, from its claims, the groups and the groundings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.compare.align import Group
from summarizer.compare.conflicts import Conflict, odd_ones
from summarizer.compare.ground import Grounding
from summarizer.lang.claims import Claim
from summarizer.providers.base import Response

if TYPE_CHECKING:  # the comparison is made of the rows this module makes
    from summarizer.compare.model import Comparison


@dataclass(frozen=True)
class ScoreRow:
    model: str
    claims: int
    coverage: float  # share of the facts two or more models agree on that this model states
    unique: int
    supported: int
    unsupported: int
    contradicted: int
    unverified: int
    numeric_conflicts: int
    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_s: float
    # the counts as the offline checks alone had them, where an LLM judge decided some claims
    offline: Mapping[str, int] | None = None

    @property
    def called(self) -> bool:
        """Was a model called for it? A pasted answer cost nothing here: its usage reads "–"."""
        return bool(self.tokens_in or self.tokens_out or self.latency_s)


def shown_coverage(row: ScoreRow, rows: Sequence[ScoreRow]) -> str:
    """A row's coverage as the scorecards show it: "–" with a single summary, which has no
    other to cover (its 0% would read as a verdict)."""
    return "–" if len(rows) < 2 else f"{row.coverage:.0%}"


def scorecard(
    responses: Sequence[Response],
    claims: Sequence[Claim],
    groups: Sequence[Group],
    groundings: Mapping[str, Grounding],
    conflicts: Mapping[str, Conflict],
) -> list[ScoreRow]:
    shared = [g for g in groups if len(g.models) >= 2]
    rows = []
    for r in responses:
        mine = [c for c in claims if c.model == r.model]
        status = Counter(groundings[c.id].status for c in mine if c.id in groundings)
        rows.append(
            ScoreRow(
                model=r.model,
                claims=len(mine),
                coverage=round(sum(r.model in g.models for g in shared) / len(shared), 3)
                if shared
                else 0.0,
                unique=sum(g.models == (r.model,) for g in groups),
                supported=status["supported"],
                unsupported=status["unsupported"],
                contradicted=status["contradicted"],
                unverified=status["unverified"],
                # the disagreements it is on the wrong side of, as far as the others tell
                numeric_conflicts=sum(r.model in odd_ones(c) for c in conflicts.values()),
                tokens_in=r.tokens_in,
                tokens_out=r.tokens_out,
                cost_usd=round(r.cost_usd, 6),
                latency_s=round(r.latency_s, 3),
            )
        )
    return rows


def scorecard_markdown(comparison: Comparison) -> str:
    """scorecard.md: the scorecard as a Markdown table, for reading in a terminal or an editor."""
    head = (
        "| model | status | claims | coverage | unique | supported | unsupported | "
        "contradicted | unverified | conflicts | tokens in | tokens out | cost USD | "
        "latency s |"
    )
    lines = [
        f"# Scorecard: {comparison.source.title or 'summaries'}",
        "",
        head,
        "|---|---|" + "--:|" * 12,
    ]
    status = {m.name: m.status for m in comparison.models}
    checked = comparison.source.given
    for r in comparison.scorecard:
        # with no report nothing is checked, and a pasted summary cost nothing here: "–"
        grounded = (r.supported, r.unsupported, r.contradicted, r.unverified)
        usage = (r.tokens_in, r.tokens_out, f"{r.cost_usd:.4f}", f"{r.latency_s:.2f}")
        cells = [
            r.model,
            status.get(r.model, ""),
            r.claims,
            shown_coverage(r, comparison.scorecard),
            r.unique,
            *(grounded if checked else ("–",) * 4),
            r.numeric_conflicts,
            *(usage if r.called else ("–",) * 4),
        ]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    groups = comparison.groups
    kinds = {
        k: sum(g.kind == k for g in groups) for k in ("consensus", "majority", "minority", "unique")
    }
    ways = sum(c.kind == "direction" for c in comparison.conflicts.values())
    figures = len(comparison.conflicts) - ways
    lines += [
        "",
        f"{len(groups)} facts: "
        + ", ".join(f"{v} {k}" for k, v in kinds.items() if v)
        + f"; {figures} with figures in dispute, {ways} said to go opposite ways.",
        "",
    ]
    if comparison.judge:
        lines += judge_lines(comparison)
    return "\n".join(lines)


def judge_lines(comparison: Comparison) -> list[str]:
    """The judge's part of scorecard.md: what it cost, and the counts the offline checks alone
    gave, beside the table's (which are the judge's where it decided)."""
    j = comparison.judge or {}
    lines = [
        f"Judge {j['model']}: {j['claims_sent']} claims and {j.get('pairs_sent', 0)} pairs "
        f"checked in {j['requests']} calls "
        f"({j['cached']} from the cache), {j['tokens_in']} in / {j['tokens_out']} out tokens, "
        f"${j['cost_usd']:.4f}; it changed {j['overridden']} offline verdicts"
        + (f"; {j['fallbacks']} claims kept their offline verdict" if j["fallbacks"] else "")
        + "."
        + (f" Notes: {'; '.join(dict.fromkeys(j['notes']))}." if j["notes"] else ""),
        "",
        "| model | offline supported | offline unsupported | offline contradicted | "
        "offline unverified |",
        "|---|--:|--:|--:|--:|",
    ]
    for r in comparison.scorecard:
        o = r.offline or {}
        lines.append(
            f"| {r.model} | {o.get('supported', 0)} | {o.get('unsupported', 0)} | "
            f"{o.get('contradicted', 0)} | {o.get('unverified', 0)} |"
        )
    if comparison.themes:
        lines += [
            "",
            "Themes (named by the judge): "
            + "; ".join(f"{t.zh} / {t.en} ({len(t.group_ids)} facts)" for t in comparison.themes),
        ]
    return [*lines, ""]
