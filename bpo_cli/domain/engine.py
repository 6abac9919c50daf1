"""The rule engine: every role scored for a person, each score explained, each gap planned.

Pure: `advise(profile, kb)` reads nothing and prints nothing, and the same inputs always give the
same `Advice`, ordered by score and then slug. The numbers come from scoring.py; this module
puts them into words.
"""

from __future__ import annotations

from bpo_cli.domain.advice import Advice, Gaps, Match, Reason
from bpo_cli.domain.evidence import evidence
from bpo_cli.domain.holland import code_of, person_vector, role_holland_code
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Role
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import NEUTRAL, Parts, Scored, score_all
from bpo_cli.domain.steps import plan


def advise(profile: Profile, kb: KnowledgeBase, *, with_steps: bool = True) -> Advice:
    """Every role scored, explained and planned for this person, best first.

    `with_steps=False` leaves the career steps out, for callers that only compare scores.
    """
    person = person_vector(kb, profile)
    matches = tuple(_match(kb, profile, s, with_steps) for s in score_all(profile, kb))
    return Advice(profile=profile, holland=code_of(person) if person else "", matches=matches)


def gaps_all(kb: KnowledgeBase, profile: Profile) -> dict[str, Gaps]:
    """What stands between the person and each role's minimum requirements, by role slug."""
    return {s.role: s.gaps for s in score_all(profile, kb)}


def _match(kb: KnowledgeBase, profile: Profile, scored: Scored, with_steps: bool) -> Match:
    role = kb.roles[scored.role]
    return Match(
        role=role.slug,
        title=role.title,
        score=scored.score,
        fit=scored.fit,
        reasons=reasons(kb, profile, role, scored),
        gaps=scored.gaps,
        steps=plan(kb, profile, role, scored.gaps) if with_steps else (),
    )


def reasons(kb: KnowledgeBase, profile: Profile, role: Role, scored: Scored) -> tuple[Reason, ...]:
    """Every contribution to a score, in words: the generic comparisons, then fired rules."""
    parts, w = scored.parts, kb.weights
    out = [
        Reason(
            "education",
            _education_text(kb, profile, role, scored),
            _pts(parts.education, w.education),
        ),
        _skills_reason(
            kb, profile, role.skills.required, "required", parts.required, w.required_skills
        ),
        _skills_reason(
            kb, profile, role.skills.preferred, "preferred", parts.preferred, w.preferred_skills
        ),
        Reason(
            "interests",
            _interests_text(kb, profile, role, parts),
            _pts(NEUTRAL if parts.interests is None else parts.interests, w.interests),
        ),
        Reason(
            "holland",
            _holland_text(kb, profile, role, parts),
            _pts(NEUTRAL if parts.holland is None else parts.holland, w.holland),
        ),
        Reason("experience", _experience_text(profile, role), _pts(parts.experience, w.experience)),
    ]
    out += [
        Reason(kb.rules[i].id, kb.rules[i].reason, float(kb.rules[i].weight)) for i in parts.rules
    ]
    return tuple(out)


def _pts(share: float, weight: int) -> float:
    return round(share * weight, 1)


def _need_text(kb: KnowledgeBase, role: Role) -> str:
    level = kb.education_level(role.education.level)
    text = level.label if level else role.education.level
    if role.education.fields:
        text += " in " + " or ".join(kb.label("fields", f) for f in role.education.fields)
    return text


def _education_text(kb: KnowledgeBase, profile: Profile, role: Role, scored: Scored) -> str:
    ranks = kb.education_ranks
    have = kb.education_level(profile.education)
    have_label = have.label if have else profile.education
    need = _need_text(kb, role)
    rank, need_rank = ranks.get(profile.education, -1), ranks.get(role.education.level, 0)
    if scored.gaps.education is None:
        if rank > need_rank:
            return f"Your {have_label} is above the minimum ({need})."
        return f"Your education meets the minimum ({need})."
    if rank >= need_rank:
        studied = ", ".join(kb.label("fields", f) for f in profile.fields) or "no field given"
        return f"You have the level, but the role asks for {need} (you studied: {studied})."
    return f"The role asks for at least {need}; you have {have_label}."


def _skills_reason(
    kb: KnowledgeBase,
    profile: Profile,
    wanted: tuple[str, ...],
    which: str,
    share: float,
    weight: int,
) -> Reason:
    rule = f"{which}-skills"
    if not wanted:
        return Reason(rule, f"No {which} skills are listed for this role.", _pts(share, weight))
    found = evidence(kb, profile)
    held = [s for s in wanted if s in found.skills]
    missing = [s for s in wanted if s not in found.skills]
    notes = [found.notes[s] for s in wanted if s in found.notes]

    def names(ids: list[str]) -> str:
        return ", ".join(kb.label("skills", s) for s in ids)

    if not missing:
        text = f"You have every {which} skill: {names(held)}."
    elif held:
        text = (
            f"You have {len(held)} of {len(wanted)} {which} skills ({names(held)}); "
            f"missing: {names(missing)}."
        )
    else:
        text = f"You have none of the {which} skills yet ({names(missing)})."
    if notes:
        text += " " + "; ".join(n[0].upper() + n[1:] for n in notes) + "."
    return Reason(rule, text, _pts(share, weight))


def _interests_text(kb: KnowledgeBase, profile: Profile, role: Role, parts: Parts) -> str:
    if parts.interests is None:
        return "You named no interests, so they neither help nor hurt."
    shared = [kb.label("interests", i) for i in role.interests if profile.has_interest(i)]
    if shared:
        return f"Your interests match the role's: {', '.join(shared)}."
    wanted = ", ".join(kb.label("interests", i) for i in role.interests)
    return f"The role suits people who enjoy {wanted}; you did not pick those."


def _holland_text(kb: KnowledgeBase, profile: Profile, role: Role, parts: Parts) -> str:
    role_code = role_holland_code(kb, role)
    person = person_vector(kb, profile)
    if parts.holland is None or person is None:
        return f"Without clear interests, the role's Holland code ({role_code}) cannot be compared."
    word = (
        "close to"
        if parts.holland >= 0.6
        else "somewhat like"
        if parts.holland >= 0.3
        else "unlike"
    )
    return f"Your interest profile ({code_of(person)}) is {word} the role's ({role_code})."


def _experience_text(profile: Profile, role: Role) -> str:
    need, have = role.experience_years, profile.experience_years
    if need == 0:
        return "No work experience is needed to start."
    if have >= need:
        return f"Your {have} years of experience meet the usual {need}."
    return f"The role usually asks for {need} years of experience; you have {have}."
