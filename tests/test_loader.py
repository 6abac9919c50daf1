"""Loading checks every reference and reports every problem with its file, record and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpo_cli import datafile
from bpo_cli.errors import InputFileError, InvalidKnowledgeError
from bpo_cli.knowledge import cache, loader
from bpo_cli.knowledge.loader import load, load_knowledge

GOOD_ROLE = """\
slug: claims-auditor
title: Claims Auditor
bpo_types: [back-office]
tags: [finance]
customer_facing: false
description: Checks processed insurance claims for errors.
responsibilities: [Audit a sample of claims every day]
education: {level: high-school, fields: []}
skills: {required: [accuracy], preferred: [excel]}
interests: [organizing]
onet: 43-9041.00
progression: [team-leader]
steps: [Learn the claim forms of one insurer]
sources: [seed-003, onet-29.3]
"""


def overlay(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "overlay"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    root.mkdir(exist_ok=True)
    return root


def problems(tmp_path: Path, files: dict[str, str]) -> list[str]:
    return [str(p) for p in load(overlay(tmp_path, files)).problems]


def test_a_good_overlay_role_is_added(tmp_path: Path) -> None:
    kb = load_knowledge(overlay(tmp_path, {"roles/claims-auditor.yaml": GOOD_ROLE}))
    assert kb.roles["claims-auditor"].onet is not None
    assert kb.roles["claims-auditor"].onet.title.startswith("Insurance Claims")


def test_an_overlay_role_replaces_the_built_in_one_with_its_slug(tmp_path: Path) -> None:
    text = GOOD_ROLE.replace("claims-auditor", "data-entry-specialist").replace(
        "Claims Auditor", "Data Entry Operator (Manila)"
    )
    kb = load_knowledge(overlay(tmp_path, {"roles/mine.yaml": text}))
    assert kb.roles["data-entry-specialist"].title == "Data Entry Operator (Manila)"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("[accuracy]", "[acuracy]"),
            "role claims-auditor: skills.required: unknown skills "
            "'acuracy'; did you mean 'accuracy'?",
        ),
        (("[back-office]", "[offshore]"), "bpo_types: 'offshore' is a location type"),
        (
            ("[team-leader]", "[team-leeder]"),
            "progression: unknown role 'team-leeder'; did you mean 'team-leader'?",
        ),
        (
            ("level: high-school", "level: bachelors"),
            "education.level: unknown education 'bachelors'; did you mean 'bachelor'?",
        ),
        (("43-9041.00", "43-9999.99"), "onet: '43-9999.99' is not an O*NET-SOC code"),
        (
            ("customer_facing: false", "customer_facing: maybe"),
            "customer_facing: expected true or false, got 'maybe'",
        ),
        (("interests:", "interest:"), "interest: unknown field; did you mean 'interests'?"),
        (("[seed-003, onet-29.3]", "[seed-9]"), "sources: unknown source 'seed-9'"),
    ],
)
def test_a_bad_field_is_reported_with_file_record_and_field(
    tmp_path: Path, edit: tuple[str, str], expected: str
) -> None:
    found = problems(tmp_path, {"roles/claims-auditor.yaml": GOOD_ROLE.replace(*edit)})
    assert any(expected in p for p in found), found
    assert all(
        p.startswith(str(tmp_path / "overlay" / "roles" / "claims-auditor.yaml"))
        for p in found
        if "claims-auditor" in p
    )


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    bad = (
        GOOD_ROLE.replace("[accuracy]", "[nope]")
        .replace("[organizing]", "[nothing]")
        .replace("[team-leader]", "[nowhere]")
    )
    found = problems(tmp_path, {"roles/a.yaml": bad, "skills.yaml": "- id: x\n"})
    assert len(found) >= 5, found


def test_duplicate_slugs_and_clashing_aliases_are_problems(tmp_path: Path) -> None:
    clash = GOOD_ROLE.replace("title: Claims Auditor", "title: Claims Auditor\naliases: [CSR]")
    found = problems(tmp_path, {"roles/a.yaml": clash, "roles/b.yaml": GOOD_ROLE})
    assert any("duplicate slug 'claims-auditor'" in p for p in found), found
    assert any("alias 'CSR' is already a name of" in p for p in found), found


def test_an_alias_that_spells_another_roles_name_differently_is_a_problem(tmp_path: Path) -> None:
    # Compared as `bpo role NAME` compares names: "Claims  auditor" is claims-auditor.
    other = GOOD_ROLE.replace("slug: claims-auditor", "slug: claims-checker").replace(
        "title: Claims Auditor", "title: Claims Checker\naliases: [Claims  auditor]"
    )
    found = problems(tmp_path, {"roles/a.yaml": GOOD_ROLE, "roles/b.yaml": other})
    assert any("alias 'Claims  auditor' is already a name of claims-auditor" in p for p in found)


def test_malformed_yaml_names_the_line_and_column(tmp_path: Path) -> None:
    found = problems(tmp_path, {"roles/a.yaml": "slug: x\ntitle: [unclosed\n"})
    assert any("roles/a.yaml: line 3, column 1" in p for p in found), found


def test_an_unknown_file_gets_a_did_you_mean(tmp_path: Path) -> None:
    found = problems(tmp_path, {"skill.yaml": "[]\n"})
    assert any(
        "skill.yaml: not a knowledge base file; did you mean 'skills.yaml'?" in p for p in found
    ), found


def test_an_overlay_cannot_add_education_levels(tmp_path: Path) -> None:
    found = problems(tmp_path, {"education.yaml": "- {id: phd-plus, label: More}\n"})
    assert any("can relabel education levels but not add them" in p for p in found), found


def test_rules_are_checked_too(tmp_path: Path) -> None:
    rules = """\
weights: {education: 20, required_skills: 30, preferred_skills: 10, interests: 15,
          holland: 15, experience: 20}
rules:
  - id: odd
    reason: Testing.
    when: {has_skil: typing}
    then: {weight: 5, tags: [voice]}
  - id: odd-two
    reason: Testing.
    when: {has_interest: cooking}
    then: {weight: 0, roles: [nobody]}
"""
    found = problems(tmp_path, {"rules.yaml": rules})
    assert any("add up to 110, not 100" in p for p in found), found
    assert any("unknown condition; did you mean 'has_skill'?" in p for p in found), found
    assert any("unknown interests 'cooking'" in p for p in found), found
    assert any("weight: must not be 0" in p for p in found), found
    assert any("unknown role 'nobody'" in p for p in found), found


def test_load_knowledge_raises_one_error_listing_the_count(tmp_path: Path) -> None:
    with pytest.raises(InvalidKnowledgeError) as err:
        load_knowledge(overlay(tmp_path, {"roles/a.yaml": GOOD_ROLE.replace("[accuracy]", "[x]")}))
    assert "bpo data check" in (err.value.hint or "")


def test_a_missing_overlay_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such directory"):
        load(tmp_path / "absent")


@pytest.mark.parametrize("disk_cache", [True, False], ids=["cache on", "BPO_NO_CACHE=1"])
def test_the_disk_cache_serves_unchanged_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, disk_cache: bool
) -> None:
    monkeypatch.setenv("BPO_CACHE_DIR", str(tmp_path / "cache"))
    if not disk_cache:
        monkeypatch.setenv("BPO_NO_CACHE", "1")
    root = overlay(tmp_path, {"roles/claims-auditor.yaml": GOOD_ROLE})
    first = load_knowledge(root)
    assert bool(list((tmp_path / "cache").glob("kb-*"))) is disk_cache
    # A new process remembers nothing: forget the in-process memo of parsed files too.
    loader._parse_one.cache_clear()
    parsed: list[str] = []
    real_parse = datafile.parse

    def counting(text: str, display: str, **options: bool) -> object:
        parsed.append(display)
        return real_parse(text, display, **options)

    monkeypatch.setattr(datafile, "parse", counting)
    assert load_knowledge(root) == first
    # With the cache nothing is parsed again; without it, every file is (so the test can fail).
    assert (parsed == []) is disk_cache, parsed[:3]


def test_an_edited_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BPO_CACHE_DIR", str(tmp_path / "cache"))
    root = overlay(tmp_path, {"roles/claims-auditor.yaml": GOOD_ROLE})
    load_knowledge(root)
    (root / "roles" / "claims-auditor.yaml").write_text(GOOD_ROLE.replace("Claims Auditor", "QA"))
    assert load_knowledge(root).roles["claims-auditor"].title == "QA"


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BPO_CACHE_DIR", str(tmp_path / "cache"))
    load_knowledge()
    for path in (tmp_path / "cache").glob("kb-*.msgpack"):
        path.write_bytes(b"\x00garbage")
    assert len(load_knowledge().roles) >= 25


def test_caching_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BPO_NO_CACHE", "1")
    assert cache.cache_dir() is None
    assert len(load_knowledge().roles) >= 25


WEB_SOURCE = """\
- id: example-guide
  kind: salary-guide
  title: Example salary guide
  publisher: Example Publisher
  url: https://example.org/guide
  year: 2025
  seen: 2026-11-25
"""


def test_a_web_source_with_address_and_year_loads(tmp_path: Path) -> None:
    kb = load_knowledge(overlay(tmp_path, {"sources.yaml": WEB_SOURCE}))
    source = kb.sources["example-guide"]
    assert (source.url, source.year, source.publisher) == (
        "https://example.org/guide",
        2025,
        "Example Publisher",
    )


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("https://example.org/guide", "javascript:alert(1)"), "is not a web address"),
        (("https://example.org/guide", "https://exa mple.org/"), "is not a web address"),
        (("  year: 2025\n", ""), "give the year the page states, or 'undated: true'"),
        (("  year: 2025\n", "  year: 2025\n  undated: true\n"), "is not undated"),
        (("seen: 2026-11-25", "seen: last week"), "is not a date"),
        (("kind: salary-guide", "kind: rumour"), "is not one of"),
    ],
)
def test_a_web_source_must_say_where_and_when(
    tmp_path: Path, edit: tuple[str, str], expected: str
) -> None:
    found = problems(tmp_path, {"sources.yaml": WEB_SOURCE.replace(*edit)})
    assert any(expected in p for p in found), found
