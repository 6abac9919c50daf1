"""Custom knowledge: a firm's own roles, skills, rules and questions laid over the built-in data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Run, run_json

ROLE = """\
slug: sanctions-analyst
title: Sanctions Screening Analyst
aliases: [Watch List Screening Analyst]
bpo_types: [back-office, kpo]
tags: [finance, non-voice]
customer_facing: false
description: Checks customers' identity documents for a bank's onboarding team.
responsibilities: [Verify identity documents against sanctions lists]
education: {level: bachelor, fields: []}
skills: {required: [kyc-checks, attention-to-detail], preferred: [compliance]}
interests: [organizing, law]
onet: null
progression: [team-leader]
steps: [Take a short anti-money-laundering awareness course]
sources: [seed-002]
"""
SKILLS = """\
- id: kyc-checks
  label: KYC checks
  kind: domain
  description: Verifying who a customer is against documents and watch lists.
  how:
    courses: [An anti-money-laundering (AML) and KYC basics course]
    practice: [Check five sample ID documents against a watch list]
"""
RULES = """\
rules:
  - id: manila-finance-hub
    reason: Our Manila centre hires graduates for its banking processes.
    when: {all: [{education_at_least: bachelor}, {preference: {city: manila}}]}
    then: {weight: 12, roles: [sanctions-analyst]}
"""
PREFERENCES = """\
- id: city
  label: City
  default: any
  options:
    - {id: manila, label: Manila}
    - {id: pune, label: Pune}
    - {id: any, label: Anywhere}
"""
QUESTIONS = """\
- answer: preferences.city
  prompt: Which of our centres would you like to work in?
  default: any
- answer: education
  prompt: What is your highest qualification?
  default: high-school
"""


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    root = tmp_path / "firm-data"
    (root / "roles").mkdir(parents=True)
    (root / "roles" / "sanctions-analyst.yaml").write_text(ROLE)
    (root / "skills.yaml").write_text(SKILLS)
    (root / "rules.yaml").write_text(RULES)
    (root / "preferences.yaml").write_text(PREFERENCES)
    (root / "questions.yaml").write_text(QUESTIONS)
    return root


def answers(tmp_path: Path, text: str) -> str:
    path = tmp_path / "me.yaml"
    path.write_text(text)
    return str(path)


def test_the_overlay_checks_clean_with_the_built_in_data(run: Run, overlay: Path) -> None:
    result = run("data", "check", str(overlay))
    assert result.exit_code == 0, result.stdout
    assert "built-in data + " in result.stdout


def test_an_added_role_skill_rule_and_preference_reach_the_advice(
    run: Run, overlay: Path, tmp_path: Path
) -> None:
    me = answers(
        tmp_path,
        "education: bachelor\nskills: [KYC checks, attention-to-detail]\n"
        "preferences: {city: manila}\n",
    )
    advice = run_json(run, "advise", "-a", me, "--data", str(overlay), "--json")
    first = advice["matches"][0]
    assert first["role"] == "sanctions-analyst" and first["fit"] == "ready"
    assert "manila-finance-hub" in [r["rule"] for r in first["reasons"]]
    assert advice["profile"]["preferences"]["city"] == "manila"
    role = run_json(run, "role", "Watch List Screening Analyst", "--data", str(overlay), "--json")
    assert role["onet"] is None
    assert run_json(run, "vocab", "skills", "kyc-checks", "--data", str(overlay), "--json")["how"]


def test_without_the_overlay_the_firm_role_is_unknown(run: Run, tmp_path: Path) -> None:
    assert run("role", "sanctions-analyst").exit_code == 1
    me = answers(tmp_path, "preferences: {city: manila}\n")
    result = run("advise", "-a", me)
    assert result.exit_code == 1 and "unknown preference 'city'" in result.stderr


def test_bpo_data_in_the_environment_reaches_batch_and_cohort(
    run: Run, overlay: Path, tmp_path: Path
) -> None:
    batch = tmp_path / "class.jsonl"
    batch.write_text(
        json.dumps(
            {
                "education": "bachelor",
                "skills": ["kyc-checks", "attention-to-detail"],
                "preferences": {"city": "manila"},
            }
        )
        + "\n"
    )
    env = {"BPO_DATA": str(overlay)}
    result = run("advise", "--batch", str(batch), env=env)
    assert json.loads(result.stdout)["matches"][0]["role"] == "sanctions-analyst"
    summary = json.loads(run("cohort", str(batch), "--json", env=env).stdout)
    assert next(r for r in summary["roles"] if r["role"] == "sanctions-analyst")["ready"] == 1


def test_replacing_a_built_in_question_changes_the_prompt(run: Run, overlay: Path) -> None:
    from bpo_cli.knowledge.loader import load_knowledge

    kb = load_knowledge(overlay)
    assert kb.question("education").prompt == "What is your highest qualification?"  # type: ignore[union-attr]
    assert [q.answer for q in kb.questions][-1] == "preferences.city"  # new ones come last


def test_a_broken_overlay_lists_every_problem(run: Run, overlay: Path) -> None:
    (overlay / "rules.yaml").write_text(RULES.replace("sanctions-analyst]", "sanctions-analist]"))
    (overlay / "roles" / "sanctions-analyst.yaml").write_text(
        ROLE.replace("[team-leader]", "[boss]")
    )
    result = run("data", "check", str(overlay), "--json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert {p["field"] for p in problems} >= {"then.roles", "progression"}
    assert any("did you mean 'sanctions-analyst'" in p["message"] for p in problems)
    assert run("advise", "--data", str(overlay), "-a", "-", input="{}").exit_code == 1
