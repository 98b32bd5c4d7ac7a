"""Claims: the atomic statements a summary makes, from structured JSON or from free Markdown.

A structured response (the prompt's JSON, or an extractive baseline) gives claims directly, with
their translations, evidence and section. Free text — a summary pasted from a chat app, or a model
that ignored the JSON instruction — is read with markdown-it-py: headings and bold lead-ins
(``**市场格局：**``) become topics, bullets and paragraphs become sentences, and a compound
sentence stating several figures is split into one claim per fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from markdown_it.token import Token

from summarizer.lang.chat_frame import SIGN_OFF, is_preamble, past_preamble, plain_markdown
from summarizer.lang.clauses import continues, split_compound
from summarizer.lang.lead_ins import (
    OWN_LABEL,
    bold_line,
    bold_subject,
    is_title,
    lead_in,
    reads_as_sentence,
    under_label,
)
from summarizer.lang.loose import looks_ahead
from summarizer.lang.predicate import subjectless
from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.respectively import each_of, interleaved, named_before
from summarizer.lang.statements import split_clauses
from summarizer.lang.tables import MARKDOWN, tables_as_bullets
from summarizer.lang.text import (
    ASIDE,
    CJK_RE,
    NUMBERING,
    TAKEAWAY_HEADING,
    detect_lang,
    normalize_space,
    split_sentences,
    unadorned,
    unnumbered,
)


@dataclass(frozen=True)
class Claim:
    id: str
    model: str
    text: str
    lang: str
    translations: Mapping[str, str] = field(default_factory=dict)  # lang → text, own included
    topic: str = ""
    quantities: tuple[Quantity, ...] = ()
    evidence: str | None = None  # a verbatim quote from the report, when the model gave one
    anchor: str | None = None  # the source sentence it was taken from (extractive models)
    kind: str = "fact"  # fact | takeaway
    section: str = ""  # the heading it stands under (its topic may be a bold lead-in below it)
    # for a claim split off a sentence after its first clause, that clause: where its subject
    # may be named ("隆基绿能出货82GW，海外占比47%": 海外占比47% is LONGi's)
    opened_by: str = ""

    def text_in(self, lang: str) -> str | None:
        return self.translations.get(lang) or (self.text if self.lang == lang else None)

    @property
    def headings(self) -> str:
        """The heading it stands under and its bold lead-in: "2026 outlook Scale"."""
        return self.topic if self.section == self.topic else f"{self.section} {self.topic}"

    @property
    def ahead(self) -> bool:
        """Is it a forecast: by its words, its headings ("2026年展望") or the clause its sentence
        opened with, where it was split off one ("…2026年规模…，增速维持在14%左右")?"""
        return looks_ahead(self.text, f"{self.headings} {self.opened_by}")


def make_claim(
    cid: str,
    model: str,
    text: str,
    *,
    translations: Mapping[str, str] | None = None,
    topic: str = "",
    evidence: str | None = None,
    anchor: str | None = None,
    kind: str = "fact",
    section: str = "",
    opened_by: str = "",
) -> Claim:
    text = normalize_space(text)
    lang = detect_lang(text)
    trans = {k: normalize_space(v) for k, v in (translations or {}).items() if v and v.strip()}
    trans.setdefault(lang, text)
    return Claim(
        cid,
        model,
        text,
        lang,
        trans,
        normalize_space(topic),
        tuple(parse_quantities(text)),
        evidence,
        anchor,
        kind,
        normalize_space(section or topic),
        normalize_space(opened_by),
    )


def claims_from_structured(model: str, data: Mapping[str, Any], primary: str = "zh") -> list[Claim]:
    """Claims from the prompt's JSON shape: {"claims": [{"zh", "en", "evidence", "section"}],
    "takeaways": [{"zh", "en"}]} (takeaways may also be a list of strings)."""
    claims: list[Claim] = []
    for kind, items in (
        ("fact", data.get("claims") or []),
        ("takeaway", data.get("takeaways") or []),
    ):
        for item in items:
            if isinstance(item, str):
                item = {"text": item}
            if not isinstance(item, Mapping):
                continue
            trans = {lang: str(item[lang]) for lang in ("zh", "en") if item.get(lang)}
            text = (
                trans.get(primary) or next(iter(trans.values()), None) or str(item.get("text", ""))
            )
            if not text.strip():
                continue
            claims.append(
                make_claim(
                    f"{model}#{len(claims) + 1}",
                    model,
                    text,
                    translations=trans,
                    topic=str(item.get("section") or item.get("topic") or ""),
                    evidence=item.get("evidence") or None,
                    anchor=item.get("anchor") or None,
                    kind=kind,
                )
            )
    return claims


def claims_from_markdown(model: str, text: str) -> list[Claim]:
    """Claims from free Markdown or plain text, as chat apps answer."""
    claims: list[Claim] = []
    topic, kind = "", "fact"
    titled = False  # the answer's title, a heading or a bold line, has been read
    sub: tuple[str, int] | None = None  # a sub-list's lead-in ("**抖音**（字节跳动）"), its level
    tokens = MARKDOWN.parse(tables_as_bullets(text))  # a table's rows are its statements
    for i, tok in enumerate(tokens):
        heading = _heading(tokens, i) if tok.type == "heading_open" else _numbered(tokens, i)
        if heading is not None:  # a heading, or "1. 市场规模" over its section's bullets
            topic, titled, kind = heading, True, _section_kind(heading)
            continue
        if sub and tok.type.endswith("list_close") and tok.level == sub[1]:
            sub = None
        if (
            tok.type != "inline"
            or tokens[i - 1].type == "heading_open"
            or is_preamble(tok.content)
            or SIGN_OFF.match(tok.content)
        ):
            continue
        raw = past_preamble(tok.content)
        if numbered := _numbered_section(tokens, i, raw):  # "一、市场整体规模。2025年…"
            (topic, raw), kind = numbered, _section_kind(numbered[0])
        below = tokens[i + 2] if i + 2 < len(tokens) else None  # an item's own sub-list
        in_item = i > 1 and tokens[i - 2].type == "list_item_open"
        heads_list = in_item and below is not None and below.type.endswith("list_open")
        if _introduces(raw, heads_list):  # "**头部运营商**（如特来电）：" over its sub-list
            label = ASIDE.sub("", plain_markdown(raw)).strip().rstrip(":：").strip()
            if below is not None and heads_list:
                sub = (label, below.level)  # the subject of the items below, in the section
            else:
                topic, kind = label, _section_kind(label)
            continue
        lead, bold = lead_in(raw) or bold_line(raw), raw.lstrip().startswith(("**", "__"))
        # the answer's title: a bold line, or a plain one naming the report ("…报告要点")
        bold_title = lead and not lead[1].strip() and is_title(lead[0])
        bold_title = bold_title and lead and not _heads_section(lead[0], below)  # or a section
        if not (claims or topic or titled) and (bold_title or _plain_title(raw)):
            titled = True
            continue
        if lead and not lead[1].strip() and reads_as_sentence(lead[0]):
            raw = lead[0]  # a bold sentence ("**总体来看，…很普及。**") says something
            lead = None
        item_topic = sub[0] if sub else topic
        if lead:
            item_topic, raw = lead
            if not raw.strip():  # a bold line alone is a topic for what follows
                topic, kind = item_topic, _section_kind(item_topic)
                continue
        # "Bottom line: …", "**总结**：…" conclude like a conclusions heading
        item_kind = "takeaway" if lead and TAKEAWAY_HEADING.search(item_topic) else kind
        # "**澳大利亚**装机增长85%，新装光伏配储率升至四成以上": the bold name is every part's
        atoms = _atoms(raw, item_topic if lead else bold_subject(raw), whole=bold or in_item)
        atoms = _going_on(atoms, claims if in_item and not lead else [], item_topic)
        claims += _item_claims(model, len(claims), atoms, (item_topic, item_kind, topic))
        if lead and heads_list and below is not None and not sub:
            # "- **特来电**：份额20.4%；" over "  - 充电收入增长21%": the items below are its
            sub = (lead[0], below.level)
    return [c for c in claims if _is_statement(c.text)]


def _item_claims(
    model: str, start: int, atoms: list[tuple[str, str]], where: tuple[str, str, str]
) -> list[Claim]:
    """An item's statements as claims numbered on from `start`, under (topic, kind, section)."""
    topic, kind, section = where
    return [
        _fact_if_figured(
            make_claim(
                f"{model}#{start + k}", model, atom, topic=topic, kind=kind, section=section,
                opened_by=opened_by,
            )
        )
        for k, (atom, opened_by) in enumerate(atoms, 1)
    ]  # fmt: skip


def _atoms(raw: str, label: str, *, whole: bool = True) -> list[tuple[str, str]]:
    """An item's statements, one per claim, under its label where they need it — each with the
    clause its sentence opened with, when it was split off after it. A plain label that opens a
    paragraph (`whole` False: "报告指出三大风险：A；B；C。对此，…") labels its own sentence only."""
    atoms: list[tuple[str, str]] = []
    sentences = split_sentences(plain_markdown(raw))
    for k, sentence in enumerate(sentences):
        if SIGN_OFF.match(sentence):  # "Bottom line: …. Let me know if…": only the last
            continue
        label = label if whole or k == 0 else ""
        parts = named_before([
            each for listed in interleaved(sentence) for a in split_compound(listed)
            for part in split_clauses(a) for each in each_of(part)
        ])  # fmt: skip
        # "…突破400亿元；到2030年将达到760亿元": a sentence with no subject after a semicolon
        # goes on from the clause before it
        after = k and atoms and sentences[k - 1].rstrip().endswith(("；", ";"))
        first = atoms[-1][0] if after and subjectless(sentence) else ""
        atoms += zip(
            under_label(parts, label), [first, *[parts[0]] * (len(parts) - 1)], strict=True
        )
    return atoms


def _going_on(
    atoms: list[tuple[str, str]], claims: list[Claim], topic: str
) -> list[tuple[str, str]]:
    """A bullet with no subject of its own ("- 占宠物消费市场总额的五成以上" below "- 宠物食品市场
    规模1780亿元", the last of the `claims` so far, under the same topic) goes on from that
    bullet, as a clause from its sentence's first (`claims` empty: no bullet, or none before)."""
    before = claims[-1] if claims else None
    if not atoms or before is None or before.topic != topic:
        return atoms
    text, opened_by = atoms[0]
    goes_on = CJK_RE.match(text) and continues(text, comparable(parse_quantities(text)))
    return [(text, before.text), *atoms[1:]] if not opened_by and goes_on else atoms


def _section_kind(topic: str) -> str:
    """Takeaways under 总结 or "Key takeaways", else facts."""
    return "takeaway" if TAKEAWAY_HEADING.search(topic) else "fact"


def _heading(tokens: Sequence[Token], i: int) -> str:
    """The heading that opens at token i ("": the answer's title, none of its sections)."""
    topic = _plain(tokens[i + 1])
    # the answer's first heading is its title when it is the top level or names a summary
    # of a report ("## 中国宠物食品市场报告（2025）摘要"), unless numbered as a section
    titled = tokens[i].tag == "h1" or _A_SUMMARY.search(topic)
    if i == 0 and titled and not NUMBERING.match(topic):
        return ""
    return topic


def _heads_section(bold: str, below: Token | None) -> bool:
    """Is a bold line that opens an answer the first of its section headings, not its title:
    short ("**Market size**", "**市场规模**"), over a list, and naming no summary?"""
    over_list = below is not None and below.type.endswith("list_open")
    short = len(CJK_RE.findall(bold)) <= 8 and len(re.findall(r"[A-Za-z]+", bold)) <= 4
    return over_list and short and not _A_SUMMARY.search(bold)


def _plain_title(raw: str) -> bool:
    """A first line, plain, that names a report's summary and states nothing: the title."""
    text = plain_markdown(raw).strip().rstrip(":：")
    return (
        "\n" not in text
        and bool(_A_SUMMARY.search(text))
        and is_title(text)
        and not comparable(parse_quantities(text))
    )


_A_SUMMARY = re.compile(r"报告.{0,12}(?:摘要|总结|要点|概要|解读)|\b(?:summary|key points)\b", re.I)


def _fact_if_figured(claim: Claim) -> Claim:
    """Under a conclusions heading (总结, Key takeaways) a sentence that states a figure is a fact
    like any other — aligned with the other models' and checked against the report; only what
    states none (a judgement, advice, a year's outlook) stays the model's takeaway. Anywhere, a
    sentence that sums up with no figure ("这份报告描绘了…", "Overall, …") is one."""
    figured = any(not q.is_year for q in claim.quantities)
    if claim.kind == "takeaway" and figured:
        return replace(claim, kind="fact")
    if claim.kind == "fact" and not figured and _SUMS_UP.match(claim.text):
        return replace(claim, kind="takeaway")
    return claim


_SUMS_UP = re.compile(
    r"^\W*(?:总的来说|总体(?:来看|而言|上)|整体(?:来看|而言)|综上(?:所述)?|总之|(?:这份|该|本)报告"
    r"|overall\b|in (?:short|summary|sum)\b|all in all\b|(?:this|the) report (?:paints|describes|"
    r"offers|gives|presents))",
    re.IGNORECASE,
)


HEADING_CHARS = 30


def _numbered(tokens: Sequence[Token], i: int) -> str | None:
    """The heading of a section written as a numbered line alone in its list, over a list or
    paragraph of its own ("1. 市场规模" then "- 2024年出货量320GWh…"): short, with no figure
    and no sentence's end. None for any other token."""
    if tokens[i].type != "inline" or i < 1 or i + 2 >= len(tokens):
        return None
    text = plain_markdown(tokens[i].content).strip()
    if not (
        0 < len(text) <= HEADING_CHARS
        and "\n" not in text
        and not re.search(r"[。.!！?？;；:：]$", text)
        and not comparable(parse_quantities(text))
    ):
        return None
    if _numbered_paragraph(tokens, i, text):  # Kimi's "一、市场规模" on a line of its own
        return unadorned(unnumbered(text))
    if i < 3 or i + 4 >= len(tokens):
        return None
    alone = tokens[i - 3].type == "ordered_list_open" and tokens[i + 3].type == "ordered_list_close"
    over = tokens[i + 4].type in ("bullet_list_open", "paragraph_open")
    return unadorned(tokens[i].content) if alone and over else None


def _numbered_paragraph(tokens: Sequence[Token], i: int, text: str) -> bool:
    """A paragraph of the answer's top level that is one numbered line ("一、竞争格局",
    "2) Channels"): markdown-it reads only "1." as a list."""
    return (
        tokens[i - 1].type == "paragraph_open"
        and tokens[i - 1].level == 0
        and NUMBERING.match(text) is not None
        and bool(unnumbered(text).strip())
    )


def _numbered_section(tokens: Sequence[Token], i: int, raw: str) -> tuple[str, str] | None:
    """(title, text) of a top paragraph opening "一、市场规模。2025年…": a heading, no claim."""
    m = NUMBERING.match(raw)
    if not m or tokens[i - 1].type != "paragraph_open" or tokens[i - 1].level != 0:
        return None
    title = re.match(r"([^。：:.!?！？，,]{2,16})[。：:.]\s*(?=\S)", raw[m.end() :])
    if title and not comparable(parse_quantities(title.group(1))):
        return unadorned(plain_markdown(title.group(1))), raw[m.end() + title.end() :]
    return None


def _plain(tok: Token) -> str:
    return normalize_space("".join(c.content for c in tok.children or [] if c.type == "text"))


INTRO_CHARS = 60  # a longer line that ends in a colon says something before it introduces


def _introduces(raw: str, heads_list: bool = False) -> bool:
    """A short line with no figure that ends in a colon, or a bold name over a sub-list ("**抖音**
    （字节跳动）"), introduces the items that follow: a topic for them, not a claim."""
    plain = plain_markdown(raw).strip()
    if len(plain) > INTRO_CHARS or comparable(parse_quantities(plain)):
        return False
    bold_name = re.fullmatch(r"\s*(\*\*|__)[^*_]{1,30}\1\s*(?:[（(][^（）()]{1,30}[)）])?\s*", raw)
    return plain.endswith((":", "：")) or (heads_list and bold_name is not None)


def _is_statement(text: str) -> bool:
    """Drop fragments that state nothing: "Summary:", "好的，以下是总结：", a lone number — but
    not a short figure of a thing ("椰奶9%", one item of a list)."""
    stripped = re.sub(r"[\W_]+", "", text)
    named = len(CJK_RE.findall(text)) >= 2 or OWN_LABEL.match(text)  # 椰奶9%, 犬：11%
    if len(stripped) < 4 and not (named and parse_quantities(text)):
        return False
    if text.rstrip().endswith((":", "：")) and not comparable(parse_quantities(text)):
        return len(text) > INTRO_CHARS  # "A few figures stand out:" leads into a list
    return (
        not re.match(r"^(好的|当然|以下是|here is|here's|sure)", text, re.IGNORECASE)
        or len(text) > 60
    )
