"""Claims the checks flagged, in the post: never shown as a plain finding. Each is marked where it
stands (a finding, a takeaway) with its status and the reason, and all are listed again in a
"check before publishing" section, with what the report says, for the author to settle before
the post goes out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from summarizer.compare.conflicts import Conflict
from summarizer.compare.directions import way_of
from summarizer.compare.ground import Grounding
from summarizer.compare.model import Comparison
from summarizer.lang.claims import Claim
from summarizer.lang.text import detect_lang
from summarizer.render.inert import md_text
from summarizer.render.labels import LABELS
from summarizer.render.merge import claim_before, unlisted, with_subject
from summarizer.render.reasons import reason_in

FLAGGED = ("contradicted", "unsupported")

WORDS = {
    "zh": {
        "check_first": "发布前请核对",
        "check_intro": "以下论断未能在报告中得到证实；正文中已用 ⚠ 标出。"
        "请对照原文核实、改正或删除后再发布。",
        "contradicted": "与原文矛盾",
        "unsupported": "原文无依据",
        "report": "原文",
        "disagree": "各模型给出的数字不一致",
        "other_way": "各模型所说的涨跌方向相反",
        "timing": "有模型把预测说成了现状",
        "year": "各模型给出的年份不一致",
        "up": "上升",
        "down": "下降",
    },
    "en": {
        "check_first": "Check before publishing",
        "check_intro": "The checks could not confirm these claims against the report; each is "
        "marked ⚠ where it stands. Verify, correct or remove them before publishing.",
        "contradicted": "contradicts the report",
        "unsupported": "not in the report",
        "report": "the report",
        "disagree": "the models give different figures",
        "other_way": "the models say it went opposite ways",
        "timing": "a model gives a forecast as a figure of now",
        "year": "the models give different years",
        "up": "up",
        "down": "down",
    },
}


def _flagged(g: Grounding | None) -> bool:
    return g is not None and g.status in FLAGGED


def _why(g: Grounding, lang: str) -> str:
    words = WORDS.get(lang, WORDS["en"])
    reason = md_text(reason_in(g.reason, lang))
    sep = "：" if lang == "zh" else ": "
    return f"{words[g.status]}" + (f"{sep}{reason}" if reason else "")


def flag_mark(
    members: Sequence[Claim], groundings: Mapping[str, Grounding], langs: Sequence[str]
) -> str:
    """The mark for a finding stated by `members`: each flagged claim's model, status and
    reason; "" when none is flagged."""
    lang = langs[0]
    parts = [
        f"{md_text(c.model)} — {_why(groundings[c.id], lang)}"
        for c in members
        if _flagged(groundings.get(c.id))
    ]
    return ("⚠ " + _separator(lang).join(parts)) if parts else ""


def _separator(lang: str) -> str:
    """Between the marks of one finding: a Chinese semicolon in a Chinese post."""
    return "；" if lang == "zh" else "; "


def shown_value(conflict: Conflict, value: str, lang: str) -> str:
    """A model's side of a disagreement as the post shows it: as the model wrote it, and for a
    direction in the other language, which way it says in the post's ("下降 14% (down)")."""
    way = way_of(value) if conflict.kind == "direction" else None
    if not way or detect_lang(value) == lang:
        return md_text(value)
    return md_text(f"{value} ({WORDS.get(lang, WORDS['en'])[way]})")


def conflict_mark(conflict: Conflict, langs: Sequence[str]) -> str:
    """The mark for a finding the models state with figures (or directions) that disagree: each
    one's figure, so the reader never takes one side's number for what all of them said."""
    words = WORDS.get(langs[0], WORDS["en"])
    sep = "：" if langs[0] == "zh" else ": "
    figures = " · ".join(
        f"{md_text(m)} {shown_value(conflict, v, langs[0])}" for m, v in conflict.values.items()
    )
    kinds = {"direction": "other_way", "timing": "timing", "year": "year"}
    what = words[kinds.get(conflict.kind, "disagree")]
    return f"⚠ {what}{sep}{figures}"


def finding_marks(
    members: Sequence[Claim],
    groundings: Mapping[str, Grounding],
    langs: Sequence[str],
    disputed: Conflict | None,
) -> str:
    """Every mark a finding carries: its flagged claims, and the figures the models disagree on."""
    marks = (
        flag_mark(members, groundings, langs),
        conflict_mark(disputed, langs) if disputed else "",
    )
    return _separator(langs[0]).join(m for m in marks if m)


def add_flags(view: dict[str, Any], comparison: Comparison, langs: Sequence[str]) -> None:
    """Marks for the takeaways (in the order the view lists them) and the list of every flagged
    claim, added to the view the post template reads."""
    lang = langs[0]
    claims, groundings = comparison.claims, comparison.groundings
    for t in view.get("takeaways") or []:
        mine = [c for c in claims if md_text(c.model) == t["model"] and c.kind == "takeaway"]
        t["flags"] = [flag_mark([c], groundings, langs) for c in mine]
    words = WORDS.get(lang, WORDS["en"])
    view["check_first"] = {
        "title": " · ".join(dict.fromkeys(WORDS.get(x, WORDS["en"])["check_first"] for x in langs)),
        "intro": words["check_intro"],
        "report": words["report"],
        "items": [
            {
                "model": md_text(c.model),
                "text": md_text(unlisted(with_subject(c, claim_before(comparison, c)))),
                "why": _why(groundings[c.id], lang),
                "quote": md_text(groundings[c.id].source_quote),
            }
            for c in claims
            if _flagged(groundings.get(c.id))
        ],
    }


def as_reported(
    members: Sequence[Claim], model: str, groundings: Mapping[str, Grounding], lang: str
) -> str:
    """Whether the report bears out a model's figure in a disagreement, or says otherwise ("":
    not checked, or neither)."""
    status = {g.status for c in members if c.model == model and (g := groundings.get(c.id))}
    said = LABELS[lang]
    if status == {"supported"}:
        return said["as_reported"]
    return said["not_as_reported"] if "contradicted" in status else ""
