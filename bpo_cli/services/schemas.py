"""The JSON Schemas of every --json output, generated from the document Structs."""

from __future__ import annotations

from bpo_cli.errors import NotFoundError
from bpo_cli.services.lookup import suggest


def names() -> list[str]:
    from bpo_cli.documents import schema

    return schema.names()


def text(name: str) -> str:
    """One schema by its name (`role`, `roles`, `types`, ...), as the shipped file holds it."""
    from bpo_cli.documents import schema

    available = names()
    wanted = name.removesuffix(".schema.json")
    if wanted not in available:
        guess = suggest(wanted, available)
        raise NotFoundError(
            f"no schema called '{name}'" + (f"; did you mean {guess}?" if guess else ""),
            f"schemas: {', '.join(available)}",
        )
    return schema.text(wanted)
