"""path, next-skill and compare as a person uses them, with their JSON checked by the schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Run, run_json, validate

TYPIST = "education: high-school\nskills: [fast-typing, accuracy]\ninterests: [organizing]\n"


def answers(tmp_path: Path, text: str = TYPIST) -> str:
    path = tmp_path / "me.yaml"
    path.write_text(text)
    return str(path)


def test_path_from_a_role_follows_the_ladder(run: Run) -> None:
    route = run_json(
        run, "path", "operations-manager", "--from", "Customer Support Executive", "--json"
    )
    validate(route, "path")
    assert route["start"] == "customer-support-executive" and route["found"]
    assert route["hops"][-1]["role"] == "operations-manager"
    assert route["hops"][0]["via"] == "progression"
    assert route["total"]["moves"] == len(route["hops"])
    text = run("path", "operations-manager", "--from", "customer-support-executive").stdout
    assert "Route to Operations Manager" in text and "Gaps at this point" in text


def test_path_from_answers_starts_with_the_person(run: Run, tmp_path: Path) -> None:
    route = run_json(run, "path", "team-leader", "--answers", answers(tmp_path), "--json")
    validate(route, "path")
    assert route["start"]["skills"] == ["accuracy", "fast-typing"]
    assert route["hops"][0]["via"] == "start"


def test_path_with_no_route_says_what_is_missing(run: Run) -> None:
    result = run("path", "legal-analyst", "--from", "data-entry-specialist", "--json")
    assert result.exit_code == 0  # "there is no route" is an answer, not a failure
    route = __import__("json").loads(result.stdout)
    validate(route, "path")
    assert not route["found"] and route["hops"] == []
    assert "Law" in route["missing"]
    text = run("path", "legal-analyst", "--from", "data-entry-specialist").stdout
    assert "No route found" in text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("path", "team-leader"), 2, "--from ROLE, --answers FILE or --profile NAME"),
        (("path", "team-leadr", "--from", "recruiter"), 1, "did you mean team-leader"),
        (("path", "team-leader", "--from", "recrutier"), 1, "did you mean recruiter"),
        (("next-skill",), 2, "--answers FILE or --profile NAME"),
        (("compare", "legal-analyst"), 2, "at least two roles"),
        (("compare", "legal-analyst", "nobody-at-all"), 1, "no role called 'nobody-at-all'"),
    ],
)
def test_planning_errors(run: Run, args: tuple[str, ...], code: int, message: str) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_next_skill_ranks_what_opens_doors(run: Run, tmp_path: Path) -> None:
    ranked = run_json(run, "next-skill", "--answers", answers(tmp_path), "--json")
    validate(ranked, "next-skill")
    skills = ranked["skills"]
    assert skills and all(s["how"] for s in skills)
    leverages = [s["leverage"] for s in skills]
    assert leverages == sorted(leverages, reverse=True)
    assert skills[0]["unlocks"]  # the best skill makes at least one role ready
    assert all(s["skill"] not in ("fast-typing", "accuracy") for s in skills)
    text = run("next-skill", "-a", answers(tmp_path), "--top", "3").stdout
    assert "How to build" in text


def test_compare_side_by_side_with_and_without_answers(run: Run, tmp_path: Path) -> None:
    plain = run_json(run, "compare", "legal-analyst", "research-analyst", "--json")
    validate(plain, "compare")
    assert [r["slug"] for r in plain["roles"]] == ["legal-analyst", "research-analyst"]
    assert plain["fit"] is None
    law = answers(
        tmp_path, "education: bachelor\nfields: [law]\nskills: [legal-research, writing]\n"
    )
    mine = run_json(run, "compare", "legal-analyst", "research-analyst", "-a", law, "--json")
    validate(mine, "compare")
    assert [f["fit"] for f in mine["fit"]] == ["ready", "reachable"]
    text = run("compare", "legal-analyst", "paralegal", "research-analyst", "-a", law).stdout
    assert "Your fit" in text and "Job zone" in text
    assert text.splitlines()[0].count("\t") == 2  # an alias of the same role is shown once


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("education: high-school\n", 5),  # a school leaver: all five years still to gain
        ("education: bachelor\nexperience_years: 3\n", 2),  # five usually asked; has three
        ("education: bachelor\nexperience_years: 6\nbpo_experience_years: 6\n", 0),
    ],
)
def test_path_time_is_one_figure_from_the_persons_own_experience(
    run: Run, tmp_path: Path, text: str, years: int
) -> None:
    """Operations managers usually have 5 years: the time is what the person still lacks, the
    same in text and JSON."""
    file = answers(tmp_path, text)
    route = run_json(run, "path", "operations-manager", "--answers", file, "--json")
    validate(route, "path")
    assert route["total"]["years"] == years
    shown = run("path", "operations-manager", "--answers", file).stdout
    if years:
        assert f"about {years} year" in shown
    else:
        assert "no more work experience needed" in shown
