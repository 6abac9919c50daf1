"""`bpo cohort --format xlsx`: the cohort's tables as the sheets of one workbook."""

from __future__ import annotations

from pathlib import Path

from bpo_cli.documents.cohort import CohortDoc
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.wording import level_label
from bpo_cli.tables.writers import XlsxWriter


def write_cohort(kb: KnowledgeBase, cohort: CohortDoc, path: Path, name: str) -> None:
    """Summary, Roles, Skills, Qualifications, Holland and Errors sheets, after an About sheet."""
    book = XlsxWriter(path, f"bpo cohort summary for {name}")
    book.sheet("Summary", ["Measure", "People"])
    book.row("Summary", ["Records", cohort.records])
    book.row("Summary", ["Advised", cohort.advised])
    book.row("Summary", ["Could not be read", cohort.failed])
    for fit in ("ready", "reachable", "stretch"):
        book.row("Summary", [f"Best role is {fit}", getattr(cohort.best_fit, fit)])

    book.sheet("Roles", ["Role", "Slug", "Ready", "Reachable", "Stretch", "Among best 3"])
    for r in cohort.roles:
        title = kb.roles[r.role].title if r.role in kb.roles else r.role
        book.row("Roles", [title, r.role, r.ready, r.reachable, r.stretch, r.top])

    book.sheet("Skills", ["Missing skill", "Id", "Would make ready", "Missing for", "Mostly for"])
    for s in cohort.skills:
        roles = ", ".join(kb.roles[r].title if r in kb.roles else r for r in s.roles)
        book.row("Skills", [kb.label("skills", s.skill), s.skill, s.would_move, s.needed_by, roles])

    book.sheet("Qualifications", ["Level", "Fields", "People who need it"])
    for q in cohort.qualifications:
        fields = " or ".join(kb.label("fields", f) for f in q.fields) or "any field"
        book.row("Qualifications", [level_label(kb, q.level), fields, q.people])

    book.sheet("Holland", ["First letter of the Holland code", "People"])
    for letter, count in cohort.holland.items():
        book.row("Holland", [letter, count])

    kept = next((list(e.kept) for e in cohort.errors if e.kept), [])
    book.sheet("Errors", [*kept, "Line", "Error"])
    for e in cohort.errors:
        values = list((e.kept or {}).values())
        book.row("Errors", [*values, *[""] * (len(kept) - len(values)), e.line, e.error])
    book.save()
