"""The numbers behind advice: each role's score, fit and gaps for a person, computed fast.

Everything that depends only on the knowledge base (routes, requirements as sets, each role's
interest profile, which rules pick which role, each role's score scale) is compiled once per
knowledge base, so scoring a person is a few set operations and sums per role: a class of ten
thousand is scored in seconds. The engine (engine.py) turns these numbers into reasons and steps.

How a score is made, and why it behaves:
- `raw` is the sum of the generic comparisons (education route, required and preferred skills,
  interests, Holland letters, experience; 100 points between them) and the rules that fire.
  Each comparison only grows when the person gains a qualification (education, a field, a
  skill, a certification, experience), and naming an interest the role lists never lowers the
  interest or Holland part, so `raw` never falls when a person gains something.
- The score places `raw` on the role's own scale, from the fewest points any role can get to
  the most this role can (every rule that can add points to it fired): nothing is clipped, and
  100 means a full match.
- Ready roles use the band from `READY_FLOOR` to 100 and stretch roles the band below it, so a
  role the person is ready for always scores above one that needs a new qualification.
- Ready means an accepted route is met, the years are there and every required skill is held,
  except personal qualities (skills marked `trait`: patience, attention to detail ...). Employers
  judge those at the interview and postings rarely ask proof of them, so a missing one costs
  points and is named, but does not keep the role from ready.
  A reachable role uses the ready band once its points reach the least a role with every
  required skill can have, and the lower band before that. Ready roles start their band lower
  (at the least a ready role missing personal qualities can have), so at equal points a ready
  role scores above a reachable one, and gaining what a role asks for (stretch to reachable to
  ready) never lowers its score.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from msgspec import Struct

from bpo_cli.domain.advice import EducationGap, ExperienceGap, Fit, Gaps, RouteGap
from bpo_cli.domain.conditions import Predicate, compile_condition
from bpo_cli.domain.evidence import evidence
from bpo_cli.domain.holland import role_vector
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Route
from bpo_cli.domain.profile import Profile

NEUTRAL = 0.5  # the share of a component given when the person told us nothing about it
READY_FLOOR = 40  # ready roles score from here to 100; stretch roles below it
# Credit for a route not met, per part missing (multiplied): the level one or two short,
# the level without the field, too few years (scaled), no certification.
LEVEL_SHORT = (1.0, 0.5, 0.2)
FIELD_MISSING = 0.5
CERT_MISSING = 0.4
UNMET_CAP = 0.8  # a route not met never earns more than this share of the education points
FIT_ORDER = {"ready": 0, "reachable": 1, "stretch": 2}


class Parts(Struct, frozen=True):
    """The share (0 to 1) each generic comparison earned, and the rules that fired for the role."""

    education: float
    required: float
    preferred: float
    interests: float | None  # None: the person named no interests
    holland: float | None  # None: no interests
    experience: float
    rules: tuple[int, ...]  # indices into kb.rules
    route: int = -1  # the index (in role.all_routes) of the route met, or -1
    raw: float = 0.0  # the points before placing them on the role's scale
    lowest: float = 0.0  # the role's scale: the fewest and most points it can give
    highest: float = 100.0


class Scored(Struct, frozen=True):
    role: str
    score: int
    fit: Fit
    gaps: Gaps
    parts: Parts
    rank: int = 0  # 1 is best; roles that tie on every signal share a rank


class _Route(Struct, frozen=True):
    rank: int
    fields: frozenset[str]
    years: int
    bpo: bool
    certs: frozenset[str]


class _Role(Struct, frozen=True):
    slug: str
    routes: tuple[_Route, ...]
    all_routes: tuple[Route, ...]
    required: tuple[str, ...]
    traits: frozenset[str]  # the required skills that are personal qualities (never blocking)
    preferred: tuple[str, ...]
    interests: tuple[str, ...]
    letters: dict[str, float]  # Holland letter -> the role's strength in it, 0 to 1
    experience: int
    experience_bpo: bool
    rules: tuple[tuple[int, int], ...]  # (rule index, weight) for every rule that picks the role
    lowest: float
    highest: float
    # The fewest generic points a ready role earns: a route met, the years, and the required
    # skills other than personal qualities (which a ready person may lack).
    ready_points: float


class _Compiled(Struct, frozen=True):
    roles: tuple[_Role, ...]
    ranks: dict[str, int]
    rules: tuple[Predicate, ...]
    toward: dict[str, tuple[tuple[str, float], ...]]  # skill -> (skill it counts toward, credit)
    interest_letter: dict[str, str]
    lowest: float  # the fewest points any role can get: every scale starts here
    # The fewest points any ready role can have (personal qualities may be missing), and the
    # fewest a role has with every required skill: a reachable role joins the ready band only
    # from there, so at equal points a ready role scores above a reachable one.
    floor_ready: float
    floor_reachable: float


_CACHE: dict[int, tuple[KnowledgeBase, _Compiled]] = {}


def _letters(values: dict[str, float]) -> dict[str, float]:
    """A role's Holland scores as strengths from 0 (its weakest letter) to 1 (its strongest)."""
    low, high = min(values.values()), max(values.values())
    if high - low < 1e-9:
        return dict.fromkeys(values, NEUTRAL)
    return {k: (v - low) / (high - low) for k, v in values.items()}


def _compiled(kb: KnowledgeBase) -> _Compiled:
    hit = _CACHE.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    ranks = kb.education_ranks
    w = kb.weights
    generic = float(w.total())
    generic_floor = float(w.education + w.required_skills + w.experience)
    roles = []
    for role in kb.roles.values():
        picks = tuple((i, r.weight) for i, r in enumerate(kb.rules) if r.selector.picks(role))
        required = role.skills.required
        traits = frozenset(s for s in required if s in kb.skills and kb.skills[s].trait)
        blocking_share = (len(required) - len(traits)) / len(required) if required else 1.0
        roles.append(
            _Role(
                slug=role.slug,
                routes=tuple(
                    _Route(
                        ranks.get(r.level, 0),
                        frozenset(r.fields),
                        r.experience_years,
                        r.experience_kind == "bpo",
                        frozenset(r.certifications),
                    )
                    for r in role.all_routes
                ),
                all_routes=role.all_routes,
                required=role.skills.required,
                traits=traits,
                preferred=role.skills.preferred,
                interests=role.interests,
                letters=_letters(role_vector(kb, role)),
                experience=role.experience_years,
                experience_bpo=role.experience_kind == "bpo",
                rules=picks,
                lowest=float(sum(wt for _, wt in picks if wt < 0)),
                highest=generic + sum(wt for _, wt in picks if wt > 0),
                ready_points=w.education + w.required_skills * blocking_share + w.experience,
            )
        )
    toward = {
        s.id: tuple((e.skill, e.credit) for e in s.counts_toward)
        for s in kb.skills.values()
        if s.counts_toward
    }
    lowest = min((r.lowest for r in roles), default=0.0)
    compiled = _Compiled(
        tuple(roles),
        ranks,
        tuple(compile_condition(rule.when, ranks) for rule in kb.rules),
        toward,
        {i.id: i.holland for i in kb.interests.values()},
        lowest,
        min((r.ready_points for r in roles), default=0.0) + lowest,
        generic_floor + lowest,
    )
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(kb)] = (kb, compiled)
    return compiled


def credits(kb: KnowledgeBase, skills: frozenset[str]) -> dict[str, float]:
    """Partial or full credit toward skills the person lacks, from skills that count toward them."""
    toward = _compiled(kb).toward
    out: dict[str, float] = {}
    for skill in skills:
        for target, credit in toward.get(skill, ()):
            if target not in skills and credit > out.get(target, 0.0):
                out[target] = credit
    return out


def route_share(route: _Route, rank: int, fields: frozenset[str], years: int, bpo_years: int,
                certs: frozenset[str]) -> float:  # fmt: skip
    """1.0 when the route is met; otherwise a partial credit below UNMET_CAP that never falls
    when the person gains a level, a field, a year or a certification."""
    short = route.rank - rank
    level = 1.0 if short <= 0 else LEVEL_SHORT[short] if short < len(LEVEL_SHORT) else 0.0
    field = 1.0 if not route.fields or route.fields & fields else FIELD_MISSING
    have = bpo_years if route.bpo else years
    exp = 1.0 if have >= route.years else 0.5 + 0.5 * have / route.years
    cert = 1.0 if not route.certs or route.certs & certs else CERT_MISSING
    if level == 1.0 and field == 1.0 and exp == 1.0 and cert == 1.0:
        return 1.0
    return UNMET_CAP * level * field * exp * cert


def missing_parts(route: _Route, rank: int, fields: frozenset[str], years: int, bpo_years: int,
                  certs: frozenset[str]) -> tuple[str, ...]:  # fmt: skip
    """What a route still needs: any of level, field, experience, certification."""
    out = []
    if rank < route.rank:
        out.append("level")
    if route.fields and not route.fields & fields:
        out.append("field")
    if (bpo_years if route.bpo else years) < route.years:
        out.append("experience")
    if route.certs and not route.certs & certs:
        out.append("certification")
    return tuple(out)


def place(raw: float, fit: Fit, lowest: float, highest: float, floor_ready: float) -> float:
    """Where `raw` points sit on a role's scale, in the band of the role's fit (see the module)."""
    span = highest - lowest
    stretch = (READY_FLOOR - 1) * (raw - lowest) / span if span > 0 else 0.0
    if fit == "stretch":
        return stretch
    if fit == "reachable" and raw < floor_ready:
        return stretch  # below what any ready role has: the lower band
    top = highest - floor_ready
    return READY_FLOOR + (100 - READY_FLOOR) * (raw - floor_ready) / top if top > 0 else 100.0


def score_all(profile: Profile, kb: KnowledgeBase, vector: object = None) -> list[Scored]:
    """Every role scored for the person, best first, ranked (see `rank_order`).

    `vector` is accepted for callers written for the old signature and is not used.
    """
    compiled = _compiled(kb)
    w = kb.weights
    ranks = compiled.ranks
    fired = {i for i, holds in enumerate(compiled.rules) if holds(profile)}
    skills = evidence(kb, profile).skills
    credit = credits(kb, skills)
    fields = frozenset(profile.fields)
    certs = frozenset(profile.certifications)
    rank = ranks.get(profile.education, -1)
    years, bpo_years = profile.experience_years, profile.bpo_experience_years
    strengths = {i: profile.interest_strength(i) for i in kb.interests}
    held = {i: s for i, s in strengths.items() if s > 0}
    letter_of = compiled.interest_letter
    lowest = compiled.lowest
    out = []
    for role in compiled.roles:  # the hot loop of a batch: plain arithmetic
        best, best_index = 0.0, -1
        for index, route in enumerate(role.routes):
            share = route_share(route, rank, fields, years, bpo_years, certs)
            if share > best:
                best = share
                if share == 1.0:
                    best_index = index
                    break
        education_gap = None
        route_gaps: tuple[RouteGap, ...] = ()
        if best_index < 0:
            first = role.all_routes[0]
            education_gap = EducationGap(profile.education, first.level, first.fields)
            route_gaps = _nearest(role, rank, fields, years, bpo_years, certs)
        required_credit, missing = _skill_credit(role.required, skills, credit)
        preferred_credit, missing_preferred = _skill_credit(role.preferred, skills, credit)
        required_share = required_credit / len(role.required) if role.required else 1.0
        preferred_share = preferred_credit / len(role.preferred) if role.preferred else 1.0
        interest_share: float | None = None
        holland: float | None = None
        if held:
            total = sum(strengths[i] for i in role.interests)
            count = len(role.interests)
            interest_share = min(1.0, total / (2 if count > 2 else count or 1))
            holland = 0.0
            for interest, strength in held.items():
                fit_of = role.letters[letter_of[interest]]
                if interest in role.interests and fit_of < NEUTRAL:
                    fit_of = NEUTRAL  # an interest the role lists never counts against it
                holland = max(holland, strength * fit_of)
        have = bpo_years if role.experience_bpo else years
        experience_share = 1.0 if have >= role.experience else have / role.experience
        rules = tuple(i for i, _ in role.rules if i in fired)
        bonus = sum(wt for i, wt in role.rules if i in fired)
        raw = (
            w.education * best
            + w.required_skills * required_share
            + w.preferred_skills * preferred_share
            + w.interests * (NEUTRAL if interest_share is None else interest_share)
            + w.holland * (NEUTRAL if holland is None else holland)
            + w.experience * experience_share
            + bonus
        )
        experience_gap = ExperienceGap(have, role.experience) if have < role.experience else None
        traits = tuple(s for s in missing if s in role.traits)
        fit: Fit
        if education_gap is not None:
            fit = "stretch"
        elif len(traits) < len(missing) or experience_gap is not None:
            fit = "reachable"
        else:
            fit = "ready"
        floor = compiled.floor_ready if fit == "ready" else compiled.floor_reachable
        placed = place(raw, fit, lowest, role.highest, floor)
        out.append(
            Scored(
                role.slug,
                math.floor(placed + 0.5),
                fit,
                Gaps(education_gap, missing, missing_preferred, experience_gap, route_gaps, traits),
                Parts(
                    best,
                    required_share,
                    preferred_share,
                    interest_share,
                    holland,
                    experience_share,
                    rules,
                    best_index,
                    raw,
                    lowest,
                    role.highest,
                ),
            )
        )
    return rank_order(out)


def _nearest(role: _Role, rank: int, fields: frozenset[str], years: int, bpo_years: int,
             certs: frozenset[str]) -> tuple[RouteGap, ...]:  # fmt: skip
    """The route or routes closest to being met (the highest partial credit), at most two."""
    shares = [route_share(r, rank, fields, years, bpo_years, certs) for r in role.routes]
    top = max(shares)
    out: list[RouteGap] = []
    for route, compiled, share in zip(role.all_routes, role.routes, shares, strict=True):
        if share >= top - 1e-9 and len(out) < 2:
            out.append(
                RouteGap(
                    level=route.level,
                    fields=route.fields,
                    experience_years=route.experience_years,
                    experience_kind=route.experience_kind,
                    certifications=route.certifications,
                    missing=missing_parts(compiled, rank, fields, years, bpo_years, certs),
                )
            )
    return tuple(out)


def _key(s: Scored) -> tuple[float, ...]:
    """The meaningful signals, strongest first: score, fit, then the unrounded points, then how
    much of the role's requirements the person meets."""
    p = s.parts
    share = (p.raw - p.lowest) / (p.highest - p.lowest) if p.highest > p.lowest else 0.0
    return (-s.score, FIT_ORDER[s.fit], -share, -p.required, -p.education, -p.experience)


def rank_order(scored: list[Scored]) -> list[Scored]:
    """Best first by the meaningful signals; roles equal on all of them share a rank and are
    listed in the knowledge base's order (a tie is shown as a tie, not decided by the name)."""
    keyed = sorted(((_key(s), i) for i, s in enumerate(scored)))  # i keeps the data order
    out: list[Scored] = []
    previous: tuple[float, ...] | None = None
    rank = 0
    for position, (key, i) in enumerate(keyed, 1):
        if key != previous:
            rank = position
            previous = key
        s = scored[i]
        out.append(Scored(s.role, s.score, s.fit, s.gaps, s.parts, rank))
    return out


def _skill_credit(
    wanted: Iterable[str], skills: AbstractSet[str], credit: Mapping[str, float]
) -> tuple[float, tuple[str, ...]]:
    """Credit toward the wanted skills (1 for one held, an equivalent's share otherwise) and
    the ones not fully met."""
    total = 0.0
    missing: list[str] = []
    for skill in wanted:
        share = 1.0 if skill in skills else credit.get(skill, 0.0)
        total += share
        if share < 1.0:
            missing.append(skill)
    return total, tuple(missing)
