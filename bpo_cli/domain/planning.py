"""Career planning: the shortest sensible route to a role, and the next skill worth learning."""

from __future__ import annotations

import heapq
from typing import Literal

from msgspec import Struct
from msgspec.structs import replace

from bpo_cli.domain.advice import Gaps, Step
from bpo_cli.domain.engine import gaps_all
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Role
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import score_all
from bpo_cli.domain.steps import plan
from bpo_cli.domain.wording import qualification

MAX_SMALL_GAP = 2  # a sideways move is "small" when at most this many required skills are new
EDUCATION_COST = 4.0  # a new qualification weighs as much as four new skills
PATH_STEP_KINDS = ("education", "skill", "experience", "prepare")

Via = Literal["start", "progression", "move"]


class Hop(Struct, frozen=True):
    role: str
    via: Via  # how the route reaches this role
    gaps: Gaps  # measured against the person as they are when they make this move
    steps: tuple[Step, ...]


class Route(Struct, frozen=True):
    target: str
    hops: tuple[Hop, ...]  # empty when there is no route
    missing: str = ""  # why there is no route
    years: int = 0  # experience still needed along the route (study time is not counted)


def holder(kb: KnowledgeBase, base: Profile, role: Role) -> Profile:
    """The person after working in `role`: its education met, its skills learnt."""
    ranks = kb.education_ranks
    education = base.education
    if ranks.get(role.education.level, 0) > ranks.get(education, -1):
        education = role.education.level
    fields = base.fields
    if role.education.fields and not set(role.education.fields) & set(fields):
        fields = (*fields, role.education.fields[0])
    skills = tuple(dict.fromkeys((*base.skills, *role.skills.required, *role.skills.preferred)))
    return replace(base, education=education, fields=fields, skills=skills)


def role_profile(kb: KnowledgeBase, role: Role) -> Profile:
    """Someone who holds `role` now and just meets it."""
    base = Profile(
        education=kb.education[0].id,
        interests=role.interests,
        experience_years=role.experience_years,
        bpo_experience_years=role.experience_years,  # the years were spent in a BPO role
    )
    return holder(kb, base, role)


def _cost(gaps: Gaps) -> float:
    return 1.0 + len(gaps.blocking) + (EDUCATION_COST if gaps.education is not None else 0.0)


def route(
    kb: KnowledgeBase, target: str, *, start_role: str | None = None, person: Profile | None = None
) -> Route:
    """The cheapest route (fewest new skills and qualifications, then fewest moves) to `target`.

    From a role, moves follow progression links, or go sideways when the gap is small (no new
    qualification, at most MAX_SMALL_GAP new required skills). From a person, the first move may
    go to any role, qualification included: that is what the person would have to earn.
    """
    if start_role is not None:
        start = role_profile(kb, kb.roles[start_role])
    elif person is not None:
        start = person
    else:
        raise ValueError("a route starts from a role or a person")
    # Dijkstra over roles; a state's profile is the start person after holding that role.
    best: dict[str, float] = {}
    came_from: dict[str, tuple[str | None, Via]] = {}
    queue: list[tuple[float, int, str, str | None, Via]] = []
    first = gaps_all(kb, start)
    for role in kb.roles.values():
        if role.slug == start_role:
            continue
        gaps = first[role.slug]
        if start_role is not None:
            linked = role.slug in kb.roles[start_role].progression
            if not (linked or _small(gaps)):
                continue
            via: Via = "progression" if linked else "move"
        else:
            via = "start"
        heapq.heappush(
            queue, (_cost(gaps) - (0.5 if via == "progression" else 0), 1, role.slug, None, via)
        )
    while queue:
        cost, hops, slug, parent, via = heapq.heappop(queue)
        if slug in best:
            continue
        best[slug] = cost
        came_from[slug] = (parent, via)
        if slug == target:
            break
        here = gaps_all(kb, holder(kb, start, kb.roles[slug]))
        for nxt in kb.roles.values():
            if nxt.slug in best or nxt.slug == start_role:
                continue
            gaps = here[nxt.slug]
            linked = nxt.slug in kb.roles[slug].progression
            if linked or _small(gaps):
                step_cost = _cost(gaps) - (0.5 if linked else 0)
                heapq.heappush(
                    queue,
                    (
                        cost + step_cost,
                        hops + 1,
                        nxt.slug,
                        slug,
                        "progression" if linked else "move",
                    ),
                )
    if target not in best:
        return Route(target, (), _why_unreachable(kb, start, kb.roles[target]))
    chain: list[tuple[str, Via]] = []
    node: str | None = target
    while node is not None:
        parent, via = came_from[node]
        chain.append((node, via))
        node = parent
    moves, years = _hops(kb, start, list(reversed(chain)))
    return Route(target, moves, years=years)


def _small(gaps: Gaps) -> bool:
    return gaps.education is None and len(gaps.blocking) <= MAX_SMALL_GAP


def _hops(
    kb: KnowledgeBase, start: Profile, chain: list[tuple[str, Via]]
) -> tuple[tuple[Hop, ...], int]:
    """The moves with their gaps, and the years of experience still needed on the way.

    Time is counted once, here: before each move the person works until they have the years that
    role usually asks for (years in BPO roles count as BPO years); study is not counted.
    """
    hops = []
    now = start
    years = 0
    for slug, via in chain:
        role = kb.roles[slug]
        gaps = gaps_all(kb, now)[slug]
        steps = tuple(s for s in plan(kb, now, role, gaps) if s.kind in PATH_STEP_KINDS)
        hops.append(Hop(slug, via, gaps, steps))
        if gaps.experience is not None:
            gained = gaps.experience.need - gaps.experience.have
            years += gained
            now = replace(
                now,
                experience_years=now.experience_years + gained,
                bpo_experience_years=now.bpo_experience_years + gained,
            )
        now = holder(kb, now, role)
    return tuple(hops), years


def _why_unreachable(kb: KnowledgeBase, start: Profile, target: Role) -> str:
    gaps = gaps_all(kb, start)[target.slug]
    if gaps.education is not None:
        need = qualification(kb, gaps.education.need, gaps.education.fields)
        return (
            f"{target.title} needs {need}, which no role on the way provides: "
            "it is a qualification to earn first"
        )
    return (
        f"no chain of progression links or small moves leads to {target.title}; "
        f"the skills it needs: {', '.join(kb.label('skills', s) for s in gaps.skills)}"
    )


class SkillLeverage(Struct, frozen=True):
    skill: str
    unlocks: tuple[str, ...]  # roles that become ready
    improves: tuple[str, ...]  # roles that get one gap closer but are not yet ready
    leverage: float


def next_skills(kb: KnowledgeBase, person: Profile) -> tuple[SkillLeverage, ...]:
    """Skills the person lacks, ranked by how many roles each moves to a better fit.

    Leverage = the sum of the new scores of the roles a skill makes ready (reachable to ready:
    a skill cannot replace a missing qualification), plus a tenth of the new scores of the roles
    it only brings closer, which breaks ties; best first, then by skill id.
    """
    before = {s.role: s for s in score_all(person, kb)}
    candidates = sorted(
        {s for role in kb.roles.values() for s in role.skills.required if s not in person.skills}
    )
    ranked = []
    for skill in candidates:
        gained = replace(person, skills=(*person.skills, skill))
        after = {s.role: s for s in score_all(gained, kb)}
        unlocks, improves, leverage = [], [], 0.0
        for slug, match in after.items():
            if skill not in kb.roles[slug].skills.required:
                continue
            if before[slug].fit != "ready" and match.fit == "ready":
                unlocks.append(slug)
                leverage += match.score
            else:
                improves.append(slug)
                leverage += match.score / 10
        ranked.append(
            SkillLeverage(
                skill,
                tuple(sorted(unlocks, key=lambda r: -after[r].score)),
                tuple(sorted(improves, key=lambda r: -after[r].score)),
                round(leverage, 1),
            )
        )
    ranked.sort(key=lambda s: (-s.leverage, s.skill))
    return tuple(ranked)
