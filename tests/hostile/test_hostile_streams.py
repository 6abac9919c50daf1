"""Closed standard streams and full disks are ordinary situations, not crashes."""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

import pytest

from hostile_run import BPO, answers, bpo, env

posix = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX descriptors")


@posix
def test_a_closed_stdout_ends_like_a_reader_that_went_away(tmp_path: Path) -> None:
    import subprocess

    done = subprocess.run(
        f"{BPO} roles >&-",
        shell=True,
        env=env(tmp_path),
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    assert (
        done.returncode == 141
        and "error: unexpected" not in done.stderr
        and "Traceback" not in done.stderr
    )


@posix
def test_a_closed_stdin_is_empty_input_and_a_closed_stderr_loses_no_output(tmp_path: Path) -> None:
    import subprocess

    me = answers(tmp_path)
    no_stdin = subprocess.run(
        f"{BPO} advise --answers - <&-",
        shell=True,
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert no_stdin.returncode == 1 and "error: unexpected" not in no_stdin.stderr
    assert "standard input: is closed" in no_stdin.stderr
    no_stderr = subprocess.run(
        f"{BPO} advise --answers {me} --json 2>&-",
        shell=True,
        env=env(tmp_path),
        capture_output=False,
        stdout=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    assert no_stderr.returncode == 0 and '"schema_version"' in no_stderr.stdout
    no_stderr_error = subprocess.run(
        f"{BPO} role no-such-role 2>&-",
        shell=True,
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert no_stderr_error.returncode == 1


@posix
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["roles"], ["roles", "--json"], ["advise", "--answers", "A"]])
def test_a_full_disk_on_stdout_is_an_ordinary_error(tmp_path: Path, args: list[str]) -> None:
    args = [str(answers(tmp_path)) if a == "A" else a for a in args]
    with open("/dev/full", "w") as full:
        result = bpo(tmp_path, *args, stdout=full, stderr=-1, capture_output=False)
    assert result.returncode == 1
    assert "disk is full" in result.stderr


def _limit_file_size() -> None:
    # Files may grow to 64 bytes: a save then fails as on a full disk (EFBIG, not a signal).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))


@posix
def test_a_save_that_cannot_be_written_keeps_the_old_profile(tmp_path: Path) -> None:
    me = answers(tmp_path)
    first = bpo(tmp_path, "advise", "--answers", str(me), "--save", "me", "--json")
    assert first.returncode == 0, first.stderr
    saved = tmp_path / "home" / "profiles" / "me.yaml"
    old = saved.read_text()
    bigger = answers(tmp_path, "education: diploma\nskills: [writing, accuracy, excel]\n", "b.yaml")
    result = bpo(
        tmp_path, "advise", "--answers", str(bigger), "--save", "me", preexec_fn=_limit_file_size
    )
    assert result.returncode == 1
    assert "could not be saved" in result.stderr and "unchanged" in result.stderr
    assert saved.read_text() == old
    assert [p.name for p in saved.parent.iterdir()] == ["me.yaml"]  # no temporary file left


@posix
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["advise", "--batch", "B", "-o", "/dev/full"],
        ["advise", "--batch", "B", "-f", "csv", "-o", "/dev/full"],
        ["cohort", "B", "-f", "markdown", "-o", "/dev/full"],
        ["advise", "--answers", "A", "-f", "html", "-o", "/dev/full"],
    ],
)
def test_a_full_disk_under_dash_o_is_an_ordinary_error(tmp_path: Path, args: list[str]) -> None:
    batch = tmp_path / "class.jsonl"
    batch.write_text('{"education": "bachelor"}\n{"education": "diploma"}\n')
    me = str(answers(tmp_path))
    result = bpo(tmp_path, *[str(batch) if a == "B" else me if a == "A" else a for a in args])
    assert result.returncode == 1
    assert "disk is full" in result.stderr
