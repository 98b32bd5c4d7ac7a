"""Names across scripts: whether an English claim's Latin names and a Chinese claim's Chinese
names are one subject — spelled in pinyin, named so by the dictionary, or close in meaning."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from summarizer.compare import meaning
from summarizer.compare.subjects import Features
from summarizer.lang.dictionary import one_word_names
from summarizer.lang.names import COMPASS

SAME_SUBJECT = 0.91  # e5 cosine of two names: China / 中国 ≈ 0.94, Japan / 日本 ≈ 0.96
OTHER_SUBJECT = 0.89  # below this for every pair of names: Japan / 美国 ≈ 0.86


def name_vectors(feats: Sequence[Features]) -> dict[str, np.ndarray]:
    """Embeddings of the names `cross_script` weighs: an English claim's Latin names and
    opener, a Chinese claim's Chinese names — none when the claims are all in one language."""
    names: set[str] = set()
    for f in feats:
        names |= f.cjk if f.lang == "zh" else f.latin | {f.opener}
    names.discard("")
    if len({f.lang for f in feats}) < 2 or not names:
        return {}
    ordered = sorted(names)
    return dict(zip(ordered, meaning.embed(ordered), strict=True))


def cross_script(a: Features, b: Features, vectors: Mapping[str, np.ndarray]) -> int:
    """Across languages: +1 when a Latin name of one claim is a Chinese name of the other —
    spelled in pinyin (Zhejiang / 浙江), named so by the dictionary (United States / 美国) or,
    with name embeddings, close in meaning (China / 中国);
    -1 when both name subjects and none is close (Japan / 美国); 0 when unknown."""
    if a.lang == b.lang:
        return 0
    zh, en = (a, b) if a.lang == "zh" else (b, a)
    names = en.latin | ({en.opener} if en.opener else set())
    if not names:  # named only in an aside: "The top five provinces (Guangdong, …)"
        return 1 if zh.bridged & en.tokens else 0
    # South China against 华北 (North China): another point of the compass, "China" or not
    ways, ways_zh = names & COMPASS, zh.bridged & COMPASS
    if ways and ways_zh and not ways & ways_zh:
        return -1
    if zh.bridged & names:
        return 1
    known = one_word_names()
    best = (
        max(float(vectors[x] @ vectors[y]) for x in names for y in zh.cjk if x in vectors)
        if zh.cjk and vectors
        else None
    )
    if best is not None and best >= SAME_SUBJECT:
        return 1
    # a firm an answer spells in pinyin ("Li Ning" / 李宁) is not the one another English
    # claim names by a name the dictionary lacks ("Xtep"): that one has a name of its own.
    # Only a name few claims give (`latin` drops the rest: "Duanju" in one firm's name is
    # spelled in every 微短剧 of a report on them), written in characters, not in Latin
    # letters inside the Chinese ("IAP（用户付费）")
    spelled = (zh.bridged & zh.latin) - known - set(zh.text_key.split())
    if spelled & en.tokens:  # "Top four: Xiaomi (18.6%)": written where no name is looked for
        return 1
    if spelled and not names & known:
        return -1
    if best is None:
        return 0
    # only names the dictionary knows can differ: an opening word may be "Spending", not
    # "Japan", and e5 cannot tell a firm's Latin name from its Chinese one (CATL / 宁德时代)
    named = any(n in known for n in names)
    return -1 if named and best < OTHER_SUBJECT else 0
