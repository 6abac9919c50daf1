"""`bpo practice typing`: the scoring formula, and the installed command in a pseudo-terminal."""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from pathlib import Path

import pytest
import yaml

from bpo_cli.domain.typing_test import PASSAGES, score

from conftest import Run

BPO = shutil.which("bpo", path=str(Path(sys.executable).parent)) or shutil.which("bpo")


def test_the_formula_five_characters_a_word_net_of_errors() -> None:
    passage = "abcde" * 20  # 100 characters
    perfect = score(passage, passage[:50], 60.0)  # 50 characters in a minute: 10 words
    assert (perfect.gross_wpm, perfect.net_wpm, perfect.accuracy) == (10.0, 10.0, 100.0)
    typo = "x" + passage[1:50]  # one wrong character
    result = score(passage, typo, 60.0)
    assert (result.errors, result.gross_wpm, result.net_wpm, result.accuracy) == (
        1,
        10.0,
        9.0,
        98.0,
    )
    beyond = score("abc", "abcde", 12.0)  # typed past the end: the extra characters are errors
    assert beyond.errors == 2 and beyond.accuracy == 60.0


def test_passages_are_built_in_and_varied() -> None:
    kinds = {kind for kind, _ in PASSAGES}
    assert {"customer e-mail", "address", "invoice lines"} <= kinds
    assert all(len(text) >= 120 for _, text in PASSAGES)


def test_no_terminal_is_a_usage_error(run: Run) -> None:
    result = run("practice", "typing")
    assert result.exit_code == 2 and "needs a terminal" in result.stderr


@pytest.mark.pty
@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals need a POSIX system")
def test_a_known_speed_typed_in_a_terminal_is_measured_and_kept(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    assert BPO, "bpo is not installed in this environment"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPO_")}
    env.update(BPO_HOME=str(tmp_path / "home"), BPO_CACHE_DIR=str(tmp_path / "cache"))
    (tmp_path / "me.yaml").write_text("country: india\nskills: [fast-typing, accuracy]\n")
    child = pexpect.spawn(
        BPO,
        ["practice", "typing", "--passage", "3", "--save", "asha", "-a", "me.yaml"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 200),
    )
    text = PASSAGES[2][1][:90]  # a prefix: the rest not typed counts as no error
    child.expect_exact("The clock starts at your first key")
    child.expect_exact(PASSAGES[2][1][:40])
    time.sleep(0.5)
    interval = 0.08  # 60 / 0.08 / 5 = 150 WPM nominal; the true figure is measured below
    first = time.monotonic()
    for ch in text:
        child.send(ch)
        time.sleep(interval)
    child.send("\r")
    last = time.monotonic()
    true_wpm = len(text) / 5 / ((last - first) / 60)
    child.expect(r"Speed: ([0-9.]+) words a minute")
    measured = float(child.match.group(1))
    child.expect_exact("Against your best roles:")  # targets from the sourced hiring data
    child.expect(r"- [A-Z][^:]+: \d+ WPM")
    child.expect_exact("Kept in profile 'asha'")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert abs(measured - true_wpm) / true_wpm < 0.05, (measured, true_wpm)
    kept = yaml.safe_load((tmp_path / "home" / "profiles" / "asha.yaml").read_text())
    assert kept["typing"]["measured"] is True
    assert kept["typing"]["accuracy"] == 100.0
    assert kept["typing"]["wpm"] == int(measured)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", kept["typing"]["date"])
