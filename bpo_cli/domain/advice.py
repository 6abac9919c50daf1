"""What the engine returns: matches with reasons, gaps, fit and steps. Plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bpo_cli.domain.profile import Profile

Fit = Literal["ready", "reachable", "stretch"]
FITS: tuple[Fit, ...] = ("ready", "reachable", "stretch")
StepKind = Literal[
    "education", "skill", "preferred-skill", "prepare", "experience", "progression", "tip"
]


@dataclass(frozen=True, slots=True)
class Reason:
    """One contribution to a score: a generic comparison or a fired rule."""

    rule: str
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class EducationGap:
    have: str
    need: str
    fields: tuple[str, ...]  # the fields the role accepts; empty means any


@dataclass(frozen=True, slots=True)
class ExperienceGap:
    have: int
    need: int


@dataclass(frozen=True, slots=True)
class Gaps:
    education: EducationGap | None
    skills: tuple[str, ...]  # required skills the person lacks
    preferred_skills: tuple[str, ...]
    experience: ExperienceGap | None

    @property
    def none(self) -> bool:
        return not (self.education or self.skills or self.experience)


@dataclass(frozen=True, slots=True)
class Step:
    kind: StepKind
    text: str
    how: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    role: str
    title: str
    score: int
    fit: Fit
    reasons: tuple[Reason, ...]
    gaps: Gaps
    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Advice:
    profile: Profile
    holland: str  # the person's Holland code from their interests ("" when none given)
    matches: tuple[Match, ...]  # every role, best first (score, then slug)
