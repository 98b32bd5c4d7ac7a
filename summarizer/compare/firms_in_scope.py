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

    def labelled(self, c: Claim) -> Claim:
        """A claim that names none of the report's firms, read with the one firm its label
        names: "- **饿了么**：订单份额65%" is Ele.me's 65%."""
        if not c.topic or self.pairs.words_in(c.text):
            return c
        named = set(self.pairs.named_in(c.topic))
        if len(named) != 1 or len(c.topic) > 12:
            return c
        return replace(c, text=f"{c.topic}：{c.text}")

    def naming_sentence(self, j: int) -> int | None:
        """Sentence j when it names a firm of the report's pairs, else the nearest sentence
        before it in its paragraph that does: "Channels' revenue … for a share of 8.7%" is
        about the WeChat Channels (视频号) the sentence before names."""
        paragraph = self.sentences[j].id.split("s")[0]
        for k in range(j, -1, -1):
            if self.sentences[k].id.split("s")[0] != paragraph:
                return None
            if self.pairs.words_in(self.sentences[k].text):
                return k
        return None

    def named_before(self, j: int) -> set[str]:
        """The firms the sentence before j names, in its paragraph: "Ele.me (饿了么) … The
        app's share was 27%, while Jingdong Waimai took 6%" may give its 27% to Ele.me."""
        at = self.naming_sentence(j - 1) if j > 0 else None
        if at is None or self.sentences[at].id.split("s")[0] != self.sentences[j].id.split("s")[0]:
            return set()
        return self.pairs.words_in(self.sentences[at].text)

    def carried(self, j: int, names: set[str]) -> set[str]:
        """The firm a sentence speaks of that an earlier one names: one that names no other
        ("Its revenue …"), or opens by referring back ("The app's share was 27%, while
        Jingdong Waimai took 6%")."""
        if opens_referring_back(self.sentences[j].text):
            return self.named_before(j)
        at = self.naming_sentence(j)
        if at is None or at == j:
            return set()
        words = self.pairs.words_in(self.sentences[at].text)
        return words if names <= words else set()
