"""A check's reason in the post's language. The checks write their reasons in English ("the
report says 38%, not 43%"); a Chinese post says them in Chinese. A reason no pattern knows stays
as written — the evidence it names matters more than its language."""

from __future__ import annotations

import re

_ZH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (r"the report says the opposite", "原文的说法相反"),
        (r"the report says it went the other way \((.+)\)", r"原文所述的变化方向相反（\1）"),
        (
            r"the report gives (.+) as a forecast, not a figure of now",
            r"原文中 \1 是预测，而非目前的数字",
        ),
        (r"the report gives (.+) to (.+), not (.+)", r"原文中 \1 属于 \2，而非 \3"),
        (
            r"the report gives these figures for (.+), not (.+)",
            r"原文中这些数字对应 \1 年，而非 \2 年",
        ),
        (r"the report (?:says|gives) (.+), not (.+)", r"原文为 \1，而非 \2"),
        (
            r"the report says (.+) now \((.+) was the earlier figure\)",
            r"原文中目前为 \1，\2 是此前的数字",
        ),
        (r"the report never (?:says|states) (.+)", r"原文从未提到：\1"),
        (r"the report never speaks of (.+)", r"原文从未谈及“\1”"),
        (r"the passage names (.+) where the claim names (.+)", r"原文此处说的是 \1，论断说的是 \2"),
        (r"its own evidence quote says (.+), not (.+)", r"它自己引用的原文为 \1，而非 \2"),
        (r"the passage that states (.+) does not state (.+)", r"原文提到 \1 的段落并未给出 \2"),
        (r"the passage that states (.+) does not name (.+)", r"原文提到 \1 的段落并未提及 \2"),
        (
            r"the report states (.+), but not in the passage closest to the claim",
            r"原文虽提到 \1，但不在与该论断最接近的段落中",
        ),
        (r"the report states (.+), but of something else", r"原文虽有 \1，但说的是别的事"),
        (
            r"the report states (.+), but the checks could not match the rest of the claim to "
            r"that passage",
            r"原文虽提到 \1，但论断的其余部分无法与该段落对上",
        ),
        (
            r"the checks could not match its figures and names to one passage of the report",
            "无法将其数字和名称对应到报告的同一段落",
        ),
        (r"it says more than its evidence quote: (.+)", r"超出了它所引用的原文：\1"),
        (r"the closest passage does not say (.+)", r"最接近的原文段落没有提到：\1"),
        (r"no passage of the report is on its subject", "报告中没有谈及这一主题的段落"),
        (r"no sentence of the report holds its figures", "报告中没有句子给出这些数字"),
        (r"the judge's quote is not in the report \((.+)\)", r"评审模型引用的原文不在报告中（\1）"),
        (r"the judge: (.+)", r"评审模型：\1"),
    )
)


def reason_in(reason: str, lang: str) -> str:
    """`reason` said in `lang` (each part of a "; "-joined reason on its own)."""
    if lang != "zh" or not reason:
        return reason
    return "；".join(_zh(part) for part in reason.split("; "))


def _zh(part: str) -> str:
    for pattern, template in _ZH:
        m = pattern.fullmatch(part.strip())
        if m:
            return m.expand(template)
    return part
