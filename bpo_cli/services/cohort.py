"""A class at a glance: who fits which role, which missing skills hold most people back.

Built from the same stream of outcomes as `advise --batch`, keeping only counters, so a cohort of
any size fits in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bpo_cli.documents.cohort import (
    BestFit,
    CohortDoc,
    QualificationNeed,
    RecordError,
    RoleCount,
    SkillNeed,
)
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.services.batch import Outcome

TOP_ROLES = 3  # a role counts as someone's "top" role when it is among their best three
CONSIDERED = 5  # skills and qualifications are counted over each person's best five roles
ERRORS_KEPT = 20


def summarise(kb: KnowledgeBase, outcomes: Iterable[Outcome]) -> CohortDoc:
    fits: dict[str, Counter[str]] = {slug: Counter() for slug in kb.roles}
    top: Counter[str] = Counter()
    best_fit: Counter[str] = Counter()
    holland: Counter[str] = Counter()
    would_move: Counter[str] = Counter()
    needed_by: Counter[str] = Counter()
    needed_for: dict[str, Counter[str]] = {}
    degrees: Counter[tuple[str, tuple[str, ...]]] = Counter()
    records = advised = 0
    errors: list[RecordError] = []
    for outcome in outcomes:
        records += 1
        if outcome.advice is None:
            if len(errors) < ERRORS_KEPT:
                errors.append(
                    RecordError(
                        line=outcome.line,
                        error=outcome.error or "could not be read",
                        kept=outcome.kept,
                    )
                )
            continue
        advised += 1
        scored = outcome.advice.matches
        best_fit[scored[0].fit] += 1
        holland[outcome.advice.holland[:1] or "-"] += 1
        for s in scored:
            fits[s.role][s.fit] += 1
        for s in scored[:TOP_ROLES]:
            top[s.role] += 1
        movers: set[str] = set()
        missing: set[str] = set()
        needs: set[tuple[str, tuple[str, ...]]] = set()
        for s in scored:
            gaps = s.gaps
            if s.fit == "reachable" and len(gaps.blocking) == 1 and gaps.experience is None:
                movers.add(gaps.blocking[0])
        for s in scored[:CONSIDERED]:
            for skill in s.gaps.skills:
                missing.add(skill)
                needed_for.setdefault(skill, Counter())[s.role] += 1
            if s.gaps.education is not None:
                needs.add((s.gaps.education.need, s.gaps.education.fields))
        would_move.update(movers)
        needed_by.update(missing)
        degrees.update(needs)

    roles = sorted(
        (
            RoleCount(slug, c["ready"], c["reachable"], c["stretch"], top[slug])
            for slug, c in fits.items()
        ),
        key=lambda r: (-r.ready, -r.top, -r.reachable, r.role),
    )
    skills = sorted(
        (
            SkillNeed(
                skill,
                would_move[skill],
                needed_by[skill],
                [
                    r
                    for r, _ in sorted(
                        needed_for.get(skill, Counter()).items(),
                        key=lambda item: (-item[1], item[0]),
                    )[:3]
                ],
            )
            for skill in set(would_move) | set(needed_by)
        ),
        key=lambda s: (-s.would_move, -s.needed_by, s.skill),
    )
    qualifications = sorted(
        (QualificationNeed(level, list(fields), n) for (level, fields), n in degrees.items()),
        key=lambda q: (-q.people, q.level, q.fields),
    )
    return CohortDoc(
        records=records,
        advised=advised,
        failed=records - advised,
        errors=errors,
        best_fit=BestFit(best_fit["ready"], best_fit["reachable"], best_fit["stretch"]),
        holland=dict(sorted(holland.items(), key=lambda i: (-i[1], i[0]))),
        roles=roles,
        skills=skills,
        qualifications=qualifications,
    )
