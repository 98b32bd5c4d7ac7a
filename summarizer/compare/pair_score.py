"""How alike two claims are: one pair's score from its words, figures, names and meaning, and
what the report says of each (the sentence each is borne out on). `align.py` scores every
pair's best candidates with it and turns the scores into groups."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from summarizer.compare import meaning
from summarizer.compare.bridge import BEYOND, figure_only
from summarizer.compare.directions import a_direction_word
from summarizer.compare.figure_evidence import (
    far_apart,
    figure_evidence,
    figures_disagree,
    levels_apart,
    measure_apart,
)
from summarizer.compare.owners import by_owner
from summarizer.compare.subjects import (
    Features,
    labels_differ,
    places_clash,
    same_label,
    subjects_clash,
    subjects_differ,
)
from summarizer.lang.claims import Claim

PIVOT_BONUS = 0.25  # grounded on the same report sentence
PIVOT_BONUS_CROSS = 0.4  # the same, for claims in two languages
W_SAME = (0.45, 0.35, 0.2)  # meaning, words, figures: two claims in one language
W_CROSS = (0.6, 0.15, 0.25)  # across languages words share little beyond figures and names
GLOSSED_APART = 0.2  # sharing less, two claims on one report sentence state two of its facts
W_SAME_WORDS = (0.75, 0.25)  # words, figures: without the embedding model, in one language
W_CROSS_WORDS = (0.6, 0.4)  # ... and across languages
MEASURES_APART = 0.6  # two claims whose figures are all of different kinds
FORECAST_APART = 0.7  # a forecast and a figure of now (measured: 0.5 cost the tune sets 0.01)
LABEL_NAME = 0.1  # one firm, named by a label and by the other's words, with a figure in common
SHARED_NAME = 0.05  # two Chinese claims that name one place or firm (few claims name it)
NEAR_MISS = 0.3  # figure evidence of two close figures that disagree
SEMANTIC_MAX = 800  # claims embedded by default; more only when semantic=True


def semantic_scores(claims: Sequence[Claim], use: bool | None) -> np.ndarray | None:
    """Scaled cosines, or None where the signal is off: asked off, not installed, or — unless
    asked for — more than SEMANTIC_MAX claims (embedding costs ~15-100 ms a claim on 2 cores)."""
    if use is False or (use is None and not meaning.available()):
        return None
    if use is None and len(claims) > SEMANTIC_MAX:
        return None
    vectors = meaning.embed([c.text for c in claims])
    cos = vectors @ vectors.T
    # e5 puts unrelated sentences near 0.75-0.8 (a little lower across languages): stretch the
    # useful band to 0-1.
    langs = np.array([c.lang for c in claims])
    floor = np.where(langs[:, None] == langs[None, :], 0.80, 0.77)
    return np.clip((cos - floor) / 0.15, 0.0, 1.0).astype(np.float32)


def two_facts_of_one_sentence(
    a: Features, b: Features, beyond: float | None, glossed: float
) -> bool:
    """Two claims grounded on one report sentence whose figures disagree and which share
    nothing else — no word few claims use, no meaning once the figures are out: the sentence
    states two facts ("36%的用户每天使用语音控制，但仅23%修改过默认密码"), and a wrong 32% for the
    second is no conflict with the 36% of the first. Across languages the meaning tells, when
    the embedding model is there; otherwise the words the dictionary finds in both (`glossed`).
    A claim with no figure and one with figures that share no such word (across languages, few
    glossed words) are two facts of the sentence too ("石头科技有望在2027年超越科沃斯" beside
    "Chinese brands supply about 60%")."""
    if a.distinct & b.distinct:
        return False
    if bool(a.figures) != bool(b.figures):
        return a.lang == b.lang or glossed < GLOSSED_APART
    if not figures_disagree(a, b):
        return False
    if a.lang == b.lang:
        return True
    return beyond < BEYOND if beyond is not None else glossed < GLOSSED_APART


def pair_score(
    a: Features,
    b: Features,
    words: float,
    sem: float | None,
    pivoted: bool = False,
    apart: bool = False,
    subject: int = 0,
    beyond: float | None = None,
    ambiguous: bool = False,
    glossed: float = 0.0,
) -> float:
    """The combined score (0-1) of two claims from their signals. Across languages the words
    share little beyond figures and names, so meaning and figures carry more of the weight.
    `pivoted`: both grounded on one report sentence; `apart`: on two different ones; `subject`:
    across languages, +1 the same subject (China / 中国), -1 different ones, 0 unknown;
    `beyond`: what the two share in meaning once figures are taken out; `ambiguous`: their
    shared figure is one a model states in several claims."""
    text = words
    same_lang = a.lang == b.lang
    if a.text_key and b.text_key and same_lang:
        text = max(words, fuzz.token_set_ratio(a.text_key, b.text_key) / 100 * 0.9)
    fig, subject = by_owner(a, b, figure_evidence(a, b), subject)
    credit = _figure_credit(a, b, fig, sem is None)
    if sem is None:
        w_text, w_fig = W_SAME_WORDS if same_lang else W_CROSS_WORDS
        score = w_text * text + w_fig * credit
    else:
        w_sem, w_text, w_fig = W_SAME if same_lang else W_CROSS
        score = w_sem * sem + w_text * text + w_fig * credit
    if fig < 0 and not pivoted:  # on one report sentence, other figures are its conflict
        score -= 0.1
    if a.ahead != b.ahead and a.figures and b.figures:
        score *= FORECAST_APART  # 2026's "约27%" is not this year's 26%
    if measure_apart(a, b) or levels_apart(a, b):
        score *= MEASURES_APART  # US$29 million of tickets is no count of 27 million users
    if fig <= 0 and figures_disagree(a, b) and (apart or _other_subject(a, b, pivoted)):
        score *= 0.4  # other figures for another subject, or each in its own sentence
    elif same_lang and not pivoted and figures_disagree(a, b) and not _what_moved(a, b):
        score *= 0.6  # other figures, and nothing in common but which way: 门店数 / 单店月收入
    if not pivoted and figure_only(a, b, fig, beyond, subject, ambiguous, glossed):
        score *= 0.4  # "North America 71%" and "71%的组织使用多云": one number, nothing else
    elif bool(a.figures) != bool(b.figures) and only_a_label_shared(a, b):
        score *= 0.4  # "企业格局：格力5.3%" and "从企业格局来看，行业集中度较高"
    # two figures in common outweigh a name the tagger read as a subject (六国 / 东南亚)
    twice = len(a.figure_keys & b.figure_keys) >= 2
    clash = subjects_clash(a, b) or labels_differ(a, b)  # 国家电网 against **云快充**：…
    if (clash and not twice) or places_clash(a, b) or subject < 0:
        score *= 0.4
    elif subject > 0:
        score += 0.1
    elif same_lang and fig > 0 and same_label(a, b):
        score += LABEL_NAME  # "**优必选**：出货约2900台，份额15.8%" and "优必选15.8%"
    elif same_lang and fig >= 0 and a.cjk & b.cjk:  # 浙江 in both, a name few claims use
        score += SHARED_NAME
    if pivoted:  # across languages the report's sentence is the bridge the words cannot be
        score += PIVOT_BONUS if same_lang else PIVOT_BONUS_CROSS
    return score


def _other_subject(a: Features, b: Features, pivoted: bool) -> bool:
    """Do the two speak of other subjects: by their names and years, or by figures too far
    apart to be one's slip of the other's ("Japan … 19 TWh" and the world's 945 TWh)? On one
    report sentence, a year only one of them names is that sentence's, no other subject:
    "截至2025年底海外仓共有2680个" and "海外仓数量达2,860个" on a report that gives the count both
    ways."""
    return subjects_differ(a, b, one_sided_years=not pivoted) or far_apart(a, b)


def _figure_credit(a: Features, b: Features, fig: float, words_only: bool) -> float:
    """What the figures add: their evidence, or where two figures are a little apart (44%
    against 41%), some — a misquote — where meaning cannot tell: without the embedding model,
    or across languages, where the words say little (in one language with meaning, measured,
    the credit cost the dev sets 0.02)."""
    if fig == 0 and (words_only or a.lang != b.lang) and _misquoted(a, b):
        return NEAR_MISS
    return max(fig, 0.0)


def only_a_label_shared(a: Features, b: Features) -> bool:
    """Do the two share no word few claims use but the label one of them opens with? A label
    heads many facts: under "企业格局：" a figure for Gree says nothing of the industry's
    concentration."""
    if not (a.label_words or b.label_words):
        return False
    return not (a.distinct - a.label_words) & (b.distinct - b.label_words)


def _what_moved(a: Features, b: Features) -> bool:
    """Do both say what moved: a word few claims use, not one that only says which way (下降),
    or the one firm their labels name?"""
    return same_label(a, b) or any(not a_direction_word(w) for w in a.distinct & b.distinct)


def _misquoted(a: Features, b: Features) -> bool:
    """Two exact figures of one unit a little apart, as a misquote is (44% against 41%); a
    rounding (约一半 against 59%) is no sign of one."""
    return figures_disagree(a, b) and any(
        x.unit == y.unit and not x.qualifier and not y.qualifier and x.value != y.value
        for x in a.figures
        for y in b.figures
    )
