"""The README keeps its promises: the two commands, every command documented, CI in step."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from typer.main import get_command

from bpo_cli.cli import app

from conftest import Run

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_block() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block, "README has no sh code block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_starts_with_exactly_two_commands() -> None:
    assert README.index("```sh") < README.index("\n## ")  # before any section
    install_and_run, install_and_test = first_block()
    assert "pip install ." in install_and_run and install_and_run.endswith("bpo advise")
    assert "[test]" in install_and_test and install_and_test.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "sed -n '/^```sh$/,/^```$/p' README.md | sed -n '3p'" in ci
    assert 'bash -c "$test_command"' in ci


def test_every_command_is_in_the_readme() -> None:
    group = get_command(app)
    names = list(group.commands)  # type: ignore[attr-defined]
    assert names
    for name in names:
        assert f"bpo {name}" in README, f"`bpo {name}` is not documented in the README"


def test_the_readme_lists_exactly_the_schemas_bpo_prints(run: Run) -> None:
    # The names are read from the README's `bpo schema` example, not found anywhere in its
    # prose (where "role", "path" or "type" appear whatever the list says).
    listing = re.search(r"bpo schema +# the names: (.*?)\nbpo schema advice", README, re.S)
    assert listing is not None, "the README lost its `bpo schema` example"
    documented = [n.strip(" #,\n") for n in re.split(r",|\n", listing.group(1)) if n.strip(" #\n")]
    assert documented == run("schema").stdout.split()


def test_shipped_schemas_are_generated_from_the_document_structs() -> None:
    # Change a document Struct and this fails until `python -m bpo_cli.documents.schema --write`.
    from bpo_cli.documents import schema

    shipped = sorted(p.name for p in (ROOT / "bpo_cli" / "schemas").glob("*.schema.json"))
    assert shipped == sorted(f"{name}.schema.json" for name in schema.names())
    for name in schema.names():
        path = ROOT / "bpo_cli" / "schemas" / f"{name}.schema.json"
        assert path.read_text(encoding="utf-8") == schema.text(name), f"{path.name} is stale"


def test_the_readme_python_api_example_runs_as_written(tmp_path: Path) -> None:
    section = README[README.index("## Python API") :]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None, "the Python API section has no python block"
    code = block.group(1)
    assert len([line for line in code.splitlines() if line.strip()]) == 5  # five lines, as promised
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    ran = subprocess.run(  # as a reader would run it: a script of its own
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 0, ran.stderr
    first, *rest = ran.stdout.splitlines()
    title, score, fit = first.rsplit(" ", 2)
    from bpo_cli import api

    best = api.advise(
        api.load_knowledge(), {"education": "bachelor", "fields": ["law"], "skills": ["writing"]}
    ).matches[0]
    assert (title, int(score), fit) == (best.title, best.score, best.fit)
    assert rest[0] == "# Route to Legal Analyst"
