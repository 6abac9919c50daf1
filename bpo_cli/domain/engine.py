"""The rule engine: score every role for a person, explain each score, and judge the fit.

Pure: `advise(profile, kb)` reads nothing and prints nothing, and the same inputs always give the
same `Advice`, ordered by score and then slug.
"""

from __future__ import annotations

import math

from bpo_cli.domain.advice import (
    Advice,
    EducationGap,
    ExperienceGap,
    Fit,
    Gaps,
    Match,
    Reason,
)
from bpo_cli.domain.conditions import holds
from bpo_cli.domain.holland import Vector, code_of, person_vector, role_vector, similarity
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Role
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.rules import Rule
from bpo_cli.domain.steps import plan

NEUTRAL = 0.5  # the share of a component given when the person told us nothing about it


def advise(profile: Profile, kb: KnowledgeBase, *, with_steps: bool = True) -> Advice:
    """Every role scored, explained and planned for this person, best first.

    `with_steps=False` leaves the career steps out, for callers that only compare scores.
    """
    ranks = kb.education_ranks
    fired = [rule for rule in kb.rules if holds(rule.when, profile, ranks)]
    person = person_vector(kb, profile)
    matches = [_match(kb, profile, person, fired, role, with_steps) for role in kb.roles.values()]
    matches.sort(key=lambda m: (-m.score, m.role))
    return Advice(
        profile=profile,
        holland=code_of(person) if person else "",
        matches=tuple(matches),
    )


def gaps_for(kb: KnowledgeBase, profile: Profile, role: Role) -> Gaps:
    """What stands between the person and the role's minimum requirements."""
    return Gaps(
        education=_education_gap(kb, profile, role),
        skills=tuple(s for s in role.skills.required if s not in profile.skills),
        preferred_skills=tuple(s for s in role.skills.preferred if s not in profile.skills),
        experience=ExperienceGap(profile.experience_years, role.experience_years)
        if profile.experience_years < role.experience_years
        else None,
    )


def fit_of(gaps: Gaps) -> Fit:
    """stretch: needs a new qualification; reachable: training or experience; ready: neither."""
    if gaps.education is not None:
        return "stretch"
    if gaps.skills or gaps.experience is not None:
        return "reachable"
    return "ready"


def _education_gap(kb: KnowledgeBase, profile: Profile, role: Role) -> EducationGap | None:
    ranks = kb.education_ranks
    level_ok = ranks.get(profile.education, -1) >= ranks.get(role.education.level, 0)
    field_ok = not role.education.fields or any(f in profile.fields for f in role.education.fields)
    if level_ok and field_ok:
        return None
    return EducationGap(profile.education, role.education.level, role.education.fields)


def _match(
    kb: KnowledgeBase,
    profile: Profile,
    person: Vector | None,
    fired: list[Rule],
    role: Role,
    with_steps: bool,
) -> Match:
    gaps = gaps_for(kb, profile, role)
    reasons = [
        _education(kb, profile, role, gaps),
        _skills(kb, profile, role.skills.required, "required", kb.weights.required_skills),
        _skills(kb, profile, role.skills.preferred, "preferred", kb.weights.preferred_skills),
        _interests(kb, profile, role),
        _holland(kb, person, role),
        _experience(kb, profile, role),
    ]
    reasons += [Reason(r.id, r.reason, float(r.weight)) for r in fired if r.selector.picks(role)]
    total = sum(r.weight for r in reasons)
    score = max(0, min(100, math.floor(total + 0.5)))
    return Match(
        role=role.slug,
        title=role.title,
        score=score,
        fit=fit_of(gaps),
        reasons=tuple(reasons),
        gaps=gaps,
        steps=plan(kb, profile, role, gaps) if with_steps else (),
    )


def _points(share: float, weight: int) -> float:
    return round(share * weight, 1)


def _education(kb: KnowledgeBase, profile: Profile, role: Role, gaps: Gaps) -> Reason:
    ranks = kb.education_ranks
    have = kb.education_level(profile.education)
    need = kb.education_level(role.education.level)
    have_label = have.label if have else profile.education
    need_text = need.label if need else role.education.level
    if role.education.fields:
        need_text += " in " + " or ".join(kb.label("fields", f) for f in role.education.fields)
    if gaps.education is None:
        above = ranks.get(profile.education, -1) > ranks.get(role.education.level, 0)
        text = (
            f"Your {have_label} is above the minimum ({need_text})."
            if above
            else f"Your education meets the minimum ({need_text})."
        )
        return Reason("education", text, _points(1.0, kb.weights.education))
    if ranks.get(profile.education, -1) >= ranks.get(role.education.level, 0):
        studied = ", ".join(kb.label("fields", f) for f in profile.fields) or "no field given"
        return Reason(
            "education",
            f"You have the level, but the role asks for {need_text} (you studied: {studied}).",
            _points(0.4, kb.weights.education),
        )
    short = ranks.get(role.education.level, 0) - ranks.get(profile.education, -1)
    share = 0.3 if short == 1 else 0.0
    return Reason(
        "education",
        f"The role asks for at least {need_text}; you have {have_label}.",
        _points(share, kb.weights.education),
    )


def _skills(
    kb: KnowledgeBase, profile: Profile, wanted: tuple[str, ...], which: str, weight: int
) -> Reason:
    rule = f"{which}-skills"
    if not wanted:
        return Reason(rule, f"No {which} skills are listed for this role.", _points(1.0, weight))
    held = [s for s in wanted if s in profile.skills]
    missing = [s for s in wanted if s not in profile.skills]
    share = len(held) / len(wanted)
    if not missing:
        text = f"You have every {which} skill: {_labels(kb, held)}."
    elif held:
        text = (
            f"You have {len(held)} of {len(wanted)} {which} skills ({_labels(kb, held)}); "
            f"missing: {_labels(kb, missing)}."
        )
    else:
        text = f"You have none of the {which} skills yet ({_labels(kb, missing)})."
    return Reason(rule, text, _points(share, weight))


def _interests(kb: KnowledgeBase, profile: Profile, role: Role) -> Reason:
    weight = kb.weights.interests
    if not any(profile.interest_strength(i) for i in kb.interests):
        return Reason(
            "interests",
            "You named no interests, so they neither help nor hurt.",
            _points(NEUTRAL, weight),
        )
    strengths = {i: profile.interest_strength(i) for i in role.interests}
    share = min(1.0, sum(strengths.values()) / max(1, min(2, len(role.interests))))
    shared = [i for i in role.interests if profile.has_interest(i)]
    if shared:
        names = ", ".join(kb.label("interests", i) for i in shared)
        text = f"Your interests match the role's: {names}."
    else:
        wanted = ", ".join(kb.label("interests", i) for i in role.interests)
        text = f"The role suits people who enjoy {wanted}; you did not pick those."
    return Reason("interests", text, _points(share, weight))


def _holland(kb: KnowledgeBase, person: Vector | None, role: Role) -> Reason:
    weight = kb.weights.holland
    role_code = (
        code_of(role_vector(kb, role), floor=1.0) if role.onet is None else role.onet.holland
    )
    alike = similarity(person, role_vector(kb, role)) if person else None
    if person is None or alike is None:
        return Reason(
            "holland",
            f"Without clear interests, the role's Holland code ({role_code}) cannot be compared.",
            _points(NEUTRAL, weight),
        )
    word = "close to" if alike >= 0.6 else "somewhat like" if alike >= 0.3 else "unlike"
    return Reason(
        "holland",
        f"Your interest profile ({code_of(person)}) is {word} the role's ({role_code}).",
        _points(alike, weight),
    )


def _experience(kb: KnowledgeBase, profile: Profile, role: Role) -> Reason:
    weight = kb.weights.experience
    need, have = role.experience_years, profile.experience_years
    if need == 0:
        return Reason("experience", "No work experience is needed to start.", _points(1.0, weight))
    if have >= need:
        return Reason(
            "experience",
            f"Your {have} years of experience meet the usual {need}.",
            _points(1.0, weight),
        )
    return Reason(
        "experience",
        f"The role usually asks for {need} years of experience; you have {have}.",
        _points(have / need, weight),
    )


def _labels(kb: KnowledgeBase, skills: list[str]) -> str:
    return ", ".join(kb.label("skills", s) for s in skills)
