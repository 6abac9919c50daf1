"""Parser limits are bad input, named with the file: nesting, huge numbers, huge files."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_run import answers, bpo, overlay

DIGITS = "9" * 5000


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("deep.json", '{"skills": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
        ("deep.json", '{"skills": ' + "[" * 500 + "]" * 500 + "}", "nested too deeply"),
        ("deep.yaml", "skills: " + "[" * 3000 + "]" * 3000 + "\n", "nest"),
        ("deep2.yaml", "skills:\n" + "".join("  " * i + "-\n" for i in range(300)), "nested"),
        ("big.json", '{"experience_years": ' + DIGITS + "}", "number too long"),
        ("big.yaml", f"experience_years: {DIGITS}\n", "number too long"),
        ("hex.yaml", "experience_years: 0x" + "f" * 5000 + "\n", "number too long"),
        ("hexkey.yaml", "preferences: {shifts: 0x" + "f" * 5000 + "}\n", "number too long"),
        ("octal.yaml", "skills: [0" + "7" * 5000 + "]\n", "number too long"),
        ("key.yaml", f"? {DIGITS}\n: 1\n", "number too long"),
    ],
)
def test_parser_limits_in_answers_are_bad_input(
    tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = answers(tmp_path, text, name)
    for args in (["--answers", str(path)], ["--answers", "-"]):
        stdin = text if args[-1] == "-" else None
        result = bpo(tmp_path, "advise", *args, "--json", input=stdin)
        assert result.returncode == 1
        assert problem in result.stderr
        assert len(result.stderr) < 1000  # the value is described, not echoed


@pytest.mark.parametrize(
    ("rel", "text", "problem"),
    [
        ("tips.yaml", f"- id: big\n  text: x\n  weight: {DIGITS}\n", "number too long"),
        ("tips.yaml", "- " + "[" * 3000 + "]" * 3000 + "\n", "nest"),
        ("skills.yaml", "- id: a\n  label: " + "[" * 200 + "]" * 200 + "\n", "nested"),
        ("roles/big.yaml", f"slug: big\nexperience_years: 0x{'f' * 5000}\n", "number too long"),
    ],
)
def test_data_check_lists_parser_limits_in_an_overlay(
    tmp_path: Path, rel: str, text: str, problem: str
) -> None:
    root = overlay(tmp_path, "Contract Reviewer", slug="contract-reviewer")
    (root / rel).write_text(text)
    result = bpo(tmp_path, "data", "check", str(root))
    assert result.returncode == 1
    assert rel.split("/")[-1] in result.stdout and problem in result.stdout


def test_a_300_mb_line_is_refused_at_the_limit(tmp_path: Path) -> None:
    # Written sparse-free but quickly: the file is read only up to the 1 MB limit.
    path = tmp_path / "long.yaml"
    with path.open("wb") as handle:
        handle.write(b"skills: [")
        handle.truncate(300_000_000)  # a hole of zero bytes: one 300 MB "line"
    result = bpo(tmp_path, "advise", "--answers", str(path))
    assert result.returncode == 1 and "larger than 1 MB" in result.stderr
