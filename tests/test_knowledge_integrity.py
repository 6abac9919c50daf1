"""The real knowledge base holds every fact the seeds and the issues require."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bpo_cli.domain.holland import role_holland_code
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.knowledge.loader import builtin_dir, load

from conftest import Run

ONET_TSV = builtin_dir() / "onet" / "occupations.tsv"

SEED_TABLE = {
    # slug: (minimum education, fields (any of), required skills) exactly as the seed table gives
    "customer-support-executive": ("high-school", (), ("communication", "patience")),
    "technical-support-associate": ("diploma", ("it",), ("technical-knowledge", "problem-solving")),
    "sales-telemarketing-executive": ("high-school", (), ("persuasion", "negotiation")),
    "data-entry-specialist": ("high-school", (), ("fast-typing", "accuracy")),
    "payroll-officer": ("bachelor", ("commerce", "hr"), ("payroll-systems",)),
    "hr-coordinator": ("bachelor", ("commerce", "hr"), ("payroll-systems",)),
    "it-support-technician": ("diploma", ("it",), ("technical-knowledge", "problem-solving")),
    "financial-analyst": ("bachelor", ("finance",), ("analytical-skills", "excel")),
    "legal-analyst": ("bachelor", ("law",), ("legal-research", "writing")),
    "research-analyst": ("bachelor", (), ("research-methodology",)),
}
SERVICE_ROLES = (
    "team-leader quality-analyst virtual-assistant recruiter content-writer seo-specialist "
    "medical-coder medical-transcriptionist"
).split()
SEED_FILES = (
    "000_f915c6a7e4b33bd7.txt",
    "001_cf08e3ade97f4292.txt",
    "002_d48fdcd982005831.txt",
    "003_65d3bf363806da9f.txt",
    "004_802261fb161d81a5.txt",
)


def test_the_built_in_data_loads_without_a_single_problem() -> None:
    assert [str(p) for p in load().problems] == []


def test_education_levels_are_ordered_as_the_issue_gives_them(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.education] == [
        "none",
        "high-school",
        "diploma",
        "bachelor",
        "master",
        "doctorate",
    ]


def test_vocabularies_hold_at_least_the_required_ids(kb: KnowledgeBase) -> None:
    fields = "it commerce hr finance law science healthcare business arts engineering".split()
    skills = (
        "communication patience technical-knowledge problem-solving persuasion negotiation "
        "fast-typing accuracy payroll-systems analytical-skills excel legal-research writing "
        "research-methodology"
    ).split()
    interests = "helping-people selling technology numbers organizing law research writing leading"
    assert set(fields) <= set(kb.fields)
    assert set(skills) <= set(kb.skills)
    assert set(interests.split()) <= set(kb.interests)


def test_every_skill_has_a_kind_and_concrete_ways_to_build_it(kb: KnowledgeBase) -> None:
    for skill in kb.skills.values():
        assert skill.kind in ("soft", "technical", "domain")
        assert skill.label and skill.description
        assert len(skill.how.entries()) >= 2, skill.id


def test_every_interest_is_tied_to_a_holland_letter(kb: KnowledgeBase) -> None:
    assert {i.holland for i in kb.interests.values()} == set("RIASEC")


def test_bpo_types_have_their_dimension_parent_and_seed_facts(kb: KnowledgeBase) -> None:
    dimensions = {
        "front-office": "function",
        "back-office": "function",
        "onshore": "location",
        "nearshore": "location",
        "offshore": "location",
        "ites": "service",
        "kpo": "service",
        "lpo": "service",
        "rpo": "service",
        "hro": "service",
    }
    assert {slug: kb.types[slug].dimension for slug in dimensions} == dimensions
    assert kb.types["lpo"].parent == "kpo"
    assert kb.types["rpo"].parent == "kpo"
    for t in kb.types.values():
        assert t.description and t.examples and t.benefits, t.slug
    assert "recruitment" in kb.types["rpo"].description.lower()  # the acronym clash is explained


def test_at_least_25_roles(kb: KnowledgeBase) -> None:
    assert len(kb.roles) >= 25


@pytest.mark.parametrize(("slug", "expected"), SEED_TABLE.items())
def test_seed_table_roles_have_exactly_the_seed_qualification(
    kb: KnowledgeBase, slug: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    role = kb.roles[slug]
    level, fields, skills = expected
    assert role.education.level == level
    assert set(role.education.fields) == set(fields)
    assert set(role.skills.required) == set(skills)


def test_the_roles_behind_the_seed_services_exist(kb: KnowledgeBase) -> None:
    assert set(SERVICE_ROLES) <= set(kb.roles)


def test_every_role_is_complete_and_names_its_sources(kb: KnowledgeBase) -> None:
    for role in kb.roles.values():
        assert role.title and role.description and role.responsibilities, role.slug
        assert role.interests and role.steps and role.bpo_types, role.slug
        # a seed article, or a public page (posting, guide) with its address
        assert any(kb.sources[s].file in SEED_FILES or kb.sources[s].url for s in role.sources), (
            role.slug
        )
        if role.onet is not None:
            assert any(s.startswith("onet-") for s in role.sources), role.slug


def test_onet_facts_match_the_shipped_extract(kb: KnowledgeBase) -> None:
    with ONET_TSV.open(encoding="utf-8") as handle:
        rows = {row["soc"]: row for row in csv.DictReader(handle, delimiter="\t")}
    mapped = [r for r in kb.roles.values() if r.onet is not None]
    assert len(mapped) >= 25
    for role in mapped:
        row = rows[role.onet.soc]  # type: ignore[union-attr]
        assert role.onet.title == row["title"]  # type: ignore[union-attr]
        assert role.onet.job_zone == int(row["job_zone"])  # type: ignore[union-attr]
        assert role_holland_code(kb, role) == row["high_point_code"]


def test_every_seed_article_is_a_source(kb: KnowledgeBase) -> None:
    assert {s.file for s in kb.sources.values()} >= set(SEED_FILES)


def test_overview_keeps_the_seed_market_figures(kb: KnowledgeBase) -> None:
    text = " ".join(item.text for s in kb.overview.sections for item in s.items)
    for figure in ("261.9", "525", "232.32", "8.5"):
        assert figure in text


def test_career_tips_from_the_seeds_are_all_there(kb: KnowledgeBase) -> None:
    titles = " ".join(t.title.lower() + " " + t.text.lower() for t in kb.tips)
    for idea in ("interest", "experience", "soft skills", "training", "long-term"):
        assert idea in titles


def test_every_output_credits_each_onet_release_the_data_cites(kb: KnowledgeBase, run: Run) -> None:
    # The O*NET licence (CC BY 4.0) asks for credit wherever its facts are shown: the releases
    # named in sources.yaml must be the ones `bpo about` and reports name (`--version` shows no
    # facts: it points to `bpo about`).
    releases = [
        s.title.split(" Database")[0] for s in kb.sources.values() if s.id.startswith("onet-")
    ]
    assert len(releases) == 2 and Path(ONET_TSV).is_file()
    about = json.loads(run("about", "--json").stdout)
    shown = {
        "about": run("about").stdout,
        "about --json": about["attribution"],
    }
    for where, text in shown.items():
        for release in releases:
            assert release in text, f"{release} not credited in {where}"
        assert "CC BY 4.0" in text, where
