"""What bpo is, where its facts come from, and what its advice is (and is not) for."""

from __future__ import annotations

from msgspec import Struct

from bpo_cli import __version__
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Source
from bpo_cli.knowledge.onet import ATTRIBUTION

DISCLAIMER = (
    "bpo's advice is for career exploration only: it suggests roles to look into and ways to "
    "prepare. It is not a test, and it must not be used to screen, select or reject candidates. "
    "O*NET's interest figures describe occupations in the United States; BPO roles elsewhere "
    "may differ."
)


class About(Struct, frozen=True):
    version: str
    disclaimer: str
    attribution: str
    sources: list[Source]
    counts: dict[str, int]


def about(kb: KnowledgeBase) -> About:
    counts = {
        "roles": len(kb.roles),
        "types": len(kb.types),
        "skills": len(kb.skills),
        "interests": len(kb.interests),
        "fields": len(kb.fields),
        "education_levels": len(kb.education),
        "rules": len(kb.rules),
        "tips": len(kb.tips),
    }
    return About(__version__, DISCLAIMER, ATTRIBUTION, list(kb.sources.values()), counts)
