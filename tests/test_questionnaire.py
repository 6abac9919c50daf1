"""The questionnaire driven by keystrokes through prompt_toolkit pipe input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.plain_text import PlainTextOutput

from bpo_cli.cli import advise_flow

from conftest import Run

ENTER, UP, DOWN, SPACE, CTRL_C = "\r", "\x1b[A", "\x1b[B", " ", "\x03"


@pytest.fixture(autouse=True)
def terminal(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setattr(advise_flow, "stdin_is_terminal", lambda: True)


def answer(run: Run, keys: list[str], *args: str) -> tuple[int, str, str, str]:
    """Run `bpo advise ARGS` typing `keys`; returns exit code, stdout, stderr, screen text."""
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        for key in keys:
            pipe.send_text(key)
        with create_app_session(input=pipe, output=PlainTextOutput(screen)):
            result = run("advise", *args)
    return result.exit_code, result.stdout, result.stderr, screen.getvalue()


def by_file(run: Run, tmp_path: Path, answers: dict[str, object]) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    result = run("advise", "--answers", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_enter_at_every_prompt_completes_with_the_defaults(run: Run, tmp_path: Path) -> None:
    code, out, err, screen = answer(run, [ENTER] * 9, "--json")
    assert code == 0, err
    assert "(1 of 9)" in screen and "(9 of 9)" in screen
    assert "Your answers" in err  # shown back before the advice, off stdout
    # byte-identical to the same answers from a file (country asked first, "other" preselected)
    assert out == by_file(run, tmp_path, {"country": "other"})


def test_the_country_is_asked_first_with_bpo_country_preselected(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BPO_COUNTRY", "Philippines")
    code, out, err, screen = answer(run, [ENTER] * 9, "--json")
    assert code == 0, err
    assert screen.index("Which country") < screen.index("education")
    assert json.loads(out)["profile"]["country"] == "philippines"
    # BPO_COUNTRY only preselects: the same answers from a file give the same output without it
    assert out == by_file(run, tmp_path, {"country": "philippines"})
    assert json.loads(by_file(run, tmp_path, {}))["profile"]["country"] is None
    code, out, err, _ = answer(run, [DOWN, ENTER] + [ENTER] * 8, "--json")  # Philippines -> other
    assert json.loads(out)["profile"]["country"] == "other"


def test_an_unknown_bpo_country_is_named_and_other_preselected(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BPO_COUNTRY", "philipines")
    code, out, err, _ = answer(run, [ENTER] * 9, "--json")
    assert code == 0, err
    assert "BPO_COUNTRY='philipines' is not a known country; did you mean 'philippines'?" in err
    assert json.loads(out)["profile"]["country"] == "other"


def test_answers_chosen_with_keys_match_the_same_answers_from_a_file(
    run: Run, tmp_path: Path
) -> None:
    keys = [
        UP,
        ENTER,  # country: from "other" up to the Philippines
        DOWN,
        DOWN,
        ENTER,  # education: high-school -> diploma -> bachelor
        DOWN * 4,
        SPACE,
        ENTER,  # fields (asked now a degree is chosen): it, commerce, hr, finance, law
        DOWN * 8,
        SPACE,
        DOWN,
        SPACE,
        ENTER,  # interests: research, law
        ENTER,  # skills: none
        ENTER,  # certifications: none
        "\x7f2",
        ENTER,  # experience: erase the 0, type 2
        ENTER,  # BPO years (asked now there is experience): 0
        UP,
        ENTER,  # work style: from the default (no preference) up to back office
        ENTER,
        ENTER,  # shifts, location: defaults
    ]
    code, out, err, screen = answer(run, keys, "--json")
    assert code == 0, err
    assert "(3 of 10)" in screen  # the fields question joined in
    assert "(8 of 11)" in screen  # and the BPO-years question after some experience
    expected = {
        "country": "philippines",
        "education": "bachelor",
        "fields": ["law"],
        "interests": ["research", "law"],
        "experience_years": 2,
        "preferences": {"work_style": "back-office"},
    }
    assert out == by_file(run, tmp_path, expected)
    assert json.loads(out)["matches"][0]["role"] == "legal-analyst"


def test_a_bad_number_of_years_is_refused_at_the_prompt(run: Run) -> None:
    keys = [ENTER, ENTER, ENTER, ENTER, ENTER, "\x7fmany", ENTER, "\x7f" * 4 + "1", ENTER]
    keys += ["\x7f3", ENTER, "\x7f1", ENTER, ENTER, ENTER, ENTER]  # BPO years: 3 refused, then 1
    code, out, err, _ = answer(run, keys, "--json")
    assert code == 0, err  # "many" was refused at the prompt, not passed on to crash
    assert json.loads(out)["profile"]["experience_years"] == 1
    assert json.loads(out)["profile"]["bpo_experience_years"] == 1
    from bpo_cli.prompting.questionnaire import _years

    assert _years("many") == "Type a whole number of years, such as 0, 1 or 3."
    assert _years("99") == "Type a number from 0 to 60."
    assert _years("3", 2) == "Type a number from 0 to 2."


def test_ctrl_c_exits_130_keeps_the_answers_and_resume_continues(run: Run, tmp_path: Path) -> None:
    code, out, err, _ = answer(run, [ENTER, DOWN, ENTER, CTRL_C], "--json")  # diploma, Ctrl-C
    assert code == 130
    assert err.splitlines()[0] == "Cancelled."
    assert "--resume" in err and "Traceback" not in err and out == ""

    code, out, err, screen = answer(run, [ENTER] * 8, "--resume", "--json")
    assert code == 0, err
    assert "(3 of 10)" in screen and "(2 of 10)" not in screen  # education was not asked again
    assert out == by_file(run, tmp_path, {"country": "other", "education": "diploma"})


def test_save_keeps_the_answers_for_profile(run: Run, home: Path) -> None:
    code, out, err, _ = answer(run, [ENTER] * 9, "--save", "asha", "--json")
    assert code == 0, err
    assert (home / "profiles" / "asha.yaml").is_file()
    again = run("advise", "--profile", "asha", "--json")
    assert again.exit_code == 0 and again.stdout == out


@pytest.mark.parametrize("answered", range(9))
def test_ctrl_c_at_any_prompt_keeps_every_answer_before_it(
    run: Run, home: Path, answered: int
) -> None:
    from bpo_cli.services import profiles

    code, _, err, _ = answer(run, [ENTER] * answered + [CTRL_C])
    assert code == 130
    assert "Cancelled." in err and "Traceback" not in err
    kept = (profiles.load_partial() or {}).get("answers", {})
    given = len([k for k in kept if k != "preferences"]) + len(kept.get("preferences", {}))
    assert given == answered
