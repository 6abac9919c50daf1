"""What the benchmarks share: timing one run of a command, and the bin directory measured."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

# The console scripts of the running interpreter's environment: run a benchmark with the python
# of the environment you want to measure (ideally a fresh `pip install .`).
BIN = Path(sys.executable).parent


def timed(command: list[str]) -> float:
    """Wall time of one run, output discarded."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start
