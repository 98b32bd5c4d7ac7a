"""Numeric conflicts: the same fact, stated by different models with incompatible figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer.compare.align import Group
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import Quantity, agreement, comparable

_SEVERITY_ORDER = {"qualifier": 0, "approx": 0, "low": 1, "high": 2}


@dataclass(frozen=True)
class Conflict:
    kind: str  # numeric
    severity: str  # high (clearly different figures) | low (close figures) | qualifier
    values: Mapping[str, str]  # model → the figure as it wrote it


def find_conflicts(groups: Sequence[Group], claims: Mapping[str, Claim]) -> dict[str, Conflict]:
    """group id → its conflict, for every group whose models disagree on a figure."""
    found: dict[str, Conflict] = {}
    for g in groups:
        if len(g.models) < 2:
            continue
        per_model: dict[str, list[Quantity]] = {}
        for cid in g.claim_ids:
            c = claims[cid]
            per_model.setdefault(c.model, []).extend(comparable(c.quantities))
        worst, values = "", {}
        models = [m for m in g.models if per_model.get(m)]
        for i, a in enumerate(models):
            for b in models[i + 1 :]:
                severity = _pair_severity(per_model[a], per_model[b])
                if severity and _SEVERITY_ORDER[severity] >= _SEVERITY_ORDER.get(worst, -1):
                    worst = severity
                    values[a] = ", ".join(q.raw for q in per_model[a])
                    values[b] = ", ".join(q.raw for q in per_model[b])
        if worst and worst != "approx":
            found[g.id] = Conflict("numeric", worst, values)
    return found


def _pair_severity(qa: list[Quantity], qb: list[Quantity]) -> str:
    """Does every figure of the terser model agree with some figure of the other? A model that
    states more figures ("from 12% to 19%" against "19%") is not in conflict for saying more."""
    if len(qa) > len(qb):
        qa, qb = qb, qa
    worst = ""
    for a in qa:
        relations = [agreement(a, b) for b in qb]
        relations = [r for r in relations if r != "incomparable"]
        if not relations or "same" in relations:
            continue
        if "approx" in relations:
            rel = "approx"
        elif "qualifier" in relations:
            rel = "qualifier"
        else:
            closest = min(
                (b for b in qb if b.unit == a.unit and not b.is_year),
                key=lambda b: abs(b.value - a.value),
            )
            gap = abs(closest.value - a.value) / max(abs(a.value), abs(closest.value), 1e-9)
            rel = "high" if gap > 0.15 else "low"
        if _SEVERITY_ORDER[rel] >= _SEVERITY_ORDER.get(worst, -1):
            worst = rel
    return worst
