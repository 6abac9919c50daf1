"""Documents of advice: one person (`advise`), many people one line each (`advise --batch`)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from msgspec import Meta, Struct

from bpo_cli.documents.base import SCHEMA_VERSION, Document, HollandCode, Version
from bpo_cli.documents.common import FitDoc, MatchDoc, ProfileDoc
from bpo_cli.terms import DISCLAIMER

PersonHolland = Annotated[
    HollandCode,
    Meta(description="The person's Holland code from their interests; empty when they gave none."),
]


class AdviceDoc(Document, frozen=True, kw_only=True):
    """Every role scored for one person, best first (score, then role slug). The same answers give
    byte-identical output, whether they came from the questionnaire, a file or a saved profile."""

    schema: ClassVar[str] = "advice"
    command: ClassVar[str] = "bpo advise --json"

    schema_version: Version = SCHEMA_VERSION
    profile: ProfileDoc
    holland: PersonHolland
    matches: list[MatchDoc]
    disclaimer: Annotated[str, Meta(min_length=1)] = DISCLAIMER


Line = Annotated[int, Meta(ge=1, description="The input line the record started on.")]
RecordId = Annotated[Any, Meta(description="The record's own id, or null.")]
Kept = Annotated[
    dict[str, str] | None,
    Meta(
        description="Added in 1.1: the columns named by --keep, as written in the input "
        "(header: cell text), in --keep order."
    ),
]


class BatchAdvice(
    Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True, kw_only=True
):
    """A record advised."""

    line: Line
    id: RecordId
    kept: Kept = None
    profile: ProfileDoc
    holland: PersonHolland
    matches: Annotated[
        list[FitDoc],
        Meta(description="The best roles (--top N, default 5; --all for every role), best first."),
    ]


class BatchError(Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    """A record that could not be advised, and why."""

    line: Line
    id: RecordId
    kept: Kept = None
    error: str


class BatchRecordDoc(Document, frozen=True, kw_only=True):
    """One record per input record, in input order: the advice, or why the record failed. `line`
    is the input line the record started on; `id` is the record's own id, or null."""

    schema: ClassVar[str] = "batch-record"
    command: ClassVar[str] = "One line of `bpo advise --batch FILE` output (JSON Lines)"

    record: BatchAdvice | BatchError

    def payload(self) -> Any:
        return self.record

    @classmethod
    def payload_types(cls) -> tuple[Any, ...]:
        return (BatchAdvice, BatchError)
