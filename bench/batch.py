"""Batch throughput: 10,000 generated profiles through `bpo advise --batch`, against one
`bpo advise --answers F --json` in the same run.

    python bench/batch.py [--profiles 10000] [--runs 5] [--format jsonl|csv|labels|xlsx]
                          [--out jsonl|csv|xlsx] [--memory]

The issue's bar: the whole batch run takes less than 10x a single advise run. Runs alternate so
machine load hits both alike; medians are reported, with profiles per second. `--format labels`
is a class list as people type it (title-case headers, labels, ", " between items);
`--format xlsx` the same as a workbook. `--out` picks what bpo writes. `--memory` reports the
peak resident memory (ru_maxrss, from wait4) for --profiles and for 20x as many: flat memory
means the two stay close.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from timing import BIN, timed

EDUCATION = ["none", "high-school", "diploma", "bachelor", "master", "doctorate"]


def vocabulary() -> dict[str, list[str]]:
    out = subprocess.run(
        [str(BIN / "bpo"), "vocab", "--json"], capture_output=True, text=True, check=True
    ).stdout
    vocab = json.loads(out)
    return {k: [e["id"] for e in vocab[k]] for k in ("fields", "interests", "skills")}


def labels() -> dict[str, dict[str, str]]:
    out = subprocess.run(
        [str(BIN / "bpo"), "form", "--json"], capture_output=True, text=True, check=True
    ).stdout
    return {
        q["answer"]: {o["id"]: o["label"] for o in q["options"]}
        for q in json.loads(out)["questions"]
    }


def generate(path: Path, count: int, fmt: str, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocab = vocabulary()
    names = labels() if fmt in ("labels", "xlsx") else {}
    header = ["ID", "Education", "Fields", "Interests", "Skills", "Years of experience"]
    sheet: Any = None
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Class")
        sheet.append(header)
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            out.write("id,education,fields,interests,skills,experience_years\n")
        elif fmt == "labels":
            csv.writer(out).writerow(header)
        for n in range(count):
            record = {
                "id": f"S{n:06d}",
                "education": rng.choice(EDUCATION),
                "fields": rng.sample(vocab["fields"], rng.randint(0, 2)),
                "interests": rng.sample(vocab["interests"], rng.randint(0, 4)),
                "skills": rng.sample(vocab["skills"], rng.randint(0, 8)),
                "experience_years": rng.randint(0, 12),
            }
            if fmt == "csv":
                lists = [";".join(record[k]) for k in ("fields", "interests", "skills")]
                out.write(
                    f"{record['id']},{record['education']},{','.join(lists)},"
                    f"{record['experience_years']}\n"
                )
            elif fmt in ("labels", "xlsx"):
                row = [
                    record["id"],
                    names["education"][record["education"]],
                    *(
                        ", ".join(names[k][i] for i in record[k])
                        for k in ("fields", "interests", "skills")
                    ),
                    record["experience_years"],
                ]
                if sheet is not None:
                    sheet.append(row)
                else:
                    csv.writer(out).writerow(row)
            else:
                out.write(json.dumps(record) + "\n")
    if fmt == "xlsx":
        book.save(path)


def peak_mb(command: list[str]) -> float:
    """Peak resident memory of one run, in MB (Linux reports ru_maxrss in kB)."""
    with open(os.devnull, "wb") as devnull:
        child = subprocess.Popen(command, stdout=devnull, stderr=devnull)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--format", choices=["jsonl", "csv", "labels", "xlsx"], default="jsonl")
    parser.add_argument("--out", choices=["jsonl", "csv", "xlsx"], default="jsonl")
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args()

    suffix = {"labels": "csv"}.get(args.format, args.format)
    with tempfile.TemporaryDirectory() as tmp:
        bpo = str(BIN / "bpo")

        def batch_of(path: Path) -> list[str]:
            command = [bpo, "advise", "--batch", str(path)]
            if args.out != "jsonl":
                command += ["--format", args.out, "-o", str(Path(tmp) / f"out.{args.out}")]
            return command

        batch_file = Path(tmp) / f"profiles.{suffix}"
        generate(batch_file, args.profiles, args.format)
        if args.memory:
            large_file = Path(tmp) / f"large.{suffix}"
            generate(large_file, args.profiles * 20, args.format)
            small, large = peak_mb(batch_of(batch_file)), peak_mb(batch_of(large_file))
            print(
                f"peak memory ({args.format} in, {args.out} out): {args.profiles:,} profiles "
                f"{small:.1f} MB, {args.profiles * 20:,} profiles {large:.1f} MB "
                f"(+{large - small:.1f} MB for 20x)"
            )
            return
        single_file = Path(tmp) / "one.yaml"
        single_file.write_text("education: bachelor\nfields: [law]\ninterests: [research]\n")
        single = [bpo, "advise", "--answers", str(single_file), "--json"]
        batch = batch_of(batch_file)
        timed(single)
        timed(batch)  # warm-up
        singles, batches = [], []
        for _ in range(args.runs):
            singles.append(timed(single))
            batches.append(timed(batch))

    one, many = statistics.median(singles), statistics.median(batches)
    print(f"single advise --json     median {one * 1000:8.1f} ms  (runs: {args.runs})")
    print(
        f"batch of {args.profiles:,} ({args.format} in, {args.out} out)  median "
        f"{many * 1000:8.1f} ms  = {many / one:.2f}x single (bar: < 10x)"
    )
    print(f"throughput               {args.profiles / many:,.0f} profiles/s (start-up included)")


if __name__ == "__main__":
    main()
