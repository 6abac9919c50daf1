"""Shared fixtures: an isolated home and cache, the real knowledge base, a CLI runner."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# Tests never touch the person's real home or cache, and never depend on a terminal.
_SANDBOX = Path(tempfile.mkdtemp(prefix="bpo-tests-"))
os.environ["BPO_HOME"] = str(_SANDBOX / "home")
os.environ["BPO_CACHE_DIR"] = str(_SANDBOX / "cache")
for _var in ("BPO_COUNTRY", "BPO_DATA", "BPO_DEBUG", "BPO_NO_INPUT", "FORCE_COLOR", "NO_COLOR"):
    os.environ.pop(_var, None)

from typer.testing import CliRunner, Result  # noqa: E402

from bpo_cli.cli import app  # noqa: E402
from bpo_cli.domain.knowledge import KnowledgeBase  # noqa: E402
from bpo_cli.knowledge.loader import load_knowledge  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "bpo_cli" / "schemas"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty user data directory for tests that save profiles."""
    monkeypatch.setenv("BPO_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """Invoke bpo in-process; stdout and stderr are kept apart, as a shell keeps them."""
    runner = CliRunner()

    def invoke(
        *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> Result:
        return runner.invoke(app, list(args), input=input, env=env, prog_name="bpo")

    return invoke


def run_json(run: Run, *args: str, input: str | None = None) -> Any:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def advise_json(run: Run, tmp_path: Path, answers: dict[str, Any]) -> Any:
    """`bpo advise --answers FILE --json` for these answers, checked against the schema."""
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    advice = run_json(run, "advise", "--answers", str(path), "--json")
    validate(advice, "advice")
    return advice


def match_of(advice: Any, role: str) -> Any:
    """One role's match in an advice document."""
    return next(m for m in advice["matches"] if m["role"] == role)


def validate(document: Any, schema_name: str) -> None:
    """Check a document against a shipped schema, resolving references between schema files."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schemas = {p.name: json.loads(p.read_text()) for p in SCHEMAS.glob("*.schema.json")}
    registry: Registry[Any] = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in schemas.values()
    )
    schema = schemas[f"{schema_name}.schema.json"]
    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema, registry=registry).validate(document)
