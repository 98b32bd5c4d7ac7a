"""Predicates: a Chinese clause with no subject of its own — one that opens with a verb, an
adverb or a preposition ("…，占欧洲装机的41%", "…，也是增长最快的"), with its figure ("仅52.4%"),
or with a word that points back ("这一比例较去年有所回落", "…，主要原因是…") — goes on about the
subject of the clause before it. `clauses.py` and `statements.py` keep such a clause with it."""

from __future__ import annotations

import re

from summarizer.lang.number_words import ZH_NUM
from summarizer.lang.quantities import Quantity, parse_quantities
from summarizer.lang.subject import MEASURE_WORDS
from summarizer.lang.text import CJK_RE, tagged_words

# A clause that opens with a verb, an adverb or a preposition has no subject of its
# own ("德国是最大市场，占欧洲装机的41%"; "…，也是增长最快的"): it continues the one before.
_PREDICATE_TAGS = ("v", "d", "p")


LEADING_CONJUNCTION = re.compile(
    r"^\s*(?:(?:and|but|while|whereas|against(?=\s+(?:the\s+)?(?:expected\s+|projected\s+"
    r"|estimated\s+|forecast\s+)?(?:demand|needs?|targets?|goals?|requirements?|supply)\b))\s+"
    r"|但是|但|而且|而|并且|同时)",
    re.IGNORECASE,
)


# A clause whose subject points back ("这一比例较去年有所回落") continues the one it points to;
# 其中 ("of them") opens a fact of its own.
_POINTS_BACK = frozenset(
    {"这", "这一", "这个", "这些", "这种", "该", "此", "其", "它", "它们", "这部分", "原因"}
)


def subjectless(text: str) -> bool:
    """A Chinese sentence that opens with its figure ("仅52.4%，明显滞后") or its predicate
    ("占欧洲装机的41%"): what it speaks of was said before it, in a label or a heading."""
    stripped = text.strip()
    return bool(CJK_RE.search(stripped)) and bool(
        figure_first(stripped) or predicate_only(stripped)
    )


def predicate_only(part: str) -> bool:
    """A Chinese clause with no subject of its own: it opens with a predicate or points back."""
    text = LEADING_CONJUNCTION.sub("", part.strip())
    if not CJK_RE.match(text) or figure_first(text):
        return False  # "超过四成的企业…": the figure is its subject
    tagged = tagged_words(text)
    if not tagged:
        return False
    word, tag = tagged[0]
    if _REASON.match(text) or _WHY_AFTER.search(text):  # why the statement before holds:
        return True  # "…，主要原因是天然气价格低廉", "…，价格下降和安全方案成熟是主要原因"
    if word in ("预计", "计划", "预期") and not any(t[:1] in ("n", "r") for _, t in tagged[1:]):
        return True  # "…供应压缩机，预计2027年投运": when it will, of what was said
    if tag == "c" and word in ("并", "且", "还"):  # "…，并首次在线上超过外资品牌": and (it) …
        return True
    if tag == "b" and tagged[1:2] and tagged[1][1][:1] == "v":  # "…，主要用于公文写作"
        return True
    if word in ("同比", "环比"):  # "**火山引擎**：同比增长126.5%": a change of what was named
        return True
    if _FOR_THE_NTH_TIME.fullmatch(word) and tagged[1:2] and tagged[1][1][:1] in ("v", "p", "d"):
        return True  # "…发布通知，首次在国家层面明确了定义": for the first time, (it) … (not
        # 首次购买的消费者, a subject)
    if word in ("整体", "总体") and tagged[1:2] and tagged[1][1][:1] in ("d", "z"):
        return True  # "…，但整体仍较为分散": the whole of what was said, no other subject
    if _ITS_OTHER_MEASURE.match(text) and tagged[1:2] and tagged[1][1][:1] in ("n", "l"):
        return False  # "但其出货量已连续两年下滑": another measure of what was named, a statement
    if word in _SUMS_UP_NOUN and tagged[1:2] and _a_thing(*tagged[1]):
        return False  # "累计装机也已占全球超过一半": 累计 describes its noun, a subject
    # an adjective before another, an adverb or a preposition: "明显落后于行业" (not "平均从业
    # 年限", an adjective on its noun)
    described = tag == "a" and len(tagged) > 1 and tagged[1][1][:1] in ("a", "p", "d")
    return (
        described
        or (tag.startswith(_PREDICATE_TAGS) and tag != "vn" and not _modifies_noun(tagged))
        or word == "正在"  # "…，正在明显提升诊疗效率": jieba reads it as a time word
        or word in ("连续", "持续")  # "…479美元，连续第三年下降": how long it went that way
        or word in _POINTS_BACK
        or word[:2] in _POINTS_BACK
        or bool(_COMPARES.match(text))
        # a scope, then the measure said before: "而全区域这一比例为38%", "全国该比例为41%"
        or any(w in _POINTS_BACK for w, t in tagged[1:3] if t == "r")
    )


def points_back(clause: str) -> bool:
    """A clause whose measure points back, after its year: "…近五成采用天然制冷剂，2021年这一
    比例还不到三分之一" — the same share, then."""
    return bool(_THE_SAME_FIGURE.match(LEADING_CONJUNCTION.sub("", clause.strip())))


# "2021年这一比例…", "该数字…": the figure just given, again (not "这些桩的利用率": another measure)
_THE_SAME_FIGURE = re.compile(
    r"(?:(?:19|20)\d\d\s*年(?:底|末|初)?\s*)?(?:这一|这个|该|此)"
    r"(?:比例|比重|占比|数字|数据|数值|份额|比率|增速|数量)"
)


_FOR_THE_NTH_TIME = re.compile(r"首次|再次|又一次|多次|屡次|第[一二三四五六七八九十\d]+次")
_WHY_AFTER = re.compile(r"是(?:其|这)?(?:主要|重要|根本|直接|关键|核心)?(?:原因|推手)\s*[。；;]?$")
_REASON = re.compile(r"(?:主要|这)?(?:原因(?:是|在于)|是因为|得益于|受益于|源于|归因于)")


def _modifies_noun(tagged: tuple[tuple[str, str], ...]) -> bool:
    """A word jieba calls an adverb before a noun, which no adverb stands before (一次性体验者:
    one-time skiers), or a verb that opens what describes the noun after 的, a predicate of its
    own following (拥有架空索道的雪场仅占…, 使用AI工具的企业占比…): the subject."""
    if tagged[0][1] == "d":
        return len(tagged) > 1 and tagged[1][1][:1] == "n"
    for k, (word, tag) in enumerate(tagged[1:_DESCRIBED_WITHIN], 1):
        if tag[:1] in ("v", "m", "p") or not word.strip():
            return False
        if word == "的":  # … with its own predicate after it (仅占约四分之一), or it is the
            # object's (领先于其他品牌的增速)
            after = tagged[k + 2 :]
            noun = tagged[k + 1 : k + 2] != () and tagged[k + 1][1][:1] == "n"
            return noun and any(t[:1] in ("v", "m") for _, t in after)
    return False


_DESCRIBED_WITHIN = 6  # words: 拥有 | 架空 | 索道 | 的 | 雪场


# verbs jieba tags that, before a noun, name a measure: 累计装机, 新增订单, 合计份额
_SUMS_UP_NOUN = frozenset({"累计", "合计", "总计", "新增"})


def _a_thing(word: str, tag: str) -> bool:
    """A noun, or a word jieba tags a verb that names a thing (产能, 装机), not a change or a
    reaching (累计增长, 累计突破)."""
    return tag[:1] == "n" or (
        tag == "v" and not MEASURE_WORDS.fullmatch(word) and word not in ("突破", "完成", "实现")
    )


# its (其, 该) and a measure other than the one just said (这一比例, 其占比 point back to it)
_ITS_OTHER_MEASURE = re.compile(r"^(?:其|该)(?!中|比例|比重|占比|数字|数据|数值|余|他|它)")
_FIGURE_FIRST = re.compile(
    rf"^(?:超过|近|约|不到|不足|逾|将近|接近|大约|至少|最多|多达|高达|仅|只有)?(?:\d|{ZH_NUM})"
    r"(?![\d.]*\s*(?:年|月|日|季度))"  # a date first ("12月单月销量…") names the time, not a figure
)


def figure_first(text: str) -> bool:
    """Does the text open with its figure ("仅52.4%", "超过一半的企业", "三成企业")? A Chinese
    numeral opens a figure only where one is read there: 万科, 百度 and 一次性 open names and
    words, not figures."""
    m = _FIGURE_FIRST.match(text)
    if not m:
        return False
    if m.group(0)[-1].isdigit():
        return True
    return any(0 <= text.find(q.raw) < m.end() for q in parse_quantities(text) if q.raw)


# "…，远低于对Go本身的满意度": a comparison with what came before, however it is modified.
_COMPARES = re.compile(
    r"^[远略稍均都也仍还]{0,2}(?:明显|显著|大幅)?(?:高于|低于|超过|多于|少于|不及|好于|优于|快于|慢于)"
)


# What makes an English clause a statement of its own: an auxiliary, a verb the reports'
# sentences use, or an -ed form ("reached", "accounted").
_FINITE_EN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|does|did|will|would|can|could|may|might|must"
    r"|should|says?|said|shows?|showed|expects?|plans?|uses?|rose|fell|grew|hit|took|made|stood"
    r"|won|lost|led|sold|spent|paid|built|became|began|remains?|leads?|holds?|accounts?|makes?"
    # an -ed form after an article describes its noun ("a marked slowdown"), no verb
    r"|takes?|sees?|saw|(?<!\ba )(?<!\ban )(?<!\bthe )(?!hundred\b|speed\b)[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# After a comma or a dash, an English phrase that opens with an article, a share of a whole or
# a participle (lower case: "Beijing" is a subject) ...
_TAIL_OPENS = re.compile(
    r"\s*(?:(?i:an?)\s"
    r"|(?i:(?:about|roughly|nearly|almost|around|some|over|under|just\s+over|more\s+than"
    r"|less\s+than)\s+)?[\d.,]+\s*(?i:%|percent|per\s+cent)\s+of\s+"
    r"(?i:the|its|their|all|total|global|national|world)\b"
    # (not "…, falling to 44% in rural areas": the same measure for another subject)
    r"|[a-z]+ing\b(?![^,;]*\b(?i:in|among|across)\s+(?!(?:19|20)\d\d)[A-Za-z]))"
)
# ... or a gapped clause, its verb left out: "…is expected to rise to 38% by 2027, and CR10 to
# about 20%"
_GAPPED_TO = re.compile(
    r"\s*and\s+(?:[\w.-]+\s+){1,3}(?:to|by)\s+(?:(?:about|roughly|nearly|around|almost)\s+)?"
    r"[\d$€£¥]",
    re.IGNORECASE,
)


# An English clause that opens with its verb: "…systems, including software and integration,
# reached US$48.3 billion" — its subject stands before the aside
_VERB_FIRST_EN = re.compile(
    r"\s*(?:reached|rose|fell|grew|totall?ed|stood|climbed|dropped|declined|increased"
    r"|decreased|jumped|accounted\s+for|amounted\s+to|hit)\b"
)
# … or with its figure, and no verb: ", one in four robots", ", about 64,000 units"
_FIGURE_FIRST_EN = re.compile(
    r"\s*(?:(?:about|roughly|nearly|almost|around|some|over|under|just\s+over|just\s+under"
    r"|more\s+than|less\s+than)\s+)?"
    # (a share "of" a whole is the rule above's: "38.5% of new capacity" is a fact of its own)
    r"(?:(?:US\$|RMB\s?|USD\s?|EUR\s?|[$€£¥])?\d[\d.,]*+(?!\s*(?:%|percent|per\s+cent)\s+of\b)"
    r"|(?:one|two|three|four)\s+in\s+(?:three|four|five|six|seven|eight|nine|ten)\b"
    r"|(?:a|one)\s+(?:third|quarter|fifth)\b|half\b|two-thirds\b|three-quarters\b)"
    r"(?![^,;]*\b(?:in|among|across)\s+(?!(?:19|20)\d\d)[A-Za-z])"  # not "63% in Europe"
)


def verbless_tail(clause: str, before: str = "") -> bool:
    """An English phrase that goes on about the statement before it (`before`): what it is,
    with no verb of its own (", a clear slowdown from the previous two years", ", 16.9% of the
    national total", ", one in four robots"), what its subject does with it (", spending about
    RMB 68 per order"), the same verb for another subject (", and CR10 to about 20%"), or the
    verb of a subject an aside cut off (", including software, reached US$48.3 billion")."""
    if CJK_RE.search(clause):
        return False
    if _VERB_FIRST_EN.match(clause):
        return True
    if _FINITE_EN.search(clause):
        return False
    if _FIGURE_FIRST_EN.match(clause):
        return _restates(clause, before)
    return bool(_TAIL_OPENS.match(clause) or _GAPPED_TO.match(clause))


def _restates(clause: str, before: str) -> bool:
    """Does a phrase that opens with its figure give the figure before it in other terms ("25%
    of installations, one in four robots"; "11.8% of installations, about 64,000 units"), not
    the next of a list ("72.1% are users, 55.1% participants")? Not where the figures are of
    one unit and differ by more than a rounding ("18%", "one in five")."""
    mine = [q for q in parse_quantities(clause) if not q.is_year][:1]
    theirs = [q for q in parse_quantities(before) if not q.is_year]
    return not any(
        q.unit == x.unit and abs(q.value - x.value) > _leeway(q) * max(abs(x.value), 1e-9)
        for q in mine
        for x in theirs[-1:]
    )


def _leeway(q: Quantity) -> float:
    """How far a figure given again may lie from the first: in words, a rounding ("one in five"
    for 18%); in digits, none (465 and 503 million m³ are a list)."""
    return 0.01 if re.search(r"\d", q.raw) else 0.15


def awaits_verb(clause: str) -> bool:
    """An English clause that opens a statement and stops before its verb ("while complete robot
    systems", then ", including software and integration, reached US$48.3 billion"): it leads
    into what follows, not back into what went before."""
    return bool(
        not CJK_RE.search(clause)
        and re.match(r"\s*(?:while|whereas|but)\s", clause, re.IGNORECASE)
        and not _FINITE_EN.search(clause)
        and not parse_quantities(clause)
    )
