"""Views of the planning documents: a route, the next skills, roles side by side."""

from __future__ import annotations

from bpo_cli.documents.plan import CompareDoc, NextSkillDoc, PathDoc
from bpo_cli.domain.wording import joined, plural, qualification, requirement
from bpo_cli.render.blocks import (
    Bar,
    Block,
    Bullets,
    Cell,
    Fields,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
)
from bpo_cli.render.emit import Context, View
from bpo_cli.render.views.advice import badge, gap_lines
from bpo_cli.render.views.hired import outlook_text, pay_lines
from bpo_cli.render.views.lookup import HOLLAND_NOTE, JOB_ZONES, holland_text

VIA = {"start": "first move", "progression": "the usual next step", "move": "a sideways move"}
STEPS_SHOWN = 6
HOW_SHOWN = 2


def path_view(route: PathDoc, ctx: Context) -> list[Block]:
    kb = ctx.kb
    from_role = isinstance(route.start, str)
    start_text = kb.roles[route.start].title if isinstance(route.start, str) else "your answers"
    target = kb.roles[route.target].title
    blocks: list[Block] = [Heading(f"Route to {target}", f"from {start_text}")]
    if from_role:
        blocks.append(
            Paragraph(
                "This assumes the role's minimum education and skills; give "
                "--answers instead to count everything you have.",
                style="dim",
            )
        )
    if not route.found:
        blocks.append(Paragraph(f"No route found: {route.missing}.", style="warn"))
        return blocks
    total = route.total
    degrees = [qualification(kb, q.need, q.fields) for q in total.qualifications]
    blocks.append(
        Fields(
            [
                ("Moves", " → ".join(hop.title for hop in route.hops)),
                (
                    "New skills",
                    ", ".join(kb.label("skills", s) for s in total.new_skills) or "none",
                ),
                ("Qualifications", ", ".join(degrees) or "none"),
                ("Time", time_text(total.years, degrees)),
            ]
        )
    )
    for number, hop in enumerate(route.hops, 1):
        steps = hop.steps[:STEPS_SHOWN]
        blocks.append(
            Section(
                f"{number}. {hop.title} ({VIA[hop.via]})",
                [
                    Bullets(gap_lines(kb, hop.gaps), title="Gaps at this point"),
                    Bullets(
                        [s.text for s in steps],
                        title="Steps",
                        numbered=True,
                        details=[list(s.how[:HOW_SHOWN]) for s in steps],
                    ),
                ],
            )
        )
    return blocks


def next_skill_view(ranked: NextSkillDoc, ctx: Context) -> list[Block]:
    kb = ctx.kb
    shown = [s for s in ranked.skills if s.leverage > 0]
    if ctx.top is not None:
        shown = shown[: ctx.top]
    if not shown:
        return [
            Paragraph(
                "No missing skill would change your fit for any role: you already "
                "have the skills the roles ask for.",
                style="good",
            )
        ]

    def titles(slugs: list[str]) -> str:
        return joined(slugs, lambda r: kb.roles[r].title)

    rows: list[list[Cell]] = [
        [
            str(i),
            Span(s.label, "strong"),
            f"{len(s.unlocks)}",
            titles(s.unlocks[:3]) if s.unlocks else "-",
            f"{len(s.improves)}",
        ]
        for i, s in enumerate(shown, 1)
    ]
    best = shown[0]
    return [
        Heading("The next skills to learn", "ranked by the roles they open up"),
        Table(["#", "Skill", "Ready for", "Roles it makes ready", "Closer to"], rows),
        Section(f"How to build {best.label}", [Bullets(list(best.how))]),
    ]


def compare_view(compared: CompareDoc, ctx: Context) -> list[Block]:
    kb = ctx.kb
    roles = compared.roles

    def row(label: str, cells: list[Cell]) -> list[Cell]:
        return [Span(label, "strong"), *cells]

    rows: list[list[Cell]] = [
        row("BPO types", [joined(r.bpo_types, lambda t: kb.types[t].name) for r in roles]),
        row("Education", [requirement(kb, r.education.level, r.education.fields) for r in roles]),
        row(
            "Experience",
            [f"{r.experience_years} years" if r.experience_years else "none" for r in roles],
        ),
        row(
            "Required skills",
            [joined(r.skills.required, lambda s: kb.label("skills", s)) for r in roles],
        ),
        row(
            "Preferred skills",
            [joined(r.skills.preferred, lambda s: kb.label("skills", s)) for r in roles],
        ),
        row("Holland code", [holland_text(r.holland) for r in roles]),
        row(
            "Job zone",
            [f"{r.onet.job_zone} ({JOB_ZONES[r.onet.job_zone]})" if r.onet else "-" for r in roles],
        ),
        row("Customer-facing", ["yes" if r.customer_facing else "no" for r in roles]),
        row("Leads to", [joined(r.progression, lambda p: kb.roles[p].title) for r in roles]),
        row("Pay", ["; ".join(pay_lines(kb, r.pay, r.country)) for r in roles]),
        row("Outlook", [outlook_text(r.outlook) if r.outlook else "-" for r in roles]),
    ]
    if compared.fit is not None:
        rows.append(row("Your fit", [badge(m.fit) for m in compared.fit]))
        rows.append(row("Your score", [Bar(m.score) for m in compared.fit]))
        rows.append(row("Your gaps", [" ".join(gap_lines(kb, m.gaps)) for m in compared.fit]))
    return [Table(["", *(r.title for r in roles)], rows), Paragraph(HOLLAND_NOTE, style="dim")]


VIEWS: dict[type, View] = {
    PathDoc: View(path_view),
    NextSkillDoc: View(next_skill_view),
    CompareDoc: View(compare_view),
}


def time_text(years: int, degrees: list[str]) -> str:
    """The route's time as JSON's `total.years` gives it, and the study it does not count."""
    text = (
        f"about {plural(years, 'year')} of work experience still needed on the way"
        if years
        else "no more work experience needed"
    )
    if degrees:
        text += f", plus the time to earn {' and '.join(degrees)}"
    return text
