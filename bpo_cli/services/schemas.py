"""The JSON Schema files shipped with bpo: the documented contract of every --json output."""

from __future__ import annotations

from importlib.resources import files

from bpo_cli.errors import NotFoundError
from bpo_cli.services.lookup import suggest


def names() -> list[str]:
    folder = files("bpo_cli") / "schemas"
    return sorted(
        p.name.removesuffix(".schema.json")
        for p in folder.iterdir()
        if p.name.endswith(".schema.json")
    )


def text(name: str) -> str:
    """The text of one schema file, by its name (`role`, `roles`, `types`, ...)."""
    available = names()
    wanted = name.removesuffix(".schema.json")
    if wanted not in available:
        guess = suggest(wanted, available)
        raise NotFoundError(
            f"no schema called '{name}'" + (f"; did you mean {guess}?" if guess else ""),
            f"schemas: {', '.join(available)}",
        )
    return (files("bpo_cli") / "schemas" / f"{wanted}.schema.json").read_text(encoding="utf-8")
