"""Start-up of bpo commands against a trivial typer app, run alternately in the same venv.

    python bench/startup.py [--runs 30] [--case role|advise|all]

Each round runs the baseline and every case once, in turn, so load on the machine hits all of them
alike. Reports the median wall time of each and its ratio to the baseline's median. The console
script `bpo` of the running interpreter's environment is measured; both are started the same way
(the venv's python with a script), so the comparison is fair. The parse cache is warmed first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from timing import BIN, timed

HERE = Path(__file__).resolve().parent


def answers_file() -> str:
    fd, path = tempfile.mkstemp(suffix=".yaml")
    with os.fdopen(fd, "w") as handle:
        handle.write(
            "education: bachelor\nfields: [law]\ninterests: [research, law]\n"
            "skills: [legal-research, writing]\n"
        )
    return path


def cases(which: str, answers: str) -> dict[str, list[str]]:
    bpo = str(BIN / "bpo")
    all_cases = {
        "role": [bpo, "role", "legal-analyst", "--json"],
        "advise": [bpo, "advise", "--answers", answers, "--json"],
        "path": [
            bpo,
            "path",
            "operations-manager",
            "--from",
            "customer-support-executive",
            "--json",
        ],
        "next-skill": [bpo, "next-skill", "--answers", answers, "--json"],
    }
    if which == "all":
        return all_cases
    return {name: all_cases[name] for name in which.split(",")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--case", default="role,advise")
    args = parser.parse_args()

    answers = answers_file()
    baseline = [sys.executable, str(HERE / "trivial_app.py"), "--name", "x"]
    measured = cases(args.case, answers)
    for command in [baseline, *measured.values()]:  # warm-up: page cache, .pyc, bpo's parse cache
        timed(command)
    samples: dict[str, list[float]] = {"baseline": [], **{name: [] for name in measured}}
    for _ in range(args.runs):
        samples["baseline"].append(timed(baseline))
        for name, command in measured.items():
            samples[name].append(timed(command))
    os.unlink(answers)

    base = statistics.median(samples["baseline"])
    print(f"{'case':<12} {'median ms':>10} {'ratio':>7}  (runs: {args.runs}, alternating)")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:<12} {median * 1000:>10.1f} {median / base:>7.2f}")


if __name__ == "__main__":
    main()
