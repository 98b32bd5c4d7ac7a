"""Clauses: where a sentence holds more than one statement, and where it does not.

A chat app's sentence often chains facts: figures for several subjects ("华东占比40%，华南15%"),
or statements joined by ，("受访者绝大多数是专业开发者，年龄多集中在25到45岁之间"). These split it
into one claim per statement, at the top level only (never inside brackets or quotes), keeping the
punctuation where parts stay together. A part with no subject of its own — a frame, a predicate,
a comparison, a clause that points back — stays with its neighbour.
"""

from __future__ import annotations

import re

from summarizer.lang.predicate import (
    LEADING_CONJUNCTION,
    awaits_verb,
    points_back,
    predicate_only,
    verbless_tail,
)
from summarizer.lang.quantities import Quantity, comparable, parse_quantities
from summarizer.lang.subject import has_subject
from summarizer.lang.text import CJK_RE, tagged_words
from summarizer.lang.top_level import top_level_clauses


def bare(atom: str) -> bool:
    """A part that is only a name and its figure ("北美71%", "VS Code 37%"): it says nothing
    of what was measured. A part with a colon lead-in of its own is not bare."""
    if _COLON_LEAD.match(atom):
        return False
    rest = atom
    for q in parse_quantities(atom):
        rest = rest.replace(q.raw, " ")
    rest = re.sub(r"[\W\d_]+", " ", rest)
    return len(CJK_RE.findall(rest)) <= 4 and len(re.findall(r"[A-Za-z]+", rest)) <= 3


_LIST_ASIDE = re.compile(r"[（(][^（）()]*[,，、][^（）()]*[)）]")


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
        # a span of time ("过去十二个月里") is no figure of a fact: it frames the next clause;
        # nor is a list in brackets ("and dogs (71.5M cats, 52.6M dogs)"): it details the last
        own = _LIST_ASIDE.sub(" ", clause)
        figures = [] if _time_only(clause) else comparable(parse_quantities(own))
        if not figures:
            # an item of a list ("锂、镍、钴的回收率") or a frame ("而在海外") leads into the next
            forward = pending or sep.strip() == "、" or leads_in(clause) or awaits_verb(clause)
            # after a semicolon, a clause that stands on its own is a statement of its own
            # ("GCP (26%); Hetzner drives the Other bucket")
            statement = (
                atoms
                and not pending  # "广东、浙江、江苏三省（如深圳）": the list's last item
                and atoms[-1][1].strip() != "、"  # "采用氨、二氧化碳等天然制冷剂": the list goes on
                and (atoms[-1][1].strip() in (";", "；") or _own_subject(clause))
                and stands(clause)
            )
            if statement:
                atoms.append([clause, sep])
            elif atoms and not forward:
                atoms[-1] = [atoms[-1][0] + atoms[-1][1] + clause, sep]
            else:
                pending = [pending[0] + pending[1] + clause, sep] if pending else [clause, sep]
        elif pending:
            atoms.append([pending[0] + pending[1] + clause, sep])
            pending = []
        elif frames(clause):  # "在全国约101万辆的重卡总销量中，…": its figure frames the next
            pending = [clause, sep]
        elif atoms and _goes_on(atoms[-1][0], clause, figures, atoms[-1][1]):
            atoms[-1] = [atoms[-1][0] + atoms[-1][1] + clause, sep]
        else:
            atoms.append([clause, sep])
    if pending and atoms:
        atoms[-1] = [atoms[-1][0] + atoms[-1][1] + pending[0], pending[1]]
    if len(atoms) < 2:
        return [sentence]
    texts = [a[0].strip() for a in atoms]
    rest = texts[1:]
    lead = _COLON_LEAD.match(texts[0]) or _ROW_LEAD.match(texts[0])
    if lead and not comparable(parse_quantities(lead.group(0))):
        rest = [lead.group(0) + a if bare(a) else a for a in rest]
    return [texts[0], *rest]


def _goes_on(before: str, clause: str, figures: list[Quantity], sep: str = ",") -> bool:
    """Does a clause with figures go on with the statement before it: it compares with or
    changes its figure, names no subject of its own, points back to it, or (after a comma)
    says what it is with no verb of its own — unless it is a growth rate after a share (two
    facts of one subject)?"""
    follows = (
        continues(clause, figures)
        or not has_subject(clause, figures)
        or points_back(clause)
        or (sep.strip() not in (";", "；") and verbless_tail(clause, before))
    )
    return follows and not _share_then_growth(before, clause)


_SHARE = re.compile(r"(?:占比|比重|份额|占有率|渗透率)[^，,；;]{0,4}\d[\d.]*\s*%\s*$")
_GROWTH = re.compile(r"^\s*(?:增速|增幅|增长率|同比增长|年增长)")
_SHARE_EN = re.compile(r"\d[\d.]*\s*(?:%|percent)(?:\s+(?:share|of\s+[a-z\s-]{1,30}))?\s*$")
_GROWTH_EN = re.compile(
    r"^\s*(?:growing|rising|climbing|increasing|jumping|falling|dropping|declining|shrinking"
    r"|slipping)\b"
)


def _share_then_growth(before: str, clause: str) -> bool:
    """A share, then a growth rate ("欧盟：占比15%，增速仅为7%", "12.7% of sales, growing 31.6%
    a year"): the growth is of what the subject uses or sells, not of its share — two facts of
    one subject."""
    return bool(_SHARE.search(before) and _GROWTH.match(clause)) or bool(
        _SHARE_EN.search(before) and _GROWTH_EN.match(clause)
    )


MIN_PART = 6  # size a part needs to stand as a claim: 6 Chinese characters, 4 English words


def _own_subject(part: str) -> bool:
    """A Chinese clause with no figure that names its own subject before its predicate
    ("…GCP 44%，公司自有服务器也很常见"): a statement, not the reason or manner of the figure
    before it ("增长12%，主要得益于出口")."""
    text = part.strip()
    if not CJK_RE.match(text) or predicate_only(text) or leads_in(text):
        return False
    tags = [t for _, t in tagged_words(text)]
    # a noun or a place word first (公司, 海外), or one a word describes or counts (私有机房,
    # 多数企业); not an adjective on a verb (主要得益于…)
    return bool(tags) and (
        tags[0][:1] in ("n", "s")
        or (tags[0][:1] in ("b", "m") and tags[1:2] != [] and tags[1][:1] == "n")
    )


def stands(part: str) -> bool:
    """Can the part stand as a claim: enough words, or a figure with a subject of its own
    ("有效样本5379份" can, "平均占比13%" cannot)."""
    figures = comparable(parse_quantities(part))
    if figures:
        return has_subject(part, figures) and text_size(part) >= MIN_PART
    return text_size(part) >= MIN_PART


# Words a Chinese frame ends with: "已部署大模型的企业中，58%用于客服" is one statement.
_FRAME_END = frozenset(
    {"中", "之中", "当中", "里", "下", "方面", "来看", "而言", "看来", "来说", "领域", "环节"}
    | {"层面"}
)  # 系统集成领域，海博思创…: the field frames the statement; so does 在…的情况下
# (报告判断，随着…，行业有望…: a source and its verb of saying)
_LEADS_ON = (
    *("的是", "来看", "而言", "显示", "表明", "指出", "发现", "认为", "提到", "预计", "强调"),
    *("判断", "估计", "预测", "测算", "称"),
)


def leads_in(part: str) -> bool:
    """A phrase that only leads into what follows: a frame ("已部署的企业中", "而在海外"),
    "值得注意的是", or a source and its verb of saying ("玩家调研显示")."""
    text = LEADING_CONJUNCTION.sub("", part.strip())
    if not CJK_RE.search(text):
        return False
    if frames(text) or text.endswith(_LEADS_ON) or _time_only(text):
        return True
    if _SUBORDINATE.match(text) and not re.search(r"[，,；;]", text):  # that clause alone
        return True
    tagged = tagged_words(text)
    return bool(tagged) and tagged[0][1] == "p" and text_size(text) <= 8


# a clause that concedes or sets the scene for the next: "尽管白名单企业数量大幅增加，但…",
# "随着管理办法正式施行，车企需要…"
_SUBORDINATE = re.compile(
    r"(?:尽管|虽然|虽说|随着|即使|即便"
    r"|为了|要想|若想|若要|如要|想要|要真正)"  # "但要真正实现价值，企业还需要…": a purpose
)


# A point or span of time alone ("截至2025年6月底", "2025年上半年", "过去一年里", "预计到2027年")
# frames the statement after it.
_TIME_FRAME = re.compile(
    r"(?:(?:报告)?(?:预计|预期|预测|估计|据预测)\s*)?"  # 预计到2027年: a forecast's time
    r"(?:截至|截止|到|至|自|从|在|于)?\s*(?:(?:19|20)\d\d\s*年(?:度)?)?\s*(?:\d{1,2}\s*月)?"
    r"(?:过去|近|最近)?(?:(?:[一二两三四五六七八九十]{1,3}|\d{1,2})?(?:年|个月))?"
    r"(?:底|末|初|中|上旬|中旬|下旬|上半年|下半年|前|以来|来|为止|期间|里|内)*"
)


def subordinate(part: str) -> bool:
    """A clause that concedes, sets the scene or states a purpose ("但要真正实现价值"): it leads
    into the statement after it, never goes on from the one before."""
    text = LEADING_CONJUNCTION.sub("", part.strip())
    return bool(CJK_RE.match(text) and _SUBORDINATE.match(text))


def _time_only(part: str) -> bool:
    """Is the part, after a leading conjunction, a point or span of time alone?"""
    return bool(_TIME_FRAME.fullmatch(LEADING_CONJUNCTION.sub("", part).strip()))


def frames(part: str) -> bool:
    """A leading phrase that only frames what follows ("从地区来看", "已部署大模型的企业中"), or
    the condition it follows from ("碳价每上涨10欧元，回收期大约缩短四个月")."""
    if _PER_CHANGE.search(part):
        return True
    tagged = tagged_words(part.strip()) if CJK_RE.search(part) else ()
    return bool(tagged) and tagged[-1][0] in _FRAME_END


_PER_CHANGE = re.compile(
    r"每(?:上涨|增加|提高|提升|上升|下降|降低|减少|多|少)|\bfor every\b", re.IGNORECASE
)


def text_size(text: str) -> float:
    """How much a text says, in Chinese characters: an English word says about as much as one
    and a half (a figure counts as 2)."""
    figures = len(re.findall(r"\d[\d.,]*", text))
    rest = re.sub(r"[\d.,%％]+", " ", text)
    cjk = len(CJK_RE.findall(rest))
    latin = len(re.findall(r"[A-Za-z]+", rest))
    return (cjk if cjk * 2 >= latin else 1.5 * latin) + 2 * figures


# "Commitment discount use: North America 71%, Europe 63%": the lead-in is every part's subject.
_COLON_LEAD = re.compile(r"^[^：:。.!?！？]{2,40}?[：:]\s*")
# a table row's label: "东南亚——出口量 720万辆，出口额 16.2亿美元" (every cell is the region's)
_ROW_LEAD = re.compile(r"^[^：:。.!?！？—]{1,30}?(?:——| — )")


# 其中 (of them) opens a fact about a part — its own fact, not a continuation (measured: joining
# it cost the chatapp-dev tune half 0.02-0.04 F1).
_CONTINUATION = re.compile(
    r"\s*(?:(?:up|down|from|to|compared|versus|vs|or|nearly|almost|roughly|respectively)\b"
    # "…, against 38% last year" compares; "…, against expected demand of 13,000 km" states
    # what is set against it: another fact
    r"|against\b(?!\s+(?:the\s+)?(?:expected\s+|projected\s+|estimated\s+|forecast\s+)?"
    r"(?:demand|needs?|targets?|goals?|requirements?|supply)\b)"
    r"|a year ago|last year|the year before|two years ago"
    # "…52% of shipments, though that share fell 9.5 points": the figure before it, again
    r"|(?:(?:though|although|but|while)\s+)?(?:that|this|the same)\s+(?:share|figure|rate|number"
    r"|proportion|percentage|level|ratio|count)\b"
    # "…41.5 million orders, a 67% increase": the change of the figure before it
    r"|an?\s+(?:[\d.,]+\s*(?:%|percent|per cent|points?)\s+|\w+\s+)?"
    r"(?:increase|rise|jump|gain|growth|drop|decline|fall|decrease)\b"
    r"|而(?!且)|却|(?:仍|仍然|依然|继续|也)?(?:远|略|明显|大幅)?(?:高于|低于|多于|少于|快于|慢于|好于"
    r"|优于)|接近|相当|相比|同比"
    r"|以(?=\s*(?:约|近|超过)?\d[\d.]*\s*%?\s*的)"  # …，但以18.5%的增速成为最快的: by its figure
    r"|环比|约合|约为|即(?=\s*[\d约近超为是])|也就是"  # 即约合…, not 即烹类 (ready-to-cook)
    # what the figure before it is, in other terms: "…, a 12.4% market share", "accounting for
    # 29.5% of total spending", "representing 18% of the total"
    r"|an?\s+[\d.,]+\s*(?:%|percent|per cent)\s+(?:market\s+)?share\b"
    r"|(?:accounting\s+for|representing|equal\s+to|equivalent\s+to)\b"
    # the same subject's figure moving, a participle without a subject: "…worth RMB 112
    # billion, growing roughly 23%"; or the figure before it as a multiple: "…, 2.1 times…"
    r"|(?:growing|rising|climbing|increasing|jumping|falling|dropping|declining|shrinking"
    r"|slipping|reaching|totall?ing|making\s+up|bringing\s+(?:it|the\s+total)"
    r"|taking|capturing|holding)\b"  # "…grew 52%, taking 26% of online sales": its share
    r"(?![^,;]*\b(?:in|among|across)\s+(?!(?:19|20)\d\d)[a-z])"  # not "…, falling to 40% in Asia"
    r"|(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?[\d.]+\s*(?:times|x|-fold)\b"
    r"|(?:增速|增幅|涨幅|降幅)(?:也|仍|均)?(?:明显|显著|大幅)?(?:高于|低于|快于|慢于|超过|不及)"
    # …下降4%，(约)占总价比重升至约38%: what the same subject accounts for
    r"|(?:约|大约|近|将近|仅|只)?占(?![据领有])"
    r"|增长|下降|达到|翻|是(?!否)"  # 是未转型企业的四倍多: what the figure before it is
    r"|变化|变动|增减|change\b"  # a table's change column: "用户规模——6.62亿人，变化 +1.08亿人"
    # a change of the figure before it, verb first: 提高4个百分点, 降至31%, 减少了12%
    r"|(?:提高|提升|上升|上涨|增加|降低|减少|下跌|下滑|回落)(?=了?\s*(?:约|近|超过)?\d)"
    r"|升至|增至|降至|减至|跌至"
    r"|自(?=\s*(?:19|20)\d\d)"  # 自2024年12月1日起执行: when the change before it took effect
    r"|一年前|两年前|去年|前年|此前|上年|同期)",
    re.IGNORECASE,
)


def _compares_with(clause: str) -> bool:
    text = clause.lstrip()
    if not text.startswith(("较", "比")):
        return False
    tagged = tagged_words(text[:8])
    return bool(tagged) and tagged[0][0] in ("较", "比")


_BUT = re.compile(r"^\s*(?:但是|但|不过|却)")


def continues(clause: str, figures: list[Quantity]) -> bool:
    """A clause that compares with the figure before it, or is only a figure ("10-15%"). After
    而, a clause with a subject of its own states another fact ("…，而整体云支出增长了近四分之一");
    one with a year or 为 compares ("…，而2024年为35%"). 较/比 compare only as words of their
    own: 比亚迪, 比利时 and 比例 open a subject."""
    # "…34%，但低于上年的39%": but lower than last year's
    but = _BUT.match(clause) and _CONTINUATION.match(_BUT.sub("", clause))
    if _compares_with(clause) or _CONTINUATION.match(clause) or but:
        after = re.match(r"\s*而(?!且)(.+)", clause)
        rest = after.group(1) if after else ""
        return not (
            rest
            and not re.match(r"(?:19|20)\d\d|[为是]", rest)
            and has_subject(rest, comparable(parse_quantities(rest)))
            and not predicate_only(rest)
        )
    rest = clause
    for q in figures:
        rest = rest.replace(q.raw, "")
    return len(re.sub(r"[\W_]+", "", rest)) < 2
