"""The activity interest profiler (`bpo advise --deep`): scoring, the flat fallback, the prompts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_questionnaire import DOWN, ENTER, UP, answer

from bpo_cli.cli import advise_flow
from bpo_cli.domain.engine import advise
from bpo_cli.domain.holland import code_of, person_vector
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.profiler import interest_scores, is_flat

from conftest import Run, validate

LIKED = {"law", "research"}


def test_the_profiler_has_24_to_30_activities_covering_every_interest(kb: KnowledgeBase) -> None:
    assert 24 <= len(kb.activities) <= 30
    assert {a.interest for a in kb.activities} == set(kb.interests)
    assert all(kb.interests[a.interest].holland == a.holland for a in kb.activities)


def test_ratings_become_interest_strengths_and_a_holland_code(kb: KnowledgeBase) -> None:
    ratings = {a.id: 5 if a.interest in LIKED else 1 for a in kb.activities}
    scores = interest_scores(kb, ratings)
    assert scores is not None
    assert {i for i, v in scores.items() if v == 1.0} == LIKED
    assert all(v == 0.0 for i, v in scores.items() if i not in LIKED)
    vector = person_vector(kb, Profile(education="bachelor", interest_scores=scores))
    assert vector is not None and code_of(vector) == "I"


def test_a_flat_profile_is_detected(kb: KnowledgeBase) -> None:
    assert is_flat({a.id: 4 for a in kb.activities})
    assert interest_scores(kb, {a.id: 2 for a in kb.activities}) is None


def test_interest_scores_steer_the_engine(kb: KnowledgeBase) -> None:
    base = Profile(education="bachelor", fields=("law",))
    strong = Profile(
        education="bachelor",
        fields=("law",),
        interest_scores={"law": 1.0, "research": 0.9, "selling": 0.0},
    )

    def legal(person: Profile) -> int:
        return next(m.score for m in advise(person, kb).matches if m.role == "legal-analyst")

    assert legal(strong) > legal(base)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setattr(advise_flow, "stdin_is_terminal", lambda: True)


@pytest.mark.usefixtures("terminal")
def test_deep_questionnaire_rates_activities_and_uses_the_result(
    run: Run, kb: KnowledgeBase, tmp_path: Path
) -> None:
    keys = [ENTER, ENTER]  # country: other; education: high school (no fields question)
    for activity in kb.activities:  # from "Not sure": two down is Like, two up is Dislike
        keys += [DOWN * 2 if activity.interest in LIKED else UP * 2, ENTER]
    keys += [ENTER] * 9  # skills (3 pages), certifications, experience, 3 preferences, review
    code, out, err, screen = answer(run, keys, "--deep", "--json")
    assert code == 0, err
    assert f"(activity 1 of {len(kb.activities)})" in screen
    assert "Your interest profile" in err and "Holland code: I" in err
    advice = json.loads(out)
    validate(advice, "advice")
    assert advice["profile"]["interest_scores"]["law"] == 1.0
    assert advice["profile"]["interests"] == ["research", "law"]
    assert advice["holland"] == "I"
    same = tmp_path / "same.json"
    same.write_text(json.dumps(advice["profile"]))
    assert run("advise", "-a", str(same), "--json").stdout == out  # the same by file


@pytest.mark.usefixtures("terminal")
def test_a_flat_profile_falls_back_to_the_quick_question(run: Run, kb: KnowledgeBase) -> None:
    keys = [ENTER, ENTER] + [ENTER] * len(kb.activities)  # "Not sure" to everything
    keys += [DOWN, " ", ENTER]  # the interests checkbox appears: tick the second interest
    keys += [ENTER] * 9  # skills (3 pages), certifications, experience, 3 preferences, review
    code, out, err, _ = answer(run, keys, "--deep", "--json")
    assert code == 0, err
    assert "rated every activity the same" in err
    profile = json.loads(out)["profile"]
    assert "interest_scores" not in profile
    assert profile["interests"] == [list(kb.interests)[1]]


def test_deep_needs_the_questionnaire(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("education: bachelor\n")
    result = run("advise", "--deep", "-a", str(path))
    assert result.exit_code == 2
    assert "interest_scores" in result.stderr
