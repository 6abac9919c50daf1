"""Phrases bpo writes in many places, written once: a qualification, a list of labels, a count.

Every engine reason, career step, route and view that names a qualification uses `qualification`,
so "Bachelor's degree in Law or Commerce" reads the same in advice, routes, cohorts and reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpo_cli.domain.knowledge import KnowledgeBase


def level_label(kb: KnowledgeBase, level: str) -> str:
    """An education level's label, or its id when the knowledge base does not know it."""
    found = kb.education_level(level)
    return found.label if found else level


def qualification(kb: KnowledgeBase, level: str, fields: Iterable[str] = ()) -> str:
    """'Bachelor's degree in Law or Commerce'; just the level when any field will do."""
    text = level_label(kb, level)
    named = [kb.label("fields", f) for f in fields]
    return f"{text} in {' or '.join(named)}" if named else text


def requirement(kb: KnowledgeBase, level: str, fields: Iterable[str] = ()) -> str:
    """A role's minimum education as a listing shows it: 'any field' said out loud."""
    fields = tuple(fields)
    return qualification(kb, level, fields) if fields else f"{level_label(kb, level)}, any field"


def joined(ids: Iterable[str], label: Callable[[str], str]) -> str:
    """'Label one, Label two' for a list of ids, or 'none'."""
    return ", ".join(label(i) for i in ids) or "none"


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 year', '3 years', '1 person', '2 people'."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"
