"""Parts several documents share: a person's answers, gaps to a role, career steps, sources."""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta, Struct

from bpo_cli.documents.base import Id, Score
from bpo_cli.terms import MAX_EXPERIENCE

Fit = Annotated[
    Literal["ready", "reachable", "stretch"],
    Meta(
        description="ready: education and every required skill met (and the usual experience); "
        "reachable: gaps closable by training or experience; stretch: needs a new qualification."
    ),
]


class ProfileDoc(Struct, frozen=True, omit_defaults=True, forbid_unknown_fields=True):
    """The normalised answers: ids checked, lists in vocabulary order, defaults filled in. Valid as
    an answers file."""

    country: Annotated[
        Id | None,
        Meta(
            description="Added in 1.1. Where the person looks for work (see `bpo vocab "
            "countries`); null when the answers do not say, and then every country's items are "
            "shown, each labelled with its country."
        ),
    ]
    education: Id
    fields: list[Id]
    interests: list[Id]
    skills: list[Id]
    experience_years: Annotated[int, Meta(ge=0, le=MAX_EXPERIENCE)]
    preferences: dict[str, Id]
    interest_scores: dict[str, Annotated[float, Meta(ge=0, le=1)]] | None = None


class EducationGapDoc(Struct, frozen=True):
    have: Id
    need: Id
    fields: Annotated[
        list[Id], Meta(description="Fields the role accepts (any one); empty means any field.")
    ]


class ExperienceGapDoc(Struct, frozen=True):
    have: int
    need: int


class GapsDoc(Struct, frozen=True):
    """What stands between the person and a role."""

    education: EducationGapDoc | None
    skills: Annotated[list[Id], Meta(description="Required skills the person lacks.")]
    preferred_skills: list[Id]
    experience: ExperienceGapDoc | None


class StepDoc(Struct, frozen=True):
    kind: Literal[
        "education", "skill", "preferred-skill", "prepare", "experience", "progression", "tip"
    ]
    text: str
    how: list[str]


class ReasonDoc(Struct, frozen=True):
    rule: Annotated[
        str,
        Meta(
            description="A generic comparison (education, required-skills, preferred-skills, "
            "interests, holland, experience) or a rule id from rules.yaml."
        ),
    ]
    text: str
    weight: Annotated[float, Meta(description="Points this reason adds (or takes away).")]


class MatchDoc(Struct, frozen=True):
    """One role scored for one person, in full: why, gaps and steps."""

    role: Id
    title: str
    score: Score
    fit: Fit
    reasons: list[ReasonDoc]
    gaps: GapsDoc
    steps: list[StepDoc]


class FitDoc(Struct, frozen=True):
    """One role scored for one person, scores only (batch and compare)."""

    role: Id
    title: str
    score: Score
    fit: Fit
    gaps: GapsDoc


class SourceRef(Struct, frozen=True):
    id: Id
    title: str
    file: str | None
    publisher: str | None
    url: str | None
    year: Annotated[
        int | None,
        Meta(description="the year the source states; null for seed files or an undated page"),
    ]


class SourcedTextDoc(Struct, frozen=True):
    """A fact in bpo's own words, with its source and the countries it applies to."""

    text: str
    source: Annotated[str | None, Meta(description="A source id (see `bpo about`).")]
    countries: Annotated[
        list[Id], Meta(description="The countries it applies to; empty: every country.")
    ]
