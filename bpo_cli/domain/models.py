"""Typed records of the knowledge base: vocabulary, BPO types, roles, sources."""

from __future__ import annotations

from typing import Literal

from msgspec import Struct, field

from bpo_cli.domain.conditions import Condition, Selector

HOLLAND_LETTERS = "RIASEC"
SkillKind = Literal["soft", "technical", "domain"]
SKILL_KINDS: tuple[SkillKind, ...] = ("soft", "technical", "domain")
Dimension = Literal["function", "location", "service"]
DIMENSIONS: tuple[Dimension, ...] = ("function", "location", "service")


class EducationLevel(Struct, frozen=True):
    id: str
    label: str
    description: str
    rank: int  # position in education.yaml: 0 is the lowest
    onet_categories: tuple[int, ...] = ()


class FieldOfStudy(Struct, frozen=True):
    id: str
    label: str
    description: str = ""
    # Skills a diploma or degree in this field teaches: a person with one counts as having them.
    counts_as: tuple[str, ...] = ()


class Interest(Struct, frozen=True):
    id: str
    label: str
    holland: str
    description: str = ""


class HowTo(Struct, frozen=True):
    """Concrete ways to build a skill."""

    courses: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    practice: tuple[str, ...] = ()
    # text -> the countries it applies to, for entries that apply in some countries only
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def entries(self) -> list[tuple[str, str]]:
        """(kind, text) pairs in a stable order: courses, certifications, practice."""
        return (
            [("course", c) for c in self.courses]
            + [("certification", c) for c in self.certifications]
            + [("practice", p) for p in self.practice]
        )


class Skill(Struct, frozen=True):
    id: str
    label: str
    kind: SkillKind
    description: str
    how: HowTo
    counts_toward: tuple[Equivalence, ...] = ()  # other skills this one counts toward
    # A personal quality (patience, attention to detail ...) that employers judge at the
    # interview rather than ask proof of: lacking it is named but never keeps a role from ready.
    trait: bool = False


class Certification(Struct, frozen=True):
    """A credential a person can hold: who issues it and where it is described."""

    id: str
    label: str
    issuer: str
    description: str = ""
    url: str | None = None  # the issuer's own page
    counts_as: tuple[str, ...] = ()  # skills the credential shows the person has
    sources: tuple[str, ...] = ()


class TypingThreshold(Struct, frozen=True):
    """A measured typing result at or above these figures counts as the skill."""

    skill: str
    wpm: int
    accuracy: float
    sources: tuple[str, ...] = ()


class Tag(Struct, frozen=True):
    id: str
    label: str
    description: str = ""


class Option(Struct, frozen=True):
    id: str
    label: str


class Preference(Struct, frozen=True):
    id: str
    label: str
    default: str
    options: tuple[Option, ...]

    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)


SourceKind = Literal[
    "article", "dataset", "salary-guide", "survey", "posting", "official", "guide", "law"
]


class Source(Struct, frozen=True):
    """Where facts come from: a seed article, a dataset, or a public page with its address."""

    id: str
    kind: SourceKind
    title: str
    file: str | None = None
    covers: str = ""
    publisher: str | None = None
    url: str | None = None
    year: int | None = None  # the year the page states; None with a url means "undated"
    seen: str | None = None  # when we read it, YYYY-MM-DD


class SourcedText(Struct, frozen=True):
    """A sentence of fact, in our words, with where it comes from and where it applies."""

    text: str
    source: str | None = None
    countries: tuple[str, ...] = ()  # empty: applies in every country


class NightDifferential(Struct, frozen=True):
    """Extra pay the law sets for night work (the Philippines: at least 10% for 10 pm to 6 am)."""

    text: str
    percent: int
    source: str


class Country(Struct, frozen=True):
    """A country a person can look for work in; `other` stands for any country not listed."""

    id: str
    name: str
    currency: str | None = None  # ISO 4217 code, e.g. INR; None when it varies
    notes: tuple[SourcedText, ...] = ()
    night_differential: NightDifferential | None = None

    @property
    def label(self) -> str:
        return self.name


class BpoType(Struct, frozen=True):
    slug: str
    name: str
    dimension: Dimension
    description: str
    parent: str | None = None
    examples: tuple[str, ...] = ()
    benefits: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


class OnetOccupation(Struct, frozen=True):
    """O*NET facts for one occupation (CC BY 4.0, see `bpo about`)."""

    soc: str
    title: str
    interest_scores: dict[str, float]  # R I A S E C, 1 (low) to 7 (high)
    holland: str  # the high-point code, e.g. "CIE"
    job_zone: int
    education_category: int | None = None
    education_label: str | None = None
    education_pct: int | None = None


class EducationRequirement(Struct, frozen=True):
    level: str
    fields: tuple[str, ...] = ()  # any one of these; empty means any field
    note: str = ""  # how to meet it: which degrees count, what helps


ExperienceKind = Literal["any", "bpo"]
EXPERIENCE_KINDS: tuple[ExperienceKind, ...] = ("any", "bpo")


class Route(Struct, frozen=True):
    """One accepted way into a role: a level (with fields, or any field), and/or experience,
    and/or a certification in place of a degree. Every part given must be met."""

    level: str
    fields: tuple[str, ...] = ()  # any one of these; empty means any field
    experience_years: int = 0
    experience_kind: ExperienceKind = "any"  # "bpo": only years in BPO or contact centres count
    certifications: tuple[str, ...] = ()  # any one of these
    note: str = ""
    sources: tuple[str, ...] = ()


class Equivalence(Struct, frozen=True):
    """Holding `skill` counts toward another skill: fully (1.0) or in part."""

    skill: str
    credit: float


class SkillRequirement(Struct, frozen=True):
    required: tuple[str, ...] = ()
    preferred: tuple[str, ...] = ()


class Role(Struct, frozen=True):
    slug: str
    title: str
    bpo_types: tuple[str, ...]
    description: str
    responsibilities: tuple[str, ...]
    education: EducationRequirement
    skills: SkillRequirement
    interests: tuple[str, ...]
    customer_facing: bool
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    experience_years: int = 0
    experience_kind: ExperienceKind = "any"  # "bpo": the usual years must be in BPO work
    routes: tuple[Route, ...] = ()  # accepted alternatives to `education`
    onet: OnetOccupation | None = None
    progression: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    # step text -> the countries it applies to, for steps that apply in some countries only
    step_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def all_routes(self) -> tuple[Route, ...]:
        """The education minimum as the first route, then the alternatives."""
        first = Route(self.education.level, self.education.fields, note=self.education.note)
        return (first, *self.routes)


class Tip(Struct, frozen=True):
    """General career advice from the seeds, with when it applies."""

    id: str
    title: str
    text: str
    when: Condition | None = None
    applies_to: Selector | None = None
    sources: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # empty: every country


class OverviewItem(Struct, frozen=True):
    title: str
    text: str
    sources: tuple[str, ...] = ()


class OverviewSection(Struct, frozen=True):
    id: str
    title: str
    items: tuple[OverviewItem, ...]


class Overview(Struct, frozen=True):
    definition: str = ""
    sections: tuple[OverviewSection, ...] = field(default_factory=tuple)


class Activity(Struct, frozen=True):
    """A short piece of BPO work for the interest profiler, tied to one interest."""

    id: str
    text: str
    interest: str
    holland: str  # the interest's letter, written out so the data reads on its own


PayBasis = Literal["month", "year"]
PAY_LEVELS = ("entry", "experienced", "typical")


class Pay(Struct, frozen=True):
    """Sourced monthly gross pay for one role in one country (local currency).

    `entry` is entry level, `experienced` about 3 to 5 years, `typical` the role as a whole when
    the source does not split by experience. With basis "year" the monthly figures were computed
    from the source's yearly figures (kept in `yearly`), divided by 12 and rounded to 100.
    """

    role: str
    country: str
    currency: str
    source: str
    basis: PayBasis = "month"
    entry: tuple[int, int] | None = None
    experienced: tuple[int, int] | None = None
    typical: tuple[int, int] | None = None
    yearly: dict[str, tuple[int, int]] = field(default_factory=dict)
    note: str = ""


HiringTestKind = Literal[
    "typing",
    "data-entry",
    "english",
    "aptitude",
    "voice",
    "background-check",
    "technical",
    "interview",
    "assessment",
]


class HiringTest(Struct, frozen=True):
    kind: HiringTestKind
    text: str
    source: str
    countries: tuple[str, ...] = ()
    wpm: int | None = None  # a typing target, words (5 characters) a minute
    accuracy: int | None = None  # percent
    kph: int | None = None  # a data-entry target, keystrokes an hour


class RoleHiring(Struct, frozen=True):
    role: str
    tests: tuple[HiringTest, ...] = ()
    shifts: SourcedText | None = None
    notes: tuple[SourcedText, ...] = ()


class Hiring(Struct, frozen=True):
    """How people are hired: warnings and notes for every role, and each role's tests."""

    red_flags: tuple[SourcedText, ...] = ()
    notes: tuple[SourcedText, ...] = ()
    roles: dict[str, RoleHiring] = field(default_factory=dict)


Trend = Literal["growing", "stable", "shrinking", "unknown"]


class Outlook(Struct, frozen=True):
    role: str
    trend: Trend
    text: str = ""
    source: str | None = None  # required unless the trend is unknown


ProgrammeKind = Literal["certification", "scholarship", "training", "job-board", "exam"]


class Programme(Struct, frozen=True):
    """A training or certification programme, a scholarship or a job board, with its address."""

    id: str
    name: str
    kind: ProgrammeKind
    text: str
    source: str
    provider: str = ""
    url: str | None = None
    countries: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
