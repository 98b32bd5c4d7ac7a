"""Whose figure is it? "GSoC 吸引了 7.4%，而 OSPP 则吸引了 28.7%" gives 7.4% to GSoC; a claim
that gives it to OSPP has swapped the names in the same role. Only a figure with a name right
next to it has an owner: a list read "respectively" (分别) has none, and neither has a figure
whose nearest name is a clause away."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.compare.checks import lacking
from summarizer.compare.checks_base import agrees, given_to_another
from summarizer.compare.checks_names import same_name
from summarizer.compare.owners import figure_owners, heads_of
from summarizer.lang.loose import of_now
from summarizer.lang.name_pairs import NO_PAIRS, NamePairs
from summarizer.lang.names import (
    COMPASS,
    GENERIC_ENDINGS,
    MEASURE_ENDINGS,
    NAME_RUN,
    chinese_names,
)
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities
from summarizer.lang.text import ASIDE, CJK_RE, nfkc

NEAR = 30  # characters between a name and its figure, at most
CLAIM_NEAR = 60  # a claim is one short fact: its name owns a figure further on
_JOINS = re.compile(r"\W{0,2}\s*(?:in|for|at|from|among|across)\s+(?:the\s+)?", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"分别|respectively|各自", re.IGNORECASE)
# "TVS Motor and Bajaj Auto are almost level at 23.1% and 22.7%": names, then their figures in
# the same order — the name right before a figure is not its owner
_FIGURES_IN_A_ROW = re.compile(r"\d%\s*(?:,\s+|、|和|与|及|\s+and\s+)\d[\d.]*%")
# what a list of names holds together: its figure is the sum, no one name's ("长三角、珠三角和京津冀
# 三大区域合计占86%", "Germany and France together hold 41%")
TOGETHER = re.compile(
    r"合计|共计|总计|合占|一共|加起来|[两二三四五六七八九十]+(?:大|家|个|省|地|国)"
    r"|\b(?:together|combined|in total|altogether|between them)\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"占(?:据|到|了)?\s*$")  # 占…的38%: a share of what follows 占
# a clause or a sentence ends, or another subject joins
_BREAK = re.compile(r"[。；;，,、！？]|[.!?](?=\s)|\band\b|\bwhile\b|而|和|与")


def _with_aliases(
    text: str, spots: list[tuple[int, int, str]], found: list[tuple[Quantity, str]]
) -> list[tuple[Quantity, str]]:
    """The owners again with the other name of each, where an aside right after one name
    gives another ("Wellfound (formerly AngelList Talent)", "Amazon Web Services (AWS)"): both
    own the figure, the one outside the aside first."""
    outside: dict[str, str] = {}  # a name in an aside → the name it follows
    inside: dict[str, str] = {}  # a name → the first name of the aside after it
    for m in ASIDE.finditer(text):
        before = [n for _, e, n in spots if e <= m.start() and not text[e : m.start()].strip(" *_")]
        within = [n for s, _, n in spots if m.start() <= s < m.end()]
        if before and within:
            outside |= {n: before[-1] for n in within}
            inside.setdefault(before[-1], within[0])
    out: list[tuple[Quantity, str]] = []
    for q, name in found:
        first = name.split()[0]
        if first in outside:
            out.append((q, outside[first]))
        out.append((q, name))
        if first in inside:
            out.append((q, inside[first]))
    return out


def owners(
    text: str, names: set[str], near: int = NEAR, breaks: re.Pattern[str] | None = _BREAK
) -> list[tuple[Quantity, str]]:
    """Each figure of the text that has an owner, with it: the name a preposition joins right
    after it ("49% in Europe"), else the name right before it ("GCP 26%", "GSoC 吸引了 7.4%",
    "(GCP) at 26%") with no clause break, other figure or other name between."""
    text = nfkc(text)
    listed = _listed_clauses(text)
    lowered = text.lower()
    spots = sorted(
        _whole(lowered, m.start(), m.end())
        for n in names
        for m in re.finditer(rf"(?<![a-z]){re.escape(n)}(?![a-z])", lowered)
    )
    found: list[tuple[Quantity, str]] = []
    for q in comparable(parse_quantities(text)):
        at = text.find(q.raw) if q.raw else -1
        if at < 0 or any(start <= at < end for start, end in listed):
            continue
        end = at + len(q.raw)
        after = [(s, n) for s, _, n in spots if s >= end and _JOINS.fullmatch(lowered[end:s])]
        before = [(e, n) for s, e, n in spots if e <= at and not _ZH_OBJECT.search(text[:s])]
        if after:
            found.append((q, after[0][1]))
        elif before:
            e, name = max(before)
            # "Southwest China 12%": the names right before it are one owner
            start = next(s for s, end, n in spots if end == e and n == name)
            while prev := [
                (s, n) for s, end, n in spots if end < start and not text[end:start].strip()
            ]:
                start, first = max(prev)
                name = f"{first} {name}"
            gap = text[e:at]
            broken = breaks is not None and breaks.search(gap)
            together = TOGETHER.search(gap)
            # "占中国品牌海外出货量的38%": the name is of the whole the share is taken of
            # (so is "中东市场占中国…出口额的比例将提高到25%": the whole, its share said after it)
            whole = _SHARE_OF.search(text[:start]) and (
                gap.rstrip().endswith("的") or re.search(r"的(?:比例|比重|份额|占比)", gap)
            )
            if (
                len(gap) <= near
                and not broken
                and not together
                and not whole
                and not re.search(r"\d", gap)
            ):
                found.append((q, name))
    return _with_aliases(text, spots, found)


# a Chinese preposition before a name makes it to whom or whence, not who: "西门子能源向安特卫普
# 的化工园区交付了两台60兆瓦机组" is Siemens's 60 MW (在/于 are left: "在欧洲的份额" is the share
# of that market, which a claim may misstate)
_ZH_OBJECT = re.compile(r"(?:向|往|给|为|对|到|从)\s*$")


def _listed_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses that list names, then their figures in the same order (分别,
    "respectively", "23.1% and 22.7%"): no figure there has the name right before it as its
    owner. The sentence's other clauses keep theirs ("中国重汽以13.6%位列第三，陕汽和一汽解放分别
    以10.4%和9.1%…")."""
    spans, start = [], 0
    for m in [*re.finditer(r"[。；;，,]\s*", text), None]:
        end = m.start() if m else len(text)
        clause = text[start:end]
        if _RESPECTIVELY.search(clause) or _FIGURES_IN_A_ROW.search(clause):
            spans.append((start, end))
        start = m.end() if m else end
    return spans


def _whole(lowered: str, start: int, end: int) -> tuple[int, int, str]:
    """The name at start:end with the words hyphens join to it: Asia-Pacific is one owner, not
    "asia" in the report's "54% in Asia-Pacific" and "pacific" in a claim's "Asia-Pacific 54%"."""
    while start > 1 and lowered[start - 1] == "-" and lowered[start - 2].isalpha():
        start -= 2
        while start > 0 and lowered[start - 1].isalpha():
            start -= 1
    while end < len(lowered) - 1 and lowered[end] == "-" and lowered[end + 1].isalpha():
        end += 2
        while end < len(lowered) and lowered[end].isalpha():
            end += 1
    return start, end, lowered[start:end]


_SUCH_AS = re.compile(
    r"\b(?:such as|including|like|e\.g\.,?)\s+"
    r"((?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?)+"
)


def _examples(source: str) -> set[str]:
    """The names a sentence gives as examples ("such as Unitree and UBTech"), lower-cased."""
    return {
        w.lower()
        for m in _SUCH_AS.finditer(source)
        for w in re.findall(r"[A-Z][\w.&'’-]*", m.group(0))
    }


def owner_swapped(
    claim: str,
    claim_names: set[str],
    source: str,
    source_names: set[str],
    figures: Sequence[Quantity],
) -> str | None:
    """The reason, when the report gives the claim's figure to another name the claim also
    makes an owner of, or gives the claim's name another figure of the same kind: "the report
    gives 7.4% to gsoc, not ospp", "the report gives gcp 26%, not 44%"."""
    # "Chinese companies such as Unitree and UBTech accounted for about two-thirds": the
    # examples own nothing, the companies they stand for do
    examples = _examples(source)
    theirs = [(x, n) for x, n in owners(source, source_names) if n not in examples]
    figures = of_now(claim, figures)  # "…41.6%, up from 36.0% in 2022": the 36.0% is no one's now
    for q, mine in owners(claim, claim_names, CLAIM_NEAR, None):
        # a bare count next to a name is as often a label or an age ("team 3", "35 years")
        if not q.unit or not any(agreement(q, f) in ("same", "approx") for f in figures):
            continue
        of_mine = [x for x, name in theirs if not lacking({mine}, {name}) or _part_of(mine, name)]
        if any(agreement(q, x) in ("same", "approx") for x in of_mine):
            continue
        # "Southwest 12%" of the report's "Southwest China 12%"; "MAN" of its "MAN Energy
        # Solutions (Germany) held 6.1%", where solutions and its aside are read as names too
        also_mine = [
            x for x, name in theirs if _part_of(mine, name) or _one_run(mine, name, source)
        ]
        for x, name in theirs:
            # a claim that names the report's owner too only sets the figure by another of
            # its names ("中国厂商在欧洲…43%" where "Chinese makers hold 43% of Europe's…")
            if same_name(mine, name) or any(same_name(c, name) for c in claim_names):
                continue
            if x in also_mine:
                continue
            if agreement(q, x) == "same" and not lacking({mine}, source_names):
                theirs_as, mine_as = as_written(name, source), as_written(mine, source, claim)
                return given_to_another(x.raw, theirs_as, mine_as)
        # a sentence of this name alone that states the claim's figure too ("Asia-Pacific:
        # 17% of sales … up 15%") gives it another measure, not another figure for this one
        parts = {mine, *re.split(r"[-\s]+", mine)}  # asia-pacific is asia and pacific
        alone = all(n in parts or not lacking({n}, {mine}) for n in source_names)
        stated = alone and any(
            agreement(q, x) == "same" for x in comparable(parse_quantities(source))
        )
        for x in of_mine:
            if agreement(q, x) == "conflict" and not agrees(q, x) and not stated:
                return f"the report gives {as_written(mine, source)} {x.raw}, not {q.raw}"
    return None


def _part_of(mine: str, name: str) -> bool:
    """Is the claim's name one word of the report's longer one (southwest / southwest china,
    gpu / gpu-backed)?"""
    words = re.split(r"[\s-]+", name)
    return len(words) > 1 and mine in words


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*)+")


def _one_run(mine: str, name: str, source: str) -> bool:
    """Are both words of one capitalised run of the source, one firm's name ("MAN Energy
    Solutions")?"""
    for m in _CAPITALISED_RUN.finditer(source):
        words = {w.lower() for w in re.split(r"[\s&]+", m.group(0)) if w}
        if mine in words and name in words:
            return True
    return False


def as_written(name: str, *texts: str) -> str:
    """A name read in lower case as a text writes it ("asia-pacific" → "Asia-Pacific"), or in
    title case where none does ("united kingdom" → "United Kingdom")."""
    for text in texts:
        # with the number a firm's name opens with: "37 Interactive", not "Interactive"
        m = re.search(
            rf"(?<![A-Za-z\d.,%$])(?:[1-9]\d? (?=[A-Z]))?{re.escape(name)}(?![A-Za-z])",
            nfkc(text),
            re.IGNORECASE,
        )
        if m:
            return m.group(0)
    return name.title() if name.islower() else name


def first_name_written(text: str, names: set[str]) -> str:
    """The first of the names the sentence writes, as it writes it, whole."""
    lowered = text.lower()
    first = min(names, key=lambda n: (lowered.find(n) % (len(text) + 1), n))
    at = lowered.find(first)
    m = NAME_RUN.match(text, at) if at >= 0 else None
    return m.group(0) if m else as_written(first, text)


def english_names(text: str, wanted: set[str], pairs: NamePairs = NO_PAIRS) -> tuple[str, set[str]]:
    """A Chinese text with each name it writes in characters put in English — as the other
    side's names (`wanted`) where the dictionary or the report's own pairs allow — and the
    English words it put in, so that whose figure is whose reads across languages: 德国……4.1%，
    美国约为2.5% → germany……4.1%，us约为2.5%. An English text's bracketed Chinese names go: in
    "Roborock (石头科技) with 21%" the name is said already."""
    if not CJK_RE.search(text):
        return text, set()
    for name in pairs.names_in(text):
        text = re.sub(rf"\s*[（(]\s*{re.escape(name)}\s*[)）]", "", text)
    put: set[str] = set()
    for name in sorted(chinese_names(text) | pairs.names_in(text), key=len, reverse=True):
        forms = sorted(pairs.forms(name), key=len, reverse=True)
        # the words of it the other side says: 比亚迪 is "BYD Company", a claim says "BYD"
        # (but "South China" is never "China": a compass word stays)
        english = next((f for f in forms if set(f) <= wanted), None) or next(
            (
                tuple(w for w in f if w in wanted)
                for f in forms
                if set(f) & wanted and not (set(f) - wanted) & COMPASS
            ),
            forms[0],
        )
        text = text.replace(name, f" {pairs.written(english)} ")
        put |= set(english)
    return text, put


def head_given_another(
    claim: str, figures: Sequence[Quantity], source: str, stated: Sequence[Quantity]
) -> str | None:
    """The reason, where the sentence gives the firm the claim gives a figure to another figure
    of that kind, and the claim's figure to another firm, each right before its figure: "海博思创
    以约28GWh排名第一" where it says "阳光电源以28 GWh位居第一，海博思创以19 GWh位居第二" — names
    no dictionary knows, told apart by where the report puts them."""
    theirs = heads_of(source, stated)
    for head, q in heads_of(claim, figures).items():
        own = theirs.get(head)
        if own is None or own.unit != q.unit or agreement(q, own) != "conflict":
            continue
        for other, y in theirs.items():
            if other != head and agreement(q, y) in ("same", "approx"):
                return given_to_another(y.raw, other, head)
    return None


def head_owns_another(
    claim: str,
    figures: Sequence[Quantity],
    source: str,
    stated: Sequence[Quantity],
    naming: Callable[[str], Sequence[tuple[str, Sequence[Quantity]]]],
) -> tuple[str, str] | None:
    """The reason, and the firm's own sentence (the fact the claim misstates), where the
    sentence stating the claim's figure gives it to another firm, each right before its figure,
    and a sentence of the report's own (`naming`: the few that name it, with their figures)
    gives the claim's firm another figure of the kind right before it:
    "安踏集团以12.8%位居第一" where the report says "迪卡侬以12.8%…位居第一；安踏集团（含始祖鸟）以
    11.3%位居第二" in two sentences — names no dictionary knows. A run one of the two holds
    ("同比增长" of "滑雪人次同比增长") is no other owner."""
    given = heads_of(source, stated)
    whole = {owner[0] for owner in figure_owners(claim, figures).values() if len(owner) == 1}
    for head, q in heads_of(claim, figures).items():
        if head in source or head not in whole or not _firm_like(head):
            continue
        other = next(
            (
                g
                for g, y in given.items()
                if agreement(q, y) in ("same", "approx") and _firm_like(g) and _apart(g, head)
            ),
            None,
        )
        if other is None:
            continue
        firm = re.sub(GENERIC_ENDINGS, "", head)  # 安踏 of the report's 安踏集团
        firm = firm if len(firm) > 1 else head
        for text, theirs in naming(firm):
            own = next((y for h, y in heads_of(text, theirs).items() if firm in h), None)
            if own is not None and own.unit == q.unit and agreement(q, own) == "conflict":
                return given_to_another(q.raw, other, head), text
    return None


def _firm_like(head: str) -> bool:
    """A run that may be a firm's name: no measure (使用率, 车桩比), nothing "of" (工具的企业)."""
    return not head.endswith(MEASURE_ENDINGS) and "的" not in head


def _apart(a: str, b: str) -> bool:
    """Two runs that share no two characters: 车桩比降至 and 年车桩比将降至 are one owner."""
    pairs = {a[k : k + 2] for k in range(len(a) - 1)}
    return not any(b[k : k + 2] in pairs for k in range(len(b) - 1))
