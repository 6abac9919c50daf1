"""Human views of the knowledge base (roles, types, vocabulary, overview) as neutral blocks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from bpo_cli.domain.holland import role_holland_code
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import BpoType, Role, Skill, Source
from bpo_cli.render.blocks import (
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

if TYPE_CHECKING:  # only for annotations: a lookup should not import these modules
    from bpo_cli.errors import Problem
    from bpo_cli.services.about import About
    from bpo_cli.services.profiles import Saved

JOB_ZONES = {
    1: "little or no preparation",
    2: "some preparation",
    3: "medium preparation",
    4: "considerable preparation",
    5: "extensive preparation",
}
HOLLAND_NAMES = {
    "R": "Realistic",
    "I": "Investigative",
    "A": "Artistic",
    "S": "Social",
    "E": "Enterprising",
    "C": "Conventional",
}


def joined(ids: Iterable[str], label: Callable[[str], str]) -> str:
    """'Label one, Label two' for a list of ids, or 'none'."""
    return ", ".join(label(i) for i in ids) or "none"


def education_text(kb: KnowledgeBase, level: str, fields: tuple[str, ...]) -> str:
    found = kb.education_level(level)
    text = found.label if found else level
    if fields:
        return (
            f"{text} in {' or '.join(kb.fields[f].label if f in kb.fields else f for f in fields)}"
        )
    return f"{text}, any field"


def holland_text(code: str) -> str:
    names = ", ".join(HOLLAND_NAMES.get(letter, letter) for letter in code)
    return f"{code} ({names})" if code else "not known"


def role_view(kb: KnowledgeBase, role: Role) -> list[Block]:
    pairs: list[tuple[str, Cell]] = []
    if role.aliases:
        pairs.append(("Also called", ", ".join(role.aliases)))
    pairs += [
        ("BPO types", joined(role.bpo_types, lambda t: kb.types[t].name)),
        ("Customer-facing", "yes" if role.customer_facing else "no"),
        ("Education", education_text(kb, role.education.level, role.education.fields)),
        (
            "Experience",
            f"{role.experience_years} years" if role.experience_years else "none needed",
        ),
        ("Required skills", joined(role.skills.required, lambda s: kb.skills[s].label)),
        ("Preferred skills", joined(role.skills.preferred, lambda s: kb.skills[s].label)),
        ("Interests", joined(role.interests, lambda i: kb.interests[i].label)),
        ("Holland code", holland_text(role_holland_code(kb, role))),
    ]
    if role.onet is not None:
        zone = JOB_ZONES.get(role.onet.job_zone, "")
        pairs.append(
            ("O*NET", f"{role.onet.soc} {role.onet.title}; job zone {role.onet.job_zone} ({zone})")
        )
        if role.onet.education_label:
            ours = next(
                (
                    e.label
                    for e in kb.education
                    if role.onet.education_category in e.onet_categories
                ),
                None,
            )
            pairs.append(
                (
                    "US education",
                    f"{role.onet.education_label} is the most common "
                    f"({role.onet.education_pct}% of O*NET respondents)"
                    + (f"; in bpo's levels: {ours}" if ours else ""),
                )
            )
    if role.progression:
        pairs.append(("Leads to", joined(role.progression, lambda r: kb.roles[r].title)))
    return [
        Heading(role.title, role.slug),
        Paragraph(role.description),
        Fields(pairs),
        Bullets(list(role.responsibilities), title="What the work involves"),
        Bullets(list(role.steps), title="Career steps", numbered=True),
        Paragraph(f"Sources: {sources_text(kb, role.sources)}", style="dim"),
    ]


def sources_text(kb: KnowledgeBase, source_ids: tuple[str, ...]) -> str:
    return "; ".join(source_line(kb.sources[s]) for s in source_ids if s in kb.sources)


def source_line(source: Source) -> str:
    """A source as a reader can find it again: title, publisher, year and address."""
    if source.file:
        return f"{source.title} ({source.file})"
    when = str(source.year) if source.year else ("undated" if source.url else "")
    detail = ", ".join(x for x in (source.publisher, when, source.url) if x)
    return f"{source.title} ({detail})" if detail else source.title


def roles_view(kb: KnowledgeBase, roles: list[Role], note: str | None) -> list[Block]:
    rows: list[list[str | Span | list[Span]]] = [
        [
            Span(r.slug, "accent"),
            r.title,
            education_text(kb, r.education.level, r.education.fields),
            ", ".join(r.bpo_types),
        ]
        for r in roles
    ]
    blocks: list[Block] = [
        Table(["Role", "Title", "Minimum education", "BPO types"], list(rows), listing=True)
    ]
    if note:
        blocks.insert(0, Paragraph(note, style="dim"))
    return blocks


def types_view(kb: KnowledgeBase) -> list[Block]:
    rows = [
        [Span(t.slug, "accent"), t.name, t.dimension, t.parent or ""] for t in kb.types.values()
    ]
    return [Table(["Type", "Name", "Dimension", "Part of"], list(rows), listing=True)]


def type_view(kb: KnowledgeBase, bpo_type: BpoType, roles: list[Role]) -> list[Block]:
    pairs: list[tuple[str, str]] = [("Dimension", bpo_type.dimension)]
    if bpo_type.parent:
        parent = kb.types.get(bpo_type.parent)
        pairs.append(("Part of", parent.name if parent else bpo_type.parent))
    children = [t.name for t in kb.types.values() if t.parent == bpo_type.slug]
    if children:
        pairs.append(("Includes", ", ".join(children)))
    blocks: list[Block] = [
        Heading(bpo_type.name, bpo_type.slug),
        Paragraph(bpo_type.description),
        Fields(list(pairs)),
        Bullets(list(bpo_type.examples), title="Examples"),
    ]
    if bpo_type.benefits:
        blocks.append(Bullets(list(bpo_type.benefits), title="Benefits"))
    if bpo_type.challenges:
        blocks.append(Bullets(list(bpo_type.challenges), title="Challenges"))
    if roles:
        blocks.append(
            Table(
                ["Role", "Title"], [[Span(r.slug, "accent"), r.title] for r in roles], title="Roles"
            )
        )
    elif bpo_type.dimension == "location":
        blocks.append(
            Paragraph(
                "Every role can be done from an onshore, nearshore or offshore "
                "provider: see `bpo roles`.",
                style="dim",
            )
        )
    blocks.append(Paragraph(f"Sources: {sources_text(kb, bpo_type.sources)}", style="dim"))
    return blocks


def skill_view(skill: Skill) -> list[Block]:
    blocks: list[Block] = [
        Heading(skill.label, skill.id),
        Paragraph(skill.description),
        Fields([("Kind", skill.kind)]),
    ]
    for title, items in (
        ("Courses", skill.how.courses),
        ("Certifications", skill.how.certifications),
        ("Practice", skill.how.practice),
    ):
        if items:
            blocks.append(Bullets(list(items), title=title))
    return blocks


def vocab_view(kb: KnowledgeBase, kind: str) -> list[Block]:
    rows: list[list[Cell]]
    match kind:
        case "education":
            rows = [[Span(e.id, "accent"), e.label, e.description] for e in kb.education]
            columns = ["Level (lowest first)", "Label", "Covers"]
        case "fields":
            rows = [[Span(f.id, "accent"), f.label, f.description] for f in kb.fields.values()]
            columns = ["Field", "Label", "Covers"]
        case "skills":
            rows = [[Span(s.id, "accent"), s.label, s.kind] for s in kb.skills.values()]
            columns = ["Skill", "Label", "Kind"]
        case "interests":
            rows = [
                [Span(i.id, "accent"), i.label, i.holland, i.description]
                for i in kb.interests.values()
            ]
            columns = ["Interest", "Label", "Holland", "Means"]
        case "tags":
            rows = [[Span(t.id, "accent"), t.label, t.description] for t in kb.tags.values()]
            columns = ["Tag", "Label", "Means"]
        case _:
            rows = [
                [Span(p.id, "accent"), p.label, ", ".join(o.id for o in p.options), p.default]
                for p in kb.preferences.values()
            ]
            columns = ["Preference", "Label", "Options", "Default"]
    return [Table(columns, rows, listing=True)]


def overview_view(kb: KnowledgeBase) -> list[Block]:
    blocks: list[Block] = [
        Heading("Business process outsourcing"),
        Paragraph(kb.overview.definition),
    ]
    for section in kb.overview.sections:
        items: list[str | list[Span]] = [
            [Span(item.title, "strong"), Span(f": {item.text}")] for item in section.items
        ]
        blocks.append(Section(section.title, [Bullets(items)]))
    return blocks


def vocab_views(kb: KnowledgeBase, kinds: list[str]) -> list[Block]:
    if len(kinds) == 1:
        return vocab_view(kb, kinds[0])
    return [Section(kind.capitalize(), vocab_view(kb, kind)) for kind in kinds]


def vocab_item_view(kb: KnowledgeBase, kind: str, item_id: str) -> list[Block]:
    if kind == "skills":
        return skill_view(kb.skills[item_id])
    if kind == "education":
        level = kb.education_level(item_id)
        assert level is not None
        return [
            Heading(level.label, level.id),
            Paragraph(level.description),
            Fields([("Rank", f"{level.rank + 1} of {len(kb.education)}")]),
        ]
    if kind == "interests":
        interest = kb.interests[item_id]
        return [
            Heading(interest.label, interest.id),
            Paragraph(interest.description),
            Fields([("Holland letter", holland_text(interest.holland))]),
        ]
    if kind == "preferences":
        pref = kb.preferences[item_id]
        return [
            Heading(pref.label, pref.id),
            Bullets([f"{o.id}: {o.label}" for o in pref.options], title="Options"),
            Fields([("Default", pref.default)]),
        ]
    entry = kb.fields[item_id] if kind == "fields" else kb.tags[item_id]
    return [Heading(entry.label, entry.id), Paragraph(entry.description)]


def about_view(info: About) -> list[Block]:
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in info.counts.items())
    sources: list[str | list[Span]] = [
        [
            Span(s.title, "strong"),
            Span(source_line(s)[len(s.title) :]),
            Span(f": {s.covers}" if s.covers else ""),
        ]
        for s in info.sources
    ]
    return [
        Heading(f"bpo {info.version}", "a career advisor for business process outsourcing"),
        Paragraph(info.disclaimer, style="warn"),
        Fields([("Knowledge base", counts)]),
        Bullets(sources, title="Where the facts come from"),
        Section("O*NET attribution", [Paragraph(info.attribution)]),
    ]


def check_view(problems: list[Problem], counts: dict[str, int], where: str) -> list[Block]:
    summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items())
    if not problems:
        return [Paragraph([Span("OK ", "good"), Span(f"{where}: {summary}; no problems found.")])]
    rows: list[list[Cell]] = [[p.file, p.record or "", p.field or "", p.message] for p in problems]
    return [
        Table(["File", "Record", "Field", "Problem"], rows),
        Paragraph(
            [
                Span(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} ", "bad"),
                Span(f"in {where}."),
            ]
        ),
    ]


def profiles_view(saved: list[Saved]) -> list[Block]:
    if not saved:
        return [
            Paragraph("No saved profiles yet: save one with `bpo advise --save NAME`.", style="dim")
        ]
    rows: list[list[Cell]] = [
        [
            Span(p.name, "accent"),
            p.modified,
            Span("ok", "good") if p.problem is None else Span(p.problem, "bad"),
            p.path,
        ]
        for p in saved
    ]
    return [Table(["Profile", "Saved", "Status", "File"], rows, listing=True)]
