"""What a score means, checked on many generated people (Hypothesis): gaining a qualification
never lowers a score or a fit, naming an interest a role lists never lowers that role, a ready
role always outranks a stretch, nothing is clipped, and ties are shown as ties."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from bpo_cli.domain.engine import advise
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import READY_FLOOR, score_all
from bpo_cli.knowledge.loader import load_knowledge
from bpo_cli.services.answers import to_profile

KB = load_knowledge()
SETTINGS = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
FIT_RANK = {"stretch": 0, "reachable": 1, "ready": 2}
LEVELS = [e.id for e in KB.education]


def ids(table: Any, most: int = 8) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(sorted(table)), unique=True, max_size=most)


@st.composite
def people(draw: st.DrawFn) -> Profile:
    years = draw(st.integers(0, 12))
    data = {
        "education": draw(st.sampled_from(LEVELS)),
        "fields": draw(ids(KB.fields, 3)),
        "interests": draw(ids(KB.interests, 4)),
        "skills": draw(ids(KB.skills, 10)),
        "certifications": draw(ids(KB.certifications, 2)),
        "experience_years": years,
        "bpo_experience_years": draw(st.integers(0, years)),
        "preferences": draw(
            st.fixed_dictionaries(
                {},
                optional={p.id: st.sampled_from(p.option_ids()) for p in KB.preferences.values()},
            )
        ),
    }
    return to_profile(KB, data, "generated")


def scores(profile: Profile) -> dict[str, tuple[int, str]]:
    return {s.role: (s.score, s.fit) for s in score_all(profile, KB)}


def never_lower(before: Profile, after: Profile) -> None:
    old, new = scores(before), scores(after)
    for role, (score, fit) in old.items():
        assert new[role][0] >= score, (role, score, new[role])
        assert FIT_RANK[new[role][1]] >= FIT_RANK[fit], (role, fit, new[role])


def _sorted(kind: str, values: set[str]) -> tuple[str, ...]:
    order = list(KB.labels(kind))
    return tuple(sorted(values, key=order.index))


@SETTINGS
@given(people(), st.sampled_from(sorted(KB.skills)))
def test_adding_a_skill_never_lowers_a_score_or_fit(person: Profile, skill: str) -> None:
    never_lower(person, replace(person, skills=_sorted("skills", {*person.skills, skill})))


@SETTINGS
@given(people(), st.sampled_from(sorted(KB.certifications)))
def test_adding_a_certification_never_lowers_a_score_or_fit(person: Profile, cert: str) -> None:
    gained = _sorted("certifications", {*person.certifications, cert})
    never_lower(person, replace(person, certifications=gained))


@SETTINGS
@given(people(), st.sampled_from(sorted(KB.fields)))
def test_adding_a_field_never_lowers_a_score_or_fit(person: Profile, field: str) -> None:
    never_lower(person, replace(person, fields=_sorted("fields", {*person.fields, field})))


@SETTINGS
@given(people(), st.integers(1, len(LEVELS) - 1))
def test_a_higher_education_level_never_lowers_a_score_or_fit(person: Profile, up: int) -> None:
    index = LEVELS.index(person.education)
    higher = LEVELS[min(len(LEVELS) - 1, index + up)]
    never_lower(person, replace(person, education=higher))


@SETTINGS
@given(people(), st.integers(1, 5), st.booleans())
def test_more_experience_never_lowers_a_score_or_fit(person: Profile, more: int, bpo: bool) -> None:
    gained = replace(
        person,
        experience_years=person.experience_years + more,
        bpo_experience_years=person.bpo_experience_years + (more if bpo else 0),
    )
    never_lower(person, gained)


@SETTINGS
@given(people(), st.sampled_from(sorted(KB.roles)), st.data())
def test_naming_an_interest_the_role_lists_never_lowers_that_role(
    person: Profile, slug: str, data: st.DataObject
) -> None:
    interest = data.draw(st.sampled_from(KB.roles[slug].interests))
    before = scores(person)[slug][0]
    named = replace(person, interests=_sorted("interests", {*person.interests, interest}))
    assert scores(named)[slug][0] >= before


@SETTINGS
@given(people())
def test_a_ready_role_always_scores_above_a_stretch_role(person: Profile) -> None:
    scored = score_all(person, KB)
    ready = [s.score for s in scored if s.fit == "ready"]
    stretch = [s.score for s in scored if s.fit == "stretch"]
    if ready and stretch:
        assert min(ready) > max(stretch)
    assert all(s.score >= READY_FLOOR for s in scored if s.fit == "ready")


@SETTINGS
@given(people())
def test_scores_keep_the_order_of_the_points_within_a_fit(person: Profile) -> None:
    """Nothing is clipped: on the same scale and fit, more points never mean a lower score."""
    scored = score_all(person, KB)
    for a in scored:
        for b in scored:
            same_scale = a.fit == b.fit and a.parts.highest == b.parts.highest
            if same_scale and a.parts.raw > b.parts.raw:
                assert a.score >= b.score, (a.role, b.role)


@SETTINGS
@given(people())
def test_ties_share_a_rank_and_are_said_to_be_ties(person: Profile) -> None:
    advice = advise(person, KB, with_steps=False)
    matches = advice.matches
    for before, after in itertools.pairwise(matches):
        assert after.rank >= before.rank
        if after.rank == before.rank:
            assert after.score == before.score and after.fit == before.fit
    assert all(m.score <= 100 for m in matches)


def test_a_full_match_scores_100() -> None:
    """Every requirement met and every rule that can add points fired: 100, and only then."""
    role = KB.roles["customer-support-executive"]
    person = to_profile(
        KB,
        {
            "education": "bachelor",
            "skills": [
                *role.skills.required,
                *role.skills.preferred,
                "intercultural-communication",
            ],
            "interests": list(role.interests),
            "experience_years": role.experience_years,
            "preferences": {"work_style": "customer-facing", "location": "remote"},
        },
        "full",
    )
    found = next(s for s in score_all(person, KB) if s.role == role.slug)
    assert found.fit == "ready" and found.parts.raw == found.parts.highest
    assert found.score == 100
    less = replace(person, skills=tuple(s for s in person.skills if s != role.skills.preferred[0]))
    assert next(s for s in score_all(less, KB) if s.role == role.slug).score < 100
