"""The Python API as a counselling centre's web app would use it: load, advise, plan, render."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_overlay import overlay  # noqa: F401 -- the firm's overlay directory, as a fixture

from bpo_cli import api
from bpo_cli.errors import InvalidAnswersError, NotFoundError

from conftest import Run, run_json

LAW = {"education": "bachelor", "fields": ["Law"], "skills": ["writing", "legal research"]}


def test_advice_from_the_api_is_what_the_cli_prints(run: Run, tmp_path: Path) -> None:
    kb = api.load_knowledge()
    answers = tmp_path / "me.json"
    answers.write_text(json.dumps(LAW), encoding="utf-8")
    assert json.loads(api.render(api.advise(kb, LAW), "json")) == run_json(
        run, "advise", "--answers", str(answers), "--json"
    )


def test_an_overlay_reaches_the_advice(overlay: Path) -> None:  # noqa: F811
    firm = api.load_knowledge(overlay)
    roles = [m.role for m in api.advise(firm, {"education": "bachelor"}).matches]
    assert "sanctions-analyst" in roles
    assert "sanctions-analyst" not in api.load_knowledge().roles


def test_a_route_carries_its_time_and_every_format_draws_it() -> None:
    kb = api.load_knowledge()
    route = api.plan_path(kb, "operations-manager", from_role="customer-support-executive")
    assert route.found and route.total.moves >= 1
    assert f"about {route.total.years} years" in api.render(route, "text", kb)
    assert api.render(route, "html", kb).startswith("<!DOCTYPE html>")


def test_bad_input_raises_bpo_errors_that_name_the_problem() -> None:
    kb = api.load_knowledge()
    with pytest.raises(InvalidAnswersError, match="skils"):
        api.advise(kb, {"education": "bachelor", "skils": ["excel"]})
    with pytest.raises(NotFoundError, match="legal-analys"):
        api.plan_path(kb, "legal-analys", answers=LAW)
