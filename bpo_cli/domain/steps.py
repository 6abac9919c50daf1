"""Personal career steps: close the gaps first, then prepare, gain experience, look ahead."""

from __future__ import annotations

import re
from typing import Any

from bpo_cli.domain.advice import Gaps, Step
from bpo_cli.domain.conditions import holds
from bpo_cli.domain.evidence import evidence
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Role, TypingThreshold
from bpo_cli.domain.places import applies, label, placed
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.wording import qualification, route_text

MAX_PREFERRED = 3  # more than a few "nice to have" skills buries the plan


TYPING_WORDS = "words per minute"
WPM = re.compile(r"\d+ words per minute")
SHOW_AT_INTERVIEW = "Be ready to show"  # the step for personal qualities starts so


def plan(kb: KnowledgeBase, profile: Profile, role: Role, gaps: Gaps) -> tuple[Step, ...]:
    """Ordered steps from where the person is to the role, and from the role onwards.

    Personal: a step for something the person already has is left out (a preparation step that
    only names skills they have, a typing target they already meet), the same step is given
    once, and typing has one target (the bar in typing.yaml).
    """
    have = evidence(kb, profile).skills
    typing_target = _typing_target(kb)
    steps: list[Step] = []
    if gaps.education is not None:
        steps.append(_education_step(kb, profile, role, gaps))
    where = profile.country
    for s in gaps.blocking:
        steps.append(
            Step(
                "skill",
                f"Build {_skill(kb, s)} (required){_target(kb, s)}.",
                skill_how(kb, s, where),
            )
        )
    if gaps.traits:
        # One step for the personal qualities, with one way to practise each: they are shown at
        # the interview rather than built by a course.
        labels = [_skill(kb, s) for s in gaps.traits]
        names = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        how = tuple(_one_practice(kb, s, where) for s in gaps.traits)
        text = f"{SHOW_AT_INTERVIEW} {names} at the interview, where employers judge them."
        steps.append(Step("skill", text, tuple(h for h in how if h)))
    steps += [
        Step(
            "preferred-skill",
            f"Add {_skill(kb, s)} (preferred by employers){_target(kb, s)}.",
            skill_how(kb, s, where),
        )
        for s in gaps.preferred_skills[:MAX_PREFERRED]
    ]
    typing_planned = any(
        _is_typing(kb, s) for s in (*gaps.skills, *gaps.preferred_skills[:MAX_PREFERRED])
    )
    for text in placed(kb, role.steps, role.step_countries, where):
        if TYPING_WORDS in text and (
            typing_planned or typing_target is None or typing_target.skill in have
        ):
            continue  # the typing target is stated once, or already met
        if _only_names_held_skills(kb, text, have):
            continue
        if TYPING_WORDS in text and typing_target is not None:
            text = WPM.sub(f"{typing_target.wpm} {TYPING_WORDS}", text)  # one target everywhere
        steps.append(Step("prepare", text))
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
    seen: set[str] = set()
    unique = []
    for step in steps:
        key = step.text.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(step)
    return tuple(unique)


def _typing_target(kb: KnowledgeBase) -> TypingThreshold | None:
    return kb.typing[0] if kb.typing else None


def _is_typing(kb: KnowledgeBase, skill: str) -> bool:
    return any(t.skill == skill for t in kb.typing)


def _target(kb: KnowledgeBase, skill: str) -> str:
    """': at least 35 words a minute at 95% accuracy' for a skill a typing result decides."""
    found = next((t for t in kb.typing if t.skill == skill), None)
    if found is None:
        return ""
    return f": at least {found.wpm} words a minute at {found.accuracy:g}% accuracy"


def _only_names_held_skills(kb: KnowledgeBase, text: str, have: frozenset[str]) -> bool:
    """Whether a preparation step is about skills the person has, and only those."""
    named = _skills_named(kb, text)
    return bool(named) and named <= have


_MEMO: dict[int, tuple[KnowledgeBase, dict[tuple[str, ...], Any]]] = {}


def _memo(kb: KnowledgeBase) -> dict[tuple[str, ...], Any]:
    """Answers that depend only on the knowledge base, kept for it: a batch asks the same few
    questions (which skills a step names, how to build a skill) for every role of every person."""
    hit = _MEMO.get(id(kb))
    if hit is None or hit[0] is not kb:
        _MEMO.clear()
        hit = (kb, {})
        _MEMO[id(kb)] = hit
    return hit[1]


def _skills_named(kb: KnowledgeBase, text: str) -> frozenset[str]:
    """The skills whose label a step's text names."""
    memo = _memo(kb)
    named: frozenset[str] | None = memo.get(("named", text))
    if named is None:
        lowered = text.casefold()
        named = frozenset(s.id for s in kb.skills.values() if s.label.casefold() in lowered)
        memo[("named", text)] = named
    return named


def _education_step(kb: KnowledgeBase, profile: Profile, role: Role, gaps: Gaps) -> Step:
    need = kb.education_level(role.education.level)
    have = kb.education_level(profile.education)
    need_text = qualification(kb, role.education.level, role.education.fields)
    how = [role.education.note] if role.education.note else []
    if need is not None and need.description:
        how.append(need.description)
    have_text = have.label if have else profile.education
    others = [
        route_text(kb, r.level, r.fields, r.experience_years, r.experience_kind, r.certifications)
        for r in gaps.routes
        if (r.level, r.fields) != (role.education.level, role.education.fields)
        or r.experience_years
        or r.certifications
    ]
    text = f"Earn a {need_text} (you have: {have_text})"
    if others:
        text += "; or take another accepted route: " + "; or ".join(others)
    return Step("education", text + ".", tuple(how))


def _experience_step(kb: KnowledgeBase, role: Role, have: int, need: int) -> Step:
    feeders = [r.title for r in kb.roles.values() if role.slug in r.progression]
    how = (f"Roles that commonly lead here: {', '.join(feeders)}.",) if feeders else ()
    kind = "in BPO or contact centres" if role.experience_kind == "bpo" else "of work experience"
    return Step(
        "experience",
        f"Gain {need - have} more year{'s' if need - have != 1 else ''} {kind} "
        f"(the role usually asks for {need}).",
        how,
    )


def _skill(kb: KnowledgeBase, skill_id: str) -> str:
    skill = kb.skills.get(skill_id)
    return skill.label if skill else skill_id


def _one_practice(kb: KnowledgeBase, skill_id: str, country: str | None) -> str:
    """The first way to practise a skill (or its first way of any kind)."""
    ways = skill_how(kb, skill_id, country)
    return next((w for w in ways if w.startswith("Practice:")), ways[0] if ways else "")


def skill_how(kb: KnowledgeBase, skill_id: str, country: str | None = None) -> tuple[str, ...]:
    """Ways to build a skill, each prefixed with its kind ("Course: ..."): those that apply in
    the country, or every one (country-specific ones labelled) when no country is given."""
    memo = _memo(kb)
    key = ("how", skill_id, country or "")
    found: tuple[str, ...] | None = memo.get(key)
    if found is not None:
        return found
    skill = kb.skills.get(skill_id)
    if skill is None:
        return ()
    names = {"course": "Course", "certification": "Certification", "practice": "Practice"}
    where = skill.how.countries
    found = tuple(
        f"{names[kind]}: {text}{label(kb, where.get(text, ()), country)}"
        for kind, text in skill.how.entries()
        if applies(where.get(text, ()), country)
    )
    memo[key] = found
    return found
