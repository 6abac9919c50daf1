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
from bpo_cli.domain.conditions import Predicate, compile_condition
from bpo_cli.domain.evidence import evidence
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
    # Points for the skill comparisons, indexed by the number of skills missing.
    required_points: tuple[float, ...]
    preferred_points: tuple[float, ...]
    interests: tuple[str, ...]
    centred: tuple[float, ...] | None  # the Holland vector, centred and scaled to length 1
    experience: int
    rules: tuple[tuple[int, int], ...]  # (rule index, weight) for every rule that picks the role


class _Compiled(Struct, frozen=True):
    roles: tuple[_Role, ...]
    ranks: dict[str, int]
    rules: tuple[Predicate, ...]
    education_points: dict[float, float]  # share -> points


EDUCATION_SHARES = (1.0, 0.4, 0.3, 0.0)  # met; level without the field; one level short; less


def _points(weight: int, wanted: int) -> tuple[float, ...]:
    if not wanted:
        return (float(weight),)
    return tuple(round(weight * (1 - missing / wanted), 1) for missing in range(wanted + 1))


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
            required_points=_points(kb.weights.required_skills, len(role.skills.required)),
            preferred_points=_points(kb.weights.preferred_skills, len(role.skills.preferred)),
            interests=role.interests,
            centred=_centred([role_vector(kb, role)[h] for h in HOLLAND_LETTERS]),
            experience=role.experience_years,
            rules=tuple((i, r.weight) for i, r in enumerate(kb.rules) if r.selector.picks(role)),
        )
        for role in kb.roles.values()
    )
    compiled = _Compiled(
        roles,
        ranks,
        tuple(compile_condition(rule.when, ranks) for rule in kb.rules),
        {share: round(kb.weights.education * share, 1) for share in EDUCATION_SHARES},
    )
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(kb)] = (kb, compiled)
    return compiled


def _centred(values: list[float]) -> tuple[float, ...] | None:
    mean = sum(values) / len(values)
    centred = [v - mean for v in values]
    norm = math.sqrt(sum(c * c for c in centred))
    return None if norm <= 1e-9 else tuple(c / norm for c in centred)


_UNKNOWN: dict[str, float] = {}  # "the caller did not compute the Holland vector"


def score_all(
    profile: Profile, kb: KnowledgeBase, vector: dict[str, float] | None = _UNKNOWN
) -> list[Scored]:
    """Every role scored for the person, best first (score, then slug).

    `vector` is the person's Holland vector when the caller has it already.
    """
    compiled = _compiled(kb)
    weights = kb.weights
    ranks = compiled.ranks
    fired = {i for i, holds in enumerate(compiled.rules) if holds(profile)}
    skills = evidence(kb, profile).skills
    fields = frozenset(profile.fields)
    rank = ranks.get(profile.education, -1)
    strengths = {i: profile.interest_strength(i) for i in kb.interests}
    any_interest = any(strengths.values())
    if vector is _UNKNOWN:
        vector = person_vector(kb, profile)
    person = _centred([vector[h] for h in HOLLAND_LETTERS]) if vector else None
    years = profile.experience_years

    w_required, w_preferred = weights.required_skills, weights.preferred_skills
    w_interests, w_holland, w_experience = weights.interests, weights.holland, weights.experience
    education_points = compiled.education_points
    neutral_interests = round(w_interests * NEUTRAL, 1)
    neutral_holland = round(w_holland * NEUTRAL, 1)
    out = []
    for role in compiled.roles:  # the hot loop of a batch: plain arithmetic, no helpers
        level_ok = rank >= role.rank
        if level_ok and (not role.fields or role.fields & fields):
            education_share, education_gap = 1.0, None
        else:
            education_share = 0.4 if level_ok else 0.3 if role.rank - rank == 1 else 0.0
            education_gap = EducationGap(profile.education, role.level, role.field_order)
        missing = tuple([s for s in role.required if s not in skills])
        missing_preferred = tuple([s for s in role.preferred if s not in skills])
        required_points = role.required_points[len(missing)]
        preferred_points = role.preferred_points[len(missing_preferred)]
        interest_share: float | None = None
        if any_interest:
            held = 0.0
            for i in role.interests:
                held += strengths[i]
            count = len(role.interests)
            interest_share = held / (2 if count > 2 else count or 1)
            if interest_share > 1.0:
                interest_share = 1.0
        holland: float | None = None
        centred = role.centred
        if person is not None and centred is not None:
            p, r = person, centred
            holland = (
                p[0] * r[0] + p[1] * r[1] + p[2] * r[2] + p[3] * r[3] + p[4] * r[4] + (p[5] * r[5])
            )
            if holland < 0.0:
                holland = 0.0
        experience_share = 1.0 if years >= role.experience else years / role.experience
        rules = []
        bonus = 0
        for index, weight in role.rules:
            if index in fired:
                rules.append(index)
                bonus += weight
        # Each part is rounded as the explanation shows it, so the reasons add up to the score.
        total = (
            education_points[education_share]
            + required_points
            + preferred_points
            + (
                neutral_interests
                if interest_share is None
                else w_interests
                if interest_share == 1.0
                else round(w_interests * interest_share, 1)
            )
            + (neutral_holland if holland is None else round(w_holland * holland, 1))
            + (
                w_experience
                if experience_share == 1.0
                else round(w_experience * experience_share, 1)
            )
            + bonus
        )
        experience_gap = ExperienceGap(years, role.experience) if years < role.experience else None
        if education_gap is not None:
            fit: Fit = "stretch"
        elif missing or experience_gap is not None:
            fit = "reachable"
        else:
            fit = "ready"
        score = math.floor(total + 0.5)
        out.append(
            Scored(
                role.slug,
                0 if score < 0 else 100 if score > 100 else score,
                fit,
                Gaps(education_gap, missing, missing_preferred, experience_gap),
                Parts(
                    education_share,
                    required_points / w_required if w_required else 1.0,
                    preferred_points / w_preferred if w_preferred else 1.0,
                    interest_share,
                    holland,
                    experience_share,
                    tuple(rules),
                ),
            )
        )
    out.sort(key=lambda s: (-s.score, s.role))
    return out
