"""Every input file gets the same checks: size, encoding, syntax, aliases, tags."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bpo_cli import datafile
from bpo_cli.errors import InputFileError

BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
        for i in range(8)
    ]
)


def write(tmp_path: Path, content: bytes | str, name: str = "input.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("education: [bachelor\n", "line 2, column 1: expected ',' or ']'"),
        ("a: b: c\n", "line 1, column 5: mapping values are not allowed here"),
        (
            "x: !!python/object/apply:os.system ['echo hacked']\n",
            "the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed",
        ),
        (b"\x00\x01\x02binary", "this is a binary file"),
        (b"education: bachel\xe9r\n", "not UTF-8 text (byte 0xe9 on line 1, at offset 17)"),
        (BILLION_LAUGHS, "too many aliases"),
        ("a: &a [*a]\n", "an alias refers to itself"),
    ],
)
def test_bad_content_is_refused_with_a_clear_message(
    tmp_path: Path, content: bytes | str, message: str
) -> None:
    path = write(tmp_path, content)
    start = time.perf_counter()
    with pytest.raises(InputFileError) as err:
        datafile.load(path)
    assert time.perf_counter() - start < 2  # even the alias bomb is answered at once
    assert str(path) in err.value.message
    assert message in err.value.message


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "hacked"
    path = write(tmp_path, f"x: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(InputFileError):
        datafile.load(path)
    assert not marker.exists()


def test_a_file_over_one_megabyte_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "# padding\n" * 200_000)
    with pytest.raises(InputFileError, match="larger than 1 MB"):
        datafile.load(path)


def test_a_missing_file_and_a_directory_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        datafile.load(tmp_path / "absent.yaml")
    with pytest.raises(InputFileError, match="is a directory"):
        datafile.load(tmp_path)


def test_json_files_are_read_as_json(tmp_path: Path) -> None:
    assert datafile.load(write(tmp_path, '{"a": [1, 2]}', "x.json")) == {"a": [1, 2]}


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    assert datafile.load(write(tmp_path, b"\xef\xbb\xbfeducation: bachelor\n")) == {
        "education": "bachelor"
    }
