"""Peak memory of bpo given one enormous line: answers file, answers on stdin, overlay, batch.

    python bench/longline.py [--mb 300]

Writes a file holding a single line of `--mb` megabytes (no newline anywhere), runs the installed
bpo on it in each way it can arrive, and reports each run's exit code, wall time and peak
resident memory (the child's ru_maxrss, from wait4). The issue's bar is 150 MB for 300 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import BIN

CHUNK = b"x" * 1_000_000


def one_line(path: Path, prefix: bytes, megabytes: int) -> None:
    with path.open("wb") as handle:
        handle.write(prefix)
        for _ in range(megabytes):
            handle.write(CHUNK)


def peak(command: list[str], stdin: Path | None, env: dict[str, str]) -> tuple[int, float, float]:
    """(exit code, seconds, peak resident MB) of one run."""
    source = stdin.open("rb") if stdin else subprocess.DEVNULL
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if stdin:
        source.close()  # type: ignore[union-attr]
    kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return os.waitstatus_to_exitcode(status), seconds, kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=300)
    args = parser.parse_args()
    bpo = str(BIN / "bpo")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = {**os.environ, "BPO_CACHE_DIR": str(root / "cache"), "BPO_HOME": str(root / "h")}
        answers = root / "long.yaml"
        one_line(answers, b"skills: [", args.mb)
        overlay = root / "overlay"
        (overlay / "roles").mkdir(parents=True)
        os.link(answers, overlay / "roles" / "long.yaml")
        batch = root / "long.jsonl"
        one_line(batch, b'{"education": "', args.mb)
        cases = {
            "baseline: bpo --version": ([bpo, "--version"], None),
            "advise --answers FILE": ([bpo, "advise", "--answers", str(answers)], None),
            "advise --answers - (stdin)": ([bpo, "advise", "--answers", "-"], answers),
            "data check OVERLAY": ([bpo, "data", "check", str(overlay)], None),
            "roles --data OVERLAY": ([bpo, "roles", "--data", str(overlay)], None),
            "advise --batch FILE (JSONL)": ([bpo, "advise", "--batch", str(batch)], None),
            "advise --batch - (stdin)": ([bpo, "advise", "--batch", "-"], batch),
        }
        print(f"one line of {args.mb} MB; peak resident memory of each run")
        for name, (command, stdin) in cases.items():
            code, seconds, mb = peak(command, stdin, env)
            print(f"  {name:30} exit {code:3}  {seconds:6.2f} s  {mb:7.1f} MB")


if __name__ == "__main__":
    main()
