"""The rule engine: every role scored for a person, each score explained, each gap planned.

Pure: `advise(profile, kb)` reads nothing and prints nothing, and the same inputs always give the
same `Advice`, best first (see scoring.rank_order). The numbers come from scoring.py; this module
puts them into words.
"""

from __future__ import annotations

from bpo_cli.domain.advice import Advice, Gaps, Match, Reason, RouteGap
from bpo_cli.domain.evidence import evidence
from bpo_cli.domain.holland import code_of, person_vector, role_holland_code
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Role, Route
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import NEUTRAL, Parts, Scored, credits, score_all
from bpo_cli.domain.steps import plan
from bpo_cli.domain.wording import joined, level_label, plural, route_text


def advise(profile: Profile, kb: KnowledgeBase, *, with_steps: bool = True) -> Advice:
    """Every role scored, explained and planned for this person, best first.

    `with_steps=False` leaves the career steps out, for callers that only compare scores.
    """
    person = person_vector(kb, profile)
    matches = tuple(_match(kb, profile, s, with_steps) for s in score_all(profile, kb))
    return Advice(profile=profile, holland=code_of(person) if person else "", matches=matches)


def gaps_all(kb: KnowledgeBase, profile: Profile) -> dict[str, Gaps]:
    """What stands between the person and each role's minimum requirements, by role slug."""
    return {s.role: s.gaps for s in score_all(profile, kb)}


SCHOOL_LEAVER_TAG = "entry-level"


def labels_for(kb: KnowledgeBase, profile: Profile, role: Role) -> tuple[str, ...]:
    """How to present a role to this person: a school leaver sees which roles hire school
    leavers (a label, not points: a higher level never lowers a score)."""
    ranks = kb.education_ranks
    leaver = ranks.get(profile.education, -1) <= ranks.get("high-school", 0)
    return ("hires-school-leavers",) if leaver and SCHOOL_LEAVER_TAG in role.tags else ()


def _match(kb: KnowledgeBase, profile: Profile, scored: Scored, with_steps: bool) -> Match:
    role = kb.roles[scored.role]
    labels = labels_for(kb, profile, role)
    return Match(
        role=role.slug,
        title=role.title,
        score=scored.score,
        fit=scored.fit,
        reasons=reasons(kb, profile, role, scored),
        gaps=scored.gaps,
        steps=plan(kb, profile, role, scored.gaps) if with_steps else (),
        rank=scored.rank,
        labels=labels,
    )


def reasons(kb: KnowledgeBase, profile: Profile, role: Role, scored: Scored) -> tuple[Reason, ...]:
    """Every contribution to a score, in words: the generic comparisons, the fired rules, then
    where the total sits on the role's scale. The weights add up to the score."""
    parts, w = scored.parts, kb.weights
    gaps = scored.gaps
    out = [
        Reason(
            "education",
            _education_text(kb, profile, role, scored),
            _pts(parts.education, w.education),
            against=gaps.education is not None,
        ),
        _skills_reason(
            kb, profile, role.skills.required, "required", parts.required, w.required_skills
        ),
        _skills_reason(
            kb, profile, role.skills.preferred, "preferred", parts.preferred, w.preferred_skills
        ),
        Reason(
            "interests",
            _interests_text(kb, profile, role, parts),
            _pts(NEUTRAL if parts.interests is None else parts.interests, w.interests),
            against=parts.interests is not None and parts.interests == 0.0,
        ),
        Reason(
            "holland",
            _holland_text(kb, profile, role, parts),
            _pts(NEUTRAL if parts.holland is None else parts.holland, w.holland),
            against=parts.holland is not None and parts.holland < 0.3,
        ),
        Reason(
            "experience",
            _experience_text(profile, role),
            _pts(parts.experience, w.experience),
            against=gaps.experience is not None,
        ),
    ]
    out += [
        Reason(
            kb.rules[i].id,
            kb.rules[i].reason,
            float(kb.rules[i].weight),
            against=kb.rules[i].weight < 0,
        )
        for i in parts.rules
    ]
    counted = round(sum(r.weight for r in out), 1)
    band = (
        "the ready band (40 to 100)"
        if scored.fit == "ready"
        else "the band below ready roles (0 to 39)"
        if scored.fit == "stretch"
        else "the reachable band"
    )
    out.append(
        Reason(
            "scale",
            f"{counted:g} of the {parts.highest - parts.lowest:g} points this role can range over "
            f"place it at {scored.score}, in {band}.",
            round(scored.score - counted, 1),
        )
    )
    return tuple(out)


def _pts(share: float, weight: int) -> float:
    return round(share * weight, 1)


def _route_text(kb: KnowledgeBase, route: Route) -> str:
    return route_text(
        kb,
        route.level,
        route.fields,
        route.experience_years,
        route.experience_kind,
        route.certifications,
    )


def _education_text(kb: KnowledgeBase, profile: Profile, role: Role, scored: Scored) -> str:
    have = level_label(kb, profile.education)
    routes = role.all_routes
    if scored.parts.route >= 0:
        route = routes[scored.parts.route]
        if scored.parts.route == 0:
            ranks = kb.education_ranks
            if ranks.get(profile.education, -1) > ranks.get(route.level, 0):
                return f"Your {have} is above the minimum ({_route_text(kb, route)})."
            return f"Your education meets the minimum ({_route_text(kb, route)})."
        return f"You meet an accepted route into this role: {_route_text(kb, route)}."
    nearest = "; or ".join(_route_text(kb, _as_route(g)) for g in scored.gaps.routes)
    studied = joined(profile.fields, lambda f: kb.label("fields", f))
    more = f" ({len(routes)} accepted routes)" if len(routes) > 1 else ""
    return (
        f"No accepted route met yet{more}; nearest: {nearest} "
        f"(you have {have}, studied: {studied})."
    )


def _as_route(gap: RouteGap) -> Route:
    return Route(
        gap.level, gap.fields, gap.experience_years, gap.experience_kind, gap.certifications
    )


def _skills_reason(
    kb: KnowledgeBase,
    profile: Profile,
    wanted: tuple[str, ...],
    which: str,
    share: float,
    weight: int,
) -> Reason:
    rule = f"{which}-skills"
    if not wanted:
        return Reason(rule, f"No {which} skills are listed for this role.", _pts(share, weight))
    found = evidence(kb, profile)
    credit = credits(kb, found.skills)
    held = [s for s in wanted if s in found.skills or credit.get(s, 0.0) >= 1.0]
    missing = [s for s in wanted if s not in held]
    notes = [found.notes[s] for s in wanted if s in found.notes]
    for s in wanted:
        if s not in found.skills and s in credit:
            for source in sorted(found.skills):
                eq = next((e for e in kb.skills[source].counts_toward if e.skill == s), None)
                if source in kb.skills and eq is not None and eq.credit == credit[s]:
                    how = "counts toward" if eq.credit >= 1.0 else "counts in part toward"
                    notes.append(f"{kb.label('skills', source)} {how} {kb.label('skills', s)}")
                    break

    def names(ids: list[str]) -> str:
        return ", ".join(kb.label("skills", s) for s in ids)

    if not missing:
        text = f"You have every {which} skill: {names(held)}."
    elif held:
        text = (
            f"You have {len(held)} of {len(wanted)} {which} skills ({names(held)}); "
            f"missing: {names(missing)}."
        )
    else:
        text = f"You have none of the {which} skills yet ({names(missing)})."
    if notes:
        text += " " + "; ".join(n[0].upper() + n[1:] for n in notes) + "."
    traits = [s for s in missing if which == "required" and kb.skills[s].trait]
    if traits:
        text += f" {names(traits)}: judged at the interview, not a bar to ready."
    blocking = len(traits) < len(missing)
    return Reason(rule, text, _pts(share, weight), against=which == "required" and blocking)


def _interests_text(kb: KnowledgeBase, profile: Profile, role: Role, parts: Parts) -> str:
    if parts.interests is None:
        return "You named no interests, so they neither help nor hurt."
    shared = [kb.label("interests", i) for i in role.interests if profile.has_interest(i)]
    if shared:
        return f"Your interests match the role's: {', '.join(shared)}."
    wanted = ", ".join(kb.label("interests", i) for i in role.interests)
    return f"The role suits people who enjoy {wanted}; you did not pick those."


def _holland_text(kb: KnowledgeBase, profile: Profile, role: Role, parts: Parts) -> str:
    role_code = role_holland_code(kb, role)
    derived = "" if role.onet is not None else ", derived by bpo from the role's interests"
    person = person_vector(kb, profile)
    if parts.holland is None or person is None:
        return (
            f"Without interests, the role's Holland code ({role_code}{derived}) cannot be compared."
        )
    word = (
        "close to"
        if parts.holland >= 0.6
        else "somewhat like"
        if parts.holland >= 0.3
        else "unlike"
    )
    return (
        f"Your closest interest is {word} the role's Holland code ({role_code}{derived}); "
        f"your own code is {code_of(person)}."
    )


def _experience_text(profile: Profile, role: Role) -> str:
    need = role.experience_years
    if need == 0:
        return "No work experience is needed to start."
    if role.experience_kind == "bpo":
        have = profile.bpo_experience_years
        other = profile.experience_years - have
        note = (
            f" (your other {plural(other, 'year')} of work do not count here)" if other > 0 else ""
        )
        if have >= need:
            return f"Your {plural(have, 'year')} in BPO or contact centres meet the usual {need}."
        return (
            f"The role usually asks for {plural(need, 'year')} in BPO or contact centres; "
            f"you have {have}{note}."
        )
    have = profile.experience_years
    if have >= need:
        return f"Your {plural(have, 'year')} of experience meet the usual {need}."
    return f"The role usually asks for {plural(need, 'year')} of experience; you have {have}."
