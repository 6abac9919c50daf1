"""Documents of the planning commands: path, next-skill, compare."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from msgspec import Meta, Struct

from bpo_cli.documents.base import SCHEMA_VERSION, Document, Id, Score, Version
from bpo_cli.documents.common import Fit, GapsDoc, ProfileDoc, StepDoc
from bpo_cli.documents.lookup import RoleDoc


class HopDoc(Struct, frozen=True):
    role: Id
    title: str
    via: Annotated[
        Literal["start", "progression", "move"],
        Meta(
            description="start: the first move from a person; progression: a usual next step; "
            "move: a sideways move with a small gap."
        ),
    ]
    gaps: GapsDoc
    steps: list[StepDoc]


class QualificationDoc(Struct, frozen=True):
    need: Id
    fields: list[Id]


class RouteTotal(Struct, frozen=True):
    moves: Annotated[int, Meta(ge=0)]
    new_skills: list[Id]
    qualifications: list[QualificationDoc]
    years: Annotated[
        int,
        Meta(
            ge=0,
            description="Since 1.1: the years of work experience still needed on the way (what "
            "each role usually asks for, less what the person has by then); study time for "
            "`qualifications` is not included.",
        ),
    ]


class PathDoc(Document, frozen=True, kw_only=True):
    """The cheapest route to a role (fewest new skills and qualifications, then fewest moves)."""

    schema: ClassVar[str] = "path"
    command: ClassVar[str] = "bpo path TARGET --json"

    schema_version: Version = SCHEMA_VERSION
    start: Annotated[
        Id | ProfileDoc,
        Meta(
            description="With --from, that role's slug; with --answers or --profile, the "
            "person's normalised answers."
        ),
    ]
    target: Id
    found: bool
    hops: list[HopDoc]
    total: RouteTotal
    missing: Annotated[
        str | None, Meta(description="Why there is no route; null when one was found.")
    ]


class SkillLeverageDoc(Struct, frozen=True):
    skill: Id
    label: str
    leverage: Annotated[float, Meta(ge=0)]
    unlocks: Annotated[list[Id], Meta(description="Roles that become ready (reachable to ready).")]
    improves: Annotated[
        list[Id], Meta(description="Roles that need the skill but stay reachable or stretch.")
    ]
    how: list[str]


class NextSkillDoc(Document, frozen=True, kw_only=True):
    """The skills the person lacks, best first by leverage: the new scores of the roles each makes
    ready, plus a tenth of those of the roles it only brings closer."""

    schema: ClassVar[str] = "next-skill"
    command: ClassVar[str] = "bpo next-skill --json"

    schema_version: Version = SCHEMA_VERSION
    profile: ProfileDoc
    skills: list[SkillLeverageDoc]


class CompareFit(Struct, frozen=True):
    role: Id
    score: Score
    fit: Fit
    gaps: GapsDoc


class CompareDoc(Document, frozen=True, kw_only=True):
    """Roles side by side; with answers, the person's fit for each."""

    schema: ClassVar[str] = "compare"
    command: ClassVar[str] = "bpo compare ROLE ROLE... --json"

    schema_version: Version = SCHEMA_VERSION
    roles: Annotated[list[RoleDoc], Meta(min_length=2)]
    fit: Annotated[
        list[CompareFit] | None,
        Meta(
            description="With --answers or --profile, the person's fit for each role in the "
            "same order; otherwise null."
        ),
    ]
