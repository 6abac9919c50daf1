"""The lookup commands as a person uses them: text, JSON (checked against the schemas), errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpo_cli import __version__

from conftest import Run, run_json, validate


def test_bare_bpo_prints_help_with_examples_first(run: Run) -> None:
    result = run()
    assert result.exit_code == 0
    assert result.stdout.index("Examples") < result.stdout.index("Get advice")
    assert "bpo role legal-analyst" in result.output


def test_version_is_the_version_and_one_line_pointing_to_about(run: Run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == (
        f"bpo {__version__}\nSources and the O*NET attribution (CC BY 4.0): bpo about\n"
    )


@pytest.mark.parametrize("name", ["legal-analyst", "Legal Analyst", "PARALEGAL", "legal analyst"])
def test_role_accepts_a_slug_title_or_alias_in_any_case(run: Run, name: str) -> None:
    role = run_json(run, "role", name, "--json")
    assert role["slug"] == "legal-analyst"
    validate(role, "role")


def test_role_json_carries_the_contract_keys(run: Run) -> None:
    role = run_json(run, "role", "legal-analyst", "--json")
    assert role["schema_version"].startswith("1.")
    assert role["education"] == {"level": "bachelor", "fields": ["law"]}
    assert role["skills"]["required"] == ["legal-research", "writing"]
    assert role["onet"]["soc"] == "23-2011.00"
    assert role["onet"]["job_zone"] == 3
    assert any(s["file"] == "001_cf08e3ade97f4292.txt" for s in role["sources"])


def test_role_text_when_piped_is_plain_and_unwrapped(run: Run) -> None:
    result = run("role", "legal-analyst")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout  # no colour codes
    assert "╭" not in result.stdout and "│" not in result.stdout  # no boxes
    description = run_json(run, "role", "legal-analyst", "--json")["description"]
    assert description in result.stdout  # one line, not wrapped at 80 columns


@pytest.mark.parametrize(
    ("name", "hint"),
    [("legal-analyts", "did you mean legal-analyst"), ("../../etc/passwd", "no role called")],
)
def test_an_unknown_role_exits_1_with_a_suggestion_and_no_traceback(
    run: Run, name: str, hint: str
) -> None:
    result = run("role", name)
    assert result.exit_code == 1
    assert hint in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_roles_lists_every_role_and_filters_by_type_and_education(run: Run) -> None:
    everything = run_json(run, "roles", "--json")
    validate(everything, "roles")
    assert len(everything) >= 25
    kpo = {r["slug"] for r in run_json(run, "roles", "--type", "kpo", "--json")}
    assert {"legal-analyst", "research-analyst", "financial-analyst"} <= kpo
    assert "customer-support-executive" not in kpo
    lpo = {r["slug"] for r in run_json(run, "roles", "--type", "LPO", "--json")}
    assert "legal-analyst" in lpo and lpo < kpo  # LPO is a kind of KPO
    school = run_json(run, "roles", "--education", "high-school", "--json")
    assert {r["education"]["level"] for r in school} <= {"none", "high-school"}


def test_roles_piped_is_one_tab_separated_line_per_role(run: Run) -> None:
    lines = run("roles").stdout.splitlines()
    assert len(lines) == len(run_json(run, "roles", "--json"))
    assert all(len(line.split("\t")) == 4 for line in lines)


def test_a_location_type_keeps_every_role_and_says_why(run: Run) -> None:
    result = run("roles", "--type", "offshore", "--json")
    assert len(json.loads(result.stdout)) == len(run_json(run, "roles", "--json"))
    assert "every role" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("roles", "--type", "kpoo"), "did you mean kpo"),
        (("roles", "--education", "bachelors"), "did you mean bachelor"),
        (("type", "lpoo"), "did you mean lpo"),
        (("vocab", "skils"), "did you mean skills"),
        (("vocab", "skills", "exel"), "did you mean excel"),
        (("schema", "rol"), "did you mean role"),
    ],
)
def test_unknown_names_get_did_you_mean(run: Run, args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.stderr


def test_types_and_type(run: Run) -> None:
    types = run_json(run, "types", "--json")
    validate(types, "types")
    assert {t["slug"] for t in types} >= {"front-office", "kpo", "lpo", "rpo", "hro", "offshore"}
    lpo = run_json(run, "type", "lpo", "--json")
    validate(lpo, "type")
    assert lpo["parent"] == "kpo" and "legal-analyst" in lpo["roles"]
    text = run("type", "Knowledge Process Outsourcing").stdout
    assert "Legal Analyst" in text and "Challenges" in text


def test_vocab_lists_each_vocabulary_and_one_entry(run: Run) -> None:
    everything = run_json(run, "vocab", "--json")
    validate(everything, "vocab")
    assert [e["id"] for e in everything["education"]][:2] == ["none", "high-school"]
    skills = run_json(run, "vocab", "skills", "--json")
    assert set(skills) == {"schema_version", "skills"}
    excel = run_json(run, "vocab", "skills", "excel", "--json")
    validate(excel, "vocab")
    assert excel["vocabulary"] == "skills" and excel["kind"] == "technical"
    assert excel["how"]["certifications"]
    text = run("vocab", "interests").stdout
    assert "helping-people" in text and "\tS\t" in text


def test_about_says_what_the_advice_is_for_and_credits_onet(run: Run) -> None:
    about = run_json(run, "about", "--json")
    validate(about, "about")
    assert "not be used to screen" in about["disclaimer"]
    assert "CC BY 4.0" in about["attribution"]
    assert {s["id"] for s in about["sources"]} >= {"seed-001", "onet-29.3"}
    assert "career exploration" in run("about").stdout


def test_overview(run: Run) -> None:
    overview = run_json(run, "overview", "--json")
    validate(overview, "overview")
    assert overview["sections"]
    assert "261.9" in run("overview").stdout


def test_schema_prints_the_shipped_contract(run: Run) -> None:
    names = run("schema").stdout.split()
    assert {"role", "roles", "types", "advice"} <= set(names)
    assert json.loads(run("schema", "role").stdout)["$id"] == "urn:bpo-cli:schema:role"


def test_data_check_passes_on_the_built_in_data(run: Run) -> None:
    result = run("data", "check")
    assert result.exit_code == 0
    assert "no problems" in result.stdout
    validate(run_json(run, "data", "check", "--json"), "data-check")


def test_data_check_lists_every_problem_and_exits_1(run: Run, tmp_path: Path) -> None:
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "x.yaml").write_text("slug: x\ntitle: X\nbpo_types: [kpoo]\n")
    (tmp_path / "skills.yaml").write_text("- {id: typing, label: Typing, kind: hard}\n")
    result = run("data", "check", str(tmp_path), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    validate(report, "data-check")
    assert not report["ok"] and len(report["problems"]) >= 6
    fields = {(p["record"], p["field"]) for p in report["problems"]}
    assert ("role x", "bpo_types") in fields and ("skill typing", "kind") in fields
    text = run("data", "check", str(tmp_path))
    assert text.exit_code == 1 and "roles/x.yaml" in text.stdout


def test_data_check_on_a_missing_directory_is_a_clear_error(run: Run, tmp_path: Path) -> None:
    result = run("data", "check", str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert "no such directory" in result.stderr and "Traceback" not in result.stderr


def test_an_overlay_from_the_environment_is_used(run: Run, tmp_path: Path) -> None:
    (tmp_path / "roles").mkdir()
    text = Path(__file__).with_name("test_loader.py").read_text()
    role = text.split('GOOD_ROLE = """\\\n', 1)[1].split('"""', 1)[0]
    (tmp_path / "roles" / "claims-auditor.yaml").write_text(role)
    result = run("role", "claims-auditor", "--json", env={"BPO_DATA": str(tmp_path)})
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Claims Auditor"


def test_shell_completion_offers_role_and_type_slugs() -> None:
    from bpo_cli.cli.common import complete_role, complete_type

    assert complete_role("LEG") == ["legal-analyst"]
    assert "lpo" in complete_type("l") and "kpo" not in complete_type("l")
