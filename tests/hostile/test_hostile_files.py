"""Files are what they claim: devices, pipes and links are never replaced, followed or echoed."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from hostile_run import answers, bpo, overlay

posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and device nodes are POSIX")
SECRET = "root:$6$notarealhash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"


def secret_file(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    path = outside / "shadow"
    path.write_text(SECRET)
    return path


@posix
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root")
def test_dash_o_onto_dev_null_leaves_the_device_in_place(tmp_path: Path) -> None:
    before = os.stat("/dev/null")
    result = bpo(tmp_path, "advise", "--answers", str(answers(tmp_path)), "-o", "/dev/null")
    assert result.returncode == 0, result.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@posix
def test_dash_o_onto_a_named_pipe_writes_into_it_or_refuses(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    result = bpo(tmp_path, "advise", "--answers", str(answers(tmp_path)), "-o", str(fifo))
    assert result.returncode == 1  # nobody reads it: refused at once, no hang
    assert "named pipe" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dash_o_onto_a_directory_is_refused_and_a_link_stays_a_link(tmp_path: Path) -> None:
    me = answers(tmp_path)
    result = bpo(tmp_path, "advise", "--answers", str(me), "-o", str(tmp_path))
    assert result.returncode == 1 and "is a directory" in result.stderr
    target = tmp_path / "report.md"
    target.write_text("old\n")
    link = tmp_path / "latest.md"
    link.symlink_to(target)
    result = bpo(tmp_path, "advise", "--answers", str(me), "-f", "markdown", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and "Your BPO career report" in target.read_text()


@posix
@pytest.mark.parametrize("where", ["answers", "profile", "overlay"])
def test_a_fifo_named_like_a_data_file_is_refused_without_hanging(
    tmp_path: Path, where: str
) -> None:
    if where == "answers":
        fifo = tmp_path / "me.yaml"
        os.mkfifo(fifo)
        result = bpo(tmp_path, "advise", "--answers", str(fifo))
        assert "give '-'" in result.stderr  # the way to read a pipe
    elif where == "profile":
        folder = tmp_path / "home" / "profiles"
        folder.mkdir(parents=True)
        os.mkfifo(folder / "me.yaml")
        listing = bpo(tmp_path, "profiles")
        assert listing.returncode == 0 and "named pipe" in listing.stdout
        result = bpo(tmp_path, "advise", "--profile", "me")
    else:
        root = overlay(tmp_path, "Contract Reviewer", slug="contract-reviewer")
        os.mkfifo(root / "tips.yaml")
        result = bpo(tmp_path, "data", "check", str(root))
        assert "tips.yaml" in result.stdout
    assert result.returncode == 1
    assert "named pipe" in result.stdout + result.stderr


@posix
def test_a_device_given_as_answers_is_refused(tmp_path: Path) -> None:
    result = bpo(tmp_path, "advise", "--answers", "/dev/zero")
    assert result.returncode == 1 and "character device" in result.stderr


def test_a_profile_linked_outside_its_folder_is_never_opened(tmp_path: Path) -> None:
    secret = secret_file(tmp_path)
    folder = tmp_path / "home" / "profiles"
    folder.mkdir(parents=True)
    (folder / "evil.yaml").symlink_to(secret)
    for args in (["profiles"], ["advise", "--profile", "evil"], ["advise", "--save", "evil"]):
        result = bpo(tmp_path, *args, *(["--no-input"] if args[0] == "advise" else []))
        shown = result.stdout + result.stderr
        assert "notarealhash" not in shown and "daemon" not in shown
        assert "outside the profiles folder" in shown
    assert secret.read_text() == SECRET


def test_an_overlay_file_linked_outside_is_refused(tmp_path: Path) -> None:
    secret = secret_file(tmp_path)
    root = overlay(tmp_path, "Contract Reviewer", slug="contract-reviewer")
    (root / "roles" / "passwd.yaml").symlink_to(secret)
    result = bpo(tmp_path, "data", "check", str(root))
    assert result.returncode == 1
    assert "passwd.yaml" in result.stdout and "outside the directory" in result.stdout
    assert "notarealhash" not in result.stdout + result.stderr


def test_a_file_that_is_not_answers_is_described_not_quoted(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("my password is hunter2 and my PIN is 4321\n")
    mapping = tmp_path / "config.yaml"
    mapping.write_text("api_token: hunter2\nserver: secret.example\n")
    for path in (text, mapping):
        result = bpo(tmp_path, "advise", "--answers", str(path))
        assert result.returncode == 1
        assert "hunter2" not in result.stderr and "secret.example" not in result.stderr


def test_quoted_values_are_capped(tmp_path: Path) -> None:
    me = answers(tmp_path, "education: bachelor\nskills: [" + "x" * 5000 + "]\n")
    result = bpo(tmp_path, "advise", "--answers", str(me))
    assert result.returncode == 1
    assert "x" * 61 not in result.stderr and len(result.stderr) < 1000


@posix
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="mknod needs root")
@pytest.mark.parametrize(
    "args",
    [
        ["advise", "--batch", "B", "-f", "xlsx"],
        ["cohort", "B", "-f", "xlsx"],
        ["advise", "--batch", "B", "-f", "csv"],
        ["advise", "--batch", "B"],
        ["advise", "--answers", "A", "-f", "html"],
    ],
)
def test_no_output_format_turns_a_device_node_into_a_file(tmp_path: Path, args: list[str]) -> None:
    batch = tmp_path / "class.jsonl"
    batch.write_text('{"education": "bachelor", "skills": ["writing"]}\n{"education": "diploma"}\n')
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null
    me = str(answers(tmp_path))
    args = [str(batch) if a == "B" else me if a == "A" else a for a in args]
    result = bpo(tmp_path, *args, "-o", str(device))
    assert result.returncode in (0, 1)  # written into it, or refused with a message
    info = os.lstat(device)
    assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)
    if result.returncode == 1:
        assert "character device" in result.stderr


@posix
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_batch_output_onto_a_fifo_nobody_reads_does_not_hang(tmp_path: Path, fmt: str) -> None:
    batch = tmp_path / "class.jsonl"
    batch.write_text('{"education": "bachelor"}\n')
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    extra = [] if fmt == "jsonl" else ["-f", fmt]
    result = bpo(tmp_path, "advise", "--batch", str(batch), *extra, "-o", str(fifo))
    assert result.returncode == 1 and stat.S_ISFIFO(os.lstat(fifo).st_mode)
