"""JSON Schemas generated from the document Structs: what `bpo schema` prints and what
`bpo_cli/schemas/` ships (regenerate with `python -m bpo_cli.documents.schema --write`).

msgspec writes the schema of each Struct; this module adds the envelope (`$schema`, `$id`, title)
and one rule msgspec cannot know: bpo prints every field of a document, so every property is
required, except in Structs declared with `omit_defaults` (their defaulted fields may be absent).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from bpo_cli.documents.about import AboutDoc, DataCheckDoc, ProfilesDoc
from bpo_cli.documents.advice import AdviceDoc, BatchRecordDoc
from bpo_cli.documents.base import Document
from bpo_cli.documents.cohort import CohortDoc
from bpo_cli.documents.form import FormDoc
from bpo_cli.documents.lookup import OverviewDoc, RoleDoc, RolesDoc, TypeDoc, TypesDoc, VocabDoc
from bpo_cli.documents.plan import CompareDoc, NextSkillDoc, PathDoc

DOCUMENTS: tuple[type[Document], ...] = (
    AboutDoc,
    AdviceDoc,
    BatchRecordDoc,
    CohortDoc,
    CompareDoc,
    DataCheckDoc,
    FormDoc,
    NextSkillDoc,
    OverviewDoc,
    PathDoc,
    ProfilesDoc,
    RoleDoc,
    RolesDoc,
    TypeDoc,
    TypesDoc,
    VocabDoc,
)
BY_NAME = {doc.schema: doc for doc in DOCUMENTS}
FOLDER = Path(__file__).resolve().parent.parent / "schemas"


def names() -> list[str]:
    return sorted(BY_NAME)


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one document, by its schema name."""
    doc = BY_NAME[name]
    (*roots,), defs = msgspec.json.schema_components(
        doc.payload_types(), ref_template="#/$defs/{name}"
    )
    optional = _optional_fields()
    for def_name, definition in defs.items():
        props = definition.get("properties")
        if props is not None:
            definition["required"] = [p for p in props if p not in optional.get(def_name, set())]
    out: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:bpo-cli:schema:{name}",
        "title": doc.command,
    }
    root: dict[str, Any] = roots[0] if len(roots) == 1 else {"anyOf": roots}
    ref = str(root.get("$ref", ""))
    own = ref.removeprefix("#/$defs/") if ref.startswith("#/$defs/") else None
    if own is not None and not _referenced(own, defs, skip=own):
        root = defs.pop(own)
        root.pop("title", None)
    else:
        root = dict(root)
    description = (doc.__doc__ or "").strip()
    if description and "description" not in root:
        out["description"] = " ".join(description.split())
    out.update(root)
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    tidy: dict[str, Any] = _tidy(out)
    return tidy


def _tidy(node: Any) -> Any:
    """Docstrings become one-line descriptions."""
    if isinstance(node, dict):
        return {
            k: " ".join(v.split()) if k == "description" and isinstance(v, str) else _tidy(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    return node


def text(name: str) -> str:
    """The schema as the shipped file holds it: indented, newline-terminated."""
    return json.dumps(schema(name), indent=2) + "\n"


def _referenced(name: str, defs: dict[str, Any], skip: str) -> bool:
    target = json.dumps(f"#/$defs/{name}")
    return any(target in json.dumps(d) for n, d in defs.items() if n != skip)


def _optional_fields() -> dict[str, set[str]]:
    """Struct name -> fields that may be absent (defaulted fields of omit_defaults Structs)."""
    found: dict[str, set[str]] = {}
    pending: list[type] = [msgspec.Struct]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        config = getattr(cls, "__struct_config__", None)
        if config is None or not cls.__module__.startswith("bpo_cli.documents"):
            continue
        if config.omit_defaults:
            info = msgspec.structs.fields(cls)
            found[cls.__name__] = {f.encode_name for f in info if not f.required}
    return found


def main(argv: list[str]) -> int:
    """`--write` regenerates the shipped files; `--check` fails if one is out of date."""
    stale = (
        [n for n in names() if _path(n).read_text(encoding="utf-8") != text(n)]
        if (FOLDER.is_dir())
        else names()
    )
    if "--write" in argv:
        FOLDER.mkdir(exist_ok=True)
        for name in names():
            _path(name).write_text(text(name), encoding="utf-8")
        return 0
    for name in stale:
        print(f"out of date: {_path(name)}", file=sys.stderr)
    return 1 if stale else 0


def _path(name: str) -> Path:
    return FOLDER / f"{name}.schema.json"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
