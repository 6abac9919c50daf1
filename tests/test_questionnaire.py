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

ENTER, UP, DOWN, SPACE, CTRL_C, ESC = "\r", "\x1b[A", "\x1b[B", " ", "\x03", "\x1b"
# Enter at every screen: country, education, interests, three pages of skills, certifications,
# experience (0, so no BPO-years question), three preferences, then "See my roles" on the review.
ALL_DEFAULTS = [ENTER] * 12
OTHER = {"country": "other"}  # the questionnaire's country when BPO_COUNTRY is not set


@pytest.fixture(autouse=True)
def terminal(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setattr(advise_flow, "stdin_is_terminal", lambda: True)


def answer(run: Run, keys: list[str], *args: str) -> tuple[int, str, str, str]:
    """Run `bpo advise ARGS` typing `keys`; returns exit code, stdout, stderr, screen text."""
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        for key in keys:
            pipe.send_text(key)
        pipe.close()  # keys run out: end of input (Cancelled), never a wait for more
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
    code, out, err, screen = answer(run, ALL_DEFAULTS, "--json")
    assert code == 0, err
    assert "(1 of 11)" in screen and "(11 of 11)" in screen and "(3 of 11)" not in screen
    assert "(8 of 11)" not in screen  # no BPO-years question without experience
    assert "kept on this computer" in err and "bpo profiles rm last" in err  # off stdout
    # byte-identical to the same answers from a file (country asked first, "other" preselected)
    assert out == by_file(run, tmp_path, OTHER)


def test_the_country_is_asked_first_with_bpo_country_preselected(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BPO_COUNTRY", "Philippines")
    code, out, err, screen = answer(run, ALL_DEFAULTS, "--json")
    assert code == 0, err
    assert screen.index("Which country") < screen.index("education")
    assert json.loads(out)["profile"]["country"] == "philippines"
    # BPO_COUNTRY only preselects: the same answers from a file give the same output without it
    assert out == by_file(run, tmp_path, {"country": "philippines"})
    assert json.loads(by_file(run, tmp_path, {}))["profile"]["country"] is None
    code, out, err, _ = answer(run, [DOWN, *ALL_DEFAULTS], "--json")  # Philippines -> other
    assert json.loads(out)["profile"]["country"] == "other"


def test_an_unknown_bpo_country_is_named_and_other_preselected(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BPO_COUNTRY", "philipines")
    code, out, err, _ = answer(run, ALL_DEFAULTS, "--json")
    assert code == 0, err
    assert "BPO_COUNTRY='philipines' is not a known country; did you mean 'philippines'?" in err
    assert json.loads(out)["profile"]["country"] == "other"


def test_answers_chosen_with_keys_match_the_same_answers_from_a_file(
    run: Run, tmp_path: Path
) -> None:
    keys = [
        ENTER,  # country: other
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
        ENTER,
        ENTER,
        ENTER,  # skills: none, on each of the three pages
        ENTER,  # certifications: none
        "\x7f2",
        ENTER,  # experience: erase the 0, type 2
        ENTER,  # BPO years (asked now there is experience): 0
        UP,
        ENTER,  # work style: from the default (no preference) up to back office
        ENTER,
        ENTER,  # shifts, location: defaults
        ENTER,  # the review: see my roles
    ]
    code, out, err, screen = answer(run, keys, "--json")
    assert code == 0, err
    assert "(3 of 11)" in screen  # the fields question joined in
    assert "(8 of 11)" in screen  # and the BPO-years question after some experience
    expected = {
        **OTHER,
        "education": "bachelor",
        "fields": ["law"],
        "interests": ["research", "law"],
        "experience_years": 2,
        "preferences": {"work_style": "back-office"},
    }
    assert out == by_file(run, tmp_path, expected)
    assert json.loads(out)["matches"][0]["role"] == "legal-analyst"


def test_a_bad_number_of_years_is_refused_at_the_prompt(run: Run) -> None:
    keys = [*[ENTER] * 7, "\x7fmany", ENTER, "\x7f" * 4 + "1", ENTER]  # to experience: 1
    keys += ["\x7f3", ENTER, "\x7f1", ENTER]  # BPO years: 3 refused (over experience), then 1
    keys += [ENTER, ENTER, ENTER, ENTER]  # three preferences, the review
    code, out, err, _ = answer(run, keys, "--json")
    assert code == 0, err  # "many" was refused at the prompt, not passed on to crash
    assert json.loads(out)["profile"]["experience_years"] == 1
    assert json.loads(out)["profile"]["bpo_experience_years"] == 1
    from bpo_cli.prompting.questionnaire import _years

    assert _years("many") == "Type a whole number of years, such as 0, 1 or 3."
    assert _years("99") == "Type a number from 0 to 60."
    assert _years("3", 2) == "Type a number from 0 to 2."


def test_ctrl_c_exits_130_keeps_the_answers_and_resume_continues(run: Run, tmp_path: Path) -> None:
    code, out, err, _ = answer(run, [ENTER, DOWN, ENTER, CTRL_C], "--json")  # diploma, then Ctrl-C
    assert code == 130
    assert err.splitlines()[0] == "Cancelled."
    assert "--resume" in err and "Traceback" not in err and out == ""

    code, out, err, screen = answer(run, ALL_DEFAULTS[1:], "--resume", "--json")
    assert code == 0, err
    assert "(3 of 11)" in screen and "(2 of 11)" not in screen  # education was not asked again
    assert out == by_file(run, tmp_path, {**OTHER, "education": "diploma"})


def test_save_keeps_the_answers_for_profile(run: Run, home: Path) -> None:
    code, out, err, _ = answer(run, ALL_DEFAULTS, "--save", "asha", "--json")
    assert code == 0, err
    assert (home / "profiles" / "asha.yaml").is_file()
    again = run("advise", "--profile", "asha", "--json")
    assert again.exit_code == 0 and again.stdout == out


# Enters pressed before Ctrl-C, and the answers kept: skills is kept once its last page is done.
@pytest.mark.parametrize(
    ("enters", "answered"),
    [(0, 0), (1, 1), (2, 2), (3, 3), (5, 3), (6, 4), (7, 5), (8, 6), (10, 8), (11, 9)],
)
def test_ctrl_c_at_any_prompt_keeps_every_answer_before_it(
    run: Run, home: Path, enters: int, answered: int
) -> None:
    from bpo_cli.services import profiles

    code, _, err, _ = answer(run, [ENTER] * enters + [CTRL_C])
    assert code == 130
    assert "Cancelled." in err and "Traceback" not in err
    kept = (profiles.load_partial() or {}).get("answers", {})
    given = len([k for k in kept if k != "preferences"]) + len(kept.get("preferences", {}))
    assert given == answered


def test_an_answer_changed_on_the_review_screen_keeps_every_other_answer(
    run: Run, tmp_path: Path
) -> None:
    keys = [
        ENTER,  # country: other
        DOWN * 2,
        ENTER,  # bachelor
        DOWN * 4,
        SPACE,
        ENTER,  # fields: law
        *[ENTER] * 9,  # interests, skills (3 pages), certifications, experience, 3 preferences
        DOWN * 8,
        ENTER,  # review: country, education, fields, interests, skills, certifications,
        # experience, kind of work
        UP,
        ENTER,  # kind of work: back office instead of no preference
        ENTER,  # review again: see my roles
    ]
    code, out, err, screen = answer(run, keys, "--json")
    assert code == 0, err
    assert "Pick one to change it" in screen
    expected = {
        **OTHER,
        "education": "bachelor",
        "fields": ["law"],
        "preferences": {"work_style": "back-office"},
    }
    assert out == by_file(run, tmp_path, expected)


def test_esc_and_the_back_choice_go_back_one_question(run: Run, tmp_path: Path) -> None:
    keys = [
        ENTER,  # country: other
        ENTER,  # education: high school
        ESC,  # at interests: back to education
        DOWN,
        ENTER,  # diploma this time, so the fields question follows
        ENTER,  # fields: none
        *[ENTER] * 6,  # interests, skills (3 pages), certifications, experience
        ENTER,  # kind of work: no preference
        DOWN * 5,
        ENTER,  # shifts: down past the end stops on "Back"
        UP,
        ENTER,  # kind of work again (the cursor starts on the answer given): back office
        DOWN,
        ENTER,  # shifts: day only
        ENTER,  # location
        ENTER,  # review: see my roles
    ]
    code, out, err, _ = answer(run, keys, "--json")
    assert code == 0, err
    expected = {
        **OTHER,
        "education": "diploma",
        "preferences": {"work_style": "back-office", "shifts": "day-only"},
    }
    assert out == by_file(run, tmp_path, expected)


def test_down_on_the_last_choice_stays_there(run: Run, tmp_path: Path) -> None:
    keys = [
        ENTER,  # country
        DOWN * 9,  # education: down past the end stays on the last choice, "Back" ...
        ENTER,  # ... which goes back to the country
        ENTER,  # country again
        UP * 4,  # education: from high school up past the top stays on the first level
        ENTER,
        *[ENTER] * 10,  # interests, skills (3 pages), certs, experience, 3 preferences, review
    ]
    code, out, err, _ = answer(run, keys, "--json")
    assert code == 0, err
    assert json.loads(out)["profile"]["education"] == "none"  # no wrap to the end at the top


def test_raising_education_on_review_asks_the_new_question_and_lowering_forgets_it(
    run: Run, tmp_path: Path
) -> None:
    raised = [*ALL_DEFAULTS[:-1], DOWN * 2, ENTER, DOWN, ENTER, SPACE, ENTER, ENTER]
    code, out, err, screen = answer(run, raised, "--json")  # diploma, then fields: IT
    assert code == 0, err
    assert "(3 of 11)" in screen
    assert out == by_file(run, tmp_path, {**OTHER, "education": "diploma", "fields": ["it"]})

    lowered = [*raised[:-1], DOWN * 2, ENTER, UP, ENTER, ENTER]  # back to high school
    code, out, err, _ = answer(run, lowered, "--json")
    assert code == 0, err
    assert out == by_file(run, tmp_path, OTHER)


def test_the_last_answers_are_kept_for_last_unless_told_not_to(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = run("advise", "--last")
    assert missing.exit_code == 1 and "no answers are kept" in missing.stderr
    assert "hint: answer the questions once with `bpo advise`" in missing.stderr

    code, out, err, _ = answer(run, [ENTER, DOWN, ENTER, *ALL_DEFAULTS[1:]], "--json")  # diploma
    assert code == 0, err
    again = run("advise", "--last", "--json")
    assert again.exit_code == 0, again.stderr
    assert again.stdout == out
    assert json.loads(again.stdout)["profile"]["education"] == "diploma"
    both = run("advise", "--last", "--profile", "last")
    assert both.exit_code == 2 and "error: give one of --last" in both.stderr

    assert run("profiles", "rm", "last").exit_code == 0
    code, _, err, _ = answer(run, ALL_DEFAULTS, "--forget", "--json")
    assert code == 0 and "kept on this computer" not in err
    assert not (home / "profiles" / "last.yaml").exists()
    monkeypatch.setenv("BPO_NO_KEEP", "1")
    code, _, err, _ = answer(run, ALL_DEFAULTS, "--json")
    assert code == 0 and not (home / "profiles" / "last.yaml").exists()
