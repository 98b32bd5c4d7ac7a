"""Two answers that give one figure but say it went opposite ways ("平均零售价同比上涨了12%" against
"prices fell 12%"): each one's direction word, with the figure it moves, for a `direction`
conflict (see `conflicts`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.compare.directions import direction_differs
from summarizer.compare.figure_relation import meets
from summarizer.lang.claims import Claim
from summarizer.lang.loose import of_now, of_then
from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.subject import has_subject
from summarizer.lang.top_level import top_level_clauses


def other_way(a: Claim, b: Claim) -> dict[str, str] | None:
    """model → its direction word, when the two say their shared figure (or, with none, the
    thing itself) went opposite ways: 上涨了12% against "fell 12%"."""
    fa, fb = comparable(a.quantities), comparable(b.quantities)
    if (fa or fb) and not any(meets(x, fb) for x in fa):
        return None
    ta, tb = _of_the_figure(a.text, fb), _of_the_figure(b.text, fa)
    word_b = direction_differs(ta, tb, figures=True)
    word_a = direction_differs(tb, ta, figures=True)
    if not (word_a and word_b):
        return None
    return {a.model: _with_figure(word_a, fa, a.text), b.model: _with_figure(word_b, fb, b.text)}


def _of_the_figure(text: str, theirs: Sequence[Quantity]) -> str:
    """The text less its clauses that speak of another thing (`_of_another`): "磷酸铁锂占退役总量
    近三分之二，三元占比下降" says nothing of which way the 近三分之二 went (三元 fell), where
    "份额14.2%，较去年下降" says its 14.2% fell."""
    if not theirs:
        return text
    parts = top_level_clauses(text)
    kept = [clause + sep for clause, sep in parts if not _of_another(clause, theirs)]
    return "".join(kept).strip() if len(kept) < len(parts) and kept else text


def _of_another(clause: str, theirs: Sequence[Quantity]) -> bool:
    """Does the clause speak of another thing than the shared figure: none of it, and a subject
    or a figure of now of its own ("三元占比下降")? A past figure it compares with ("较去年的
    15.1%下降") is the shared figure's, and so is a change in points of a shared share."""
    figures = comparable(parse_quantities(clause))
    if any(meets(x, theirs) for x in figures):
        return False
    shares = any(t.unit == "%" for t in theirs)
    # "份额17.4%，下降2.1个百分点": a change in points moves the share before it
    now = [
        x for x in figures if x not in of_then(clause, figures) and not (shares and x.unit == "pp")
    ]
    return bool(now) or has_subject(clause, figures)


def _with_figure(word: str, figures: Sequence[Quantity], text: str) -> str:
    """The direction word with the figure it moves: the one right after it (下降14.3%), else
    the nearest — not the first of the claim (每天1.6元，…同比下降14.3% is 下降 14.3%), nor a past
    one it compares with (份额14.2%，较去年的15.1%下降 is 下降 14.2%)."""
    if not figures:
        return word
    figures = of_now(text, figures)
    at = text.find(word)

    def distance(q: Quantity) -> float:
        where = text.find(q.raw) if q.raw else -1
        if at < 0 or where < 0:
            return float("inf")
        return where - at if where >= at else 1000 + at - where

    figure = min(figures, key=distance)
    # the word that links them, as written: "fell to 38%" is not "fell 38%"
    between = text[at + len(word) : text.find(figure.raw)] if at >= 0 else ""
    if link := _LINK.fullmatch(between):
        return f"{word} {link.group(1)} {figure.raw}"
    if between.strip() in ("至", "到"):  # 下降至12%
        return f"{word}{between.strip()} {figure.raw}"
    return f"{word} {figure.raw}"


_LINK = re.compile(r"\s*(to|by)\s*", re.IGNORECASE)
