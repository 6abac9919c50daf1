"""The activity interest profiler: ratings of BPO activities turned into interest strengths."""

from __future__ import annotations

from bpo_cli.domain.knowledge import KnowledgeBase

# The five-point scale, from dislike to like, with the strength each rating stands for.
SCALE = ("Dislike", "Slightly dislike", "Not sure", "Slightly like", "Like")
NEUTRAL_RATING = 3


def strength(rating: int) -> float:
    """A rating from 1 (dislike) to 5 (like) as a strength from 0 to 1."""
    return (rating - 1) / (len(SCALE) - 1)


def is_flat(ratings: dict[str, int]) -> bool:
    """Every activity rated the same: the ratings say nothing about what the person prefers."""
    return len(set(ratings.values())) <= 1


def interest_scores(kb: KnowledgeBase, ratings: dict[str, int]) -> dict[str, float] | None:
    """Each interest's strength: the mean strength of its rated activities, in vocabulary order.

    None for a flat profile, so the caller can fall back to asking for interests directly.
    """
    if is_flat(ratings):
        return None
    sums: dict[str, list[float]] = {}
    for activity in kb.activities:
        if activity.id in ratings:
            sums.setdefault(activity.interest, []).append(strength(ratings[activity.id]))
    return {i: round(sum(sums[i]) / len(sums[i]), 3) for i in kb.interests if i in sums}
