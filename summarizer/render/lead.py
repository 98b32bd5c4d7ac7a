"""Which claim's wording a finding shows, and which claims it is credited to: the best grounded
in the post's first language, else — where the models' figures disagree — the side most models
take, in a claim that states the disputed figure; else the clearest wording the checks did not
flag."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from summarizer.compare.conflicts import Conflict, claim_conflict, odd_ones
from summarizer.compare.ground import Grounding
from summarizer.compare.opposite_ways import other_way
from summarizer.lang.claims import Claim
from summarizer.render.flags import FLAGGED
from summarizer.render.merge import clearest


def lead_of(
    members: Sequence[Claim],
    conflict: Conflict | None,
    groundings: Mapping[str, Grounding],
    primary: str,
    in_summary: Callable[[str], bool] = lambda anchor: False,
) -> tuple[Claim, list[Claim]]:
    """The claim whose wording a finding shows and the claims that agree with it — where the
    models' figures disagree, only those whose figure it shows. Where the report itself gives
    both figures, the body's, which its summary section restates (`in_summary`: is a report
    sentence in that section?)."""

    def status(c: Claim) -> str | None:
        g = groundings.get(c.id)
        return g.status if g else None

    # the forecast, not its "now"; the year most models give, not the odd one's
    if conflict is not None and conflict.kind in ("timing", "year"):
        members = [c for c in members if c.model not in odd_ones(conflict)] or members

    grounded = [c for c in members if status(c) == "supported"]
    if grounded:
        body = [c for c in grounded if not in_summary(groundings[c.id].source_anchor or "")]
        told_twice = conflict is not None and conflict.nature == "report" and body
        figured = any(c.quantities for c in grounded)
        lead = max(
            body if told_twice else grounded,
            key=lambda c: (
                bool(c.text_in(primary)),
                bool(c.quantities) or not figured,  # CR10仅约14.6% over 行业集中度仍然偏低
                not any(q.qualifier for q in c.quantities),  # 61.2% over 超过六成
                not c.opened_by,  # a whole sentence over a clause split off one
                _score(groundings.get(c.id)),
            ),
        )  # in the post's first language (or translated into it), then the best borne out
    elif conflict:  # the side more models take, in its clearest wording — of the claims that
        # state the disputed figure ("超过一半" of growth heads no dispute of GWh)
        sides = [c for c in members if _states(c, conflict.values.get(c.model))]
        backing = {c.id: sum(fits(c, o) for o in members) for c in sides or members}
        most = max(backing.values())
        lead = clearest([c for c in sides or members if backing[c.id] == most], primary)
    else:  # in the clearest wording of a claim the checks did not flag
        clean = [c for c in members if status(c) not in FLAGGED]
        lead = clearest(clean or members, primary)
    if not conflict:
        return lead, list(members)
    return lead, [c for c in (grounded or members) if fits(lead, c)]


def fits(a: Claim, b: Claim) -> bool:
    """Do the two say the same of their fact: no other figure, no other direction?"""
    return not claim_conflict(a, b)[0] and not other_way(a, b)


def _states(c: Claim, value: str | None) -> bool:
    """Does the claim write what its model's side of a dispute is ("385GWh", "上涨 9%")?"""
    if not value:
        return False
    return all(part in c.text for part in value.split())


def _score(grounding: Grounding | None) -> float:
    return grounding.score if grounding else 0


def disputed_at(
    members: Sequence[Claim], conflict: Conflict, groundings: Mapping[str, Grounding]
) -> list[Grounding]:
    """What the report says of a disagreement: its sentence — or, where the report itself gives
    both figures, its two sentences, each borne out by one side."""
    quoted = [g for c in members if (g := groundings.get(c.id)) is not None and g.source_quote]
    if conflict.nature != "report":
        return quoted[:1]
    by_sentence: dict[str | None, Grounding] = {}
    for g in quoted:
        if g.status == "supported":
            by_sentence.setdefault(g.source_anchor, g)
    return list(by_sentence.values())
