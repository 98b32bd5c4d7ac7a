"""A figure the report gives to another name, in its prose: "Southeast Asia revenue grew 34.0%"
where the report's 34.0% is the Middle East's and Southeast Asia grew 19.3%. Tables have their
own check (`checks_support._given_to_a_row`); this one reads sentences, each naming its subject.

Read only where the passage closest to the claim does not state its figures (`figure_elsewhere`),
and only for a figure few sentences could hold by chance (34.0%, not 30%)."""

from __future__ import annotations

from summarizer.compare.checks import vocabulary
from summarizer.compare.checks_base import (
    Grounding,
    by_chance,
    counterpart_in_kind,
    given_to_another,
    names_one_of,
)
from summarizer.compare.checks_owner import as_written, first_name_written
from summarizer.compare.retrieved import Retrieved
from summarizer.lang.quantity import Quantity


def given_to_another_name(r: Retrieved, figures: list[Quantity] | None = None) -> Grounding | None:
    """Contradicted, where every sentence stating the claim's figures (or those of them given)
    names others and none of the claim's names (nor does the sentence before it, which "the
    region" may refer back to), and a sentence naming them, in the claim's words, gives another
    figure of the kind. The claim then meets its own subject's fact (`subject_anchor`)."""
    mine = r.required
    figures = r.figures if figures is None else figures
    # a figure few sentences hold: 34.0%, written with its decimal, but not 34%
    if not mine or not figures or all(by_chance(q) and "." not in q.raw for q in figures):
        return None
    stating = r.report.stating(figures)  # as written: "around one in three" states no 34.0%
    if not stating or any(names_one_of(mine, _named(r, j)) for j in stating):
        return None
    if not all(_named(r, j) - mine for j in stating):
        return None  # a sentence that names no one
    # the sentences on its subject that give another figure of its kind (a rate for a rate)
    own = {
        k: pair
        for k in range(len(r.sentences))
        if mine <= r.names_of(k)
        and r.own_words - mine & vocabulary(r.text_of(k))
        and (pair := counterpart_in_kind(r.claim_text, figures, r.text_of(k), r.now_of(k)))
    }
    if not own:
        return None
    k = r.best[0] if r.best[0] in own else next(iter(own))
    claimed, stated = own[k]
    j = stating[0]
    at = j if r.names_of(j) - mine else j - 1  # the sentence before names its subject
    theirs = first_name_written(r.text_of(at), r.names_of(at) - mine)
    named = " ".join(
        as_written(n, r.claim_text) for n in sorted(mine, key=r.claim_text.lower().find)
    )
    reason = given_to_another(claimed.raw, theirs, named) + f" (of {named} it says {stated.raw})"
    s = r.sentences[j]
    return Grounding(
        "contradicted",
        s.id,
        s.text,
        float(r.best[1]),
        reason,
        of_another=True,
        subject_anchor=r.sentences[k].id,
    )


def _named(r: Retrieved, j: int) -> set[str]:
    """The names of sentence j and, where it refers back ("Revenue rose 34.0%"), of the one
    before it in its paragraph."""
    before = j - 1 if j and r.sentences[j - 1].paragraph == r.sentences[j].paragraph else None
    return r.names_of(j) | (r.names_of(before) if before is not None else set())
