"""Personal career steps: close the gaps first, then prepare, gain experience, look ahead."""

from __future__ import annotations

from bpo_cli.domain.advice import Gaps, Step
from bpo_cli.domain.conditions import holds
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Role
from bpo_cli.domain.places import applies, label, placed
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.wording import qualification

MAX_PREFERRED = 3  # more than a few "nice to have" skills buries the plan


def plan(kb: KnowledgeBase, profile: Profile, role: Role, gaps: Gaps) -> tuple[Step, ...]:
    """Ordered steps from where the person is to the role, and from the role onwards."""
    steps: list[Step] = []
    if gaps.education is not None:
        steps.append(_education_step(kb, profile, role))
    where = profile.country
    steps += [
        Step("skill", f"Build {_skill(kb, s)} (required).", skill_how(kb, s, where))
        for s in gaps.skills
    ]
    steps += [
        Step(
            "preferred-skill",
            f"Add {_skill(kb, s)} (preferred by employers).",
            skill_how(kb, s, where),
        )
        for s in gaps.preferred_skills[:MAX_PREFERRED]
    ]
    steps += [Step("prepare", text) for text in placed(kb, role.steps, role.step_countries, where)]
    if gaps.experience is not None:
        steps.append(_experience_step(kb, role, gaps.experience.have, gaps.experience.need))
    if role.progression:
        titles = ", ".join(kb.roles[r].title for r in role.progression if r in kb.roles)
        steps.append(
            Step(
                "progression",
                f"Plan where this leads: {titles}.",
                tuple(f"See `bpo role {r}`." for r in role.progression),
            )
        )
    ranks = kb.education_ranks
    for tip in kb.tips:
        picks = tip.applies_to is None or tip.applies_to.picks(role)
        if not applies(tip.countries, where):
            continue
        if picks and (tip.when is None or holds(tip.when, profile, ranks)):
            text = f"{tip.title}: {tip.text}{label(kb, tip.countries, where)}"
            steps.append(Step("tip", text))
    return tuple(steps)


def _education_step(kb: KnowledgeBase, profile: Profile, role: Role) -> Step:
    need = kb.education_level(role.education.level)
    have = kb.education_level(profile.education)
    need_text = qualification(kb, role.education.level, role.education.fields)
    how = [role.education.note] if role.education.note else []
    if need is not None and need.description:
        how.append(need.description)
    have_text = have.label if have else profile.education
    return Step("education", f"Earn a {need_text} (you have: {have_text}).", tuple(how))


def _experience_step(kb: KnowledgeBase, role: Role, have: int, need: int) -> Step:
    feeders = [r.title for r in kb.roles.values() if role.slug in r.progression]
    how = (f"Roles that commonly lead here: {', '.join(feeders)}.",) if feeders else ()
    return Step(
        "experience",
        f"Gain {need - have} more year{'s' if need - have != 1 else ''} of "
        f"work experience (the role usually asks for {need}).",
        how,
    )


def _skill(kb: KnowledgeBase, skill_id: str) -> str:
    skill = kb.skills.get(skill_id)
    return skill.label if skill else skill_id


def skill_how(kb: KnowledgeBase, skill_id: str, country: str | None = None) -> tuple[str, ...]:
    """Ways to build a skill, each prefixed with its kind ("Course: ..."): those that apply in
    the country, or every one (country-specific ones labelled) when no country is given."""
    skill = kb.skills.get(skill_id)
    if skill is None:
        return ()
    names = {"course": "Course", "certification": "Certification", "practice": "Practice"}
    where = skill.how.countries
    return tuple(
        f"{names[kind]}: {text}{label(kb, where.get(text, ()), country)}"
        for kind, text in skill.how.entries()
        if applies(where.get(text, ()), country)
    )
