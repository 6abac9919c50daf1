"""Finding roles, types and vocabulary by name, with "did you mean" when a name is unknown."""

from __future__ import annotations

from typing import Any

from msgspec import Struct, convert

from bpo_cli.documents.base import SCHEMA_VERSION
from bpo_cli.documents.common import SourceRef
from bpo_cli.documents.lookup import (
    ENTRIES,
    ITEMS,
    HollandScores,
    OnetDoc,
    OnetEducation,
    OverviewDoc,
    RoleDoc,
    RoleEducation,
    RoleRoute,
    RolesDoc,
    RoleSkills,
    TypeDoc,
    TypesDoc,
    VocabDoc,
    VocabItemDoc,
)
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import BpoType, HowTo, Role, Skill
from bpo_cli.domain.wording import normalise
from bpo_cli.errors import NotFoundError

VOCABULARIES = (
    "education",
    "fields",
    "skills",
    "interests",
    "tags",
    "preferences",
    "countries",
    "certifications",
)
SINGULAR = {"countries": "country"}


def suggest(name: str, candidates: list[str]) -> str | None:
    import difflib  # only when a name is unknown

    close = difflib.get_close_matches(normalise(name), candidates, n=3, cutoff=0.55)
    return ", ".join(close) if close else None


def role_names(kb: KnowledgeBase) -> dict[str, str]:
    """Every normalised slug, title and alias -> the role's slug."""
    names: dict[str, str] = {}
    for role in kb.roles.values():
        for name in (role.slug, role.title, *role.aliases):
            names.setdefault(normalise(name), role.slug)
    return names


def find_role(kb: KnowledgeBase, name: str) -> Role:
    """A role by slug, title or alias, in any case; NotFoundError suggests close names.

    A slug wins over another role's alias (`bpo data check` refuses an alias that is another
    role's name, but an overlay's role may arrive after the alias it shadows)."""
    wanted = normalise(name)
    if wanted in kb.roles:
        return kb.roles[wanted]
    slug = role_names(kb).get(wanted)
    if slug is not None:
        return kb.roles[slug]
    guess = suggest(name, list(kb.roles)) or suggest(name, list(role_names(kb)))
    raise NotFoundError(
        f"no role called '{name}'" + (f"; did you mean {guess}?" if guess else ""),
        "list them with `bpo roles`",
    )


def find_type(kb: KnowledgeBase, name: str) -> BpoType:
    """A BPO type by slug or name ('kpo', 'KPO', 'Knowledge Process Outsourcing')."""
    wanted = normalise(name)
    for t in kb.types.values():
        if wanted in (t.slug, normalise(t.name), normalise(t.name.split("(")[0])):
            return t
    guess = suggest(name, list(kb.types))
    raise NotFoundError(
        f"no BPO type called '{name}'" + (f"; did you mean {guess}?" if guess else ""),
        "list them with `bpo types`",
    )


def subtypes(kb: KnowledgeBase, slug: str) -> set[str]:
    """A type and every type below it (LPO and RPO are kinds of KPO)."""
    found = {slug}
    changed = True
    while changed:
        changed = False
        for t in kb.types.values():
            if t.parent in found and t.slug not in found:
                found.add(t.slug)
                changed = True
    return found


class RoleListing(Struct, frozen=True):
    roles: list[Role]
    note: str | None = None  # something the person should know about the filter


def list_roles(
    kb: KnowledgeBase, type_name: str | None = None, education: str | None = None
) -> RoleListing:
    """Roles, optionally of a type (and its subtypes) and open to an education level."""
    roles = list(kb.roles.values())
    note = None
    if type_name is not None:
        bpo_type = find_type(kb, type_name)
        if bpo_type.dimension == "location":
            note = (
                f"{bpo_type.name} describes where the provider is, not the work: "
                "every role can be done onshore, nearshore or offshore."
            )
        else:
            roles = roles_of_type(kb, bpo_type)
    if education is not None:
        ranks = kb.education_ranks
        level = normalise(education)
        if level not in ranks:
            guess = suggest(level, list(ranks))
            raise NotFoundError(
                f"no education level called '{education}'"
                + (f"; did you mean {guess}?" if guess else ""),
                f"levels: {', '.join(ranks)}",
            )
        roles = [r for r in roles if ranks.get(r.education.level, 99) <= ranks[level]]
    return RoleListing(roles, note)


def roles_of_type(kb: KnowledgeBase, bpo_type: BpoType) -> list[Role]:
    if bpo_type.dimension == "location":
        return []
    wanted = subtypes(kb, bpo_type.slug)
    return [r for r in kb.roles.values() if wanted & set(r.bpo_types)]


def check_vocabulary(kind: str) -> str:
    wanted = normalise(kind).replace("-", "")
    for v in VOCABULARIES:
        if wanted in (v, v.rstrip("s"), SINGULAR.get(v)):
            return v
    guess = suggest(kind, list(VOCABULARIES))
    raise NotFoundError(
        f"no vocabulary called '{kind}'" + (f"; did you mean {guess}?" if guess else ""),
        f"choose one of: {', '.join(VOCABULARIES)}",
    )


def find_country(kb: KnowledgeBase, name: str) -> str:
    """A country id by id or name, in any case (`--country`)."""
    wanted = normalise(name)
    for country in kb.countries.values():
        if wanted in (country.id, normalise(country.name)):
            return country.id
    guess = suggest(name, list(kb.countries))
    raise NotFoundError(
        f"no country called '{name}'" + (f"; did you mean {guess}?" if guess else ""),
        "list them with `bpo vocab countries`",
    )


def find_vocab_id(kb: KnowledgeBase, kind: str, item: str) -> str:
    """The id of one entry of a vocabulary, by id or label."""
    entries = kb.labels(kind)
    wanted = normalise(item)
    for key, label in entries.items():
        if wanted in (normalise(key), normalise(label)):
            return key
    guess = suggest(item, list(entries))
    raise NotFoundError(
        f"no {kind} entry called '{item}'" + (f"; did you mean {guess}?" if guess else ""),
        f"list them with `bpo vocab {kind}`",
    )


# The documents the lookup commands print (see bpo_cli/documents/lookup.py).


def role_document(kb: KnowledgeBase, role: Role, country: str | None = None) -> RoleDoc:
    """One role; with a country, pay, hiring and programmes only as they apply there."""
    from bpo_cli.domain.holland import role_holland_code
    from bpo_cli.domain.places import placed
    from bpo_cli.services import hired

    onet = None
    if role.onet is not None:
        o = role.onet
        education = None
        if o.education_category is not None:
            education = OnetEducation(o.education_category, o.education_label, o.education_pct)
        onet = OnetDoc(
            soc=o.soc,
            title=o.title,
            holland=o.holland,
            job_zone=o.job_zone,
            interest_scores=convert(o.interest_scores, HollandScores),
            education=education,
        )
    return RoleDoc(
        slug=role.slug,
        title=role.title,
        aliases=list(role.aliases),
        bpo_types=list(role.bpo_types),
        tags=list(role.tags),
        description=role.description,
        responsibilities=list(role.responsibilities),
        education=RoleEducation(role.education.level, list(role.education.fields)),
        experience_years=role.experience_years,
        skills=RoleSkills(list(role.skills.required), list(role.skills.preferred)),
        interests=list(role.interests),
        holland=role_holland_code(kb, role),
        customer_facing=role.customer_facing,
        onet=onet,
        progression=list(role.progression),
        steps=list(placed(kb, role.steps, role.step_countries, country)),
        sources=source_refs(kb, role.sources),
        country=country,
        pay=hired.pay_documents(kb, role.slug, country),
        hiring=hired.hiring_document(kb, role, country),
        outlook=hired.outlook_document(kb, role.slug),
        programmes=hired.programme_documents(kb, role, country),
        holland_derived=role.onet is None,
        experience_kind=role.experience_kind,
        routes=[convert(r, RoleRoute, from_attributes=True) for r in role.routes],
    )


def source_refs(kb: KnowledgeBase, ids: tuple[str, ...]) -> list[SourceRef]:
    return [convert(kb.sources[s], SourceRef, from_attributes=True) for s in ids]


def roles_document(kb: KnowledgeBase, listing: RoleListing) -> RolesDoc:
    return RolesDoc(roles=[role_document(kb, r) for r in listing.roles], note=listing.note)


def type_document(kb: KnowledgeBase, bpo_type: BpoType) -> TypeDoc:
    return TypeDoc(
        slug=bpo_type.slug,
        name=bpo_type.name,
        dimension=bpo_type.dimension,
        description=bpo_type.description,
        parent=bpo_type.parent,
        examples=list(bpo_type.examples),
        benefits=list(bpo_type.benefits),
        challenges=list(bpo_type.challenges),
        roles=[r.slug for r in roles_of_type(kb, bpo_type)],
        sources=source_refs(kb, bpo_type.sources),
    )


def types_document(kb: KnowledgeBase) -> TypesDoc:
    return TypesDoc(types=[type_document(kb, t) for t in kb.types.values()])


def _labelled(kb: KnowledgeBase, entry: Any) -> Any:
    """A skill whose ways to build it end with their country when they apply in some only."""
    if not isinstance(entry, Skill) or not entry.how.countries:
        return entry
    from msgspec.structs import replace

    from bpo_cli.domain.places import placed

    how, where = entry.how, entry.how.countries
    return replace(
        entry,
        how=HowTo(
            courses=placed(kb, how.courses, where, None),
            certifications=placed(kb, how.certifications, where, None),
            practice=placed(kb, how.practice, where, None),
        ),
    )


def _entries(kb: KnowledgeBase, kind: str) -> list[Any]:
    table: Any = kb.education if kind == "education" else getattr(kb, kind).values()
    return [convert(_labelled(kb, e), ENTRIES[kind], from_attributes=True) for e in table]


def vocab_document(kb: KnowledgeBase, kinds: list[str]) -> VocabDoc:
    """The vocabularies asked for (`bpo vocab [KIND]`)."""
    return VocabDoc(schema_version=SCHEMA_VERSION, **{k: _entries(kb, k) for k in kinds})


def vocab_item_document(kb: KnowledgeBase, kind: str, item: str) -> VocabItemDoc:
    """One entry of a vocabulary, by id or label (`bpo vocab KIND ID`)."""
    item_id = find_vocab_id(kb, kind, item)
    table: Any = kb.education if kind == "education" else getattr(kb, kind).values()
    entry = next(e for e in table if e.id == item_id)
    found: VocabItemDoc = convert(_labelled(kb, entry), ITEMS[kind], from_attributes=True)  # type: ignore[assignment]
    return found


def overview_document(kb: KnowledgeBase) -> OverviewDoc:
    return convert(kb.overview, OverviewDoc, from_attributes=True)
