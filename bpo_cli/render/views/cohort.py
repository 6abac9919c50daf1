"""The view of the cohort summary: ready, reachable and stretch by role, skills to teach."""

from __future__ import annotations

from bpo_cli.documents.cohort import CohortDoc
from bpo_cli.domain.steps import skill_how
from bpo_cli.domain.wording import plural, qualification
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
from bpo_cli.render.emit import Context, View

ROLES_SHOWN = 15
SKILLS_SHOWN = 10
COURSES_SHOWN = 5


def people(count: int) -> str:
    return plural(count, "person", "people")


def cohort_view(cohort: CohortDoc, ctx: Context) -> list[Block]:
    kb = ctx.kb
    title = kb.roles  # slug -> role, for titles
    fits = cohort.best_fit
    blocks: list[Block] = [
        Heading("Cohort summary", f"{cohort.advised:,} of {people(cohort.records)} advised"),
        Fields(
            [
                (
                    "Best role is",
                    f"ready for {fits.ready:,}, reachable for {fits.reachable:,}, "
                    f"a stretch for {fits.stretch:,}",
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
            [qualification(kb, q.level, q.fields), str(q.people)] for q in cohort.qualifications[:5]
        ]
        blocks.append(
            Table(
                ["Qualification", "People who need it"],
                q_rows,
                title="Qualifications their best roles ask for",
            )
        )
    if cohort.failed:
        shown = "; ".join(
            f"line {e.line}"
            + (f" ({', '.join(e.kept.values())})" if e.kept else "")
            + f": {e.error}"
            for e in cohort.errors[:5]
        )
        blocks.append(
            Paragraph(
                f"{cohort.failed:,} records could not be read ({shown}); "
                "`bpo advise --batch FILE` lists them all.",
                style="warn",
            )
        )
    blocks.append(Paragraph(cohort.disclaimer, style="dim"))
    return blocks


VIEWS: dict[type, View] = {CohortDoc: View(cohort_view, title="Cohort summary")}
