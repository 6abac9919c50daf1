"""Hostile class lists against the installed `bpo`: no good record is ever lost, every bad one is
reported at the line where it starts, memory stays bounded, and nothing ends in "unexpected"."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from batch_strategies import hostile_csv, hostile_jsonl

BPO = shutil.which("bpo", path=str(Path(sys.executable).parent)) or "bpo"
GOOD_CSV = "S{n},high-school,fast-typing;accuracy,1\n"
GOOD_JSON = '{{"id": "S{n}", "education": "high-school", "skills": ["fast-typing"]}}\n'


def bpo(
    tmp: Path, *args: str, workers: str = "1", data: bytes | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[bytes]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("BPO_")},
        "BPO_CACHE_DIR": str(tmp / "cache"),
        "BPO_HOME": str(tmp / "home"),
        "BPO_WORKERS": workers,
    }
    result = subprocess.run(
        [BPO, *args], input=data, capture_output=True, env=env, timeout=timeout, check=False
    )
    assert b"unexpected" not in result.stderr, result.stderr[-2000:]
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    return result


def records(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def many(good: str, count: int, bad_at: dict[int, str]) -> str:
    return "".join(bad_at.get(n, good.format(n=n)) for n in range(count))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_superscript_two_in_a_year_cell_costs_one_record_not_300(
    tmp_path: Path, workers: str
) -> None:
    path = tmp_path / "class.csv"
    body = many(GOOD_CSV, 301, {150: "BAD,high-school,fast-typing,²\n"})
    path.write_text("id,education,skills,experience_years\n" + body * 2)  # > 200 kB? no: 2 copies
    result = bpo(tmp_path, "advise", "--batch", str(path), "--top", "1", workers=workers)
    out = records(result.stdout)
    assert result.returncode == 1
    assert len(out) == 602 and sum("matches" in r for r in out) == 600
    bad = [r for r in out if "error" in r]
    assert [(r["line"], r["id"]) for r in bad] == [(152, "BAD"), (453, "BAD")]
    assert "expected a whole number of years, got '²'" in bad[0]["error"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_deep_nesting_and_huge_numbers_are_that_records_errors(
    tmp_path: Path, workers: str
) -> None:
    deep = '{"skills": ' + "[" * 1000 + "]" * 1000 + "}\n"
    huge = '{"id": "H", "experience_years": ' + "9" * 5000 + "}\n"
    path = tmp_path / "class.jsonl"
    path.write_text(
        many(GOOD_JSON, 300, {10: deep, 20: huge, 30: '{"skills": "' + "x," * 45_000 + '"}\n'})
    )
    result = bpo(tmp_path, "advise", "--batch", str(path), "--top", "1", workers=workers)
    out = records(result.stdout)
    assert len(out) == 300 and sum("matches" in r for r in out) == 297
    errors = {r["line"]: r["error"] for r in out if "error" in r}
    assert set(errors) == {11, 21, 31}
    assert "nested too deeply" in errors[11] or "depth" in errors[11]
    assert "unknown skill 'x'" in errors[31] and "more)" in errors[31]


def test_an_over_long_quoted_field_and_a_stray_quote_are_reported_where_they_start(
    tmp_path: Path,
) -> None:
    header = "id,education,skills,experience_years\n"
    rows = [GOOD_CSV.format(n=n) for n in range(10)]
    rows[3] = 'LONG,bachelor,"' + "excel;" * 40_000 + '",1\n'  # 240 kB in one quoted cell
    rows[6] = 'STRAY,bachelor,"excel,1\n'  # a quote that never closes
    path = tmp_path / "class.csv"
    path.write_text(header + "".join(rows))
    result = bpo(tmp_path, "advise", "--batch", str(path), "--top", "1")
    out = records(result.stdout)
    assert [r.get("id") for r in out if "matches" in r] == [
        f"S{n}" for n in range(10) if n not in (3, 6)
    ]
    errors = {r["line"]: r["error"] for r in out if "error" in r}
    assert set(errors) == {5, 8}
    assert "longer than 100 kB" in errors[5]
    assert "stray quote" in errors[8]


def test_duplicate_and_over_long_headers_are_file_errors(tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("id,skills,education,SKILLS\n" + GOOD_CSV.format(n=1))
    result = bpo(tmp_path, "advise", "--batch", str(path))
    assert result.returncode == 1 and result.stdout == b""
    assert b"the column 'SKILLS' appears twice (columns 2 and 4)" in result.stderr
    path.write_text("id," + "x" * 200_000 + "\n" + GOOD_CSV.format(n=1))
    result = bpo(tmp_path, "cohort", str(path))
    assert result.returncode == 1 and result.stdout == b""
    assert b"the header (line 1) cannot be read: it is longer than 100 kB" in result.stderr


def test_a_300_mb_line_on_stdin_stays_under_150_mb(tmp_path: Path) -> None:
    probe = f"""
import resource, subprocess, sys
child = subprocess.Popen([{BPO!r}, "advise", "--batch", "-"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
chunk = b"x" * (1 << 20)
child.stdin.write(b'{{"id": "before", "education": "diploma"}}\\n' + b'{{"skills": "')
for _ in range(300):
    child.stdin.write(chunk)
child.stdin.write(b'"}}\\n{{"id": "after", "education": "diploma"}}\\n')
child.stdin.close()
out = child.stdout.read()
child.wait()
sys.stdout.write(out.decode())
sys.stderr.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
"""
    env = {**os.environ, "BPO_CACHE_DIR": str(tmp_path / "cache"), "BPO_WORKERS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in out] == ["before", None, "after"]
    assert out[1] == {"line": 2, "id": None, "error": "longer than 100 kB"}
    assert peak_mb < 150, f"peak memory {peak_mb:.0f} MB"


def test_a_killed_batch_keeps_every_record_it_wrote(tmp_path: Path) -> None:
    path = tmp_path / "class.jsonl"
    path.write_text(many(GOOD_JSON, 100_000, {}))
    target = tmp_path / "out.jsonl"
    env = {**os.environ, "BPO_CACHE_DIR": str(tmp_path / "cache"), "BPO_WORKERS": "1"}
    with target.open("wb") as sink:
        child = subprocess.Popen(
            [BPO, "advise", "--batch", str(path)], stdout=sink, stderr=subprocess.DEVNULL, env=env
        )
        deadline = time.monotonic() + 60
        while target.stat().st_size < 50_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait()
    text = target.read_text()
    assert text.endswith("\n"), "a record was cut in half"
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert len(ids) > 10 and ids == [f"S{n}" for n in range(len(ids))]


HYPOTHESIS = settings(
    max_examples=int(os.environ.get("BPO_HOSTILE_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _check_good_records_survive(stdout: bytes, good: list[str], code: int) -> None:
    assert code in (0, 1)
    out = records(stdout)
    advised = [r["id"] for r in out if "matches" in r]
    assert [i for i in advised if i in good] == good, (advised, good)
    assert all(isinstance(r["line"], int) and r["line"] >= 1 for r in out)
    assert [r["line"] for r in out] == sorted(r["line"] for r in out)


@HYPOTHESIS
@given(case=hostile_csv())
def test_hostile_csv_never_loses_a_good_row(tmp_path: Path, case: tuple[bytes, list[str]]) -> None:
    data, good = case
    result = bpo(tmp_path, "advise", "--batch", "-", "--top", "1", data=data)
    _check_good_records_survive(result.stdout, good, result.returncode)


@HYPOTHESIS
@given(case=hostile_jsonl())
def test_hostile_json_lines_never_lose_a_good_record(
    tmp_path: Path, case: tuple[bytes, list[str]]
) -> None:
    data, good = case
    result = bpo(tmp_path, "advise", "--batch", "-", "--top", "1", data=data)
    _check_good_records_survive(result.stdout, good, result.returncode)
