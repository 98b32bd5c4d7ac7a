"""What the whole report states — its figures, years, words and table rows — read once, to tell a
claim that adds what the report never says from one the checks only fail to match."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cached_property

from summarizer.compare.checks import lacking_in, name_index, vocabulary
from summarizer.compare.checks_base import (
    BOUNDS,
    FigureCache,
    Grounding,
    agrees,
    forecasts,
    said_as_change,
)
from summarizer.compare.checks_names import initials
from summarizer.compare.owners import measure_words
from summarizer.compare.years import years_of
from summarizer.document import Sentence
from summarizer.lang.dictionary import entries
from summarizer.lang.quantities import Quantity, agreement, parse_quantities, spelled_counts
from summarizer.lang.tables import is_row, row_heads
from summarizer.lang.text import CJK_RE, STOP_WORDS, nfkc

# Chinese words, then their English in brackets: 火山引擎（Volcano Engine）
_GLOSS = re.compile(r"([\u4e00-\u9fff]{2,})\s*[（(]\s*([A-Za-z][A-Za-z0-9 .&'-]{0,40}?)\s*[)）]")


NEAR_FLOOR = 0.1  # how far below a floor ("突破35亿") a report's figure may be and still meet it


class ReportFacts:
    """What the whole report states — its figures, years and words — to tell a claim that adds
    what the report never says from one the checks only fail to match."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        figures_of: FigureCache,
        headings: Sequence[str] = (),
        title: str = "",
    ) -> None:
        self.title = title  # what the whole report is about (中国 of 《2025年中国储能…报告》)
        self._sentences = sentences
        self._headings = headings
        self._ahead: dict[int, bool] = {}
        self._sentence_figures = [figures_of(j) for j in range(len(sentences))]
        self.figures = [q for figures in self._sentence_figures for q in figures]
        # its title too: "The … Outlook 2025 argues …" names the report, no thing it lacks
        texts = [title, *(t for s in sentences for t in (s.text, *s.translations.values()))]
        full = nfkc(" ".join(texts)).lower()
        self._full = full
        self.years = {q.value for t in texts for q in parse_quantities(t) if q.is_year}
        self.vocabulary = vocabulary(" ".join(texts))  # every word it uses, as `unsaid` reads
        self.words = set(re.findall(r"[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)*\.?", full))
        self.words |= {part for w in self.words for part in re.split(r"[.\-]", w) if part}
        self._word_index = name_index(self.words)
        # small counts the report spells out ("start-ups of five people"): a claim's 5 is there
        self.counts = spelled_counts(full)
        # the values its figures take, whatever their unit: a claim's bare 128 is its 128天
        self._values = {q.value for q in self.figures if q.unit != "year"}

    def ahead(self, j: int) -> bool:
        """Is sentence j a forecast ("预计2026年…", or under "Outlook")? A claim of now is not
        borne out or contradicted by one, nor a forecast by a figure of now. Read when asked."""
        if j not in self._ahead:
            heading = self._headings[j] if j < len(self._headings) else ""
            text = self._sentences[j].text
            self._ahead[j] = forecasts(text, heading) and not _before_the_outlook(text, heading)
        return self._ahead[j]

    def dated_by(self, anchor: str) -> tuple[set[float], str]:
        """What dates a sentence that names no year, and the text that does: the lead-in its
        list hangs from ("Our base case for 2030:"), or else its section's heading ("Outlook to
        2030"). A bullet under them gives its figure for that year."""
        j = self._at.get(anchor)
        if j is None:
            return set(), ""
        heading = self._headings[j] if j < len(self._headings) else ""
        for k in range(j - 1, max(j - LEAD_IN_REACH, -1), -1):
            if k >= len(self._headings) or self._headings[k] != heading:
                break
            text = self._sentences[k].text.rstrip()
            if text.endswith((":", "：")):
                years = years_of(parse_quantities(text))
                if years:
                    return years, text
                break
        return years_of(parse_quantities(heading)), heading

    @cached_property
    def _at(self) -> dict[str, int]:
        return {s.id: j for j, s in enumerate(self._sentences)}

    @cached_property
    def sentences_using(self) -> Counter[str]:
        """word → how many sentences use it (in any of their languages), as `unsaid` reads."""
        texts = (" ".join((s.text, *s.translations.values())) for s in self._sentences)
        return Counter(w for t in texts for w in vocabulary(t))

    def stating(self, figures: Sequence[Quantity]) -> list[int]:
        """The sentences that state every one of the figures as written: exactly, no bound or
        "about" ("around one in three" states no 34.0%)."""
        found: set[int] | None = None
        for q in figures:
            at = self._exact.get((q.unit, round(q.value, 6)), set())
            found = at if found is None else found & at
        return sorted(j for j in found or () if all(self._states(j, q) for q in figures))

    def _states(self, j: int, q: Quantity) -> bool:
        """Does sentence j state q exactly, with no qualifier of its own?"""
        return any(agreement(q, x) == "same" and not x.qualifier for x in self._sentence_figures[j])

    @cached_property
    def _exact(self) -> dict[tuple[str, float], set[int]]:
        """(unit, value) → the sentences that state it with no qualifier."""
        index: dict[tuple[str, float], set[int]] = {}
        for j, found in enumerate(self._sentence_figures):
            for x in found:
                if not x.qualifier:
                    index.setdefault((x.unit, round(x.value, 6)), set()).add(j)
        return index

    def never_states(self, figures: Sequence[Quantity]) -> list[Quantity]:
        """The figures no sentence of the report bears out. A bound ("over 80%") is left out:
        the report may state the parts it sums, or a figure it bounds; so is a multiple the
        writer worked out from two figures of one sentence ("四倍多" of 8.9% and 2.1%); and
        "11.3 points" is the report's 11.3个百分点, and a bare 128 its 128天."""
        return [
            q
            for q in figures
            if (q.qualifier not in BOUNDS or self._out_of_reach(q))
            and not (q.unit == "x" and self._worked_out(q))
            # "接近4870亿元" where the report says "about RMB 487 billion": stated, hedged otherwise
            and not any(agrees(q, x) or agreement(q, x) == "qualifier" for x in self.figures)
            # "turnover days dropped to 128" names its unit in words the report writes as 128天
            and not (not q.unit and (q.value in self.counts or q.value in self._values))
        ]

    def _out_of_reach(self, q: Quantity) -> bool:
        """A floor on an amount ("有望突破35亿美元") that no figure of its unit in the report comes
        near: it bounds nothing the report states. Shares, points and bare counts are left
        out: parts may add up to them ("over 80%" of two groups), or a gap make them
        ("高出两个多百分点")."""
        if (
            q.qualifier not in ("over", "at_least")
            or q.unit in ("%", "x", "pp", "")
            or q.value <= 0
        ):
            return False
        near = q.value * (1 - NEAR_FLOOR)
        return all(x.value < near for x in self.figures if x.unit == q.unit)

    def without_gaps(self, text: str, figures: Sequence[Quantity]) -> list[Quantity]:
        """A claim's figures less those it gives as a change that the report states only as
        two figures of one sentence: "比2024年多了5分钟" of "156 minutes … up from 151", "上升5
        个百分点" of 41% and 36%. The claim worked them out; they are there."""
        return [q for q in figures if not (said_as_change(text, q.raw) and self._a_gap(q))]

    def _a_gap(self, q: Quantity) -> bool:
        return any(
            abs(gap - q.value) <= 0.01 * max(1.0, q.value)
            for units, gap in self._gaps
            if q.unit in units
        )

    @cached_property
    def _gaps(self) -> list[tuple[tuple[str, ...], float]]:
        """The gaps between two figures of one unit a sentence states, with the units a claim
        may give them in (a gap of two shares is in points, or a bare number)."""
        return [
            (("pp", "") if x.unit == "%" else (x.unit,), round(x.value - y.value, 6))
            for figures in self._sentence_figures
            for x in figures
            for y in figures
            if x.unit == y.unit and not x.is_year and x.value > y.value
        ]

    def worked_out(self, multiples: Sequence[Quantity]) -> list[Quantity]:
        """The multiples ("四倍多") that two figures of one report sentence give."""
        return [q for q in multiples if q.unit == "x" and self._worked_out(q)]

    @cached_property
    def _ratios(self) -> list[float]:
        """The ratios of two figures one sentence states ("8.9% … 2.1%": about 4.2 times), read
        when a claim first states a multiple."""
        return [
            x.value / y.value
            for figures in self._sentence_figures
            for x in figures
            for y in figures
            if x.unit == y.unit and not x.is_year and y.value > 0 and x.value > y.value
        ]

    def _worked_out(self, q: Quantity) -> bool:
        lo, hi = q.value * 0.9, q.value * 1.1
        if q.qualifier in ("over", "at_least"):  # 四倍多: 4 to 5 times
            lo, hi = q.value, q.value + 1
        elif q.qualifier == "nearly":  # 近八倍: a little under 8
            lo, hi = q.value * 0.85, q.value
        if any(lo <= r <= hi for r in self._ratios):
            return True
        # the multiple a growth makes, said loosely: 翻了一番 of "up 126%" (2.26 times)
        return any(min(lo, q.value * 0.85) <= g <= max(hi, q.value * 1.15) for g in self._grown)

    @cached_property
    def _grown(self) -> list[float]:
        """The multiples the report's growths make (`as_multiples`)."""
        return [x.value for fs in self._sentence_figures for x in fs if x.role == "derived"]

    def glosses(self, text: str) -> set[str]:
        """The Latin words a Chinese text gives in brackets after Chinese words the report writes
        ("火山引擎（Volcano Engine）"): that name in English, no other name the report lacks."""
        return {
            w.lower()
            for m in _GLOSS.finditer(nfkc(text))
            if any(m.group(1)[k:] in self._full for k in range(len(m.group(1)) - 1))
            for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", m.group(2))
        }

    def says(self, words: str) -> bool:
        """Does the report write these words anywhere (any case, any width)?"""
        return nfkc(words).lower() in self._full

    def unheard(self, text: str, figures: Sequence[Quantity]) -> Grounding | None:
        """`unsupported` for a figure of a measure the report never speaks of ("电商平均退货率约为
        8%" without 退货; "行业平均毛利率约为28%" in an English report without "gross" or
        "profit"), else None."""
        unheard = [m for m in measure_words(text, figures) if self.never_speaks_of(m)]
        if not unheard:
            return None
        return Grounding("unsupported", reason="the report never speaks of " + unheard[0])

    def never_speaks_of(self, measure: str) -> bool:
        """Does the report never speak of what a Chinese measure word names (退货率): never
        writes it, without its 率, nor — an English report — any word of what the dictionary
        says its stem means (毛利: "gross profit")? Unknown to the dictionary: it cannot tell."""
        stem = measure[:-1]
        if self.says(stem):
            return False
        if CJK_RE.search(self._full):
            return True
        senses = (*entries().get(stem, ()), *entries().get(measure, ()))
        glossed = {w for sense in senses for w in re.findall(r"[a-z]{4,}", sense.lower())}
        glossed -= STOP_WORDS
        # a word of the report that begins with a gloss's: "grow" in "growth", "profit" in
        # "profitable"
        return bool(glossed) and not any(w.startswith(g) for w in self.words for g in glossed)

    def never_names(self, found: set[str]) -> set[str]:
        """The names the report never writes (Chinese counts as China's, see `lacking`;
        SARS-CoV-2 is there where the report writes SARS-CoV-2)."""
        index = self._word_index
        return {
            n
            for n in found
            if lacking_in({re.split(r"[.\-]", n)[0] or n}, index)
            and n.replace(".", "") not in self._spelled_out  # U.S. for United States
        }

    @cached_property
    def row_names(self) -> frozenset[str]:
        """What the report's tables list row by row (`tables.row_heads`): its firms, regions or
        segments, names or not in a dictionary (闲鱼, 转转, 爱回收)."""
        rows = [s.text for s in self._sentences if is_row(s.text)]
        return row_heads(rows, entries()) if rows else frozenset()

    @cached_property
    def _spelled_out(self) -> frozenset[str]:
        """An acronym the report spells out is no name it lacks (`checks.initials`)."""
        return initials(self._full)

    def never_dates(self, quantities: Iterable[Quantity]) -> list[Quantity]:
        return [q for q in quantities if q.is_year and q.value not in self.years]


def _years_in(text: str) -> set[float]:
    return {q.value for q in parse_quantities(text) if q.is_year}


def _before_the_outlook(text: str, heading: str) -> bool:
    """A sentence under an outlook heading ("Finance and outlook to 2030") that says what
    happened before the years it looks to, in words of its own that forecast nothing: "Final
    investment decisions were taken on 15.6 GW in 2024" is a figure of its year."""
    ahead, years = _years_in(heading), _years_in(text)
    return bool(ahead and years) and max(years) < min(ahead) and not forecasts(text, "")


LEAD_IN_REACH = 8  # sentences back to the colon a list hangs from
