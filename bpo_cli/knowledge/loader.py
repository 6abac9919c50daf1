"""The one loader of the knowledge base: files, parsed documents (cached), models, checks.

The built-in data ships inside the package; an overlay directory (`--data DIR`) has the same
layout and is merged on top: a record with the same key replaces the built-in one.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from msgspec import Struct, field
from msgspec.structs import replace

from bpo_cli import datafile
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Hiring, Overview, OverviewSection, Pay, RoleHiring, SourcedText
from bpo_cli.domain.rules import Rule, Weights
from bpo_cli.errors import InputFileError, InvalidKnowledgeError, Problem
from bpo_cli.knowledge import cache, records
from bpo_cli.knowledge.checks import check_references
from bpo_cli.knowledge.files import DataFile
from bpo_cli.knowledge.onet import OnetTable
from bpo_cli.knowledge.reader import Record, did_you_mean

T = TypeVar("T")

# File name -> (noun for messages, key field, reader). Each of these files holds a list of records.
LIST_FILES: dict[str, tuple[str, str]] = {
    "sources.yaml": ("source", "id"),
    "education.yaml": ("education level", "id"),
    "fields.yaml": ("field", "id"),
    "interests.yaml": ("interest", "id"),
    "skills.yaml": ("skill", "id"),
    "tags.yaml": ("tag", "id"),
    "preferences.yaml": ("preference", "id"),
    "types.yaml": ("type", "slug"),
    "tips.yaml": ("tip", "id"),
    "questions.yaml": ("question", "answer"),
    "activities.yaml": ("activity", "id"),
    "countries.yaml": ("country", "id"),
    "certifications.yaml": ("certification", "id"),
    "typing.yaml": ("typing threshold", "skill"),
}
MAPPING_FILES = ("rules.yaml", "overview.yaml")
# Optional files (issue 12): a data directory without them simply has no such facts.
OPTIONAL_LISTS: dict[str, tuple[str, str]] = {
    "outlook.yaml": ("outlook", "role"),
    "programmes.yaml": ("programme", "id"),
}
PAY_FILE = "pay.yaml"
HIRING_FILE = "hiring.yaml"
OPTIONAL_FILES = (*OPTIONAL_LISTS, PAY_FILE, HIRING_FILE)
ROLES_DIR = "roles"
ONET_FILES = ("onet/occupations.tsv", "onet/education_categories.tsv")
DATA_SUFFIXES = (".yaml", ".yml", ".json")


class Loaded(Struct):
    """What loading produced: the knowledge base (possibly partial) and every problem found."""

    kb: KnowledgeBase
    problems: list[Problem]
    files: list[DataFile] = field(default_factory=list)


def builtin_dir() -> Path:
    """The data shipped inside the wheel, or `data/` beside the package in a source checkout.

    A plain path beside this file rather than importlib.resources: the data must be a real
    directory anyway, and the import would cost start-up time every lookup pays.
    """
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data"
    return packaged if packaged.is_dir() else package.parent / "data"


def load_knowledge(overlay: Path | None = None) -> KnowledgeBase:
    """The validated knowledge base; raises InvalidKnowledgeError listing every problem.

    A knowledge base that loaded cleanly is cached (see knowledge/cache.py), so the next start
    reads the data files only to hash them, instead of parsing and checking all the YAML.
    """
    problems: list[Problem] = []
    data_files = _files(overlay, problems)
    raw = _read_bytes(data_files, problems)
    current = cache.stamp(raw) if not problems else None
    if current is not None:
        cached = cache.lookup(overlay, current)
        if cached is not None:
            return cached
    kb = _build(data_files, *_parse(data_files, raw, problems), problems)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise InvalidKnowledgeError(errors)
    if current is not None:
        cache.store(overlay, current, kb)
    return kb


def load(overlay: Path | None = None) -> Loaded:
    """Load and check everything, never from the cache, collecting every problem found."""
    problems: list[Problem] = []
    data_files = _files(overlay, problems)
    raw = _read_bytes(data_files, problems)
    kb = _build(data_files, *_parse(data_files, raw, problems), problems)
    return Loaded(kb=kb, problems=problems, files=data_files)


# -- files ---------------------------------------------------------------------------------


def _files(overlay: Path | None, problems: list[Problem]) -> list[DataFile]:
    data_files = _list_files(builtin_dir(), 0, "data", problems)
    if overlay is not None:
        if not overlay.is_dir():
            what = "no such directory" if not overlay.exists() else "is not a directory"
            raise InputFileError(str(overlay), what, "--data takes a directory laid out like data/")
        data_files += _list_files(overlay, 1, str(overlay), problems)
    return data_files


def _list_files(
    root: Path, layer: int, display_root: str, problems: list[Problem]
) -> list[DataFile]:
    found: list[DataFile] = []
    real_root = os.path.realpath(root)

    def add(rel: str) -> None:
        display = f"{display_root}/{rel}"
        if layer and os.path.commonpath([real_root, os.path.realpath(root / rel)]) != real_root:
            # A link out of the overlay (to /etc/shadow, say) would have its lines quoted back
            # in "unknown field" messages: such a file is refused, never opened.
            problems.append(
                Problem(
                    display,
                    None,
                    None,
                    "is a link to a file outside the directory; "
                    "bpo does not follow it (copy the file in instead)",
                )
            )
            return
        found.append(DataFile(rel, root / rel, display, layer))

    known = [*LIST_FILES, *MAPPING_FILES, *OPTIONAL_FILES]
    for entry in sorted(os.listdir(root)):
        if entry in known:
            add(entry)
        elif entry.endswith(DATA_SUFFIXES):
            hint = did_you_mean(entry, known)
            problems.append(
                Problem(f"{display_root}/{entry}", None, None, f"not a knowledge base file{hint}")
            )
    roles_dir = root / ROLES_DIR
    if roles_dir.is_dir():
        for entry in sorted(os.listdir(roles_dir)):
            if entry.endswith(".yaml"):
                add(f"{ROLES_DIR}/{entry}")
            elif entry.endswith(DATA_SUFFIXES):
                problems.append(
                    Problem(
                        f"{display_root}/{ROLES_DIR}/{entry}", None, None, "role files end in .yaml"
                    )
                )
    if layer == 0:
        for rel in ONET_FILES:
            add(rel)
        for rel in (*LIST_FILES, *MAPPING_FILES):
            if not (root / rel).is_file():
                problems.append(Problem(f"{display_root}/{rel}", None, None, "missing file"))
    return found


def _read_bytes(data_files: list[DataFile], problems: list[Problem]) -> dict[DataFile, bytes]:
    raw: dict[DataFile, bytes] = {}
    for f in data_files:
        try:
            raw[f] = datafile.read_bytes(f.path, f.display)
        except InputFileError as err:
            problems.append(Problem(f.display, None, None, err.detail))
    return raw


def _parse(
    data_files: list[DataFile], raw: dict[DataFile, bytes], problems: list[Problem]
) -> tuple[dict[DataFile, Any], dict[str, str]]:
    """Parsed YAML documents per file, and the texts of the O*NET tables."""
    documents: dict[DataFile, Any] = {}
    texts: dict[str, str] = {}
    for f in data_files:
        if f not in raw:
            continue
        if f.rel.endswith(".tsv"):
            texts[f.rel] = raw[f].decode("utf-8", errors="replace")
            continue
        try:
            documents[f] = _parse_one(f.display, raw[f])
        except InputFileError as err:
            problems.append(Problem(f.display, None, None, err.detail))
    return documents, texts


@functools.lru_cache(maxsize=128)
def _parse_one(display: str, raw: bytes) -> Any:
    """One file's document. Memoised: a process that loads overlays again and again (tests,
    batches) parses the unchanged built-in files once. Documents are only ever read."""
    return datafile.parse(datafile.decode(raw, display), display)


# -- records ---------------------------------------------------------------------------------


class _Entry(Struct):
    key: str
    value: Any
    file: str
    layer: int
    replaced: bool = False  # an overlay record that replaced a built-in one


def _records(
    documents: dict[DataFile, Any],
    wanted: Callable[[DataFile], bool],
    noun: str,
    key_field: str,
    read: Callable[[Record], T | None],
    problems: list[Problem],
    *,
    single_ok: bool = False,
) -> list[_Entry]:
    """Read every record of one kind; an overlay record replaces a built-in one with its key."""
    merged: dict[str, _Entry] = {}
    for f, doc in documents.items():
        if not wanted(f):
            continue
        if doc is None:
            continue  # an empty file adds nothing
        items = [doc] if single_ok and isinstance(doc, dict) else doc
        if not isinstance(items, list):
            expected = (
                "a role (a mapping) or a list of roles" if single_ok else f"a list of {noun}s"
            )
            problems.append(Problem(f.display, None, None, f"expected {expected} at the top level"))
            continue
        for index, item in enumerate(items):
            key = item.get(key_field) if isinstance(item, dict) else None
            label = f"{noun} {key}" if isinstance(key, str) and key else f"{noun} #{index + 1}"
            rec = Record(item, f.display, label, problems)
            value = read(rec)
            rec.finish()
            if value is None or not isinstance(key, str) or not key:
                continue
            previous = merged.get(key)
            if previous is not None and previous.layer == f.layer:
                problems.append(
                    Problem(
                        f.display,
                        label,
                        key_field,
                        f"duplicate {key_field} '{key}' (also in {previous.file})",
                    )
                )
                continue
            merged[key] = _Entry(key, value, f.display, f.layer, replaced=previous is not None)
    return list(merged.values())


def _mapping(
    documents: dict[DataFile, Any], rel: str, problems: list[Problem]
) -> list[tuple[DataFile, Any]]:
    """The documents of a one-mapping file (rules.yaml, overview.yaml), built-in first."""
    found: list[tuple[DataFile, Any]] = []
    for f, doc in documents.items():
        if f.rel != rel or doc is None:
            continue
        if not isinstance(doc, dict):
            problems.append(Problem(f.display, None, None, "expected a mapping at the top level"))
            continue
        found.append((f, doc))
    return found


def _build(
    data_files: list[DataFile],
    documents: dict[DataFile, Any],
    texts: dict[str, str],
    problems: list[Problem],
) -> KnowledgeBase:
    """Models from parsed documents, merging the overlay, then every cross-reference check."""
    onet = OnetTable(texts.get(ONET_FILES[0], ""), texts.get(ONET_FILES[1], ""))
    if not onet.header_ok:
        problems.append(Problem(f"data/{ONET_FILES[0]}", None, None, "unexpected columns"))
    origins: dict[tuple[str, str], str] = {}

    def kind(rel: str, reader: Callable[[Record], T | None]) -> dict[str, T]:
        noun, key_field = LIST_FILES.get(rel) or OPTIONAL_LISTS[rel]
        entries = _records(documents, lambda f: f.rel == rel, noun, key_field, reader, problems)
        for e in entries:
            origins[(rel, e.key)] = e.file
        return {e.key: e.value for e in entries}

    # The order of education.yaml is the ranking, so ranks are given after merging.
    education_entries = _records(
        documents,
        lambda f: f.rel == "education.yaml",
        "education level",
        "id",
        lambda rec: records.read_education(rec, 0),
        problems,
    )
    education = []
    for rank, entry in enumerate(education_entries):
        education.append(replace(entry.value, rank=rank))
        origins[("education.yaml", entry.key)] = entry.file
        if entry.layer == 1 and not entry.replaced:
            problems.append(
                Problem(
                    entry.file,
                    f"education level {entry.key}",
                    "id",
                    "an overlay can relabel education levels but not add them",
                )
            )

    role_entries = _records(
        documents,
        lambda f: f.rel.startswith(f"{ROLES_DIR}/"),
        "role",
        "slug",
        lambda rec: records.read_role(rec, onet.occupation),
        problems,
        single_ok=True,
    )
    for e in role_entries:
        origins[("roles", e.key)] = e.file

    weights, rules = _rules(documents, problems, origins)
    kb = KnowledgeBase(
        sources=kind("sources.yaml", records.read_source),
        education=tuple(education),
        fields=kind("fields.yaml", records.read_field),
        interests=kind("interests.yaml", records.read_interest),
        skills=kind("skills.yaml", records.read_skill),
        tags=kind("tags.yaml", records.read_tag),
        preferences=kind("preferences.yaml", records.read_preference),
        types=kind("types.yaml", records.read_type),
        roles={e.key: e.value for e in sorted(role_entries, key=lambda e: e.key)},
        weights=weights,
        rules=rules,
        tips=tuple(kind("tips.yaml", records.read_tip).values()),
        questions=tuple(kind("questions.yaml", records.read_question).values()),
        overview=_overview(documents, problems),
        activities=tuple(kind("activities.yaml", records.read_activity).values()),
        countries=kind("countries.yaml", records.read_country),
        pay=_pay(documents, problems, origins),
        hiring=_hiring(documents, problems, origins),
        outlook=kind("outlook.yaml", records.read_outlook),
        programmes=kind("programmes.yaml", records.read_programme),
        certifications=kind("certifications.yaml", records.read_certification),
        typing=tuple(kind("typing.yaml", records.read_typing).values()),
    )
    problems.extend(check_references(kb, origins))
    return kb


def _rules(
    documents: dict[DataFile, Any], problems: list[Problem], origins: dict[tuple[str, str], str]
) -> tuple[Weights, tuple[Rule, ...]]:
    weights = Weights()
    rules: dict[str, tuple[Rule, int]] = {}
    for f, doc in _mapping(documents, "rules.yaml", problems):
        top = Record(doc, f.display, "", problems)
        weights_rec = top.sub("weights", required=f.layer == 0)
        if weights_rec is not None:
            weights = records.read_weights(weights_rec)
        for index, item in top.items("rules", required=f.layer == 0):
            key = item.get("id") if isinstance(item, dict) else None
            label = f"rule {key}" if isinstance(key, str) and key else f"rule #{index + 1}"
            rec = Record(item, f.display, label, problems)
            rule = records.read_rule(rec)
            rec.finish()
            if rule is None:
                continue
            if rule.id in rules and rules[rule.id][1] == f.layer:
                rec.problem(
                    "id", f"duplicate id '{rule.id}' (also in {origins[('rules', rule.id)]})"
                )
                continue
            rules[rule.id] = (rule, f.layer)
            origins[("rules", rule.id)] = f.display
        top.finish()
    return weights, tuple(rule for rule, _ in rules.values())


def _overview(documents: dict[DataFile, Any], problems: list[Problem]) -> Overview:
    definition = ""
    sections: dict[str, OverviewSection] = {}
    for f, doc in _mapping(documents, "overview.yaml", problems):
        top = Record(doc, f.display, "", problems)
        definition = top.text("definition", required=f.layer == 0) or definition
        for index, item in top.items("sections", required=f.layer == 0):
            key = item.get("id") if isinstance(item, dict) else None
            rec = Record(item, f.display, f"section {key or '#' + str(index + 1)}", problems)
            section = records.read_overview_section(rec)
            rec.finish()
            sections[section.id] = section
        top.finish()
    return Overview(definition=definition, sections=tuple(sections.values()))


def _pay(
    documents: dict[DataFile, Any], problems: list[Problem], origins: dict[tuple[str, str], str]
) -> tuple[Pay, ...]:
    """pay.yaml: one record per role and country; an overlay's record replaces the built-in."""
    found: dict[tuple[str, str], tuple[Pay, int]] = {}
    for f, doc in documents.items():
        if f.rel != PAY_FILE or doc is None:
            continue
        if not isinstance(doc, list):
            problems.append(Problem(f.display, None, None, "expected a list of pay records"))
            continue
        for index, item in enumerate(doc):
            name = (
                f"pay {item.get('role')} in {item.get('country')}"
                if isinstance(item, dict)
                else f"pay #{index + 1}"
            )
            rec = Record(item, f.display, name, problems)
            pay = records.read_pay(rec)
            rec.finish()
            if pay is None or not pay.role or not pay.country:
                continue
            key = (pay.role, pay.country)
            if key in found and found[key][1] == f.layer:
                rec.problem("role", f"a second record for {pay.role} in {pay.country}")
                continue
            found[key] = (pay, f.layer)
            origins[("pay", f"{pay.role}/{pay.country}")] = f.display
    return tuple(pay for pay, _ in found.values())


def _hiring(
    documents: dict[DataFile, Any], problems: list[Problem], origins: dict[tuple[str, str], str]
) -> Hiring:
    """hiring.yaml: general red flags and notes, and each role's tests, shifts and notes."""
    red_flags: list[SourcedText] = []
    notes: list[SourcedText] = []
    roles: dict[str, RoleHiring] = {}
    for f, doc in _mapping(documents, HIRING_FILE, problems):
        top = Record(doc, f.display, "", problems)
        general = top.sub("general", required=False)
        if general is not None:
            red_flags += records.sourced_texts(general, "red_flags", source_required=True)
            notes += records.sourced_texts(general, "notes", source_required=True)
            general.finish()
        for index, item in top.items("roles"):
            key = item.get("role") if isinstance(item, dict) else None
            label = f"role {key}" if isinstance(key, str) and key else f"role #{index + 1}"
            rec = Record(item, f.display, label, problems)
            hiring = records.read_role_hiring(rec)
            rec.finish()
            if hiring.role:
                roles[hiring.role] = hiring  # an overlay's entry replaces the built-in one
                origins[("hiring", hiring.role)] = f.display
        top.finish()
    return Hiring(red_flags=tuple(red_flags), notes=tuple(notes), roles=roles)
