"""The document of `bpo cohort`: a class's batch file summarised for a counsellor."""

from __future__ import annotations

from typing import Annotated, ClassVar

from msgspec import Meta, Struct

from bpo_cli.documents.base import SCHEMA_VERSION, Count, Document, Id, Version
from bpo_cli.terms import DISCLAIMER


class RecordError(Struct, frozen=True, omit_defaults=True, kw_only=True):
    line: int
    error: str
    kept: Annotated[
        dict[str, str] | None,
        Meta(
            description="Added in 1.1: the columns named by --keep (header: cell text), so a "
            "counsellor knows whose record it is."
        ),
    ] = None


class RoleCount(Struct, frozen=True):
    role: Id
    ready: Count
    reachable: Count
    stretch: Count
    top: Annotated[int, Meta(ge=0, description="People with this role among their best three.")]


class SkillNeed(Struct, frozen=True):
    skill: Id
    would_move: Annotated[
        int,
        Meta(
            ge=0,
            description="People for whom this skill alone makes one of their roles ready.",
        ),
    ]
    needed_by: Annotated[
        int, Meta(ge=0, description="People missing it for one of their best five roles.")
    ]
    roles: Annotated[list[Id], Meta(description="The roles it is most often missing for.")]


class QualificationNeed(Struct, frozen=True):
    level: Id
    fields: list[Id]
    people: Annotated[
        int, Meta(ge=0, description="People who need it for one of their best five roles.")
    ]


class BestFit(Struct, frozen=True):
    """People by the fit of their best role."""

    ready: Count
    reachable: Count
    stretch: Count


class CohortDoc(Document, frozen=True, kw_only=True):
    """For each role, who is ready, reachable or a stretch; the missing skills to teach first."""

    schema: ClassVar[str] = "cohort"
    command: ClassVar[str] = "bpo cohort FILE --json"

    schema_version: Version = SCHEMA_VERSION
    records: Count
    advised: Count
    failed: Count
    errors: Annotated[
        list[RecordError], Meta(description="The first records that could not be read.")
    ]
    best_fit: BestFit
    holland: Annotated[
        dict[str, Count],
        Meta(
            description="People by the first letter of their Holland code ('-' when they gave "
            "no interests)."
        ),
    ]
    roles: list[RoleCount]
    skills: list[SkillNeed]
    qualifications: list[QualificationNeed]
    disclaimer: str = DISCLAIMER
