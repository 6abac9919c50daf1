"""Documents about bpo itself: about, data check, saved profiles."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from msgspec import Meta, Struct

from bpo_cli.documents.base import SCHEMA_VERSION, Count, Document, Version
from bpo_cli.domain.models import SourceKind


class SourceDoc(Struct, frozen=True):
    id: str
    kind: SourceKind
    title: str
    file: str | None
    covers: str
    publisher: str | None
    url: str | None
    year: int | None
    seen: str | None


class AboutDoc(Document, frozen=True, kw_only=True):
    """Version, where the facts come from, the O*NET attribution, and what the advice is for."""

    schema: ClassVar[str] = "about"
    command: ClassVar[str] = "bpo about --json"

    schema_version: Version = SCHEMA_VERSION
    name: Literal["bpo"] = "bpo"
    version: str
    disclaimer: Annotated[str, Meta(min_length=1)]
    attribution: Annotated[str, Meta(min_length=1)]
    sources: list[SourceDoc]
    counts: dict[str, Count]


class ProblemDoc(Struct, frozen=True):
    file: str
    record: str | None
    field: str | None
    message: str


class DataCheckDoc(Document, frozen=True, kw_only=True):
    """Every problem in the knowledge base, each with its file, record and field."""

    schema: ClassVar[str] = "data-check"
    command: ClassVar[str] = "bpo data check --json"

    schema_version: Version = SCHEMA_VERSION
    ok: bool
    problems: list[ProblemDoc]
    counts: dict[str, Count]
    checked: Annotated[
        str,
        Meta(description="What was checked: the built-in data, and the overlay directory if any."),
    ] = "built-in data"


class SavedProfile(Struct, frozen=True):
    name: Annotated[str, Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    path: str
    modified: Annotated[str, Meta(description="ISO 8601 local time of the last save.")]
    valid: bool
    problem: Annotated[str | None, Meta(description="Why it no longer loads; null when valid.")]


class ProfilesDoc(Document, frozen=True, kw_only=True):
    """The answers saved with `bpo advise --save NAME`, each checked as --profile would check it."""

    schema: ClassVar[str] = "profiles"
    command: ClassVar[str] = "bpo profiles --json"

    schema_version: Version = SCHEMA_VERSION
    profiles: list[SavedProfile]
