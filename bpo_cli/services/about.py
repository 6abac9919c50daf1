"""What bpo is, where its facts come from, and what its advice is (and is not) for."""

from __future__ import annotations

from msgspec import convert

from bpo_cli import __version__
from bpo_cli.documents.about import AboutDoc, SourceDoc
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.terms import ATTRIBUTION, DISCLAIMER


def about(kb: KnowledgeBase) -> AboutDoc:
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
    return AboutDoc(
        version=__version__,
        disclaimer=DISCLAIMER,
        attribution=ATTRIBUTION,
        sources=[convert(s, SourceDoc, from_attributes=True) for s in kb.sources.values()],
        counts=counts,
    )
