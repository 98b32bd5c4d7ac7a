"""Is a figure all two claims share? Evidence that two claims state one fact beyond their numbers.

A figure is strong evidence of one fact only when something else ties the two claims together:
one number (71%) answers to many facts in a report. Across languages words barely meet and e5's
whole-sentence cosines carry the shared number, so here meaning is measured with the figures
taken out and above each claim's own baseline (e5 puts any two sentences near 0.8).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from summarizer.compare import meaning
from summarizer.compare.subjects import Features, same_label
from summarizer.lang.claims import Claim
from summarizer.lang.quantities import agreement

# Across languages, the cosine of two claims with their figures taken out, above each claim's
# baseline, that says they speak of one thing ("Reserved coverage: East" / "预留实例覆盖率：东部"
# ≈ +0.06; "North America" / "的组织使用两家或以上公有云" ≈ +0.01).
BEYOND = 0.025
# Across languages, the dictionary's share of two claims' words that says they speak of one
# thing, as a shared word does in one language ("small retailers" / 小型零售商).
GLOSSED_SHARE = 0.3


def figure_only(
    a: Features,
    b: Features,
    fig: float,
    beyond: float | None,
    subject: int,
    ambiguous: bool,
    glossed: float = 0.0,
) -> bool:
    """Do two claims share (or dispute) a figure and nothing else? Words barely meet across
    languages and whole-sentence cosines carry the shared number, so the figure did most of the
    work — and one number answers to many facts. Nothing else: no shared word or name, no
    subject known to be the same in both scripts and — with the embedding model — no meaning
    in common once the figures are taken out (`beyond`). Then a conflict is no conflict but
    another fact (a database's 15% against a forecast's 10%), and so is a match when the number
    answers to several claims of a model (`ambiguous`) or only the English side names a subject
    ("North America 71%" against "71%的组织使用多云"). In one language, two claims about one
    fact share a word — one that few claims use ("用户" ties nothing). Without the embedding
    model a shared figure across languages is all the lexical signal has: a match is judged so
    only when its number is ambiguous and only the English side names a subject. `fig`: the
    figure evidence (1 same, 0.6 close, -1 conflict); `glossed`: across languages, the share of
    words the dictionary finds in both, which ties two claims that dispute a figure (a shared
    figure with a few shared words may still be two facts: "58% … deployed" against
    "已部署…58%用于客服")."""
    if subject > 0 or fig == 0:
        return False
    if fig > 0 and not ambiguous and telling_figure(a, b):
        return False
    if a.distinct & b.distinct or same_label(a, b):
        return False
    if beyond is not None and beyond >= BEYOND:
        return False
    if a.lang == b.lang:
        return True
    if fig < 0:  # disputed across languages: unless the dictionary finds their words in both
        return glossed < GLOSSED_SHARE
    zh, en = (a, b) if a.lang == "zh" else (b, a)
    named_one_side = bool(en.latin) and not zh.cjk
    if beyond is None:  # words alone: both signs are needed
        return ambiguous and named_one_side
    return ambiguous or named_one_side


def telling_figure(a: Features, b: Features) -> bool:
    """Do the two give one exact count or sum of three or more significant digits (3,580万辆 /
    35.8 million)? Such a figure is no coincidence, as 71% or 2,000万 may be."""
    return any(
        x.unit not in ("%", "pp") and not x.qualifier and _digits(x.value) >= 3
        and any(agreement(x, y) == "same" and not y.qualifier for y in b.figures)
        for x in a.figures
    )  # fmt: skip


def _digits(value: float) -> int:
    """Significant digits: 35,800,000 → 3; 4.12 → 3; 2,000 → 1."""
    return len(f"{abs(value):.6g}".replace(".", "").replace("-", "").strip("0").split("e")[0])


def beyond_figures(claims: Sequence[Claim], feats: Sequence[Features]) -> np.ndarray:
    """n × n meaning above baseline of the claims that state figures, with the figures taken
    out (0 for the others): what two claims share besides their numbers."""
    n = len(claims)
    out = np.zeros((n, n), dtype=np.float32)
    idx = [i for i in range(n) if feats[i].figures]
    texts = []
    for i in idx:
        text = claims[i].text
        for q in claims[i].quantities:
            text = text.replace(q.raw, " ")
        texts.append(" ".join(text.split()))
    langs = [claims[i].lang for i in idx]
    if len(set(langs)) > 1:  # only pairs across languages read it: none, nothing to embed
        out[np.ix_(idx, idx)] = meaning.above_baseline(texts, langs)
    return out


def repeated_figures(feats: Sequence[Features], models: Sequence[str]) -> list[set[str]]:
    """Per claim, its figures that some model states in more than one claim: a 71% that answers
    to both "北美71%" and "71%的组织…" cannot on its own say which of them another model's is."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for f, m in zip(feats, models, strict=True):
        for t in f.figure_keys:
            counts[m, t] += 1
    repeated = {t for (_, t), k in counts.items() if k > 1}
    return [set(f.figure_keys & repeated) for f in feats]
