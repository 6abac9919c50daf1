"""Help and usage errors: an example in every command's help, no type placeholders, and bad
flags or values reported in bpo's own `error:`/`hint:` form with exit code 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from bpo_cli.cli import app

from conftest import Run

ROOT = Path(__file__).resolve().parents[1]


def command_paths() -> list[str]:
    """Every command and group as typed after `bpo` (`advise`, `profiles rm`, `data check`)."""
    paths: list[str] = []

    def walk(command: object, prefix: str) -> None:
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            paths.append(f"{prefix}{name}")
            walk(sub, f"{prefix}{name} ")

    walk(typer.main.get_command(app), "")
    return paths


def test_the_command_list_is_complete() -> None:
    paths = command_paths()
    for expected in ("advise", "role", "roles", "profiles rm", "data check", "path"):
        assert expected in paths


@pytest.mark.parametrize("path", command_paths())
def test_every_command_help_shows_an_example_and_no_type_placeholders(run: Run, path: str) -> None:
    result = run(*path.split(), "--help")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "Examples" in text, path
    assert re.search(rf"^\s*bpo {re.escape(path)}\b", text, re.M), f"no `bpo {path}` example"
    for placeholder in ("<bool>", "<int", "<str>", "<path>", "range]", "x>="):
        assert placeholder not in text, (path, placeholder)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["advise", "--bogus"], "error: no such option: --bogus"),
        (["rolse"], "error: no such command 'rolse'. Did you mean 'role'"),
        (["--bogus"], "error: no such option: --bogus"),
        (["advise", "--top", "0"], "error: invalid value for '--top'"),
        (["role"], "error: missing argument"),
    ],
)
def test_usage_errors_are_in_bpos_own_form_with_exit_2(
    run: Run, args: list[str], says: str
) -> None:
    result = run(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(says), result.stderr
    assert lines[-1].startswith("hint: see `bpo") and "--help`" in lines[-1]
    assert "╭" not in result.stderr and "Usage:" not in result.stderr


def test_the_readme_says_which_python_and_how_to_get_bpo_on_the_path() -> None:
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert ".venv/bin/bpo advise" in first_block[0] and "pytest" in first_block[1]
    assert re.search(r"Python 3\.11 or newer", readme)
    assert "source .venv/bin/activate" in readme and "pipx install" in readme


@pytest.mark.parametrize(
    ("text", "says", "hint"),
    [
        (
            "education: college\n",
            "unknown education level 'college'; did you mean 'bachelor'?",
            "hint: education levels are: none, high-school, diploma, bachelor, master, doctorate",
        ),
        ("education: TESDA\n", "did you mean 'diploma'?", "hint: education levels are:"),
        ("skills: [exel]\n", "did you mean 'excel'?", "hint: valid ids: `bpo vocab skills`"),
        ("fields: [lawz]\n", "did you mean 'law'?", "hint: valid ids: `bpo vocab fields`"),
        (
            "interests: [reserch]\n",
            "did you mean 'research'?",
            "hint: valid ids: `bpo vocab interests`",
        ),
        (
            "preferences: {shifts: nights}\n",
            "'nights' is not one of: any, day-only",
            "hint: valid ids: `bpo vocab preferences`",
        ),
        ("skils: [excel]\n", "did you mean 'skills'?", "hint: answer keys are: "),
    ],
)
def test_every_kind_of_id_gets_did_you_mean_and_the_right_vocab_hint(
    run: Run, tmp_path: Path, text: str, says: str, hint: str
) -> None:
    path = tmp_path / "me.yaml"
    path.write_text(text)
    result = run("advise", "--answers", str(path))
    assert result.exit_code == 1
    first, last = result.stderr.strip().splitlines()
    assert first.startswith("error: ") and says in first
    assert last.startswith(hint), last
