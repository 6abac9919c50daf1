"""The knowledge base as one immutable value: vocabulary, types, roles, rules, tips, questions."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, Protocol

from msgspec import Struct, field

from bpo_cli.domain.conditions import Condition
from bpo_cli.domain.models import (
    Activity,
    BpoType,
    Certification,
    Country,
    EducationLevel,
    FieldOfStudy,
    Hiring,
    Interest,
    Outlook,
    Overview,
    Pay,
    Preference,
    Programme,
    Role,
    Skill,
    Source,
    Tag,
    Tip,
    TypingThreshold,
)
from bpo_cli.domain.rules import Rule, Weights


class _Labelled(Protocol):
    @property
    def label(self) -> str: ...


QuestionKind = Literal["select", "checkbox", "number"]
BUILTIN_COUNTRIES = ("india", "philippines", "other")
LIST_ANSWERS = ("fields", "interests", "skills", "certifications")


class Question(Struct, frozen=True):
    """One questionnaire step; `answer` is the answers key it fills (e.g. `preferences.shifts`)."""

    answer: str
    prompt: str
    default: Any
    help: str = ""
    ask_when: Condition | None = None

    @property
    def kind(self) -> QuestionKind:
        if self.answer in LIST_ANSWERS:
            return "checkbox"
        if self.answer in ("experience_years", "bpo_experience_years"):
            return "number"
        return "select"

    @property
    def preference(self) -> str | None:
        """The preference id for `preferences.<id>` questions."""
        prefix = "preferences."
        return self.answer[len(prefix) :] if self.answer.startswith(prefix) else None


class KnowledgeBase(Struct, frozen=True, dict=True):
    """Everything bpo knows. Mappings keep their records in a stable order (roles by slug)."""

    sources: dict[str, Source]
    education: tuple[EducationLevel, ...]
    fields: dict[str, FieldOfStudy]
    interests: dict[str, Interest]
    skills: dict[str, Skill]
    tags: dict[str, Tag]
    preferences: dict[str, Preference]
    types: dict[str, BpoType]
    roles: dict[str, Role]
    weights: Weights = field(default_factory=Weights)
    rules: tuple[Rule, ...] = ()
    tips: tuple[Tip, ...] = ()
    questions: tuple[Question, ...] = ()
    overview: Overview = field(default_factory=Overview)
    activities: tuple[Activity, ...] = ()
    countries: dict[str, Country] = field(default_factory=dict)
    pay: tuple[Pay, ...] = ()  # at most one record per role and country
    hiring: Hiring = field(default_factory=Hiring)
    outlook: dict[str, Outlook] = field(default_factory=dict)  # by role slug
    programmes: dict[str, Programme] = field(default_factory=dict)
    certifications: dict[str, Certification] = field(default_factory=dict)
    typing: tuple[TypingThreshold, ...] = ()

    def pay_of(self, role: str, country: str | None = None) -> list[Pay]:
        """The sourced pay records of a role (in one country, or every country)."""
        return [p for p in self.pay if p.role == role and (country is None or p.country == country)]

    @cached_property
    def education_ranks(self) -> dict[str, int]:
        return {level.id: level.rank for level in self.education}

    def education_level(self, level_id: str) -> EducationLevel | None:
        return next((level for level in self.education if level.id == level_id), None)

    def labels(self, vocabulary: str) -> dict[str, str]:
        """id -> label of a vocabulary: education, fields, skills, interests, tags, preferences,
        countries, certifications."""
        return self._label_tables[vocabulary]

    def label(self, vocabulary: str, key: str) -> str:
        """The label of one id, or the id itself when it is unknown."""
        return self._label_tables[vocabulary].get(key, key)

    @cached_property
    def _label_tables(self) -> dict[str, dict[str, str]]:
        tables: dict[str, Mapping[str, _Labelled]] = {
            "fields": self.fields,
            "skills": self.skills,
            "interests": self.interests,
            "tags": self.tags,
            "preferences": self.preferences,
            "countries": self.countries,
            "certifications": self.certifications,
        }
        out = {name: {k: v.label for k, v in table.items()} for name, table in tables.items()}
        out["education"] = {level.id: level.label for level in self.education}
        return out

    def question(self, answer: str) -> Question | None:
        return next((q for q in self.questions if q.answer == answer), None)
