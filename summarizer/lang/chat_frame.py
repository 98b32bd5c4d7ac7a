"""How a chat app frames its answer: a lead-in to the asker ("好的，以下是…的要点：", "Here's a
summary of …:") and closing words ("希望对你有帮助！", "Let me know if…") — lines that state no
finding of the report — and inline Markdown read as plain text."""

from __future__ import annotations

import re

from summarizer.lang.quantities import comparable, parse_quantities
from summarizer.lang.text import normalize_space

PREAMBLE_CHARS = 120  # a lead-in is one short line
# A chat app's lead-in to its answer: "Here's a concise summary of …:", "好的，以下是…："
_PREAMBLE = re.compile(
    r"^\W*(?:好的|当然|以下是|下面是|这是|here\s+(?:is|are)|here's|below\s+(?:is|are)|sure|certainly"
    r"|of course|okay|ok\b|absolutely|great)",
    re.IGNORECASE,
)
# A chat reply's closing words to the asker: "希望这份总结对你有帮助！", "Let me know if…".
SIGN_OFF = re.compile(
    r"^\W*(?:希望.{0,15}(?:帮助|有用)|如(?:需|果需要|有需要)|如果[您你]?(?:需要|想)|欢迎"
    r"|我(?:还)?可以(?:再)?(?:帮|为|给)[你您]"  # "我还可以帮你把这些内容整理成一张表格～"
    r"|hope (?:this|that) helps|let me know|feel free to|if you(?:'d| would)? like"
    r"|以上(?:就)?是.{0,12}(?:主要内容|要点|总结|摘要|全部内容))"
    r"|请(?:随时)?告诉我|随时告诉我",  # 如需进一步分析…，请告诉我
    re.IGNORECASE,
)
_ADDRESSED = re.compile(
    r"您|你提供|为你|给你|(?:以下|如下|下面).{0,12}(?:总结|要点|摘要|内容|重点)|如下[：:]\s*$"
    r"|\bas follows:\s*$"
    r"|\b(?:you(?:'ve| have)? (?:shared|provided|sent)|(?:the )?following (?:summary|points|key))",
    re.IGNORECASE,
)


# what a chat app says it did for the asker: "我为您整理了…的主要内容", "I've summarized …"
_SUMMARIZED = re.compile(
    r"整理|总结|梳理|概括|归纳|提炼|摘要|要点|核心发现|summar|overview|key points|highlights"
    r"|key (?:findings|takeaways)",
    re.IGNORECASE,
)
_OF_REPORT = re.compile(r"报告|\b(?:report|survey|study|paper)\b", re.IGNORECASE)


def is_preamble(raw: str) -> bool:
    """A line that only introduces what follows: it ends with a colon and opens as chat does, or
    speaks to the asker about the summary to come ("根据您提供的报告，我整理了以下要点：") — with a
    colon or, stating no figure, a full stop ("根据您提供的报告，我为您整理了主要内容。", "Here's a
    summary of the … Report 2025." on a line of its own)."""
    text = plain_markdown(raw).rstrip()
    if text.endswith((":", "：")):
        # "Key findings from the … 2025 report:" names the summary that follows, no finding
        told = bool(_SUMMARIZED.search(text) and _OF_REPORT.search(text))
        told = told and not comparable(parse_quantities(text))
        return bool(_PREAMBLE.match(text) or _ADDRESSED.search(text)) or told
    return (
        bool(_ADDRESSED.search(text) and _SUMMARIZED.search(text))
        and len(text) <= PREAMBLE_CHARS
        and not comparable(parse_quantities(text))
    ) or (len(text) <= PREAMBLE_CHARS and _announces(text))  # "Here's a summary of … 2025."


def past_preamble(raw: str) -> str:
    """A paragraph less a first line that only introduces it ("Here is a summary of the key
    points:" one newline above the first finding), or a first sentence that only says what
    follows sums up ("Here's a summary of the … Report 2025. The report paints …")."""
    first, _, rest = raw.partition("\n")
    if rest.strip() and is_preamble(first):
        return rest
    opening = _FIRST_SENTENCE.match(raw)
    if opening and _announces(opening.group(1)):
        return opening.group(2)
    return raw


_FIRST_SENTENCE = re.compile(r"(.{8,160}?[.。!！])\s*(\S.*)", re.DOTALL)


def _announces(sentence: str) -> bool:
    """A chat opening that says only that a summary follows: no figure of its own."""
    text = plain_markdown(sentence)
    figures = comparable(parse_quantities(text))
    return bool(_PREAMBLE.match(text) and _SUMMARIZED.search(text) and not figures)


_LENTICULAR = re.compile(r"【([^】†]{1,40})】")
_CITATIONS = re.compile(r"(?:\s*(?:\[\^?\d{1,3}\^?\]|【\d{1,3}(?:†[^】]*)?】))+")


def plain_markdown(raw: str) -> str:
    """Inline Markdown without its emphasis, code and link marks, and without the markers a
    chat app's web search puts after a sentence ([1][3], [^2^], 【4†source】): they point to
    its sources, not the report, and are no figures."""
    text = re.sub(
        r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)",
        lambda m: m.group(1) or m.group(2) or "",
        raw,
    )
    text = _CITATIONS.sub("", text)
    # Doubao's 【2,150家】 marks a figure as bold would; 【核心结论】 opening a line is its label
    text = _LENTICULAR.sub(lambda m: m.group(1) + ("：" if m.start() == 0 else ""), text)
    text = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return normalize_space(text)
