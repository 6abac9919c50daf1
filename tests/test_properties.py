"""Invariants checked on many generated inputs (Hypothesis)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msgspec import to_builtins

from bpo_cli import datafile
from bpo_cli.domain import conditions as c
from bpo_cli.domain.engine import advise
from bpo_cli.domain.profile import Profile
from bpo_cli.errors import BpoError
from bpo_cli.knowledge.loader import load, load_knowledge
from bpo_cli.services.advice import advice_document
from bpo_cli.services.answers import to_profile

from conftest import Run, validate

KB = load_knowledge()
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def ids(table: Any) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(sorted(table)), unique=True, max_size=8)


answers = st.fixed_dictionaries(
    {},
    optional={
        "education": st.sampled_from([e.id for e in KB.education]),
        "fields": ids(KB.fields),
        "interests": ids(KB.interests),
        "skills": ids(KB.skills),
        "experience_years": st.integers(0, 60),
        "preferences": st.fixed_dictionaries(
            {}, optional={p.id: st.sampled_from(p.option_ids()) for p in KB.preferences.values()}
        ),
        "interest_scores": st.dictionaries(st.sampled_from(sorted(KB.interests)), st.floats(0, 1)),
    },
)


@SETTINGS
@given(answers)
def test_any_valid_profile_gets_every_role_once_in_order_and_repeatably(
    data: dict[str, Any],
) -> None:
    profile = to_profile(KB, data, "generated")
    first, second = advise(profile, KB), advise(profile, KB)
    assert first == second
    roles = [m.role for m in first.matches]
    assert sorted(roles) == sorted(KB.roles)
    assert all(0 <= m.score <= 100 for m in first.matches)
    assert [m.score for m in first.matches] == sorted(
        (m.score for m in first.matches), reverse=True
    )
    ranks = [m.rank for m in first.matches]
    assert ranks[0] == 1 and ranks == sorted(ranks)


@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(answers)
def test_advice_json_always_matches_its_schema(data: dict[str, Any]) -> None:
    validate(to_builtins(advice_document(advise(to_profile(KB, data, "generated"), KB))), "advice")


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_as_answers_gives_a_profile_or_our_own_error(text: str) -> None:
    with contextlib.suppress(BpoError):  # anything else fails the test
        to_profile(KB, datafile.parse(text, "answers.yaml"), "answers.yaml")


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_as_answers_gives_our_own_error_at_worst(raw: bytes) -> None:
    with contextlib.suppress(BpoError):
        to_profile(KB, datafile.parse(datafile.decode(raw, "x"), "x"), "x")


@pytest.fixture(scope="module")
def overlay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("overlay")
    (root / "roles").mkdir()
    return root


@settings(
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    name=st.sampled_from(
        [
            "skills.yaml",
            "types.yaml",
            "rules.yaml",
            "roles/x.yaml",
            "questions.yaml",
            "overview.yaml",
        ]
    ),
    text=st.text(max_size=300),
)
def test_any_text_as_a_knowledge_file_gives_problems_not_crashes(
    overlay: Path, name: str, text: str
) -> None:
    for old in overlay.rglob("*.yaml"):
        old.unlink()
    (overlay / name).write_text(text, encoding="utf-8")
    try:
        result = load(overlay)
    except BpoError:
        return
    assert all(p.file for p in result.problems)


LEVELS = [e.id for e in KB.education]


def conditions() -> st.SearchStrategy[c.Condition]:
    return st.recursive(
        leaf_conditions(),
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map(lambda xs: c.All(tuple(xs))),
            st.lists(inner, min_size=1, max_size=4).map(lambda xs: c.Any_(tuple(xs))),
            inner.map(c.Not),
        ),
        max_leaves=12,
    )


def leaf_conditions() -> st.SearchStrategy[c.Condition]:
    return st.one_of(
        st.sampled_from(LEVELS).map(c.EducationAtLeast),
        st.sampled_from(LEVELS).map(c.EducationAtMost),
        st.sampled_from(sorted(KB.skills)).map(c.HasSkill),
        st.sampled_from(sorted(KB.interests)).map(c.HasInterest),
        st.sampled_from(sorted(KB.fields)).map(c.HasField),
        st.integers(0, 60).map(c.ExperienceAtLeast),
        st.sampled_from([(p.id, o) for p in KB.preferences.values() for o in p.option_ids()]).map(
            lambda pair: c.PreferenceIs(*pair)
        ),
    )


def expected(cond: c.Condition, p: Profile) -> bool:
    """What a condition means, written out again independently of the engine's compiler."""
    order = [level.id for level in KB.education]
    if isinstance(cond, c.All):
        return all(expected(item, p) for item in cond.items)
    if isinstance(cond, c.Any_):
        return any(expected(item, p) for item in cond.items)
    if isinstance(cond, c.Not):
        return not expected(cond.item, p)
    if isinstance(cond, c.EducationAtLeast):
        return order.index(p.education) >= order.index(cond.level)
    if isinstance(cond, c.EducationAtMost):
        return order.index(p.education) <= order.index(cond.level)
    if isinstance(cond, c.HasSkill):
        return cond.skill in p.skills
    if isinstance(cond, c.HasField):
        return cond.field in p.fields
    if isinstance(cond, c.HasInterest):
        if p.interest_scores is not None:  # rated "slightly like" or better
            return p.interest_scores.get(cond.interest, 0.0) > 0.5
        return cond.interest in p.interests
    if isinstance(cond, c.ExperienceAtLeast):
        return p.experience_years >= cond.years
    if isinstance(cond, c.PreferenceIs):
        return p.preferences.get(cond.preference) == cond.option
    raise AssertionError(f"a condition the test does not know: {cond!r}")


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(leaf_conditions(), answers)
def test_every_operator_means_what_the_rule_language_says(
    condition: c.Condition, data: dict[str, Any]
) -> None:
    # Many examples of single operators reach the boundaries (the same level, the same years).
    profile: Profile = to_profile(KB, data, "generated")
    assert c.holds(condition, profile, KB.education_ranks) is expected(condition, profile)


@SETTINGS
@given(conditions(), answers)
def test_every_rule_means_what_the_rule_language_says(
    condition: c.Condition, data: dict[str, Any]
) -> None:
    # The engine compiles conditions into closures for speed; any slip in that compiler (a
    # `>` for a `>=`, an `any` for an `all`) makes a rule fire for the wrong people.
    profile: Profile = to_profile(KB, data, "generated")
    assert c.holds(condition, profile, KB.education_ranks) is expected(condition, profile)


def test_the_properties_run_on_the_knowledge_people_get(run: Run) -> None:
    # KB is loaded once at import for Hypothesis; it must be the data `bpo` itself advises from.
    shipped = [role["slug"] for role in json.loads(run("roles", "--json").stdout)]
    assert sorted(KB.roles) == sorted(shipped) and len(shipped) >= 35
    assert [level.id for level in KB.education] == [
        e["id"] for e in json.loads(run("vocab", "education", "--json").stdout)["education"]
    ]
