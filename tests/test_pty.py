"""The installed `bpo advise` in a real pseudo-terminal: keys in, prompts out, Ctrl-C, redirects."""

from __future__ import annotations

import json
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

ENTER = "\r"


@pytest.fixture
def session_env(tmp_path: Path) -> dict[str, str]:
    return pty_env(tmp_path, COLUMNS="100", LINES="40")


def spawn(command: str, tmp_path: Path, env: dict[str, str]) -> pexpect.spawn:
    return pty_session.spawn(command, tmp_path, env, size=(40, 100))  # from outside the checkout


def test_answer_a_few_questions_then_ctrl_c_then_resume_with_stdout_redirected(
    tmp_path: Path, session_env: dict[str, str]
) -> None:
    child = spawn(f"'{BPO}' advise", tmp_path, session_env)
    child.expect_exact("(1 of 11)")
    child.expect_exact("Another country")
    child.send("\x1b[A" + ENTER)  # up from "Another country" to the Philippines
    child.expect_exact("(2 of 11)")
    child.expect_exact("High school")
    child.send("\x1b[B" + ENTER)  # down to Diploma
    child.expect_exact("(3 of 11)")  # a diploma brings the fields question
    child.send(ENTER)  # no field
    child.expect_exact("(4 of 11)")
    child.sendintr()  # Ctrl-C at the interests prompt
    child.expect_exact("Cancelled.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "")

    # Prompts still draw on the terminal when stdout goes to a file.
    out = tmp_path / "advice.json"
    child = spawn(f"'{BPO}' advise --resume --json > '{out}'", tmp_path, session_env)
    child.expect_exact("(4 of 11)")  # country, education and fields were kept
    for _ in range(9):  # interests, skills (3 pages), certifications, experience, 3 preferences
        child.send(ENTER)
    child.expect_exact("Pick one to change it")
    child.send(ENTER)  # the review: see my roles
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    advice = json.loads(out.read_text())
    assert advice["profile"]["education"] == "diploma"
    assert advice["profile"]["country"] == "philippines"
    assert len(advice["matches"]) >= 25


def test_rich_output_on_a_terminal(tmp_path: Path, session_env: dict[str, str]) -> None:
    child = spawn(
        f"'{BPO}' advise --answers - <<'EOF'\neducation: bachelor\nEOF", tmp_path, session_env
    )
    child.expect(pexpect.EOF)
    text = child.before or ""
    child.close()
    assert child.exitstatus == 0, text
    assert "\x1b[" in text  # styled for the terminal
    assert "╭" in text and "█" in text  # panels and score bars


def test_no_color_on_a_terminal(tmp_path: Path, session_env: dict[str, str]) -> None:
    for command in (
        f"'{BPO}' role legal-analyst --no-color",
        f"NO_COLOR=1 '{BPO}' role legal-analyst",
        f"TERM=dumb '{BPO}' role legal-analyst",
    ):
        child = spawn(command, tmp_path, session_env)
        child.expect(pexpect.EOF)
        text = child.before or ""
        child.close()
        assert child.exitstatus == 0, text
        assert "Legal Analyst" in text
        assert "\x1b[3" not in text  # no foreground colour codes
