"""Whose figure it is: the words just before a figure in its own clause.

Chat apps list figures after what they measure ("AWS 46%、GCP 44%", "GCP (26%)", "GCP at 26%").
A model that gives a list's figure to the wrong item writes the same number under another name,
so a shared number is no evidence of one fact when each claim gives it to another owner, and two
numbers given to one named owner are one fact in dispute: "GCP 44%" against "GCP (26%)".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from typing import Protocol

from summarizer.lang.names import MEASURE_ENDINGS, figure_token
from summarizer.lang.quantities import Quantity
from summarizer.lang.text import CJK_RE, tagged_words

# what may stand between an owner and its figure: a bracket, a colon, a linking word
_BETWEEN = re.compile(
    r"(?:[\s(（:：]|占比?|为|达到?|以|约|\bat\b|\bof\b|\bwith\b)*$", re.IGNORECASE
)
# where the clause of the owner begins
_CLAUSE_START = re.compile(r".*[，,、;；:：。!?！？()（）]", re.DOTALL)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.&+-]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.&+-]*|[\u4e00-\u9fff]+")
OWNER_WORDS = 4  # an owner is a short phrase: the last few words of its clause
OWNER_CHARS = 40  # … read from this many characters before its figure


class Owned(Protocol):
    @property
    def lang(self) -> str: ...
    @property
    def latin(self) -> frozenset[str]: ...
    @property
    def owners(self) -> Mapping[str, tuple[str, ...]]: ...
    @property
    def figure_keys(self) -> frozenset[str]: ...
    @property
    def figures(self) -> tuple[Quantity, ...]: ...


def figure_owners(text: str, figures: Sequence[Quantity]) -> dict[str, tuple[str, ...]]:
    """Per figure (as its token, "44%"), the words of its owner, Latin names lower-cased: the
    last few words of the clause before it, past any bracket, colon or linking word."""
    out: dict[str, tuple[str, ...]] = {}
    for q in figures:
        at = text.find(q.raw)
        if at <= 0:
            continue
        before = _less_between(text[max(0, at - OWNER_CHARS) : at])  # the owner stands right before
        # past an aside on the owner: "安踏集团（含始祖鸟、迪桑特）以11.3%" is 安踏集团's
        opened = max(before.rfind("（"), before.rfind("(")) if before.endswith(("）", ")")) else -1
        if opened > 0:
            before = _less_between(before[:opened])
        clause = _CLAUSE_START.sub("", before)
        found = [w.lower() if _LATIN.fullmatch(w) else w for w in _WORD.findall(clause)]
        if found:
            out.setdefault(figure_token(q), tuple(found[-OWNER_WORDS:]))
    return out


def _less_between(before: str) -> str:
    return before[: len(before) - len(_BETWEEN.search(before).group(0))]  # type: ignore[union-attr]


def by_owner(a: Owned, b: Owned, evidence: float, subject: int) -> tuple[float, int]:
    """The figure evidence and subject (+1 the same) of two claims, read with whose figures
    they are: a shared figure each gives another owner is no evidence ("GCP 44%" is not
    "company-owned servers (44%)"); figures one named owner is given are one fact in dispute
    ("GCP 44%" against "GCP (26%)")."""
    if evidence > 0 and owners_apart(a, b, a.figure_keys & b.figure_keys):
        return 0.0, subject
    if evidence < 0 and same_owner(a, b):
        return 0.0, 1
    return evidence, subject


def _named_owner(f: Owned, key: str) -> Set[str]:
    """The name its figure follows straight on ("GCP 44%"), when the claim names it."""
    owner = f.owners.get(key)
    return {owner[-1]} & f.latin if owner else set()


def same_owner(a: Owned, b: Owned) -> bool:
    """Do the two give figures of one unit to one named owner ("GCP 44%", "GCP (26%)")?"""
    return any(
        _named_owner(a, figure_token(x)) & _named_owner(b, figure_token(y))
        for x in a.figures
        for y in b.figures
        if x.unit == y.unit
    )


def owners_apart(a: Owned, b: Owned, shared: Set[str]) -> bool:
    """Does each give every figure they share to another owner? One names the owner ("GCP 44%")
    and the other's owner of that figure names someone else, or — in English, where the name
    would be written as it is — no one by that name ("company-owned servers (44%)")."""
    return bool(shared) and all(_apart(a, b, k) or _apart(b, a, k) for k in shared)


def _apart(a: Owned, b: Owned, key: str) -> bool:
    named = _named_owner(a, key)
    theirs = b.owners.get(key)
    if not named or not theirs or named & set(theirs):
        return False
    return b.lang == "en" or bool(_LATIN.fullmatch(theirs[-1]))


def heads_of(text: str, figures: Sequence[Quantity]) -> dict[str, Quantity]:
    """Per run of characters right before one of the figures ("阳光电源以28 GWh" → 阳光电源), that
    figure: who each figure is, names no dictionary may know (海博思创) among them."""
    out: dict[str, Quantity] = {}
    owned = figure_owners(text, figures)
    for q in figures:
        owner = owned.get(figure_token(q))
        if owner and _HEAD.fullmatch(owner[-1]):
            out.setdefault(owner[-1], q)
    return out


_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}")


def measure_words(text: str, figures: Sequence[Quantity]) -> list[str]:
    """What a Chinese claim's figures measure, where one word names it (退货率, 复购率, 出口额):
    the last word of each figure's owner, with the character that makes it a measure (jieba
    cuts 退货率 into 退货 | 率)."""
    found = []
    for owner in figure_owners(text, figures).values():
        words = [w for w, _ in tagged_words(owner[-1])] if owner else []
        if len(words) >= 2 and words[-1] in MEASURE_ENDINGS:
            words = [*words[:-2], words[-2] + words[-1]]
        last = words[-1] if words else ""
        if len(last) >= 3 and last.endswith(MEASURE_ENDINGS) and CJK_RE.match(last):
            found.append(last)
    return found
