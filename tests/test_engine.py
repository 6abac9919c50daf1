"""The rule engine on a tiny knowledge base: conditions, selectors, scores, fit, order, steps."""

from __future__ import annotations

import pytest

from bpo_cli.domain import conditions as c
from bpo_cli.domain.engine import advise
from bpo_cli.domain.models import Tip
from bpo_cli.domain.profile import Profile

from tiny import LEVELS, rule, tiny_kb

RANKS = {level: i for i, level in enumerate(LEVELS)}
GRAD = Profile(
    education="bachelor",
    fields=("law",),
    interests=("study",),
    skills=("research",),
    experience_years=3,
    preferences={"style": "back"},
)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (c.EducationAtLeast("bachelor"), True),
        (c.EducationAtLeast("master"), False),
        (c.EducationAtMost("bachelor"), True),
        (c.EducationAtMost("diploma"), False),
        (c.HasSkill("research"), True),
        (c.HasSkill("talk"), False),
        (c.HasInterest("study"), True),
        (c.HasInterest("people"), False),
        (c.HasField("law"), True),
        (c.HasField("it"), False),
        (c.ExperienceAtLeast(3), True),
        (c.ExperienceAtLeast(4), False),
        (c.PreferenceIs("style", "back"), True),
        (c.PreferenceIs("style", "front"), False),
        (c.All((c.HasField("law"), c.HasSkill("research"))), True),
        (c.All((c.HasField("law"), c.HasSkill("talk"))), False),
        (c.Any_((c.HasSkill("talk"), c.HasInterest("study"))), True),
        (c.Any_((c.HasSkill("talk"), c.HasInterest("people"))), False),
        (c.Not(c.HasSkill("talk")), True),
        (c.Not(c.All((c.Not(c.HasField("it")), c.ExperienceAtLeast(1)))), False),
    ],
)
def test_each_operator(condition: c.Condition, expected: bool) -> None:
    assert c.holds(condition, GRAD, RANKS) is expected


def test_interest_scores_replace_the_checkbox_interests() -> None:
    scored = Profile(education="none", interests=("study",), interest_scores={"people": 0.8})
    assert c.holds(c.HasInterest("people"), scored, RANKS)
    assert not c.holds(c.HasInterest("study"), scored, RANKS)


@pytest.mark.parametrize(
    ("selector", "picked"),
    [
        ({"roles": ("clerk",)}, {"clerk"}),
        ({"types": ("back",)}, {"clerk", "lawyer-aide"}),
        ({"tags": ("entry",)}, {"agent", "clerk"}),
        ({"roles": ("lead",), "tags": ("entry",)}, {"agent", "clerk", "lead"}),
    ],
)
def test_a_rule_moves_exactly_the_roles_it_picks(
    selector: dict[str, tuple[str, ...]], picked: set[str]
) -> None:
    person = Profile(education="high-school")
    before = {m.role: m.score for m in advise(person, tiny_kb()).matches}
    kb = tiny_kb(rules=(rule("boost", c.EducationAtLeast("none"), 7, **selector),))
    after = {m.role: m.score for m in advise(person, kb).matches}
    assert {slug for slug in after if after[slug] != before[slug]} == picked
    assert all(after[slug] > before[slug] for slug in picked)


def test_a_rule_whose_condition_fails_adds_no_reason_and_moves_no_other_role() -> None:
    person = Profile(education="high-school")
    kb = tiny_kb(rules=(rule("never", c.HasSkill("excel"), 30, roles=("clerk",)),))
    before = {m.role: m for m in advise(person, tiny_kb()).matches}
    after = {m.role: m for m in advise(person, kb).matches}
    assert "never" not in [r.rule for r in after["clerk"].reasons]
    assert all(after[r].score == before[r].score for r in after if r != "clerk")
    # The clerk's scale now reaches 30 points higher: the same points are a smaller share.
    assert after["clerk"].score <= before["clerk"].score


def test_every_role_once_ordered_by_score_then_slug() -> None:
    advice = advise(Profile(education="high-school"), tiny_kb())
    keys = [(-m.score, m.role) for m in advice.matches]
    assert keys == sorted(keys)
    assert sorted(m.role for m in advice.matches) == ["agent", "clerk", "lawyer-aide", "lead"]


def test_extreme_rules_stay_within_0_and_100_without_clipping() -> None:
    kb = tiny_kb(
        rules=(
            rule("up", c.EducationAtLeast("none"), 50, roles=("agent",)),
            rule("up2", c.EducationAtLeast("none"), 50, roles=("agent",)),
            rule("down", c.EducationAtLeast("none"), -50, roles=("lawyer-aide",)),
            rule("down2", c.EducationAtLeast("none"), -50, roles=("lawyer-aide",)),
        )
    )
    matches = advise(Profile(education="none"), kb).matches
    scores = {m.role: m.score for m in matches}
    assert all(0 <= s <= 100 for s in scores.values())
    assert matches[0].role == "agent" and matches[-1].role == "lawyer-aide"


@pytest.mark.parametrize(
    ("profile", "slug", "fit"),
    [
        (Profile(education="high-school", skills=("talk",)), "agent", "ready"),
        (Profile(education="high-school"), "agent", "reachable"),
        (Profile(education="none", skills=("talk",)), "agent", "stretch"),
        (
            Profile(education="master", fields=("law",), skills=("research",)),
            "lawyer-aide",
            "ready",
        ),
        (
            Profile(education="master", fields=("it",), skills=("research",)),
            "lawyer-aide",
            "stretch",
        ),
        (Profile(education="high-school", skills=("talk",)), "lead", "reachable"),
        (Profile(education="high-school", skills=("talk",), experience_years=2), "lead", "ready"),
    ],
)
def test_fit(profile: Profile, slug: str, fit: str) -> None:
    match = next(m for m in advise(profile, tiny_kb()).matches if m.role == slug)
    assert match.fit == fit


def test_reasons_explain_the_whole_score() -> None:
    kb = tiny_kb(rules=(rule("likes-order", c.HasInterest("order"), -5, roles=("clerk",)),))
    person = Profile(education="high-school", interests=("order",), skills=("type",))
    clerk = next(m for m in advise(person, kb).matches if m.role == "clerk")
    rules = [r.rule for r in clerk.reasons]
    assert rules == [
        "education",
        "required-skills",
        "preferred-skills",
        "interests",
        "holland",
        "experience",
        "likes-order",
        "scale",
    ]
    assert clerk.score == round(sum(r.weight for r in clerk.reasons))
    assert [r.against for r in clerk.reasons if r.rule == "likes-order"] == [True]


def test_steps_close_the_gaps_first_then_prepare_then_grow() -> None:
    tip = Tip("grow", "Grow", "Keep learning.", when=c.HasSkill("type"))
    person = Profile(education="none", skills=("type",))
    lead = next(m for m in advise(person, tiny_kb(tips=(tip,))).matches if m.role == "lead")
    kinds = [s.kind for s in lead.steps]
    assert kinds == ["education", "skill", "prepare", "experience", "progression", "tip"]
    assert lead.steps[1].how == ("Practice: practise talk",)


def test_a_tip_appears_only_where_it_applies() -> None:
    from bpo_cli.domain.conditions import Selector

    tip = Tip("night", "Nights", "Sleep well.", applies_to=Selector(types=("back",)))
    matches = advise(Profile(education="none"), tiny_kb(tips=(tip,))).matches
    with_tip = {m.role for m in matches if any(s.kind == "tip" for s in m.steps)}
    assert with_tip == {"clerk", "lawyer-aide"}


def test_the_same_profile_gives_the_same_advice() -> None:
    person = Profile(education="diploma", interests=("people", "order"), skills=("talk",))
    assert advise(person, tiny_kb()) == advise(person, tiny_kb())
