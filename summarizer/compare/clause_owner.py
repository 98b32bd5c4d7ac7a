"""Whose figure a loose claim takes, in a sentence that gives two groups' figures side by side:
"71.2% of employees believe they are as productive, but only 48.0% of managers agree" bears out
"超过一半的员工" — and contradicts "超过一半的管理者", whose clause gives 48.0%. An exact figure
says whose it is by itself; a bound (over half, 近四成) fits many, so the clause on the claim's
subject tells which is its. Words are compared through the dictionary's glosses, so the claim
and the sentence may be in either language."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.compare.checks_base import BOUNDS, agrees, said_instead
from summarizer.compare.checks_gloss import held_in, units, units_beside
from summarizer.lang.loose import looks_ahead
from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.tables import is_row
from summarizer.lang.text import CJK_RE, STOP_WORDS, tagged_words
from summarizer.lang.top_level import top_level_clauses


def other_clauses_figure(claim: str, figures: Sequence[Quantity], sentence: str) -> str | None:
    """The reason ("the report says 38%, not 超过六成"), where a figure of another clause bears
    the claim's bound out and the clause on the claim's group gives one that does not — where
    each share of the sentence is of a group it names. Only for a claim whose one figure is a
    bound on a share, said of now: a compound claim's words are of several figures, and a
    forecast's clause is another time's."""
    loose = [q for q in figures if q.qualifier in BOUNDS and q.unit == "%"]
    if len(figures) != 1 or not loose or looks_ahead(claim):
        return None
    clauses = _figure_clauses(sentence)
    if len(clauses) < 2:
        return None
    # the group a share is of ("超过六成的零售商", "38% of retailers") tells the clause; the
    # claim's words, between clauses of one group
    group = units(_group_of(loose[0], claim))
    groups = _groups(clauses)
    if not group or not all(groups) or is_row(sentence):
        return None
    candidates = _most(group, groups, range(len(clauses)))
    if len(candidates) > 1:
        candidates = _most(units_beside(claim, figures), clauses, candidates)
    if len(candidates) > 1:  # glosses tie: the clause that writes more of the claim's characters
        held = {k: sum(b in clauses[k] for b in _bigrams(claim)) for k in candidates}
        best = max(held.values())
        candidates = [k for k in candidates if held[k] == best] if best else candidates
    if len(candidates) != 1:
        return None
    own = comparable(parse_quantities(clauses[candidates[0]]))
    others = [
        x
        for k, c in enumerate(clauses)
        if k != candidates[0]
        for x in comparable(parse_quantities(c))
    ]
    q = loose[0]
    mine = [x for x in own if x.unit == q.unit]
    if mine and not any(agrees(q, x) for x in mine) and any(agrees(q, x) for x in others):
        return said_instead(mine[0].raw, q.raw)
    return None


def _bigrams(text: str) -> set[str]:
    return {
        text[k : k + 2]
        for k in range(len(text) - 1)
        if CJK_RE.match(text[k]) and CJK_RE.match(text[k + 1])
    }


def _figure_clauses(sentence: str) -> list[str]:
    """The sentence's clauses, each that states a share with the clauses before it that state
    none ("retailers pointed to health claims, cited by 54% of them" is one)."""
    out: list[str] = []
    pending = ""
    for clause, sep in top_level_clauses(sentence):
        pending += clause + sep
        if any(x.unit == "%" for x in comparable(parse_quantities(clause))):
            out.append(pending)
            pending = ""
    return out


def _groups(clauses: Sequence[str]) -> list[str]:
    """Each clause's groups of its shares; "of them" is the group named before it."""
    groups: list[str] = []
    for c in clauses:
        shares = [x for x in comparable(parse_quantities(c)) if x.unit == "%"]
        named = " ".join(_group_of(x, c) for x in shares)
        if not named and _OF_THEM.search(c) and groups:
            named = groups[-1]
        groups.append(named)
    return groups


def _most(words: Sequence[frozenset[str]], texts: Sequence[str], among: Sequence[int]) -> list[int]:
    """Of the texts `among`, those that say the most of the words (none, when none says any)."""
    held = {k: held_in(words, texts[k]) for k in among}
    best = max(held.values(), default=0)
    return [k for k in among if held[k] == best] if best else []


_OF_THEM = re.compile(r"\bof (?:them|these|those)\b|其中")


_EN_GROUP = re.compile(
    r"\s*of\s+(?:the\s+|all\s+|surveyed\s+|its\s+|their\s+)?([A-Za-z-]+(?:\s+[A-Za-z-]+)?)"
)
_ZH_GROUP = re.compile(r"\s*的([A-Za-z0-9\u4e00-\u9fff]{2,10})")
_ZH_GROUP_BEFORE = re.compile(
    r"占([A-Za-z0-9\u4e00-\u9fff]{2,10}?)(?:的|总)?(?:比重|比例)?(?:为|达)?\s*$"
)


def _group_of(q: Quantity, text: str) -> str:
    """The group a share is of, as written right after it: "38% of retailers" → retailers,
    "超过六成的零售商认为…" → 零售商 (its first noun). English gives two words, for its noun
    may come second ("of podcast producers"); a verb read with it ("of retailers agreed") is
    rarely what another group's clause says too."""
    at = text.find(q.raw) if q.raw else -1
    if at < 0:
        return ""
    after = text[at + len(q.raw) :]
    if m := _EN_GROUP.match(after):
        return " ".join(w for w in m.group(1).split() if w.lower() not in STOP_WORDS)
    # "超过一半的B2C出口…", or what it is a share of before it: "…占B2C出口的46.8%"
    m = _ZH_GROUP.match(after) or _ZH_GROUP_BEFORE.search(text[:at])
    if m:
        nouns = [w for w, t in tagged_words(m.group(1)) if t[:1] == "n" or t == "eng"]
        return nouns[0] if nouns else ""
    return ""
