"""Saved profiles: list, show, remove; corrupt files reported and never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpo_cli.cli import advise_flow

from conftest import Run, run_json, validate

LAW = "education: bachelor\nfields: [law]\n"


def save(run: Run, tmp_path: Path, name: str, text: str = LAW) -> None:
    answers = tmp_path / f"{name}-answers.yaml"
    answers.write_text(text)
    result = run("advise", "-a", str(answers), "--save", name, "--json")
    assert result.exit_code == 0, result.stderr


def test_list_show_and_remove(run: Run, tmp_path: Path, home: Path) -> None:
    assert "No saved profiles yet" in run("profiles").stdout
    save(run, tmp_path, "asha")
    save(run, tmp_path, "ravi", "education: high-school\n")
    listing = run_json(run, "profiles", "--json")
    validate(listing, "profiles")
    assert [p["name"] for p in listing["profiles"]] == ["asha", "ravi"]
    assert all(p["valid"] for p in listing["profiles"])
    shown = run_json(run, "profiles", "show", "asha", "--json")
    assert shown["education"] == "bachelor" and shown["fields"] == ["law"]
    assert "education: bachelor" in run("profiles", "show", "asha").stdout
    removed = run("profiles", "rm", "asha")
    assert removed.exit_code == 0 and "Removed profile 'asha'" in removed.stderr
    assert [p["name"] for p in run_json(run, "profiles", "--json")["profiles"]] == ["ravi"]
    again = run("profiles", "rm", "asha")
    assert again.exit_code == 1 and "no saved profile called 'asha'" in again.stderr


def test_a_corrupt_profile_is_listed_with_its_problem(run: Run, home: Path) -> None:
    (home / "profiles").mkdir(parents=True)
    (home / "profiles" / "broken.yaml").write_text("education: [\n")
    entry = run_json(run, "profiles", "--json")["profiles"][0]
    assert entry["valid"] is False and "line 2, column 1" in entry["problem"]


def test_a_corrupt_profile_is_never_overwritten(run: Run, tmp_path: Path, home: Path) -> None:
    path = home / "profiles" / "asha.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("education: [\n")
    answers = tmp_path / "a.yaml"
    answers.write_text(LAW)
    result = run("advise", "-a", str(answers), "--save", "asha")
    assert result.exit_code == 1
    assert str(path) in result.stderr and "will not overwrite" in result.stderr
    assert path.read_text() == "education: [\n"


def test_a_save_leaves_no_temporary_files(run: Run, tmp_path: Path, home: Path) -> None:
    save(run, tmp_path, "asha")
    save(run, tmp_path, "asha", "education: master\n")  # saving again replaces it whole
    assert [p.name for p in (home / "profiles").iterdir()] == ["asha.yaml"]
    assert json.loads(run("profiles", "show", "asha", "--json").stdout)["education"] == "master"


def test_a_bad_save_name_stops_before_any_question(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(advise_flow, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr(advise_flow, "interactive", lambda *a, **k: asked.append(True))
    result = run("advise", "--save", "../escape")
    assert result.exit_code == 2
    assert asked == []  # nothing typed was lost to the bad name
