"""Personal qualities and fields of study: what a posting asks is what makes a role ready.

Postings state education, experience and hard skills; qualities such as patience are judged at
the interview (skills marked `trait`), so lacking one is named but never keeps a role from
ready. A diploma or degree counts as the skills its field teaches (fields.yaml `counts_as`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from msgspec.structs import replace
from test_score_semantics import KB, SETTINGS, people

from bpo_cli.domain.scoring import score_all

from conftest import Run, advise_json, match_of, run_json

TRAITS = frozenset(s.id for s in KB.skills.values() if s.trait)


def test_traits_are_soft_skills_and_some_roles_ask_only_for_them() -> None:
    assert TRAITS, "no skill is marked as a personal quality"
    assert all(KB.skills[t].kind == "soft" for t in TRAITS)
    hard = {"english-fluency", "second-language", "fast-typing", "writing"}
    assert not hard & TRAITS  # screened by tests and samples before an offer
    only_traits = [r for r in KB.roles.values() if set(r.skills.required) <= TRAITS]
    assert any(r.slug == "customer-support-executive" for r in only_traits)


@SETTINGS
@given(people())
def test_fit_is_exactly_what_the_gaps_say(person: Any) -> None:
    for s in score_all(person, KB):
        assert set(s.gaps.traits) <= set(s.gaps.skills) and set(s.gaps.traits) <= TRAITS
        assert set(s.gaps.skills) - set(s.gaps.traits) == set(s.gaps.blocking)
        nothing_blocks = s.gaps.education is None and s.gaps.experience is None
        assert (s.fit == "ready") == (nothing_blocks and not s.gaps.blocking), s.role


@SETTINGS
@given(people())
def test_a_missing_personal_quality_never_changes_a_fit(person: Any) -> None:
    without = replace(person, skills=tuple(s for s in person.skills if s not in TRAITS))
    before = {s.role: s for s in score_all(person, KB)}
    for s in score_all(without, KB):
        assert s.fit == before[s.role].fit, s.role
        assert s.score <= before[s.role].score, s.role


def test_a_school_leaver_is_ready_for_support_and_told_what_to_show(
    run: Run, tmp_path: Path
) -> None:
    advice = advise_json(run, tmp_path, {"education": "high-school", "country": "india"})
    support = match_of(advice, "customer-support-executive")
    assert support["fit"] == "ready"
    assert support["gaps"]["traits"] == ["communication", "patience"]
    assert support["gaps"]["skills"] == ["communication", "patience"]
    assert any(s["text"].startswith("Be ready to show Communication and Patience") for s in
               support["steps"])  # fmt: skip
    # A role that needs a hard skill the person lacks stays reachable, and ranks below.
    chat = match_of(advice, "chat-support-executive")
    assert chat["fit"] == "reachable" and "fast-typing" in chat["gaps"]["skills"]
    assert support["score"] > chat["score"]
    text = run("advise", "--answers", str(tmp_path / "answers.json")).stdout
    assert "Show at the interview: Communication, Patience" in text
    assert "Required skills to build: Communication" not in text


def test_a_degree_counts_as_what_its_field_teaches(run: Run, tmp_path: Path) -> None:
    graduate = advise_json(run, tmp_path, {"education": "bachelor", "fields": ["law"]})
    legal = match_of(graduate, "legal-analyst")
    assert "legal-research" not in legal["gaps"]["skills"]
    assert any("Your studies in Law count as Legal research" in r["text"] for r in legal["reasons"])
    # Below a diploma a field teaches nothing: a school leaver who likes law still needs it.
    leaver = advise_json(run, tmp_path, {"education": "high-school", "fields": ["law"]})
    assert "legal-research" in match_of(leaver, "legal-analyst")["gaps"]["skills"]


def test_vocab_shows_personal_qualities_and_what_a_field_counts_as(run: Run) -> None:
    patience = run_json(run, "vocab", "skills", "patience", "--json")
    assert patience["trait"] is True
    assert run_json(run, "vocab", "skills", "excel", "--json")["trait"] is False
    assert "Personal quality: judged at the interview" in run("vocab", "skills", "patience").stdout
    law = run_json(run, "vocab", "fields", "law", "--json")
    assert law["counts_as"] == ["legal-research"]
    assert "A diploma or degree counts as: Legal research" in run("vocab", "fields", "law").stdout


def test_an_overlays_traits_and_fields_are_checked_and_named(run: Run, tmp_path: Path) -> None:
    (tmp_path / "fields.yaml").write_text(
        "- id: nursing\n  label: Nursing\n  counts_as: [medical-terminology, nope-skill]\n"
    )
    (tmp_path / "skills.yaml").write_text(
        "- id: grit\n  label: Grit\n  kind: technical\n  trait: true\n"
        "  description: Keeps going.\n  how:\n    practice: [Run a marathon.]\n"
    )
    result = run("data", "check", str(tmp_path))
    assert result.exit_code == 1
    rows = result.stdout.splitlines()
    assert any(r.startswith(str(tmp_path / "fields.yaml")) and "nope-skill" in r for r in rows), (
        rows
    )
    assert any(
        r.startswith(str(tmp_path / "skills.yaml")) and "only a soft skill" in r for r in rows
    ), rows
