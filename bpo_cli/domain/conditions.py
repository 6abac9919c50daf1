"""The rule language: a fixed set of condition operators and role selectors, evaluated safely."""

from __future__ import annotations

from collections.abc import Mapping
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


def holds(cond: Condition, profile: Profile, ranks: Mapping[str, int]) -> bool:
    """Whether a condition is true of a person. `ranks` orders education levels."""
    match cond:
        case All(items):
            return all(holds(c, profile, ranks) for c in items)
        case Any_(items):
            return any(holds(c, profile, ranks) for c in items)
        case Not(item):
            return not holds(item, profile, ranks)
        case EducationAtLeast(level):
            return ranks.get(profile.education, -1) >= ranks.get(level, 0)
        case EducationAtMost(level):
            return ranks.get(profile.education, -1) <= ranks.get(level, 0)
        case HasSkill(skill):
            return skill in profile.skills
        case HasInterest(interest):
            return profile.has_interest(interest)
        case HasField(field_id):
            return field_id in profile.fields
        case ExperienceAtLeast(years):
            return profile.experience_years >= years
        case PreferenceIs(preference, option):
            return profile.preferences.get(preference) == option
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
