"""Which figures of a text state its fact: how far a one-sided bound reaches (超过一半 is said of
59%, not of 80%), a loose figure that only glosses the exact one beside it ("过半（54%）"), and a
past figure the text compares with ("59% … (vs. 44% in 2023)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from summarizer.lang.number_words import EN_SMALL
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities
from summarizer.lang.text import segmenter

BOUND_REACH = 1.25  # "超过一半" is said of 59%, not of 80%: how far past its bound a figure goes


def within_bound(bound: Quantity, x: Quantity) -> bool:
    """A figure the other's one-sided bound allows, not far past it: 超过一半 and 59%, 九成以上
    and 93%, "under a third" and 28%."""
    if bound.qualifier in ("over", "at_least"):
        return bound.value <= x.value <= bound.value * BOUND_REACH
    if bound.qualifier in ("under", "at_most"):
        return bound.value / BOUND_REACH <= x.value <= bound.value
    return False


def stated_once(figures: list[Quantity]) -> list[Quantity]:
    """A claim's figures less a loose one that only restates an exact one beside it ("nearly
    two-thirds (63.3%)", "约三成（31.8%）", "过半（54%）"): the exact one is the fact."""
    return [
        q
        for q in figures
        if not (
            q.qualifier
            and any(
                x is not q
                and x.qualifier in ("", "about")  # 超过一半（约58%）: the 约58% is the fact
                and x.qualifier != q.qualifier
                and (agreement(q, x) in ("same", "approx") or within_bound(q, x))
                for x in figures
            )
        )
    ]


def of_now(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """A text's figures, less the past ones it compares with where it states a figure of now:
    "59% … (vs. 44% in 2023)", "59%…（2023年为44%）", "84%, up from 61%" — so that 近50% meets
    59%, not 44%."""
    figures = comparable(list(quantities))
    now = [q for q in figures if not earlier(text, q, _BEFORE_PAST)]
    return now if now and len(now) < len(figures) else figures


def of_then(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """A text's figures of an earlier time, the ones `of_now` leaves out where it can."""
    return [q for q in comparable(list(quantities)) if earlier(text, q, _BEFORE_PAST)]


# The words right before a figure that set it in an earlier time ("up from", 从, 较去年) …
_TIME_WORDS = (
    r"(?i:\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from)|[从由]"
    # "rose to 14.9% from 13.1%": the figure it went to, then the one it came from
    r"|(?i:\b(?:rose|fell|grew|increased|decreased|climbed|dropped|declined|slipped|jumped"
    r"|shrank|edged (?:up|down)|went (?:up|down))\s+to\s+\S+\s+from)"
    r"|(?:较|比|低于|高于|不及|超过)(?:\d{4}年|去年|上年|同期)"
)
# … and, read for a conflict, those it is merely compared with ("vs. 44%"; "vs" in lower case
# only: "VS Code (37%)" compares nothing)
_COMPARE_WORDS = r"(?i:\bfrom|\bversus|\bcompared (?:with|to))|\bvs\.?"
_UP_TO = r"[^，。；,;:：\d]{0,12}$"  # with no other figure or clause between
_THEN = re.compile(rf"(?:{_TIME_WORDS}){_UP_TO}")
_BEFORE_PAST = re.compile(rf"(?:{_COMPARE_WORDS}|{_TIME_WORDS}){_UP_TO}")
# a time before now named right before the figure (去年为22%), or right after it ("22% last year")
_PAST_BEFORE = re.compile(
    r"(?:去年|上年|前年|上一年|此前|上期)(?:同期)?(?:仅|只|约|才)?(?:为|是|达|的|时)?\s*$"
)
_PAST_AFTER = re.compile(
    r"^\s*(?:(?:a|one|the) year (?:earlier|before|ago)|last year|in the previous year)\b",
    re.IGNORECASE,
)
_ASIDE_WITH_YEAR = re.compile(r"[（(][^（()）]*(?:19|20)\d\d[^（()）]*[)）]")
# an aside with a year that says what holds from then on, or what a figure goes to, is no past
# figure: "（2026年起升至25%）", "（2027年将达到45%）"
_ASIDE_GOES_ON = re.compile(
    r"年起|年后|[升降增]至|提高到|上调|下调|将|预计|有望|by\s+(?:19|20)\d\d", re.IGNORECASE
)


def earlier(text: str, q: Quantity, marks: re.Pattern[str] = _THEN) -> bool:
    """Is the figure one of an earlier time, by the words of time around it: "up from 61%",
    从13%, 较去年的35%, 去年为22%, "22% last year", "（2023年为44%）" — not a figure merely
    compared with ("71%, compared with 54% in Asia-Pacific" is another region's)? `marks`:
    the words before a figure that set it in the past."""
    if not q.raw or q.role == "to":
        return False
    at = text.find(q.raw)
    if at < 0:
        return False
    before, after = text[max(0, at - 30) : at], text[at + len(q.raw) : at + len(q.raw) + 30]
    before = _as_words(before)
    if q.role == "from" or marks.search(before) or _PAST_BEFORE.search(before):
        return True
    if _PAST_AFTER.match(after):
        return True
    if any(
        m.start() < at < m.end() and not _ASIDE_GOES_ON.search(m.group(0))
        for m in _ASIDE_WITH_YEAR.finditer(text)
    ):
        return True
    return _year_before(text, at) or _earlier_column(text, at)


@lru_cache(maxsize=4096)
def _as_words(before: str) -> str:
    """The text before a figure with the 从 and 由 that are no word of their own blanked out:
    从业者 (practitioners), 从事, 由于 and 自由 set no figure in the past, as 从13% does."""
    if "从" not in before and "由" not in before:
        return before
    return "".join(
        w if len(w) == 1 or not re.search("[从由]", w) else "_" * len(w)
        for w in segmenter().lcut(before)
    )


# A table row read as a sentence: "2024 share: 8.6%; 2025 share: 9.8%"
_YEAR_COLUMN = re.compile(r"\b((?:19|20)\d\d)\b[^;；:：\d]{0,24}[:：]\s*")


def _earlier_column(text: str, at: int) -> bool:
    """Is the figure at `at` under a year's column, where the row has a later year's too?"""
    columns = list(_YEAR_COLUMN.finditer(text))
    m = next((c for c in columns if c.end() == at), None)
    return m is not None and any(
        int(c.group(1)) > int(m.group(1)) and not _FORECAST_COLUMN.search(c.group(0))
        for c in columns
    )  # a "2030 forecast" column beside 2025's makes 2025's no past figure


_FORECAST_COLUMN = re.compile(
    r"(?i:forecast|projected|projection|outlook|expected|estimate)|预测|预计|(?<=\d)E\b"
)


_YEAR_BEFORE = re.compile(
    r"[，,；;]\s*((?:19|20)\d\d)\s*年(?:同期|底|末)?(?:仅|只|约|才)?(?:为|是|达|时)?\s*$"
)


def _year_before(text: str, at: int) -> bool:
    """ "41%，2024年为36%": a clause that names a year for its figure, after a figure of the
    claim's own, gives an earlier one — unless a later year is named for the first."""
    m = _YEAR_BEFORE.search(text[max(0, at - 12) : at])
    if not m or not comparable(parse_quantities(text[: max(0, at - 12) + m.start()])):
        return False  # no figure of its own before: "约三分之一…，2024年仅为12%" has one
    year = int(m.group(1))
    others = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text) if int(y) != year]
    return not others or max(others) > year


def in_words(q: Quantity, text: str) -> bool:
    """A bare count of one to ten that an English sentence writes as a word: "2家及以上" is
    "two or more"."""
    return not q.unit and any(
        EN_SMALL.get(w) == q.value for w in re.findall(r"[a-z]+", text.lower())
    )


def past_bound(figures: Sequence[Quantity], source: Sequence[Quantity]) -> int:
    """How many of the claim's bounded figures the sentence bears out past the bound."""
    return sum(
        any(within_bound(q, x) and x.value != q.value for x in source)
        for q in figures
        if q.qualifier
    )


def bound_gap(figures: Sequence[Quantity], source: Sequence[Quantity]) -> float:
    """How far past the claim's bounds the nearest figures of the sentence that bear them out
    lie, relatively (0 where it has no bound, or the sentence bears none out)."""
    gaps = [
        min(abs(x.value - q.value) / max(abs(q.value), 1e-9) for x in past)
        for q in figures
        if q.qualifier
        for past in [[x for x in source if within_bound(q, x)]]
        if past
    ]
    return sum(gaps)


# A growth verb right before a figure makes it a rate of change ("增长19%", "up 19%"), not a
# level ("占其海外销量的62%").
_RATE_BEFORE = re.compile(
    r"(?:增长|增加|上升|下降|减少|提升|提高|下滑|上涨|下跌|增速|涨幅|降幅|增幅|同比)"
    r"(?:了|为|达|达到)?\s*(?:约|近|超过)?\s*$"
    # a rate noun, ranked, with its figure in brackets: "增速最快（8.9%）" — not a verb so
    # ranked, whose bracket may hold a level ("份额增长最快（11.3%，+2.4个百分点）")
    r"|(?:增速|涨幅|降幅|增幅)[更最较][快慢高低]\s*[（(]\s*(?:约|近|超过)?\s*$"
    # the rate itself moving to its figure: "增速回落至8.3%", "growth down to 8.3%"
    r"|(?:增速|涨幅|降幅|增幅|增长率)(?:已|也|则|进一步)?(?:降至|回落至|放缓至|回升至|升至|提升至|提高至)"
    r"\s*(?:约|近)?\s*$"
    r"|\bgrowth\s+(?:rate\s+)?(?:(?:slowed|fell|dropped|eased|down|up|rose|picked\s+up|slowing"
    r"|easing)\s+)?to\s+(?:about|nearly|around)?\s*$"
    r"|(?<!made )(?<!make )(?<!makes )\b(?:up|down|rose|fell|grew|grow|growth of|increase of"
    r"|decline of|increased|decreased|declined|jumped|dropped|rising|falling|growing|climbing"
    r"|risen|fallen|climbed|surged|slipped|gained)"
    r"\s+(?:by\s+)?(?:about|nearly|some|around)?\s*$",
    re.IGNORECASE,
)


def is_rate(text: str, q: Quantity) -> bool:
    """Does the text give q as a rate of change ("销售增长19%", "增速最快（8.9%）", "sales up
    19%", "+48%")?"""
    at = text.find(q.raw) if q.raw else -1
    if at > 0 and text[at - 1] in "+＋" and not text[at - 2 : at - 1].isdigit():
        return True  # "同比变化 +48%", "增长更快（+11.4%）": a signed figure is a change
    if at >= 0 and _RATE_AFTER.match(text, at + len(q.raw)):
        return True  # "以29.4%的增速", "a 67% increase": the rate named after it
    if at >= 0 and q.unit == "%" and _PERCENT_APART.match(text, at + len(q.raw)):
        return True  # "44% more than in 2023" (not "140 GW below the 380 GW": an amount)
    return at >= 0 and bool(_RATE_BEFORE.search(text[max(0, at - 24) : at]))


_PERCENT_APART = re.compile(r"\s*(?:more|less|fewer|higher|lower|below|above)\b")
_RATE_AFTER = re.compile(
    r"\s*的?(?:同比|年均)?(?:增速|增幅|增长率|涨幅|降幅|跌幅)"
    r"|\s*(?:annual\s+|year-on-year\s+)?(?:increase|rise|jump|gain|growth|drop|decline|fall)\b",
    re.IGNORECASE,
)


# A forecast: what a figure is expected to be, not what it is ("有望超过七成", "is expected to
# reach 30%", "will exceed", "projected")
_AHEAD = re.compile(
    r"有望|预计|预期|预测|将(?:会|有|达|超|突破|升|降|增|减|继续|进一步)|或将|可望|展望|目标|计划在|打算"
    r"|(?i:\b(?:expected|forecast|projected|predicted|anticipated|poised|set|plans?|planning)\s+to\b"
    r"|\bwill\b|\bforecasts?\b|\bprojections?\b|\boutlook\b|\bby\s+20\d\d\b"
    r"|\bexpects?\b|\blooking\s+ahead\b"
    r"|\b(?:could|may|might)\s+(?:top|reach|exceed|hit|double|triple|surpass|pass|rise|grow"
    r"|climb|fall|drop|shrink)\b)"
)


@lru_cache(maxsize=65536)
def looks_ahead(text: str, heading: str = "") -> bool:
    """Does the text forecast ("有望超过七成", "expected to reach 30% by 2030"), or stand under
    a heading that does ("2026年展望", "Outlook")?"""
    return bool(_AHEAD.search(text) or _AHEAD.search(heading) or _after_this_year(text))


def _after_this_year(text: str) -> bool:
    """Does the text give a figure for a year still to come ("2032年市场规模——198亿美元", a
    growth rate "over 2025–2032")? What no one has counted yet is a forecast, however it is
    worded — unless it also names a year gone by ("…up from 2.6 years in 2021, … dates after
    2030" tells of now; last year is the year reports of now speak of)."""
    now = date.today().year
    years = [y for q in parse_quantities(text) if q.is_year for y in (q.value, q.high) if y]
    return bool(years) and max(years) > now and min(years) >= now - 1
