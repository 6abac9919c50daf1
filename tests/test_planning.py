"""Planning on a fixture graph with known answers: shortest routes and the next skill."""

from __future__ import annotations

from bpo_cli.domain.planning import next_skills, route
from bpo_cli.domain.profile import Profile

from tiny import role, tiny_kb

# A ladder with tempting shortcuts: trainee -> agent -> senior -> manager is three cheap moves
# (one new skill in all; excel and research are picked up on the job). trainee -> expert ->
# manager is two moves, but the expert role needs three new skills at once; trainee -> senior
# sideways needs two; going straight to manager needs three, which is no small move.
LADDER = (
    role("trainee", required=("talk",), progression=("agent", "expert")),
    role("agent", required=("talk", "type"), preferred=("excel",), progression=("senior",)),
    role(
        "senior",
        required=("talk", "type", "excel"),
        preferred=("research",),
        progression=("manager",),
    ),
    role("expert", required=("research", "excel", "type"), progression=("manager",)),
    role("manager", required=("talk", "type", "research", "excel"), progression=()),
    role("lawyer", "bachelor", fields=("law",), required=("research",)),
)


def test_the_cheapest_route_beats_the_shortest_one() -> None:
    kb = tiny_kb(roles=LADDER)
    found = route(kb, "manager", start_role="trainee")
    assert [h.role for h in found.hops] == ["agent", "senior", "manager"]
    assert [h.via for h in found.hops] == ["progression"] * 3
    assert found.hops[0].gaps.skills == ("type",)  # the only new skill on the way
    assert found.hops[1].gaps.skills == () and found.hops[2].gaps.skills == ()


def test_a_sideways_move_with_a_small_gap_is_allowed() -> None:
    kb = tiny_kb(roles=LADDER)
    found = route(kb, "senior", start_role="agent")
    assert [h.role for h in found.hops] == ["senior"]
    found = route(kb, "agent", start_role="senior")  # no link back, but nothing new to learn
    assert [(h.role, h.via) for h in found.hops] == [("agent", "move")]


def test_no_route_says_what_is_missing() -> None:
    kb = tiny_kb(roles=LADDER)
    found = route(kb, "lawyer", start_role="trainee")
    assert found.hops == ()
    assert "needs Bachelor in Law" in found.missing


def test_a_person_can_aim_straight_at_a_role_that_needs_a_degree() -> None:
    kb = tiny_kb(roles=LADDER)
    found = route(kb, "lawyer", person=Profile(education="high-school", skills=("talk",)))
    assert [h.role for h in found.hops] == ["lawyer"]
    first = found.hops[0]
    assert first.gaps.education is not None and first.gaps.education.need == "bachelor"
    assert [s.kind for s in first.steps][:2] == ["education", "skill"]


def test_the_skill_that_unlocks_the_most_roles_comes_first() -> None:
    roles = (
        role("a", required=("talk", "type")),
        role("b", required=("type",)),
        role("c", required=("type", "excel")),
        role("d", required=("research",)),
        role("e", "bachelor", required=("type",)),  # needs a degree too: type alone is not enough
    )
    kb = tiny_kb(roles=roles)
    ranked = next_skills(kb, Profile(education="high-school", skills=("talk",)))
    best = ranked[0]
    assert best.skill == "type"
    assert set(best.unlocks) == {"a", "b"}
    assert set(best.improves) == {"c", "e"}
    assert [s.skill for s in ranked[1:]] == ["research", "excel"]
    assert ranked[1].unlocks == ("d",)
