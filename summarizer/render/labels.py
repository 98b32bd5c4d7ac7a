"""The fixed words of a post, in each language it can be written in, and a theme's heading."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from summarizer.document import Document
from summarizer.lang.text import CJK_RE, NUMBERING, TAKEAWAY_HEADING, unadorned, unnumbered
from summarizer.render.inert import md_text

LABELS = {
    "zh": {
        "findings": "主要发现",
        "conflicts": "模型之间的分歧",
        "takeaways": "各模型的要点",
        "comparison": "模型对比",
        "from": "来自",
        "how": "本文由 {models} 根据报告{title}"
        "的摘要合并而成，每条发现都注明了出处模型，并以脚注指向报告原文。",
        "how_no_report": "本文由 {models} 关于{title}的摘要合并而成，每条发现都注明了出处模型。"
        "没有提供报告原文，因此论断未经原文核对，文中没有指向原文的脚注。",
        "real": "数字不一致",
        "approximate": "约数不一致",
        "report": "报告前后数字不一",
        "timing": "预测被说成现状",
        "direction": "涨跌方向相反",
        "model": "模型",
        "claims": "论断",
        "coverage": "覆盖率",
        "unique": "独有",
        "supported": "有依据",
        "unsupported": "无依据",
        "contradicted": "与原文矛盾",
        "unverified": "无法核实",
        "conflicts_col": "数字冲突",
        "cost": "成本 (USD)",
        "latency": "耗时 (秒)",
        "untranslated": "（未翻译）",
        "source_says": "原文",
        "as_reported": "与原文一致",
        "not_as_reported": "与原文不符",
        "other": "其他",
        "section": "章节",
        "page": "第 {page} 页",
        "scope": "报告涵盖什么",
        "reading": "{best} 覆盖了最多的共同发现（{coverage}）。{flagged}",
        "reading_tie": "{best} 并列：各覆盖了 {coverage} 的共同发现。{flagged}",
    },
    "en": {
        "findings": "Key findings",
        "conflicts": "Where the models disagree",
        "takeaways": "Each model's takeaways",
        "comparison": "How the models compare",
        "from": "from",
        "how": "This post merges summaries of the report {title} by "
        "{models}. Each finding names the models that stated it and cites the report in a "
        "footnote.",
        "how_no_report": "This post merges summaries of {title} by {models}. Each finding "
        "names the models that stated it. No report was given, so the claims are not checked "
        "against it and there are no footnotes to the report.",
        "real": "different figures",
        "approximate": "approximate figures that disagree",
        "report": "the report itself gives two figures",
        "timing": "a forecast given as a figure of now",
        "direction": "opposite directions",
        "model": "Model",
        "claims": "Claims",
        "coverage": "Coverage",
        "unique": "Unique",
        "supported": "Supported",
        "unsupported": "Unsupported",
        "contradicted": "Contradicted",
        "unverified": "Unverified",
        "conflicts_col": "Numeric conflicts",
        "cost": "Cost (USD)",
        "latency": "Latency (s)",
        "untranslated": "(untranslated)",
        "source_says": "the report",
        "as_reported": "as the report says",
        "not_as_reported": "not what the report says",
        "other": "Other",
        "section": "section",
        "page": "page {page}",
        "scope": "What the report covers",
        "reading": "{best} covered the most shared findings ({coverage}). {flagged}",
        "reading_tie": "{best} tie: each covered {coverage} of the shared findings. {flagged}",
    },
}
FLAGGED = {
    "zh": {
        "none": "没有论断被标为与原文矛盾或原文无依据（未能核实的论断见对比页）。",
        "no_report": "未提供报告原文，论断未经核对。",
        "some": "需要留意原文不支持或与原文矛盾的论断：{names}。",
        "count": "{model} {n} 条",
    },
    "en": {
        "none": "No claim was flagged as contradicting the report or missing from it (claims "
        "the checks could not verify are on the comparison page).",
        "no_report": "No report was given, so no claim was checked against one.",
        "some": "Watch out for claims the report does not support or contradicts: {names}.",
        "count": "{model} {n}",
    },
}


def in_lang(text: str, lang: str) -> bool:
    """Is the text in the script of `lang`: Chinese characters for zh, none for the others?"""
    return bool(CJK_RE.search(text)) == (lang == "zh")


def topic_label(topic: str, lang: str, doc: Document | None) -> str:
    """A theme's heading in `lang`: the report section's own (translated) heading, or a model's
    heading without its numbering."""
    if doc:
        for sec in doc.sections:
            if topic and topic in (sec.heading, *sec.translations.values()):
                topic = sec.translations.get(lang, sec.heading)
                break
    return unnumbered(topic)


def in_script(
    label: str,
    lang: str,
    headings: Sequence[str],
    taken: set[str],
    models: Sequence[str] = (),
) -> str:
    """A theme's heading as a reader of `lang` can read it: where the report's heading is in
    the other script and no translation came ("Key numbers" in a Chinese post), the heading
    most of the fact's models put it under in `lang` ("采用情况"), if no other theme has it."""
    if not label or in_lang(label, lang):
        return label
    plain = [unadorned(NUMBERING.sub("", x)) for x in headings]
    # a conclusions heading (总结) names no section of the report
    own = Counter(h for h in plain if h and in_lang(h, lang) and not TAKEAWAY_HEADING.search(h))
    # who gave each heading (`models`, beside `headings`): one model's heading for two of its
    # facts is no heading two models share ("Prices" over 核心结论, in ChatGPT's answer alone)
    givers: dict[str, set[str]] = {}
    for k, h in enumerate(plain):
        givers.setdefault(h, set()).add(models[k] if k < len(models) else str(k))
    for heading, n in own.most_common():
        # a heading two of them share, or half: one model's heading for one of its facts
        # may name another theme ("渠道与人群" over the supply-chain section)
        shared = len(givers.get(heading, ())) >= 2
        if heading not in taken and (shared or 2 * n >= sum(own.values())):
            return heading
    return label


def reading(rows: Sequence[Mapping[str, Any]], lang: str, checked: bool = True) -> str:
    """The scorecard in a sentence: who covered the most, and whose claims were flagged (or,
    without a report, that nothing was checked)."""
    if not rows:
        return ""
    top = max(r["coverage"] for r in rows)
    best = [r["model"] for r in rows if r["coverage"] == top]  # a tie names every one
    # each flagged model with how many of its claims were flagged, the most first: four names
    # alone would tell a reader nothing
    counts = {r["model"]: (r["unsupported"] or 0) + (r["contradicted"] or 0) for r in rows}
    flagged = sorted((m for m, n in counts.items() if n), key=lambda m: -counts[m])
    if not checked:
        flag = FLAGGED[lang]["no_report"]
    elif flagged:
        each = [FLAGGED[lang]["count"].format(model=m, n=counts[m]) for m in flagged]
        flag = FLAGGED[lang]["some"].format(names=join(each, lang))
    else:
        flag = FLAGGED[lang]["none"]
    return md_text(
        LABELS[lang]["reading" if len(best) == 1 else "reading_tie"].format(
            best=join(best, lang), coverage=f"{top:.0%}", flagged=flag
        )
    )


def join(items: Sequence[str], lang: str) -> str:
    """A list as the language writes one: 甲、乙 / A, B."""
    return ("、" if lang == "zh" else ", ").join(items)


_SUMMARY_WORDS = re.compile(
    r"(?:的)?(?:核心|主要)?(?:要点|摘要|总结|概要|速览|解读|精要)+$"
    r"|[\s:：—–-]*(?:summary|key (?:points|takeaways|findings)|highlights)$",
    re.IGNORECASE,
)


def report_named(title: str) -> str:
    """The report a model's title names: the one it quotes (《2025调查》要点总结 → 2025调查),
    else the title less its "summary" words (2025储能报告摘要 → 2025储能报告)."""
    quoted = re.search(r"《([^》]+)》", title)
    if quoted:
        return quoted.group(1)
    title = re.sub(r"^(?:a\s+)?summary\s+of\s+", "", title.strip(), flags=re.IGNORECASE)
    return _SUMMARY_WORDS.sub("", title).strip() or title


def named_report(own: str | None, title: str, lang: str) -> str:
    """The report as a note names it: by its own title where it has one, else by the one the
    models' title names, quoted as the post's language quotes a title."""
    return as_book_title(own or report_named(title), lang)


def as_book_title(title: str, lang: str) -> str:
    """A title as the post's language quotes one: 《…》 in Chinese — a title that quotes another
    inside it gets 〈〉 there (《〈2025调查〉要点总结》), one already in 《》 keeps them — and
    “…” in English."""
    title = title.strip()
    if lang != "zh":
        return f"“{title.strip('“”')}”"
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"
