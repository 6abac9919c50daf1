"""Score semantics on random profiles: how often the top roles tie, and whether any score falls
when a person gains something or a stretch role outranks a ready one.

    python bench/ties.py [PEOPLE] [SEED]

Prints the share of people whose top two roles have the same score (and the same rank, i.e.
tied on every meaningful signal), the same for the 5th/6th boundary, and counts of
monotonicity violations (adding a skill, certification, field, level or year) and of
stretch-above-ready. Random profiles are drawn with a fixed seed, so runs are repeatable.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from msgspec.structs import replace

from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import score_all
from bpo_cli.knowledge.loader import load_knowledge
from bpo_cli.services.answers import to_profile

FIT_RANK = {"stretch": 0, "reachable": 1, "ready": 2}


def person(kb, rng: random.Random) -> Profile:  # type: ignore[no-untyped-def]
    years = rng.choice([0, 0, 0, 1, 2, 3, 5, 8])
    return to_profile(
        kb,
        {
            "education": rng.choice([e.id for e in kb.education]),
            "fields": rng.sample(sorted(kb.fields), rng.randint(0, 2)),
            "interests": rng.sample(sorted(kb.interests), rng.randint(0, 4)),
            "skills": rng.sample(sorted(kb.skills), rng.randint(0, 10)),
            "certifications": rng.sample(sorted(kb.certifications), rng.choice([0, 0, 0, 1])),
            "experience_years": years,
            "bpo_experience_years": rng.randint(0, years),
            "preferences": {p.id: rng.choice(p.option_ids()) for p in kb.preferences.values()},
        },
        "random",
    )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    kb = load_knowledge()
    rng = random.Random(seed)
    top_score = top_rank = five_score = five_rank = violations = stretch_above = 0
    checks = 0
    started = time.perf_counter()
    for _ in range(count):
        p = person(kb, rng)
        scored = score_all(p, kb)
        top_score += scored[0].score == scored[1].score
        top_rank += scored[0].rank == scored[1].rank
        five_score += scored[4].score == scored[5].score
        five_rank += scored[4].rank == scored[5].rank
        ready = [s.score for s in scored if s.fit == "ready"]
        stretch = [s.score for s in scored if s.fit == "stretch"]
        stretch_above += bool(ready and stretch and max(stretch) >= min(ready))
        before = {s.role: s for s in scored}
        levels = [e.id for e in kb.education]
        gains = [
            replace(p, skills=tuple(sorted({*p.skills, rng.choice(sorted(kb.skills))}))),
            replace(p, certifications=(rng.choice(sorted(kb.certifications)),)),
            replace(p, fields=tuple(sorted({*p.fields, rng.choice(sorted(kb.fields))}))),
            replace(p, education=levels[min(len(levels) - 1, levels.index(p.education) + 1)]),
            replace(
                p,
                experience_years=p.experience_years + 1,
                bpo_experience_years=p.bpo_experience_years + 1,
            ),
        ]
        if p.certifications:
            gains[1] = replace(
                p, certifications=tuple(sorted({*p.certifications, *gains[1].certifications}))
            )
        for gained in gains:
            checks += 1
            for s in score_all(gained, kb):
                old = before[s.role]
                if s.score < old.score or FIT_RANK[s.fit] < FIT_RANK[old.fit]:
                    violations += 1
                    break
    seconds = time.perf_counter() - started
    print(f"people: {count} (seed {seed}), {seconds:.1f} s")
    same, tied = top_score / count, top_rank / count
    print(f"top two: same score {same:.1%}, same rank (shown as a tie) {tied:.1%}")
    print(f"5th/6th: same score {five_score / count:.1%}, same rank {five_rank / count:.1%}")
    print(f"monotonicity violations: {violations} of {checks} gains")
    print(f"stretch scoring at or above ready: {stretch_above} people")


if __name__ == "__main__":
    main()
