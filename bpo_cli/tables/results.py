"""Batch results as spreadsheet rows: one row per person, the kept columns, id, line, and for
each of the best roles its title, fit, score, missing skills, qualification and first step."""

from __future__ import annotations

from typing import Any

import msgspec

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.steps import plan
from bpo_cli.domain.wording import plural, qualification
from bpo_cli.services.batch import Outcome

ROLE_COLUMNS = ("Role", "Fit", "Score", "Missing skills", "Qualification", "First step")
Cell = str | int


def header(kept: list[str], roles: int) -> list[str]:
    """The results sheet's header, for `roles` best roles per person."""
    out = [*kept, "id", "line", "error"]
    for rank in range(1, roles + 1):
        out += [f"{name} {rank}" for name in ROLE_COLUMNS]
    return out


def row(kb: KnowledgeBase, outcome: Outcome, top: int | None, kept: int) -> list[Cell]:
    """One person's row; a failed record keeps its kept columns, id, line and error."""
    values = list((outcome.kept or {}).values())[:kept]
    out: list[Cell] = [*values, *[""] * (kept - len(values))]
    out += [_id(outcome.id), outcome.line, outcome.error or ""]
    if outcome.advice is None:
        return out
    profile = outcome.advice.profile
    matches = outcome.advice.matches
    for scored in matches if top is None else matches[:top]:
        role = kb.roles[scored.role]
        gaps = scored.gaps
        steps = plan(_without_tips(kb), profile, role, gaps) or plan(kb, profile, role, gaps)
        out += [
            role.title,
            scored.fit,
            scored.score,
            "; ".join(kb.label("skills", s) for s in gaps.blocking),
            _qualification(kb, scored),
            steps[0].text if steps else "",
        ]
    return out


_TIPLESS: dict[int, tuple[KnowledgeBase, KnowledgeBase]] = {}


def _without_tips(kb: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base without its tips: tips come last in a plan, so they matter for the
    first step only when nothing else does (then the full plan is made), and checking every
    tip's condition for every role of every person was most of a spreadsheet run's time."""
    hit = _TIPLESS.get(id(kb))
    if hit is None or hit[0] is not kb:
        _TIPLESS.clear()
        hit = (kb, msgspec.structs.replace(kb, tips=()))
        _TIPLESS[id(kb)] = hit
    return hit[1]


def _qualification(kb: KnowledgeBase, scored: Any) -> str:
    parts = []
    education = scored.gaps.education
    if education is not None:
        parts.append(qualification(kb, education.need, education.fields))
    experience = scored.gaps.experience
    if experience is not None:
        parts.append(f"{plural(experience.need - experience.have, 'more year')} of experience")
    return "; ".join(parts)


def _id(value: Any) -> Cell:
    if value is None:
        return ""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    return str(value)
