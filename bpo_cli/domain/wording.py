"""Phrases bpo writes in many places, written once: a qualification, a list of labels, a count.

Every engine reason, career step, route and view that names a qualification uses `qualification`,
so "Bachelor's degree in Law or Commerce" reads the same in advice, routes, cohorts and reports.
"""

from __future__ import annotations

import re
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


def route_text(
    kb: KnowledgeBase,
    level: str,
    fields: Iterable[str] = (),
    experience_years: int = 0,
    experience_kind: str = "any",
    certifications: Iterable[str] = (),
) -> str:
    """One accepted route into a role: 'High school, any field with 1 year of work',
    'High school, any field with CompTIA A+'."""
    parts = [requirement(kb, level, fields)]
    if experience_years:
        kind = "in BPO or contact centres" if experience_kind == "bpo" else "of work"
        parts.append(plural(experience_years, "year") + " " + kind)
    certs = [kb.label("certifications", c) for c in certifications]
    if certs:
        parts.append(" or ".join(certs))
    return " with ".join(parts)


def normalise(name: str) -> str:
    """Lowercase words joined by single hyphens: 'Legal  Analyst' -> 'legal-analyst'. How a
    typed role, type or vocabulary name is compared with ids, titles and aliases."""
    return re.sub(r"[^a-z0-9*&+]+", "-", name.lower()).strip("-")
