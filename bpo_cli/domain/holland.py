"""Holland (RIASEC) interest profiles of people and roles, and how alike two profiles are."""

from __future__ import annotations

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import HOLLAND_LETTERS, Role
from bpo_cli.domain.profile import Profile

Vector = dict[str, float]


def role_vector(kb: KnowledgeBase, role: Role) -> Vector:
    """O*NET's interest scores (1-7) when the role is mapped; else built from its interests."""
    if role.onet is not None:
        return dict(role.onet.interest_scores)
    vector = dict.fromkeys(HOLLAND_LETTERS, 1.0)
    for interest in role.interests:
        letter = kb.interests[interest].holland if interest in kb.interests else None
        if letter:
            vector[letter] = min(7.0, vector[letter] + 3.0)
    return vector


def role_holland_code(kb: KnowledgeBase, role: Role) -> str:
    """O*NET's high-point code, or the role's strongest letters from its own interests."""
    if role.onet is not None and role.onet.holland:
        return role.onet.holland
    return code_of(role_vector(kb, role), floor=1.0)


def person_vector(kb: KnowledgeBase, profile: Profile) -> Vector | None:
    """The person's interest strength per letter; None when they gave no interests at all."""
    vector = dict.fromkeys(HOLLAND_LETTERS, 0.0)
    for interest in kb.interests.values():
        vector[interest.holland] += profile.interest_strength(interest.id)
    return vector if any(vector.values()) else None


def code_of(vector: Vector, floor: float = 0.0, length: int = 3) -> str:
    """The letters above `floor`, strongest first (ties in RIASEC order), at most `length`."""
    ranked = sorted(
        HOLLAND_LETTERS, key=lambda letter: (-vector[letter], HOLLAND_LETTERS.index(letter))
    )
    return "".join(letter for letter in ranked if vector[letter] > floor)[:length]
