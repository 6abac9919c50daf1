"""JSON documents of the lookup commands: explicit dicts with stable keys (see schemas/)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from bpo_cli.domain.holland import role_holland_code
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import BpoType, OnetOccupation, Role, Skill

if TYPE_CHECKING:  # only for annotations: a lookup should not import these modules
    from bpo_cli.errors import Problem
    from bpo_cli.services.about import About
    from bpo_cli.services.profiles import Saved

# Bumped in the minor part for additive changes, in the major part for breaking ones.
SCHEMA_VERSION = "1.1"


def dumps(document: Any) -> str:
    """The one way JSON leaves bpo: indented, ASCII-safe on any terminal, newline-terminated."""
    return json.dumps(document, indent=2, ensure_ascii=True) + "\n"


def onet_dict(onet: OnetOccupation | None) -> dict[str, Any] | None:
    if onet is None:
        return None
    education = None
    if onet.education_category is not None:
        education = {
            "category": onet.education_category,
            "label": onet.education_label,
            "percent": onet.education_pct,
        }
    return {
        "soc": onet.soc,
        "title": onet.title,
        "holland": onet.holland,
        "job_zone": onet.job_zone,
        "interest_scores": dict(onet.interest_scores),
        "education": education,
    }


def role_dict(kb: KnowledgeBase, role: Role) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "slug": role.slug,
        "title": role.title,
        "aliases": list(role.aliases),
        "bpo_types": list(role.bpo_types),
        "tags": list(role.tags),
        "description": role.description,
        "responsibilities": list(role.responsibilities),
        "education": {"level": role.education.level, "fields": list(role.education.fields)},
        "experience_years": role.experience_years,
        "skills": {
            "required": list(role.skills.required),
            "preferred": list(role.skills.preferred),
        },
        "interests": list(role.interests),
        "holland": role_holland_code(kb, role),
        "customer_facing": role.customer_facing,
        "onet": onet_dict(role.onet),
        "progression": list(role.progression),
        "steps": list(role.steps),
        "sources": [source_dict(kb, s) for s in role.sources],
    }


def source_dict(kb: KnowledgeBase, source_id: str) -> dict[str, Any]:
    source = kb.sources[source_id]
    return {
        "id": source.id,
        "title": source.title,
        "file": source.file,
        "publisher": source.publisher,
        "url": source.url,
        "year": source.year,
    }


def type_dict(kb: KnowledgeBase, bpo_type: BpoType, roles: list[Role]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "slug": bpo_type.slug,
        "name": bpo_type.name,
        "dimension": bpo_type.dimension,
        "description": bpo_type.description,
        "parent": bpo_type.parent,
        "examples": list(bpo_type.examples),
        "benefits": list(bpo_type.benefits),
        "challenges": list(bpo_type.challenges),
        "roles": [r.slug for r in roles],
        "sources": [source_dict(kb, s) for s in bpo_type.sources],
    }


def skill_dict(skill: Skill) -> dict[str, Any]:
    return {
        "id": skill.id,
        "label": skill.label,
        "kind": skill.kind,
        "description": skill.description,
        "how": {
            "courses": list(skill.how.courses),
            "certifications": list(skill.how.certifications),
            "practice": list(skill.how.practice),
        },
    }


def vocab_items(kb: KnowledgeBase, kind: str) -> list[dict[str, Any]]:
    """One vocabulary as a list of plain dicts."""
    if kind == "education":
        return [
            {"id": e.id, "label": e.label, "description": e.description, "rank": e.rank}
            for e in kb.education
        ]
    if kind == "fields":
        return [
            {"id": f.id, "label": f.label, "description": f.description} for f in kb.fields.values()
        ]
    if kind == "skills":
        return [skill_dict(s) for s in kb.skills.values()]
    if kind == "interests":
        return [
            {"id": i.id, "label": i.label, "holland": i.holland, "description": i.description}
            for i in kb.interests.values()
        ]
    if kind == "tags":
        return [
            {"id": t.id, "label": t.label, "description": t.description} for t in kb.tags.values()
        ]
    if kind == "preferences":
        return [
            {
                "id": p.id,
                "label": p.label,
                "default": p.default,
                "options": [{"id": o.id, "label": o.label} for o in p.options],
            }
            for p in kb.preferences.values()
        ]
    raise ValueError(kind)


def vocab_item(kb: KnowledgeBase, kind: str, item_id: str) -> dict[str, Any]:
    entry = next(e for e in vocab_items(kb, kind) if e["id"] == item_id)
    return {"schema_version": SCHEMA_VERSION, "vocabulary": kind, **entry}


def overview_dict(kb: KnowledgeBase) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "definition": kb.overview.definition,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "items": [
                    {"title": item.title, "text": item.text, "sources": list(item.sources)}
                    for item in section.items
                ],
            }
            for section in kb.overview.sections
        ],
    }


def about_dict(info: About) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "name": "bpo",
        "version": info.version,
        "disclaimer": info.disclaimer,
        "attribution": info.attribution,
        "sources": [
            {
                "id": s.id,
                "kind": s.kind,
                "title": s.title,
                "file": s.file,
                "covers": s.covers,
                "publisher": s.publisher,
                "url": s.url,
                "year": s.year,
                "seen": s.seen,
            }
            for s in info.sources
        ],
        "counts": info.counts,
    }


def check_dict(problems: list[Problem], counts: dict[str, int]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "ok": not problems,
        "problems": [p.as_dict() for p in problems],
        "counts": counts,
    }


def profiles_dict(saved: list[Saved]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "profiles": [
            {
                "name": p.name,
                "path": p.path,
                "modified": p.modified,
                "valid": p.problem is None,
                "problem": p.problem,
            }
            for p in saved
        ],
    }
