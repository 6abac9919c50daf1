"""Views of the documents about bpo itself: about, data check, saved profiles."""

from __future__ import annotations

from bpo_cli.documents.about import AboutDoc, DataCheckDoc, ProfilesDoc
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
from bpo_cli.render.views.lookup import source_line


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items())


def about_view(info: AboutDoc, ctx: Context) -> list[Block]:
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
        Fields([("Knowledge base", _counts(info.counts))]),
        Bullets(sources, title="Where the facts come from"),
        Section("O*NET attribution", [Paragraph(info.attribution)]),
    ]


def check_view(check: DataCheckDoc, ctx: Context) -> list[Block]:
    problems = check.problems
    if not problems:
        return [
            Paragraph(
                [
                    Span("OK ", "good"),
                    Span(f"{check.checked}: {_counts(check.counts)}; no problems found."),
                ]
            )
        ]
    rows: list[list[Cell]] = [[p.file, p.record or "", p.field or "", p.message] for p in problems]
    return [
        Table(["File", "Record", "Field", "Problem"], rows),
        Paragraph(
            [
                Span(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} ", "bad"),
                Span(f"in {check.checked}."),
            ]
        ),
    ]


def profiles_view(saved: ProfilesDoc, ctx: Context) -> list[Block]:
    if not saved.profiles:
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
        for p in saved.profiles
    ]
    return [Table(["Profile", "Saved", "Status", "File"], rows, listing=True)]


VIEWS: dict[type, View] = {
    AboutDoc: View(about_view),
    DataCheckDoc: View(check_view),
    ProfilesDoc: View(profiles_view),
}
