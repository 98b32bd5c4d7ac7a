"""What every grounding check shares: the verdict it returns, the report's figures read once
(its names: name_reader.py), and the rule that runs a list of checks — each returns a verdict
with its evidence, or None to pass the claim on to the next one. A new check is a new function
in a list."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from summarizer.compare.checks import lacking
from summarizer.document import Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.loose import is_rate, looks_ahead
from summarizer.lang.quantities import (
    Quantity,
    agreement,
    comparable,
    parse_quantities,
    spelled_counts,
)


@dataclass(frozen=True)
class Grounding:
    status: str  # supported | unsupported | contradicted | unverified
    source_anchor: str | None = None
    source_quote: str | None = None
    score: float = 0.0
    reason: str = ""
    evidence_found: bool | None = None  # None: the claim gave no evidence quote
    by: str = "offline"  # who decided: the offline checks, or the judge model (compare/judge.py)
    offline: Mapping[str, Any] | None = None  # the offline view, when the judge overrode it
    judge_note: str | None = None  # why the judge's answer was not taken (offline stands)
    # the sentence pointed at gives the claim's figure to another thing or owner: the claim's
    # evidence, not its fact ("快手：市场份额8.7%" where 8.7% is WeChat Channels')
    of_another: bool = False
    # ... and, where the report has one, the sentence on the claim's own subject: the fact it
    # misstates ("美的份额12.4%" is about 美的's row, which gives 11.9%)
    subject_anchor: str | None = None


T = TypeVar("T")
Check = Callable[[T], Grounding | None]


def first_verdict(checks: Iterable[Check[T]], subject: T) -> Grounding | None:
    """The verdict of the first check that has one."""
    for check in checks:
        verdict = check(subject)
        if verdict is not None:
            return verdict
    return None


class FigureCache:
    """The figures of each source sentence, parsed once, when first needed."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.cache: dict[int, list[Quantity]] = {}

    def __call__(self, j: int) -> list[Quantity]:
        if j not in self.cache:
            text = self.sentences[j].text
            figures = comparable(parse_quantities(text))
            self.cache[j] = figures + as_multiples(text, figures) + _spelled(text, figures)
        return self.cache[j]


def _spelled(text: str, figures: Sequence[Quantity]) -> list[Quantity]:
    """The small counts the sentence spells out ("a shortfall of eight vessels"), which bear a
    claim's 8艘 out but, like a multiple, never contradict one."""
    have = {q.value for q in figures if not q.unit} | {1.0}  # "at least one", "one of": no count
    return [Quantity(n, "", "", f"{n:g}", role="derived") for n in spelled_counts(text) - have]


# "同比增长126%", "sales rose 150%": a growth a claim may give as a multiple (翻了一番还多)
_GREW_BY = re.compile(
    r"(?:增长|提升|提高|增加|上升|上涨|\b(?:rose|grew|increased|jumped|up)\b)\s*(?:了|by)?\s*$",
    re.IGNORECASE,
)


def as_multiples(text: str, figures: Sequence[Quantity]) -> list[Quantity]:
    """A growth of 50% or more also read as the multiple it makes: 增长126% is 2.26 times. Such a
    multiple bears a claim out but never contradicts one: 翻了一番 is how people say 126%."""
    found = []
    for q in figures:
        at = text.find(q.raw) if q.raw else -1
        if (
            q.unit == "%"
            and q.value >= 50
            and at > 0
            and _GREW_BY.search(text[max(0, at - 12) : at])
        ):
            found.append(Quantity(1 + q.value / 100, "x", q.qualifier, q.raw, role="derived"))
    return found


BOUND_ABOVE = {"over", "at_least"}
_BOUND_BELOW = {"under", "at_most"}
_SOME_MORE = re.compile(r"(?<!还)多(?![于达])")
_A_LITTLE_OVER = re.compile(r"(?:出头|有余)$|刚")  # 刚刚过半; plain 过半 is any "over half"
BOUNDS = BOUND_ABOVE | _BOUND_BELOW


def _said_as(q: Quantity, x: Quantity) -> bool:
    """A multiple said in words ("doubled", 翻了一番) of a figure near it (2.1倍)."""
    words = not q.qualifier and not any(c.isdigit() for c in q.raw)
    return words and q.unit == x.unit == "x" and abs(x.value - q.value) <= WORD_MULTIPLE * q.value


def _in_points(q: Quantity, x: Quantity) -> bool:
    """The claim's bare figure is the report's in percentage points: "rose 11.3 points" is
    11.3个百分点 (not the other way: "上升6个百分点" is no "6 new lines")."""
    return not q.unit and x.unit == "pp" and q.value == x.value


WORD_MULTIPLE = 0.1  # how far a multiple said in words ("doubled", 翻了一番) reaches


def agrees(q: Quantity, x: Quantity) -> bool:
    """The report's figure `x` bears out the claim's `q`: the same, or what q's qualifier allows.
    Stricter than `agreement`'s "approx" for shares: 约78% is not 73% (a share is read in points:
    3 either way), and "over 60%" needs a figure at or above 60 — not far above it."""
    relation = agreement(q, x)
    if relation == "same" or _in_points(q, x):
        return True
    if x.role == "derived" and q.unit == "x" and q.qualifier in ("", *BOUND_ABOVE):
        # 增长118% is how a report says 翻番 (翻番有余): a multiple worked out bears a round one out
        least = q.value if q.qualifier else q.value * (1 - NEARLY)
        return least <= x.value <= q.value * DOUBLED_AND_MORE
    if relation in ("conflict", "approx") and q.raw.endswith("成") and q.qualifier in ("", "about"):
        return abs(x.value - q.value) <= 3.0  # 三成 (约三成) is a round share, roughly 30%
    if relation == "conflict" and q.qualifier in BOUNDS:
        if _SOME_MORE.search(q.raw) and q.qualifier == "over":  # 三成多 30-40%, 两百多亿 200-300亿
            return q.value <= x.value < q.value + 10 ** math.floor(math.log10(max(q.value, 1)))
        # a bound as summaries round (超过两百亿元 of 236亿) is read over the range below; one
        # that says "a little over" (刚刚过半, 两成出头) stays a figure near its own
        relation = "conflict" if _A_LITTLE_OVER.search(q.raw) else "approx"
    if relation != "approx":
        return False
    lo, hi = q.span()
    if q.qualifier in BOUND_ABOVE or x.qualifier in _BOUND_BELOW:
        return lo <= x.value <= lo * 1.25 + (10 if q.unit == "%" else 0)
    if q.qualifier in _BOUND_BELOW or x.qualifier in BOUND_ABOVE:
        return hi * 0.75 - (10 if q.unit == "%" else 0) <= x.value <= hi
    if q.qualifier == "nearly":  # 近一半 is said of 46%, "nearly two-thirds" of 63.3%
        return hi * (1 - NEARLY) <= x.value <= hi
    if rounds_to_digits(q):
        return abs(x.value - q.value) <= about_reach(q, x)  # 约563 TWh is no 536
    if q.unit == "%":
        return abs(x.value - lo) <= 3.0
    # "约91GW" is not 82 GW: about is a rounding, a few per cent either way
    return abs(x.value - q.value) <= ABOUT * max(abs(q.value), abs(x.value))


def rounds_to_digits(q: Quantity) -> bool:
    """An "about" written in digits, not as a fraction (约563, "about 24%"; not 约2/3, 约三成)."""
    return q.qualifier == "about" and "/" not in q.raw and any(ch.isdigit() for ch in q.raw)


def about_reach(q: Quantity, other: Quantity) -> float:
    """How far an "about" written in digits reaches toward `other`: a step of the precision it
    is written to — 约540 is 530-550, 约25% 20-30% (a five is rounder), 约563 TWh 552-574, 约24%
    23-25 — but 2% at least, and at most ABOUT of the larger figure (3 points of a share). A
    rounding of the report's figure fits it; 约563 is never how 536 is rounded."""
    value = abs(q.value)
    if not value:
        return 0.0
    significant = f"{value:.6g}".split("e")[0].replace(".", "").lstrip("0").rstrip("0") or "0"
    step = 10.0 ** (math.floor(math.log10(value)) - len(significant) + 1)
    if significant.endswith("5"):
        step *= 5
    if q.unit == "%":
        return min(max(step, 0.02 * value), 3.0)
    return min(max(step, 0.02 * value), ABOUT * max(value, abs(other.value)))


# words that give the figure after them as a change: 多了5分钟, 上升5个百分点, "up 5 points"
_AS_CHANGE = re.compile(
    r"(?:多了?|少了?|多出|增加了?|减少了?|提高了?|提升了?|上升了?|下降了?|下滑了?|降低了?|增长了?"
    r"|高出|低了|(?i:\b(?:up|down|more|fewer|less|higher|lower|rose|fell|gained|lost|by)))\s*$"
)


def said_as_change(text: str, raw: str) -> bool:
    at = re.search(rf"(?<![\d.]){re.escape(raw)}(?![\d])", text) if raw else None
    if not at:
        return False
    before, after = text[max(0, at.start() - 8) : at.start()], text[at.end() : at.end() + 24]
    return bool(_AS_CHANGE.search(before) or _CHANGE_AFTER.match(after))


_CHANGE_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:more|fewer|less|higher|lower|(?:percentage\s+)?points?)\b", re.IGNORECASE
)
NEARLY = 0.1  # how far below its figure "nearly" / 近 reaches
ABOUT = 0.07  # how far either way "about" / 约 reaches, relative to the figure
DOUBLED_AND_MORE = 1.3  # a round multiple (翻番, doubled) said of a growth up to 30% beyond it


def names_one_of(required: set[str], named: set[str]) -> bool:
    return not required or lacking(required, named) != required


def all_agree(figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    return all(any(agrees(q, x) for x in source_figures) for q in figures)


OTHER_TIME = 0.7  # a sentence's closeness to a claim where one is a forecast and the other not


def of_its_time(
    claim: Claim, ahead: Callable[[int], bool], candidates: Iterable[int]
) -> list[float]:
    """A weight per candidate sentence: 1, or OTHER_TIME where the sentence forecasts and the
    claim does not, or the other way round ("超充桩有望突破20万台" meets the outlook)."""
    if not comparable(claim.quantities):  # a forecast is of figures; "will" alone is not one
        return [1.0 for _ in candidates]
    mine = forecasts(claim.text, claim.headings)
    return [1.0 if ahead(j) == mine else OTHER_TIME for j in candidates]


_WILL = re.compile(r"\bwill\b", re.IGNORECASE)


def forecasts(text: str, heading: str) -> bool:
    """`looks_ahead`, less a bare "will": a news report's "the firm will cut 500 jobs" is a
    plan a summary states as fact ("cuts 500 jobs"), not a forecast of a figure."""
    return looks_ahead(_WILL.sub("", text), heading)


def borne_out(
    figures: Sequence[Quantity],
    source: Sequence[Quantity],
    now: Sequence[Quantity],
    past: Sequence[Quantity] = (),
) -> bool:
    """`all_agree`, where a loose figure (a bound, 近七成) is borne out only by a figure of now
    (`now`, see of_now): "同比增长超过三分之一" is not the year before's 48.7% of "同比增长30.4%，
    增速较2024年的48.7%明显回落", nor "近七成" the 66% of "62%（2023年为66%）" — unless the
    claim gives it as the earlier figure itself (`past`: "（2024年约28万元）")."""
    return all(
        any(agrees(q, x) for x in (now if q.qualifier and q not in past else source))
        for q in figures
    )


def any_agree(figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    return any(any(agrees(q, x) for x in source_figures) for q in figures)


def paragraph_around(sentences: Sequence[Sentence], j: int) -> list[int]:
    """Sentence j with its neighbours in the same paragraph."""
    return [
        k
        for k in (j - 1, j, j + 1)
        if 0 <= k < len(sentences) and sentences[k].paragraph == sentences[j].paragraph
    ]


def contradicts(claim_figures: Sequence[Quantity], source_figures: Sequence[Quantity]) -> bool:
    """A figure of the claim that the sentence does not bear out, where the sentence states
    another figure of the same kind (20% where it says 35%). A figure of a kind the sentence does
    not mention at all is missing, not contradicted."""
    return bool(counterpart(claim_figures, source_figures))


def _near(q: Quantity, x: Quantity) -> bool:
    """Within an order of magnitude: 7 people and "more than 80,000 staff" are two measures,
    not two values of one (shares, on a scale of 0–100, are always near)."""
    if q.unit == "%" or not q.value or not x.value:
        return True
    return max(abs(q.value), abs(x.value)) <= 10 * min(abs(q.value), abs(x.value))


_SAID_INSTEAD = re.compile(r"^the report says (.+?), not ")


def said_instead(stated: str, claimed: str) -> str:
    """The reason of a claim the report states otherwise: "the report says 44%, not 54%"."""
    return f"the report says {stated}, not {claimed}"


# a claim that says its figure is of now: 目前已占35%, "now accounts for 35%"
OF_NOW = re.compile(
    r"目前|现已|已经|当前|如今|现在|(?i:\b(?:now|currently|today(?!['’]s)|already)\b)"
)


def forecast_as_now(claim: Claim, text: str, sentence: str) -> str | None:
    """The reason for a claim (`text`: its words in the sentence's language) that gives as a
    figure of now what the sentence forecasts ("目前已占全球收入的35%" where the report expects
    35% by 2030), else None. Not a clause split off a forecast ("…, more than double today's
    count"), nor one under an outlook heading."""
    if not OF_NOW.search(text) or claim.ahead or looks_ahead(text) or not looks_ahead(sentence):
        return None
    figures = [q.raw for q in comparable(parse_quantities(text))]
    return f"the report gives {', '.join(figures)} as a forecast, not a figure of now"


def stated_instead(reason: str) -> str | None:
    """What the report says instead, read back from a `said_instead` reason ("44%")."""
    m = _SAID_INSTEAD.match(reason)
    return m.group(1) if m else None


def counterpart(
    claim_figures: Sequence[Quantity], source_figures: Sequence[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """(the claim's figure, the sentence's) for the first figure of the claim the sentence
    gives otherwise: same unit, not borne out, not just another bound on it. The sentence's
    figure must be one no other figure of the claim accounts for ("from 5-person startups to
    over 50,000 staff" read against "5人……50,000人" pairs nothing: 50,000 is the claim's own),
    and near the claim's (see _near)."""
    for q in claim_figures:
        same_kind = [
            x for x in source_figures if agreement(q, x) != "incomparable" and x.role != "derived"
        ]
        if not same_kind or any(agrees(q, x) or agreement(q, x) == "qualifier" for x in same_kind):
            continue
        if any(agrees(q, x) for x in source_figures if x.role == "derived"):
            continue  # 缺口8艘 against "a shortfall of eight vessels … in the next twelve months"
        if any(_said_as(q, x) for x in same_kind):
            continue  # 翻了一番 is how people say 2.1倍: no other figure for it
        if any(_in_points(q, x) for x in source_figures):
            continue  # "+2.9 points" is the row's "+2.9个百分点", not its rank "2"
        free = [
            x
            for x in same_kind
            if not any(agrees(o, x) for o in claim_figures if o is not q) and _near(q, x)
        ]
        if free:
            return q, min(free, key=lambda x: abs(x.value - q.value))
    return None


def counterpart_in_kind(
    claim: str, figures: Sequence[Quantity], sentence: str, source: Sequence[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """`counterpart`, of the sentence's figures of the claim figure's kind: a growth of 84% is
    no share of 21% ("销量120万台，同比增长84%" against "1.2 million units …, 21% of US unit
    volume")."""
    for q in figures:
        kind = [x for x in source if is_rate(sentence, x) == is_rate(claim, q)]
        pair = counterpart(figures, kind)
        if pair and pair[0] is q:
            return pair
    return None


def of_something_else(figures: Sequence[Quantity]) -> str:
    """The reason for a claim found only by figures (`by_chance`) in a sentence about another
    thing."""
    return f"the report states {', '.join(q.raw for q in figures)}, but of something else"


def given_to_another(figure: str, theirs: str, mine: str) -> str:
    """The reason for a claim that gives a figure to the wrong owner."""
    return f"the report gives {figure} to {theirs}, not {mine}"


def by_chance(q: Quantity) -> bool:
    """A figure many sentences may hold: a whole number under 100 (30%, 4%, 12 hours) — not
    1,812 respondents, 63.3%, a range or a date."""
    return q.unit != "date" and q.high is None and q.value < 100 and float(q.value).is_integer()
