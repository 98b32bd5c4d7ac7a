"""Names in the checks: another name in a name's place ("Gemini leads" against "Claude
leads"), and the short forms that are no other name (the US, U.S., an acronym the text spells
out: DHS for the Department of Homeland Security)."""

from __future__ import annotations

import re
from collections.abc import Container

from summarizer.compare.checks import lacking
from summarizer.lang.dictionary import one_word_names
from summarizer.lang.text import CJK_RE, STOP_WORDS, nfkc

_US = frozenset({"united", "states", "america", "american", "usa", "us", "u.s."})
_UK = frozenset({"united", "kingdom", "britain", "british", "uk", "u.k."})
_ALIASES = {"us": _US, "usa": _US, "u.s.": _US, "uk": _UK, "u.k.": _UK}
_ALIASES |= {"eu": frozenset({"european", "union", "europe"})}


def same_name(a: str, b: str) -> bool:
    """One name, written two ways: a plural, a demonym (`checks.lacking`), or a short form (the
    US is the United States)."""
    return not lacking({a}, {b}) or b in _ALIASES.get(a, ()) or a in _ALIASES.get(b, ())


def swapped_name(
    claim_names: set[str],
    source_names: set[str],
    claim: str,
    source: str,
    stated: Container[str] = frozenset(),
) -> tuple[str, str] | None:
    """(the claim's name, the source's) when the claim gives a name where the source gives
    another: "Gemini leads" against "Claude leads" (no name in common), or "Python and Rust
    users" against "Python and TypeScript users" (the other name in the very same place: a word
    next to it is the same). A claim that only adds a name ("Paul Merson" where the sentence says
    "Merson") is no swap. A name the report gives elsewhere (`stated`) needs that same place:
    with no name in common, the passage may call it another way ("Leicester" where the passage
    says "the Foxes", "Juventus" where it says "the Italians")."""
    extra, others = lacking(claim_names, source_names), lacking(source_names, claim_names)
    # the US is the United States (America): a short form is no other name
    extra = {n for n in extra if not _ALIASES.get(n, set()) & source_names}
    extra = {n for n in extra if not spelled_out(n, source)}  # DHS: Department of Homeland …
    others = {n for n in others if not any(n in _ALIASES.get(c, ()) for c in claim_names)}
    if not extra or not others:
        return None
    fresh = sorted(n for n in extra if n not in stated)
    if extra == claim_names and fresh:
        return fresh[0], sorted(others)[0]
    for name in sorted(extra):
        for other in sorted(others):
            if _beside(name, claim) & _beside(other, source):
                return name, other
    return None


def described(name: str, text: str) -> bool:
    """Does the text call the name as a description that may stand for a name said before —
    "the Indonesian capital", "the Bayern boss", "the Foxes", "the outback Casanova" — rather
    than by a name of its own ("the US", "the Philippines")?"""
    pattern = rf"\bthe\s+([a-z]+\s+)?({re.escape(name)})(?:'s)?\b(?:\s+([a-z]+))?"
    for m in re.finditer(pattern, nfkc(text), re.IGNORECASE):
        before, word, after = m.group(1), m.group(2), m.group(3)
        if word.isupper():  # the US, the EU
            continue
        if (before and not before.islower()) or (after and not after.islower()):
            continue  # one name of several words: "the Middle East", "the South China Sea"
        if after and after not in STOP_WORDS:  # a noun it describes: "the Indonesian capital"
            return True
        if word.lower() not in one_word_names():  # a nickname: "the Foxes"
            return True
    return False


SMALL_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "at"})  # not in acronyms


def initials(text: str) -> frozenset[str]:
    """The initials of every run of two to six words, with and without its small words
    ("compound annual growth rate" → cagr, "Department of Homeland Security" → dhs)."""
    words = re.findall(r"[a-z]+", nfkc(text).lower())
    runs = (words, [x for x in words if x not in SMALL_WORDS])
    return frozenset(
        "".join(x[0] for x in w[i : i + n]) for w in runs for n in range(2, 7)
        for i in range(len(w) - n + 1)
    )  # fmt: skip


def spelled_out(name: str, text: str) -> bool:
    """Is the name an acronym of words the text writes (U.S. for United States)?"""
    key = name.replace(".", "")
    return key.isalpha() and 2 <= len(key) <= 6 and key in initials(text)


_NEIGHBOUR = re.compile(rf"[A-Za-z0-9]+|{CJK_RE.pattern}")


def _beside(name: str, text: str) -> set[tuple[str, str]]:
    """The words right before and right after each place the text says the name."""
    lowered = nfkc(text).lower()
    found: set[tuple[str, str]] = set()
    for m in re.finditer(re.escape(name), lowered):
        before = _NEIGHBOUR.findall(lowered[max(0, m.start() - 20) : m.start()])
        after = _NEIGHBOUR.findall(lowered[m.end() : m.end() + 20])
        # "the" or "and" beside both is no shared place
        if before and before[-1] not in STOP_WORDS:
            found.add(("before", before[-1]))
        if after and after[0] not in STOP_WORDS:
            found.add(("after", after[0]))
    return found
