"""The rule language: a fixed set of condition operators and role selectors, evaluated safely."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from msgspec import Struct

from bpo_cli.domain.profile import Profile


class All(Struct, frozen=True, tag=True):
    items: tuple[Condition, ...]


class Any_(Struct, frozen=True, tag=True):
    items: tuple[Condition, ...]


class Not(Struct, frozen=True, tag=True):
    item: Condition


class EducationAtLeast(Struct, frozen=True, tag=True):
    level: str


class EducationAtMost(Struct, frozen=True, tag=True):
    level: str


class HasSkill(Struct, frozen=True, tag=True):
    skill: str


class HasInterest(Struct, frozen=True, tag=True):
    interest: str


class HasField(Struct, frozen=True, tag=True):
    field: str


class ExperienceAtLeast(Struct, frozen=True, tag=True):
    years: int


class PreferenceIs(Struct, frozen=True, tag=True):
    preference: str
    option: str


Condition = (
    All
    | Any_
    | Not
    | EducationAtLeast
    | EducationAtMost
    | HasSkill
    | HasInterest
    | HasField
    | ExperienceAtLeast
    | PreferenceIs
)

# The keys a condition mapping may use in YAML, in the order the docs list them.
CONDITION_KEYS = (
    "all",
    "any",
    "not",
    "education_at_least",
    "education_at_most",
    "has_skill",
    "has_interest",
    "has_field",
    "experience_at_least",
    "preference",
)


Predicate = Callable[[Profile], bool]


def holds(cond: Condition, profile: Profile, ranks: Mapping[str, int]) -> bool:
    """Whether a condition is true of a person. `ranks` orders education levels."""
    return compile_condition(cond, ranks)(profile)


def compile_condition(cond: Condition, ranks: Mapping[str, int]) -> Predicate:
    """The condition as a plain function of a profile: built once, asked many times.

    This is the one place the meaning of every operator is written down.
    """
    match cond:
        case All(items):
            parts = [compile_condition(c, ranks) for c in items]
            return lambda p: all(part(p) for part in parts)
        case Any_(items):
            parts = [compile_condition(c, ranks) for c in items]
            return lambda p: any(part(p) for part in parts)
        case Not(item):
            inner = compile_condition(item, ranks)
            return lambda p: not inner(p)
        case EducationAtLeast(level):
            need = ranks.get(level, 0)
            return lambda p: ranks.get(p.education, -1) >= need
        case EducationAtMost(level):
            most = ranks.get(level, 0)
            return lambda p: ranks.get(p.education, -1) <= most
        case HasSkill(skill):
            return lambda p: skill in p.skills
        case HasInterest(interest):
            return lambda p: p.has_interest(interest)
        case HasField(field_id):
            return lambda p: field_id in p.fields
        case ExperienceAtLeast(years):
            return lambda p: p.experience_years >= years
        case PreferenceIs(preference, option):
            return lambda p: p.preferences.get(preference) == option
    raise TypeError(f"not a condition: {cond!r}")  # unreachable for well-formed rules


def references(cond: Condition) -> list[tuple[str, str]]:
    """Every (vocabulary, id) a condition mentions, for the knowledge base's reference check."""
    match cond:
        case All(items) | Any_(items):
            return [ref for c in items for ref in references(c)]
        case Not(item):
            return references(item)
        case EducationAtLeast(level) | EducationAtMost(level):
            return [("education", level)]
        case HasSkill(skill):
            return [("skills", skill)]
        case HasInterest(interest):
            return [("interests", interest)]
        case HasField(field_id):
            return [("fields", field_id)]
        case PreferenceIs(preference, option):
            return [("preferences", f"{preference}={option}")]
    return []


class Selectable(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def bpo_types(self) -> tuple[str, ...]: ...
    @property
    def tags(self) -> tuple[str, ...]: ...


class Selector(Struct, frozen=True):
    """Picks roles by slug, BPO type or tag: a role matching any of them is picked."""

    roles: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def picks(self, role: Selectable) -> bool:
        return (
            role.slug in self.roles
            or any(t in self.types for t in role.bpo_types)
            or any(t in self.tags for t in role.tags)
        )
