"""Certifications, BPO years and typing results as answers, and what the engine makes of them."""

from __future__ import annotations

import json
from pathlib import Path

from bpo_cli.domain.knowledge import KnowledgeBase

from conftest import Run, advise_json, match_of, run_json, validate


def test_vocab_lists_certifications_with_issuer_and_sourced_page(
    run: Run, kb: KnowledgeBase
) -> None:
    listing = run_json(run, "vocab", "certifications", "--json")
    validate(listing, "vocab")
    cpc = next(c for c in listing["certifications"] if c["id"] == "cpc")
    assert cpc["issuer"] == "AAPC"
    assert "icd-10-coding" in cpc["counts_as"]
    for cert in kb.certifications.values():
        assert cert.sources
        assert all(kb.sources[s].url for s in cert.sources), cert.id
    text = run("vocab", "certifications").stdout
    assert "Salesforce Certified Platform Administrator" in text


def test_certifications_and_bpo_years_are_kept_in_the_profile(run: Run, tmp_path: Path) -> None:
    advice = advise_json(
        run,
        tmp_path,
        {
            "education": "high-school",
            "certifications": ["CompTIA A+", "cpc"],
            "experience_years": 4,
            "bpo_experience_years": 2,
        },
    )
    assert advice["profile"]["certifications"] == ["cpc", "comptia-a-plus"]
    assert advice["profile"]["bpo_experience_years"] == 2


def test_a_certification_counts_as_the_skills_it_proves(run: Run, tmp_path: Path) -> None:
    # A business diploma: an IT one would already count as technical knowledge (fields.yaml).
    without = advise_json(run, tmp_path, {"education": "diploma", "fields": ["business"]})
    holder = advise_json(
        run,
        tmp_path,
        {"education": "diploma", "fields": ["business"], "certifications": ["comptia-a-plus"]},
    )
    assert (
        "technical-knowledge" in match_of(without, "technical-support-associate")["gaps"]["skills"]
    )
    after = match_of(holder, "technical-support-associate")
    assert "technical-knowledge" not in after["gaps"]["skills"]
    assert any("CompTIA A+ counts as Technical knowledge" in r["text"] for r in after["reasons"])


def test_unknown_certification_and_too_many_bpo_years_are_named(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("certifications: [cpcc]\nexperience_years: 1\nbpo_experience_years: 3\n")
    result = run("advise", "--answers", str(path), "--json")
    assert result.exit_code != 0
    assert "unknown certification 'cpcc'" in result.stderr
    assert "did you mean" in result.stderr
    assert "bpo_experience_years: 3 is more than experience_years (1)" in result.stderr
    assert result.stdout == ""


def test_a_measured_typing_result_replaces_the_ticked_skill_both_ways(
    run: Run, tmp_path: Path
) -> None:
    base = {"education": "high-school", "skills": ["accuracy", "fast-typing"]}
    slow = {**base, "typing": {"wpm": 22, "accuracy": 97, "date": "2026-11-20", "measured": True}}
    advice = advise_json(run, tmp_path, slow)
    entry = match_of(advice, "data-entry-specialist")
    assert entry["gaps"]["skills"] == ["fast-typing"]
    assert any("measured typing of 22 words a minute" in r["text"] for r in entry["reasons"])
    assert advice["profile"]["typing"]["measured"] is True

    fast = {
        "education": "high-school",
        "skills": ["accuracy"],
        "typing": {"wpm": 48, "accuracy": 98},
    }
    entry = match_of(advise_json(run, tmp_path, fast), "data-entry-specialist")
    assert entry["gaps"]["skills"] == []
    assert any("reported typing of 48 words a minute" in r["text"] for r in entry["reasons"])


def test_bad_typing_values_are_named(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("typing: {wpm: fast, accuracy: 140, measured: maybe}\n")
    result = run("advise", "--answers", str(path))
    assert result.exit_code != 0
    assert "typing.wpm" in result.stderr
    assert "typing.accuracy" in result.stderr
    assert "typing.measured" in result.stderr


def test_batch_csv_takes_certifications_bpo_years_and_typing(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "id,education,certifications,experience_years,bpo_experience_years,typing.wpm,typing.accuracy\n"
        "a,high-school,cpc;comptia-a-plus,3,1,40,96\n"
    )
    result = run("advise", "--batch", str(path))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout.splitlines()[0])
    assert record["profile"]["certifications"] == ["cpc", "comptia-a-plus"]
    assert record["profile"]["bpo_experience_years"] == 1
    assert record["profile"]["typing"] == {"wpm": 40, "accuracy": 96.0, "measured": False}
    ranks = [m["rank"] for m in record["matches"]]
    assert ranks[0] == 1 and ranks == sorted(ranks)  # ties share a rank in batches too
