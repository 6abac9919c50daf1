"""One JSON Lines record per batch outcome (schema: bpo_cli/schemas/batch-record.schema.json)."""

from __future__ import annotations

from typing import Any

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.render.advice_json import gaps_dict
from bpo_cli.services.answers import profile_dict
from bpo_cli.services.batch import Outcome


def outcome_dict(kb: KnowledgeBase, outcome: Outcome, top: int | None) -> dict[str, Any]:
    kept = {"kept": outcome.kept} if outcome.kept is not None else {}
    if outcome.error is not None or outcome.profile is None or outcome.scored is None:
        return {"line": outcome.line, "id": outcome.id, **kept, "error": outcome.error}
    scored = outcome.scored if top is None else outcome.scored[:top]
    return {
        "line": outcome.line,
        "id": outcome.id,
        **kept,
        "profile": profile_dict(outcome.profile),
        "holland": outcome.holland,
        "matches": [
            {
                "role": s.role,
                "title": kb.roles[s.role].title,
                "score": s.score,
                "fit": s.fit,
                "gaps": gaps_dict(s.gaps),
            }
            for s in scored
        ],
    }
