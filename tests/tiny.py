"""A tiny knowledge base built in code, for engine tests that must not move with the real data."""

from __future__ import annotations

from bpo_cli.domain.conditions import Condition, Selector
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import (
    BpoType,
    EducationLevel,
    EducationRequirement,
    FieldOfStudy,
    HowTo,
    Interest,
    Option,
    Preference,
    Role,
    Skill,
    SkillRequirement,
    Source,
    Tag,
    Tip,
)
from bpo_cli.domain.rules import Rule, Weights

LEVELS = ("none", "high-school", "diploma", "bachelor", "master")


def role(
    slug: str,
    level: str = "high-school",
    *,
    fields: tuple[str, ...] = (),
    required: tuple[str, ...] = (),
    preferred: tuple[str, ...] = (),
    interests: tuple[str, ...] = ("people",),
    types: tuple[str, ...] = ("front",),
    tags: tuple[str, ...] = (),
    years: int = 0,
    progression: tuple[str, ...] = (),
) -> Role:
    return Role(
        slug=slug,
        title=slug.replace("-", " ").title(),
        bpo_types=types,
        description="d",
        responsibilities=("r",),
        education=EducationRequirement(level, fields),
        skills=SkillRequirement(required, preferred),
        interests=interests,
        customer_facing="front" in types,
        tags=tags,
        experience_years=years,
        progression=progression,
        steps=(f"prepare for {slug}",),
        sources=("s",),
    )


def tiny_kb(
    rules: tuple[Rule, ...] = (), tips: tuple[Tip, ...] = (), roles: tuple[Role, ...] | None = None
) -> KnowledgeBase:
    roles = roles or (
        role("agent", required=("talk",), tags=("entry",)),
        role("clerk", required=("type",), interests=("order",), types=("back",), tags=("entry",)),
        role(
            "lawyer-aide",
            "bachelor",
            fields=("law",),
            required=("research",),
            interests=("study",),
            types=("back",),
        ),
        role("lead", required=("talk",), years=2, interests=("people",), progression=("agent",)),
    )
    return KnowledgeBase(
        sources={"s": Source("s", "article", "Seed", "seed.txt")},
        education=tuple(EducationLevel(lv, lv.title(), "", i) for i, lv in enumerate(LEVELS)),
        fields={f: FieldOfStudy(f, f.title()) for f in ("law", "it")},
        interests={
            "people": Interest("people", "People", "S"),
            "order": Interest("order", "Order", "C"),
            "study": Interest("study", "Study", "I"),
        },
        skills={
            s: Skill(s, s.title(), "soft", "", HowTo(practice=(f"practise {s}",)))
            for s in ("talk", "type", "research", "excel")
        },
        tags={t: Tag(t, t.title()) for t in ("entry", "night")},
        preferences={
            "style": Preference(
                "style",
                "Style",
                "either",
                (Option("front", "Front"), Option("back", "Back"), Option("either", "Either")),
            )
        },
        types={
            "front": BpoType("front", "Front", "function", "d"),
            "back": BpoType("back", "Back", "function", "d"),
        },
        roles={r.slug: r for r in sorted(roles, key=lambda r: r.slug)},
        weights=Weights(),
        rules=rules,
        tips=tips,
    )


def rule(rule_id: str, when: Condition, weight: int, **pick: tuple[str, ...]) -> Rule:
    return Rule(rule_id, f"because {rule_id}", when, weight, Selector(**pick))
