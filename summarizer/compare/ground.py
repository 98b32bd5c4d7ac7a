"""Grounding: find the report passage that bears out each claim, or flag the claim — on
specific evidence only, so that a flag means something is wrong.

Statuses (the DESIGN contract), each with a reason that names the words or figures:
- supported: a report sentence (or it with its neighbours in the paragraph) states the claim's
  figures and most of its words, the same way round;
- contradicted: the passage on the claim's subject gives another figure ("the report says 58%,
  not 56%"), gives the figure to another name or the name another figure, denies what the claim
  states (or the reverse), uses the opposite word, or says it went the other way;
- unsupported: the claim adds what the report lacks — a figure, name or year the report never
  states, a figure the passage found by its other figure does not state, or (in a long report)
  words the report never uses in a claim about the passage's subject;
- unverified: the checks cannot tell (the passage lacks some words: paraphrase or addition?; the
  figure is in the report but about something else; another language with nothing that reads
  the same in both), the claim is advice by its own wording, or no source was given.

Every claim is checked, whatever heading it stood under; anchors and evidence quotes that models
give are hints, verified like the claim. The checks are lists of functions tried in order
(checks_support, checks_meaning, checks_across, and checks_gloss for a claim in the other
language, read through a Chinese-English dictionary); everything here reads words, figures and
names, and no model is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
from rapidfuzz import fuzz

from summarizer.compare import meaning
from summarizer.compare.acronyms import Acronyms, Aliases, InCharacters
from summarizer.compare.checks import is_opinion
from summarizer.compare.checks_across import AcrossLanguages
from summarizer.compare.checks_base import (
    BOUNDS,
    FigureCache,
    Grounding,
    agrees,
    of_its_time,
)
from summarizer.compare.checks_meaning import judge
from summarizer.compare.checks_past import past_for_now
from summarizer.compare.checks_support import find_passage
from summarizer.compare.everyday import everyday_english
from summarizer.compare.evidence import check_evidence
from summarizer.compare.firms_in_scope import LABEL_CHARS, opens_referring_back
from summarizer.compare.index import TokenIndex
from summarizer.compare.name_reader import NameReader
from summarizer.compare.report_facts import ReportFacts
from summarizer.compare.retrieved import Retrieved
from summarizer.compare.years import years_of
from summarizer.document import Document, Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.loose import looks_ahead, stated_once
from summarizer.lang.names import known_names, lowercase_words
from summarizer.lang.predicate import LEADING_CONJUNCTION
from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.text import match_string, match_tokens
from summarizer.spread import spread

__all__ = ["Grounding", "ground"]

CANDIDATES = 40  # source sentences scored per claim, picked by the index
# below this, forking workers costs more than it saves (a claim takes ~2.5 ms)
PARALLEL_MIN_CLAIMS = 400


def ground(
    claims: Sequence[Claim], doc: Document | None, *, semantic: bool | None = None
) -> dict[str, Grounding]:
    """A grounding for every claim id. `semantic`: read a figure-less trend in the other
    language against the sentences nearest in meaning (None: when the optional embedding model
    is installed)."""
    if doc is None:
        return {c.id: Grounding("unverified", reason="no source given") for c in claims}
    placed = list(doc.sentences())
    sentences = [s for _, s in placed]
    source_langs = {doc.lang, *(sentences[0].translations if sentences else ())}
    result: dict[str, Grounding] = {}
    pending: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        # Every claim is checked, whatever heading it stood under: only its own wording makes
        # it advice rather than a fact.
        if is_opinion(c.text):
            result[c.id] = Grounding("unverified", reason="an opinion or advice, not a fact")
        else:
            usable = [lang for lang in (c.lang, *c.translations) if lang in source_langs]
            pending.setdefault(usable[0] if usable else "", []).append(i)
    figures_of = FigureCache(sentences)
    common = lowercase_words(" ".join(s.text for s in sentences))
    everyday = everyday_english()
    known = known_names(
        [*(s.text for s in sentences), *(t for c in claims for t in c.translations.values())],
        common,
        everyday,
    )
    headings = [" ".join(h for h in sec.path if h != doc.title) for sec, _ in placed]
    report = ReportFacts(sentences, figures_of, headings, doc.title)
    # a table's rows name its firms, though a cell starts like a sentence ("Company: Junlebao"),
    # and though the word is an everyday one the report never writes in lower case (Bolt, Lime)
    known |= {
        n.lower()
        for n in report.row_names
        if re.fullmatch(r"[A-Z][a-z]+", n) and n.lower() not in common
    }
    read_names = NameReader(known, common, sentences)
    hints = {s.id: j for j, s in enumerate(sentences)}
    if "" in pending:  # claims in a language the source is not written in
        use = meaning.available() if semantic is None else semantic
        across = AcrossLanguages(sentences, figures_of, read_names, report, semantic=use)
        for i in pending.pop(""):
            result[claims[i].id] = across.ground(claims[i])
    for lang, idxs in pending.items():
        found = _Found(sentences, figures_of, read_names, report, hints)
        result.update(found.ground_in(lang, [claims[i] for i in idxs]))
    if any(c.evidence for c in claims):
        result.update(check_evidence(claims, result, doc, figures_of))
    return {c.id: _dated(c, past_for_now(c, result[c.id]), report) for c in claims}


def _dated(claim: Claim, found: Grounding, report: ReportFacts) -> Grounding:
    """A claim whose figures the report bears out, but as a forecast for another year than the
    sentence forecasts them for ("到2030年达到189亿美元" where the report says "US$18.9 billion
    by 2032"): contradicted; or in a year the report never states ("may pass 50% around 2029"
    where it says 2028年前后): what it adds, the report does not say."""
    if found.status != "supported":
        return found
    quote = found.source_quote or ""
    mine, theirs = years_of(claim.quantities), years_of(parse_quantities(quote))
    if mine and not theirs and found.source_anchor:  # a bullet under "Our base case for 2030:"
        theirs, dating = report.dated_by(found.source_anchor)
        quote = f"{dating} {quote}"
    if mine and theirs and not mine & theirs and claim.ahead and looks_ahead(quote):
        # a forecast's year is the last it names ("by 2032", "over 2025–2032")
        reason = f"the report gives these figures for {max(theirs):g}, not {max(mine):g}"
        return replace(found, status="contradicted", reason=reason)
    years = report.never_dates(claim.quantities)
    if years:
        reason = "the report never states " + ", ".join(q.raw for q in years)
        return replace(found, status="unsupported", reason=reason)
    return found


@dataclass(frozen=True)
class _Found:
    """What the report holds, read once: its sentences, figures, names, everything it states,
    and where each sentence id stands (for the anchors models give: hints, not verdicts)."""

    sentences: Sequence[Sentence]
    figures_of: FigureCache
    read_names: NameReader
    report: ReportFacts
    hints: dict[str, int]

    def _labelled(self, claim: Claim, text: str) -> str:
        topic = claim.topic.strip()
        if not topic or len(topic) > LABEL_CHARS or text != LEADING_CONJUNCTION.sub("", claim.text):
            return text  # (the tables' rows are read only for a claim with a short label)
        return _with_label(topic, text, self.report.row_names, self.read_names)

    def _namer(
        self, texts_in_lang: list[str], lang: str, acronyms: Acronyms
    ) -> Callable[[str], str]:
        """A claim's names as the report writes them: "European Union" for "EU", "Zoetis（硕腾）"
        for 硕腾, and — a Chinese report's — 小米 for "Xiaomi" where it writes only 小米."""
        aliases = Aliases(texts_in_lang)
        chinese = InCharacters(texts_in_lang, self.report.row_names) if lang == "zh" else None

        def named(text: str) -> str:
            text = aliases.expand(acronyms.expand(text))
            return chinese.expand(text) if chinese else text

        return named

    def ground_in(self, lang: str, claims: Sequence[Claim]) -> dict[str, Grounding]:
        """Claims in `lang`, against the report's text in that language."""
        texts_in_lang = [s.translations.get(lang, s.text) for s in self.sentences]
        read_names = self.read_names
        # "Xiaomi (小米) relies on low prices. Its share was 11%…": the names of the sentence
        # before belong to one that refers back to them
        before = [
            _names_of(read_names, self.sentences, texts_in_lang, j - 1)
            if j and _refers_back(self.sentences, j, t)
            else set()
            for j, t in enumerate(texts_in_lang)
        ]
        source_tokens = [match_tokens(t) for t in texts_in_lang]
        source_texts = [" ".join(t) for t in source_tokens]
        index = TokenIndex(
            [toks + sorted(extra) for toks, extra in zip(source_tokens, before, strict=True)]
        )
        acronyms = Acronyms(texts_in_lang)  # "EU" for the report's "European Union"
        as_the_report_names = self._namer(texts_in_lang, lang, acronyms)

        def one(claim: Claim) -> Grounding:
            said = LEADING_CONJUNCTION.sub("", claim.text_in(lang) or claim.text)
            labelled = self._labelled(claim, said)
            claim_text = as_the_report_names(labelled)
            own = match_tokens(claim_text)
            tokens = _in_context(claim, claim_text, own)
            candidates = self._candidates(index, claim, tokens, own)
            queries = dict.fromkeys([" ".join(tokens), " ".join(own)])
            claim_names = read_names(claim_text)
            # a sentence that refers back is read with the names before it only for a claim
            # that gives them: "Their median is $17" is China's, not every company's
            carried = {int(j): before[j] & claim_names for j in candidates if before[j]}
            scores = self._worded_figures_met(
                claim_text,
                _scored(queries, candidates, source_texts, carried),
                candidates,
                source_texts,
                carried,
            ) * np.array(of_its_time(claim, self.report.ahead, candidates), dtype=np.float32)
            spelled = _spelled_out(claim_text, claim_names, acronyms.initials)
            r = Retrieved(
                claim,
                claim_text,
                claim_names,
                read_names.distinctive(claim_names) - spelled,
                self.sentences,
                candidates,
                scores,
                self.figures_of,
                partial(_names_at, read_names, self.sentences, texts_in_lang, carried),
                texts_in_lang.__getitem__,
                self.report,
                self.report.without_gaps(claim_text, stated_once(comparable(claim.quantities))),
            )
            return judge(r, find_passage(r), read_names)

        found = spread(one, claims, at_least=PARALLEL_MIN_CLAIMS)
        return {c.id: g for c, g in zip(claims, found, strict=True)}

    def _worded_figures_met(
        self,
        claim_text: str,
        scores: np.ndarray,
        candidates: np.ndarray,
        source_texts: Sequence[str],
        carried: Mapping[int, set[str]],
    ) -> np.ndarray:
        """A sentence that gives in digits the figures the claim writes in words (不到四分之一,
        近五成, "about a third") is as close as the claim's other words make it, not as far as
        四分之一's characters: "盈利雪场不到四分之一" meets "实现盈利的雪场仅约23%"."""
        worded = [q for q in comparable(parse_quantities(claim_text)) if not _DIGIT.search(q.raw)]
        if not worded or not len(candidates):
            return scores
        text = claim_text
        for q in worded:
            text = text.replace(q.raw, " ")
        # of the sentences whose figures fit the words, those nearest them: "roughly one in
        # nine" is the 11.2% beside it, not another region's 10.4%
        gaps = np.array([_gap(worded, self.figures_of(int(j))) for j in candidates])
        fits = np.isfinite(gaps) & (gaps <= gaps.min() + 0.05)
        plain = _scored([match_string(text)], candidates, source_texts, carried)
        return np.where(fits, np.maximum(scores, plain), scores)

    def _candidates(
        self, index: TokenIndex, claim: Claim, tokens: list[str], own: list[str]
    ) -> np.ndarray:
        """The sentences retrieval finds for a claim's words — and for a split-off clause's own
        words, which may find its sentence better — with the claim's anchor, checked like the
        rest."""
        candidates = index.top(tokens, CANDIDATES)
        if tokens is not own:
            have = set(candidates.tolist())
            more = [j for j in index.top(own, CANDIDATES) if j not in have]
            candidates = np.concatenate([candidates, np.array(more, dtype=candidates.dtype)])
        hint = self.hints.get(claim.anchor or "")
        if hint is not None and hint not in candidates:
            candidates = np.append(candidates, hint)
        return candidates


SHORT = 10  # tokens (a Chinese clause of ten characters): read with the clause that opened it


def _in_context(claim: Claim, text: str, tokens: list[str]) -> list[str]:
    """A short clause split off its sentence, with the words of the clause that opened it:
    "其中长三角接近四成" is found where "三大区域聚集了超过八成的整机企业" is, and "whereas
    Asia-Pacific sits at roughly one in nine" where the fully remote shares are."""
    if len(tokens) >= SHORT or not claim.opened_by or text != claim.text:
        return tokens
    return tokens + [t for t in match_tokens(claim.opened_by) if t not in tokens]


def _with_label(topic: str, text: str, rows: Set[str], read_names: NameReader) -> str:
    """A claim that names no firm, read with the firm its label names where the report's tables
    list it row by row: "- **智元机器人**：份额14.2%，增速最快（同比增长148%）" gives its 148% to
    智元机器人, not to the row that states it."""
    if topic not in rows or read_names(text) & rows:
        return text
    return f"{topic}：{text}"


def _names_of(
    read_names: NameReader, sentences: Sequence[Sentence], texts: Sequence[str], j: int
) -> set[str]:
    """Sentence j's names: read once already where `texts` is the report's own language."""
    same = texts[j] == sentences[j].text
    return read_names.in_sentence[j] if same else read_names(texts[j])


def _refers_back(sentences: Sequence[Sentence], j: int, text: str) -> bool:
    """Does sentence j open by referring back to the one before it, in its paragraph?"""
    return sentences[j].paragraph == sentences[j - 1].paragraph and opens_referring_back(text)


def _spelled_out(claim_text: str, names: set[str], initials: str) -> set[str]:
    """The claim's acronyms a report sentence writes out in full ("CAGR": "a compound annual
    growth rate of about 7.5%"), three letters or more so that chance initials do not count:
    they need not be named there."""
    capitals = {w.lower() for w in _ACRONYM.findall(claim_text)}
    return {n for n in names & capitals if n in initials}


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_DIGIT = re.compile(r"\d")


def _names_at(
    read_names: NameReader,
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    carried: Mapping[int, set[str]],
    j: int,
) -> set[str]:
    """The names sentence j gives: its own, and the claim's it carries from the one before."""
    return _names_of(read_names, sentences, texts, j) | carried.get(j, set())


def _gap(worded: Sequence[Quantity], stated: Sequence[Quantity]) -> float:
    """How far the sentence's figures lie from the ones the claim writes in words, summed over
    them (infinite where one has no figure there that bears it out; nothing for a bound, which
    any figure within it meets alike: 不到四分之一 is 23% as much as 24%)."""
    total = 0.0
    for q in worded:
        fits = [x.value for x in stated if agrees(q, x)]
        if not fits:
            return float("inf")
        total += 0.0 if q.qualifier in BOUNDS else min(abs(x - q.value) for x in fits)
    return total


def _scored(
    queries: Iterable[str],
    candidates: np.ndarray,
    source_texts: Sequence[str],
    carried: Mapping[int, set[str]],
) -> np.ndarray:
    """Each candidate sentence's closeness to the claim, by the closer of its queries."""
    return np.array(
        [
            max(_closeness(q, " ".join([source_texts[j], *carried.get(j, ())])) for q in queries)
            for j in candidates
        ],
        dtype=np.float32,
    )


def _closeness(query: str, source: str) -> float:
    """How close a sentence is to the claim: the words they share, and a little of how much of
    each the other says — so that a short sentence holding a few of the claim's words ("Chinese
    companies spend less per developer") does not outrank the one that says it all."""
    shared = fuzz.token_set_ratio(query, source)
    if shared < _FAR:  # far below any check's bar: not worth the second reading
        return shared
    return 0.85 * shared + 0.15 * fuzz.token_sort_ratio(query, source)


_FAR = 35.0
