"""The cohort summary as JSON (schemas/cohort.schema.json) and as blocks for every other format."""

from __future__ import annotations

from typing import Any

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.steps import skill_how
from bpo_cli.render.blocks import (
    Block,
    Bullets,
    Cell,
    Chart,
    Fields,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
)
from bpo_cli.render.json_out import SCHEMA_VERSION
from bpo_cli.render.views import education_text
from bpo_cli.services.about import DISCLAIMER
from bpo_cli.services.cohort import Cohort

ROLES_SHOWN = 15
SKILLS_SHOWN = 10
COURSES_SHOWN = 5


def people(count: int) -> str:
    return f"{count:,} {'person' if count == 1 else 'people'}"


def cohort_dict(cohort: Cohort) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "records": cohort.records,
        "advised": cohort.advised,
        "failed": cohort.failed,
        "errors": [{"line": line, "error": error} for line, error in cohort.errors],
        "best_fit": dict(cohort.best_fit),
        "holland": dict(cohort.holland),
        "roles": [
            {
                "role": r.role,
                "ready": r.ready,
                "reachable": r.reachable,
                "stretch": r.stretch,
                "top": r.top,
            }
            for r in cohort.roles
        ],
        "skills": [
            {
                "skill": s.skill,
                "would_move": s.would_move,
                "needed_by": s.needed_by,
                "roles": list(s.roles),
            }
            for s in cohort.skills
        ],
        "qualifications": [
            {"level": q.level, "fields": list(q.fields), "people": q.people}
            for q in cohort.qualifications
        ],
        "disclaimer": DISCLAIMER,
    }


def cohort_view(kb: KnowledgeBase, cohort: Cohort) -> list[Block]:
    title = kb.roles  # slug -> role, for titles
    fits = cohort.best_fit
    blocks: list[Block] = [
        Heading("Cohort summary", f"{cohort.advised:,} of {people(cohort.records)} advised"),
        Fields(
            [
                (
                    "Best role is",
                    f"ready for {fits['ready']:,}, reachable for {fits['reachable']:,}, "
                    f"a stretch for {fits['stretch']:,}",
                ),
                (
                    "Holland codes",
                    ", ".join(f"{letter} {n:,}" for letter, n in cohort.holland.items()) or "-",
                ),
            ]
        ),
    ]
    ready = [(title[r.role].title, float(r.ready)) for r in cohort.roles if r.ready][:10]
    if ready:
        blocks.append(
            Chart(
                ready,
                title="Ready now, by role",
                top=max(value for _, value in ready),
                unit="people",
            )
        )
    rows: list[list[Cell]] = [
        [
            Span(title[r.role].title, "strong"),
            str(r.ready),
            str(r.reachable),
            str(r.stretch),
            str(r.top),
        ]
        for r in cohort.roles[:ROLES_SHOWN]
    ]
    blocks.append(
        Table(["Role", "Ready", "Reachable", "Stretch", "Among best 3"], rows, title="Roles")
    )
    skill_rows: list[list[Cell]] = [
        [
            Span(kb.label("skills", s.skill), "strong"),
            str(s.would_move),
            str(s.needed_by),
            ", ".join(title[r].title for r in s.roles),
        ]
        for s in cohort.skills[:SKILLS_SHOWN]
    ]
    if skill_rows:
        blocks.append(
            Table(
                ["Missing skill", "Would make ready", "Missing for", "Mostly for"],
                skill_rows,
                title="Skills that hold people back",
            )
        )
    courses = [s for s in cohort.skills if s.would_move][:COURSES_SHOWN]
    if courses:
        blocks.append(
            Section(
                "Courses to plan",
                [
                    Bullets(
                        [
                            f"{kb.label('skills', s.skill)}: {people(s.would_move)} "
                            "would be ready for a role with it"
                            for s in courses
                        ],
                        details=[list(skill_how(kb, s.skill)[:3]) for s in courses],
                    ),
                ],
            )
        )
    if cohort.qualifications:
        q_rows: list[list[Cell]] = [
            [education_text(kb, q.level, q.fields).replace(", any field", ""), str(q.people)]
            for q in cohort.qualifications[:5]
        ]
        blocks.append(
            Table(
                ["Qualification", "People who need it"],
                q_rows,
                title="Qualifications their best roles ask for",
            )
        )
    if cohort.failed:
        shown = "; ".join(f"line {line}: {error}" for line, error in cohort.errors[:5])
        blocks.append(
            Paragraph(
                f"{cohort.failed:,} records could not be read ({shown}); "
                "`bpo advise --batch FILE` lists them all.",
                style="warn",
            )
        )
    blocks.append(Paragraph(DISCLAIMER, style="dim"))
    return blocks
