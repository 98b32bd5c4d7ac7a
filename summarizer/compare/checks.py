"""Small checks of meaning that figures alone miss: negation, another name, an opinion."""

from __future__ import annotations

import os
import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from summarizer.lang.text import CJK_RE, CJK_RUN_RE, match_tokens, nfkc, tagged_words, word_key

# Whole words only: 不 alone is also in 不到 (under), 不同 (different), 不足 (short of).
_NEGATION_ZH = re.compile(
    r"不是|没有|并未|未能|未曾|尚未|不会|不能|不再|并不|从未|无法|并非|不曾|不被|不必|不需要|不愿|未"
    r"|(?:仍|尚|还|有|亟)待"  # 商业闭环仍待形成: yet to form, as 尚未形成 says
)
# A verdict after what it finds wanting (售后服务差, 续航不足): the word before it is denied.
_DENIED_BEFORE_ZH = re.compile(
    r"(?:差|不足|不够|不佳|不畅|欠佳|缺失)(?=$|[，。；、）)]|的|是|仍|等)"
)
# A text that names its subject as a problem speaks of what is wanting, as a negation does.
_PROBLEM = re.compile(
    r"短板|痛点|困扰|难题|瓶颈|障碍|\b(?:barriers?|obstacles?|pain points?|bottlenecks?)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:should|ought to|we recommend|i recommend|i think|in my view|in our view|"
    r"it is (?:important|crucial|essential|wise) to(?! note| mention| remember))\b"
    r"|应该|应当|建议|值得(?!注意|一提|关注)|我认为|我们认为|笔者认为",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What a negation's scope may skip before reaching the words it denies.
_FILLER = _words(
    "a an the any be been being is are was were have has had do does did to yet ever even "
    "at all so much very more longer"
)
_EN_TOKEN = re.compile(r"n[’']t\b|[A-Za-z][A-Za-z\-]*(?:[’'][a-z]+)?|\d+(?:[.,]\d+)*%?")
_DENIES = _words("not no never none neither nor without cannot fail fails failed")


def _denies(token: str) -> bool:
    return token in _DENIES or token.endswith(("n't", "n’t"))


def negation_differs(claim: str, source: str) -> bool:
    """The claim denies what the source states, or states what the source denies: a word that
    both use is negated in one, and stands far from any negation in the other ("did not
    recommend" against "recommended", "没有增长" against "增长了"). "found no evidence" and "not
    found any evidence" agree; a "not" about a word the other text does not use tells nothing."""
    claim_words, claim_denied, claim_near, claim_affirmed = _polarity(claim)
    source_words, source_denied, source_near, source_affirmed = _polarity(source)
    # A word a text both denies and states elsewhere ("53% use them daily … 29% do not use
    # them") is no denial to hold the other text to.
    claim_denied -= claim_affirmed
    source_denied -= source_affirmed
    return bool(
        (claim_denied & source_words) - source_near or (source_denied & claim_words) - claim_near
    )


_HAVE = frozenset({"have", "has", "had", "having"})  # read as one word: has / had / have
_NEAR = 3  # words (or Chinese characters) from a negation that may still be under it


_NEAR_ZH_AFTER = 10  # a Chinese negation reaches further: 没有从开源项目中获得


def _polarity(text: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """Every word (stemmed; Chinese as character bigrams), the words a negation denies, the
    words that stand near a negation, and the words said somewhere far from any negation."""
    text = nfkc(text)
    tokens = [m.group(0).lower() for m in _EN_TOKEN.finditer(text)]
    stems = ["have" if t in _HAVE else word_key(t) for t in tokens]
    words, denied, near = set(stems), set[str](), set[str]()
    under: set[int] = set()
    for i, token in enumerate(tokens):
        if not _denies(token) or tokens[i + 1 : i + 2] == ["only"]:
            continue
        window = range(max(0, i - _NEAR), min(len(tokens), i + _NEAR + 1))
        under.update(window)
        near.update(stems[k] for k in window)
        # the one word it bears on: "did not recommend", "has not been cut", "no interest"
        bears_on = next(
            (st for t, st in zip(tokens[i + 1 :], stems[i + 1 :], strict=True) if t not in _FILLER),
            None,
        )
        if tokens[i + 1 : i + 2] and tokens[i + 1] in _HAVE and tokens[i + 2 : i + 3] != ["been"]:
            bears_on = "have"  # "doesn't have at its disposal": what it has is denied
        if bears_on and not _denies(bears_on):
            denied.add(bears_on)
    affirmed = {st for k, st in enumerate(stems) if k not in under}
    for run in CJK_RUN_RE.findall(text):
        bigrams = [run[k : k + 2] for k in range(len(run) - 1)]
        words.update(bigrams)
        covered: set[int] = set()
        for m in _NEGATION_ZH.finditer(run):
            if len(after := run[m.end() : m.end() + 2]) == 2:  # 没有增长 → 增长
                denied.add(after)
            window = range(max(0, m.start() - _NEAR), m.end() + _NEAR_ZH_AFTER)
            covered.update(window)
            near.update(bigrams[k] for k in window if k < len(bigrams))
        for m in _DENIED_BEFORE_ZH.finditer(run):  # 互联互通差 says what 不能互联 does
            if m.start() >= 2:
                denied.add(run[m.start() - 2 : m.start()])
            window = range(max(0, m.start() - _NEAR_ZH_AFTER), m.end())
            covered.update(window)
            near.update(bigrams[k] for k in window if k < len(bigrams))
        affirmed.update(b for k, b in enumerate(bigrams) if k not in covered)
    if _PROBLEM.search(text):  # "互联互通仍是最大短板" says, as "不能互联" does, what is wanting
        near |= words
    return words, denied, near, affirmed


# Words that carry no fact of their own, beyond the stop words matching already drops.
_FUNCTION = _words("how what which who when where why now also just much very such said says say")
_ZH_FUNCTION = frozenset("的了已经是在和与及也都将被把对从为")  # a bigram with one carries little


def unsaid(claim: str, source: str) -> tuple[list[str], float]:
    """The claim's words that the source sentence lacks (figures aside, stems compared, Chinese
    as character bigrams), and their share of the claim's words. A short sentence whose every
    word is in the claim scores high on token-set similarity; this asks the other way round."""
    return unsaid_in(claim, vocabulary(source))


@lru_cache(maxsize=16384)
def vocabulary(text: str) -> frozenset[str]:
    """The words of a text as `unsaid` compares them (cached: a report's sentences are read for
    claim after claim)."""
    return frozenset(_key(t) for t in match_tokens(text))


def unsaid_in(claim: str, have: AbstractSet[str]) -> tuple[list[str], float]:
    """`unsaid` against a vocabulary read once (a whole report's, say)."""
    words = _content_words(claim)
    missing = [t for t in words if _key(t) not in have and not _parts_said(t, have)]
    return _readable(claim, missing), len(missing) / len(words) if words else 0.0


def _parts_said(token: str, have: AbstractSet[str]) -> bool:
    """A hyphenated word whose every part is said ("EBITDA-positive" of "positive adjusted
    EBITDA")."""
    parts = [p for p in token.split("-") if p]
    return len(parts) > 1 and all(_key(p) in have for p in parts)


def said_words(claim: str, source: str) -> int:
    """How many of the claim's words (figures and function words aside) the source says."""
    have = vocabulary(source)
    return sum(_key(t) in have for t in _content_words(claim))


def _content_words(claim: str) -> list[str]:
    return [
        t
        for t in match_tokens(claim)
        if not t[0].isdigit() and t not in _FUNCTION and not _ZH_FUNCTION & set(t)
    ]


def _readable(claim: str, missing: list[str]) -> list[str]:
    """The missing tokens as a reader would name them: Chinese bigrams ("户平", "均拥") back to
    the claim's words that hold them ("户均", "拥有"), by jieba; English words as they are."""
    if not CJK_RE.search(claim) or not missing:
        return _join_bigrams(missing)
    lost = set(missing)
    found: list[str] = []
    for word, _ in tagged_words(claim):
        if CJK_RE.match(word):
            hit = len(word) >= 2 and any(word[i : i + 2] in lost for i in range(len(word) - 1))
        else:
            hit = word.lower() in lost
        if hit and word not in found:
            found.append(word)
    return found or _join_bigrams(missing)


def subject_said(claim: str, passage: str) -> bool:
    """The passage says the claim's first word that carries meaning — what the claim is about
    ("Security teams …", "安全团队…")."""
    words = [
        t
        for t in match_tokens(claim)
        if not t[0].isdigit() and t not in _FUNCTION and not _ZH_FUNCTION & set(t)
    ]
    return bool(words) and _key(words[0]) in vocabulary(passage)


def _join_bigrams(tokens: list[str]) -> list[str]:
    """Overlapping Chinese bigrams back into runs, for a reader: 现在, 在要, 要求 → 现在要求."""
    joined: list[str] = []
    for t in tokens:
        if joined and CJK_RE.match(t) and len(t) == 2 and joined[-1][-1] == t[0]:
            joined[-1] += t[1]
        else:
            joined.append(t)
    return joined


def _key(token: str) -> str:
    return token if CJK_RE.match(token) else word_key(token)


# Words that say the opposite of each other, in reports of either language. Only pairs whose
# swap turns a finding around; "new"/"old" and the like say too little on their own.
_ANTONYMS_EN = [
    ("large", "small"), ("big", "small"), ("high", "low"), ("highest", "lowest"),
    ("most", "least"), ("best", "worst"), ("better", "worse"), ("early", "late"),
    ("earlier", "later"), ("first", "last"), ("gain", "loss"), ("win", "lose"),
    ("won", "lost"), ("accept", "reject"), ("approve", "reject"), ("success", "failure"),
    ("positive", "negative"), ("strong", "weak"), ("stronger", "weaker"), ("fast", "slow"),
    ("faster", "slower"), ("cheap", "expensive"), ("cheaper", "expensive"), ("junior", "senior"),
    ("above", "below"), ("internal", "external"), ("private", "public"),
    ("domestic", "foreign"), ("majority", "minority"), ("allow", "ban"), ("include", "exclude"),
    ("easy", "hard"), ("easier", "harder"), ("agree", "disagree"),
    ("support", "oppose"), ("buy", "sell"), ("bought", "sold"), ("import", "export"),
    ("profit", "loss"), ("benefit", "harm"), ("common", "rare"), ("widely", "rarely"),
]  # fmt: skip
_ANTONYMS_ZH = [
    ("增加", "减少"), ("上升", "下降"), ("提高", "降低"), ("最高", "最低"), ("最多", "最少"),
    ("大型", "小型"), ("大公司", "小公司"), ("成功", "失败"), ("支持", "反对"), ("允许", "禁止"),
    ("国内", "国外"), ("内部", "外部"), ("初级", "高级"), ("积极", "消极"), ("正面", "负面"),
    ("盈利", "亏损"), ("买入", "卖出"), ("喜欢", "不喜欢"), ("最大", "最小"), ("更快", "更慢"),
]  # fmt: skip
_OPPOSITES: dict[str, set[str]] = {}
for _a, _b in _ANTONYMS_EN:
    _OPPOSITES.setdefault(_a, set()).add(_b)
    _OPPOSITES.setdefault(_b, set()).add(_a)


def _forms(word: str) -> frozenset[str]:
    """A word with its inflections, spelled out: a stem would meet "import" with "important"."""
    stem = word[:-1] if word.endswith("e") else word
    return frozenset({word, word + "s", word + "es", word + "d", word + "ed", stem + "ing",
                      word + "ly", stem + "ed"})  # fmt: skip


_FORM_OF = {form: word for word in _OPPOSITES for form in _forms(word)}


_UNDOES = _words(
    "no not never without end ends ended ending lift lifts lifted lifting remove removed removing "
    "overturn overturned reverse reversed"
)


def _opposable(text: str) -> dict[str, str]:
    """The antonym-list words of a text, by base word — leaving out one that is undone ("ending
    the ban" allows, "not small" says nothing of large)."""
    tokens = _EN_TOKEN.findall(nfkc(text).lower())
    return {
        _FORM_OF[t]: t
        for k, t in enumerate(tokens)
        if t in _FORM_OF and not _UNDOES & set(tokens[max(0, k - 3) : k])
    }


def antonym_swapped(claim: str, source: str) -> tuple[str, str] | None:
    """(the claim's word, the source's) when the claim uses a word where the source uses its
    opposite and neither text uses both: "small start-ups" against "large companies"."""
    claim_keys = _opposable(claim)
    source_keys = _opposable(source)
    for key, word in claim_keys.items():
        for other in _OPPOSITES.get(key, ()):
            if other in source_keys and key not in source_keys and other not in claim_keys:
                return word, source_keys[other]
    for a, b in (*_ANTONYMS_ZH, *((b, a) for a, b in _ANTONYMS_ZH)):
        if a in claim and b in source and a not in source and b not in claim:
            return a, b
    return None


def is_opinion(text: str) -> bool:
    return bool(_OPINION.search(text))


def lacking(names: set[str], other: AbstractSet[str]) -> set[str]:
    """The names that `other` does not hold — counting "chinese" as held where it says "china"
    and a plural as its name (GANs is GAN): two names are one when they differ only in an ending
    of a few letters after a shared beginning of four or more (`_one_name`). BestInsuranceABC is
    not BestInsuranceXYZ, and "best" does not hold either."""
    return lacking_in(names, name_index(other))


NameIndex = dict[str, list[str]]


def name_index(names: AbstractSet[str]) -> NameIndex:
    """`names` by their first four letters (singular), for `lacking_in`: a whole report's words
    are indexed once, not once per claim."""
    by_start: NameIndex = {}
    for n in names:
        one = _singular(n)
        by_start.setdefault(one[:4], []).append(one)
    return by_start


def lacking_in(names: set[str], index: NameIndex) -> set[str]:
    return {
        n
        for n in names
        if not any(_one_name(_singular(n), o) for o in index.get(_singular(n)[:4], ()))
    }


def _singular(name: str) -> str:
    return name[:-1] if len(name) > 3 and name.endswith("s") else name


def _one_name(a: str, b: str) -> bool:
    """china/chinese, japan/japanese, gan/gan: the shorter is all but its last letter shared,
    and the longer adds at most four letters past what they share."""
    if a == b:
        return True
    shared = len(os.path.commonprefix([a, b]))
    shorter, longer = sorted((a, b), key=len)
    return shared >= max(4, len(shorter) - 1) and len(longer) - shared <= 4
