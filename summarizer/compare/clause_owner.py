"""Whose figure a loose claim takes, in a sentence that gives two groups' figures side by side:
"71.2% of employees believe they are as productive, but only 48.0% of managers agree" bears out
"超过一半的员工" — and contradicts "超过一半的管理者", whose clause gives 48.0%. An exact figure
says whose it is by itself; a bound (over half, 近四成) fits many, so the clause on the claim's
subject tells which is its. Words are compared through the dictionary's glosses, so the claim
and the sentence may be in either language."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.compare.checks_base import BOUNDS, agrees
from summarizer.compare.checks_gloss import _holds, keyset, reach, units_beside
from summarizer.lang.clauses import top_level_clauses
from summarizer.lang.loose import looks_ahead
from summarizer.lang.quantities import Quantity, comparable, parse_quantities

MARGIN = 1  # more of the claim's words one clause must say than any other to be its


def other_clauses_figure(
    claim: str, figures: Sequence[Quantity], sentence: str
) -> tuple[Quantity, Quantity] | None:
    """(the claim's bound, the figure the sentence gives its subject instead), where a figure of
    another clause bears the bound out and the clause that says the claim's words gives one
    that does not. Only for a claim whose one figure is a bound on a share, said of now: a
    compound claim's words are of several figures, and a forecast's clause is another time's."""
    loose = [q for q in figures if q.qualifier in BOUNDS and q.unit == "%"]
    if len(figures) != 1 or not loose or looks_ahead(claim):
        return None
    if len(comparable(parse_quantities(sentence))) < 2:
        return None
    clauses = [c for c, _ in top_level_clauses(sentence) if c.strip()]
    if len(clauses) < 2:
        return None
    words = units_beside(claim, figures)
    held = []
    for clause in clauses:
        keys = keyset(clause)
        held.append(sum(_holds(u, keys, reach(keys)) for u in words))
    best = max(held)
    if best == 0 or sorted(held)[-2] > best - MARGIN:
        return None
    own = comparable(parse_quantities(clauses[held.index(best)]))
    others = [
        x for k, c in enumerate(clauses) if held[k] < best for x in comparable(parse_quantities(c))
    ]
    for q in loose:
        mine = [x for x in own if x.unit == q.unit]
        if mine and not any(agrees(q, x) for x in mine) and any(agrees(q, x) for x in others):
            return q, mine[0]
    return None
