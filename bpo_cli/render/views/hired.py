"""Blocks for getting hired (issue 12): pay, hiring tests, outlook, programmes, by country.

Helpers for the role, compare and advice views; no document of its own. Every figure comes with
"as of YEAR, source"; a country without a sourced figure says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from bpo_cli.documents.common import (
    HiringDoc,
    OutlookDoc,
    PayDoc,
    ProgrammeDoc,
    SourcedTextDoc,
    SourceRef,
)
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Pay, Role, Source
from bpo_cli.render.blocks import Block, Bullets, Paragraph, Section

LEVELS = (("entry", "entry level"), ("experienced", "3 to 5 years"), ("typical", "typically"))
TRENDS = {
    "growing": "Growing",
    "stable": "Stable",
    "shrinking": "Shrinking",
    "unknown": "Not known",
}


def money(currency: str, low: int, high: int) -> str:
    if low == high:
        return f"{currency} {low:,}"
    return f"{currency} {low:,} to {high:,}"


def cited(source: SourceRef | Source) -> str:
    """'as of 2024, Title (Publisher)' or 'undated, Title (Publisher)'."""
    when = f"as of {source.year}" if source.year else "undated"
    who = f"{source.title} ({source.publisher})" if source.publisher else source.title
    return f"{when}, {who}"


def pay_text(kb: KnowledgeBase, pay: PayDoc | Pay) -> str:
    """One line: the ranges a month, gross, with its year and source."""
    parts = []
    for key, label in LEVELS:
        value = getattr(pay, key)
        if value is not None:
            parts.append(f"{label} {money(pay.currency, value[0], value[1])}")
    text = "; ".join(parts) + " a month, gross"
    if isinstance(pay, PayDoc):
        yearly_figures = pay.computed_from_yearly
        source: SourceRef | Source = pay.source
    else:
        yearly_figures = (
            {k: list(v) for k, v in pay.yearly.items()} if pay.basis == "year" else None
        )
        source = kb.sources[pay.source]
    if yearly_figures:
        low, high = next(iter(yearly_figures.values()))
        text += f" (computed from {money(pay.currency, low, high)} a year)"
    text += f" ({cited(source)})"
    country = kb.countries.get(pay.country)
    night = country.night_differential if country is not None else None
    if night is not None:
        text += (
            f"; plus at least {night.percent}% for each hour worked between 10 pm and 6 am "
            "(night differential, set by law)"
        )
    return text


def shown_countries(kb: KnowledgeBase, country: str | None) -> list[str]:
    """The countries pay is stated for: the person's, or every listed one but `other`."""
    if country is not None:
        return [country]
    return [c for c in kb.countries if c != "other"]


def pay_lines(kb: KnowledgeBase, pays: Sequence[PayDoc | Pay], country: str | None) -> list[str]:
    by_country = {p.country: p for p in pays}
    lines = []
    for where in shown_countries(kb, country):
        name = kb.label("countries", where)
        found = by_country.get(where)
        lines.append(f"{name}: {pay_text(kb, found) if found else 'no sourced figure'}")
    return lines


def _where(kb: KnowledgeBase, countries: list[str], country: str | None) -> str:
    """' (India)' for a country-specific item when no country was chosen, else ''."""
    if country is not None or not countries:
        return ""
    return f" ({', '.join(kb.label('countries', c) for c in countries)})"


def _item(kb: KnowledgeBase, item: SourcedTextDoc, country: str | None) -> str:
    return item.text + _where(kb, item.countries, country)


def hiring_blocks(kb: KnowledgeBase, hiring: HiringDoc, country: str | None) -> list[Block]:
    lines = [t.text + _where(kb, t.countries, country) for t in hiring.tests]
    if hiring.shifts is not None:
        lines.append("Shifts: " + _item(kb, hiring.shifts, country))
    lines += [_item(kb, n, country) for n in hiring.notes]
    blocks: list[Block] = []
    if lines:
        blocks.append(Bullets(lines, title="How people are hired"))
    if hiring.red_flags:
        blocks.append(
            Bullets([_item(kb, n, country) for n in hiring.red_flags], title="Warning signs")
        )
    return blocks


def outlook_text(outlook: OutlookDoc) -> str:
    if outlook.source is None:
        return "not known (no sourced outlook)"
    return f"{TRENDS[outlook.trend]}: {outlook.text} ({cited(outlook.source)})"


def programme_lines(
    kb: KnowledgeBase, programmes: list[ProgrammeDoc], country: str | None
) -> list[str]:
    lines = []
    for p in programmes:
        by = f", {p.provider}" if p.provider else ""
        address = f" {p.url}" if p.url else ""
        lines.append(f"{p.name} ({p.kind}{by}){_where(kb, p.countries, country)}:{address}")
    return lines


def role_hired_blocks(
    kb: KnowledgeBase,
    pays: list[PayDoc],
    hiring: HiringDoc | None,
    outlook: OutlookDoc | None,
    programmes: list[ProgrammeDoc],
    country: str | None,
) -> list[Block]:
    """Pay, outlook, hiring and programmes for one role, as a section."""
    inner: list[Block] = [Bullets(pay_lines(kb, pays, country), title="Pay")]
    if outlook is not None:
        inner.append(Paragraph(f"Outlook: {outlook_text(outlook)}"))
    if hiring is not None:
        inner += hiring_blocks(kb, hiring, country)
    if programmes:
        inner.append(
            Bullets(programme_lines(kb, programmes, country), title="Programmes and job boards")
        )
    where = f" in {kb.label('countries', country)}" if country else ""
    return [Section(f"Getting hired{where}", inner)]


def outlook_line(kb: KnowledgeBase, role: str) -> str:
    """The outlook of a role from the knowledge base, with its source."""
    outlook = kb.outlook.get(role)
    if outlook is None or outlook.source is None:
        return "not known (no sourced outlook)"
    return f"{TRENDS[outlook.trend]}: {outlook.text} ({cited(kb.sources[outlook.source])})"


def programme_blocks(kb: KnowledgeBase, role: Role, country: str | None) -> list[Block]:
    """Programmes and job boards serving a role (or its skills) that apply in the country."""
    skills = set(role.skills.required) | set(role.skills.preferred)
    lines = []
    for p in kb.programmes.values():
        if country is not None and p.countries and country not in p.countries:
            continue
        if role.slug in p.roles or skills & set(p.skills):
            address = f" {p.url}" if p.url else ""
            lines.append(f"{p.name}{_where(kb, list(p.countries), country)}:{address}")
    return [Bullets(lines, title="Programmes and job boards")] if lines else []


def report_sources(kb: KnowledgeBase, role: str, country: str | None) -> list[str]:
    """The sources a report cites for a role: the role's, its pay's and its outlook's."""
    ids = list(kb.roles[role].sources) if role in kb.roles else []
    ids += [p.source for p in kb.pay_of(role, country)]
    outlook = kb.outlook.get(role)
    if outlook is not None and outlook.source:
        ids.append(outlook.source)
    return [s for s in ids if s in kb.sources]
