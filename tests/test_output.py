"""One emitter: every data command prints the same document as text, JSON, Markdown and HTML,
to stdout or a file, and no figure differs between formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import Run, run_json

ANSWERS = (
    "education: bachelor\nfields: [law]\ninterests: [research, law]\n"
    "skills: [legal-research, writing]\n"
)


@pytest.fixture
def answers(tmp_path: Path) -> str:
    path = tmp_path / "me.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return str(path)


COMMANDS = [
    ("roles",),
    ("role", "legal-analyst"),
    ("types",),
    ("type", "kpo"),
    ("vocab", "skills"),
    ("vocab", "skills", "excel"),
    ("overview",),
    ("about",),
    ("profiles",),
    ("data", "check"),
    ("path", "operations-manager", "--from", "customer-support-executive"),
    ("path", "legal-analyst", "--answers", "ANSWERS"),
    ("next-skill", "--answers", "ANSWERS"),
    ("compare", "legal-analyst", "research-analyst", "--answers", "ANSWERS"),
    ("advise", "--answers", "ANSWERS"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_data_command_speaks_every_format(
    run: Run, answers: str, tmp_path: Path, command: tuple[str, ...]
) -> None:
    args = [answers if a == "ANSWERS" else a for a in command]
    by_flag = run(*args, "--json")
    by_format = run(*args, "--format", "json")
    assert by_flag.exit_code == by_format.exit_code == 0, by_flag.stderr
    assert by_flag.stdout == by_format.stdout
    assert json.loads(by_flag.stdout)  # one JSON document
    markdown = run(*args, "--format", "markdown").stdout
    assert markdown.strip() and "\x1b" not in markdown
    page = run(*args, "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    target = tmp_path / "out.html"
    written = run(*args, "--format", "html", "-o", str(target))
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text(encoding="utf-8") == page
    assert f"Wrote {target}" in written.stderr


def test_json_and_format_must_agree(run: Run) -> None:
    result = run("role", "legal-analyst", "--json", "--format", "html")
    assert result.exit_code == 2
    assert "--json and --format html" in result.stderr


@pytest.mark.parametrize(
    "start",
    [("--from", "customer-support-executive"), ("--answers", "ANSWERS")],
    ids=["from a role", "from answers"],
)
def test_a_routes_time_is_the_same_in_text_and_json(
    run: Run, answers: str, start: tuple[str, ...]
) -> None:
    args = ["path", "operations-manager", *(answers if a == "ANSWERS" else a for a in start)]
    years = run_json(run, *args, "--json")["total"]["years"]
    text = run(*args).stdout
    said = re.search(r"Time: about (\d+) years", text)
    assert said is not None, text
    assert int(said.group(1)) == years
