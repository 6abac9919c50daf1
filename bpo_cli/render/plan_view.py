"""Human views of the planning commands: a route, the next skills, roles side by side."""

from __future__ import annotations

from bpo_cli.domain.advice import Match
from bpo_cli.domain.holland import role_holland_code
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.planning import YEARS_PER_HOP, Route, SkillLeverage
from bpo_cli.domain.steps import skill_how
from bpo_cli.render.advice_view import badge, gap_lines
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
from bpo_cli.render.views import JOB_ZONES, education_text, holland_text, joined

VIA = {"start": "first move", "progression": "the usual next step", "move": "a sideways move"}


def route_view(kb: KnowledgeBase, route: Route, start_text: str, from_role: bool) -> list[Block]:
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
    if not route.hops:
        blocks.append(Paragraph(f"No route found: {route.missing}.", style="warn"))
        return blocks
    skills = list(dict.fromkeys(s for hop in route.hops for s in hop.gaps.skills))
    degrees = [
        education_text(kb, h.gaps.education.need, h.gaps.education.fields).replace(
            ", any field", ""
        )
        for h in route.hops
        if h.gaps.education is not None
    ]
    blocks.append(
        Fields(
            [
                ("Moves", " → ".join(kb.roles[h.role].title for h in route.hops)),
                ("New skills", ", ".join(kb.label("skills", s) for s in skills) or "none"),
                ("Qualifications", ", ".join(degrees) or "none"),
                (
                    "Time",
                    f"about {YEARS_PER_HOP * max(0, len(route.hops) - 1)} years "
                    f"(assuming {YEARS_PER_HOP} years in each role on the way)",
                ),
            ]
        )
    )
    for number, hop in enumerate(route.hops, 1):
        role = kb.roles[hop.role]
        steps = list(hop.steps[:6])
        blocks.append(
            Section(
                f"{number}. {role.title} ({VIA[hop.via]})",
                [
                    Bullets(gap_lines(kb, hop.gaps), title="Gaps at this point"),
                    Bullets(
                        [s.text for s in steps],
                        title="Steps",
                        numbered=True,
                        details=[list(s.how[:2]) for s in steps],
                    ),
                ],
            )
        )
    return blocks


def next_skills_view(kb: KnowledgeBase, ranked: tuple[SkillLeverage, ...], top: int) -> list[Block]:
    shown = [s for s in ranked if s.leverage > 0][:top]
    if not shown:
        return [
            Paragraph(
                "No missing skill would change your fit for any role: you already "
                "have the skills the roles ask for.",
                style="good",
            )
        ]

    def titles(slugs: tuple[str, ...]) -> str:
        return joined(slugs, lambda r: kb.roles[r].title)

    rows: list[list[Cell]] = [
        [
            str(i),
            Span(kb.label("skills", s.skill), "strong"),
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
        Section(
            f"How to build {kb.label('skills', best.skill)}",
            [Bullets(list(skill_how(kb, best.skill)))],
        ),
    ]


def compare_view(kb: KnowledgeBase, slugs: list[str], matches: list[Match] | None) -> list[Block]:
    roles = [kb.roles[s] for s in slugs]

    def row(label: str, cells: list[Cell]) -> list[Cell]:
        return [Span(label, "strong"), *cells]

    rows: list[list[Cell]] = [
        row("BPO types", [joined(r.bpo_types, lambda t: kb.types[t].name) for r in roles]),
        row(
            "Education", [education_text(kb, r.education.level, r.education.fields) for r in roles]
        ),
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
        row("Holland code", [holland_text(role_holland_code(kb, r)) for r in roles]),
        row(
            "Job zone",
            [f"{r.onet.job_zone} ({JOB_ZONES[r.onet.job_zone]})" if r.onet else "-" for r in roles],
        ),
        row("Customer-facing", ["yes" if r.customer_facing else "no" for r in roles]),
        row("Leads to", [joined(r.progression, lambda p: kb.roles[p].title) for r in roles]),
    ]
    if matches is not None:
        rows.append(row("Your fit", [badge(m.fit) for m in matches]))
        rows.append(row("Your score", [Bar(m.score) for m in matches]))
        rows.append(row("Your gaps", [" ".join(gap_lines(kb, m.gaps)) for m in matches]))
    return [Table(["", *(r.title for r in roles)], rows)]
