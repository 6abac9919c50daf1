"""Terminals and signals: closed pipes, odd locales, narrow screens, unexpected errors, SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bpo_cli.services import profiles

from conftest import Run

BPO = [sys.executable, "-m", "bpo_cli"]


def env(tmp_path: Path, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BPO_", "LC_", "LANG"))}
    return {
        **base,
        "BPO_CACHE_DIR": str(tmp_path / "cache"),
        "BPO_HOME": str(tmp_path / "h"),
        **extra,
    }


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # The reader is gone before bpo writes a byte, as with `bpo roles | head -0`.
    reader, writer = os.pipe()
    os.close(reader)
    result = subprocess.run(
        [*BPO, "roles", "--json"],
        stdout=writer,
        stderr=subprocess.PIPE,
        env=env(tmp_path),
        text=True,
    )
    os.close(writer)
    assert result.returncode == 141
    assert result.stderr == ""


def test_head_on_a_pipe_reads_one_line_and_nothing_complains(tmp_path: Path) -> None:
    result = subprocess.run(
        f"{sys.executable} -m bpo_cli roles | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=env(tmp_path),
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == ""


@pytest.mark.parametrize("command", [["role", "legal-analyst"], ["types"], ["about"]])
def test_the_c_locale_works(tmp_path: Path, command: list[str]) -> None:
    result = subprocess.run(
        [*BPO, *command],
        capture_output=True,
        env=env(tmp_path, LANG="C", LC_ALL="C", PYTHONUTF8="0"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout


def test_a_40_column_terminal_gets_a_readable_layout(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    answers = tmp_path / "me.yaml"
    answers.write_text("education: bachelor\nfields: [law]\ninterests: [research]\n")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bpo_cli", "advise", "-a", str(answers)],
        env=env(tmp_path, TERM="xterm", COLUMNS="40"),
        encoding="utf-8",
        dimensions=(24, 40),
        timeout=30,
    )
    child.expect(pexpect.EOF)
    text = child.before or ""
    child.close()
    assert child.exitstatus == 0, text
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    lines = plain.replace("\r", "").splitlines()
    assert "Legal Analyst" in plain
    assert max(len(line) for line in lines) <= 40


def test_an_unexpected_error_asks_for_debug_and_shows_no_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bpo_cli.services import lookup

    def broken(*args: object) -> None:
        raise RuntimeError("the disk fell off")

    monkeypatch.setattr(lookup, "find_role", broken)
    result = run("role", "legal-analyst")
    assert result.exit_code == 1
    assert "unexpected RuntimeError: the disk fell off" in result.stderr
    assert "--debug" in result.stderr and "Traceback" not in result.stderr
    debug = run("--debug", "role", "legal-analyst")
    assert isinstance(debug.exception, RuntimeError)  # the traceback is the person's to see


def test_sigterm_during_a_save_leaves_the_old_profile_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "h"
    old = {"education": "diploma", "fields": ["it"]}
    script = textwrap.dedent(f"""
        import os, sys, time
        os.environ["BPO_HOME"] = {str(home)!r}
        from bpo_cli.cli import exit_on_signals
        from bpo_cli.services import profiles
        exit_on_signals()
        profiles.save("asha", {old!r})
        def slow_fsync(fd):
            print("writing", flush=True)
            time.sleep(30)
        os.fsync = slow_fsync
        profiles.save("asha", {{"education": "master"}})
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env(tmp_path)
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"  # in the middle of the second save
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=10) == 128 + signal.SIGTERM
    folder = home / "profiles"
    assert [p.name for p in folder.iterdir()] == ["asha.yaml"]  # no temporary file left behind
    monkeypatch.setenv("BPO_HOME", str(home))
    assert profiles.load("asha") == old


@pytest.mark.parametrize("command", [["--help"], ["advise", "--help"], ["role", "--help"]])
def test_help_into_a_closed_pipe_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    # `bpo --help | head -1`: rich prints the help and stops with exit 1 on a closed pipe; bpo
    # says 141 like any other output whose reader went away, and prints nothing.
    reader, writer = os.pipe()
    os.close(reader)
    result = subprocess.run(
        [*BPO, *command], stdout=writer, stderr=subprocess.PIPE, env=env(tmp_path), text=True
    )
    os.close(writer)
    assert result.returncode == 141
    assert result.stderr == ""


@pytest.mark.parametrize("module", ["typer", "bpo_cli.cli.app", "bpo_cli.cli.boundary", "msgspec"])
def test_ctrl_c_while_starting_never_shows_a_traceback(tmp_path: Path, module: str) -> None:
    # Ctrl-C pressed while bpo is still importing what it needs (which takes a noticeable
    # moment): the signal is sent the moment `module` starts to load, so the test does not
    # depend on timing. Before any of bpo's code runs (Python's own start-up, the console
    # script's first line) nothing can catch it; from bpo's entry point on, it is "Cancelled."
    script = textwrap.dedent(
        f"""
        import builtins, os, signal
        real = builtins.__import__
        def hooked(name, *args, **kwargs):
            if name == {module!r}:
                builtins.__import__ = real
                os.kill(os.getpid(), signal.SIGINT)
            return real(name, *args, **kwargs)
        builtins.__import__ = hooked
        import sys
        sys.argv = ["bpo", "roles"]
        from bpo_cli.entry import main
        main()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env(tmp_path),
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stderr.strip()) == (130, "Cancelled.")
