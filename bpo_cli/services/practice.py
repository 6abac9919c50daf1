"""`bpo practice typing`: the typing targets of a person's best roles, and saving a result."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from msgspec import Struct

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.places import applies
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.typing_test import TypingResult

BEST = 5  # the person's best roles whose targets are shown


class Target(Struct, frozen=True):
    role: str
    title: str
    wpm: int
    accuracy: int | None
    text: str
    source: str  # a source id


def targets(kb: KnowledgeBase, person: Profile | None) -> list[Target]:
    """The sourced typing targets of the person's best roles (in their country), or of every
    role that has one when no answers are given. None is made up: a role whose hiring data
    names no WPM figure has no target."""
    if person is not None:
        from bpo_cli.domain.engine import advise

        slugs = [m.role for m in advise(person, kb).matches[:BEST]]
        country = person.country
    else:
        slugs, country = list(kb.roles), None
    found = []
    for slug in slugs:
        hiring = kb.hiring.roles.get(slug)
        if hiring is None:
            continue
        for test in hiring.tests:
            if test.kind == "typing" and test.wpm is not None and applies(test.countries, country):
                found.append(
                    Target(
                        slug, kb.roles[slug].title, test.wpm, test.accuracy, test.text, test.source
                    )
                )
    return found


def meets(result: TypingResult, target: Target) -> bool:
    accuracy_ok = target.accuracy is None or result.accuracy >= target.accuracy
    return result.net_wpm >= target.wpm and accuracy_ok


def save(name: str, result: TypingResult, today: date | None = None) -> Path:
    """Store the result in a saved profile (made if it does not exist) as measured evidence."""
    from bpo_cli.services import profiles

    path = profiles.check_can_save(name)
    answers: dict[str, Any] = {}
    if path.exists():
        loaded = profiles.load(name)
        answers = dict(loaded) if isinstance(loaded, dict) else {}
    answers["typing"] = {
        "wpm": int(result.net_wpm),
        "accuracy": result.accuracy,
        "date": (today or date.today()).isoformat(),
        "measured": True,
    }
    profiles.write_atomic(path, answers)
    return path
