"""A Chinese claim against an English report (or the reverse), through what reads the same in
both: the sentence that holds the claim's names and figures supports it; one that holds its
names with another figure contradicts it. A claim with neither cannot be checked this way."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from summarizer.compare.acronyms import written_out
from summarizer.compare.checks_base import (
    FigureCache,
    Grounding,
    agrees,
    all_agree,
    by_chance,
    counterpart,
    counterpart_in_kind,
    first_verdict,
    given_to_another,
    of_its_time,
    paragraph_around,
    said_as_change,
)
from summarizer.compare.checks_gloss import Glossary, units, units_beside
from summarizer.compare.checks_match import FIGURE_WORDS, MATCH_CHECKS, Match
from summarizer.compare.checks_names import same_name
from summarizer.compare.checks_nearest import Nearest
from summarizer.compare.checks_owner import as_written
from summarizer.compare.figure_kinds import agreeing
from summarizer.compare.firms_in_scope import REFERS_BACK, FirmsInScope, opens_referring_back
from summarizer.compare.index import TokenIndex
from summarizer.compare.name_reader import NameReader
from summarizer.compare.report_facts import ReportFacts
from summarizer.document import Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.loose import bound_gap, of_now, past_bound
from summarizer.lang.name_pairs import NamePairs
from summarizer.lang.names import (
    chinese_names,
    english_forms,
    figure_tokens,
    firms_in_english,
    spelled_names,
)
from summarizer.lang.quantities import Quantity, comparable
from summarizer.lang.tables import is_row
from summarizer.lang.text import ASIDE, CJK_RE, EXAMPLES, nfkc, own_names

CANDIDATES = 40
LOOSE_WORDS = 2  # words a sentence must share with a claim found only by a loose figure


class AcrossLanguages:
    def __init__(
        self,
        sentences: Sequence[Sentence],
        figures_of: FigureCache,
        read_names: NameReader,
        report: ReportFacts,
        *,
        semantic: bool = False,
    ) -> None:
        self.sentences, self.figures_of, self.read_names = sentences, figures_of, read_names
        self.report = report
        # a Chinese sentence's names also as the dictionary writes them (美国: us, united, states)
        self.pairs = NamePairs.read((s.text for s in sentences), report.row_names)
        self.firms = FirmsInScope(sentences, self.pairs)
        self.latin_names = frozenset().union(*read_names.in_sentence)
        english = [
            {w for form in english_forms(s.text) for w in form} | self.firms.named[j]
            for j, s in enumerate(sentences)
        ]
        self.in_characters = set().union(*english)
        self.anchors = [
            read_names.in_sentence[j] | figure_tokens(figures_of(j)) | english[j] | carried
            for j in range(len(sentences))
            # a firm the sentence before named is still the subject of one that names no
            # other: "Its revenue …"
            for carried in [
                self.firms.carried(j, read_names.in_sentence[j])
                or _referred_to(sentences, read_names.in_sentence, j)
            ]
        ]
        self.index = TokenIndex([sorted(a) for a in self.anchors])
        self.glossary = Glossary(sentences, figures_of)
        self.nearest = Nearest(sentences, self.glossary, figures_of) if semantic else None

    def ground(self, c: Claim) -> Grounding:
        """By figures and names; where they leave it unverified, by the dictionary's glosses
        (`checks_gloss`): a flag only on evidence in the sentence that says the claim's words;
        and a trend with no figure, by the sentences nearest in meaning (`checks_nearest`)."""
        c = self.firms.labelled(written_out(c))
        verdict = self.by_anchors(c)
        if verdict.status not in ("unverified", "unsupported"):
            return verdict
        figures = self.report.without_gaps(c.text, comparable(c.quantities))
        # a sentence that states its figures of something else is no fact of its own
        stating = self.report.stating(figures) if figures and not verdict.of_another else []
        found = self.glossary.check(c.text, figures, stating)
        if found is None and self.nearest is not None and not figures:
            found = self.nearest.check(c.text)
        elif found is None and self.nearest is not None and not verdict.source_anchor:
            # no sentence holds its figures: the one nearest in meaning may give another
            found = self.nearest.other_figure(c.text, figures)
        if verdict.status == "unsupported":  # a level the report never states: where the
            # sentence on its subject gives another, that is the report's figure for it (not a
            # change: "多了9分钟" is no other figure than the 41 minutes it was)
            level = not any(said_as_change(c.text, q.raw) for q in figures)
            return found if found and found.status == "contradicted" and level else verdict
        return found or self.report.unheard(c.text, figures) or verdict

    def by_anchors(self, c: Claim) -> Grounding:
        claim_names = set().union(*(self.read_names(own_names(t)) for t in c.translations.values()))
        claim_names |= self.pairs.words_in(c.text)
        # a capitalised word the report writes in characters is a name, first word or not
        claim_names |= {
            w.lower() for w in re.findall(r"\b[A-Z][a-z]+", c.text)
        } & self.in_characters
        claim_names |= spelled_names(EXAMPLES.sub(" ", c.text)) & self.latin_names  # 伊利 is Yili
        claim_names |= firms_in_english(own_names(c.text)) & (
            self.latin_names - self.read_names.common
        )
        figures = self.report.without_gaps(c.text, comparable(c.quantities))
        if not figures and not self.read_names.distinctive(claim_names):
            return Grounding(
                "unverified",
                reason="written in another language than the report, with no "
                "figure or distinctive name to check it by",
            )
        m = self.best_match(c, claim_names, figures)
        if m is None:
            new = self.never_said(figures, claim_names)
            if new:
                return Grounding("unsupported", reason="the report never states " + ", ".join(new))
            return Grounding("unverified", reason="no sentence of the report holds its figures")
        verdict = first_verdict(MATCH_CHECKS, m)
        assert verdict is not None  # not_there always has one
        if verdict.of_another and verdict.subject_anchor is None and m.elsewhere:
            verdict = self.with_own_fact(verdict, c.text, m.elsewhere[0][1], figures)
        if verdict.status == "unverified" and figures and not m.never_said:
            return self.figure_of_another(c, figures) or self.row_of_another(c, figures) or verdict
        if verdict.status == "supported" and figures:  # by a sentence of several names: its
            return self.row_of_another(c, figures) or verdict  # table says whose figure it is
        return verdict

    def with_own_fact(
        self, verdict: Grounding, text: str, name: str, figures: list[Quantity]
    ) -> Grounding:
        """A claim given another's figure meets its own name's fact: of the sentences that name
        it (in English, `name`) with another figure of the kind — a rate of change for a rate
        ("Southeast Asia grew 19.3%", not "In Southeast Asia … 78% of hours") — the one that
        says most of the claim's words."""
        words = set(name.split())
        own = [
            j
            for j, anchors in enumerate(self.anchors)
            if words <= anchors
            and counterpart_in_kind(text, figures, self.sentences[j].text, self.figures_of(j))
        ]
        if len(own) > 1:
            glossed = units_beside(text, figures)
            held = {j: self.glossary.held(glossed, j) for j in own}
            most = max(held.values())
            own = [j for j in own if held[j] == most]
        if len(own) != 1:
            return verdict
        return replace(verdict, subject_anchor=self.sentences[own[0]].id)

    def row_of_another(self, c: Claim, figures: list[Quantity]) -> Grounding | None:
        """The one table row that states the claim's figures lists another firm, and the row of
        the firm the claim names gives another figure: "Nordvind份额为14.6%" where the table
        gives Haiyun Power 14.6% and Nordvind 21.8%. A row has none of the claim's words to
        be found by."""
        rows = self.report.row_names
        subject = ASIDE.sub(" ", c.text)
        lowered = nfkc(subject).lower()
        listed = [
            n
            for n in rows
            if n in subject
            or any(
                re.search(rf"(?<![a-z]){re.escape(' '.join(w))}(?![a-z])", lowered)
                for w in self.pairs.forms(n)
            )
        ]
        if len(listed) != 1:
            return None
        mine = listed[0]
        stating = [j for j in self._rows if all_agree(figures, self.figures_of(j))]
        own = [j for j in self._rows if mine in self.sentences[j].text]
        if len(own) == 1 and len(stating) > 1:  # of its own table: 东盟's 12.6% share, not a
            table = self.sentences[own[0]].paragraph  # category's 12.6% growth in another
            stating = [j for j in stating if self.sentences[j].paragraph == table]
        if len(stating) != 1 or len(own) != 1 or stating == own:
            return None
        row = self.sentences[stating[0]]
        # the row's head, not a later column's name ("Haiyun Power | China")
        theirs = sorted((row.text.find(n), n) for n in rows if n in row.text)
        pair = counterpart(figures, self.figures_of(own[0]))
        if not theirs or pair is None:
            return None
        reason = given_to_another(figures[0].raw, theirs[0][1], mine)
        # the fact the claim misstates, to align it with: where a sentence of the prose states
        # it of this firm alone ("西安占11.2%"), there, as the answers that quote it are grounded
        prose = [
            j
            for j, s in enumerate(self.sentences)
            if mine in s.text
            and j not in self._rows
            and not any(n in s.text for n in rows if n != mine)
            and all_agree([pair[1]], self.figures_of(j))
        ]
        own_id = self.sentences[(prose or own)[0]].id
        return Grounding(
            "contradicted", row.id, row.text, 100.0, reason, of_another=True, subject_anchor=own_id
        )

    @cached_property
    def _rows(self) -> list[int]:
        return [j for j, s in enumerate(self.sentences) if is_row(s.text)]

    def figure_of_another(self, c: Claim, figures: list[Quantity]) -> Grounding | None:
        """The claim names a firm the report names in both scripts, and its figures stand in
        a sentence that says its words and names another such firm, not this one:
        "沪上阿姨约79%的门店位于二线及以下城市" where the report's 79% of stores in lower-tier
        cities is Guming's (古茗). An aside's names (如A、B) are examples, not the subject."""
        subject = ASIDE.sub(" ", c.text)
        mine = self.pairs.words_in(subject)
        if not mine:
            return None
        # the claim's own words, its firms' names aside (追觅科技 glosses as "chase", "seek")
        names = "|".join(map(re.escape, self.pairs.names_in(subject)))
        words = units(re.sub(names, " ", c.text) if names else c.text)
        for j in range(len(self.sentences)):
            source = self.figures_of(j)
            if not all(any(agrees(q, x) for x in source) for q in figures):
                continue
            named_at = self.firms.naming_sentence(j)
            naming = "" if named_at is None else self.sentences[named_at].text
            theirs = set() if named_at is None else self.firms.named[named_at]
            if not theirs or theirs & mine or mine & (self.anchors[j] | self.firms.named_before(j)):
                continue
            # a figure few sentences hold (14.9%) needs one word of the claim there, not two, and
            # so does a claim of one word ("份额22%")
            need = LOOSE_WORDS if any(map(by_chance, figures)) and len(words) > 1 else 1
            if self.glossary.held(words, j) < need:
                continue
            # the first it names is the sentence's subject: "Guming (古茗), based in Zhejiang"
            plain = nfkc(naming)
            named = min(self.pairs.named_in(naming), key=lambda n: plain.find(n) % (len(plain) + 1))
            report = [s.text for s in self.sentences]
            claimed = ", ".join(
                as_written(n, *report) for n in dict.fromkeys(self.pairs.named_in(subject))
            )
            return Grounding(
                "contradicted",
                self.sentences[j].id,
                self.sentences[j].text,
                100.0,
                given_to_another(figures[0].raw, as_written(named, naming), claimed),
                of_another=True,
            )
        return None

    def best_match(self, c: Claim, claim_names: set[str], figures: list[Quantity]) -> Match | None:
        scored: list[tuple[float, int, int, float, int, bool]] = []
        words = units_beside(c.text, figures)  # its words as the dictionary glosses them, once
        found = self.index.top(sorted(claim_names | figure_tokens(figures)), CANDIDATES)
        looked_at = list(dict.fromkeys([*map(int, found), *self.loosely_stated(words, figures)]))
        timely = of_its_time(c, self.report.ahead, looked_at)
        for j, weight in zip(looked_at, timely, strict=True):
            source_q, text_j = self.figures_of(int(j)), self.sentences[j].text
            now = of_now(text_j, source_q)
            bearing = agreeing(c.text, figures, text_j, source_q, now)
            named = len(claim_names & self.anchors[j])
            score = 100.0 * (named + bearing) / (len(claim_names) + len(figures)) * weight
            clash = claim_names <= self.anchors[j] and bool(counterpart(figures, now))
            near = -bound_gap(figures, now)  # not last year's 72.1%
            scored.append((score, named, past_bound(figures, source_q), near, int(j), clash))
        if not scored:
            return None
        # on a tie, the sentence that names what the claim names: its subject; then the one whose
        # figure lies past the claim's bound (超过七成 is 72%, not the 70% it passes); then the one
        # that says its words (承诺折扣……北美71% is the commitment-discount 71%, not another),
        # or else whose figure lies nearest past the bound (超过三分之一 is 35.6%, not 40.8%); one
        # saying as many of its words is its rival, which a flag must hold against (of many, none)
        top = max(s[:3] for s in scored)
        tied = [s for s in scored if s[:3] == top]
        held: dict[int, int] = {}
        if len(tied) > 1:
            held = {s[4]: self.glossary.held(words, s[4]) for s in tied}
        score, _, _, _, j, clash = max(tied, key=lambda s: (held.get(s[4], 0), s[3]))
        tied_too = [k for k, n in held.items() if k != j and n == held[j]]
        rivals = tuple(self.sentences[k] for k in tied_too) if len(tied_too) == 1 else ()
        s = self.sentences[j]
        elsewhere = self.named_elsewhere(c.text, j)
        new = self.never_said(figures, claim_names)
        around = paragraph_around(self.sentences, j)
        text = " ".join(self.sentences[k].text for k in around)
        around_names = frozenset().union(*(self.read_names.in_sentence[k] for k in around))
        return Match(
            c,
            claim_names,
            figures,
            s,
            self.read_names.in_sentence[j],
            score,
            clash,
            new,
            text,
            around_names,
            sum(claim_names <= a for a in self.anchors) if clash and claim_names else 0,
            elsewhere,
            FIGURE_WORDS if claim_names else self.glossary.held(words, j),
            self.pairs,
            self.beside(elsewhere, figures),
            rivals,
        )

    def beside(self, elsewhere: tuple[tuple[str, str], ...], figures: list[Quantity]) -> bool:
        """Does the sentence after one that names these names hold all the figures, and speak
        of it as "the region" or "its"? A report names its subject once, then refers back."""
        for _, english in elsewhere:
            words = set(english.split())
            for k, anchors in enumerate(self.anchors):
                after = k + 1
                if not words <= anchors or after not in paragraph_around(self.sentences, k):
                    continue
                held = all(any(agrees(q, x) for x in self.figures_of(after)) for q in figures)
                if held and REFERS_BACK.search(self.sentences[after].text):
                    return True
        return False

    def named_elsewhere(self, text: str, j: int) -> tuple[tuple[str, str], ...]:
        """The claim's Chinese names (not an aside's) that the report names in English, but not
        in sentence j — each with the English it names them by. None where the sentence names
        another of the claim's names: "美国：加州…63%" is California's 63%, in the US."""
        if not CJK_RE.search(text):
            return ()
        # "European" names Europe, "Japanese" Japan: the first letters are enough to stay quiet
        around = self.anchors[j] | {w[:4] for w in self.anchors[j]}
        found: list[tuple[str, str]] = []
        plain = ASIDE.sub(" ", text)
        for name in sorted(chinese_names(plain) | self.pairs.names_in(plain)):
            forms = self.pairs.forms(name)
            if any(set(f) <= around or {w[:4] for w in f} <= around for f in forms):
                return ()
            # the sentence names it a short way ("the United States" read as "united")
            if any(same_name(w, n) for f in forms for w in f for n in self.anchors[j]):
                return ()
            named: list[tuple[str, ...]] = [
                f for f in forms if any(set(f) <= a for a in self.anchors)
            ]
            if named:
                longest: tuple[str, ...] = max(named, key=len)
                found.append((name, " ".join(longest)))
        return tuple(found)

    def loosely_stated(self, words: list[frozenset[str]], figures: list[Quantity]) -> list[int]:
        """The sentences that bear out a loose figure of the claim in other digits (约三分之一
        and 32%), which the index of exact figures cannot find — and say some of its words
        (through the dictionary, `words`): a loose figure alone fits too many sentences."""
        loose = [q for q in figures if q.qualifier]
        if not loose:
            return []
        return [
            j
            for j in range(len(self.sentences))
            if any(agrees(q, x) for q in loose for x in self.figures_of(j))
            and self.glossary.held(words, j) >= LOOSE_WORDS
        ][:CANDIDATES]

    def never_said(self, figures: list[Quantity], claim_names: set[str]) -> list[str]:
        """Its figures the report never states. Names are left out: across languages a name
        may be written only in the other script (LLMs, 大模型)."""
        return [q.raw or f"{q.value:g}{q.unit}" for q in self.report.never_states(figures)]


def _referred_to(sentences: Sequence[Sentence], names: Sequence[set[str]], j: int) -> set[str]:
    """The names of the sentence before, for one of its paragraph that opens by referring back
    to them ("Skydio was the fastest-growing Western vendor. Its revenue rose 46%, and it held
    14% of the North American market"): English names no pair of scripts gives."""
    if j == 0 or sentences[j].paragraph != sentences[j - 1].paragraph:
        return set()
    return set(names[j - 1]) if opens_referring_back(sentences[j].text) else set()
