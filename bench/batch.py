"""Batch throughput: 10,000 generated profiles through `bpo advise --batch`, against one
`bpo advise --answers F --json` in the same run.

    python bench/batch.py [--profiles 10000] [--runs 5] [--format jsonl|csv]

The issue's bar: the whole batch run takes less than 10x a single advise run. Runs alternate so
machine load hits both alike; medians are reported, with profiles per second.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import tempfile
from pathlib import Path

from timing import BIN, timed

EDUCATION = ["none", "high-school", "diploma", "bachelor", "master", "doctorate"]


def vocabulary() -> dict[str, list[str]]:
    out = subprocess.run(
        [str(BIN / "bpo"), "vocab", "--json"], capture_output=True, text=True, check=True
    ).stdout
    vocab = json.loads(out)
    return {k: [e["id"] for e in vocab[k]] for k in ("fields", "interests", "skills")}


def generate(path: Path, count: int, fmt: str, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocab = vocabulary()
    with path.open("w", encoding="utf-8") as out:
        if fmt == "csv":
            out.write("id,education,fields,interests,skills,experience_years\n")
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
            else:
                out.write(json.dumps(record) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        batch_file = Path(tmp) / f"profiles.{args.format}"
        generate(batch_file, args.profiles, args.format)
        single_file = Path(tmp) / "one.yaml"
        single_file.write_text("education: bachelor\nfields: [law]\ninterests: [research]\n")
        bpo = str(BIN / "bpo")
        single = [bpo, "advise", "--answers", str(single_file), "--json"]
        batch = [bpo, "advise", "--batch", str(batch_file)]
        timed(single)
        timed(batch)  # warm-up
        singles, batches = [], []
        for _ in range(args.runs):
            singles.append(timed(single))
            batches.append(timed(batch))

    one, many = statistics.median(singles), statistics.median(batches)
    print(f"single advise --json     median {one * 1000:8.1f} ms  (runs: {args.runs})")
    print(
        f"batch of {args.profiles:,} ({args.format})  median {many * 1000:8.1f} ms  "
        f"= {many / one:.2f}x single (bar: < 10x)"
    )
    print(f"throughput               {args.profiles / many:,.0f} profiles/s (start-up included)")


if __name__ == "__main__":
    main()
