"""The planning commands as documents: a route to a role, the next skills, roles side by side."""

from __future__ import annotations

from msgspec import convert

from bpo_cli.documents.common import StepDoc
from bpo_cli.documents.plan import (
    CompareDoc,
    CompareFit,
    HopDoc,
    NextSkillDoc,
    PathDoc,
    QualificationDoc,
    RouteTotal,
    SkillLeverageDoc,
)
from bpo_cli.domain.advice import Step
from bpo_cli.domain.engine import advise
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.planning import Route, next_skills, route
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.steps import skill_how
from bpo_cli.errors import UsageError
from bpo_cli.services.advice import gaps_document, profile_document
from bpo_cli.services.lookup import find_role, role_document


def path(
    kb: KnowledgeBase, target: str, *, from_role: str | None = None, person: Profile | None = None
) -> PathDoc:
    """The cheapest route to `target`, from a role held (`from_role`) or from a person."""
    goal = find_role(kb, target)
    if from_role is not None and person is not None:
        raise UsageError("start from either --from ROLE or your answers, not both")
    if from_role is not None:
        start = find_role(kb, from_role).slug
        return _path_document(kb, route(kb, goal.slug, start_role=start), start)
    if person is not None:
        return _path_document(kb, route(kb, goal.slug, person=person), person)
    raise UsageError(
        "say where the route starts", "pass --from ROLE, --answers FILE or --profile NAME"
    )


def route_years(found: Route, from_role: bool = False) -> int:
    """The years of experience still needed on the way (computed once, in planning.route)."""
    return found.years


def _path_document(kb: KnowledgeBase, found: Route, start: str | Profile) -> PathDoc:
    skills = list(dict.fromkeys(s for hop in found.hops for s in hop.gaps.skills))
    qualifications = [
        QualificationDoc(hop.gaps.education.need, list(hop.gaps.education.fields))
        for hop in found.hops
        if hop.gaps.education is not None
    ]
    return PathDoc(
        start=start if isinstance(start, str) else profile_document(start),
        target=found.target,
        found=bool(found.hops),
        hops=[
            HopDoc(
                role=hop.role,
                title=kb.roles[hop.role].title,
                via=hop.via,
                gaps=gaps_document(hop.gaps),
                steps=_steps(hop.steps),
            )
            for hop in found.hops
        ],
        total=RouteTotal(
            moves=len(found.hops),
            new_skills=skills,
            qualifications=qualifications,
            years=route_years(found, isinstance(start, str)),
        ),
        missing=found.missing or None,
    )


def _steps(steps: tuple[Step, ...]) -> list[StepDoc]:
    return [convert(s, StepDoc, from_attributes=True) for s in steps]


def next_skill(kb: KnowledgeBase, person: Profile) -> NextSkillDoc:
    """The skills the person lacks, ranked by how many roles each would bring within reach."""
    return NextSkillDoc(
        profile=profile_document(person),
        skills=[
            SkillLeverageDoc(
                skill=s.skill,
                label=kb.label("skills", s.skill),
                leverage=s.leverage,
                unlocks=list(s.unlocks),
                improves=list(s.improves),
                how=list(skill_how(kb, s.skill, person.country)),
            )
            for s in next_skills(kb, person)
        ],
    )


def compare(kb: KnowledgeBase, names: list[str], person: Profile | None = None) -> CompareDoc:
    """Two or more roles side by side; with a person, their fit for each."""
    if len(names) < 2:
        raise UsageError(
            "compare needs at least two roles", "e.g. bpo compare legal-analyst research-analyst"
        )
    slugs = list(dict.fromkeys(find_role(kb, name).slug for name in names))
    fit = None
    if person is not None:
        by_role = {m.role: m for m in advise(person, kb).matches}
        fit = [
            CompareFit(
                role=slug,
                score=by_role[slug].score,
                fit=by_role[slug].fit,
                gaps=gaps_document(by_role[slug].gaps),
            )
            for slug in slugs
        ]
    country = person.country if person is not None else None
    return CompareDoc(roles=[role_document(kb, kb.roles[s], country) for s in slugs], fit=fit)
