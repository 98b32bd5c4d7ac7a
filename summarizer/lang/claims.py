"""Claims: the atomic statements a summary makes, from structured JSON or from free Markdown.

A structured response (the prompt's JSON, or an extractive baseline) gives claims directly, with
their translations, evidence and section. Free text — a summary pasted from a chat app, or a model
that ignored the JSON instruction — is read with markdown-it-py: headings and bold lead-ins
(``**市场格局：**``) become topics, bullets and paragraphs become sentences, and a compound
sentence stating several figures is split into one claim per fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from markdown_it.token import Token

from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.tables import MARKDOWN, tables_as_bullets
from summarizer.lang.text import (
    CJK_RE,
    detect_lang,
    normalize_space,
    split_sentences,
    tagged_words,
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

    def text_in(self, lang: str) -> str | None:
        return self.translations.get(lang) or (self.text if self.lang == lang else None)


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


# A lead-in label: bold text with a colon or full stop inside it or a colon or dash after it
# ("**份额：**", "**Cost**:", "**Reach.**", "**Cost** — …"), a bold line alone, or a short plain
# phrase before a colon. Bold text followed by more of the sentence
# without a colon is the sentence's subject ("**承诺折扣**是主要工具"), not a label.
_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(.{1,40}?)\1\s*([:：]|[—–-]+(?=\s)|)\s*")
_PLAIN_LEAD = re.compile(r"^([^：:。.!?！？*_]{1,20})[：:]\s*")
_TAKEAWAY_HEADING = re.compile(
    r"takeaway|conclusion|启示|要点总结|结论|总结|建议|观点", re.IGNORECASE
)
# A chat app's lead-in to its answer: "Here's a concise summary of …:", "好的，以下是…："
_PREAMBLE = re.compile(
    r"^\W*(?:好的|当然|以下是|下面是|这是|here\s+(?:is|are)|here's|below\s+(?:is|are)|sure|certainly"
    r"|of course|okay|ok\b|absolutely|great)",
    re.IGNORECASE,
)


# A chat reply's closing words to the asker: "希望这份总结对你有帮助！", "Let me know if…".
_SIGN_OFF = re.compile(
    r"^\W*(?:希望(?:这|以上|本).{0,12}(?:帮助|有用)|如(?:需|果需要|有需要)|如果您?(?:需要|想)|欢迎"
    r"|hope (?:this|that) helps|let me know|feel free to|if you(?:'d| would)? like)",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(
    r"您|你提供|为你|给你|(?:以下|如下|下面).{0,12}(?:总结|要点|摘要|内容|重点)"
    r"|\b(?:you(?:'ve| have)? (?:shared|provided|sent)|(?:the )?following (?:summary|points|key))",
    re.IGNORECASE,
)


def _lead_in(raw: str) -> tuple[str, str] | None:
    """(label, the rest) when the item opens with a label, else None."""
    bold = _BOLD_LEAD.match(raw)
    if bold:
        label, rest = bold.group(2), raw[bold.end() :]
        if bold.group(3) or label.rstrip().endswith((":", "：", ".", "。")) or not rest.strip():
            return normalize_space(label).rstrip(":：.。"), rest
        return None  # "**X**是…": X is the subject
    plain = _PLAIN_LEAD.match(raw)
    return (normalize_space(plain.group(1)), raw[plain.end() :]) if plain else None


def _is_preamble(raw: str) -> bool:
    """A line that only introduces what follows: it ends with a colon and opens as chat does, or
    speaks to the asker about the summary to come ("根据您提供的报告，我整理了以下要点：")."""
    text = _plain_markdown(raw).rstrip()
    return text.endswith((":", "：")) and bool(_PREAMBLE.match(text) or _ADDRESSED.search(text))


def claims_from_markdown(model: str, text: str) -> list[Claim]:
    """Claims from free Markdown or plain text, as chat apps answer."""
    claims: list[Claim] = []
    topic, kind = "", "fact"
    tokens = MARKDOWN.parse(tables_as_bullets(text))  # a table's rows are its statements
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            topic = _plain(tokens[i + 1])
            if i == 0 and tok.tag == "h1" and not _NUMBERED.match(topic):
                topic = ""  # the answer's title, not one of its sections
            kind = "takeaway" if _TAKEAWAY_HEADING.search(topic) else "fact"
            continue
        if (
            tok.type != "inline"
            or tokens[i - 1].type == "heading_open"
            or _is_preamble(tok.content)
            or _SIGN_OFF.search(tok.content)
        ):
            continue
        raw = tok.content
        lead = _lead_in(raw)
        item_topic = topic
        if lead:
            item_topic, raw = lead
            if not raw.strip():  # a bold line alone is a topic for what follows …
                if not (claims or topic or _NUMBERED.match(item_topic)):
                    continue  # … but the answer's opening one is its title
                topic = item_topic
                continue
        for sentence in split_sentences(_plain_markdown(raw)):
            atoms = [part for a in split_compound(sentence) for part in split_clauses(a)]
            for atom in _with_label(atoms, item_topic if lead else ""):
                claim = make_claim(
                    f"{model}#{len(claims) + 1}",
                    model,
                    atom,
                    topic=item_topic,
                    kind=kind,
                    section=topic,
                )
                claims.append(_fact_if_figured(claim))
    return [c for c in claims if _is_statement(c.text)]


# A numbered heading ("1. 调查概况", "一、市场规模") is a section even when it comes first.
_NUMBERED = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．)）]")


def _fact_if_figured(claim: Claim) -> Claim:
    """Under a conclusions heading (总结, Key takeaways) a sentence that states a figure is a fact
    like any other — aligned with the other models' and checked against the report; only what
    states none (a judgement, advice, a year's outlook) stays the model's takeaway."""
    if claim.kind == "takeaway" and any(not q.is_year for q in claim.quantities):
        return replace(claim, kind="fact")
    return claim


def _with_label(atoms: list[str], label: str) -> list[str]:
    """A label's list of figures ("使用率：北美71%、欧洲63%") keeps the label on every bare part
    — "北美71%" alone says nothing of what was measured."""
    if not label or len(atoms) < 2 or not any(_bare(a) for a in atoms):
        return atoms
    sep = "：" if CJK_RE.search(label) else ": "
    return [f"{label}{sep}{a}" if _bare(a) else a for a in atoms]


def _bare(atom: str) -> bool:
    """A part that is only a name and its figure ("北美71%", "VS Code 37%"): it says nothing
    of what was measured. A part with a colon lead-in of its own is not bare."""
    if _COLON_LEAD.match(atom):
        return False
    rest = atom
    for q in parse_quantities(atom):
        rest = rest.replace(q.raw, " ")
    rest = re.sub(r"[\W\d_]+", " ", rest)
    return len(CJK_RE.findall(rest)) <= 4 and len(re.findall(r"[A-Za-z]+", rest)) <= 3


def _plain(tok: Token) -> str:
    return normalize_space("".join(c.content for c in tok.children or [] if c.type == "text"))


def _plain_markdown(raw: str) -> str:
    """Inline Markdown without its emphasis, code and link marks."""
    text = re.sub(
        r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)",
        lambda m: m.group(1) or m.group(2) or "",
        raw,
    )
    text = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return normalize_space(text)


def _is_statement(text: str) -> bool:
    """Drop fragments that state nothing: "Summary:", "好的，以下是总结：", a lone number."""
    stripped = re.sub(r"[\W_]+", "", text)
    if len(stripped) < 4:
        return False
    return (
        not re.match(r"^(好的|当然|以下是|here is|here's|sure)", text, re.IGNORECASE)
        or len(text) > 60
    )


# Not the comma of 2,412; "and" only before a clause that begins with a figure or a name.
_CLAUSE_SEP = re.compile(r"[，；;、]\s*|,(?!\d{3})\s*|\s+and\s+(?=[\dA-Z])")
_OPEN = '（([【《「『“‘"'
_CLOSE = {
    "）": "（",
    ")": "(",
    "]": "[",
    "】": "【",
    "》": "《",
    "」": "「",
    "』": "『",
    "”": "“",
    "’": "‘",
}


def top_level_clauses(sentence: str) -> list[tuple[str, str]]:
    """(clause, the separator after it as written) at the top level: a ，、；or comma inside
    brackets or quotes ("（如A、B）") never splits."""
    return _top_level(sentence, _CLAUSE_SEP)


def _top_level(sentence: str, separators: re.Pattern[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    depth: list[str] = []
    start = 0
    pos = 0
    while pos < len(sentence):
        ch = sentence[pos]
        if ch == '"':
            if depth and depth[-1] == '"':
                depth.pop()
            else:
                depth.append('"')
        elif ch in _OPEN:
            depth.append(ch)
        elif ch in _CLOSE and depth and depth[-1] == _CLOSE[ch]:
            depth.pop()
        elif not depth:
            m = separators.match(sentence, pos)
            if m and m.group(0).strip() == "and" and not re.search(r"\d", sentence[start:pos]):
                m = None  # "Zed and Cursor reach 4%": "and" joins names, not two facts
            if m:
                out.append((sentence[start:pos], m.group(0)))
                start = pos = m.end()
                continue
        pos += 1
    out.append((sentence[start:], ""))
    return [(c, sep) for c, sep in out if c.strip()] or [(sentence, "")]


def split_compound(sentence: str) -> list[str]:
    """Split a sentence that states several figures for different subjects into atomic claims:
    "华东占比<40%，华南10-15%，西部从8%翻倍至16%" → three claims. A clause without a figure stays
    with its neighbour ("revenue grew 12%, driven by exports" is one claim), and so does one that
    only continues the figure before it ("up from 61% in 2024", "约合17美元") or names no subject
    of its own ("平均占比13%"). Splits only at the top level (never inside brackets or quotes)
    and keeps the original punctuation where clauses are joined."""
    if len(comparable(parse_quantities(sentence))) < 2:
        return [sentence]
    clauses = top_level_clauses(sentence.rstrip("。.!！"))
    if len(clauses) < 2:
        return [sentence]
    atoms: list[list[str]] = []  # [text, separator after it]
    pending: list[str] = []  # leading clauses without a figure: the subject of the first fact
    for clause, sep in clauses:
        figures = comparable(parse_quantities(clause))
        if not figures:
            if atoms:
                atoms[-1] = [atoms[-1][0] + atoms[-1][1] + clause, sep]
            else:
                pending = [pending[0] + pending[1] + clause, sep] if pending else [clause, sep]
        elif pending:
            atoms.append([pending[0] + pending[1] + clause, sep])
            pending = []
        elif atoms and (_continues(clause, figures) or not has_subject(clause, figures)):
            atoms[-1] = [atoms[-1][0] + atoms[-1][1] + clause, sep]
        else:
            atoms.append([clause, sep])
    if pending and atoms:
        atoms[-1] = [atoms[-1][0] + atoms[-1][1] + pending[0], pending[1]]
    if len(atoms) < 2:
        return [sentence]
    texts = [a[0].strip() for a in atoms]
    rest = [_LEADING_CONJUNCTION.sub("", a) for a in texts[1:]]
    lead = _COLON_LEAD.match(texts[0])
    if lead and not comparable(parse_quantities(lead.group(0))):
        rest = [lead.group(0) + a if _bare(a) else a for a in rest]
    return [texts[0], *rest]


# Where a long sentence chains statements: a Chinese ，or ；, a semicolon, or an English comma
# before a conjunction that opens a clause of its own.
_STATEMENT_SEP = re.compile(
    r"[，；;]\s*|,\s+(?=(?:and|but|while|whereas)\s+(?:(?i:the|an?|this|these|those|it|its|they"
    r"|their|he|she|we|some|many|most|others?|each|all|both)\b|[A-Z]))"
)
LONG_SENTENCE = 16  # characters (CJK) or words (English) from which a sentence may chain facts
MIN_PART = 6  # content characters (CJK) or words (English) a part needs to stand as a claim


def split_clauses(sentence: str) -> list[str]:
    """Split a long sentence that chains statements into one claim per statement, with or without
    figures: "受访者绝大多数是专业开发者，年龄多集中在25到45岁之间" states two facts, and so does
    "X can waive the requirements, and the committee can report several rules". A part too short
    to stand alone ("不过", "整体而言") or one that continues the figure before it ("较去年上升")
    stays with its neighbour; splits only at the top level, keeping the punctuation."""
    if _size(sentence) < LONG_SENTENCE:
        return [sentence]
    parts: list[list[str]] = []
    for clause, sep in _top_level(sentence.rstrip("。.!！"), _STATEMENT_SEP):
        figures = comparable(parse_quantities(clause))
        joins = parts and (
            not _stands(parts[-1][0])
            or _frames(parts[-1][0])
            or not _stands(clause)
            or _predicate_only(clause)
            or (figures and _continues(clause.lstrip(), figures))
        )
        if joins:
            parts[-1] = [parts[-1][0] + parts[-1][1] + clause, sep]
        else:
            parts.append([clause, sep])
    if len(parts) < 2:
        return [sentence]
    texts = [p[0].strip() for p in parts]
    return [texts[0], *(_LEADING_CONJUNCTION.sub("", t) for t in texts[1:])]


def _stands(part: str) -> bool:
    """Can the part stand as a claim: enough words, or a figure with a subject of its own
    ("有效样本5379份" can, "平均占比13%" cannot)."""
    figures = comparable(parse_quantities(part))
    if figures:
        return has_subject(part, figures) and _size(part) >= MIN_PART
    return _size(part) >= MIN_PART


# Words a Chinese frame ends with: "已部署大模型的企业中，58%用于客服" is one statement.
_FRAME_END = frozenset({"中", "之中", "当中", "里", "方面", "来看", "而言", "看来", "来说"})
# A clause that opens with a verb, an adverb or a preposition has no subject of its
# own ("德国是最大市场，占欧洲装机的41%"; "…，也是增长最快的"): it continues the one before.
_PREDICATE_TAGS = ("v", "d", "p")


def _frames(part: str) -> bool:
    """A leading phrase that only frames what follows ("从地区来看", "已部署大模型的企业中")."""
    tagged = tagged_words(part.strip()) if CJK_RE.search(part) else ()
    return bool(tagged) and tagged[-1][0] in _FRAME_END


# A clause whose subject points back ("这一比例较去年有所回落") continues the one it points to;
# 其中 ("of them") opens a fact of its own.
_POINTS_BACK = frozenset(
    {"这", "这一", "这个", "这些", "这种", "该", "此", "其", "它", "它们", "这部分"}
)


def _predicate_only(part: str) -> bool:
    """A Chinese clause with no subject of its own: it opens with a predicate or points back."""
    text = _LEADING_CONJUNCTION.sub("", part.strip())
    if not CJK_RE.match(text):
        return False
    tagged = tagged_words(text)
    if not tagged:
        return False
    word, tag = tagged[0]
    return (
        tag.startswith(_PREDICATE_TAGS)
        or word in _POINTS_BACK
        or word[:2] in _POINTS_BACK
        or bool(_COMPARES.match(text))
    )


# "…，远低于对Go本身的满意度": a comparison with what came before, however it is modified.
_COMPARES = re.compile(
    r"^[远略稍均都也仍还]{0,2}(?:明显|显著|大幅)?(?:高于|低于|超过|多于|少于|不及|好于|优于|快于|慢于)"
)


def _size(text: str) -> int:
    """Content characters of a Chinese text or words of an English one; a figure counts as 2."""
    figures = len(re.findall(r"\d[\d.,]*", text))
    rest = re.sub(r"[\d.,%％]+", " ", text)
    cjk = len(CJK_RE.findall(rest))
    latin = len(re.findall(r"[A-Za-z]+", rest))
    return (cjk if cjk * 2 >= latin else latin) + 2 * figures


# "Commitment discount use: North America 71%, Europe 63%": the lead-in is every part's subject.
_COLON_LEAD = re.compile(r"^[^：:。.!?！？]{2,40}?[：:]\s*")


# Words that measure or relate a figure but name no subject: a clause left with nothing else
# ("平均占比13%", "share 12%", "2024年仅为8%": a year alone is no subject) continues the claim
# before it.
_MEASURE_WORDS = re.compile(
    r"平均|占比|比例|比重|份额|占|为|达到|达|约|近|超过|超|增长|增加|下降|减少|提升|上升|分别|其中"
    r"|几乎|将近|接近|大约|大概|较|比"
    r"|同比|环比|左右|以上|以下|至|到|从|的|了|和|及|仅|只|才|而"
    r"|(?:19|20)\d\d\s*年?(?:度|时|底|初)?"
    r"|\b(?:average|share|about|around|nearly|up|down|only|just|in|by|year"
    r"|rose|fell|grew|of|to|from|at|and|the|a|was|were|is|are|respectively)\b",
    re.IGNORECASE,
)


def has_subject(clause: str, figures: list[Quantity]) -> bool:
    """Does the clause name something besides its figures and measure words?"""
    rest = clause
    for q in figures:
        rest = rest.replace(q.raw, " ")
    rest = _MEASURE_WORDS.sub(" ", rest)
    rest = re.sub(r"[\W\d_]+", "", rest)
    return len(rest) >= 2


_LEADING_CONJUNCTION = re.compile(
    r"^\s*(?:(?:and|but|while|whereas)\s+|但是|但|而且|而|并且|同时)", re.IGNORECASE
)


# 其中 (of them) opens a fact about a part — its own fact, not a continuation (measured: joining
# it cost the chatapp-dev tune half 0.02-0.04 F1).
_CONTINUATION = re.compile(
    r"\s*(?:(?:up|down|from|to|compared|versus|vs|against|or|nearly|almost|roughly|respectively)\b"
    r"|a year ago|last year|the year before|two years ago"
    r"|[较比]|而(?!且)|高于|低于|接近|相当|相比|同比|环比|约合|约为|即|也就是|增长|下降|达到|翻"
    r"|一年前|两年前|去年|前年|此前|上年|同期)",
    re.IGNORECASE,
)


def _continues(clause: str, figures: list[Quantity]) -> bool:
    """A clause that compares with the figure before it, or is only a figure ("10-15%")."""
    if _CONTINUATION.match(clause):
        return True
    rest = clause
    for q in figures:
        rest = rest.replace(q.raw, "")
    return len(re.sub(r"[\W_]+", "", rest)) < 2
