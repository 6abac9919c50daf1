"""Whose advice it is: a person's answers from a file or a saved profile, checked into a Profile.

Above both `answers` (checking) and `profiles` (storage), so neither imports the other back.
"""

from __future__ import annotations

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.profile import Profile
from bpo_cli.errors import UsageError
from bpo_cli.services import profiles
from bpo_cli.services.answers import to_profile


def read(kb: KnowledgeBase, answers: str | None, profile: str | None) -> Profile | None:
    """The profile in an answers file (`-` for stdin) or a saved profile; None when neither."""
    from bpo_cli import datafile

    if answers is not None and profile is not None:
        raise UsageError("give either --answers or --profile, not both")
    if answers is not None:
        return to_profile(kb, datafile.load(answers), datafile.describe(answers))
    if profile is not None:
        return to_profile(kb, profiles.load(profile), f"saved profile {profiles.path_of(profile)}")
    return None
