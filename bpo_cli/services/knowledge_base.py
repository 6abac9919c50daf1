"""The knowledge base a command works with: the built-in data, with an overlay when given."""

from __future__ import annotations

from pathlib import Path

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.knowledge.loader import load_knowledge


def load(overlay: Path | None = None) -> KnowledgeBase:
    """The checked knowledge base (from the verified cache when it is fresh); an overlay
    directory adds or replaces records. Problems raise InvalidKnowledgeError naming the file,
    record and field."""
    return load_knowledge(overlay)
