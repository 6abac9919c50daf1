"""`bpo data check`: every problem in the knowledge base (with an overlay, if given)."""

from __future__ import annotations

from pathlib import Path

from bpo_cli.documents.about import DataCheckDoc, ProblemDoc
from bpo_cli.knowledge.loader import load


def check(overlay: Path | None) -> DataCheckDoc:
    """All problems found and how many records of each kind were read."""
    loaded = load(overlay)
    kb = loaded.kb
    counts = {
        "files": len(loaded.files),
        "roles": len(kb.roles),
        "types": len(kb.types),
        "skills": len(kb.skills),
        "rules": len(kb.rules),
        "tips": len(kb.tips),
        "questions": len(kb.questions),
    }
    return DataCheckDoc(
        ok=not loaded.problems,
        problems=[ProblemDoc(p.file, p.record, p.field, p.message) for p in loaded.problems],
        counts=counts,
        checked=f"built-in data + {overlay}" if overlay else "built-in data",
    )
