"""What alignment reads from each claim once: its words, figures and subjects.

Subjects are what a fact is about — a country, a company, a product, a segment, a year. Two
claims with different subjects are different facts (Japan 44% vs Germany 19%), never a conflict.
Subjects are compared within one script: Latin names (Claude, Japan, GPT-4) with Latin names,
Chinese proper nouns found by jieba's tagger (places, organisations, people) with Chinese ones,
years with years — "China" against "中国" is not a clash, just unknown.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field

from summarizer.compare.owners import figure_owners
from summarizer.compare.years import frame_years, opener_years, years_in
from summarizer.lang.claims import Claim
from summarizer.lang.lead_ins import labelled
from summarizer.lang.loose import stated_once
from summarizer.lang.name_pairs import NO_PAIRS, NamePairs
from summarizer.lang.names import (
    MEASURE_ENDINGS,
    chinese_names,
    english_forms,
    figure_tokens,
    initials_in,
    known_names,
    names,
    spelled_in,
)
from summarizer.lang.number_names import a_band
from summarizer.lang.quantities import Quantity, comparable
from summarizer.lang.subject import MEASURE_WORDS
from summarizer.lang.text import (
    ASIDE,
    CJK_RE,
    CJK_RUN_RE,
    EXAMPLES,
    NUMBERING,
    STOP_WORDS,
    TOP_N_WORD,
    tagged_words,
    unadorned,
    words,
)

# jieba's part-of-speech tags for places and organisations (its person and "other proper noun"
# tags fire on common words such as 满意度).
_PROPER = frozenset({"ns", "nt"})


@dataclass(frozen=True)
class Features:
    lang: str
    tokens: frozenset[str]  # words, figures and names: what the word score compares
    text_key: str  # the words joined, for rapidfuzz
    figures: tuple[Quantity, ...]
    latin: frozenset[str]  # Latin-script names, lower-cased
    cjk: frozenset[str]  # Chinese proper nouns
    years: frozenset[float]
    opener: str = ""  # a capitalised first word: maybe a name ("China accounted…"), maybe not
    distinct: frozenset[str] = frozenset()  # its words and names that few claims use
    bridged: frozenset[str] = frozenset()  # Latin names it writes in characters (美国: united…)
    figure_keys: frozenset[str] = frozenset()  # its figures as tokens ("41%"), read once
    places: frozenset[str] = frozenset()  # its Chinese proper nouns the dictionary names
    label: str = ""  # the name its label gives, when it names no one itself (**快手**：份额8.7%)
    firms: frozenset[str] = frozenset()  # the names other claims' labels give that it writes
    examples: frozenset[str] = frozenset()  # words of its asides that give examples (如墨西哥、…)
    label_words: frozenset[str] = frozenset()  # words of the label its text opens with (企业格局：)
    owners: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # per figure, whose it is
    ahead: bool = False  # a forecast ("有望超过七成", under "2026年展望"), not what is now
    frame_years: frozenset[float] = frozenset()  # years most claims name: the report's own now


def _chinese_proper_nouns(text: str) -> set[str]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    found: set[str] = set()
    for run in CJK_RUN_RE.findall(text):
        for pair in pseg.lcut(run):
            if pair.flag in _PROPER and len(pair.word) >= 2 and pair.word not in _NO_PLACE:
                found.add(pair.word)
    return found


# Words jieba tags as places that name a kind of place, no place: "城镇犬猫" is no other subject
# than "cats and dogs in urban China"
_NO_PLACE = frozenset({"城镇", "城市"})


def features(claims: Sequence[Claim], pairs: NamePairs = NO_PAIRS) -> list[Features]:
    """Each claim's subjects, figures and words (`pairs`: names written in both scripts).
    Long because what tells one claim from another is read across all of them: the names and
    words many claims use, the labels, the year most claims name."""
    known = known_names(t for c in claims for t in c.translations.values())
    # Latin names a Chinese claim may write in characters (Zhejiang / 浙江, United States / 美国)
    runs = {c.id: _runs(c) for c in claims}
    written = frozenset(
        known | {_opener(c.text) for c in claims} | {r for c in claims for r in runs[c.id]}
    ) - {""}
    out: list[Features] = []
    raw = []
    for c in claims:
        texts = list(dict.fromkeys(c.translations.values())) or [c.text]
        word_list = [w for t in texts for w in words(t) if not w[0].isdigit()]
        latin, cjk, bridged = _subjects(texts, known, written, pairs)
        mentioned = set().union(*(names(t, known) for t in texts)) | bridged
        years = years_in(texts) or opener_years(c.opened_by)
        figs, bands = _figures_and_bands(c)
        keys = frozenset(figure_tokens(figs))
        tokens = frozenset(word_list) | keys | mentioned | bands
        raw.append((c, word_list, latin, cjk, figs, tokens, years, bridged, keys))
    labels = _labels(claims, [_names_itself(r[0], r[2], r[3], known, written, pairs) for r in raw])
    named_by_labels = set(labels) - {""}
    # A name in many claims is what the report is about (Go in a Go survey), not a subject
    # that tells one fact from another.
    counts = Counter(n for r in raw for n in r[2] | r[3])
    common = {n for n, k in counts.items() if k > max(3, 0.15 * len(claims))}
    # Likewise a word most claims use (用户, respondents) ties no two of them to one fact.
    used = Counter(t for r in raw for t in r[5])
    everyday = {t for t, k in used.items() if k > max(3, 0.15 * len(claims))}
    frame = frame_years([r[6] for r in raw])
    # an opening word a Chinese claim writes in characters is a name ("Germany accounts…")
    in_characters = set().union(*(r[7] for r in raw))
    for (c, word_list, latin, cjk, figs, tokens, years, bridged, keys), label in zip(
        raw, labels, strict=True
    ):
        if (opener := _opener(c.text)) in in_characters:
            latin.add(opener)
        latin |= runs[c.id] & in_characters  # "Li Ning", which a Chinese claim writes 李宁
        latin -= common
        cjk -= common
        out.append(
            Features(
                c.lang,
                tokens,
                " ".join(word_list),
                figs,
                frozenset(latin),
                frozenset(cjk),
                frozenset(years),
                _opener(c.text),
                # nor a Chinese word that only measures or relates a figure (占, 约): no subject
                frozenset(t for t in tokens - everyday - keys if not _measures(t)),
                frozenset(bridged),
                keys,
                frozenset(_named(cjk)),
                label,
                frozenset(n for n in named_by_labels if n in c.text),
                frozenset(w for m in EXAMPLES.finditer(c.text) for w in words(m.group(1))),
                frozenset(words(c.topic))
                if c.topic and c.text.startswith(c.topic)
                else frozenset(),
                figure_owners(c.text, figs),
                c.ahead,
                frame,
            )
        )
    return out


def _measures(word: str) -> bool:
    return bool(CJK_RE.match(word)) and bool(MEASURE_WORDS.fullmatch(word))


def _figures_and_bands(c: Claim) -> tuple[tuple[Quantity, ...], frozenset[str]]:
    """The figures a claim states (过半（54%）: the 54%), and apart from them the price bands it
    names (2000元以上的比例: a segment, read as a word)."""
    bands = frozenset(q.raw for q in c.quantities if q.unit != "age" and a_band(c.text, q))
    figs = tuple(q for q in stated_once(comparable(c.quantities)) if q.raw not in bands)
    return figs, bands


THEME_FACTS = 3


def _labels(claims: Sequence[Claim], named: Sequence[bool]) -> list[str]:
    """Per claim, the name its label gives, for a Chinese claim that names no one itself ("-
    **快手**：市场份额19.3%" is Kuaishou's): a label short enough to be a name alone, no measure
    (满意度), and one another answer writes too — themes ("FinOps加速普及") are each model's own."""
    by_model: dict[str, str] = defaultdict(str)
    said: dict[str, str] = defaultdict(str)  # model → its claims' words, not its headings
    headed: Counter[tuple[str, str]] = Counter()  # (section heading, model) → claims under it
    for c in claims:
        by_model[c.model] += f"\n{c.topic}\n{c.text}"
        said[c.model] += f"\n{c.text}"
        headed[(_a_name_alone(c.section), c.model)] += 1
    # a heading two answers give a section of several facts, and no answer writes in a claim,
    # is a theme (竞争格局), no one's name (远景能源 heads facts, and is written)
    sections = Counter(h for (h, _), n in headed.items() if h and n >= THEME_FACTS)
    themes = {h for h, models in sections.items() if models >= 2}
    out = []
    for c, has_names in zip(claims, named, strict=True):
        label = "" if has_names or c.lang != "zh" else _a_name_alone(c.topic)
        shared = any(label in text for m, text in by_model.items() if m != c.model)
        theme = label in themes and not any(label in t for m, t in said.items() if m != c.model)
        out.append(label if label and shared and not theme else "")
    # a part split off a sentence that names no one is about the one labelled name its first
    # clause gives: "隆基绿能出货82GW，海外占比47%" where another answer has "**隆基绿能**"
    given = set(out) - {""}
    for k, (c, has_names) in enumerate(zip(claims, named, strict=True)):
        if out[k] or has_names or c.lang != "zh" or any(n in c.text for n in given):
            continue  # "…，隆基绿能出货82GW" names its own
        opener = [n for n in given if n in c.opened_by] or _leading_name(c.opened_by)
        out[k] = opener[0] if len(opener) == 1 else ""
    return out


def _leading_name(clause: str) -> list[str]:
    """The place or firm a Chinese clause opens with ("中东占17%" → 中东): the subject of the
    parts split off after it that name no one ("上半年出货量同比增长210%")."""
    lead = clause.lstrip()
    return [n for n in _named(_chinese_proper_nouns(lead)) if lead.startswith(n)][:1]


def _a_name_alone(label: str) -> str:
    """The label, when it is short enough to be a name and no more ("快手", "微信视频号", "抖音
    （字节跳动旗下）" as 抖音) and no measure ("满意度"), else ""."""
    main = NUMBERING.sub("", ASIDE.sub(" ", unadorned(label))).strip()
    if not main or not CJK_RE.search(main) or main.endswith(MEASURE_ENDINGS):
        return ""
    if len(CJK_RE.findall(main)) > 5 or re.search(r"[A-Za-z\s:：，,]", main):
        return ""
    tags = [t for _, t in tagged_words(main)]
    if len(tags) > 1 and tags[-1][:1] in "ad" and any(t[:1] in "nlsv" for t in tags[:-1]):
        return ""  # a verdict on something ("互联互通差", "增长强劲"), not a name
    if tags == ["v"] or tags == ["vn"]:
        return ""  # an act heads a section ("展望", "投资", "出口"); no firm is named by one
    return main


def _subjects(
    texts: Sequence[str], known: frozenset[str], written: frozenset[str], pairs: NamePairs
) -> tuple[set[str], set[str], set[str]]:
    """The names the texts give as their subject, outside asides ("（OSPO）", "（2023年为
    44%）" name none): Latin (with those written in characters), Chinese, and the Latin names
    written in characters alone."""
    latin: set[str] = set()
    cjk: set[str] = set()
    bridged: set[str] = set()
    for t in texts:
        main = ASIDE.sub(" ", t)
        latin |= names(main, known)
        if CJK_RE.search(main):
            cjk |= _chinese_proper_nouns(main) | chinese_names(main)
            bridged |= _in_characters(main, written, pairs)
    return latin | bridged, cjk, bridged


def _in_characters(text: str, written: frozenset[str], pairs: NamePairs) -> set[str]:
    """The Latin names (of those some claim `written`) this Chinese text writes in characters:
    in pinyin (浙江 / Zhejiang, 华为 / Huawei), as the dictionary names the word (美国 / United
    States, 钉钉 / DingTalk, 中国 / China) or as the report does (瑞幸咖啡（Luckin Coffee）)."""
    found = {n for n in written if n.isalpha() and (spelled_in(n, text) or initials_in(n, text))}
    for form in english_forms(text):
        # "asia-pacific" as the dictionary writes 亚太, "asia" and "pacific" as a claim's names
        parts = {part for w in form for part in w.split("-") if part} - set(form)
        if set(form) <= written or parts and parts <= written:
            found |= (set(form) | parts) & written or set(form)
    for form in pairs.forms_in(text):  # the report's own pair: one word of it written will do
        if set(form) & written:
            found |= set(form)
    return found


# two or three short capitalised words, as English spells a Chinese name in pinyin: "Li Ning"
_SPELLED_RUN = re.compile(r"\b[A-Z][a-z]{1,5}(?:[ -][A-Z][a-z]{1,5}){1,2}\b")


def _runs(c: Claim) -> set[str]:
    """An English claim's runs of short capitalised words, joined ("lining"): each word alone
    is too short to be read as pinyin, the run is not."""
    if c.lang != "en":
        return set()
    joined = (re.sub(r"[ -]", "", m.group(0)).lower() for m in _SPELLED_RUN.finditer(c.text))
    return {j for j in joined if len(j) >= 5}


def _opener(text: str) -> str:
    m = re.match(r"(?:In\s+)?([A-Z][a-z]{2,})\b", text)
    word = m.group(1).lower() if m else ""
    return "" if not word or word in STOP_WORDS else word


def subjects_clash(a: Features, b: Features) -> bool:
    """Do the two claims name different subjects in the same script (and none in common)?"""
    if a.years and b.years and not a.years & b.years:
        return True
    pairs = [(a.latin, b.latin), (a.cjk, b.cjk)]
    if a.lang == b.lang == "zh":  # 快手 (read as Kuaishou) against 微信: named either way
        pairs.append((a.latin | a.cjk, b.latin | b.cjk))
    if any(_as_examples(a, x, b, y) for x, y in pairs):
        return False
    return any(x and y and not _share(x, y) for x, y in pairs)


def _as_examples(a: Features, x: Set[str], b: Features, y: Set[str]) -> bool:
    """Does one claim give the other's subjects as its examples ("北美：关税导致订单转移（如墨西哥、
    东南亚）" against "订单转向墨西哥和东南亚")? Then they are no other subjects."""
    return bool(y and y <= a.examples) or bool(x and x <= b.examples)


def _share(x: Set[str], y: Set[str]) -> bool:
    """A name in common, or one inside the other (东北 and 东北地区, 微信 and 微信视频号)."""
    return bool(x & y) or any(
        len(p) > 1 and len(q) > 1 and (p in q or q in p) for p in x for q in y if CJK_RE.match(p)
    )


def places_clash(a: Features, b: Features) -> bool:
    """Two claims that name different places or firms the dictionary knows by name (马尼拉 and
    胡志明市) and none in common: two facts, however many figures they share. A word that opens
    with a numeral (六国, "the six countries") names no one place."""
    if _as_examples(a, a.places, b, b.places):
        return False
    return bool(a.places and b.places and not a.places & b.places)


def _names_itself(
    c: Claim,
    latin: set[str],
    cjk: set[str],
    known: frozenset[str],
    written: frozenset[str],
    pairs: NamePairs,
) -> bool:
    """Does the claim name a subject besides the label it stands under? "美团无人机：市场份额
    28.4%" carries its label in its text; what follows the label names no one."""
    prefix = labelled(c.topic, "") if c.topic else ""
    if prefix and c.text.startswith(prefix) and c.lang == "zh":
        latin, cjk, _ = _subjects([c.text[len(prefix) :]], known, written, pairs)
    return bool(latin or _named(cjk))


def _named(words: set[str]) -> set[str]:
    return {w for w in words if w[0] not in _NUMERALS and chinese_names(w)}


_NUMERALS = "一二两三四五六七八九十几多"


def subjects_differ(a: Features, b: Features, *, one_sided_years: bool = True) -> bool:
    """A clash, or — for two claims in one language — a Latin name or a year only one of them
    names ("Claude's share is 41%" against "the share is 33%"). Chinese proper nouns count only
    in a clash: jieba's tagger calls too many common words places for one-sided use.
    `one_sided_years=False`: a year only one names is no other subject (within one answer, its
    table's "2025年份额" column, then its sentence); nor ever is the report's own now
    (`frame_years`)."""
    if subjects_clash(a, b) or labels_differ(a, b):
        return True
    if _tops(a) != _tops(b):  # the five largest firms' share is not the industry's
        return True
    if a.lang != b.lang:
        return False
    # (a name read from characters — 开源项目办公室 as its aside's OSPO — is no Latin name the
    # other claim lacks: it may write those characters otherwise)
    return bool((a.latin - a.bridged) ^ (b.latin - b.bridged)) or (
        one_sided_years and bool((a.years ^ b.years) - a.frame_years)
    )


def _tops(f: Features) -> Set[str]:
    """The "first N" a claim names (CR5, 前五大, "the five largest"), as `words` gives them."""
    return {t for t in f.tokens if TOP_N_WORD.fullmatch(t)}


def labels_differ(a: Features, b: Features) -> bool:
    """A claim's label names another firm than the other claim's label or Chinese names."""
    mine, theirs = _labelled(a, b)
    return bool(mine and theirs and not _share(mine, theirs))


def same_label(a: Features, b: Features) -> bool:
    """A claim's label names the firm the other's label or Chinese names name (北辰科技)."""
    mine, theirs = _labelled(a, b)
    return bool(mine and theirs and _share(mine, theirs))


def _labelled(a: Features, b: Features) -> tuple[Set[str], Set[str]]:
    """The firm each claim is about, where one of them has a label: its label, else the
    Chinese names it writes — among them any name the claims' labels give (乖宝宠物). Where
    only one has a label, the names it writes count beside it: "**区域**：…西南增速最快" is
    about 西南 as much as "西南增速领跑" is."""
    if not (a.label or b.label):
        return set(), set()
    if a.label and b.label:
        return {a.label}, {b.label}
    return _about(a), _about(b)


def _about(f: Features) -> Set[str]:
    return {f.label} | f.cjk if f.label else f.cjk | f.firms
