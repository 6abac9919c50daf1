"""Finding roles, types and vocabulary by name, with "did you mean" when a name is unknown."""

from __future__ import annotations

import re

from msgspec import Struct

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import BpoType, Role
from bpo_cli.errors import NotFoundError

VOCABULARIES = ("education", "fields", "skills", "interests", "tags", "preferences")


def normalise(name: str) -> str:
    """Lowercase words joined by single hyphens: 'Legal  Analyst' -> 'legal-analyst'."""
    return re.sub(r"[^a-z0-9*&+]+", "-", name.lower()).strip("-")


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
    """A role by slug, title or alias, in any case; NotFoundError suggests close names."""
    slug = role_names(kb).get(normalise(name))
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
        if wanted in (v, v.rstrip("s")):
            return v
    guess = suggest(kind, list(VOCABULARIES))
    raise NotFoundError(
        f"no vocabulary called '{kind}'" + (f"; did you mean {guess}?" if guess else ""),
        f"choose one of: {', '.join(VOCABULARIES)}",
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
