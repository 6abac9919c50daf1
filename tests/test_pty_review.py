"""The questionnaire as a person meets it at 80x24: keys on every screen, back, review, change."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pty_session
import pytest
from pty_session import BPO, pty_env

pexpect = pytest.importorskip("pexpect")
pytestmark = [
    pytest.mark.pty,
    pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals need a POSIX system"),
]

ENTER, UP, DOWN, ESC = "\r", "\x1b[A", "\x1b[B", "\x1b"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return pty_env(tmp_path, PROMPT_TOOLKIT_NO_CPR="1")


def spawn(command: str, tmp_path: Path, env: dict[str, str]) -> pexpect.spawn:
    return pty_session.spawn(command, tmp_path, env, size=(24, 80))


def test_change_one_answer_on_the_review_screen_without_retyping_the_rest(
    tmp_path: Path, env: dict[str, str]
) -> None:
    out = tmp_path / "advice.json"
    child = spawn(f"'{BPO}' advise --json > '{out}'", tmp_path, env)
    child.expect_exact("(1 of 11)")
    child.expect_exact("Enter choose")  # the keys are on the screen
    child.send(ENTER)  # country: as preselected
    child.expect_exact("(2 of 11)")
    child.send(DOWN * 2 + ENTER)  # bachelor
    child.expect_exact("(3 of 11)")
    child.expect_exact("Space tick")
    child.send(DOWN * 4 + " " + ENTER)  # fields: law
    child.expect_exact("(4 of 11)")
    child.expect_exact("Esc back")
    child.send(ESC)  # back to the fields question, answer kept
    child.expect_exact("(3 of 11)")
    child.send(ENTER)
    child.expect_exact("(4 of 11)")
    child.send(ENTER)
    for page in ("page 1 of 3", "page 2 of 3", "page 3 of 3"):
        child.expect_exact(page)
        child.send(ENTER)
    child.expect_exact("(6 of 11)")  # certifications
    child.send(ENTER)
    child.expect_exact("(7 of 11)")  # experience: 0, so no BPO-years question (8 of 11)
    child.send(ENTER)
    child.expect_exact("(9 of 11)")
    child.expect_exact("Back to the previous question")
    for number in ("(10 of 11)", "(11 of 11)"):
        child.send(ENTER)
        child.expect_exact(number)
    child.send(ENTER)
    child.expect_exact("Pick one to change it")
    child.expect_exact("Kind of work:")
    # country, education, fields, interests, skills, certifications, experience, kind of work
    child.send(DOWN * 8 + ENTER)
    child.expect_exact("(9 of 11)")
    child.send(UP + ENTER)  # back office
    child.expect_exact("Pick one to change it")  # straight back to the review, nothing retyped
    child.send(ENTER)  # see my roles
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    profile = json.loads(out.read_text())["profile"]
    assert profile["education"] == "bachelor" and profile["fields"] == ["law"]
    assert profile["preferences"]["work_style"] == "back-office"


def last_screen(text: str) -> str:
    """What an 80x24 terminal shows once `text` (the whole session's output) has been drawn."""
    import pyte

    screen = pyte.Screen(80, 24)
    pyte.Stream(screen).feed(text)
    return "\n".join(line.rstrip() for line in screen.display)


def run_to_the_end(child: pexpect.spawn) -> str:
    chunks = []
    while True:
        try:
            chunks.append(child.read_nonblocking(65536, timeout=30))
        except pexpect.EOF:
            break
    child.close()
    return "".join(chunks)


def test_the_top_role_is_on_the_last_screen_and_last_reuses_the_answers(
    tmp_path: Path, env: dict[str, str]
) -> None:
    child = spawn(f"'{BPO}' advise", tmp_path, env)
    seen = []
    markers = ("(1 of 11)", "(2 of 11)", "(4 of 11)", "page 1", "page 2", "page 3", "(6 of 11)")
    for marker in markers:
        child.expect_exact(marker)
        seen.append(child.before + child.after)
        child.send(ENTER)
    for marker in ("(7 of 11)", "(9 of 11)", "(10 of 11)", "(11 of 11)", "Pick one to change it"):
        child.expect_exact(marker)
        seen.append(child.before + child.after)
        child.send(ENTER)
    seen.append(run_to_the_end(child))
    assert child.exitstatus == 0
    screen = last_screen("".join(seen))

    import subprocess

    advice = subprocess.run(
        [str(BPO), "advise", "--last", "--json"], env=env, capture_output=True, text=True
    )
    assert advice.returncode == 0, advice.stderr
    best = json.loads(advice.stdout)["matches"][0]
    assert best["title"] in screen, screen
    assert f"bpo role {best['role']}" in screen  # the next commands, with the top role
    assert "--format html -o report.html" in screen
    assert "kept on this computer" in screen and "bpo profiles rm last" in screen

    child = spawn(f"'{BPO}' advise --last", tmp_path, env)
    screen = last_screen(run_to_the_end(child))
    assert child.exitstatus == 0
    assert best["title"] in screen and "Your best roles" in screen


def test_every_command_help_shows_an_example_in_a_terminal(
    tmp_path: Path, env: dict[str, str]
) -> None:
    import typer.main

    from bpo_cli.cli import app

    paths: list[str] = []

    def walk(command: object, prefix: str) -> None:
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            paths.append(f"{prefix}{name}")
            walk(sub, f"{prefix}{name} ")

    walk(typer.main.get_command(app), "")
    assert len(paths) >= 15
    for path in paths:
        child = spawn(f"'{BPO}' {path} --help", tmp_path, env)
        text = run_to_the_end(child)
        assert child.exitstatus == 0, (path, text)
        screen = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", text)
        assert "Examples" in screen, path
        assert re.search(rf"^\s*bpo {re.escape(path)}\b", screen, re.M), path
        assert "<bool>" not in screen and "x>=" not in screen, path


def test_roles_on_a_terminal_has_a_header_and_whole_slugs_and_piped_has_neither_header(
    tmp_path: Path, env: dict[str, str]
) -> None:
    import subprocess

    child = pexpect.spawn(
        str(BPO), ["roles"], cwd=str(tmp_path), env=env, encoding="utf-8", dimensions=(400, 80)
    )
    import pyte

    screen = pyte.Screen(80, 400)
    pyte.Stream(screen).feed(run_to_the_end(child))
    shown = "\n".join(line.rstrip() for line in screen.display)
    piped = subprocess.run(
        [str(BPO), "roles"], env=env, capture_output=True, text=True, check=True
    ).stdout
    slugs = [line.split("\t")[0] for line in piped.splitlines()]
    assert "legal-analyst" in slugs and not any(" " in slug for slug in slugs)  # no header
    assert re.search(r"^\s*Role\s+Title\b", shown, re.M)  # a header on the terminal
    for slug in slugs:
        assert re.search(rf"^\s*{re.escape(slug)}\s", shown, re.M), f"{slug} cut short"
