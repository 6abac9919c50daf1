"""Turning checked records of each data file into typed models (one reader per record kind)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, get_args

from bpo_cli.domain import conditions as c
from bpo_cli.domain.knowledge import LIST_ANSWERS, Question
from bpo_cli.domain.models import (
    DIMENSIONS,
    EXPERIENCE_KINDS,
    HOLLAND_LETTERS,
    PAY_LEVELS,
    SKILL_KINDS,
    Activity,
    BpoType,
    Certification,
    Country,
    EducationLevel,
    EducationRequirement,
    Equivalence,
    FieldOfStudy,
    HiringTest,
    HiringTestKind,
    HowTo,
    Interest,
    NightDifferential,
    OnetOccupation,
    Option,
    Outlook,
    OverviewItem,
    OverviewSection,
    Pay,
    PayBasis,
    Preference,
    Programme,
    ProgrammeKind,
    Role,
    RoleHiring,
    Route,
    Skill,
    SkillRequirement,
    Source,
    SourcedText,
    SourceKind,
    Tag,
    Tip,
    Trend,
    TypingThreshold,
)
from bpo_cli.domain.rules import WEIGHT_KEYS, Rule, Weights
from bpo_cli.knowledge.reader import Record, did_you_mean, show, type_name
from bpo_cli.terms import MAX_EXPERIENCE

SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
SEEN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


def read_source(rec: Record) -> Source:
    kind = rec.choice("kind", SOURCE_KINDS)
    url = rec.url("url")
    year = rec.integer("year", default=0, low=1990, high=2100) if rec.has("year") else None
    undated = rec.boolean("undated", default=False)
    if url and year is None and not undated:
        rec.problem("year", "missing: give the year the page states, or 'undated: true'")
    if year is not None and undated:
        rec.problem("undated", "a source with a year is not undated")
    raw_seen = rec.raw("seen")  # YAML reads an unquoted 2026-11-25 as a date
    seen = raw_seen.isoformat() if isinstance(raw_seen, date) else rec.optional_text("seen")
    if seen and not SEEN.match(seen):
        rec.problem("seen", f"{show(seen)} is not a date (YYYY-MM-DD)")
    return Source(
        id=rec.slug("id"),
        kind=next((k for k in SOURCE_KINDS if k == kind), "article"),
        title=rec.text("title"),
        file=rec.optional_text("file"),
        covers=rec.text("covers", required=False),
        publisher=rec.optional_text("publisher"),
        url=url,
        year=year,
        seen=seen,
    )


def read_country(rec: Record) -> Country:
    currency = rec.optional_text("currency")
    if currency and not CURRENCY.match(currency):
        rec.problem("currency", f"{show(currency)} is not a currency code (three capitals: INR)")
    night = None
    night_rec = rec.sub("night_differential", required=False)
    if night_rec is not None:
        night = NightDifferential(
            text=night_rec.text("text"),
            percent=night_rec.integer("percent", low=1, high=100),
            source=night_rec.slug("source"),
        )
        night_rec.finish()
    return Country(
        id=rec.slug("id"),
        name=rec.text("name"),
        currency=currency,
        notes=sourced_texts(rec, "notes", source_required=True),
        night_differential=night,
    )


def placed_texts(
    rec: Record, key: str, where: dict[str, tuple[str, ...]], *, required: bool = False
) -> tuple[str, ...]:
    """A list of texts, each a string (applies everywhere) or {text, countries}; the countries
    of country-specific ones go into `where`, keyed by text."""
    out: list[str] = []
    for i, value in rec.items(key, required=required):
        if isinstance(value, dict):
            item = Record(value, rec.file, rec.label, rec.problems, f"{rec.prefix}{key}[{i}].")
            text = item.text("text")
            countries = countries_of(item)
            if not item.has("countries"):
                item.problem("countries", "missing: a plain text applies everywhere")
            item.finish()
            if text:
                out.append(text)
                where[text] = countries
        elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
            rec.problem(
                f"{key}[{i}]", f"expected text or {{text, countries}}, got {type_name(value)}"
            )
        elif str(value).strip():
            out.append(str(value).strip())
        else:
            rec.problem(f"{key}[{i}]", "is empty")
    return tuple(out)


def countries_of(rec: Record, key: str = "countries") -> tuple[str, ...]:
    """The countries a record applies to; empty (absent) means every country."""
    found = rec.slugs(key)
    if rec.has(key) and not found:
        rec.problem(key, "is empty: leave it out for a record that applies everywhere")
    return found


def sourced_texts(
    rec: Record, key: str, *, source_required: bool, required: bool = False
) -> tuple[SourcedText, ...]:
    """A list of {text, source, countries} items (a bare string is a text with no source)."""
    out: list[SourcedText] = []
    for i, value in rec.items(key, required=required):
        if isinstance(value, str) and not source_required:
            if value.strip():
                out.append(SourcedText(text=value.strip()))
            else:
                rec.problem(f"{key}[{i}]", "is empty")
            continue
        item = Record(value, rec.file, rec.label, rec.problems, f"{rec.prefix}{key}[{i}].")
        out.append(sourced_text(item, source_required=source_required))
        item.finish()
    return tuple(out)


def sourced_text(rec: Record, *, source_required: bool) -> SourcedText:
    source = rec.slug("source") if source_required or rec.has("source") else None
    return SourcedText(text=rec.text("text"), source=source or None, countries=countries_of(rec))


def read_education(rec: Record, rank: int) -> EducationLevel:
    categories: list[int] = []
    for i, value in rec.items("onet_categories"):
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
            categories.append(value)
        else:
            rec.problem(f"onet_categories[{i}]", f"{show(value)} is not an O*NET category (1-12)")
    return EducationLevel(
        id=rec.slug("id"),
        label=rec.text("label"),
        description=rec.text("description", required=False),
        rank=rank,
        onet_categories=tuple(categories),
    )


def read_field(rec: Record) -> FieldOfStudy:
    return FieldOfStudy(
        id=rec.slug("id"),
        label=rec.text("label"),
        description=rec.text("description", required=False),
        counts_as=rec.slugs("counts_as"),
    )


def read_interest(rec: Record) -> Interest:
    return Interest(
        id=rec.slug("id"),
        label=rec.text("label"),
        holland=rec.choice("holland", tuple(HOLLAND_LETTERS)),
        description=rec.text("description", required=False),
    )


def read_skill(rec: Record) -> Skill:
    skill_id = rec.slug("id")
    how_rec = rec.sub("how")
    how = HowTo()
    if how_rec is not None:
        where: dict[str, tuple[str, ...]] = {}
        how = HowTo(
            courses=placed_texts(how_rec, "courses", where),
            certifications=placed_texts(how_rec, "certifications", where),
            practice=placed_texts(how_rec, "practice", where),
            countries=where,
        )
        how_rec.finish()
        if not how.entries():
            rec.problem("how", "give at least one course, certification or practice")
    kind = rec.choice("kind", SKILL_KINDS)
    toward: list[Equivalence] = []
    for i, value in rec.items("counts_toward"):
        eq = Record(value, rec.file, rec.label, rec.problems, f"counts_toward[{i}].")
        credit = eq.raw("credit")
        if isinstance(credit, bool) or not isinstance(credit, (int, float)) or not 0 < credit <= 1:
            eq.problem("credit", f"expected a share above 0 and at most 1, got {show(credit)}")
            credit = 1.0
        toward.append(Equivalence(skill=eq.slug("skill"), credit=float(credit)))
        eq.finish()
    return Skill(
        id=skill_id,
        label=rec.text("label"),
        kind="soft" if kind == "soft" else "technical" if kind == "technical" else "domain",
        description=rec.text("description", required=False),
        how=how,
        counts_toward=tuple(toward),
        trait=rec.boolean("trait", default=False),
    )


def read_certification(rec: Record) -> Certification:
    return Certification(
        id=rec.slug("id"),
        label=rec.text("label"),
        issuer=rec.text("issuer"),
        description=rec.text("description", required=False),
        url=rec.url("url"),
        counts_as=rec.slugs("counts_as"),
        sources=rec.slugs("sources", required=True),
    )


def read_typing(rec: Record) -> TypingThreshold:
    wpm = rec.integer("wpm", low=1, high=250)
    accuracy = rec.raw("accuracy")
    if (
        isinstance(accuracy, bool)
        or not isinstance(accuracy, (int, float))
        or not (0 < accuracy <= 100)
    ):
        rec.problem(
            "accuracy", f"expected a percentage above 0 and at most 100, got {show(accuracy)}"
        )
        accuracy = 100
    return TypingThreshold(
        skill=rec.slug("skill"),
        wpm=wpm,
        accuracy=float(accuracy),
        sources=rec.slugs("sources", required=True),
    )


def read_tag(rec: Record) -> Tag:
    return Tag(
        id=rec.slug("id"),
        label=rec.text("label"),
        description=rec.text("description", required=False),
    )


def read_preference(rec: Record) -> Preference:
    options: list[Option] = []
    for i, value in rec.items("options", required=True):
        opt = Record(value, rec.file, rec.label, rec.problems, f"options[{i}].")
        options.append(Option(id=opt.slug("id"), label=opt.text("label")))
        opt.finish()
    ids = tuple(o.id for o in options)
    default = rec.text("default")
    if default and ids and default not in ids:
        rec.problem("default", f"{show(default)} is not one of its options: {', '.join(ids)}")
    return Preference(
        id=rec.slug("id"),
        label=rec.text("label"),
        default=default,
        options=tuple(options),
    )


def read_type(rec: Record) -> BpoType:
    dimension = rec.choice("dimension", DIMENSIONS)
    return BpoType(
        slug=rec.slug("slug"),
        name=rec.text("name"),
        dimension="function"
        if dimension == "function"
        else "location"
        if dimension == "location"
        else "service",
        description=rec.text("description"),
        parent=rec.optional_text("parent"),
        examples=rec.texts("examples", required=True),
        benefits=rec.texts("benefits"),
        challenges=rec.texts("challenges"),
        sources=rec.slugs("sources", required=True),
    )


def read_role(rec: Record, occupation: Callable[[str], OnetOccupation | None]) -> Role:
    slug = rec.slug("slug")
    edu = rec.sub("education")
    education = EducationRequirement(level="")
    if edu is not None:
        education = EducationRequirement(
            level=edu.slug("level"),
            fields=edu.slugs("fields"),
            note=edu.text("note", required=False),
        )
        edu.finish()
    skills_rec = rec.sub("skills")
    skills = SkillRequirement()
    if skills_rec is not None:
        skills = SkillRequirement(
            required=skills_rec.slugs("required"), preferred=skills_rec.slugs("preferred")
        )
        skills_rec.finish()
        for skill in set(skills.required) & set(skills.preferred):
            rec.problem("skills.preferred", f"'{skill}' is already required")
    step_countries: dict[str, tuple[str, ...]] = {}
    routes: list[Route] = []
    for i, value in rec.items("routes"):
        r = Record(value, rec.file, rec.label, rec.problems, f"routes[{i}].")
        kind = r.choice("experience_kind", EXPERIENCE_KINDS) if r.has("experience_kind") else "any"
        route = Route(
            level=r.slug("level"),
            fields=r.slugs("fields"),
            experience_years=r.integer("experience_years", default=0, low=0, high=40),
            experience_kind="bpo" if kind == "bpo" else "any",
            certifications=r.slugs("certifications"),
            note=r.text("note", required=False),
            sources=r.slugs("sources", required=True),
        )
        r.finish()
        routes.append(route)
    role_kind = (
        rec.choice("experience_kind", EXPERIENCE_KINDS) if rec.has("experience_kind") else "any"
    )
    onet = None
    soc = rec.optional_text("onet")
    if soc:
        onet = occupation(soc)
        if onet is None:
            rec.problem("onet", f"{show(soc)} is not an O*NET-SOC code in onet/occupations.tsv")
    return Role(
        slug=slug,
        title=rec.text("title"),
        aliases=rec.texts("aliases"),
        bpo_types=rec.slugs("bpo_types", required=True),
        tags=rec.slugs("tags"),
        customer_facing=rec.boolean("customer_facing"),
        description=rec.text("description"),
        responsibilities=rec.texts("responsibilities", required=True),
        education=education,
        experience_years=rec.integer("experience_years", default=0, low=0, high=40),
        experience_kind="bpo" if role_kind == "bpo" else "any",
        routes=tuple(routes),
        skills=skills,
        interests=rec.slugs("interests", required=True),
        onet=onet,
        progression=rec.slugs("progression"),
        steps=placed_texts(rec, "steps", step_countries, required=True),
        sources=rec.slugs("sources", required=True),
        step_countries=step_countries,
    )


def read_tip(rec: Record) -> Tip:
    when = read_condition(rec.raw("when"), rec, "when") if rec.has("when") else None
    applies = rec.sub("applies_to", required=False)
    return Tip(
        id=rec.slug("id"),
        title=rec.text("title"),
        text=rec.text("text"),
        when=when,
        applies_to=read_selector(applies) if applies is not None else None,
        sources=rec.slugs("sources", required=True),
        countries=countries_of(rec),
    )


def read_overview_section(rec: Record) -> OverviewSection:
    items: list[OverviewItem] = []
    for i, value in rec.items("items", required=True):
        item = Record(value, rec.file, rec.label, rec.problems, f"items[{i}].")
        items.append(
            OverviewItem(
                title=item.text("title"),
                text=item.text("text"),
                sources=item.slugs("sources", required=True),
            )
        )
        item.finish()
    return OverviewSection(id=rec.slug("id"), title=rec.text("title"), items=tuple(items))


# -- conditions and selectors ----------------------------------------------------------------

_LEVEL_OPS: dict[str, Callable[[str], c.Condition]] = {
    "education_at_least": c.EducationAtLeast,
    "education_at_most": c.EducationAtMost,
    "has_skill": c.HasSkill,
    "has_interest": c.HasInterest,
    "has_field": c.HasField,
}


def read_condition(value: Any, rec: Record, path: str) -> c.Condition | None:
    """Parse one condition mapping (see docs/knowledge-base.md); None after reporting a problem."""
    if not isinstance(value, dict) or len(value) != 1:
        rec.problem(
            path,
            f"a condition is a mapping with exactly one of {', '.join(c.CONDITION_KEYS)}; "
            f"got {type_name(value) if not isinstance(value, dict) else f'{len(value)} keys'}",
        )
        return None
    key, arg = next(iter(value.items()))
    key = str(key)
    where = f"{path}.{key}"
    if key in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            rec.problem(where, "expected a non-empty list of conditions")
            return None
        items = [read_condition(v, rec, f"{where}[{i}]") for i, v in enumerate(arg)]
        if any(item is None for item in items):
            return None
        kept = tuple(item for item in items if item is not None)
        return c.All(kept) if key == "all" else c.Any_(kept)
    if key == "not":
        inner = read_condition(arg, rec, where)
        return c.Not(inner) if inner is not None else None
    if key in _LEVEL_OPS:
        if not isinstance(arg, str) or not arg:
            rec.problem(where, f"expected an id, got {type_name(arg)}")
            return None
        return _LEVEL_OPS[key](arg)
    if key == "experience_at_least":
        if isinstance(arg, bool) or not isinstance(arg, int) or not 0 <= arg <= MAX_EXPERIENCE:
            rec.problem(
                where, f"expected a whole number of years (0-{MAX_EXPERIENCE}), got {show(arg)}"
            )
            return None
        return c.ExperienceAtLeast(arg)
    if key == "preference":
        if not isinstance(arg, dict) or len(arg) != 1:
            rec.problem(where, "expected {preference id: option id}")
            return None
        pref, option = next(iter(arg.items()))
        return c.PreferenceIs(str(pref), str(option))
    rec.problem(where, f"unknown condition{did_you_mean(key, c.CONDITION_KEYS)}")
    return None


def read_selector(rec: Record) -> c.Selector:
    selector = c.Selector(
        roles=rec.slugs("roles"), types=rec.slugs("types"), tags=rec.slugs("tags")
    )
    rec.finish()
    if not (selector.roles or selector.types or selector.tags):
        rec.problem(None, "pick roles with at least one of: roles, types, tags")
    return selector


def read_weights(rec: Record) -> Weights:
    values = {key: rec.integer(key, low=0, high=100) for key in WEIGHT_KEYS}
    rec.finish()
    weights = Weights(**values)
    if weights.total() != 100:
        rec.problem(None, f"the weights add up to {weights.total()}, not 100")
    return weights


def read_rule(rec: Record) -> Rule | None:
    rule_id = rec.slug("id")
    reason = rec.text("reason")
    when = read_condition(rec.raw("when"), rec, "when") if rec.has("when") else None
    if not rec.has("when"):
        rec.problem("when", "missing (a condition)")
    then = rec.sub("then")
    sources = rec.slugs("sources")
    if then is None or when is None:
        return None
    weight = then.integer("weight", low=-50, high=50)
    if weight == 0:
        then.problem("weight", "must not be 0")
    selector = read_selector(then)
    return Rule(
        id=rule_id, reason=reason, when=when, weight=weight, selector=selector, sources=sources
    )


def read_question(rec: Record) -> Question:
    answer = rec.text("answer")
    allowed = ("country", "education", *LIST_ANSWERS, "experience_years", "bpo_experience_years")
    if answer and answer not in allowed and not answer.startswith("preferences."):
        rec.problem(
            "answer",
            f"{show(answer)} is not an answers key ({', '.join(allowed)}, preferences.<id>)",
        )
    ask_when = read_condition(rec.raw("ask_when"), rec, "ask_when") if rec.has("ask_when") else None
    return Question(
        answer=answer,
        prompt=rec.text("prompt"),
        help=rec.text("help", required=False),
        default=rec.raw("default"),
        ask_when=ask_when,
    )


def read_activity(rec: Record) -> Activity:
    return Activity(
        id=rec.slug("id"),
        text=rec.text("text"),
        interest=rec.slug("interest"),
        holland=rec.choice("holland", tuple(HOLLAND_LETTERS)),
    )


# -- issue 12: pay, hiring, outlook, programmes ------------------------------------------------

PAY_BASES: tuple[PayBasis, ...] = get_args(PayBasis)
TEST_KINDS: tuple[HiringTestKind, ...] = get_args(HiringTestKind)
TRENDS: tuple[Trend, ...] = get_args(Trend)
PROGRAMME_KINDS: tuple[ProgrammeKind, ...] = get_args(ProgrammeKind)
MAX_PAY = 100_000_000


def _range(rec: Record, key: str) -> tuple[int, int] | None:
    """[low, high] in whole currency units; None when absent."""
    value = rec.raw(key)
    if value is None:
        return None
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    )
    if not ok:
        rec.problem(key, f"expected [low, high] in whole numbers, got {show(value)}")
        return None
    low, high = value
    if not 0 < low <= high <= MAX_PAY:
        rec.problem(key, f"[{low}, {high}]: expected 0 < low <= high")
        return None
    return (low, high)


def read_pay(rec: Record) -> Pay | None:
    ranges = {level: _range(rec, level) for level in PAY_LEVELS}
    yearly: dict[str, tuple[int, int]] = {}
    yearly_rec = rec.sub("yearly", required=False)
    if yearly_rec is not None:
        for level in PAY_LEVELS:
            found = _range(yearly_rec, level)
            if found is not None:
                yearly[level] = found
        yearly_rec.finish()
    basis = rec.choice("basis", PAY_BASES, default="month")
    if not any(ranges.values()):
        rec.problem(None, "give at least one of entry, experienced, typical")
    if basis == "year" and not yearly:
        rec.problem("yearly", "missing: basis year keeps the source's yearly figures here")
    currency = rec.text("currency")
    if currency and not CURRENCY.match(currency):
        rec.problem("currency", f"{show(currency)} is not a currency code (three capitals: INR)")
    return Pay(
        role=rec.slug("role"),
        country=rec.slug("country"),
        currency=currency,
        source=rec.slug("source"),
        basis="year" if basis == "year" else "month",
        entry=ranges["entry"],
        experienced=ranges["experienced"],
        typical=ranges["typical"],
        yearly=yearly,
        note=rec.text("note", required=False),
    )


def read_hiring_test(rec: Record) -> HiringTest:
    kind = rec.choice("kind", TEST_KINDS)
    return HiringTest(
        kind=next((k for k in TEST_KINDS if k == kind), "assessment"),
        text=rec.text("text"),
        source=rec.slug("source"),
        countries=countries_of(rec),
        wpm=rec.integer("wpm", low=1, high=200) if rec.has("wpm") else None,
        accuracy=rec.integer("accuracy", low=1, high=100) if rec.has("accuracy") else None,
        kph=rec.integer("kph", low=1, high=100_000) if rec.has("kph") else None,
    )


def read_role_hiring(rec: Record) -> RoleHiring:
    tests: list[HiringTest] = []
    for i, value in rec.items("tests"):
        item = Record(value, rec.file, rec.label, rec.problems, f"tests[{i}].")
        tests.append(read_hiring_test(item))
        item.finish()
    shifts = None
    shifts_rec = rec.sub("shifts", required=False)
    if shifts_rec is not None:
        shifts = sourced_text(shifts_rec, source_required=True)
        shifts_rec.finish()
    return RoleHiring(
        role=rec.slug("role"),
        tests=tuple(tests),
        shifts=shifts,
        notes=sourced_texts(rec, "notes", source_required=True),
    )


def read_outlook(rec: Record) -> Outlook:
    trend = rec.choice("trend", TRENDS)
    source = rec.slug("source") if trend != "unknown" or rec.has("source") else None
    return Outlook(
        role=rec.slug("role"),
        trend=next((t for t in TRENDS if t == trend), "unknown"),
        text=rec.text("text", required=trend != "unknown"),
        source=source or None,
    )


def read_programme(rec: Record) -> Programme:
    kind = rec.choice("kind", PROGRAMME_KINDS)
    return Programme(
        id=rec.slug("id"),
        name=rec.text("name"),
        kind=next((k for k in PROGRAMME_KINDS if k == kind), "training"),
        provider=rec.text("provider", required=False),
        countries=countries_of(rec),
        url=rec.url("url"),
        text=rec.text("text"),
        skills=rec.slugs("skills"),
        roles=rec.slugs("roles"),
        source=rec.slug("source"),
    )
