"""The country answer: vocabulary, answers files, batches, saved profiles and overlays."""

from __future__ import annotations

import json
from pathlib import Path

from bpo_cli.domain.knowledge import KnowledgeBase

from conftest import Run, run_json, validate


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_vocab_countries_lists_the_built_in_three(run: Run) -> None:
    doc = run_json(run, "vocab", "countries", "--json")
    validate(doc, "vocab")
    assert [(c["id"], c["currency"]) for c in doc["countries"]] == [
        ("india", "INR"),
        ("philippines", "PHP"),
        ("other", None),
    ]
    piped = run("vocab", "countries").stdout.splitlines()
    assert piped[0].split("\t") == ["india", "India", "INR"]
    one = run_json(run, "vocab", "country", "Philippines", "--json")
    validate(one, "vocab")
    assert one["vocabulary"] == "countries" and one["id"] == "philippines"


def test_country_by_id_or_name_in_any_case(run: Run) -> None:
    for given in ("philippines", "Philippines", "PHILIPPINES"):
        doc = run_json(run, "advise", "-a", "-", "--json", input=json.dumps({"country": given}))
        validate(doc, "advice")
        assert doc["profile"]["country"] == "philippines"
    doc = run_json(run, "advise", "-a", "-", "--json", input="{}")
    assert doc["profile"]["country"] is None  # not said: not guessed


def test_an_unknown_country_names_the_value_and_suggests(run: Run) -> None:
    result = run("advise", "-a", "-", "--json", input='{"country": "Phillipines"}')
    assert result.exit_code == 1 and result.stdout == ""
    assert "country: unknown country 'Phillipines'; did you mean 'philippines'?" in result.stderr
    assert "bpo vocab countries" in result.stderr
    result = run("advise", "-a", "-", "--json", input='{"country": ["india"]}')
    assert result.exit_code == 1 and "country: expected one country id, got a list" in result.stderr


def test_bpo_country_never_changes_answers_output(run: Run) -> None:
    plain = run("advise", "-a", "-", "--json", input="{}")
    with_env = run("advise", "-a", "-", "--json", input="{}", env={"BPO_COUNTRY": "india"})
    assert with_env.exit_code == 0 and with_env.stdout == plain.stdout


def test_a_saved_profile_keeps_the_country(run: Run, home: Path, tmp_path: Path) -> None:
    answers = write(tmp_path, "a.yaml", "country: India\nskills: [excel]\n")
    saved = run("advise", "-a", answers, "--save", "ravi", "--json")
    assert saved.exit_code == 0, saved.stderr
    assert "country: india" in (home / "profiles" / "ravi.yaml").read_text()
    again = run_json(run, "advise", "--profile", "ravi", "--json")
    assert again["profile"]["country"] == "india"


def test_batch_records_carry_their_own_country(run: Run, tmp_path: Path) -> None:
    jsonl = write(
        tmp_path,
        "people.jsonl",
        '{"id": "a", "country": "india"}\n{"id": "b", "country": "Philippines"}\n{"id": "c"}\n'
        '{"id": "d", "country": "mars"}\n',
    )
    result = run("advise", "--batch", jsonl)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("profile", {}).get("country") for r in lines[:3]] == [
        "india",
        "philippines",
        None,
    ]
    assert "unknown country 'mars'" in lines[3]["error"]
    for record in lines[:3]:
        validate(record, "batch-record")
    csv = write(tmp_path, "people.csv", "id,country,skills\nx,philippines,excel\n")
    record = json.loads(run("advise", "--batch", csv).stdout.splitlines()[0])
    assert record["profile"]["country"] == "philippines"


def test_an_overlay_adds_a_country(run: Run, tmp_path: Path) -> None:
    overlay = tmp_path / "firm"
    overlay.mkdir()
    (overlay / "countries.yaml").write_text("- id: pakistan\n  name: Pakistan\n  currency: PKR\n")
    ids = [
        c["id"]
        for c in run_json(run, "vocab", "countries", "--data", str(overlay), "--json")["countries"]
    ]
    assert ids == ["india", "philippines", "other", "pakistan"]
    doc = run_json(
        run, "advise", "-a", "-", "--data", str(overlay), "--json", input='{"country": "Pakistan"}'
    )
    assert doc["profile"]["country"] == "pakistan"
    assert run("advise", "-a", "-", "--json", input='{"country": "pakistan"}').exit_code == 1


def test_data_check_names_a_bad_country_record(run: Run, tmp_path: Path) -> None:
    overlay = tmp_path / "firm"
    overlay.mkdir()
    (overlay / "countries.yaml").write_text(
        "- id: pakistan\n  name: Pakistan\n  currency: rupees\n"
        "  night_differential: {text: Extra pay at night, percent: 10, source: nowhere}\n"
    )
    doc = json.loads(run("data", "check", str(overlay), "--json").stdout)
    found = {(p["field"], p["message"].split(" (")[0]) for p in doc["problems"]}
    assert ("currency", "'rupees' is not a currency code") in found
    assert ("night_differential.source", "unknown source 'nowhere'") in found


def _specific(kb: KnowledgeBase, country: str) -> set[str]:
    """Every step and way to build a skill that the data marks for `country` only."""
    texts = {t for r in kb.roles.values() for t, c in r.step_countries.items() if c == (country,)}
    texts |= {t for s in kb.skills.values() for t, c in s.how.countries.items() if c == (country,)}
    return texts


def _advice_texts(doc: dict) -> str:
    return json.dumps([[s["text"], s["how"]] for m in doc["matches"] for s in m["steps"]])


def test_a_countrys_advice_has_no_item_for_another_country(run: Run, kb: KnowledgeBase) -> None:
    india, philippines = _specific(kb, "india"), _specific(kb, "philippines")
    assert len(india) >= 10 and len(philippines) >= 5  # IIBF, RBI, TESDA, ... are marked
    everyone = {"skills": [], "education": "bachelor", "fields": ["law", "finance"]}
    docs = {}
    for country in ("india", "philippines", None):
        answers = {**everyone, "country": country} if country else everyone
        docs[country] = _advice_texts(
            run_json(run, "advise", "-a", "-", "--json", input=json.dumps(answers))
        )
    for text in india:
        assert text not in docs["philippines"]
    for text in philippines:
        assert text not in docs["india"]
    shown = [t for t in india | philippines if t in docs["india"] + docs["philippines"]]
    assert len(shown) >= 5  # the test would pass vacuously if nobody saw a specific item
    assert any(
        "IIBF Certificate Examination for Debt Recovery Agents" in t and t.endswith("(India)")
        for t in docs[None].split('"')
    )
    assert "TESDA Bookkeeping NC III (Philippines)" in docs[None]


def test_role_steps_follow_the_country(run: Run) -> None:
    ph = run_json(run, "role", "collections-agent", "--country", "philippines", "--json")
    assert not any("IIBF" in s or "RBI" in s for s in ph["steps"])
    india = run_json(run, "role", "collections-agent", "--country", "india", "--json")
    assert any("IIBF" in s for s in india["steps"])
    every = run_json(run, "role", "collections-agent", "--json")
    assert any(s.endswith("(India)") and "IIBF" in s for s in every["steps"])


def test_data_check_names_an_unknown_country_on_a_step(run: Run, tmp_path: Path) -> None:
    overlay = tmp_path / "firm"
    (overlay / "roles").mkdir(parents=True)
    role = (Path(__file__).parents[1] / "data" / "roles" / "bookkeeper.yaml").read_text()
    (overlay / "roles" / "bookkeeper.yaml").write_text(
        role.replace("countries: [philippines]", "countries: [philipines]")
    )
    doc = json.loads(run("data", "check", str(overlay), "--json").stdout)
    assert any(
        p["field"] == "steps.countries" and "unknown country 'philipines'" in p["message"]
        for p in doc["problems"]
    )


def test_vocab_labels_a_skills_country_specific_ways(run: Run) -> None:
    how = run_json(run, "vocab", "skills", "collections-practices", "--json")["how"]
    assert any(
        c.startswith("IIBF Certificate Examination for Debt Recovery Agents")
        and c.endswith("(India)")
        for c in how["certifications"]
    )
