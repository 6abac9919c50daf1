"""`bpo advise --batch`: many records in, one JSON line each out, errors in place, streaming."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import Run, run_json, validate

GOOD = {
    "id": "asha",
    "education": "bachelor",
    "fields": ["law"],
    "skills": ["legal-research", "writing"],
}


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return str(path)


def lines(stdout: str) -> list[dict[str, object]]:
    out = [json.loads(line) for line in stdout.splitlines()]
    for record in out:
        validate(record, "batch-record")
    return out


def test_jsonl_in_order_with_ids_errors_in_place_and_a_summary(run: Run, tmp_path: Path) -> None:
    records = [
        json.dumps(GOOD),
        json.dumps({"id": 7, "skills": ["typing"]}),
        "this is not json",
        "",
        json.dumps({"education": "high-school", "skills": ["fast-typing", "accuracy"]}),
        json.dumps(["a", "list"]),
    ]
    path = write(tmp_path, "class.jsonl", "\n".join(records) + "\n")
    result = run("advise", "--batch", path)
    assert result.exit_code == 1  # some records failed
    out = lines(result.stdout)
    assert [r["line"] for r in out] == [1, 2, 3, 5, 6]
    assert [r["id"] for r in out] == ["asha", 7, None, None, None]
    assert out[0]["matches"][0]["role"] == "legal-analyst"
    assert "did you mean 'fast-typing'" in out[1]["error"]
    assert "not valid JSON" in out[2]["error"]
    assert out[3]["matches"][0]["role"] == "data-entry-specialist"
    assert "expected a JSON object" in out[4]["error"]
    assert len(out[0]["matches"]) == 5  # --top 5 by default
    assert result.stderr.strip() == (
        f'{path}: advised 2 of 5 records; 3 failed (lines 2, 3, 6): see their "error" records.'
    )


def test_a_clean_batch_exits_0_and_all_gives_every_role(
    run: Run, tmp_path: Path, kb: object
) -> None:
    path = write(tmp_path, "one.jsonl", json.dumps(GOOD) + "\n")
    result = run("advise", "--batch", path, "--all")
    assert result.exit_code == 0
    assert len(lines(result.stdout)[0]["matches"]) == len(kb.roles)  # type: ignore[attr-defined]


def test_a_batch_record_agrees_with_advise_for_the_same_answers(run: Run, tmp_path: Path) -> None:
    answers = {k: v for k, v in GOOD.items() if k != "id"}
    single = run_json(run, "advise", "-a", write(tmp_path, "a.json", json.dumps(answers)), "--json")
    record = lines(
        run("advise", "--batch", write(tmp_path, "b.jsonl", json.dumps(GOOD)), "--top", "10").stdout
    )[0]
    assert record["profile"] == single["profile"]
    assert record["holland"] == single["holland"]
    assert [(m["role"], m["score"], m["fit"], m["gaps"]) for m in record["matches"]] == [
        (m["role"], m["score"], m["fit"], m["gaps"]) for m in single["matches"][:10]
    ]


def test_csv_with_lists_and_preferences(run: Run, tmp_path: Path) -> None:
    text = (
        "id,education,fields,interests,skills,experience_years,preferences.shifts\n"
        'S1,bachelor,law,"research;law",legal-research; writing,0,day-only\n'
        "S2,high-school,,,fast-typing;accuracy,1,\n"
        "S3,phd,,,,,\n"
    )
    result = run("advise", "--batch", write(tmp_path, "class.csv", text))
    out = lines(result.stdout)
    assert [r["id"] for r in out] == ["S1", "S2", "S3"]
    assert out[0]["profile"]["interests"] == ["research", "law"]
    assert out[0]["profile"]["preferences"]["shifts"] == "day-only"
    assert out[1]["matches"][0]["role"] == "data-entry-specialist"
    assert "unknown education level 'phd'" in out[2]["error"]
    assert result.exit_code == 1


def test_csv_with_an_unknown_column_stops_before_any_output(run: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "class.csv", "id,skils\nS1,excel\n")
    result = run("advise", "--batch", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "unknown column 'skils' in the header; did you mean 'skills'?" in result.stderr


def test_batch_from_stdin_and_lines_that_are_not_utf8(run: Run) -> None:
    data = (
        json.dumps(GOOD).encode()
        + b"\n"
        + b'{"education": "bachel\xe9r"}\n'  # Windows-1252: read as such, with a notice
        + b'{"education": "\x81"}\n'  # a byte Windows-1252 does not define either
    )
    result = run("advise", "--batch", "-", input=data)  # type: ignore[arg-type]
    out = lines(result.stdout)
    assert out[0]["id"] == "asha"
    assert "unknown education level 'bachelér'" in out[1]["error"]
    assert out[2] == {
        "line": 3,
        "id": None,
        "error": "neither UTF-8 nor Windows-1252 text; give --encoding",
    }
    assert "line 2 is not UTF-8, so the file is read as Windows-1252" in result.stderr


def test_batch_refuses_flags_that_give_answers_another_way(run: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", json.dumps(GOOD))
    result = run("advise", "--batch", path, "--save", "asha")
    assert result.exit_code == 2
    assert "drop --save" in result.stderr


def test_a_missing_batch_file_is_a_clear_error(run: Run, tmp_path: Path) -> None:
    result = run("advise", "--batch", str(tmp_path / "none.jsonl"))
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def _peak_rss_kb(path: Path, tmp_path: Path) -> int:
    """Peak memory of a batch run in a fresh process (kB on Linux): the parent's, or that of the
    largest worker when a large file is advised on every core."""
    probe = (
        "import resource, sys\n"
        "from bpo_cli.cli import main\n"
        f"sys.argv = ['bpo', 'advise', '--batch', {str(path)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "peaks = [resource.getrusage(who).ru_maxrss\n"
        "         for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
        "sys.stderr.write(str(max(peaks)))\n"
    )
    env = {**os.environ, "BPO_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=True,
    )
    return int(result.stderr.strip().splitlines()[-1])


def test_memory_stays_flat_as_the_batch_grows(tmp_path: Path) -> None:
    record = json.dumps(GOOD) + "\n"
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_text(record * 2_000)
    large.write_text(record * 40_000)
    grown = _peak_rss_kb(large, tmp_path) - _peak_rss_kb(small, tmp_path)
    assert grown < 15_000, f"peak memory grew by {grown} kB for 20x the records"


def _generated(tmp_path: Path, count: int) -> Path:
    skills = ["fast-typing", "accuracy", "excel", "writing", "communication", "patience"]
    path = tmp_path / "many.jsonl"
    with path.open("w") as out:
        for n in range(count):
            out.write(
                json.dumps(
                    {
                        "id": n,
                        "education": ["high-school", "bachelor"][n % 2],
                        "skills": skills[: n % 6],
                    }
                )
                + "\n"
            )
    return path


def _batch(path: Path, tmp_path: Path, workers: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "BPO_CACHE_DIR": str(tmp_path / "cache"), "BPO_WORKERS": workers}
    return subprocess.run(
        [sys.executable, "-m", "bpo_cli", "advise", "--batch", str(path)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_worker_processes_give_byte_identical_output_in_order(tmp_path: Path) -> None:
    path = _generated(tmp_path, 3_000)
    one, two = _batch(path, tmp_path, "1"), _batch(path, tmp_path, "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == list(range(3_000))


def test_ctrl_c_stops_a_parallel_batch_cleanly(tmp_path: Path) -> None:
    import pathlib
    import signal
    import time

    path = _generated(tmp_path, 200_000)
    env = {**os.environ, "BPO_CACHE_DIR": str(tmp_path / "cache"), "BPO_WORKERS": "2"}
    child = subprocess.Popen(
        [sys.executable, "-m", "bpo_cli", "advise", "--batch", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    time.sleep(2)
    os.killpg(child.pid, signal.SIGINT)  # as a terminal does: the whole process group
    try:
        _, stderr = child.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        status = pathlib.Path(f"/proc/{child.pid}/status").read_text()
        os.killpg(child.pid, signal.SIGKILL)
        raise AssertionError("no exit 30 s after Ctrl-C:\n" + status) from None
    assert child.returncode == 130
    assert b"Cancelled." in stderr and b"Traceback" not in stderr
