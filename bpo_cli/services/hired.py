"""Getting hired (issue 12): sourced pay, hiring tests, outlook and programmes, by country.

A record with `countries` applies only there; without, everywhere. With a country, only what
applies there is kept; with none (the answers did not say), everything is kept, and each item
carries its countries so views can label it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from msgspec import convert

from bpo_cli.documents.common import (
    HiringDoc,
    HiringTestDoc,
    OutlookDoc,
    PayDoc,
    ProgrammeDoc,
    SourcedTextDoc,
    SourceRef,
)
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Pay, Role, SourcedText


class _Placed(Protocol):
    @property
    def countries(self) -> tuple[str, ...]: ...


P = TypeVar("P", bound=_Placed)


def applies(countries: tuple[str, ...], country: str | None) -> bool:
    """Whether an item for `countries` (empty: everywhere) is shown for `country` (None: all)."""
    return country is None or not countries or country in countries


def kept(items: Iterable[P], country: str | None) -> list[P]:
    return [item for item in items if applies(item.countries, country)]


def source_ref(kb: KnowledgeBase, source_id: str) -> SourceRef:
    return convert(kb.sources[source_id], SourceRef, from_attributes=True)


def pay_document(kb: KnowledgeBase, pay: Pay) -> PayDoc:
    def listed(value: tuple[int, int] | None) -> list[int] | None:
        return list(value) if value is not None else None

    return PayDoc(
        country=pay.country,
        currency=pay.currency,
        period="month",
        entry=listed(pay.entry),
        experienced=listed(pay.experienced),
        typical=listed(pay.typical),
        computed_from_yearly={k: list(v) for k, v in pay.yearly.items()}
        if pay.basis == "year"
        else None,
        note=pay.note,
        source=source_ref(kb, pay.source),
        year=kb.sources[pay.source].year,
    )


def pay_documents(kb: KnowledgeBase, role: str, country: str | None) -> list[PayDoc]:
    return [pay_document(kb, p) for p in kb.pay_of(role, country)]


def match_pay(kb: KnowledgeBase, role: str, country: str | None) -> PayDoc | None:
    """The pay for one match in the person's country; None without a country or a figure."""
    if country is None:
        return None
    found = kb.pay_of(role, country)
    return pay_document(kb, found[0]) if found else None


def _sourced(item: SourcedText) -> SourcedTextDoc:
    return SourcedTextDoc(item.text, item.source, list(item.countries))


def hiring_document(kb: KnowledgeBase, role: Role, country: str | None) -> HiringDoc:
    hiring = kb.hiring.roles.get(role.slug)
    tests = kept(hiring.tests, country) if hiring else []
    shifts = hiring.shifts if hiring else None
    if shifts is not None and not applies(shifts.countries, country):
        shifts = None
    notes = (kept(hiring.notes, country) if hiring else []) + kept(kb.hiring.notes, country)
    return HiringDoc(
        tests=[
            HiringTestDoc(
                kind=t.kind,
                text=t.text,
                source=t.source,
                countries=list(t.countries),
                wpm=t.wpm,
                accuracy=t.accuracy,
                kph=t.kph,
            )
            for t in tests
        ],
        shifts=_sourced(shifts) if shifts is not None else None,
        notes=[_sourced(n) for n in notes],
        red_flags=[_sourced(n) for n in kept(kb.hiring.red_flags, country)],
    )


def outlook_document(kb: KnowledgeBase, role: str) -> OutlookDoc:
    outlook = kb.outlook.get(role)
    if outlook is None:
        return OutlookDoc(trend="unknown", text="", source=None)
    source = source_ref(kb, outlook.source) if outlook.source else None
    return OutlookDoc(trend=outlook.trend, text=outlook.text, source=source)


def programme_documents(kb: KnowledgeBase, role: Role, country: str | None) -> list[ProgrammeDoc]:
    """Programmes that name the role, or one of its required or preferred skills."""
    skills = set(role.skills.required) | set(role.skills.preferred)
    return [
        ProgrammeDoc(
            id=p.id,
            name=p.name,
            kind=p.kind,
            provider=p.provider,
            url=p.url,
            countries=list(p.countries),
            text=p.text,
            source=source_ref(kb, p.source),
        )
        for p in kept(kb.programmes.values(), country)
        if role.slug in p.roles or skills & set(p.skills)
    ]
