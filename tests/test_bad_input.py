"""Hand-written files gone wrong, in every place bpo reads them: answers, saved profiles, --data.

Each case must exit 1 with a one- or two-line message that names the file and what is wrong,
and never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Run

BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
        for i in range(8)
    ]
)

# (case, file content, what the message must say)
BROKEN: list[tuple[str, bytes, str]] = [
    ("malformed YAML", b"education: [bachelor\n", "line 2, column 1"),
    ("empty file", b"", "got empty"),
    ("binary garbage", bytes(range(256)) * 4, "binary file"),
    ("not UTF-8", "education: licenci\u00e9\n".encode("latin-1"), "not UTF-8 text"),
    ("over 1 MB", b"# padding\n" * 120_000, "larger than 1 MB"),
    ("alias bomb", BILLION_LAUGHS.encode(), "too many aliases"),
    (
        "python tag",
        b"education: !!python/object/apply:os.system ['echo pwned']\n",
        "is not allowed",
    ),
]
# Content that is valid YAML but wrong as answers.
WRONG_ANSWERS: list[tuple[str, bytes, str]] = [
    ("top-level list", b"- education: bachelor\n", "expected a mapping of answers, got a list"),
    ("wrong type", b"skills: 5\n", "skills: expected a list of ids, got the number 5"),
    ("unknown id", b"interests: [cooking]\n", "unknown interest 'cooking'"),
    ("negative number", b"experience_years: -1\n", "-1 is out of range (0 to 60)"),
    ("absurd number", b"experience_years: 1000000\n", "1000000 is out of range"),
]


def check_error(result: object, path: Path | str, expected: str) -> None:
    code, stderr, stdout = result.exit_code, result.stderr, result.stdout  # type: ignore[attr-defined]
    assert code == 1, stderr
    assert str(path) in stderr
    assert expected in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) <= 2, stderr
    assert stdout == ""


@pytest.mark.parametrize(
    ("case", "content", "expected"),
    BROKEN + WRONG_ANSWERS,
    ids=[c[0] for c in BROKEN + WRONG_ANSWERS],
)
def test_answers_file(run: Run, tmp_path: Path, case: str, content: bytes, expected: str) -> None:
    path = tmp_path / "answers.yaml"
    path.write_bytes(content)
    check_error(run("advise", "--answers", str(path), "--json"), path, expected)


@pytest.mark.parametrize(
    ("case", "content", "expected"),
    BROKEN + WRONG_ANSWERS,
    ids=[c[0] for c in BROKEN + WRONG_ANSWERS],
)
def test_saved_profile(run: Run, home: Path, case: str, content: bytes, expected: str) -> None:
    path = home / "profiles" / "asha.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    check_error(run("advise", "--profile", "asha", "--json"), path, expected)


WRONG_KNOWLEDGE: list[tuple[str, bytes, str]] = [
    ("top-level mapping", b"id: typing\nlabel: Typing\n", "expected a list of skills"),
    (
        "wrong type",
        b"- {id: typing, label: [a, b], kind: soft, how: {practice: [x]}}\n",
        "label: expected text, got a list",
    ),
    (
        "unknown kind",
        b"- {id: typing, label: Typing, kind: hard, how: {practice: [x]}}\n",
        "'hard' is not one of: soft, technical, domain",
    ),
]


@pytest.mark.parametrize(
    ("case", "content", "expected"),
    BROKEN[:-1] + WRONG_KNOWLEDGE,
    ids=[c[0] for c in BROKEN[:-1] + WRONG_KNOWLEDGE],
)
def test_knowledge_file(run: Run, tmp_path: Path, case: str, content: bytes, expected: str) -> None:
    if case == "empty file":
        expected = ""  # an empty overlay file adds nothing, and that is fine
    path = tmp_path / "skills.yaml"
    path.write_bytes(content)
    result = run("roles", "--data", str(tmp_path), "--json")
    if not expected:
        assert result.exit_code == 0
        return
    check_error(result, path, expected)
    # and `bpo data check` lists it too, with its file
    check = run("data", "check", str(tmp_path))
    assert check.exit_code == 1 and str(path) in check.stdout


def test_knowledge_python_tags_are_never_run(run: Run, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    roles = tmp_path / "roles"
    roles.mkdir()
    (roles / "x.yaml").write_text(f"slug: !!python/object/apply:os.system ['touch {marker}']\n")
    result = run("roles", "--data", str(tmp_path))
    assert result.exit_code == 1 and "is not allowed" in result.stderr
    assert not marker.exists()


@pytest.mark.parametrize("where", ["answers", "data"])
def test_missing_paths_and_directories(run: Run, tmp_path: Path, where: str) -> None:
    missing, directory = tmp_path / "nope", tmp_path
    if where == "answers":
        check_error(run("advise", "-a", str(missing)), missing, "no such file")
        check_error(run("advise", "-a", str(directory)), directory, "is a directory")
    else:
        check_error(run("roles", "--data", str(missing)), missing, "no such directory")
        afile = tmp_path / "file.yaml"
        afile.write_text("[]\n")
        check_error(run("roles", "--data", str(afile)), afile, "is not a directory")


def test_answers_on_stdin_that_are_not_answers(run: Run) -> None:
    result = run("advise", "--answers", "-", input="\x00\x01binary")
    assert result.exit_code == 1
    assert "standard input: this is a binary file" in result.stderr
