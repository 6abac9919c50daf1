"""A person's normalised answers: what the engine reasons about."""

from __future__ import annotations

from msgspec import Struct, field


class Typing(Struct, frozen=True):
    """A typing test result: `measured` only when `bpo practice typing` recorded it."""

    wpm: int
    accuracy: float  # percent of characters typed correctly, 0 to 100
    date: str | None = None  # YYYY-MM-DD
    measured: bool = False


class Profile(Struct, frozen=True):
    """Answers after validation: ids are known, lists sorted and free of duplicates."""

    education: str
    fields: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    experience_years: int = 0
    preferences: dict[str, str] = field(default_factory=dict)
    # From the activity profiler (`advise --deep`) or `interest_scores` in answers:
    # interest id -> strength 0..1. When present it is used instead of `interests`.
    interest_scores: dict[str, float] | None = None
    # Where the person looks for work (a country id); None: not said, so every country's items
    # are shown, each labelled with its country.
    country: str | None = None
    certifications: tuple[str, ...] = ()
    bpo_experience_years: int = 0  # the part of experience_years spent in BPO or contact centres
    typing: Typing | None = None

    def interest_strength(self, interest: str) -> float:
        """How strongly the person holds an interest, 0 to 1."""
        if self.interest_scores is not None:
            return self.interest_scores.get(interest, 0.0)
        return 1.0 if interest in self.interests else 0.0

    def has_interest(self, interest: str) -> bool:
        """Held more than "not sure": a rating of "slightly like" or better, or a ticked box."""
        return self.interest_strength(interest) > 0.5
