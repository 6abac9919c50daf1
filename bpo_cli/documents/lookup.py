"""Documents of the lookup commands: role, roles, type, types, vocab, overview."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from msgspec import Meta, Struct, field

from bpo_cli.documents.base import SCHEMA_VERSION, Document, HollandCode, Id, Version
from bpo_cli.documents.common import (
    HiringDoc,
    OutlookDoc,
    PayDoc,
    ProgrammeDoc,
    SourcedTextDoc,
    SourceRef,
)

NonEmpty = Annotated[str, Meta(min_length=1)]


class RoleEducation(Struct, frozen=True):
    level: Annotated[
        Id, Meta(description="The minimum education level (see `bpo vocab education`).")
    ]
    fields: Annotated[list[Id], Meta(description="Any one of these fields; empty means any field.")]


class RoleSkills(Struct, frozen=True):
    required: list[Id]
    preferred: list[Id]


class OnetEducation(Struct, frozen=True):
    category: Annotated[int, Meta(ge=1, le=12)]
    label: str | None
    percent: Annotated[int, Meta(ge=0, le=100)] | None


HollandScore = Annotated[float, Meta(ge=1, le=7)]


class HollandScores(Struct, frozen=True, forbid_unknown_fields=True):
    """O*NET's interest scores of the occupation, 1 (low) to 7 (high)."""

    R: HollandScore
    I: HollandScore  # noqa: E741 -- the Holland letter
    A: HollandScore
    S: HollandScore
    E: HollandScore
    C: HollandScore


class OnetDoc(Struct, frozen=True):
    """O*NET facts for the role's occupation (CC BY 4.0, see `bpo about`)."""

    soc: Annotated[str, Meta(pattern=r"^[0-9]{2}-[0-9]{4}\.[0-9]{2}$")]
    title: str
    holland: Annotated[str, Meta(pattern=r"^[RIASEC]{1,3}$")]
    job_zone: Annotated[int, Meta(ge=1, le=5)]
    interest_scores: HollandScores
    education: OnetEducation | None


class RoleRoute(Struct, frozen=True):
    """An accepted way into a role besides its education minimum; every part given must be met."""

    level: Id
    fields: Annotated[list[Id], Meta(description="Any one of these; empty means any field.")]
    experience_years: Annotated[int, Meta(ge=0)]
    experience_kind: Literal["any", "bpo"]
    certifications: Annotated[list[Id], Meta(description="Any one of these.")]
    note: str
    sources: list[Id]


class RoleDoc(Document, frozen=True, kw_only=True):
    """One BPO role. schema_version changes in its minor part when keys are added, in its major
    part when a key changes meaning or goes away."""

    schema: ClassVar[str] = "role"
    command: ClassVar[str] = "bpo role --json"

    schema_version: Version = SCHEMA_VERSION
    slug: Id
    title: NonEmpty
    aliases: list[str]
    bpo_types: Annotated[list[Id], Meta(min_length=1)]
    tags: list[Id]
    description: NonEmpty
    responsibilities: Annotated[list[str], Meta(min_length=1)]
    education: RoleEducation
    experience_years: Annotated[int, Meta(ge=0)]
    skills: RoleSkills
    interests: list[Id]
    holland: Annotated[
        HollandCode,
        Meta(
            description="O*NET's high-point code, or one built from the role's interests when it "
            "has no O*NET mapping."
        ),
    ]
    customer_facing: bool
    onet: OnetDoc | None
    progression: list[Id]
    steps: Annotated[list[str], Meta(min_length=1)]
    sources: Annotated[list[SourceRef], Meta(min_length=1)]
    country: Annotated[
        Id | None,
        Meta(description="Added in 1.1: the country asked for with --country, else null."),
    ] = None
    pay: Annotated[
        list[PayDoc],
        Meta(
            description="Added in 1.1: sourced pay, one entry per country that has a figure (only "
            "the --country one when given); a country missing here has no sourced figure."
        ),
    ] = field(default_factory=list)
    hiring: HiringDoc | None = None
    outlook: OutlookDoc | None = None
    programmes: Annotated[
        list[ProgrammeDoc],
        Meta(description="Added in 1.1: programmes and job boards that serve this role."),
    ] = field(default_factory=list)
    holland_derived: Annotated[
        bool,
        Meta(
            description="Since 1.1: true when bpo built the Holland code from the role's "
            "interests (the role has no O*NET-SOC code)."
        ),
    ] = False
    experience_kind: Annotated[
        Literal["any", "bpo"],
        Meta(description="Since 1.1: bpo when only years in BPO or contact centres count."),
    ] = "any"
    routes: Annotated[
        list[RoleRoute],
        Meta(description="Since 1.1: accepted ways in besides `education`, from postings."),
    ] = field(default_factory=list)


class RolesDoc(Document, frozen=True, kw_only=True):
    """A list of roles, each exactly as `bpo role NAME --json` prints it."""

    schema: ClassVar[str] = "roles"
    command: ClassVar[str] = "bpo roles --json"

    roles: list[RoleDoc]
    note: str | None = None  # said on stderr with --json: why the list is filtered as it is

    def payload(self) -> Any:
        return self.roles

    @classmethod
    def payload_types(cls) -> tuple[Any, ...]:
        return (list[RoleDoc],)


class TypeDoc(Document, frozen=True, kw_only=True):
    """One BPO type."""

    schema: ClassVar[str] = "type"
    command: ClassVar[str] = "bpo type SLUG --json"

    schema_version: Version = SCHEMA_VERSION
    slug: Annotated[str, Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    name: NonEmpty
    dimension: Literal["function", "location", "service"]
    description: NonEmpty
    parent: Annotated[
        str | None,
        Meta(description="The broader type this one belongs to (LPO and RPO belong to KPO)."),
    ]
    examples: Annotated[list[str], Meta(min_length=1)]
    benefits: list[str]
    challenges: list[str]
    roles: Annotated[
        list[Id],
        Meta(
            description="Slugs of the roles of this type and its subtypes; empty for location "
            "types, which apply to every role."
        ),
    ]
    sources: list[SourceRef]


class TypesDoc(Document, frozen=True, kw_only=True):
    """A list of BPO types, each exactly as `bpo type SLUG --json` prints it."""

    schema: ClassVar[str] = "types"
    command: ClassVar[str] = "bpo types --json"

    types: list[TypeDoc]

    def payload(self) -> Any:
        return self.types

    @classmethod
    def payload_types(cls) -> tuple[Any, ...]:
        return (list[TypeDoc],)


class Entry(Struct, frozen=True):
    id: str
    label: str
    description: str


class EducationEntry(Struct, frozen=True):
    id: str
    label: str
    description: str
    rank: Annotated[int, Meta(ge=0, description="0 is the lowest level.")]


class InterestEntry(Struct, frozen=True):
    id: str
    label: str
    holland: Literal["R", "I", "A", "S", "E", "C"]
    description: str


class SkillHow(Struct, frozen=True):
    courses: list[str]
    certifications: list[str]
    practice: list[str]


class SkillEntry(Struct, frozen=True):
    id: str
    label: str
    kind: Literal["soft", "technical", "domain"]
    description: str
    how: SkillHow
    trait: Annotated[
        bool,
        Meta(
            description="Since 1.1: a personal quality employers judge at the interview; a "
            "person who lacks it loses points but is not kept from ready."
        ),
    ] = False


class FieldEntry(Struct, frozen=True):
    id: str
    label: str
    description: str
    counts_as: Annotated[
        list[str],
        Meta(description="Since 1.1: skills a diploma or degree in this field counts as."),
    ] = []


class OptionEntry(Struct, frozen=True):
    id: str
    label: str


class PreferenceEntry(Struct, frozen=True):
    id: str
    label: str
    default: str
    options: list[OptionEntry]


class NightDifferentialEntry(Struct, frozen=True):
    """Extra pay the law sets for night work."""

    text: str
    percent: Annotated[int, Meta(ge=1, le=100)]
    source: Annotated[str, Meta(description="A source id (see `bpo about`).")]


class CountryEntry(Struct, frozen=True):
    """A value of the `country` answer (added in 1.1)."""

    id: str
    label: str
    currency: Annotated[
        Annotated[str, Meta(pattern=r"^[A-Z]{3}$")] | None,
        Meta(description="ISO 4217 code; null when it varies (other)."),
    ]
    night_differential: Annotated[
        NightDifferentialEntry | None,
        Meta(description="Extra pay the law sets for night work; null when none is recorded."),
    ]
    notes: list[SourcedTextDoc]


class CertificationEntry(Struct, frozen=True):
    """Since 1.1: a certification a person can name in `certifications:`."""

    id: str
    label: str
    issuer: str
    description: str
    url: Annotated[str | None, Meta(description="The issuer's own page, when known.")]
    counts_as: Annotated[list[str], Meta(description="Skills the credential shows.")]
    sources: list[str]


Vocabulary = Literal[
    "education",
    "fields",
    "skills",
    "interests",
    "tags",
    "preferences",
    "countries",
    "certifications",
]


class VocabDoc(Document, frozen=True, kw_only=True, omit_defaults=True):
    """The vocabularies asked for, each a list of entries keyed by the vocabulary's name. With an
    ID (`bpo vocab skills excel --json`) the output is instead one entry, with `schema_version` and
    `vocabulary` added."""

    schema: ClassVar[str] = "vocab"
    command: ClassVar[str] = "bpo vocab [KIND [ID]] --json"

    schema_version: Version
    education: list[EducationEntry] | None = None
    fields: list[FieldEntry] | None = None
    skills: list[SkillEntry] | None = None
    interests: list[InterestEntry] | None = None
    tags: list[Entry] | None = None
    preferences: list[PreferenceEntry] | None = None
    countries: list[CountryEntry] | None = None
    certifications: list[CertificationEntry] | None = None

    @classmethod
    def payload_types(cls) -> tuple[Any, ...]:
        return (VocabDoc, VocabItemDoc)


class _Item(Document, frozen=True, kw_only=True, tag_field="vocabulary"):
    """One vocabulary entry (`bpo vocab KIND ID --json`): the entry, `schema_version` first."""

    schema: ClassVar[str] = "vocab"

    def payload(self) -> Any:
        from msgspec import to_builtins

        entry = to_builtins(self)
        return {"schema_version": entry.pop("schema_version"), **entry}


class EducationItem(_Item, EducationEntry, frozen=True, kw_only=True, tag="education"):
    schema_version: Version = SCHEMA_VERSION


class FieldItem(_Item, FieldEntry, frozen=True, kw_only=True, tag="fields"):
    schema_version: Version = SCHEMA_VERSION


class SkillItem(_Item, SkillEntry, frozen=True, kw_only=True, tag="skills"):
    schema_version: Version = SCHEMA_VERSION


class InterestItem(_Item, InterestEntry, frozen=True, kw_only=True, tag="interests"):
    schema_version: Version = SCHEMA_VERSION


class TagItem(_Item, Entry, frozen=True, kw_only=True, tag="tags"):
    schema_version: Version = SCHEMA_VERSION


class PreferenceItem(_Item, PreferenceEntry, frozen=True, kw_only=True, tag="preferences"):
    schema_version: Version = SCHEMA_VERSION


class CountryItem(_Item, CountryEntry, frozen=True, kw_only=True, tag="countries"):
    schema_version: Version = SCHEMA_VERSION


class CertificationItem(_Item, CertificationEntry, frozen=True, kw_only=True, tag="certifications"):
    schema_version: Version = SCHEMA_VERSION


VocabItemDoc = (
    EducationItem
    | FieldItem
    | SkillItem
    | InterestItem
    | TagItem
    | PreferenceItem
    | CountryItem
    | CertificationItem
)
ITEMS: dict[str, type[_Item]] = {
    "education": EducationItem,
    "fields": FieldItem,
    "skills": SkillItem,
    "interests": InterestItem,
    "tags": TagItem,
    "preferences": PreferenceItem,
    "countries": CountryItem,
    "certifications": CertificationItem,
}
ENTRIES: dict[str, type[Struct]] = {
    "education": EducationEntry,
    "fields": FieldEntry,
    "skills": SkillEntry,
    "interests": InterestEntry,
    "tags": Entry,
    "preferences": PreferenceEntry,
    "countries": CountryEntry,
    "certifications": CertificationEntry,
}


class OverviewItem(Struct, frozen=True):
    title: str
    text: str
    sources: list[str]


class OverviewSection(Struct, frozen=True):
    id: str
    title: str
    items: list[OverviewItem]


class OverviewDoc(Document, frozen=True, kw_only=True):
    """BPO in general: what it is, why companies outsource, challenges, market and industries."""

    schema: ClassVar[str] = "overview"
    command: ClassVar[str] = "bpo overview --json"

    schema_version: Version = SCHEMA_VERSION
    definition: NonEmpty
    sections: list[OverviewSection]
