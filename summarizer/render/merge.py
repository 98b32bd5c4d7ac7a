"""How the merged post is laid out: which wording leads each fact, with what subject and title.

- The lead wording: with a report, the claim best grounded in it; without one, the clearest —
  in the post's primary language, with the figures the others give, neither a fragment nor a
  paragraph.
- The themes facts go under: themes.py.
- The title: from the models' own titles (a first-level heading, or a short bold first line).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from summarizer.compare.ground import Grounding
from summarizer.compare.model import Comparison
from summarizer.compare.restated import SHARED_WORDS, is_summary, shared_words
from summarizer.document import Document
from summarizer.lang.claims import Claim
from summarizer.lang.lead_ins import THE_REST, labelled
from summarizer.lang.names import chinese_names
from summarizer.lang.predicate import LEADING_CONJUNCTION, subjectless
from summarizer.lang.quantities import agreement, comparable, parse_quantities
from summarizer.lang.text import ASIDE, CJK_RE, unadorned
from summarizer.render.labels import in_lang

# openings that lean on the sentence before: the finding would read cut out of its answer
_LEANS_BACK = re.compile(
    r"^(?:其中|此外|另外|同时|与此同时|值得注意的是|不过|但是?|而且?|并且|这|该|"
    r"(?:meanwhile|also|however|but|and|this|that|these|it)\b)",
    re.IGNORECASE,
)


def clearest(members: Sequence[Claim], primary: str) -> Claim:
    """The wording that best states the fact for a reader of `primary`."""
    with_figures = any(c.quantities for c in members)
    target = 36 if primary == "zh" else 110  # characters: a sentence, not a fragment

    def key(c: Claim) -> tuple[bool, bool, bool, bool, bool, float]:
        text = c.translations.get(primary) or c.text
        return (
            bool(c.text_in(primary)),
            c.kind == "fact",
            bool(c.quantities) or not with_figures,
            not any(q.qualifier for q in c.quantities),  # 6% over 不到一成
            not _LEANS_BACK.match(text),  # a sentence that stands alone, not 其中…, "Meanwhile…"
            -abs(len(text) - target),
        )

    return max(members, key=key)


def unlisted(text: str) -> str:
    """A claim as a line of its own, without the separator its list item ended on
    ("南岭科技出货82万台；"), nor the words that led into a sub-list ("…63%，其中："), nor the
    word that joined it to the clause before ("但县域桩利用率仅5.6%", "while 29% barely…"),
    behind its label too ("北美：但贡献了近三分之一的收入" is 北美：贡献了…)."""
    text = LEADING_CONJUNCTION.sub("", text).rstrip("；;，,、：: ")
    label = _LABEL.match(text)
    if label:
        text = label.group(0) + LEADING_CONJUNCTION.sub("", text[label.end() :])
    return re.sub(r"[，,]\s*(?:其中|包括|including|of which)$", "", text).rstrip("；;，,、：: ")


def with_subject(c: Claim, before: Claim | None = None) -> str:
    """The claim as a reader needs it: one under a bold lead-in that opens with its figure or
    predicate ("**小微企业**：仅52.4%，明显滞后"), or names nothing of its own ("**植物肉**：
    销售额连续第二年下滑", "**Germany**: private labels hold 47% of its sales"), gets the
    lead-in back as its subject; a clause that continues its sentence's first comes after it
    (`before`, see _continues). Only in what a reader sees: alignment compares the claim's own
    words (measured: lead-ins in the text cost the tune sets F1, topic words being shared)."""
    label = c.topic.strip()
    if (
        label
        and label != c.section
        and label not in c.text
        and c.kind == "fact"
        and not THE_REST.match(label)
        and not _LABEL.match(ASIDE.sub("", c.text))  # "区域品牌（如…）：走差异化路线" has its own
    ):
        short = len(label) <= LABEL_MAX and len(label.split()) <= 4
        if subjectless(c.text) or (
            short and _names_nothing(c.text) and not _measure_of_its_own(label, c.text)
        ):
            # "交易结构：住宿预订占38%", not "交易结构：而住宿预订…": the label joins, not the 而
            return labelled(label, LEADING_CONJUNCTION.sub("", c.text))
    if c.kind == "fact" and _continues(c, before):
        return f"{unlisted(c.opened_by)}，{c.text}"
    return c.text


def _continues(c: Claim, before: Claim | None) -> bool:
    """A Chinese clause split off its sentence right after its first, that opens with its figure
    or predicate ("增速接近八成"): shown after that clause (`before`), so that a reader knows
    whose — not after a first clause another subject followed ("极飞科技以不到7%的份额位居第二，
    Skydio则是增长最快的西方厂商，…，在北美拿下了约14%的市场")."""
    if c.lang != "zh" or not c.opened_by or before is None or c.opened_by in c.text:
        return False
    if c.topic and c.text.startswith(c.topic):
        return False  # "下沉市场：首次过半" names its subject by its own label
    return before.model == c.model and before.text == c.opened_by and subjectless(c.text)


def claim_before(comparison: Comparison, c: Claim) -> Claim | None:
    """The claim its answer states right before it ("kimi#4" before "kimi#5")."""
    model, _, n = c.id.rpartition("#")
    try:
        return comparison.claim(f"{model}#{int(n) - 1}") if n.isdigit() else None
    except KeyError:
        return None


LABEL_MAX = 24  # characters of a lead-in short enough to be a subject, not a sentence
_LABEL = re.compile(rf"[^：:，,。；;]{{1,{LABEL_MAX}}}[：:]\s*")  # "北美：", "Wardline: "


# what a Chinese label or clause ending in one of these measures: 渗透率, 销量, 市场份额, 均价
_MEASURE = re.compile(r"(?:率|额|量|占比|比例|比重|规模|价格|均价|成本|增速|增幅)")


def _measure_of_its_own(label: str, text: str) -> bool:
    """Is the label a measure ("渗透率") and the text about a measure of its own ("12月单月销量
    创下2.9万辆的新高")? The label then says nothing of what the text speaks of."""
    return bool(_MEASURE.search(label[-3:])) and bool(_MEASURE.search(text))


def _names_nothing(text: str) -> bool:
    """No name of its own: no proper noun the dictionary knows, no capitalised word (past an
    English sentence's first) — outside asides: "（如FILA、始祖鸟）" gives examples, not the
    subject."""
    text = ASIDE.sub("", text)
    if CJK_RE.search(text):
        return not chinese_names(text) and not re.search(r"[A-Z][A-Za-z]+", text)
    return not re.search(r"(?<=\S)\s+[A-Z][A-Za-z]+", text.strip())


def model_title(text: str) -> str | None:
    """A summary's own title: the heading it opens with (less a "Summary:" label), or a short
    first line in bold; else the report it names in its opening line (以下是《2026年热泵报告》的
    总结, a summary of "X"), or what it says it sums up (我为您整理了2025年重卡市场的主要内容,
    "2025年中国咖啡连锁市场报告要点：")."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        m = re.match(r"^##?\s+(.+)$", line) or re.match(r"^\*\*(.{4,60})\*\*$", line)
        if m:  # "…市场分析 🎬": no emoji
            heading = _SUMMARY_LABEL.sub("", unadorned(m.group(1).strip().strip("*")))
            # "《2025年全球数据中心电力需求》报告总结": the report's own title, less the label
            named = re.search(r"《([^》]{4,60})》", heading)
            return named.group(1) if named else heading or None
        named = _NAMED_TITLE.search(line) or _SUMMED_UP.search(line) or _TITLE_LINE.match(line)
        return next((g for g in named.groups() if g), None) if named else None
    return None


# "2025年中国咖啡连锁市场报告要点(：)": a first line naming what it sums up, less the label
_TITLE_LINE = re.compile(
    r"^(?!根据|以下|好的|这份|本报告|下面)(\S{6,40}?)(?:的)?(?:核心)?(?:要点|总结|摘要|概要|速览|解读)[:：]?$"
)


_NAMED_TITLE = re.compile(
    r"《([^》]{4,60})》|[\"“]([A-Z][^\"”]{6,80})[\"”]"
    # "Here's a summary of the Global Electric Two-Wheeler Market Report 2025."
    r"|\b(?:summary|overview|recap|rundown) of (?:the )?"
    r"((?:[A-Z0-9][\w'’&-]*\s?){2,12})(?=[.:;,]|$)"
)
# "这份报告梳理了2025年中国新能源重卡市场的整体情况": what the reply says it sums up
_SUMMED_UP = re.compile(
    r"(?:整理|梳理|总结|概括|归纳|提炼|介绍|分析)了?(?:一下)?([^，。：:；]{4,40}?)的"
    r"(?:主要内容|整体情况|核心内容|核心要点|主要发现|关键信息|要点|情况|现状|全貌)"
)
_SUMMARY_LABEL = re.compile(r"^(?:summary|overview|tl;?dr|总结|摘要|概要|概述)\s*[:：—-]\s*", re.I)


def title_from_models(texts: Sequence[str], primary: str) -> str | None:
    """The title most like the others, in the primary language when one is — none that says
    only that it sums a report up ("报告核心内容总结", "Key Points")."""
    titles = [t for t in (model_title(x) for x in texts) if t and not _says_nothing(t)]
    if not titles:
        return None
    preferred = [t for t in titles if in_lang(t, primary)] or titles
    return max(
        preferred,
        key=lambda t: (sum(fuzz.token_set_ratio(t, o) for o in titles if o is not t), -len(t)),
    )


_SUMMARY_WORDS = re.compile(
    r"报告|核心|主要|内容|总结|要点|摘要|概要|概述|解读|速览|梳理|一览|关键|发现|结论|亮点|重点|精华"
    r"|简报|的|与|和"
    r"|\b(?:the|a|an|of|report|key|main|points?|summary|summarised|summarized|takeaways?"
    r"|highlights?|overview|findings?|tl;?dr|at a glance)\b",
    re.IGNORECASE,
)


def _says_nothing(title: str) -> bool:
    """A title with no subject of its own once the words for "a summary of the report" go."""
    rest = _SUMMARY_WORDS.sub(" ", title)
    return len(CJK_RE.findall(rest)) < 2 and not re.search(r"[A-Za-z0-9]{2,}", rest)


def sections_by_heading(
    claims: Sequence[Claim], groundings: Mapping[str, Grounding], doc: Document | None
) -> dict[tuple[str, str], str]:
    """(model, one of its headings) → the report section most claims under that heading were
    found in: a claim the report does not bear out still stands with its neighbours."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in claims:
        g = groundings.get(c.id)
        anchor = in_body(doc, g.source_anchor, c) if doc and g and g.source_anchor else None
        section = doc.section_of(anchor) if doc and anchor else None
        # a summary section ("Key findings") is no theme: its sentences vote for the body's
        if section and section.heading and c.section and not is_summary(section):
            votes[(c.model, c.section)][section.heading] += 1
    return {node: v.most_common(1)[0][0] for node, v in votes.items()}


def section_of_heading(by_heading: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """A heading's text → the report section its claims were mostly found in, whichever model
    wrote it: a fact themed under another model's "区域市场" joins the report's "Regional
    markets", not a second 区域市场 beside it."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for (_, heading), section in by_heading.items():
        votes[heading][section] += 1
    return {heading: v.most_common(1)[0][0] for heading, v in votes.items()}


def in_body(doc: Document, anchor: str, lead: Claim) -> str:
    """The sentence a finding stands on for its theme and place: the report's own, or — where
    that is in a summary section ("执行摘要") — the first sentence of the body that states
    every figure of the finding, else the one the summary's restates (a post that themed by
    the summary piled half its findings under it)."""
    section = doc.section_of(anchor)
    if not is_summary(section):
        return anchor
    figures = comparable(lead.quantities)
    body = [s for other, s in doc.sentences() if other is not section and not is_summary(other)]
    for s in body if figures else []:
        stated = comparable(parse_quantities(s.text))
        if all(any(agreement(q, x) == "same" for x in stated) for q in figures):
            return s.id
    # else the body sentence the summary's restates, in most of its words ("712亿元" in the
    # summary, "721亿元" in the body; "户外增长最快" with no figure)
    summary = doc.sentence(anchor)
    said = summary.text if summary else ""
    best = max(body, key=lambda s: shared_words(said, s.text), default=None)
    return best.id if best and shared_words(said, best.text) >= SHARED_WORDS else anchor
