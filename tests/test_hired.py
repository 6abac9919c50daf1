"""Getting hired (issue 12): pay, hiring, outlook and programmes, shown by country."""

from __future__ import annotations

import json
from pathlib import Path

from bpo_cli.domain.knowledge import KnowledgeBase

from conftest import Run, run_json, validate


def _all_items(role: dict) -> list[dict]:
    hiring = role["hiring"]
    items = [*hiring["tests"], *hiring["notes"], *hiring["red_flags"], *role["programmes"]]
    return items + ([hiring["shifts"]] if hiring["shifts"] else [])


def test_role_json_has_pay_hiring_outlook_and_programmes(run: Run, kb: KnowledgeBase) -> None:
    role = run_json(run, "role", "customer-support-executive", "--json")
    validate(role, "role")
    assert role["country"] is None
    assert {p["country"] for p in role["pay"]} == {
        p.country for p in kb.pay_of("customer-support-executive")
    }
    for pay in role["pay"]:
        assert pay["period"] == "month" and pay["source"]["url"].startswith("http")
        assert pay["year"] == pay["source"]["year"]
    assert role["outlook"]["trend"] in ("growing", "stable", "shrinking", "unknown")
    countries = {c for item in _all_items(role) for c in item["countries"]}
    assert countries == {"india", "philippines"}  # no country: every country's items


def test_a_country_keeps_only_what_applies_there(run: Run) -> None:
    for here, elsewhere in (("philippines", "india"), ("india", "philippines")):
        for slug in ("customer-support-executive", "data-entry-specialist", "bookkeeper"):
            role = run_json(run, "role", slug, "--country", here, "--json")
            validate(role, "role")
            assert role["country"] == here
            assert all(p["country"] == here for p in role["pay"])
            assert all(elsewhere not in item["countries"] for item in _all_items(role))
    result = run("role", "bookkeeper", "--country", "philipines")
    assert result.exit_code == 1 and "did you mean philippines" in result.stderr


def test_every_role_states_pay_or_no_sourced_figure_for_both_countries(
    run: Run, kb: KnowledgeBase
) -> None:
    for slug in kb.roles:
        text = run("role", slug).stdout
        for country, name in (("india", "India"), ("philippines", "Philippines")):
            line = next(line for line in text.splitlines() if line.strip().startswith(f"- {name}:"))
            if kb.pay_of(slug, country):
                assert "a month, gross" in line and ("as of " in line or "undated" in line)
            else:
                assert line.strip() == f"- {name}: no sourced figure"


def test_the_philippine_night_differential_is_stated_with_pay(run: Run, kb: KnowledgeBase) -> None:
    slug = next(p.role for p in kb.pay if p.country == "philippines")
    text = run("role", slug, "--country", "philippines").stdout
    assert "at least 10% for each hour worked between 10 pm and 6 am" in text
    india = next(p.role for p in kb.pay if p.country == "india")
    assert "night differential" not in run("role", india, "--country", "india").stdout


def test_advise_gives_each_match_its_pay_in_the_persons_country(
    run: Run, kb: KnowledgeBase
) -> None:
    doc = run_json(run, "advise", "-a", "-", "--json", input='{"country": "india"}')
    validate(doc, "advice")
    for match in doc["matches"]:
        if kb.pay_of(match["role"], "india"):
            assert match["pay"]["country"] == "india" and match["pay"]["currency"] == "INR"
        else:
            assert match["pay"] is None
    assert any(m["pay"] for m in doc["matches"])
    nowhere = run_json(run, "advise", "-a", "-", "--json", input="{}")
    assert all(m["pay"] is None for m in nowhere["matches"])


def test_the_html_report_links_programmes(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    answers = '{"country": "philippines", "skills": ["communication", "english-fluency"]}'
    result = run("advise", "-a", "-", "--format", "html", "-o", str(out), input=answers)
    assert result.exit_code == 0, result.stderr
    html = out.read_text()
    assert '<a href="https://www.tesda.gov.ph" rel="noopener noreferrer">' in html
    assert "a month, gross" in html and "Outlook:" in html


def test_data_check_names_bad_pay_hiring_outlook_and_links(run: Run, tmp_path: Path) -> None:
    overlay = tmp_path / "firm"
    overlay.mkdir()
    (overlay / "pay.yaml").write_text(
        "- {role: bookkeepr, country: india, currency: PHP, entry: [20000, 10000], source: x}\n"
        "- {role: bookkeeper, country: india, currency: PHP, entry: [10000, 20000],"
        " source: nowhere}\n"
    )
    (overlay / "outlook.yaml").write_text("- {role: bookkeeper, trend: growing, text: Up.}\n")
    (overlay / "programmes.yaml").write_text(
        "- {id: p1, name: P, kind: training, url: 'javascript:alert(1)', text: T,"
        " source: nowhere, skills: [no-such-skill], countries: [mars]}\n"
    )
    (overlay / "hiring.yaml").write_text(
        "roles:\n  - role: bookkeeper\n    tests:\n"
        "      - {kind: typing, text: T, wpm: 900, source: nowhere}\n"
    )
    doc = json.loads(run("data", "check", str(overlay), "--json").stdout)
    found = {(p["record"], p["field"], p["message"].split(";")[0]) for p in doc["problems"]}
    assert ("pay bookkeepr in india", "role", "unknown role 'bookkeepr'") in found
    assert ("pay bookkeepr in india", "entry", "[20000, 10000]: expected 0 < low <= high") in found
    assert ("pay bookkeeper in india", "currency", "PHP is not India's currency (INR)") in found
    assert ("outlook bookkeeper", "source", "missing (a text is required)") in found
    assert any(f[1] == "url" and "is not a web address" in f[2] for f in found)
    assert ("programme p1", "skills", "unknown skills 'no-such-skill'") in found
    assert ("programme p1", "countries", "unknown country 'mars'") in found
    assert ("role bookkeeper", "tests[0].wpm", "900 is out of range (1 to 200)") in found


def test_a_slug_wins_over_another_roles_alias(run: Run) -> None:
    # loan-processor lists "Underwriting Assistant" as an alias; the new role has that slug
    assert run_json(run, "role", "underwriting-assistant", "--json")["slug"] == (
        "underwriting-assistant"
    )


def test_compare_shows_pay_in_the_persons_country(run: Run, tmp_path: Path) -> None:
    me = tmp_path / "me.json"
    me.write_text('{"country": "india"}')
    text = run("compare", "bookkeeper", "customer-support-executive", "-a", str(me)).stdout
    pay = next(line for line in text.splitlines() if line.startswith("Pay"))
    assert "India: " in pay and "Philippines" not in pay
    doc = run_json(
        run, "compare", "bookkeeper", "customer-support-executive", "-a", str(me), "--json"
    )
    validate(doc, "compare")
    assert all(p["country"] == "india" for r in doc["roles"] for p in r["pay"])
