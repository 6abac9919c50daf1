"""The `bpo advise --json` document (schema: bpo_cli/schemas/advice.schema.json)."""

from __future__ import annotations

from typing import Any

from bpo_cli.domain.advice import Advice, Gaps, Match
from bpo_cli.render.json_out import SCHEMA_VERSION
from bpo_cli.services.about import DISCLAIMER
from bpo_cli.services.answers import profile_dict


def gaps_dict(gaps: Gaps) -> dict[str, Any]:
    education = None
    if gaps.education is not None:
        education = {
            "have": gaps.education.have,
            "need": gaps.education.need,
            "fields": list(gaps.education.fields),
        }
    experience = None
    if gaps.experience is not None:
        experience = {"have": gaps.experience.have, "need": gaps.experience.need}
    return {
        "education": education,
        "skills": list(gaps.skills),
        "preferred_skills": list(gaps.preferred_skills),
        "experience": experience,
    }


def match_dict(match: Match) -> dict[str, Any]:
    return {
        "role": match.role,
        "title": match.title,
        "score": match.score,
        "fit": match.fit,
        "reasons": [{"rule": r.rule, "text": r.text, "weight": r.weight} for r in match.reasons],
        "gaps": gaps_dict(match.gaps),
        "steps": [{"kind": s.kind, "text": s.text, "how": list(s.how)} for s in match.steps],
    }


def advice_dict(advice: Advice) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "profile": profile_dict(advice.profile),
        "holland": advice.holland,
        "matches": [match_dict(m) for m in advice.matches],
        "disclaimer": DISCLAIMER,
    }
