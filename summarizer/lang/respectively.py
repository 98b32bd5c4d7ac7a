"""A clause that pairs a list of names with lists of figures "respectively" (分别) states one fact
per name: "优必选和智元机器人分别以约16%和14%的份额位居第二、第三" is 优必选's 约16% (second)
and 智元机器人's 14% (third). Read as one claim, its figures have no owner, and it can meet only
one of the two facts the other answers state apart."""

from __future__ import annotations

import re

from summarizer.lang.quantities import parse_quantities
from summarizer.lang.text import CJK_RE, tagged_words

_RESPECTIVELY = re.compile(r"分别")
_JOINS = (re.compile(r"以及|、|和|与|及"), re.compile(r"、|和"), re.compile(r"、"))
_BETWEEN = re.compile(r"\s*(?:以及|、|和|与|及)\s*")
_LEAD = re.compile(r"(?:其中|而|但|同时|此外)[，,]?\s*")
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+")
_AGE_GROUP = re.compile(r"\d+(?:\s*[-–~至到]\s*\d+)?(?:周岁|岁)(?:及以上|以上|及以下|以下)?")
_AMONG = re.compile(r"[^，,：:\d]{1,8}中(?=\d+(?:\s*[-–~至到]\s*\d+)?岁)")
NAME_CHARS = 12  # a listed name longer than this is a phrase, not a name
_LED_INTO_LATIN = re.compile(r"([\u4e00-\u9fff]+)([A-Za-z][A-Za-z0-9 .&'-]*)")


def each_of(clause: str) -> list[str]:
    """The clause once per name its list gives, each with the figures (and ranks) in its place;
    the clause alone where it pairs no list of names with lists as long."""
    m = _RESPECTIVELY.search(clause)
    if not m or not CJK_RE.search(clause):
        return [clause]
    # what leads in stays ("头部品牌中，", "其中"): the names follow it
    framed = [f.end() for f in re.finditer(r"[，,：:]\s*", clause[: m.start()])]
    lead = _LEAD.match(clause, framed[-1] if framed else 0)
    start = lead.end() if lead else framed[-1] if framed else 0
    among = _AMONG.match(clause, start)  # "宠物主中25-34岁和35-44岁…": the names follow 中
    start = among.end() if among else start
    tail = clause[m.end() :]
    lists = _runs(tail)
    # the names as the lists count them: "测绘与建筑和公共安全分别为17%和12%" is two
    for join in _JOINS:
        begin = start
        names = [n.strip() for n in join.split(clause[start : m.start()])]
        # "前五大厂商Haishi Vision、Wardline…": what leads in runs on into the first Latin name
        if names and not _a_name(names[0]) and (led := _LED_INTO_LATIN.fullmatch(names[0])):
            begin = start + clause[start:].index(names[0]) + len(led.group(1))
            names[0] = led.group(2)
        runs = [r for r in lists if len(r) == len(names)]
        # the last name may carry what all of them share: "…Boehringer Ingelheim的份额"
        heads = [*names[:-1], names[-1].partition("的")[0]] if names else []
        if len(names) >= 2 and all(map(_a_name, heads)) and runs and runs[0] == lists[0]:
            break
    else:
        return [clause]
    start = begin
    # "越南和印尼的增速分别为…": what the names share follows the last one (的增速)
    head, of, measure = names[-1].partition("的")
    if of and head and not any("的" in n for n in names[:-1]):
        names = [*names[:-1], head]
        names = [n + of + measure for n in names]
    else:
        names = _measure_shared(names)
    out = []
    for k, name in enumerate(names):
        text, at = "", 0
        for run in runs:
            text += tail[at : run[0][0]] + tail[run[k][0] : run[k][1]]
            at = run[-1][1]
        # a second 分别 ("…，分别比2023年增长6.2%和11.5%") is said once its lists are dealt out
        out.append(clause[:start] + name + (text + tail[at:]).replace("分别", ""))
    return out


def named_before(parts: list[str]) -> list[str]:
    """A clause that gives lists "respectively" with no names of its own takes the list of names
    the clause before it ends with: "最常用的AI功能是通话摘要和AI修图，使用率分别为64%和58%" is
    通话摘要's 64% and AI修图's 58%."""
    out: list[str] = []
    for part in parts:
        m = _RESPECTIVELY.search(part)
        if m and out and (each := _dealt(out[-1], part)):
            out += each
            continue
        # within one part: "排名前两位的是华东和华南，占比分别为35.2%和21.4%"
        cut = max(part.rfind("，", 0, m.start()), part.rfind(",", 0, m.start())) if m else -1
        if m and cut > 0 and (each := _dealt(part[:cut], part[cut + 1 :])):
            out += [part[:cut], *each]
            continue
        out.append(part)
    return out


def _dealt(before: str, clause: str) -> list[str]:
    """The clause once per name of the list `before` ends with, where the clause names none."""
    m = _RESPECTIVELY.search(clause)
    listed = _LIST_AT_END.search(before.rstrip("，,"))
    measure = clause[: m.start()].strip() if m else ""
    if not m or not listed or not measure or _JOINS[0].search(measure):
        return []
    each = each_of(f"{listed.group(1)}的{measure}{clause[m.start() :]}")
    return each if len(each) > 1 else []


# a list of names a clause ends with, after what introduces it: "…是通话摘要和AI修图"
_LIST_AT_END = re.compile(
    r"(?:是|为|包括|有|：|:)\s*([^，,。；;：:是]{2,40}?(?:、|和|与|及)[^，,。；;：:是]{1,20})[。；;]?$"
)


def _measure_shared(names: list[str]) -> list[str]:
    """ "一线城市和县域老人人均年消费分别为…": the last item, far longer than the others and
    ending in a measure, is a name and what every name's figure measures (老人人均年消费)."""
    last, others = names[-1], names[:-1]
    if len(last) <= max(map(len, others)) + 2 or not _MEASURE_TAIL.search(last):
        return names
    head = tagged_words(last)[0][0]
    measure = last[len(head) :]
    return [n + measure for n in others] + [last] if measure else names


_MEASURE_TAIL = re.compile(
    r"(?:率|消费|规模|占比|份额|增速|增幅|收入|支出|人数|数量|金额|价格|比重|比例|销量|产量)$"
)


def _a_name(text: str) -> bool:
    """Short enough to be a name: 12 characters, or four Latin words ("Kestrel Reefer Group");
    an age group is one too ("25-34岁", "60岁及以上")."""
    if _AGE_GROUP.fullmatch(text):
        return True
    if not text or re.search(r"\d|[，,：:]", text):
        return False
    return len(text) <= NAME_CHARS or (not CJK_RE.search(text) and len(text.split()) <= 4)


def _runs(tail: str) -> list[list[tuple[int, int]]]:
    """Lists in the text: figures, or ranks (第二、第三), one after another with only 、 和 与 及
    between — each as the spans of its items, in order."""
    spans: list[tuple[int, int]] = []
    at = 0
    for q in parse_quantities(tail):
        if q.is_year or not q.raw:
            continue
        found = tail.find(q.raw, at)
        if found >= 0:
            spans.append((found, found + len(q.raw)))
            at = found + len(q.raw)
    runs = _chained(spans, tail)
    runs += _chained([(m.start(), m.end()) for m in _ORDINAL.finditer(tail)], tail)
    return sorted(runs)


def _chained(spans: list[tuple[int, int]], text: str) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and _BETWEEN.fullmatch(text[runs[-1][-1][1] : span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) > 1]


_LISTED = re.compile(r"分别(?:为|是)\s*")
_ITEMS = re.compile(r"\s*(?:、|，|,|以及|和|与|及)\s*")
_MEASURE_IN = re.compile(
    r"市场份额|收入份额|份额|占比|比重|比例|增速|增长率|渗透率|市占率|销量|收入"
)


def interleaved(sentence: str) -> list[str]:
    """A list of names, each with its figure, after 分别为 ("前五大厂商合计份额89.2%，分别为
    Sonova 26.1%、Demant 21.4%"): one fact per name in the measure the sentence gives
    ("Sonova份额26.1%"), and the total before it its own. The sentence alone otherwise."""
    m = _LISTED.search(sentence)
    if not m or not CJK_RE.search(sentence[: m.start()]):
        return [sentence]
    items = _ITEMS.split(sentence[m.end() :].rstrip("。.；; "))
    pairs = []
    for item in items:
        found = parse_quantities(item)
        if len(found) != 1 or not found[0].raw or not item.endswith(found[0].raw):
            return [sentence]
        name = item[: -len(found[0].raw)].strip()
        if not _a_name(name) or _AGE_GROUP.fullmatch(name):
            return [sentence]
        pairs.append((name, found[0].raw))
    if len(pairs) < 2:
        return [sentence]
    head = sentence[: m.start()].rstrip("，,：: ")
    measures = _MEASURE_IN.findall(head)
    measure = measures[-1] if measures else " "
    total = [head] if any(not q.is_year for q in parse_quantities(head)) else []
    return [*total, *(f"{name}{measure}{raw}" for name, raw in pairs)]
