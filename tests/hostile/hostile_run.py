"""Running the installed `bpo` from outside, as an attacker's file would meet it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

BPO = shutil.which("bpo", path=str(Path(sys.executable).parent)) or shutil.which("bpo") or "bpo"
TIMEOUT = 60  # a hang is a failure, not a stuck suite
ESC = "\x1b"

GOOD_ANSWERS = "education: bachelor\nfields: [law]\nskills: [legal-research, writing]\n"


def env(tmp_path: Path, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BPO_", "FORCE_COLOR"))}
    base.pop("NO_COLOR", None)
    return {
        **base,
        "BPO_CACHE_DIR": str(tmp_path / "cache"),
        "BPO_HOME": str(tmp_path / "home"),
        **extra,
    }


def bpo(
    tmp_path: Path, *args: str, extra_env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run the installed bpo in `tmp_path`; never "unexpected", never a traceback, never a hang."""
    kwargs.setdefault("capture_output", True)
    result = subprocess.run(
        [BPO, *args],
        cwd=tmp_path,
        env=env(tmp_path, **(extra_env or {})),
        text=True,
        timeout=TIMEOUT,
        check=False,
        **kwargs,
    )
    stderr = result.stderr or ""
    assert "error: unexpected" not in stderr, stderr
    assert "Traceback" not in stderr, stderr
    return result


def answers(tmp_path: Path, text: str = GOOD_ANSWERS, name: str = "me.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


EVIL_TITLE = "[link=https://evil.example/login]Legal Analyst (official)[/link]"
ROLE = """\
slug: {slug}
title: "{title}"
bpo_types: [lpo]
tags: [legal]
customer_facing: false
description: Reads contracts.
responsibilities: [Read contracts]
education: {{level: bachelor, fields: [law]}}
experience_years: 0
skills: {{required: [legal-research], preferred: []}}
interests: [research]
steps: [Study law.]
sources: [seed-000]
"""


def overlay(tmp_path: Path, title: str, slug: str = "evil-analyst") -> Path:
    """An overlay directory adding one role with the given (YAML double-quoted) title."""
    root = tmp_path / "overlay"
    (root / "roles").mkdir(parents=True, exist_ok=True)
    (root / "roles" / f"{slug}.yaml").write_text(ROLE.format(slug=slug, title=title))
    return root
