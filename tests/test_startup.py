"""Start-up stays lean: a lookup never loads the prompt libraries, and a warm one not even YAML.

Timing is measured by bench/startup.py, not asserted here; these tests pin what is imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from bpo_cli.cli import main
sys.argv = ["bpo", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = ["questionary", "prompt_toolkit", "yaml", "rich", "platformdirs", "openpyxl"]
sys.stderr.write(json.dumps([m for m in heavy if m in sys.modules]))
"""


def loaded(args: list[str], tmp_path: Path) -> list[str]:
    env = {**os.environ, "BPO_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=True
    )
    return list(json.loads(result.stderr.strip().splitlines()[-1]))


def test_a_lookup_loads_neither_prompts_nor_rich_and_a_warm_one_not_yaml(tmp_path: Path) -> None:
    cold = loaded(["role", "legal-analyst", "--json"], tmp_path)
    assert "questionary" not in cold and "prompt_toolkit" not in cold
    warm = loaded(["role", "legal-analyst", "--json"], tmp_path)
    assert warm == []  # no YAML parser (the cache served), no rich, no platformdirs


def test_advise_from_a_file_does_not_load_the_prompt_libraries(tmp_path: Path) -> None:
    answers = tmp_path / "me.yaml"
    answers.write_text("education: diploma\n")
    modules = loaded(["advise", "--answers", str(answers), "--json"], tmp_path)
    assert "questionary" not in modules and "prompt_toolkit" not in modules


def test_a_csv_batch_does_not_load_the_spreadsheet_library(tmp_path: Path) -> None:
    class_list = tmp_path / "class.csv"
    class_list.write_text("id,education\nS1,diploma\n")
    loaded(["role", "legal-analyst", "--json"], tmp_path)  # warm the cache
    assert "openpyxl" not in loaded(["advise", "--batch", str(class_list)], tmp_path)
    assert "openpyxl" not in loaded(["form", "--json"], tmp_path)


def test_python_dash_m_runs_bpo() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bpo_cli", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("bpo ")
