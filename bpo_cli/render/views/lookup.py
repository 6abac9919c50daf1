"""Views of the lookup documents: roles, types, vocabulary, overview."""

from __future__ import annotations

from typing import Any

from bpo_cli.documents.about import SourceDoc
from bpo_cli.documents.common import SourceRef
from bpo_cli.documents.lookup import (
    CertificationItem,
    CountryItem,
    EducationItem,
    FieldItem,
    InterestItem,
    OverviewDoc,
    PreferenceItem,
    RoleDoc,
    RolesDoc,
    SkillItem,
    TypeDoc,
    TypesDoc,
    VocabDoc,
    _Item,
)
from bpo_cli.domain.models import Source
from bpo_cli.domain.wording import joined, requirement, route_text
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
from bpo_cli.render.emit import Context, View
from bpo_cli.render.views.hired import role_hired_blocks

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


# Holland codes, said once in words wherever they appear (a role, a comparison, the advice).
HOLLAND_NOTE = (
    "A Holland code names the kinds of work something suits, strongest first, by the first "
    "letters of six interest types: Realistic (hands-on, practical), Investigative (ideas, "
    "research), Artistic (creating, writing), Social (helping, teaching), Enterprising "
    "(persuading, leading) and Conventional (orderly work with data and rules)."
)


def holland_text(code: str) -> str:
    names = ", ".join(HOLLAND_NAMES.get(letter, letter) for letter in code)
    return f"{code} ({names})" if code else "not known"


def role_view(role: RoleDoc, ctx: Context) -> list[Block]:
    kb = ctx.kb
    pairs: list[tuple[str, Cell]] = []
    if role.aliases:
        pairs.append(("Also called", ", ".join(role.aliases)))
    pairs += [
        ("BPO types", joined(role.bpo_types, lambda t: kb.types[t].name)),
        ("Customer-facing", "yes" if role.customer_facing else "no"),
        ("Education", requirement(kb, role.education.level, role.education.fields)),
        *[
            (
                "Also accepted",
                route_text(
                    kb, r.level, r.fields, r.experience_years, r.experience_kind, r.certifications
                ),
            )
            for r in role.routes
        ],
        (
            "Experience",
            (
                f"{role.experience_years} years"
                + (" in BPO or contact centres" if role.experience_kind == "bpo" else "")
            )
            if role.experience_years
            else "none needed",
        ),
        ("Required skills", joined(role.skills.required, lambda s: kb.skills[s].label)),
        ("Preferred skills", joined(role.skills.preferred, lambda s: kb.skills[s].label)),
        ("Interests", joined(role.interests, lambda i: kb.interests[i].label)),
        (
            "Holland code",
            holland_text(role.holland)
            + (" (derived by bpo from the role's interests)" if role.holland_derived else ""),
        ),
    ]
    onet = role.onet
    if onet is not None:
        zone = JOB_ZONES.get(onet.job_zone, "")
        pairs.append(("O*NET", f"{onet.soc} {onet.title}; job zone {onet.job_zone} ({zone})"))
        if onet.education is not None and onet.education.label:
            category = onet.education.category
            ours = next((e.label for e in kb.education if category in e.onet_categories), None)
            pairs.append(
                (
                    "US education",
                    f"{onet.education.label} is the most common "
                    f"({onet.education.percent}% of O*NET respondents)"
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
        *role_hired_blocks(kb, role.pay, role.hiring, role.outlook, role.programmes, role.country),
        Paragraph(HOLLAND_NOTE, style="dim"),
        Paragraph(f"Sources: {sources_text(role.sources)}", style="dim"),
    ]


def sources_text(sources: list[SourceRef] | list[Source]) -> str:
    return "; ".join(source_line(s) for s in sources)


def source_line(source: SourceRef | SourceDoc | Source) -> str:
    """A source as a reader can find it again: title, publisher, year and address."""
    if source.file:
        return f"{source.title} ({source.file})"
    when = str(source.year) if source.year else ("undated" if source.url else "")
    detail = ", ".join(x for x in (source.publisher, when, source.url) if x)
    return f"{source.title} ({detail})" if detail else source.title


def roles_view(listing: RolesDoc, ctx: Context) -> list[Block]:
    rows: list[list[Cell]] = [
        [
            Span(r.slug, "accent"),
            r.title,
            requirement(ctx.kb, r.education.level, r.education.fields),
            ", ".join(r.bpo_types),
        ]
        for r in listing.roles
    ]
    blocks: list[Block] = [
        Table(["Role", "Title", "Minimum education", "BPO types"], rows, listing=True)
    ]
    if listing.note:
        blocks.insert(0, Paragraph(listing.note, style="dim"))
    return blocks


def types_view(listing: TypesDoc, ctx: Context) -> list[Block]:
    rows: list[list[Cell]] = [
        [Span(t.slug, "accent"), t.name, t.dimension, t.parent or ""] for t in listing.types
    ]
    return [Table(["Type", "Name", "Dimension", "Part of"], rows, listing=True)]


def type_view(bpo_type: TypeDoc, ctx: Context) -> list[Block]:
    kb = ctx.kb
    pairs: list[tuple[str, Cell]] = [("Dimension", bpo_type.dimension)]
    if bpo_type.parent:
        parent = kb.types.get(bpo_type.parent)
        pairs.append(("Part of", parent.name if parent else bpo_type.parent))
    children = [t.name for t in kb.types.values() if t.parent == bpo_type.slug]
    if children:
        pairs.append(("Includes", ", ".join(children)))
    blocks: list[Block] = [
        Heading(bpo_type.name, bpo_type.slug),
        Paragraph(bpo_type.description),
        Fields(pairs),
        Bullets(list(bpo_type.examples), title="Examples"),
    ]
    if bpo_type.benefits:
        blocks.append(Bullets(list(bpo_type.benefits), title="Benefits"))
    if bpo_type.challenges:
        blocks.append(Bullets(list(bpo_type.challenges), title="Challenges"))
    if bpo_type.roles:
        blocks.append(
            Table(
                ["Role", "Title"],
                [[Span(r, "accent"), kb.roles[r].title] for r in bpo_type.roles],
                title="Roles",
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
    blocks.append(Paragraph(f"Sources: {sources_text(bpo_type.sources)}", style="dim"))
    return blocks


def _vocab_table(kind: str, entries: list[Any]) -> list[Block]:
    rows: list[list[Cell]]
    match kind:
        case "education":
            rows = [[Span(e.id, "accent"), e.label, e.description] for e in entries]
            columns = ["Level (lowest first)", "Label", "Covers"]
        case "fields":
            rows = [[Span(f.id, "accent"), f.label, f.description] for f in entries]
            columns = ["Field", "Label", "Covers"]
        case "skills":
            rows = [[Span(s.id, "accent"), s.label, s.kind] for s in entries]
            columns = ["Skill", "Label", "Kind"]
        case "interests":
            rows = [[Span(i.id, "accent"), i.label, i.holland, i.description] for i in entries]
            columns = ["Interest", "Label", "Holland", "Means"]
        case "tags":
            rows = [[Span(t.id, "accent"), t.label, t.description] for t in entries]
            columns = ["Tag", "Label", "Means"]
        case "countries":
            rows = [[Span(c.id, "accent"), c.label, c.currency or "varies"] for c in entries]
            columns = ["Country", "Name", "Currency"]
        case "certifications":
            rows = [[Span(c.id, "accent"), c.label, c.issuer, c.url or ""] for c in entries]
            columns = ["Certification", "Name", "Issuer", "Official page"]
        case _:
            rows = [
                [Span(p.id, "accent"), p.label, ", ".join(o.id for o in p.options), p.default]
                for p in entries
            ]
            columns = ["Preference", "Label", "Options", "Default"]
    return [Table(columns, rows, listing=True)]


def vocab_view(vocab: VocabDoc, ctx: Context) -> list[Block]:
    kinds = [
        (kind, entries)
        for kind in (
            "education",
            "fields",
            "skills",
            "interests",
            "tags",
            "preferences",
            "countries",
            "certifications",
        )
        if (entries := getattr(vocab, kind)) is not None
    ]
    if len(kinds) == 1:
        return _vocab_table(*kinds[0])
    return [Section(kind.capitalize(), _vocab_table(kind, entries)) for kind, entries in kinds]


def vocab_item_view(item: _Item, ctx: Context) -> list[Block]:
    if isinstance(item, CountryItem):
        pairs: list[tuple[str, Cell]] = [("Currency", item.currency or "varies")]
        if item.night_differential is not None:
            pairs.append(("Night work", item.night_differential.text))
        found: list[Block] = [Heading(item.label, item.id), Fields(pairs)]
        if item.notes:
            found.append(Bullets([n.text for n in item.notes], title="Good to know"))
        return found
    if isinstance(item, SkillItem):
        blocks: list[Block] = [
            Heading(item.label, item.id),
            Paragraph(item.description),
            Fields(
                [("Kind", item.kind)]
                + (
                    [("Personal quality", "judged at the interview; not a bar to ready")]
                    if item.trait
                    else []
                )
            ),
        ]
        for title, items in (
            ("Courses", item.how.courses),
            ("Certifications", item.how.certifications),
            ("Practice", item.how.practice),
        ):
            if items:
                blocks.append(Bullets(list(items), title=title))
        return blocks
    if isinstance(item, EducationItem):
        return [
            Heading(item.label, item.id),
            Paragraph(item.description),
            Fields([("Rank", f"{item.rank + 1} of {len(ctx.kb.education)}")]),
        ]
    if isinstance(item, InterestItem):
        return [
            Heading(item.label, item.id),
            Paragraph(item.description),
            Fields([("Holland letter", holland_text(item.holland))]),
        ]
    if isinstance(item, PreferenceItem):
        return [
            Heading(item.label, item.id),
            Bullets([f"{o.id}: {o.label}" for o in item.options], title="Options"),
            Fields([("Default", item.default)]),
        ]
    if isinstance(item, FieldItem) and item.counts_as:
        taught = ", ".join(ctx.kb.label("skills", s) for s in item.counts_as)
        return [
            Heading(item.label, item.id),
            Paragraph(item.description),
            Fields([("A diploma or degree counts as", taught)]),
        ]
    if isinstance(item, CertificationItem):
        pairs = [("Issuer", item.issuer)]
        if item.url:
            pairs.append(("Official page", item.url))
        if item.counts_as:
            pairs.append(
                ("Counts as", ", ".join(ctx.kb.label("skills", s) for s in item.counts_as))
            )
        return [Heading(item.label, item.id), Paragraph(item.description), Fields(pairs)]
    entry: Any = item
    return [Heading(entry.label, entry.id), Paragraph(entry.description)]


def overview_view(overview: OverviewDoc, ctx: Context) -> list[Block]:
    blocks: list[Block] = [
        Heading("Business process outsourcing"),
        Paragraph(overview.definition),
    ]
    for section in overview.sections:
        items: list[str | list[Span]] = [
            [Span(item.title, "strong"), Span(f": {item.text}")] for item in section.items
        ]
        blocks.append(Section(section.title, [Bullets(items)]))
    return blocks


VIEWS: dict[type, View] = {
    RoleDoc: View(role_view),
    RolesDoc: View(roles_view),
    TypeDoc: View(type_view),
    TypesDoc: View(types_view),
    VocabDoc: View(vocab_view),
    _Item: View(vocab_item_view),
    OverviewDoc: View(overview_view),
}
