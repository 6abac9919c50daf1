"""`bpo cohort`: who fits which role, and which missing skills to teach first."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run, run_json, validate

# Careful people who don't type fast yet: one required skill (fast typing) from data entry.
TYPISTS = [{"id": f"t{n}", "education": "high-school", "skills": ["accuracy"]} for n in range(3)]
READY = {"id": "r", "education": "high-school", "skills": ["fast-typing", "accuracy"]}


def write(tmp_path: Path, records: list[object]) -> str:
    path = tmp_path / "class.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def test_counts_fits_per_role_and_the_skills_that_would_move_people(
    run: Run, tmp_path: Path
) -> None:
    summary = run_json(run, "cohort", write(tmp_path, [*TYPISTS, READY]), "--json")
    validate(summary, "cohort")
    assert (summary["records"], summary["advised"], summary["failed"]) == (4, 4, 0)
    roles = {r["role"]: r for r in summary["roles"]}
    assert roles["data-entry-specialist"]["ready"] == 1
    assert roles["data-entry-specialist"]["reachable"] == 3
    # Everyone is ready for an entry role that asks only personal qualities (customer support).
    assert summary["best_fit"]["ready"] == 4
    skills = {s["skill"]: s for s in summary["skills"]}
    assert skills["fast-typing"]["would_move"] == 3  # each typist is one skill from data entry
    assert skills["writing"]["would_move"] == 1  # chat support also needs fast typing
    # A personal quality never keeps anyone from ready, so it moves no one.
    assert all(s["would_move"] == 0 for s in summary["skills"] if s["skill"] == "patience")


def test_bad_records_are_counted_and_shown_and_exit_1(run: Run, tmp_path: Path) -> None:
    result = run("cohort", write(tmp_path, [READY, {"skills": ["typo-skill"]}]), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["failed"] == 1
    assert summary["errors"][0]["line"] == 2
    assert "typo-skill" in summary["errors"][0]["error"]


def test_human_summary_plans_courses(run: Run, tmp_path: Path) -> None:
    text = run("cohort", write(tmp_path, [*TYPISTS, READY])).stdout
    assert "Cohort summary (4 of 4 people advised)" in text
    assert "Courses to plan" in text
    summary = run_json(run, "cohort", write(tmp_path, [*TYPISTS, READY]), "--json")
    first = next(s for s in summary["skills"] if s["would_move"])
    label = run_json(run, "vocab", "skills", first["skill"], "--json")["label"]
    assert f"{label}: {first['would_move']} people would be ready for a role with it" in text
    assert "1 people" not in text


def test_cohort_reads_csv_too(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("id,education,skills\na,high-school,fast-typing;accuracy\n")
    summary = run_json(run, "cohort", str(path), "--json")
    assert summary["advised"] == 1 and summary["best_fit"]["ready"] == 1
