"""Advice rules as data: generic weights from a role's own facts, plus conditional adjustments."""

from __future__ import annotations

from msgspec import Struct

from bpo_cli.domain.conditions import Condition, Selector

WEIGHT_KEYS = (
    "education",
    "required_skills",
    "preferred_skills",
    "interests",
    "holland",
    "experience",
)


class Weights(Struct, frozen=True):
    """How many of the 100 points each generic comparison of person and role is worth."""

    education: int = 20
    required_skills: int = 30
    preferred_skills: int = 10
    interests: int = 15
    holland: int = 15
    experience: int = 10

    def total(self) -> int:
        return sum(getattr(self, key) for key in WEIGHT_KEYS)


class Rule(Struct, frozen=True):
    """When a condition holds for the person, add `weight` to every role the selector picks."""

    id: str
    reason: str
    when: Condition
    weight: int
    selector: Selector
    sources: tuple[str, ...] = ()
