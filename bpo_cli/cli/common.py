"""Helpers the commands share: loading the knowledge base once, shell completion."""

from __future__ import annotations

from pathlib import Path

from bpo_cli.api import load_knowledge
from bpo_cli.domain.knowledge import KnowledgeBase


def knowledge(data: Path | None) -> KnowledgeBase:
    """The knowledge base, with the overlay of --data/BPO_DATA when given."""
    return load_knowledge(data)


def complete_role(incomplete: str) -> list[str]:
    """Role slugs for shell completion."""
    return _complete(incomplete, "roles")


def complete_type(incomplete: str) -> list[str]:
    """BPO type slugs for shell completion."""
    return _complete(incomplete, "types")


def _complete(incomplete: str, table: str) -> list[str]:
    try:
        kb = load_knowledge(None)
    except Exception:  # completion must never print a traceback into the shell
        return []
    slugs: dict[str, object] = getattr(kb, table)
    return [slug for slug in slugs if slug.startswith(incomplete.lower())]
