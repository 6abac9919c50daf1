"""`bpo advise` without prompts: answers files, stdin, saved profiles, errors, output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpo_cli.domain.knowledge import KnowledgeBase

from conftest import Run, run_json, validate

LAW = (
    "education: bachelor\nfields: [law]\ninterests: [research]\nskills: [legal-research, writing]\n"
)


def answers_file(tmp_path: Path, text: str, name: str = "me.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_json_has_every_role_and_matches_the_schema(
    run: Run, tmp_path: Path, kb: KnowledgeBase
) -> None:
    advice = run_json(run, "advise", "--answers", answers_file(tmp_path, LAW), "--json")
    validate(advice, "advice")
    assert sorted(m["role"] for m in advice["matches"]) == sorted(kb.roles)
    first = advice["matches"][0]
    assert first["role"] == "legal-analyst" and first["fit"] == "ready"
    assert first["gaps"]["education"] is None and first["gaps"]["skills"] == []
    assert {r["rule"] for r in first["reasons"]} >= {"education", "law-graduate"}
    assert "career exploration" in advice["disclaimer"]


def test_the_same_answers_give_byte_identical_json_by_any_path(run: Run, tmp_path: Path) -> None:
    from_yaml = run("advise", "--answers", answers_file(tmp_path, LAW), "--json").stdout
    as_json = json.dumps(
        {
            "skills": ["writing", "legal-research"],
            "fields": ["law"],
            "interests": ["research"],
            "education": "bachelor",
        }
    )
    from_json = run(
        "advise", "--answers", answers_file(tmp_path, as_json, "me.json"), "--json"
    ).stdout
    from_stdin = run("advise", "--answers", "-", "--json", input=LAW).stdout
    from_stdin_json = run("advise", "-a", "-", "--json", input=as_json).stdout
    assert from_yaml == from_json == from_stdin == from_stdin_json


def test_labels_and_any_case_are_accepted_for_ids(run: Run, tmp_path: Path) -> None:
    loose = "education: Bachelor's degree\nfields: [LAW]\nskills: Legal research, writing\n"
    advice = run_json(run, "advise", "-a", answers_file(tmp_path, loose), "--json")
    assert advice["profile"]["skills"] == ["writing", "legal-research"]
    assert advice["profile"]["education"] == "bachelor"


def test_missing_keys_take_the_questionnaire_defaults(run: Run, tmp_path: Path) -> None:
    advice = run_json(run, "advise", "-a", answers_file(tmp_path, "skills: [excel]\n"), "--json")
    assert advice["profile"] == {
        "country": None,  # not said: every country's items are shown, labelled
        "education": "high-school",
        "fields": [],
        "interests": [],
        "skills": ["excel"],
        "experience_years": 0,
        "preferences": {"work_style": "either", "shifts": "any", "location": "either"},
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "skills: [fast-typng]\n",
            "skills: unknown skill 'fast-typng'; did you mean "
            "'fast-typing'? (see `bpo vocab skills`)",
        ),
        ("education: bachelors\n", "unknown education level 'bachelors'; did you mean 'bachelor'?"),
        ("experience_years: -2\n", "experience_years: -2 is out of range (0 to 60)"),
        ("experience_years: 500\n", "experience_years: 500 is out of range"),
        ("experience_years: two\n", "expected a whole number of years, got 'two'"),
        ("intrests: [law]\n", "unknown key 'intrests'; did you mean 'interests'?"),
        ("- education: bachelor\n", "expected a mapping of answers, got a list"),
        (
            "preferences: {shifts: never}\n",
            "preferences.shifts: 'never' is not one of: any, day-only",
        ),
        ("skills: {typing: yes}\n", "skills: expected a list of ids, got a mapping"),
    ],
)
def test_bad_answers_exit_1_naming_the_file_key_and_value(
    run: Run, tmp_path: Path, text: str, message: str
) -> None:
    path = answers_file(tmp_path, text)
    result = run("advise", "--answers", path, "--json")
    assert result.exit_code == 1
    assert path in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) <= 2


def test_every_problem_in_an_answers_file_is_named(run: Run, tmp_path: Path) -> None:
    path = answers_file(tmp_path, "skills: [a1, b2]\ninterests: [c3]\n")
    stderr = run("advise", "-a", path).stderr
    assert "'a1'" in stderr and "'b2'" in stderr and "'c3'" in stderr


def test_without_a_terminal_or_answers_it_exits_2_naming_the_flag(run: Run) -> None:
    result = run("advise")
    assert result.exit_code == 2
    assert "--answers FILE" in result.stderr and "--profile NAME" in result.stderr
    result = run("advise", "--no-input", env={"BPO_NO_INPUT": ""})
    assert result.exit_code == 2 and "--no-input" in result.stderr
    assert run("advise", env={"BPO_NO_INPUT": "1"}).exit_code == 2


def test_answers_and_profile_together_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("advise", "-a", answers_file(tmp_path, LAW), "--profile", "x")
    assert result.exit_code == 2


def test_save_then_profile_reproduces_the_advice(run: Run, tmp_path: Path, home: Path) -> None:
    path = answers_file(tmp_path, LAW)
    saved = run("advise", "-a", path, "--save", "asha", "--json")
    assert saved.exit_code == 0 and "asha" in saved.stderr
    assert run("advise", "--profile", "asha", "--json").stdout == saved.stdout
    result = run("advise", "--profile", "nobody")
    assert result.exit_code == 1 and "no saved profile called 'nobody'" in result.stderr


@pytest.mark.parametrize("name", ["../evil", "a/b", "..", "with space", ".hidden"])
def test_profile_names_cannot_escape_the_profiles_folder(
    run: Run, tmp_path: Path, home: Path, name: str
) -> None:
    result = run("advise", "-a", answers_file(tmp_path, LAW), "--save", name)
    assert result.exit_code == 2
    assert "not a usable profile name" in result.stderr
    assert not list(tmp_path.rglob("evil*"))


def test_human_output_ranks_the_top_roles_with_gaps_and_steps(run: Run, tmp_path: Path) -> None:
    result = run("advise", "-a", answers_file(tmp_path, LAW), "--top", "3")
    assert result.exit_code == 0
    out = result.stdout
    assert "1\tLegal Analyst\t" in out and "READY" in out
    assert out.count("== ") == 3  # one section a match
    assert "Next steps:" in out and "Gaps:" in out and "career exploration" in out
    assert "\x1b[" not in out


def test_all_and_explain(run: Run, tmp_path: Path, kb: KnowledgeBase) -> None:
    out = run("advise", "-a", answers_file(tmp_path, LAW), "--all", "--explain").stdout
    assert out.count("== ") == len(kb.roles)
    assert "Rule trace:" in out and "law-graduate" in out
