"""A bullet's lead-in label: whether it names the subject of what follows ("**印尼**：增长最快")
or only its topic ("**满意度**："), and how a text goes under it."""

from __future__ import annotations

import re

from summarizer.lang.dictionary import english_words, name_forms
from summarizer.lang.names import MEASURE_ENDINGS
from summarizer.lang.text import ASIDE, CJK_RE, tagged_words


def names_subject(label: str) -> bool:
    """Is a lead-in label a name — a country, a place, a firm, a brand — rather than a topic
    (整体销量, 满意度, "Store count", "Delivery")? In Chinese, one word the dictionary gives an
    English name (越南 / Vietnam) or jieba tags a proper noun; a word formed as a measure (…度,
    …率, …量, …性) is a topic. In English, one to three capitalised words none of which is a
    common English word ("Mixue Bingcheng", "Chagee")."""
    if not CJK_RE.search(label):
        english = label.split()
        return 0 < len(english) <= 3 and all(
            re.fullmatch(r"[A-Z][\w.&'’-]*", w) and not common_word(w) for w in english
        )
    tagged = tagged_words(label)
    if len(tagged) != 1:
        return False
    word, tag = tagged[0]
    if name_forms(word):
        return True
    return tag in _PROPER_TAGS and not word.endswith(MEASURE_ENDINGS)


_PROPER_TAGS = frozenset({"ns", "nr", "nt", "nz"})


def common_word(word: str) -> bool:
    """A common English word, in the plural too ("Budgets", "Consumers")."""
    w = word.lower()
    return any(form in english_words() for form in (w, w.removesuffix("s"), w.removesuffix("es")))


def labelled(label: str, text: str) -> str:
    """The text under its label, joined as the label's language writes it: "份额：41%", and
    "Star Charge (星星充电): ~630,000 points" — an aside in the other script is no label."""
    return f"{label}：{text}" if CJK_RE.search(ASIDE.sub("", label)) else f"{label}: {text}"
