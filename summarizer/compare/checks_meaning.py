"""Once a claim has its passage: does the passage say what the claim adds (its words), and does
it say it the same way round (negation, opposite word, direction, name, whose figure)? Each
check returns a verdict with its evidence, or None; `MEANING_CHECKS` runs in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from summarizer.compare.checks import (
    antonym_swapped,
    negation_differs,
    said_words,
    subject_said,
    unsaid,
    unsaid_in,
    vocabulary,
)
from summarizer.compare.checks_base import (
    Check,
    Grounding,
    by_chance,
    first_verdict,
    of_something_else,
    paragraph_around,
    said_instead,
)
from summarizer.compare.checks_names import described, swapped_name
from summarizer.compare.checks_owner import as_written, owner_swapped
from summarizer.compare.directions import (
    _directions,
    direction_differs,
    has_direction,
    moves_another_figure,
    way_of,
)
from summarizer.compare.retrieved import RELATED, Retrieved
from summarizer.lang.quantities import comparable
from summarizer.lang.text import CJK_RE

NEW_WORDS = 2  # words the whole report never uses that make a claim on its subject unsupported
NEW_SHARE = 0.2  # … and their share of the claim's words (two of ten: a long claim can hide two)
# Words a report never uses say something only of a report long enough to have used them: a
# 150-word abstract lacks most words a faithful paraphrase of it uses. Chosen between the data
# sets we have (SummEdits sources use at most ~460 distinct words; the reports this tool is for,
# thousands): a judgement, not a fit.
LONG_REPORT = 500
LOOSE = 0.6  # share of its words a claim may add and still be read for a denial or an opposite
OTHER_THING = 0.7  # share of its words a passage found by a common figure may not lack
RARE = 3  # sentences that use a word few of them do
UNSAID = 0.4  # share of a figure-less claim's words its passage may lack and still support it


@dataclass
class Passage:
    """A claim with the report passage it was matched to (`found`)."""

    r: Retrieved
    found: Grounding
    j: int  # the passage's sentence
    source_text: str  # the passage, in the claim's language
    read_names: Callable[[str], set[str]]

    @cached_property
    def source_names(self) -> set[str]:
        return self.read_names(self.source_text)

    def contradicted(self, reason: str) -> Grounding:
        return replace(self.found, status="contradicted", reason=reason)


def passage_of(r: Retrieved, found: Grounding, read_names: Callable[[str], set[str]]) -> Passage:
    j = next(int(k) for k in r.candidates if r.sentences[int(k)].id == found.source_anchor)
    source_text = r.text_of(j)
    if found.source_quote != r.sentences[j].text:  # supported by the paragraph around it
        source_text = " ".join(r.text_of(k) for k in paragraph_around(r.sentences, j))
    return Passage(r, found, j, source_text, read_names)


def words_said(p: Passage) -> Grounding:
    """A claim with nothing but words to go by: the sentence — or it and its neighbours, for a
    claim that joins two sentences of a paragraph — must say most of them. Where they do not,
    a claim on the passage's subject that uses words the whole report never does adds what the
    report lacks: unsupported. Elsewhere the checks cannot tell a paraphrase from an addition:
    unverified. Either way the reason names the words."""
    r, found = p.r, p.found
    if r.claim.quantities or not (found.status == "supported" or found.score >= RELATED):
        return found
    missing, share = unsaid(r.claim_text, p.source_text)
    around = paragraph_around(r.sentences, p.j)
    if share > UNSAID and len(around) > 1:
        passage = " ".join(r.text_of(k) for k in around)
        missing_around, share_around = unsaid(r.claim_text, passage)
        if share_around < share:
            missing, share, p.source_text = missing_around, share_around, passage
            quote = " ".join(r.sentences[k].text for k in around)
            found = replace(found, source_quote=quote)
    if share <= UNSAID:
        return replace(found, status="supported", reason="")
    new, new_share = unsaid_in(r.claim_text, r.report.vocabulary)
    if (
        len(r.report.vocabulary) >= LONG_REPORT
        and not CJK_RE.search(r.claim_text)  # Chinese reads as bigrams: a paraphrase is new ones
        and len(new) >= NEW_WORDS
        and new_share >= NEW_SHARE
        and subject_said(r.claim_text, p.source_text)
    ):
        reason = "the report never says " + ", ".join(new[:4])
        # a conclusion says in its own words what the report leads to: no evidence of an addition
        status = "unverified" if r.claim.kind == "takeaway" else "unsupported"
        return replace(found, status=status, reason=reason)
    reason = "the closest passage does not say " + ", ".join(missing[:4])
    return replace(found, status="unverified", reason=reason)


def figure_of_something_else(p: Passage) -> Grounding:
    """A claim found by figures any sentence may hold (a whole number under 100) in a passage
    that says almost none of its words states another thing: "tasks finish about 30% faster"
    is not borne out by "27% of leaders will hire fewer junior developers"."""
    figures = comparable(p.r.claim.quantities)
    if not figures or not all(map(by_chance, figures)):
        return p.found
    share = unsaid(p.r.claim_text, p.source_text)[1]
    if share < OTHER_THING:
        return p.found
    # a word few sentences use is its subject, tersely put ("Inheritance; … 71%")
    shared = vocabulary(p.r.claim_text) & vocabulary(p.source_text)
    if any(p.r.report.sentences_using[w] <= RARE for w in shared):
        return p.found
    return replace(p.found, status="unverified", reason=of_something_else(figures), of_another=True)


def negated(p: Passage) -> Grounding | None:
    if negation_differs(p.r.claim_text, p.source_text):
        return p.contradicted("the report says the opposite")
    return None


def opposite_word(p: Passage) -> Grounding | None:
    """The opposite of the claim's word in its place — not a way the passage also goes in
    another word: "占比正在上升" against "占比提升了9.3个百分点，说明在价格下降之后…"."""
    if swap := antonym_swapped(p.r.claim_text, p.source_text):
        way = way_of(swap[0])
        if way and way in _directions(p.source_text):
            return None
        return p.contradicted(said_instead(swap[1], swap[0]))
    return None


def other_way(p: Passage) -> Grounding | None:
    """Rose or fell: in the passage, or — for a figure whose sentence says no way at all — in
    the sentences around it ("29.5% … last year 26.51%, so the share rose")."""
    r = p.r
    way = direction_differs(r.claim_text, p.source_text, figures=bool(r.claim.quantities))
    if not way and r.claim.quantities and not has_direction(p.source_text):
        around = " ".join(r.text_of(k) for k in paragraph_around(r.sentences, p.j))
        if not moves_another_figure(r.claim_text, around):
            way = direction_differs(r.claim_text, around, figures=True)
    if way:
        return p.contradicted(f"the report says it went the other way ({way})")
    return None


def other_name(p: Passage) -> Grounding | None:
    """Another name in the claim's place. Where the claim's name is one the report gives
    elsewhere, no figure ties the two, and one of the two is a description (`described`: "the
    Foxes" for Leicester, "the outback Casanova" for Rich), the passage may only call it another
    way: unverified, not contradicted. "Python and Rust users" against "Python and TypeScript
    users" stays a swap."""
    r = p.r
    names = swapped_name(r.claim_names, p.source_names, r.claim_text, p.source_text, r.report.words)
    if not names:
        return None
    mine, theirs = as_written(names[0], r.claim_text), as_written(names[1], p.source_text)
    maybe_same = described(names[0], r.claim_text) or described(names[1], p.source_text)
    if names[0] in r.report.words and not comparable(r.claim.quantities) and maybe_same:
        reason = f"the passage names {theirs} where the claim names {mine}"
        return replace(p.found, status="unverified", reason=reason)
    return p.contradicted(said_instead(theirs, mine))


def figure_owner(p: Passage) -> Grounding | None:
    figures = comparable(p.r.claim.quantities)
    r = p.r
    reason = owner_swapped(r.claim_text, r.claim_names, p.source_text, p.source_names, figures)
    return p.contradicted(reason) if reason else None


LOOSE_CHECKS: Sequence[Check[Passage]] = (negated, opposite_word, other_way)
MEANING_CHECKS: Sequence[Check[Passage]] = (
    negated,
    opposite_word,
    other_way,
    other_name,
    figure_owner,
)


def judge(r: Retrieved, found: Grounding, read_names: Callable[[str], set[str]]) -> Grounding:
    """The passage's verdict read for meaning: a supported claim said the other way round, or
    of someone else, is contradicted. A claim that says more than its passage but still most of
    it (`LOOSE`) is read for a denial, an opposite word or a direction too."""
    if not found.source_anchor:
        return found
    p = passage_of(r, found, read_names)
    p.found = words_said(p)
    if found.status == "unsupported":  # a name the report never gives: the passage may say
        said_so = p.found.status == "supported"  # whose place it takes ("China, not Mongolia")
        return (first_verdict(MEANING_CHECKS, p) if said_so else None) or found
    if p.found.status == "supported":
        return first_verdict(MEANING_CHECKS, p) or figure_of_something_else(p)
    loose = p.found.status == "unverified" and p.found.score >= RELATED
    # most of its words, and more than one: "Demand is not the problem" is no denial of
    # "Cancellations remain the industry's most visible problem"
    if (
        loose
        and unsaid(r.claim_text, p.source_text)[1] <= LOOSE
        and said_words(r.claim_text, p.source_text) >= 2
    ):
        return first_verdict(LOOSE_CHECKS, p) or p.found
    return p.found
