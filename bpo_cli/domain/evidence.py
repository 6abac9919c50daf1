"""What a person's answers show beyond the skills they ticked: studies, certifications, typing.

A diploma or degree in a field counts as the skills that field teaches (`counts_as` in
fields.yaml: a law degree teaches legal research); a certification counts as the skills it
proves (`counts_as`); a typing result replaces the person's own tick for each typing skill, in
both directions, and says so.
"""

from __future__ import annotations

from msgspec import Struct

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.profile import Profile

STUDIED = "diploma"  # the least education at which a field of study counts as its skills


class Evidence(Struct, frozen=True):
    skills: frozenset[str]  # the skills the engine counts
    notes: dict[str, str]  # skill id -> why it counts (or does not), for the reasons


def evidence(kb: KnowledgeBase, profile: Profile) -> Evidence:
    """The skills the person is counted as having, with a note for each one not simply ticked."""
    skills = set(profile.skills)
    notes: dict[str, str] = {}

    def counts_as(proven: tuple[str, ...], why: str) -> None:
        for skill in proven:
            if skill not in skills:
                skills.add(skill)
                notes[skill] = f"{why} {kb.label('skills', skill)}"

    ranks = kb.education_ranks
    if ranks.get(profile.education, -1) >= ranks.get(STUDIED, len(ranks)):
        for field_id in profile.fields:
            study = kb.fields.get(field_id)
            if study is not None:
                counts_as(study.counts_as, f"your studies in {study.label} count as")
    for cert_id in profile.certifications:
        cert = kb.certifications.get(cert_id)
        if cert is not None:
            counts_as(cert.counts_as, f"your {cert.label} counts as")
    typing = profile.typing
    if typing is not None:
        kind = "measured" if typing.measured else "reported"
        for threshold in kb.typing:
            label = kb.label("skills", threshold.skill)
            figure = (
                f"your {kind} typing of {typing.wpm} words a minute at "
                f"{typing.accuracy:g}% accuracy"
            )
            bar = f"{threshold.wpm} at {threshold.accuracy:g}%"
            if typing.wpm >= threshold.wpm and typing.accuracy >= threshold.accuracy:
                skills.add(threshold.skill)
                notes[threshold.skill] = f"{figure} meets the {bar} that counts as {label}"
            else:
                skills.discard(threshold.skill)
                notes[threshold.skill] = f"{figure} is below the {bar} that counts as {label}"
    return Evidence(frozenset(skills), notes)
