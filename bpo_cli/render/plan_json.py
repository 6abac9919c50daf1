"""JSON documents of the planning commands: path, next-skill, compare (see schemas/)."""

from __future__ import annotations

from typing import Any

from bpo_cli.domain.advice import Match
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.planning import YEARS_PER_HOP, Route, SkillLeverage
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.steps import skill_how
from bpo_cli.render.advice_json import gaps_dict
from bpo_cli.render.json_out import SCHEMA_VERSION, role_dict
from bpo_cli.services.answers import profile_dict


def route_dict(kb: KnowledgeBase, route: Route, start: str | Profile) -> dict[str, Any]:
    skills = list(dict.fromkeys(s for hop in route.hops for s in hop.gaps.skills))
    qualifications = [
        {"need": hop.gaps.education.need, "fields": list(hop.gaps.education.fields)}
        for hop in route.hops
        if hop.gaps.education is not None
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "start": start if isinstance(start, str) else profile_dict(start),
        "target": route.target,
        "found": bool(route.hops),
        "hops": [
            {
                "role": hop.role,
                "title": kb.roles[hop.role].title,
                "via": hop.via,
                "gaps": gaps_dict(hop.gaps),
                "steps": [{"kind": s.kind, "text": s.text, "how": list(s.how)} for s in hop.steps],
            }
            for hop in route.hops
        ],
        "total": {
            "moves": len(route.hops),
            "new_skills": skills,
            "qualifications": qualifications,
            "years": YEARS_PER_HOP * (len(route.hops) - (0 if isinstance(start, str) else 1))
            if route.hops
            else 0,
        },
        "missing": route.missing or None,
    }


def next_skills_dict(
    kb: KnowledgeBase, person: Profile, ranked: tuple[SkillLeverage, ...]
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "profile": profile_dict(person),
        "skills": [
            {
                "skill": s.skill,
                "label": kb.label("skills", s.skill),
                "leverage": s.leverage,
                "unlocks": list(s.unlocks),
                "improves": list(s.improves),
                "how": list(skill_how(kb, s.skill)),
            }
            for s in ranked
        ],
    }


def compare_dict(
    kb: KnowledgeBase, slugs: list[str], matches: list[Match] | None
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "roles": [role_dict(kb, kb.roles[slug]) for slug in slugs],
        "fit": None
        if matches is None
        else [
            {"role": m.role, "score": m.score, "fit": m.fit, "gaps": gaps_dict(m.gaps)}
            for m in matches
        ],
    }
