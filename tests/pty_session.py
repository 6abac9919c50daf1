"""The installed bpo in a pseudo-terminal as a person runs it: a clean environment, a shell,
and a working folder outside the checkout."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

BPO = shutil.which("bpo", path=str(Path(sys.executable).parent)) or shutil.which("bpo")


def pty_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The caller's environment without any BPO_ setting, with its own home and cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPO_")}
    env.update(
        BPO_HOME=str(tmp_path / "home"),
        BPO_CACHE_DIR=str(tmp_path / "cache"),
        TERM="xterm-256color",
        **extra,
    )
    return env


def spawn(command: str, tmp_path: Path, env: dict[str, str], size: tuple[int, int]) -> Any:
    """`command` (which names the installed bpo) through /bin/sh in a terminal of `size` rows
    and columns."""
    import pexpect

    assert BPO, "bpo is not installed in this environment"
    return pexpect.spawn(
        "/bin/sh",
        ["-c", command],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=size,
    )
