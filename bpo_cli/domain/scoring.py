"""The numbers behind advice: each role's score, fit and gaps for a person, computed fast.

Everything that depends only on the knowledge base (role requirements as sets, centred Holland
vectors, which rules pick which role) is compiled once per knowledge base, so scoring a person
is a few set operations and sums per role: a class of ten thousand is scored in seconds.
The engine (engine.py) turns these numbers into reasons and steps.
"""

from __future__ import annotations

import math

from msgspec import Struct

from bpo_cli.domain.advice import EducationGap, ExperienceGap, Fit, Gaps
from bpo_cli.domain.conditions import holds
from bpo_cli.domain.holland import person_vector, role_vector
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import HOLLAND_LETTERS
from bpo_cli.domain.profile import Profile

NEUTRAL = 0.5  # the share of a component given when the person told us nothing about it


class Parts(Struct, frozen=True):
    """The share (0 to 1) each generic comparison earned, and the rules that fired for the role."""

    education: float
    required: float
    preferred: float
    interests: float | None  # None: the person named no interests
    holland: float | None  # None: no interests, or a flat profile
    experience: float
    rules: tuple[int, ...]  # indices into kb.rules


class Scored(Struct, frozen=True):
    role: str
    score: int
    fit: Fit
    gaps: Gaps
    parts: Parts


class _Role(Struct, frozen=True):
    slug: str
    rank: int
    level: str
    fields: frozenset[str]
    field_order: tuple[str, ...]
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    interests: tuple[str, ...]
    centred: tuple[float, ...] | None  # the Holland vector, centred and scaled to length 1
    experience: int
    rules: tuple[tuple[int, int], ...]  # (rule index, weight) for every rule that picks the role


class _Compiled(Struct, frozen=True):
    roles: tuple[_Role, ...]
    ranks: dict[str, int]


_CACHE: dict[int, tuple[KnowledgeBase, _Compiled]] = {}


def _compiled(kb: KnowledgeBase) -> _Compiled:
    hit = _CACHE.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    ranks = kb.education_ranks
    roles = tuple(
        _Role(
            slug=role.slug,
            rank=ranks.get(role.education.level, 0),
            level=role.education.level,
            fields=frozenset(role.education.fields),
            field_order=role.education.fields,
            required=role.skills.required,
            preferred=role.skills.preferred,
            interests=role.interests,
            centred=_centred([role_vector(kb, role)[h] for h in HOLLAND_LETTERS]),
            experience=role.experience_years,
            rules=tuple((i, r.weight) for i, r in enumerate(kb.rules) if r.selector.picks(role)),
        )
        for role in kb.roles.values()
    )
    compiled = _Compiled(roles, ranks)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(kb)] = (kb, compiled)
    return compiled


def _centred(values: list[float]) -> tuple[float, ...] | None:
    mean = sum(values) / len(values)
    centred = [v - mean for v in values]
    norm = math.sqrt(sum(c * c for c in centred))
    return None if norm <= 1e-9 else tuple(c / norm for c in centred)


def score_all(profile: Profile, kb: KnowledgeBase) -> list[Scored]:
    """Every role scored for the person, best first (score, then slug)."""
    compiled = _compiled(kb)
    weights = kb.weights
    ranks = compiled.ranks
    fired = {i for i, rule in enumerate(kb.rules) if holds(rule.when, profile, ranks)}
    skills = frozenset(profile.skills)
    fields = frozenset(profile.fields)
    rank = ranks.get(profile.education, -1)
    strengths = {i: profile.interest_strength(i) for i in kb.interests}
    any_interest = any(strengths.values())
    vector = person_vector(kb, profile)
    person = _centred([vector[h] for h in HOLLAND_LETTERS]) if vector else None
    years = profile.experience_years

    out = []
    for role in compiled.roles:
        level_ok = rank >= role.rank
        field_ok = not role.fields or bool(role.fields & fields)
        if level_ok and field_ok:
            education_share, education_gap = 1.0, None
        else:
            short = role.rank - rank
            education_share = 0.4 if level_ok else 0.3 if short == 1 else 0.0
            education_gap = EducationGap(profile.education, role.level, role.field_order)
        missing = tuple(s for s in role.required if s not in skills)
        missing_preferred = tuple(s for s in role.preferred if s not in skills)
        required_share = 1 - len(missing) / len(role.required) if role.required else 1.0
        preferred_share = (
            1 - len(missing_preferred) / len(role.preferred) if role.preferred else 1.0
        )
        interest_share: float | None = None
        if any_interest:
            held = sum(strengths.get(i, 0.0) for i in role.interests)
            interest_share = min(1.0, held / max(1, min(2, len(role.interests))))
        holland: float | None = None
        if person is not None and role.centred is not None:
            holland = max(0.0, sum(a * b for a, b in zip(person, role.centred, strict=True)))
        experience_share = 1.0 if years >= role.experience else years / role.experience
        rules = tuple(i for i, _ in role.rules if i in fired)
        # Each part is rounded as the explanation shows it, so the reasons add up to the score.
        total = (
            round(weights.education * education_share, 1)
            + round(weights.required_skills * required_share, 1)
            + round(weights.preferred_skills * preferred_share, 1)
            + round(weights.interests * (NEUTRAL if interest_share is None else interest_share), 1)
            + round(weights.holland * (NEUTRAL if holland is None else holland), 1)
            + round(weights.experience * experience_share, 1)
            + sum(w for i, w in role.rules if i in fired)
        )
        experience_gap = ExperienceGap(years, role.experience) if years < role.experience else None
        fit: Fit = (
            "stretch"
            if education_gap is not None
            else "reachable"
            if missing or experience_gap is not None
            else "ready"
        )
        out.append(
            Scored(
                role=role.slug,
                score=max(0, min(100, math.floor(total + 0.5))),
                fit=fit,
                gaps=Gaps(education_gap, missing, missing_preferred, experience_gap),
                parts=Parts(
                    education_share,
                    required_share,
                    preferred_share,
                    interest_share,
                    holland,
                    experience_share,
                    rules,
                ),
            )
        )
    out.sort(key=lambda s: (-s.score, s.role))
    return out
