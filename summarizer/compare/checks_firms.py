"""Whose figure it is: a claim that gives the report's figure to another firm than the one the
report gives it to — a firm its tables list, a name the dictionary knows, or one it puts right
before its figure (安踏集团以12.8%…, where the report gives 12.8% to 迪卡侬)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from summarizer.compare.checks_base import (
    Grounding,
    all_agree,
    any_agree,
    counterpart,
    given_to_another,
)
from summarizer.compare.checks_owner import (
    TOGETHER,
    head_given_another,
    head_owns_another,
    owner_swapped,
)
from summarizer.compare.retrieved import Retrieved
from summarizer.lang.names import chinese_names
from summarizer.lang.quantities import Quantity, agreement
from summarizer.lang.text import ASIDE
from summarizer.lang.top_level import top_level_clauses

OWN_SENTENCES = 3  # a name the report says more often is a topic (重卡), not one fact's owner
WHOSE_CLAUSE = 40  # characters of the report clause a reason quotes for whose figure it is


def chinese_name_elsewhere(r: Retrieved) -> Grounding | None:
    """A Chinese claim gives a figure to a name that the sentence stating the figure gives to
    another (美国4.1% where it says 德国…4.1%，美国约为2.5%), or that the report names only in
    sentences giving it another figure of the same kind (比亚迪以63%排名第一, where 比亚迪份额为17%
    and 宁德时代…63%)."""
    if not r.figures:
        return None
    found = next(
        (
            int(r.candidates[k])
            for k in r.related()
            if all_agree(r.figures, r.figures_of(int(r.candidates[k])))
        ),
        None,
    )
    if found is None:
        return None
    if r.claim.lang != "zh":  # in English, the firms the tables list: "Samsung … up 34.6%"
        return _row_verdict(r, found)
    # the claim's own names, not those of an aside (如百度千帆、讯飞星火)
    # (and the firms the report's tables list, which a word splitter may not know: 中国重汽)
    rows = r.report.row_names
    mine = chinese_names(ASIDE.sub(" ", r.claim_text))
    mine |= {n for n in rows if n in ASIDE.sub(" ", r.claim_text)}
    theirs = r.text_of(found)
    named = chinese_names(theirs) | {n for n in rows if n in theirs}
    stated = r.figures_of(found)
    swapped = owner_swapped(r.claim_text, mine, theirs, named, r.figures) or head_given_another(
        r.claim_text, r.figures, theirs, stated
    )
    if swapped:  # 美国4.1% where the sentence says 德国…4.1%，美国约为2.5%
        return r.verdict("contradicted", found, float(r.best[1]), swapped)
    if owned := head_owns_another(r.claim_text, r.figures, theirs, stated, partial(_naming, r)):
        # the claim then meets its own firm's fact, where the others state it (安踏集团 11.3%)
        reason, own = owned
        flagged = r.verdict("contradicted", found, float(r.best[1]), reason)
        at = next(i for i in range(len(r.sentences)) if r.text_of(i) == own)
        return replace(flagged, of_another=True, subject_anchor=r.sentences[at].id)
    if verdict := _row_verdict(r, found):
        return verdict
    if len(mine) > 1 and TOGETHER.search(r.claim_text):
        return None  # "福建、广东…湖北合计占84.4%": the names' total, no one name's figure
    for name in mine:
        if name in theirs or name in r.report.title:  # the report's own scope names no one
            continue
        said = _said(r, name)
        if not 0 < len(said) <= OWN_SENTENCES:
            continue
        for i in said:
            pair = counterpart(r.figures, r.figures_of(i))
            if pair and not any_agree([pair[0]], r.figures_of(i)):
                reason = f"the report gives {name} {pair[1].raw}, not {pair[0].raw}"
                reason += _whose(pair[0], theirs)
                return r.verdict("contradicted", i, float(r.best[1]), reason)
    return None


def _said(r: Retrieved, name: str) -> list[int]:
    """The report's sentences that write `name`."""
    return [i for i in range(len(r.sentences)) if name in r.text_of(i)]


def _naming(r: Retrieved, name: str) -> list[tuple[str, list[Quantity]]]:
    """The report's few sentences that name `name`, with their figures (none for a topic)."""
    said = _said(r, name)
    return [(r.text_of(i), r.figures_of(i)) for i in said] if len(said) <= OWN_SENTENCES else []


def _row_verdict(r: Retrieved, found: int) -> Grounding | None:
    """Contradicted, where the sentence stating the claim's figure gives it to another firm the
    tables list (`_given_to_a_row`); the claim then meets its own firm's fact."""
    given = _given_to_a_row(r, found)
    if given is None:
        return None
    reason, own = given
    verdict = r.verdict("contradicted", found, float(r.best[1]), reason)
    subject = r.sentences[own].id if own is not None else None
    return replace(verdict, of_another=True, subject_anchor=subject)


def _given_to_a_row(r: Retrieved, found: int) -> tuple[str, int | None] | None:
    """The reason, where the sentence stating the claim's figure speaks of another of the firms
    the report's tables list: "转转的回收业务营收同比增长23%" where it says "爱回收（万物新生旗下）
    份额为9%，其回收业务营收同比增长23%" — the one listed name before the figure owns it, and no
    sentence that names the claim's firm states the figure. With it, the one sentence naming the
    claim's firm that gives a figure of the same kind: the fact the claim misstates."""
    rows = r.report.row_names
    theirs = r.text_of(found)
    mine = {n for n in rows if n in ASIDE.sub(" ", r.claim_text) and n not in theirs}
    if len(mine) != 1 or any(n in theirs for n in rows if n in r.claim_text):
        return None
    name = next(iter(mine))
    said = _said(r, name)
    for q in r.figures:
        x = next((x for x in r.figures_of(found) if agreement(q, x) == "same"), None)
        at = theirs.find(x.raw) if x else -1
        owners = [n for n in rows if 0 <= theirs.find(n) < at]
        if x is None or len(owners) != 1 or name in owners[0]:
            continue
        if any(any_agree([q], r.figures_of(i)) for i in said):
            continue
        own = [i for i in said if counterpart([q], r.figures_of(i))]
        reason = given_to_another(x.raw, owners[0], name) + _whose(x, theirs)
        return reason, own[0] if len(own) == 1 else None
    return None


def _whose(figure: Quantity, sentence: str) -> str:
    """Where the report states the claim's figure: the clause of that sentence, as it writes it
    (" (1460万: 山东省县域冷库总容量达到1460万吨)") — whose figure it is, without naming a name
    a word splitter may cut short (宁德 of 宁德时代)."""
    clause = next((c for c, _ in top_level_clauses(sentence) if figure.raw in c), "").strip()
    # a table's cell ("市场份额: 11.6%") says no more than the figure and its owner before it
    cell = re.fullmatch(rf"[^:：]{{1,30}}[:：]\s*{re.escape(figure.raw)}\s*", clause)
    if not clause or len(clause) > WHOSE_CLAUSE or cell:
        return ""
    return f" ({figure.raw}: {clause})"
