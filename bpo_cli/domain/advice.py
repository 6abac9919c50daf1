"""What the engine returns: matches with reasons, gaps, fit and steps. Plain immutable values."""

from __future__ import annotations

from typing import Literal

from msgspec import Struct

from bpo_cli.domain.profile import Profile

Fit = Literal["ready", "reachable", "stretch"]
StepKind = Literal[
    "education", "skill", "preferred-skill", "prepare", "experience", "progression", "tip"
]


class Reason(Struct, frozen=True):
    """One contribution to a score: a generic comparison or a fired rule."""

    rule: str
    text: str
    weight: float


class EducationGap(Struct, frozen=True):
    have: str
    need: str
    fields: tuple[str, ...]  # the fields the role accepts; empty means any


class ExperienceGap(Struct, frozen=True):
    have: int
    need: int


class Gaps(Struct, frozen=True):
    education: EducationGap | None
    skills: tuple[str, ...]  # required skills the person lacks
    preferred_skills: tuple[str, ...]
    experience: ExperienceGap | None


class Step(Struct, frozen=True):
    kind: StepKind
    text: str
    how: tuple[str, ...] = ()


class Match(Struct, frozen=True):
    role: str
    title: str
    score: int
    fit: Fit
    reasons: tuple[Reason, ...]
    gaps: Gaps
    steps: tuple[Step, ...]


class Advice(Struct, frozen=True):
    profile: Profile
    holland: str  # the person's Holland code from their interests ("" when none given)
    matches: tuple[Match, ...]  # every role, best first (score, then slug)
