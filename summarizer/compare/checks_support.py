"""Which report passage a claim stands on, from its figures and words: the checks tried, in
order, on the sentences retrieval found for the claim (`Retrieved`). The last one always has a
verdict, so `find_passage` always returns one.

Precision first: a claim is `unsupported` only for what it adds that the report never states (a
figure, a name, a year), `contradicted` only where the passage on its subject gives another
figure, and `unverified` — with the reason — where the checks cannot tell."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.compare.checks import unsaid, vocabulary
from summarizer.compare.checks_base import (
    OF_NOW,
    Check,
    Grounding,
    agrees,
    all_agree,
    borne_out,
    counterpart,
    counterpart_in_kind,
    first_verdict,
    forecast_as_now,
    names_one_of,
    paragraph_around,
    said_instead,
)
from summarizer.compare.checks_bounds import bound_broken
from summarizer.compare.checks_firms import chinese_name_elsewhere
from summarizer.compare.checks_given import given_to_another_name
from summarizer.compare.checks_names import swapped_name
from summarizer.compare.checks_owner import as_written
from summarizer.compare.clause_owner import other_clauses_figure
from summarizer.compare.figure_kinds import levels_for
from summarizer.compare.retrieved import RELATED, SUPPORT, Retrieved
from summarizer.compare.years import for_another_year, year_beside
from summarizer.lang.quantities import Quantity, parse_quantities
from summarizer.lang.tables import is_row

UNSAID = 0.4  # share of a claim's words its passage may lack and still be on its subject


def nothing_shared(r: Retrieved) -> Grounding | None:
    if len(r.candidates) == 0:
        if new := r.never_said():
            return Grounding("unsupported", reason="the report never states " + ", ".join(new))
        return Grounding("unverified", reason="no sentence of the report shares its words")
    return None


def sentence_states_figures(r: Retrieved) -> Grounding | None:
    """The best sentence that states every figure of the claim and names what it names (a figure
    alone, in a sentence about something else, is a coincidence, not support)."""
    if not r.figures:
        return None
    for k in r.related():
        j = int(r.candidates[k])
        text = r.text_of(j)
        source = levels_for(r.claim_text, r.figures, text, r.figures_of(j))
        now = levels_for(r.claim_text, r.figures, text, r.now_of(j))
        stated = borne_out(r.figures, source, now, r.past)
        if names_one_of(r.required, r.names_of(j)) and stated:
            if reason := forecast_as_now(r.claim, r.claim_text, r.text_of(j)):
                return r.verdict("contradicted", j, float(r.scores[k]), reason)
            # "超过一半的管理者" borne out by the employees' 71.2% beside the managers' 48.0%
            if reason := other_clauses_figure(r.claim_text, r.figures, r.text_of(j)):
                return r.verdict("contradicted", j, float(r.scores[k]), reason)
            return r.verdict("supported", j, float(r.scores[k]))
    return None


def paragraph_states_figures(r: Retrieved) -> Grounding | None:
    """The paragraph around the best sentence that states one of the figures: "26%, up from 7%"
    here, "close to a fourfold increase" in the next sentence."""
    if not r.figures:
        return None
    for k in r.related():
        j = int(r.candidates[k])
        if not any(borne_out([q], r.figures_of(j), r.now_of(j), r.past) for q in r.figures):
            continue
        if counterpart([q for q in r.figures if q.qualifier], r.now_of(j)):
            continue  # the sentence gives its loose figure otherwise: no neighbour's bears it out
        around = paragraph_around(r.sentences, j)
        mine = (r.claim_text, r.figures)
        stated = [q for i in around for q in levels_for(*mine, r.text_of(i), r.figures_of(i))]
        now = [q for i in around for q in levels_for(*mine, r.text_of(i), r.now_of(i))]
        named = set().union(*(r.names_of(i) for i in around))
        if (
            names_one_of(r.required, named)
            and borne_out(r.figures, stated, now, r.past)
            and _rows_own(r, around)
        ):
            # a neighbour's figure: "Bolt … holding 14.6%" where 14.6% is Tier-Dott's
            for q in r.figures:
                if given := given_to_another_name(r, [q]):
                    return given
            quote = " ".join(r.sentences[i].text for i in around)
            return Grounding("supported", r.sentences[j].id, quote, float(r.scores[k]))
    return None


def _rows_own(r: Retrieved, around: list[int]) -> bool:
    """In a table, each figure is borne out by a row of a name the claim names: the next row's
    2.1% is Vantara's, no "Hanul 2.1%"; Feishu's 6.1% and DingTalk's 5.7% are each their own."""
    rows = [i for i in around if is_row(r.sentences[i].text)]
    if not rows:
        return True
    return all(
        any(
            borne_out([q], r.figures_of(i), r.now_of(i), r.past)
            and names_one_of(r.required, r.names_of(i))
            for i in rows
        )
        for q in r.figures
    )


def _states_as_written(q: Quantity, stated: Sequence[Quantity]) -> bool:
    """Does a passage state q: exactly, or with the same bound ("突破7000亿元" where the report
    says "2027年突破7,000亿元")? A loose figure alone fits many passages by chance."""
    if not q.qualifier:
        return all_agree([q], stated)
    return any(
        x.qualifier == q.qualifier and x.unit == q.unit and x.value == q.value for x in stated
    )


def _stated_for_its_year(r: Retrieved, q: Quantity) -> bool:
    """Does a sentence of the report state q as written, for the year the claim gives it
    ("2030年将达到2150亿元" where the outlook says "2030年…将达到2,150亿元")?"""
    year = year_beside(r.claim_text, q)
    return year is not None and any(
        _states_as_written(q, r.figures_of(i))
        and any(x.is_year and x.value == year for x in parse_quantities(s.text))
        for i, s in enumerate(r.sentences)
    )


def partly_stated(r: Retrieved) -> Grounding | None:
    """A claim of several figures whose exact figure finds its passage ("631 valid answers"),
    where that passage and its paragraph lack another ("up about 20% on last year"): the passage
    on its subject does not say what it adds."""
    # a figure that picks out one passage: exact, and with a unit or large ("2" in a name, no)
    distinctive = [q for q in r.figures if not q.qualifier and (q.unit or q.value >= 100)]
    if len(r.figures) < 2 or not distinctive:
        return None
    order = r.related()
    related = [int(r.candidates[k]) for k in order]
    for k in order:
        j = int(r.candidates[k])
        exact = [q for q in distinctive if all_agree([q], r.figures_of(j))]
        if not exact:
            continue
        # all of it: "…about 36 GW in 2030. … The base case is roughly 140 GW below the 380 GW…"
        # is one passage on the outlook
        around = r.paragraph_of(j)
        stated = [x for i in around for x in r.figures_of(i)]
        lacking = [
            q
            for q in r.figures
            if (q.unit or q.value >= 10)
            and not all_agree([q], stated)
            and not (q.unit == "x" and q in r.report.worked_out([q]))
        ]
        # two facts the report states apart, joined ("全屋智能（+31.5%）和下沉市场（31.2%）是
        # 主要增量"): each exact figure in a passage on the claim's words adds nothing unsaid
        if all(
            any(_states_as_written(q, r.figures_of(i)) for i in related)
            or _stated_for_its_year(r, q)
            for q in lacking
        ):
            return None
        if lacking and (swapped := _one_swapped(r, j, lacking)):
            return r.verdict("contradicted", j, float(r.scores[k]), swapped)
        if lacking:
            said = ", ".join(q.raw for q in exact)
            reason = f"the passage that states {said} does not state " + ", ".join(
                q.raw for q in lacking
            )
            return r.verdict("unsupported", j, float(r.scores[k]), reason)
        return None
    return None


def _one_swapped(r: Retrieved, j: int, lacking: list[Quantity]) -> str | None:
    """The passage states as many figures as the claim, all but one of them the claim's, and in
    that one's place another of its kind: "GMV同比增长62%，占线上销售的26%" where the passage
    says "GMV同比增长52%，占线上销售的26%" — the report's 52%, not 62%."""
    said = [x for x in r.figures_of(j) if x.role != "derived"]  # not 增长52%'s 1.52x
    others = [x for x in said if not any(agrees(q, x) for q in r.figures)]
    if len(lacking) != 1 or len(others) != 1 or len(said) != len(r.figures):
        return None
    pair = counterpart_in_kind(r.claim_text, lacking, r.text_of(j), others)
    return said_instead(pair[1].raw, pair[0].raw) if pair else None


def not_in_report(r: Retrieved) -> Grounding | None:
    """A figure, name or year the report never states: where the passage on the claim's subject
    gives another figure of the same kind, the claim is contradicted ("the report says 58%, not
    56%"); else it adds what the report lacks."""
    new = r.never_said()
    if not new:
        return None
    j, score = r.best
    pair = counterpart(r.figures, r.now_of(j))
    on_subject = score >= RELATED and names_one_of(r.required, r.names_of(j))
    if pair and on_subject and pair[0] in r.report.never_states(r.figures):
        claimed, stated = pair
        reason = said_instead(stated.raw, claimed.raw)
        return r.verdict("contradicted", j, score, reason)
    if score >= RELATED:
        return r.verdict("unsupported", j, score, "the report never states " + ", ".join(new))
    return Grounding("unsupported", reason="the report never states " + ", ".join(new))


def same_subject_other_figure(r: Retrieved) -> Grounding | None:
    """The passage on the claim's very subject — close, naming what it names, saying most of
    its words — gives another figure of the same kind: "the report says 31%, not 35%", even
    where 35% stands elsewhere in the report about something else."""
    if not r.figures:
        return None
    j, score = r.best
    if score < SUPPORT or not names_one_of(r.required, r.names_of(j)):
        return None
    # not its past one; nor the claim's figure the sentence gives as past ("（2024年约28万元）"
    # on "比2024年的约28万元明显缩小")
    said = r.figures_of(j)
    mine = [q for q in r.figures if not any(agrees(q, x) for x in said)]
    pair = counterpart(mine, r.now_of(j))
    if pair is None or unsaid(r.claim_text, r.text_of(j))[1] > UNSAID or _said_beside(r, j):
        return None
    if for_another_year(r.claim_text, pair[0], r.text_of(j)):
        return None  # "…2030年将达到1.05万亿元" read against the sentence on 2025 and 2027
    return r.verdict("contradicted", j, score, said_instead(pair[1].raw, pair[0].raw))


def _forecast_elsewhere(r: Retrieved) -> Grounding | None:
    """The one sentence that states the claim's figures, shares two of its words and forecasts
    them, where the claim says they hold now."""
    if not OF_NOW.search(r.claim_text):
        return None
    found = [
        (j, reason)
        for j in range(len(r.sentences))
        if borne_out(r.figures, r.figures_of(j), r.now_of(j), r.past)
        and names_one_of(r.required, r.names_of(j))
        and len(r.own_words & vocabulary(r.text_of(j))) >= 2
        and (reason := forecast_as_now(r.claim, r.claim_text, r.text_of(j)))
    ]
    return r.verdict("contradicted", found[0][0], 0.0, found[0][1]) if len(found) == 1 else None


def _said_beside(r: Retrieved, j: int) -> bool:
    """Does the sentence before or after j, in its paragraph, state all the claim's figures, of
    what it names? "出口额增速（31%）低于出货量增速" has its words from the sentence after 31%'s."""
    paragraph = r.sentences[j].paragraph
    return any(
        0 <= k < len(r.sentences)
        and r.sentences[k].paragraph == paragraph
        and all_agree(r.figures, r.now_of(k))  # not a past one: "IAP由54.9%降至39.5%"
        and names_one_of(r.required, r.names_of(k))  # not another firm's 2.1%
        and bool(r.own_words & vocabulary(r.text_of(k)))  # nor "44% of rural clinics"
        for k in (j - 1, j + 1)
    )


def nothing_close(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if score >= RELATED:
        return None
    return r.report.unheard(r.claim_text, r.figures) or Grounding(
        "unverified", reason="no passage of the report is on its subject"
    )


def name_swapped_same_figures(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if score < RELATED or not r.figures or not all_agree(r.figures, r.figures_of(j)):
        return None
    swap = swapped_name(r.claim_names, r.names_of(j), r.claim_text, r.text_of(j), r.report.words)
    if swap:
        theirs, mine = as_written(swap[1], r.text_of(j)), as_written(swap[0], r.claim_text)
        return r.verdict("contradicted", j, score, said_instead(theirs, mine))
    return None


def figure_elsewhere(r: Retrieved) -> Grounding | None:
    """Its figures are in the report, but not in the passage on its subject: another fact's
    figure, or this fact said elsewhere — the checks cannot tell. Unless the claim gives as a
    figure of now what a sentence on its words forecasts ("目前已有约65%的大中型企业部署了…"
    where the report expects 65% by 2027): that one is contradicted."""
    if not r.figures:
        return None
    if found := _forecast_elsewhere(r) or given_to_another_name(r):
        return found
    j, score = r.best
    said = ", ".join(q.raw for q in r.figures)
    reason = f"the report states {said}, but not in the passage closest to the claim"
    unnamed = sorted(r.required - r.names_of(j))
    if all_agree(r.figures, r.figures_of(j)) and unnamed:  # "CAGR ~7.5%": spelled out there?
        names = ", ".join(as_written(n, r.claim_text) for n in unnamed)
        reason = f"the passage that states {said} does not name {names}"
    return Grounding("unverified", r.sentences[j].id, r.sentences[j].text, score, reason)


def close_words(r: Retrieved) -> Grounding | None:
    j, score = r.best
    if score >= SUPPORT:
        return r.verdict("supported", j, score)
    reason = "only loosely related text in the report"
    return r.verdict("unverified", j, score, reason)


PASSAGE_CHECKS: tuple[Check[Retrieved], ...] = (
    nothing_shared,
    chinese_name_elsewhere,
    sentence_states_figures,
    paragraph_states_figures,
    name_swapped_same_figures,
    not_in_report,
    partly_stated,
    same_subject_other_figure,
    bound_broken,
    nothing_close,
    figure_elsewhere,
    close_words,
)


def find_passage(r: Retrieved) -> Grounding:
    verdict = first_verdict(PASSAGE_CHECKS, r)
    assert verdict is not None  # close_words always has one
    return verdict
