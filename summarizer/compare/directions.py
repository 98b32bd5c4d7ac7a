"""Which way a figure or a trend went, in either language ("rose", 下降, "down from 19%"), and
whether a claim and its source sentence say opposite ways."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.compare.checks import _polarity
from summarizer.lang.clauses import split_compound
from summarizer.lang.quantities import comparable, parse_quantities
from summarizer.lang.tables import is_row
from summarizer.lang.text import ASIDE, nfkc, tagged_words

# Which way a figure or a trend went, in either language. "more than 80%" and "fewer than half"
# are bounds, not directions, "up" counts only as "up from/by/to" or before a figure, hedged or
# not ("edged up about 2%"; and "making up 46%" is a share), and "lower-tier cities" goes
# nowhere.
# 高于 before a figure (高于30%) is a bound too, and against another thing ("略高于库迪") it
# compares two things now; only against a time (高于上年, 高于 2024年) it says which way one went.
_NO_WAY = re.compile(
    r"\b(?:more|less|fewer|higher|lower)\s+than\s+(?=[\d$¥€£]|(?:an?|one|two|three)?\s*"
    r"(?:half|thirds?|quarters?|fifths?|tenths?)\b)"
    # "limited less by policy than by its supply chain": two causes weighed, nothing moved
    r"|\b(?:more|less)\s+(?:by|on|about|from|with|for)\b(?=[^.;]{0,40}\bthan\b)"
    r"|(?:多于|少于|高于|低于)(?!上年|去年|前年|同期|此前|以往|往年|上一年|一年前|两年前|上季|上月"
    r"|\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
_BEFORE_A_FIGURE = r"\s+(?:about|around|roughly|nearly|almost)?\s*[\d$¥€]"
_DIRECTION = {
    "up": re.compile(
        r"\b(?:ris(?:e|es|en|ing)|rose|increas\w*|gr[eo]w(?:s|n|ing|th)?|gain(?:s|ed)?|climb\w*|"
        r"jump\w*|surg\w*|soar\w*|rais\w*|boost\w*|more(?!-)|higher(?!-)"
        r"|(?<!make )(?<!makes )(?<!made )(?<!making )(?<!take )(?<!takes )(?<!took )"
        rf"(?<!taking )up(?=\s+(?:from|by|to)\b|{_BEFORE_A_FIGURE}))\b"
        r"|上升|增长|增加|提高|提升|上涨|升至|增至|升高|攀升|更多|高于|翻倍|翻了|回升|走高|上调",
        re.IGNORECASE,
    ),
    "down": re.compile(
        r"\b(?:fall(?:s|en|ing)?|fell|decreas\w*|declin\w*|drop(?:s|ped|ping)?|shr[ai]nk\w*|"
        r"shrunk|reduc\w*|cut(?:s|ting)?|slash\w*|plung\w*|slump\w*|squeez\w*|less|fewer|"
        r"lower(?!-)\w*|"
        r"slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|slid(?:e|es|ing)?|slow(?:s|ed|ing)|"
        r"los(?:t|es|ing)(?=\s+(?:about|nearly|almost|around)?\s*[\d$¥€])|"  # "lost 5.1 pts"
        r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))down\b"
        rf"|down(?=\s+(?:from|by|to)\b|{_BEFORE_A_FIGURE}))\b"
        r"|下降|减少|降低|下跌|降至|减至|下滑|缩小|更少|低于|跌至|回落|走低|萎缩|下调|压缩|收窄|缩减",
        re.IGNORECASE,
    ),
}


def a_direction_word(word: str) -> bool:
    """上升, 下降, "rose", "fell": a word that says which way, not what moved."""
    return any(p.fullmatch(word) for p in _DIRECTION.values())


_COMPARATIVE = re.compile(r"^(?:more|less|fewer|higher|lower|更多|更少|高于|低于)$", re.IGNORECASE)


# A growth rate that moved: which way it went says nothing of which way the thing itself did
_RATE_MOVED = re.compile(
    r"(?:增速|增幅|涨幅|增长率)(?:明显|大幅|有所|进一步|略有)?(?:回落|放缓|下降|下滑|收窄|加快|回升|提升|上升)"
    r"|\bgrowth(?:\s+rate)?\s+(?:slowed|slowing|eased|fell|accelerated|picked up)",
    re.IGNORECASE,
)


def direction_differs(claim: str, source: str, *, figures: bool) -> str | None:
    """The word by which the source says a thing went one way, when the claim says only the
    other: "rose by 12%" against "fell by 12%", 上升 against 下降, "spend more" against "spend
    less". Verbs count only in a claim with `figures` (else "jumped in" would meet "fell"). None
    when either text goes both ways or neither (a source that does is read at the clause of the
    claim's figure, where there is one), or the claim is negated ("did not rise" is another
    check's business)."""
    claim_ways = _directions(claim)
    if len(claim_ways) > 1 and figures:  # "rose 3.5% … as the company cut discounting"
        claim_ways = _ways_at_figures(claim)
    if not figures:
        if len(claim_ways) > 1:  # "falling willingness … makes it more dependent": both ways
            return None
        claim_ways = {k: w for k, w in claim_ways.items() if _COMPARATIVE.match(w)}
    source_ways = _directions(source)
    if len(source_ways) > 1 and figures:  # "转转下降6.5%，而闲鱼上升4.2%": the clause of its figure
        source = _clause_of(claim, source)
        source_ways = _directions(source)
    # "rose 3.5% … as the company cut discounting": the way beside the figure — unless the claim
    # measures against a past figure ("down from 19%"), no way of the source's "grew 19%"
    if len(source_ways) > 1 and figures and not any(_from_baseline(claim, w) for w in claim_ways):
        source_ways = _ways_at_figures(source, _values(claim))
    if len(claim_ways) != 1 or len(source_ways) != 1 or claim_ways.keys() == source_ways.keys():
        return None
    if figures and _way_elsewhere(claim, source):
        return None
    if figures and _way_of_another(claim, source):
        return None
    if _polarity(claim)[1] or _RATE_MOVED.search(claim):
        return None  # "增速回落至30.4%": the growth slowed, and a growth of 30.4% is no other way
    signed = _SIGNED_CHANGE.match(next(iter(source_ways.values())))
    if signed and (_aside_figures(claim) or _signed_in(claim, signed.group(0))):
        return None  # a table row's change is its firm's; "超越钉钉（5.7%）升至第五" moves another;
        # "an 11.3% share (−0.3 pp), growing 5.1%" gives the row's change as the row does
    # "down from 19%" measures against a past figure; "the market grew 19%" says what grew:
    # one text's comparison and the other's plain change are not opposites — unless both say
    # the level it went to (从0.43元降至0.38元, 上涨至0.38元)
    # (a claim that gives the level but no figure for its change, "浪费比例仍在上升，目前已接近
    # 三成", says which way that level went; one with no figure at all, "运费上涨压缩了利润空间",
    # may speak of another thing moving)
    to_level = _to_level(claim, *claim_ways) and _to_level(source, *source_ways)
    compared = _from_baseline(claim, *claim_ways) != _from_baseline(source, *source_ways)
    levelled = not _gives_change(claim, *claim_ways) and bool(comparable(parse_quantities(claim)))
    # both move the claim's figure itself: "上涨约14%" against "fell 14% to $780, down from $905"
    moved = {q.value for q in comparable(parse_quantities(claim))} & _moved_by(source, *source_ways)
    if not to_level and compared and not levelled and not moved:
        return None
    return next(iter(source_ways.values()))


def _from_baseline(text: str, way: str) -> bool:
    """Does the text say its way against a past figure: "down from 19%", "fell from 18% to
    6%", 从18%升至6%? (较去年 only compares: it is in either kind.)"""
    text = nfkc(text)
    return any(
        re.match(r"\s+from\b", text[m.end() :], re.IGNORECASE)
        or re.search(r"[从由][^，。；,;]{0,10}$", text[: m.start()])
        for m in _DIRECTION[way].finditer(text)
    )


# a figure right after a way word: "rose 12%", 上升了4个百分点, "fell from 18%"
_FIGURE_AFTER = re.compile(
    r"\s*(?:了|by|to|from|至|到|从|由)?\s*(?:约|近|超过|about|nearly)?\s*[\d$¥€一二两三四五六七八九十半]",
    re.IGNORECASE,
)


def _gives_change(text: str, way: str) -> bool:
    """Does a figure follow the text's way word ("rose 12%", 上升了4个百分点, "fell from 18%")?
    One it went to ("declined to 34%", 降至) is the level, not the change."""
    text = nfkc(text)
    return any(
        _FIGURE_AFTER.match(text, m.end()) and not _to_level(m.group(0) + text[m.end() :], way)
        for m in _DIRECTION[way].finditer(text)
    )


def _moved_by(text: str, way: str) -> set[float]:
    """The figures the text's way word moves by, right after it ("fell 14%", 下降了14%) — not
    one it moves from ("down from 19%")."""
    text = nfkc(text)
    found: set[float] = set()
    for m in _DIRECTION[way].finditer(text):
        after = text[m.end() : m.end() + 24]
        if re.match(r"\s*(?:from|从|由)\b", after, re.IGNORECASE) or not _FIGURE_AFTER.match(after):
            continue
        figures = comparable(parse_quantities(after))
        if figures:
            found.add(figures[0].value)
    return found


def moves_another_figure(claim: str, text: str) -> bool:
    """Does the text's one way move a figure the claim does not give: "lost 1.2 points" in the
    paragraph of "Bolt … adding 2.4 points" is Tier-Dott's way, not Bolt's?"""
    ways = _directions(text)
    moved = _moved_by(text, next(iter(ways))) if len(ways) == 1 else set()
    return bool(moved) and not moved & _values(claim)


def _to_level(text: str, way: str) -> bool:
    """Does the text give the level its way went to: 降至0.38元, 上涨到, "fell to RMB 0.38"?"""
    text = nfkc(text)
    return any(
        m.group(0)[-1] in "至到" or re.match(r"\s*(?:[至到]|to\b)", text[m.end() :], re.IGNORECASE)
        for m in _DIRECTION[way].finditer(text)
    )


def has_direction(text: str) -> bool:
    return bool(_directions(text))


def way_of(text: str) -> str | None:
    """ "up" or "down" when the text goes one way only (上涨 12%, "fell 12%"), else None."""
    ways = _directions(text)
    return next(iter(ways)) if len(ways) == 1 else None


@lru_cache(maxsize=65536)
def _directions(text: str) -> dict[str, str]:
    """The ways a text says a thing went ({"up": "rose"}), read once per text (do not change
    what it returns: it is shared)."""
    text = _NO_WAY.sub(" ", nfkc(text))
    signed = list(_SIGNED_CHANGE.finditer(text))  # a table row's "占比变化（百分点）: -3.3"
    # a header's own word is no way: "营收同比增长: -4.2%" went down
    words = _SIGNED_CHANGE.sub(" ", text) if signed else text
    found = {}
    for way, pattern in _DIRECTION.items():
        if m := pattern.search(words):
            found[way] = m.group(0)
    for m in signed:
        found.setdefault("down" if m.group(1) in "-−–" else "up", m.group(0))
    return found


def _values(text: str) -> set[float]:
    return {q.value for q in comparable(parse_quantities(text))}


def _ways_at_figures(text: str, of: set[float] | None = None) -> dict[str, str]:
    """The ways said right beside the text's figures ("rose 3.5%", 下降3.5%, "3.5% lower") —
    those of values `of`, where given."""
    found: dict[str, str] = {}
    for q in comparable(parse_quantities(text)):
        if of is not None and q.value not in of:
            continue
        at = text.find(q.raw) if q.raw else -1
        if at >= 0:
            found |= _directions(text[max(0, at - NEAR_FIGURE) : at + len(q.raw) + NEAR_FIGURE])
    return found


NEAR_FIGURE = 10  # characters either side of a figure its way is said in


def _aside_figures(text: str) -> bool:
    """Are all the text's figures inside brackets (another's figure, given beside its name)?"""
    figures = comparable(parse_quantities(text))
    outside = comparable(parse_quantities(ASIDE.sub(" ", text)))
    return bool(figures) and not outside


_SIGNED_CHANGE = re.compile(
    r"(?:变化|变动|增减|change|增长|增速|增幅|growth)[^:：;；]{0,20}[:：]\s*([+\-−–])\s*\d[\d.,]*",
    re.I,
)


def _signed_in(claim: str, change: str) -> bool:
    """Does the claim give the row's signed change itself, with its sign ("−0.3 pp" of
    "Change: -0.3")?"""
    m = re.search(r"([+\-−–])\s*(\d[\d.,]*)\s*$", change)
    if not m:
        return False
    sign = "-" if m.group(1) in "-−–" else "+"
    for found in re.finditer(r"([+\-−–])\s*(\d[\d.,]*)", nfkc(claim)):
        if found.group(2) == m.group(2) and ("-" if found.group(1) in "-−–" else "+") == sign:
            return True
    return False


def _way_of_another(claim: str, source: str) -> bool:
    """Does the source's way word stand in a clause of its own subject, with no figure, apart
    from the clause that states the claim's figure: "一汽解放增速为88%，低于行业平均水平，份额较
    2024年有所下降" — the share fell, not the 88% growth."""
    parts = re.split(r"[，；;]", source)
    mine = _values(claim)
    holding = [c for c in parts if mine & _values(c)]
    moving = [c for c in parts if _directions(c)]
    if len(holding) != 1 or len(moving) != 1 or moving[0] in holding:
        return False
    way = moving[0].strip()
    if comparable(parse_quantities(way)):
        return False  # "销量8.8万辆，同比下降5%": the change of what the clause before counts
    tagged = tagged_words(way)
    opener = tagged[0] if tagged else ("", "")
    return opener[1].startswith("n") and opener[0] not in holding[0]


def _way_elsewhere(claim: str, source: str) -> bool:
    """Does the source state the claim's figure in a statement of its own that goes no way,
    the way it says belonging to another ("份额从17.2%降至14.8%，营收增速仅为1.4%": the 1.4%
    did not fall)?"""
    if is_row(source):  # a table row's change column is its share's: one subject throughout
        return False
    mine = _values(claim)
    parts = split_compound(source)
    holding = [c for c in parts if mine & _values(c)]
    return len(parts) > 1 and len(holding) == 1 and not _directions(holding[0])


def _clause_of(claim: str, source: str) -> str:
    """The one statement of the source that states a figure of the claim — with the clauses that
    continue it ("占比为58.7%，较2024年的61.2%下降2.5个百分点") — else its one clause, else the
    source."""
    mine = _values(claim)
    for parts in (split_compound(source), re.split(r"[，；;]|,\s+", source)):
        holding = [c for c in parts if mine & _values(c)]
        if len(holding) == 1 and len(_directions(holding[0])) == 1:
            return holding[0]
    return source
