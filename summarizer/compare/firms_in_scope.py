"""Which of the report's firms named in both scripts ("Kuaishou (快手)") a sentence speaks of:
its own, or — where it names none, or opens by referring back ("Its share…", "The app's…") —
the one the sentence before names; and a claim read with the firm its label names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.document import Sentence
from summarizer.lang.claims import Claim
from summarizer.lang.name_pairs import NamePairs

# words by which a sentence speaks of what an earlier one named ("the region", "its", 该公司)
LABEL_CHARS = 12  # a bold label longer than this is a phrase, not a firm's name
REFERS_BACK = re.compile(
    r"\b(?:the\s+(?:region|country|market|company|firm|group|city|province|state|bloc|area"
    r"|continent|sector|app|platform|brand|service|latter|former)|its|their|it|they|there)\b"
    r"|该(?:地区|国|市场|公司|省|平台|品牌)|其",
    re.IGNORECASE,
)


def opens_referring_back(text: str) -> bool:
    """ "Its share…", "The app's share…", 该公司…: not "It is…" or "There are…"."""
    opening = text.lstrip()
    return bool(REFERS_BACK.match(opening)) and not re.match(r"(?:there|it)\b", opening, re.I)


class FirmsInScope:
    def __init__(self, sentences: Sequence[Sentence], pairs: NamePairs) -> None:
        self.sentences, self.pairs = sentences, pairs
        # per sentence, read once: the English words of the firms it names, and the sentence
        # of its paragraph, itself or the nearest before it, that names one (None: none does)
        self.named = [pairs.words_in(s.text) for s in sentences]
        self._naming: list[int | None] = []
        for j, s in enumerate(sentences):
            before = self._naming[-1] if j and sentences[j - 1].paragraph == s.paragraph else None
            self._naming.append(j if self.named[j] else before)

    def labelled(self, c: Claim) -> Claim:
        """A claim that names none of the report's firms, read with the one firm its label
        names: "- **饿了么**：订单份额65%" is Ele.me's 65%."""
        if not c.topic or self.pairs.words_in(c.text):
            return c
        named = set(self.pairs.named_in(c.topic))
        if len(named) != 1 or len(c.topic) > LABEL_CHARS:
            return c
        return replace(c, text=f"{c.topic}：{c.text}")

    def naming_sentence(self, j: int) -> int | None:
        """Sentence j when it names a firm of the report's pairs, else the nearest sentence
        before it in its paragraph that does: "Channels' revenue … for a share of 8.7%" is
        about the WeChat Channels (视频号) the sentence before names."""
        return self._naming[j]

    def named_before(self, j: int) -> set[str]:
        """The firms the sentence before j names, in its paragraph: "Ele.me (饿了么) … The
        app's share was 27%, while Jingdong Waimai took 6%" may give its 27% to Ele.me."""
        at = self._naming[j - 1] if j > 0 else None
        if at is None or self.sentences[at].paragraph != self.sentences[j].paragraph:
            return set()
        return self.named[at]

    def carried(self, j: int, names: set[str]) -> set[str]:
        """The firm a sentence speaks of that an earlier one names: one that names no other
        ("Its revenue …"), or opens by referring back ("The app's share was 27%, while
        Jingdong Waimai took 6%")."""
        if opens_referring_back(self.sentences[j].text):
            return self.named_before(j)
        at = self._naming[j]
        if at is None or at == j:
            return set()
        return self.named[at] if names <= self.named[at] else set()
