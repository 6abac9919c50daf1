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
    against: bool = False  # counts against the role: shown in every view, not only --explain


class EducationGap(Struct, frozen=True):
    have: str
    need: str
    fields: tuple[str, ...]  # the fields the role accepts; empty means any


class RouteGap(Struct, frozen=True):
    """One accepted route into a role and what it still needs."""

    level: str
    fields: tuple[str, ...] = ()
    experience_years: int = 0
    experience_kind: Literal["any", "bpo"] = "any"
    certifications: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # any of: level, field, experience, certification


class ExperienceGap(Struct, frozen=True):
    have: int
    need: int


class Gaps(Struct, frozen=True):
    education: EducationGap | None
    skills: tuple[str, ...]  # required skills the person lacks
    preferred_skills: tuple[str, ...]
    experience: ExperienceGap | None
    routes: tuple[RouteGap, ...] = ()  # with no route met: the nearest ones, best first
    traits: tuple[str, ...] = ()  # those of `skills` that are personal qualities (not blocking)

    @property
    def blocking(self) -> tuple[str, ...]:
        """The required skills that keep the role from ready: `skills` less the traits."""
        return tuple(s for s in self.skills if s not in self.traits)


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
    rank: int = 0  # 1 is best; roles tied on every meaningful signal share a rank
    labels: tuple[str, ...] = ()  # how to present the role, e.g. "hires-school-leavers"


class Advice(Struct, frozen=True):
    profile: Profile
    holland: str  # the person's Holland code from their interests ("" when none given)
    matches: tuple[Match, ...]  # every role, best first (see scoring.rank_order)
