"""Advice for one person as a document: the engine's result in the `bpo advise --json` shape."""

from __future__ import annotations

from typing import Literal

from msgspec import convert

from bpo_cli.documents.advice import AdviceDoc
from bpo_cli.documents.common import FitDoc, GapsDoc, MatchDoc, ProfileDoc
from bpo_cli.domain.advice import Advice, Gaps, Match
from bpo_cli.domain.engine import advise, labels_for
from bpo_cli.domain.holland import code_of, person_vector
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import score_all

Detail = Literal["full", "scores"]


def profile_document(profile: Profile) -> ProfileDoc:
    """The normalised answers, in the answers-file format (and the JSON `profile`)."""
    return convert(profile, ProfileDoc, from_attributes=True)


def gaps_document(gaps: Gaps) -> GapsDoc:
    return convert(gaps, GapsDoc, from_attributes=True)


def match_document(match: Match) -> MatchDoc:
    return convert(match, MatchDoc, from_attributes=True)


def fit_document(match: Match) -> FitDoc:
    return convert(match, FitDoc, from_attributes=True)


def advice_document(advice: Advice, kb: KnowledgeBase | None = None) -> AdviceDoc:
    """The advice document; with the knowledge base, each match carries its pay in the
    person's country (or null)."""
    matches = [match_document(m) for m in advice.matches]
    if kb is not None and advice.profile.country is not None:
        from msgspec.structs import replace

        from bpo_cli.services.hired import match_pay

        country = advice.profile.country
        matches = [replace(m, pay=match_pay(kb, m.role, country)) for m in matches]
    return AdviceDoc(
        profile=profile_document(advice.profile),
        holland=advice.holland,
        matches=matches,
    )


def advice_for(kb: KnowledgeBase, person: Profile, detail: Detail = "full") -> Advice:
    """Every role scored for one person, best first: the one advice model of `advise`, `advise
    --batch` and `cohort`. `full` explains each score and plans steps; `scores` keeps the score,
    fit and gaps only (reasons and steps empty), which is all a batch or a cohort needs."""
    if detail == "full":
        return advise(person, kb)
    vector = person_vector(kb, person)
    return Advice(
        profile=person,
        holland=code_of(vector) if vector else "",
        matches=tuple(
            Match(
                s.role,
                kb.roles[s.role].title,
                s.score,
                s.fit,
                (),
                s.gaps,
                (),
                rank=s.rank,
                labels=labels_for(kb, person, kb.roles[s.role]),
            )
            for s in score_all(person, kb)
        ),
    )


def advise_person(kb: KnowledgeBase, person: Profile) -> AdviceDoc:
    """Every role scored for one person, best first, as the `advise` document."""
    return advice_document(advice_for(kb, person), kb)
