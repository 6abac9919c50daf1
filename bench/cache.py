"""Does the knowledge cache still pay for itself now that YAML is parsed by libyaml?

    python bench/cache.py [--runs 20]

Times `bpo role legal-analyst --json` (a lookup: start-up is all it costs) in three ways, run in
turn each round so that load on the machine hits all alike: served from the verified cache;
with the cache off and libyaml's CSafeLoader; with the cache off and the pure-Python SafeLoader
(the cost before libyaml was used). Each is started the same way (`python -c`), and the median
wall time of each is reported with its ratio to the cached run. The reason the cache is kept, or
not, is written in bpo_cli/knowledge/cache.py from these figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUN = """
import sys
if sys.argv[1] == "pure":
    import yaml
    del yaml.CSafeLoader  # datafile falls back to the pure-Python SafeLoader
sys.argv = ["bpo", "role", "legal-analyst", "--json"]
from bpo_cli.cli import main
main()
"""


def timed(mode: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", RUN, mode], env=env, stdout=subprocess.DEVNULL, check=True
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        cached = {**os.environ, "BPO_CACHE_DIR": cache}
        cached.pop("BPO_NO_CACHE", None)
        uncached = {**os.environ, "BPO_NO_CACHE": "1"}
        cases = {
            "cache (verified)": ("c", cached),
            "no cache, libyaml": ("c", uncached),
            "no cache, pure-Python YAML": ("pure", uncached),
        }
        timed("c", cached)  # warm the cache and the disk
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (mode, env) in cases.items():
                times[name].append(timed(mode, env))
    base = statistics.median(times["cache (verified)"])
    print(f"bpo role legal-analyst --json, median of {args.runs} runs")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:28} {median * 1000:7.1f} ms  x{median / base:.2f}")


if __name__ == "__main__":
    main()
