"""A bullet's lead-in label: where it is (a bold lead-in, "成本：", "市场规模。", a short first
line over the lines below), whether it names the subject of what follows ("**印尼**：增长最快")
or only its topic ("**满意度**："), and how a text goes under it."""

from __future__ import annotations

import re

from summarizer.lang.clauses import bare
from summarizer.lang.dictionary import english_words, name_forms, names_of_words
from summarizer.lang.names import MEASURE_ENDINGS
from summarizer.lang.predicate import LEADING_CONJUNCTION, predicate_only
from summarizer.lang.quantities import comparable, parse_quantities
from summarizer.lang.subject import has_subject
from summarizer.lang.text import (
    ASIDE,
    CJK_RE,
    NAME_TAGS,
    NUMBERING,
    TAKEAWAY_HEADING,
    normalize_space,
    tagged_words,
)
from summarizer.lang.units import unit_of


def names_subject(label: str) -> bool:
    """Is a lead-in label a name — a country, a place, a firm, a brand — rather than a topic
    (整体销量, 满意度, "Store count", "Delivery")? In Chinese, one word the dictionary gives an
    English name (越南 / Vietnam) or jieba tags a proper noun; a word formed as a measure (…度,
    …率, …量, …性) is a topic. In English, one to three capitalised words none of which is a
    common English word ("Mixue Bingcheng", "Chagee")."""
    if not CJK_RE.search(label):
        english = label.split()
        if 1 < len(english) <= 3 and " ".join(english).lower() in names_of_words():
            return True  # "United States", "South Korea": a name, though its words are common
        return 0 < len(english) <= 3 and all(
            re.fullmatch(r"[A-Z][\w.&'’-]*", w) and not common_word(w) for w in english
        )
    tagged = tagged_words(label)
    if len(tagged) == 2 and not label.endswith(MEASURE_ENDINGS):
        # a name and what it is: 美团 + 无人机, 京东 + 物流 (not 东北 + 落后, a statement)
        (name, tag), (_, what) = tagged
        return len(name) >= 2 and tag in NAME_TAGS and what[0] in "nl"
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
    """The text under its label, joined as a Chinese answer writes it where either is Chinese
    ("份额：41%", "Lime：份额最高") — an aside in the other script is no Chinese — and as English
    does where both are English ("Star Charge (星星充电): ~630,000 points")."""
    chinese = CJK_RE.search(ASIDE.sub("", label)) or CJK_RE.search(ASIDE.sub("", text))
    return f"{label}：{text}" if chinese else f"{label}: {text}"


# a label for the rest ("**其他品牌**：vivo（12.7%）…"): the others, not what was measured
THE_REST = re.compile(r"(?:其他|其余|其它|另外|others?\b)", re.IGNORECASE)


def opens_with_predicate(text: str) -> bool:
    """Does a Chinese text under a label open with what is said of it (`predicate_only`), so
    that the label is its subject: "**赞助**：仍是最大收入来源", "**媒体版权**：收入4.12亿美元",
    "**AI/ML安全**：需求跃升至第二位"? Not where what opens it describes a subject of its own
    (满意的车主占78%, 仅33.9%的运营商), is one (a verb before a noun: 充电设施), or is a time
    (截至2025年底，…)."""
    text = text.lstrip()
    if not predicate_only(text):
        return False
    tagged = tagged_words(text)
    if tagged[0][1][:1] not in "dv" and tagged[0][0] not in ("同比", "环比"):
        return False  # 在华东…, 截至…: a preposition frames; the subject follows
    if any(w == "的" for w, _ in tagged[1:6]):  # 提前7天以内下单的订单…: what it describes
        return False
    if re.match(r"\s*(?:19|20)\d\d\s*年", text[len(tagged[0][0]) :]):
        return False
    return tagged[0][1][:1] != "v" or len(tagged) < 2 or tagged[1][1][:1] != "n"


_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(.{1,40}?)\1\s*([:：]|[—–-]+(?=\s)|)\s*")
_PLAIN_LEAD = re.compile(r"^([^：:。.!?！？*_]{1,20})[：:]\s*")
# "市场规模。2025年零售额为684亿元…": a few words and a full stop head a numbered paragraph
_STOP_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,6})。\s*(?=\S)")
# "1. 市场规模⏎国内手游收入3126亿元…": a short line with no stop heads the lines below it
_LINE_LEAD = re.compile(r"^([^\n，。；：:！？,.;!?%\d]{2,24}?)[ \t]*\n(?=\S)")


# A bold line that reads as a sentence, not a heading: a clause break inside it or an end stop
# (`_SAYS`), or long — 25 characters of Chinese, eight words of English ("**Inventory and
# profitability**" heads a section as ChatGPT writes it, in sentence case).
_ENDS = re.compile(r"[。！？.!?]\s*$")
_SAYS = re.compile(rf"[，；,;]|{_ENDS.pattern}")
_LONG_WORDS = 8


def _long(line: str) -> bool:
    if CJK_RE.search(line):
        return len(line) >= 25
    return len(line.split()) >= _LONG_WORDS


def lead_in(raw: str) -> tuple[str, str] | None:
    """(label, the rest) when the item opens with a label, else None."""
    bold = _BOLD_LEAD.match(raw)
    if bold:
        label, rest = bold.group(2), raw[bold.end() :]
        # "**总结**" on a line of its own, the text below it
        heading = bool(re.match(r"[ \t]*\n", raw[bold.end(2) + len(bold.group(1)) :]))
        if bold.group(3) or label.rstrip().endswith((":", "：", ".", "。")) or not rest.strip():
            return normalize_space(label).rstrip(":：.。"), rest
        if heading:
            return normalize_space(label), rest.strip()
        return None  # "**X**是…": X is the subject
    plain = _PLAIN_LEAD.match(raw) or _STOP_LEAD.match(raw) or _line_lead(raw)
    return (normalize_space(plain.group(1)), raw[plain.end() :]) if plain else None


def bold_subject(raw: str) -> str:
    """The name a bold opening gives the sentence that goes on from it ("**澳大利亚**装机增长
    85%"), else ""."""
    bold = _BOLD_LEAD.match(raw)
    if not bold or bold.group(3) or not raw[bold.end() :].strip():
        return ""
    name = normalize_space(bold.group(2))
    return name if names_subject(name) else ""


def _line_lead(raw: str) -> re.Match[str] | None:
    """A first line short enough to be a heading (eight Chinese characters or four words at
    most) over the lines below it."""
    m = _LINE_LEAD.match(raw)
    if not m:
        return None
    line = m.group(1).strip()
    short = len(CJK_RE.findall(line)) <= 8 and len(re.findall(r"[A-Za-z]+", line)) <= 4
    # not a sentence wrapped mid-way: "超过六成的企业⏎已经开始…" has a figure, "…的⏎" runs on
    # (as a word of its own: 消费者行为 ends with 行为, not 为)
    last = tagged_words(line)[-1][0] if CJK_RE.search(line[-1:]) and tagged_words(line) else ""
    wrapped = bool(parse_quantities(line)) or last in tuple("的了和与及在对把被从向为是")
    return m if short and line and not wrapped else None


def is_title(bold: str) -> bool:
    """Is the bold line that opens the answer its title? One with no end stop, commas or not
    ("**2025年光伏出口：量增价减，市场多元化**") — but "**1. 市场概况**" opens a section."""
    return not _ENDS.search(bold) and not NUMBERING.match(bold)


def bold_line(raw: str) -> tuple[str, str] | None:
    """A whole line in bold, too long for a label: a heading when it does not read as a
    sentence (a title in title case), else None."""
    m = re.fullmatch(r"\s*(\*\*|__)(.+?)\1\s*", raw)
    if not m or reads_as_sentence(m.group(2)):
        return None
    return normalize_space(m.group(2)), ""


def reads_as_sentence(line: str) -> bool:
    """A bold line that says something rather than heads what follows: a clause break inside
    it, an end stop, or a long line — unless it is written in title case ("**Southeast Asia
    Esports Survey 2025 — Key Points**")."""
    if not (_SAYS.search(line) or _long(line)):
        return False
    long_words = re.findall(r"[A-Za-z][A-Za-z'-]{3,}", line)
    title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(
        long_words
    )
    return not (title_case and not _SAYS.search(line))


def under_label(atoms: list[str], label: str) -> list[str]:
    """A label's list of figures ("使用率：北美71%、欧洲63%") keeps the label on every bare part
    — "北美71%" alone says nothing of what was measured — and so does a lone figure
    ("**日活跃**：57%"). A label that names the subject
    ("**印尼**：增长最快，销量增长72%") stays on every part that does not name it itself. A
    conclusion's label ("**总结**：") names nothing measured."""
    if TAKEAWAY_HEADING.search(label) or THE_REST.match(label):
        return atoms  # "**其他品牌**：vivo（12.7%）…": the others, not what was measured
    if label and names_subject(label):
        return [  # a part split off after the first may name its own ("followed by South China")
            a if label in a or _named_first(a) or (k and _names_another(a)) else labelled(label, a)
            for k, a in enumerate(atoms)
        ]
    if (
        label
        and len(atoms) == 1
        and (
            not has_subject(atoms[0], comparable(parse_quantities(atoms[0])))
            or opens_with_predicate(atoms[0])
        )
        and not OWN_LABEL.match(atoms[0])  # "猫：18%；犬：11%": 犬 is the second part's label
    ):
        return [labelled(label, atoms[0])]
    if label and _opens_with_measure(atoms[0], label):  # the label is whose: so of the rest
        return (
            [labelled(label, atoms[0])]
            + [  # "**小牛**：海外销量约31万辆，主打欧洲市场"
                labelled(label, a)
                if opens_with_predicate(a) or _opens_with_measure(a, label)
                else a
                for a in atoms[1:]
            ]
        )
    if label and _opens_with_figure(atoms[0]):
        atoms = [labelled(label, atoms[0]), *atoms[1:]]
    if not label or len(atoms) < 2 or not any(bare(a) for a in atoms):
        return atoms
    return [labelled(label, a) if bare(a) else a for a in atoms]


# a measure of a firm or a place, with no name of whose: "营收31.2亿元", "份额14.9%"
_MEASURE_FIRST = re.compile(
    r"\s*(?:海外|国内|境外|全球|全年|线上|线下|出口|整体)?"  # 海外营收, 出口量
    r"(?:营业收入|营收|收入|销量|销售额|营业额|出货量|出口量|出口额|市场份额|份额|市占率|净利润|利润|毛利率"
    r"|用户数|用户规模|装机量|产量|产能|门店数|估值|交易额|订单量|GMV)"
)


def _opens_with_measure(atom: str, label: str) -> bool:
    """Does a Chinese text open with a measure whose owner it never names ("**科大讯飞**：营收
    31.2亿元，在语音场景有优势"), under a label that is no measure or theme itself? The label
    names whose it is."""
    return bool(
        _MEASURE_FIRST.match(atom)
        and not label.endswith(MEASURE_ENDINGS)
        and not _MEASURE_FIRST.search(label)
        and len(label) <= LABEL_NAME_CHARS
    )


LABEL_NAME_CHARS = 12  # a firm's name, not a sentence ("云厂商营收普遍提升")


def _names_another(atom: str) -> bool:
    """Does an English part name a subject of its own after its first word ("followed by South
    China at 24.8%" under **East China**)?"""
    if CJK_RE.search(atom):
        return False
    later = re.findall(r"(?<=\s)[A-Z][\w.&'’-]*", atom)  # (a unit, GWh, names no one)
    return any((not common_word(w) or w.lower() in _NAME_WORDS) and not unit_of(w) for w in later)


_NAME_WORDS = frozenset({"north", "south", "east", "west", "central", "united", "new"})


def _named_first(atom: str) -> bool:
    """Does an English part open with a name of its own ("while Tongcheng Travel holds 12.7%"
    after "**Meituan** is second at 21.5%")? Then another label's name is not its subject."""
    first = LEADING_CONJUNCTION.sub("", atom).lstrip()
    if CJK_RE.search(first):
        return False
    word = re.match(r"[A-Z][\w.&'’-]*", first)
    return word is not None and not common_word(word.group(0))


def _opens_with_figure(atom: str) -> bool:
    """A text that opens with its figure ("412万台，同比增长30.4%", "61.3% of capacity") names
    what was measured nowhere before it: the label does."""
    figures = comparable(parse_quantities(atom))
    if not figures or not atom.lstrip().startswith(figures[0].raw):
        return False
    after = atom.lstrip()[len(figures[0].raw) :]
    if CJK_RE.match(after.lstrip()[:1]):
        # "62%的车主认为…", "近四成企业遭遇…": whose figure it is follows it
        tagged = tagged_words(after.lstrip())
        return not (tagged[0][0] == "的" or tagged[0][1][:1] in "nr")
    # "68% say…", "23.5% of new titles used…": a statement of its own
    return not _ENGLISH_VERB.search(re.split(r"[,;:]", ASIDE.sub(" ", after), maxsplit=1)[0])


_ENGLISH_VERB = re.compile(
    r"\b(?:\w+ed|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|"
    r"might|should|say|says|use|uses|run|runs|rely|relies|call|calls|report|reports|plan|plans|"
    r"expect|expects|think|thinks|feel|feels|work|works|value|values|blame|blames|choose|"
    r"chooses|own|owns|worry|worries|find|finds|get|gets|spend|spends|buy|buys|shop|shops|"
    r"want|wants|prefer|prefers|see|sees|cite|cites|need|needs|track|tracks|grew|fell|rose|"
    r"froze|took|made|saw|got|spent|said|found|felt|thought|bought|chose|ran|lost|held|cut)\b",
    re.IGNORECASE,
)


OWN_LABEL = re.compile(r"[^：:。；;，,\d]{1,8}[：:]\s*\S")
