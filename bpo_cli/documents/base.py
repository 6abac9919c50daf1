"""What every document shares: the schema version, ids, and the base Struct."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from msgspec import Meta, Struct

# Bumped in the minor part for additive changes, in the major part for breaking ones.
SCHEMA_VERSION = "1.1"

Version = Annotated[
    str,
    Meta(
        pattern=r"^1\.[0-9]+$",
        description="Changes in its minor part when keys are added, in its major part when a key "
        "changes meaning or goes away.",
    ),
]
Id = Annotated[str, Meta(pattern=r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")]
Count = Annotated[int, Meta(ge=0)]
Score = Annotated[int, Meta(ge=0, le=100)]
HollandCode = Annotated[str, Meta(pattern=r"^[RIASEC]{0,3}$")]


class Document(Struct, frozen=True, kw_only=True):
    """A command's result. `schema` names its file in bpo_cli/schemas/ (without the suffix);
    `command` is the command that prints it."""

    schema: ClassVar[str] = ""
    command: ClassVar[str] = ""

    def payload(self) -> Any:
        """What `--json` prints: the document itself, unless the contract is a bare list."""
        return self

    @classmethod
    def payload_types(cls) -> tuple[Any, ...]:
        """The types `payload()` may return (any one of them), for the schema."""
        return (cls,)
