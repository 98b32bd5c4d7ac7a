"""A Chinese claim against the English sentence that holds most of its names and figures (or
the reverse), and the checks read on that match: the figure given to another name, the other
direction, all there, another figure, not there."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.compare.checks_base import (
    Check,
    Grounding,
    agrees,
    by_chance,
    counterpart,
    counterpart_in_kind,
    forecast_as_now,
    given_to_another,
    of_something_else,
    said_instead,
)
from summarizer.compare.checks_names import described
from summarizer.compare.checks_owner import (
    as_written,
    english_names,
    first_name_written,
    owner_swapped,
)
from summarizer.compare.clause_owner import other_clauses_figure
from summarizer.compare.directions import direction_differs, has_direction
from summarizer.compare.years import for_another_year
from summarizer.document import Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.loose import of_now
from summarizer.lang.name_pairs import NO_PAIRS, NamePairs
from summarizer.lang.names import names_written
from summarizer.lang.quantities import Quantity, comparable, parse_quantities

NAMED_IN = 3  # a name the report gives in more sentences has more than one figure
FIGURE_BACK = re.compile(r"(?:That|This|It)\s+(?:is|was|marks)\b|这一?(?:比例|数字|数据)")
FIGURE_WORDS = 1  # words a claim of no name, found by its figures, must share (glosses are narrow)


@dataclass(frozen=True)
class Match:
    """A claim and the report sentence that holds most of its names and figures."""

    claim: Claim
    names: set[str]
    figures: list[Quantity]
    sentence: Sentence
    sentence_names: set[str]
    score: float  # share of the claim's names and figures the sentence holds, in %
    clash: bool  # the sentence holds all its names, with another figure
    never_said: list[str]  # its figures and names the report nowhere states
    paragraph: str = ""  # the sentence with its neighbours in the paragraph
    paragraph_names: frozenset[str] = frozenset()
    named_in: int = 0  # report sentences that name all its names (counted on a clash only)
    elsewhere: tuple[tuple[str, str], ...] = ()  # (its Chinese name, in English) the report
    # names, but not in this sentence
    words_held: int = FIGURE_WORDS  # the claim's words the sentence says (counted without names)
    pairs: NamePairs = NO_PAIRS  # the names the report gives in both scripts
    beside_own: bool = False  # the sentence after one naming `elsewhere` refers back, with them
    rivals: tuple[Sentence, ...] = ()  # another sentence that matches it as well (a tie of two)

    @property
    def said_of_it(self) -> str:
        """The sentence, and the one after it that goes on about its figure ("29% … is
        wasted. That is down from 32%")."""
        after = self.paragraph.split(self.sentence.text, 1)[-1].strip()
        return f"{self.sentence.text} {after}" if FIGURE_BACK.match(after) else self.sentence.text

    @property
    def matched(self) -> bool:
        return self.score >= 99.9

    @property
    def held(self) -> list[Quantity]:
        """The claim's figures the sentence bears out."""
        stated = comparable(parse_quantities(self.sentence.text))
        return [q for q in self.figures if any(agrees(q, x) for x in stated)]

    def verdict(self, status: str, reason: str, *, of_another: bool = False) -> Grounding:
        return Grounding(
            status, self.sentence.id, self.sentence.text, self.score, reason, of_another=of_another
        )


def owner_differs(m: Match) -> Grounding | None:
    """The sentence gives the claim's figure to another name, or its name another figure —
    names written in characters read as the dictionary gives them in English, on either side
    (日本……31% against "South Korea … 31%, ahead of Japan (24%)")."""
    if not m.matched:
        return None
    source, source_names = english_names(m.sentence.text, m.names, m.pairs)
    source_names |= m.sentence_names
    claim, claim_names = english_names(m.claim.text, source_names, m.pairs)
    reason = owner_swapped(claim, m.names | claim_names, source, source_names, m.figures)
    return m.verdict("contradicted", reason) if reason else None


def named_elsewhere(m: Match) -> Grounding | None:
    """A Chinese claim's figure stands in a sentence about another name, while the report
    names the claim's own (日本 → Japan) only elsewhere: "日本：可视门铃普及率达31%" where the
    31% is South Korea's."""
    if not m.matched or not m.figures or not m.elsewhere or not m.sentence_names:
        return None
    if _writes_one_of(m.claim.text, m.sentence_names):
        return None  # "韩国Hanseong：份额下降1.6个百分点": it names the sentence's owner too
    if names_written(m.sentence.text, m.sentence_names) > 3:
        return None  # a sentence of many names is about several things
    if m.beside_own:
        return None  # "The Middle East grew fastest. Exports to the region rose 61%…"
    if len(m.elsewhere) > 1:  # a list (广东、浙江…五省市): the figure is none of theirs
        return m.verdict("contradicted", of_something_else(m.figures), of_another=True)
    if any(described(n, m.sentence.text) for n in m.sentence_names):
        return None  # "In the Indonesian capital, 62%…" may well be Jakarta's
    mine = as_written(m.elsewhere[0][1])
    theirs = first_name_written(m.sentence.text, m.sentence_names)
    reason = given_to_another(m.figures[0].raw, theirs, mine)
    return m.verdict("contradicted", reason, of_another=True)


def _writes_one_of(text: str, names: Iterable[str]) -> bool:
    """Does a claim write one of the names in Latin letters, run into Chinese or not?"""
    lowered = text.lower()
    return any(
        len(n) >= 3 and re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", lowered) for n in names
    )


def went_other_way(m: Match) -> Grounding | None:
    """Rose or fell, 上升 or 下降: the direction words of both languages are known — on the
    claim's subject, not a sentence found by a figure any might hold ("提升约30%" of speed is no
    rise of the bills "cut by 30% to 45%")."""
    if not m.matched or _by_chance_only(m):
        return None
    way = direction_differs(m.claim.text, m.said_of_it, figures=bool(m.figures))
    its_way = next((r for r in m.rivals if way and _goes_its_way(m, r.text)), None)
    if its_way:  # a sentence that matches it as well goes its way: that one is its fact
        return Grounding("supported", its_way.id, its_way.text, m.score, "figures and names match")
    return (
        m.verdict("contradicted", f"the report says it went the other way ({way})") if way else None
    )


def _goes_its_way(m: Match, sentence: str) -> bool:
    return has_direction(sentence) and not direction_differs(
        m.claim.text, sentence, figures=bool(m.figures)
    )


def _by_chance_only(m: Match) -> bool:
    """Was the sentence found by figures any sentence may hold, with no name and no word?"""
    return not m.names and m.words_held == 0 and all(map(by_chance, m.figures))


def all_there(m: Match) -> Grounding | None:
    """All its figures and names are in the sentence. A claim with no name, found by figures
    any sentence might hold, must share a word with it too: "30% faster" is not "cut bills by
    30% to 45%"."""
    if not m.matched:
        return None
    # a loose round figure (超过一半) fits many sentences: one glossed word is no subject —
    # but the year the sentence also gives ("exceed 60% by 2028") is a word held too
    need = FIGURE_WORDS + all(q.qualifier for q in m.figures) - _same_year(m)
    if not m.names and m.words_held < need and all(map(by_chance, m.figures)):
        return m.verdict("unverified", of_something_else(m.figures), of_another=True)
    if reason := other_clauses_figure(m.claim.text, m.figures, m.sentence.text):
        return m.verdict("contradicted", reason)
    return m.verdict("supported", "figures and names match")


def _same_year(m: Match) -> bool:
    """Does the sentence give every year the claim gives (one at least)?"""
    years = {q.value for q in m.claim.quantities if q.is_year}
    return bool(years) and years <= {
        q.value for q in parse_quantities(m.sentence.text) if q.is_year
    }


def another_figure(m: Match) -> Grounding | None:
    """The sentence that holds all its names gives another figure, and the claim's figure is
    nowhere in the report — or is, but only where the report does not name what the claim
    names, which it names in no more than a few sentences ("BYD holds 63%" where 比亚迪份额为17%
    and 63% is 宁德时代's)."""
    if m.clash and not m.names:
        return _misquoted(m)
    if not (m.clash and m.names):
        return None
    if not m.never_said and not 0 < m.named_in <= NAMED_IN:
        return None
    # its figure of now, not one the sentence compares with ("2024 share: 8.6%; 2025: 9.8%")
    said = m.sentence.text
    now = of_now(said, comparable(parse_quantities(said)))
    # a figure the report never states meets one of its kind (a growth of 84% is no share of
    # 21%); one it gives another owner is this one's figure all the same
    if m.never_said:
        pair = counterpart_in_kind(m.claim.text, m.figures, said, now)
    else:
        pair = counterpart(m.figures, now)
    if pair is None or (m.never_said and pair[0].raw not in m.never_said):
        return None
    if for_another_year(m.claim.text, pair[0], said):
        return None  # the sentence's figure is another year's
    return m.verdict("contradicted", said_instead(pair[1].raw, pair[0].raw))


def _misquoted(m: Match) -> Grounding | None:
    """A claim that names no one, whose figures the sentence holds all but one — among them one
    few sentences hold (US$14.9 billion) — and that one as another of its unit: a misquote
    ("东盟出口增长19.2%，至149亿美元" where exports "grew 17.2% to US$14.9 billion") — not
    where the sentence beside it in the paragraph gives that one."""
    source = comparable(parse_quantities(m.sentence.text))
    held = m.held
    left = [q for q in m.figures if q not in held]
    if any(agrees(q, x) for q in left for x in comparable(parse_quantities(m.paragraph))):
        return None  # "…87亿美元，增速16.2%": the sentence after it says "grew 16.2%"
    # "…28.4%, up from 25.83%": a past figure it compares with is no misquote of the 28.4%
    if len(left) != 1 or left[0] not in of_now(m.claim.text, m.figures):
        return None
    if for_another_year(m.claim.text, left[0], m.sentence.text):
        return None  # "…RMB 1.05 trillion by 2030" against the sentence on 2025 and 2027
    if not held or all(map(by_chance, held)):
        return None
    others = [x for x in source if not any(agrees(q, x) for q in held)]
    pair = counterpart_in_kind(m.claim.text, left, m.sentence.text, others)
    return m.verdict("contradicted", said_instead(pair[1].raw, pair[0].raw)) if pair else None


def not_there(m: Match) -> Grounding | None:
    """Neither borne out nor contradicted: what the report never states, or — where the closest
    sentence holds its figures but not the rest (a firm the dictionary does not know, "Meituan
    Drone" against 美团无人机) — that much, and no more."""
    if m.never_said:
        return Grounding("unsupported", reason="the report never states " + ", ".join(m.never_said))
    held = m.held
    telling = [q.raw for q in [q for q in held if not by_chance(q)] or held]  # not "#1"'s 1
    reason = (
        f"the report states {', '.join(telling)}, but the checks could not match the rest of "
        "the claim to that passage"
        if telling
        else "the checks could not match its figures and names to one passage of the report"
    )
    return Grounding("unverified", m.sentence.id, m.sentence.text, m.score, reason)


def owner_in_paragraph(m: Match) -> Grounding | None:
    """Not all there, but its paragraph gives the claim's name another figure, or its figure to
    another name it names: "GPT … 41%" where the report says Claude 41%, GPT 33%."""
    if m.matched or not m.names or not m.figures:
        return None
    claim, claim_names = english_names(m.claim.text, set(m.paragraph_names), m.pairs)
    reason = owner_swapped(
        claim, m.names | claim_names, m.paragraph, set(m.paragraph_names), m.figures
    )
    return m.verdict("contradicted", reason) if reason else None


def forecast_given_as_now(m: Match) -> Grounding | None:
    """The sentence that holds the claim's figures forecasts them, and the claim says they are
    of now ("目前已占全球收入的35%" where 35% is the report's share for 2030)."""
    if not m.figures or len(m.held) < len(m.figures):
        return None
    reason = forecast_as_now(m.claim, m.claim.text, m.sentence.text)
    return m.verdict("contradicted", reason) if reason else None


MATCH_CHECKS: Sequence[Check[Match]] = (
    forecast_given_as_now,
    owner_differs,
    named_elsewhere,
    went_other_way,
    all_there,
    another_figure,
    owner_in_paragraph,
    not_there,
)
