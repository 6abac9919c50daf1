"""Cross-reference checks: every id a record mentions must exist, and names must not collide."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from bpo_cli.domain.conditions import Condition, Selector, references
from bpo_cli.domain.knowledge import BUILTIN_COUNTRIES, LIST_ANSWERS, KnowledgeBase, Question
from bpo_cli.domain.models import SourcedText
from bpo_cli.domain.wording import normalise
from bpo_cli.errors import Problem
from bpo_cli.knowledge.reader import did_you_mean, show

OPTIONAL_QUESTIONS = ("certifications", "bpo_experience_years")
REQUIRED_QUESTIONS = (
    "country",
    "education",
    *(a for a in LIST_ANSWERS if a not in OPTIONAL_QUESTIONS),
    "experience_years",
)
VOCAB_COMMANDS = (
    "education",
    "fields",
    "skills",
    "interests",
    "tags",
    "countries",
    "certifications",
)


class _Checker:
    def __init__(self, kb: KnowledgeBase, origins: dict[tuple[str, str], str]) -> None:
        self.kb = kb
        self.origins = origins
        self.problems: list[Problem] = []
        self.vocab: dict[str, Collection[str]] = {
            "education": kb.education_ranks,
            "fields": kb.fields,
            "skills": kb.skills,
            "interests": kb.interests,
            "tags": kb.tags,
            "types": kb.types,
            "roles": kb.roles,
            "sources": kb.sources,
            "countries": kb.countries,
            "certifications": kb.certifications,
            "preferences": {f"{p.id}={o.id}" for p in kb.preferences.values() for o in p.options},
        }

    def add(self, file: str, record: str, field: str, message: str) -> None:
        self.problems.append(Problem(file, record, field, message))

    def ids(self, vocab: str, values: Iterable[str], file: str, record: str, field: str) -> None:
        known = self.vocab[vocab]
        for value in values:
            if value not in known:
                hint = did_you_mean(value, known)
                if not hint and vocab in VOCAB_COMMANDS:
                    hint = f"; see `bpo vocab {vocab}`"
                noun = {
                    "types": "BPO type",
                    "roles": "role",
                    "sources": "source",
                    "countries": "country",
                }.get(vocab, vocab)
                self.add(file, record, field, f"unknown {noun} {show(value)}{hint}")

    def condition(self, cond: Condition, file: str, record: str, field: str) -> None:
        for vocab, value in references(cond):
            self.ids(vocab, [value], file, record, field)

    def selector(self, sel: Selector, file: str, record: str, field: str) -> None:
        self.ids("roles", sel.roles, file, record, f"{field}.roles")
        self.ids("types", sel.types, file, record, f"{field}.types")
        self.ids("tags", sel.tags, file, record, f"{field}.tags")


def check_references(kb: KnowledgeBase, origins: dict[tuple[str, str], str]) -> list[Problem]:
    """Every problem of reference in an already-built knowledge base."""
    ck = _Checker(kb, origins)
    _check_types(ck)
    _check_roles(ck)
    for tip in kb.tips:
        file, record = origins.get(("tips.yaml", tip.id), "tips.yaml"), f"tip {tip.id}"
        if tip.when is not None:
            ck.condition(tip.when, file, record, "when")
        if tip.applies_to is not None:
            ck.selector(tip.applies_to, file, record, "applies_to")
        ck.ids("sources", tip.sources, file, record, "sources")
        ck.ids("countries", tip.countries, file, record, "countries")
    for rule in kb.rules:
        file, record = origins.get(("rules", rule.id), "rules.yaml"), f"rule {rule.id}"
        ck.condition(rule.when, file, record, "when")
        ck.selector(rule.selector, file, record, "then")
        ck.ids("sources", rule.sources, file, record, "sources")
    _check_questions(ck)
    _check_countries(ck)
    _check_issue12(ck)
    for skill in kb.skills.values():
        file = origins.get(("skills.yaml", skill.id), "skills.yaml")
        for i, eq in enumerate(skill.counts_toward):
            ck.ids("skills", [eq.skill], file, f"skill {skill.id}", f"counts_toward[{i}].skill")
            if eq.skill == skill.id:
                ck.add(file, f"skill {skill.id}", f"counts_toward[{i}]", "a skill counts as itself")
        if skill.trait and skill.kind != "soft":
            ck.add(file, f"skill {skill.id}", "trait", "only a soft skill is a personal quality")
    for study in kb.fields.values():
        file = origins.get(("fields.yaml", study.id), "fields.yaml")
        ck.ids("skills", study.counts_as, file, f"field {study.id}", "counts_as")
    for cert in kb.certifications.values():
        file = origins.get(("certifications.yaml", cert.id), "certifications.yaml")
        record = f"certification {cert.id}"
        ck.ids("skills", cert.counts_as, file, record, "counts_as")
        ck.ids("sources", cert.sources, file, record, "sources")
    for threshold in kb.typing:
        file = origins.get(("typing.yaml", threshold.skill), "typing.yaml")
        record = f"typing threshold {threshold.skill}"
        ck.ids("skills", [threshold.skill], file, record, "skill")
        ck.ids("sources", threshold.sources, file, record, "sources")
    for activity in kb.activities:
        file = origins.get(("activities.yaml", activity.id), "activities.yaml")
        record = f"activity {activity.id}"
        ck.ids("interests", [activity.interest], file, record, "interest")
        interest = kb.interests.get(activity.interest)
        if interest is not None and interest.holland != activity.holland:
            ck.add(
                file,
                record,
                "holland",
                f"'{activity.holland}' is not the letter of "
                f"{activity.interest} ({interest.holland})",
            )
    for section in kb.overview.sections:
        for i, item in enumerate(section.items):
            ck.ids(
                "sources",
                item.sources,
                "overview.yaml",
                f"section {section.id}",
                f"items[{i}].sources",
            )
    return ck.problems


def _check_types(ck: _Checker) -> None:
    for t in ck.kb.types.values():
        file, record = ck.origins.get(("types.yaml", t.slug), "types.yaml"), f"type {t.slug}"
        if t.parent is not None:
            if t.parent == t.slug:
                ck.add(file, record, "parent", "a type cannot be its own parent")
            else:
                ck.ids("types", [t.parent], file, record, "parent")
        ck.ids("sources", t.sources, file, record, "sources")


def _check_roles(ck: _Checker) -> None:
    kb = ck.kb
    # normalised slug, title or alias -> the role that owns it, compared as `bpo role NAME`
    # compares them ("Underwriting Assistant" is the role underwriting-assistant)
    names: dict[str, str] = {}
    for role in kb.roles.values():
        for name in (role.slug, role.title):
            names.setdefault(normalise(name), role.slug)
    for role in kb.roles.values():
        file, record = ck.origins.get(("roles", role.slug), "roles"), f"role {role.slug}"
        ck.ids("types", role.bpo_types, file, record, "bpo_types")
        for t in role.bpo_types:
            if t in kb.types and kb.types[t].dimension == "location":
                ck.add(
                    file,
                    record,
                    "bpo_types",
                    f"'{t}' is a location type; every role can be delivered from any location",
                )
        ck.ids("tags", role.tags, file, record, "tags")
        ck.ids("education", [role.education.level], file, record, "education.level")
        ck.ids("fields", role.education.fields, file, record, "education.fields")
        ck.ids("skills", role.skills.required, file, record, "skills.required")
        ck.ids("skills", role.skills.preferred, file, record, "skills.preferred")
        ck.ids("interests", role.interests, file, record, "interests")
        ck.ids("roles", role.progression, file, record, "progression")
        if role.slug in role.progression:
            ck.add(file, record, "progression", "a role cannot lead to itself")
        ck.ids("sources", role.sources, file, record, "sources")
        for countries in role.step_countries.values():
            ck.ids("countries", countries, file, record, "steps.countries")
        for i, route in enumerate(role.routes):
            where = f"routes[{i}]"
            ck.ids("education", [route.level], file, record, f"{where}.level")
            ck.ids("fields", route.fields, file, record, f"{where}.fields")
            ck.ids("certifications", route.certifications, file, record, f"{where}.certifications")
            ck.ids("sources", route.sources, file, record, f"{where}.sources")
        for alias in role.aliases:
            owner = names.get(normalise(alias))
            if owner is not None and owner != role.slug:
                ck.add(file, record, "aliases", f"alias {show(alias)} is already a name of {owner}")
            names.setdefault(normalise(alias), role.slug)


def _check_countries(ck: _Checker) -> None:
    kb = ck.kb
    for skill in kb.skills.values():
        file = ck.origins.get(("skills.yaml", skill.id), "skills.yaml")
        for countries in skill.how.countries.values():
            ck.ids("countries", countries, file, f"skill {skill.id}", "how.countries")
    for needed in BUILTIN_COUNTRIES:
        if needed not in kb.countries:
            ck.add("countries.yaml", f"country {needed}", "id", "missing: bpo needs this country")
    for country in kb.countries.values():
        file = ck.origins.get(("countries.yaml", country.id), "countries.yaml")
        record = f"country {country.id}"
        for i, note in enumerate(country.notes):
            ck.ids("sources", [note.source or ""], file, record, f"notes[{i}].source")
            ck.ids("countries", note.countries, file, record, f"notes[{i}].countries")
        if country.night_differential is not None:
            ck.ids(
                "sources",
                [country.night_differential.source],
                file,
                record,
                "night_differential.source",
            )


def _check_questions(ck: _Checker) -> None:
    kb = ck.kb
    asked = {q.answer for q in kb.questions}
    for answer in REQUIRED_QUESTIONS:
        if answer not in asked:
            ck.add("questions.yaml", f"question {answer}", "answer", "no question asks for this")
    for q in kb.questions:
        file = ck.origins.get(("questions.yaml", q.answer), "questions.yaml")
        record = f"question {q.answer}"
        if q.ask_when is not None:
            ck.condition(q.ask_when, file, record, "ask_when")
        problem = default_problem(kb, q)
        if problem:
            ck.add(file, record, "default", problem)


def default_problem(kb: KnowledgeBase, q: Question) -> str | None:
    """Why a question's default does not fit its answer, or None."""
    pref = q.preference
    if pref is not None:
        if pref not in kb.preferences:
            return f"unknown preference '{pref}'"
        if q.default is not None and q.default not in kb.preferences[pref].option_ids():
            return f"{show(q.default)} is not an option of {pref}"
        return None
    if q.answer == "education":
        return None if q.default in kb.education_ranks else f"{show(q.default)} is not a level"
    if q.answer == "country":
        if q.default is None or q.default in kb.countries:
            return None
        return f"{show(q.default)} is not a country (see `bpo vocab countries`)"
    if q.answer in ("experience_years", "bpo_experience_years"):
        ok = isinstance(q.default, int) and not isinstance(q.default, bool) and q.default >= 0
        return None if ok else f"{show(q.default)} is not a whole number of years"
    if q.answer in LIST_ANSWERS:
        vocab = kb.labels(q.answer)
        if q.default is None:
            return None
        if not isinstance(q.default, list) or any(v not in vocab for v in q.default):
            return f"{show(q.default)} is not a list of known {q.answer}"
    return None


def _check_issue12(ck: _Checker) -> None:
    """Pay, hiring, outlook and programmes: every role, country, skill and source they name."""
    kb = ck.kb

    def sourced(items: Iterable[SourcedText], file: str, record: str, field: str) -> None:
        for i, item in enumerate(items):
            ck.ids("sources", [item.source or ""], file, record, f"{field}[{i}].source")
            ck.ids("countries", item.countries, file, record, f"{field}[{i}].countries")

    for pay in kb.pay:
        file = ck.origins.get(("pay", f"{pay.role}/{pay.country}"), "pay.yaml")
        record = f"pay {pay.role} in {pay.country}"
        ck.ids("roles", [pay.role], file, record, "role")
        ck.ids("countries", [pay.country], file, record, "country")
        ck.ids("sources", [pay.source], file, record, "source")
        country = kb.countries.get(pay.country)
        if country is not None and country.currency and pay.currency != country.currency:
            ck.add(
                file,
                record,
                "currency",
                f"{pay.currency} is not {country.name}'s currency ({country.currency})",
            )
    sourced(kb.hiring.red_flags, "hiring.yaml", "general", "red_flags")
    sourced(kb.hiring.notes, "hiring.yaml", "general", "notes")
    for hiring in kb.hiring.roles.values():
        file = ck.origins.get(("hiring", hiring.role), "hiring.yaml")
        record = f"role {hiring.role}"
        ck.ids("roles", [hiring.role], file, record, "role")
        for i, test in enumerate(hiring.tests):
            ck.ids("sources", [test.source], file, record, f"tests[{i}].source")
            ck.ids("countries", test.countries, file, record, f"tests[{i}].countries")
        if hiring.shifts is not None:
            sourced([hiring.shifts], file, record, "shifts")
        sourced(hiring.notes, file, record, "notes")
    for outlook in kb.outlook.values():
        file = ck.origins.get(("outlook.yaml", outlook.role), "outlook.yaml")
        record = f"outlook {outlook.role}"
        ck.ids("roles", [outlook.role], file, record, "role")
        if outlook.source is not None:
            ck.ids("sources", [outlook.source], file, record, "source")
    for programme in kb.programmes.values():
        file = ck.origins.get(("programmes.yaml", programme.id), "programmes.yaml")
        record = f"programme {programme.id}"
        ck.ids("countries", programme.countries, file, record, "countries")
        ck.ids("skills", programme.skills, file, record, "skills")
        ck.ids("roles", programme.roles, file, record, "roles")
        ck.ids("sources", [programme.source], file, record, "source")
