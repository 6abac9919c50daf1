"""`bpo data check`: every problem in the knowledge base (with an overlay, if given)."""

from __future__ import annotations

from pathlib import Path

from bpo_cli.errors import Problem
from bpo_cli.knowledge.loader import load


def check(overlay: Path | None) -> tuple[list[Problem], dict[str, int]]:
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
    return loaded.problems, counts
