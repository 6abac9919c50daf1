"""Parts several documents share: a person's answers, gaps to a role, career steps, sources."""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta, Struct

from bpo_cli.documents.base import Id, Score
from bpo_cli.terms import MAX_EXPERIENCE

Fit = Annotated[
    Literal["ready", "reachable", "stretch"],
    Meta(
        description="ready: an accepted route in (education, or a route since 1.1) and every "
        "required skill met, the usual experience too; since 1.1 personal qualities (gaps.traits) "
        "may be missing. reachable: gaps closable by training or experience; stretch: needs a "
        "new qualification."
    ),
]


class TypingDoc(Struct, frozen=True, omit_defaults=True, forbid_unknown_fields=True):
    """Since 1.1: a typing result; `measured` is true only for results `bpo practice typing`
    recorded (a figure typed in by hand is "reported")."""

    wpm: Annotated[int, Meta(ge=0, le=250)]
    accuracy: Annotated[float, Meta(ge=0, le=100)]
    measured: bool
    date: Annotated[str, Meta(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] | None = None


class ProfileDoc(Struct, frozen=True, omit_defaults=True, forbid_unknown_fields=True):
    """The normalised answers: ids checked, lists in vocabulary order, defaults filled in. Valid as
    an answers file."""

    country: Annotated[
        Id | None,
        Meta(
            description="Added in 1.1. Where the person looks for work (see `bpo vocab "
            "countries`); null when the answers do not say, and then every country's items are "
            "shown, each labelled with its country."
        ),
    ]
    education: Id
    fields: list[Id]
    interests: list[Id]
    skills: list[Id]
    experience_years: Annotated[int, Meta(ge=0, le=MAX_EXPERIENCE)]
    preferences: dict[str, Id]
    interest_scores: dict[str, Annotated[float, Meta(ge=0, le=1)]] | None = None
    certifications: Annotated[
        list[Id], Meta(description="Since 1.1: certification ids (`bpo vocab certifications`).")
    ] = []
    bpo_experience_years: Annotated[
        int,
        Meta(
            ge=0,
            le=MAX_EXPERIENCE,
            description="Since 1.1: the whole years of experience_years spent in BPO or "
            "contact centres.",
        ),
    ] = 0
    typing: TypingDoc | None = None


class EducationGapDoc(Struct, frozen=True):
    have: Id
    need: Id
    fields: Annotated[
        list[Id], Meta(description="Fields the role accepts (any one); empty means any field.")
    ]


class ExperienceGapDoc(Struct, frozen=True):
    have: int
    need: int


class RouteGapDoc(Struct, frozen=True):
    """Since 1.1: one accepted route into a role (every part given must be met), and what the
    person still lacks for it."""

    level: Id
    fields: Annotated[list[Id], Meta(description="Any one of these; empty means any field.")]
    experience_years: Annotated[int, Meta(ge=0)]
    experience_kind: Annotated[
        Literal["any", "bpo"],
        Meta(description="bpo: only years in BPO or contact centres count."),
    ]
    certifications: Annotated[
        list[Id], Meta(description="Any one of these; empty means none is needed.")
    ]
    missing: Annotated[
        list[Literal["level", "field", "experience", "certification"]],
        Meta(description="The parts of this route the person does not meet yet."),
    ]


class GapsDoc(Struct, frozen=True):
    """What stands between the person and a role."""

    education: Annotated[
        EducationGapDoc | None,
        Meta(
            description="null when some accepted route into the role is met (since 1.1, routes "
            "other than the education minimum count); otherwise the education minimum."
        ),
    ]
    skills: Annotated[
        list[Id],
        Meta(
            description="Required skills the person lacks; those also in `traits` do not keep "
            "the role from ready."
        ),
    ]
    preferred_skills: list[Id]
    experience: ExperienceGapDoc | None
    routes: Annotated[
        list[RouteGapDoc],
        Meta(
            description="Since 1.1: with no accepted route met, the nearest routes (at most "
            "two, best first); empty when a route is met."
        ),
    ] = []
    traits: Annotated[
        list[Id],
        Meta(
            description="Since 1.1: those of `skills` that are personal qualities (patience, "
            "attention to detail ...), judged at the interview. They cost points but do not keep "
            "the role from ready."
        ),
    ] = []


class StepDoc(Struct, frozen=True):
    kind: Literal[
        "education", "skill", "preferred-skill", "prepare", "experience", "progression", "tip"
    ]
    text: str
    how: list[str]


class ReasonDoc(Struct, frozen=True):
    rule: Annotated[
        str,
        Meta(
            description="A generic comparison (education, required-skills, preferred-skills, "
            "interests, holland, experience, scale) or a rule id from rules.yaml."
        ),
    ]
    text: str
    weight: Annotated[
        float,
        Meta(
            description="Points this reason adds (or takes away); the weights add up to the "
            "score (since 1.1 the last reason, `scale`, places the total on the role's scale)."
        ),
    ]
    against: Annotated[
        bool,
        Meta(description="Since 1.1: true when the reason counts against the role."),
    ] = False


class MatchDoc(Struct, frozen=True):
    """One role scored for one person, in full: why, gaps and steps."""

    role: Id
    title: str
    score: Score
    fit: Fit
    reasons: list[ReasonDoc]
    gaps: GapsDoc
    steps: list[StepDoc]
    pay: Annotated[
        PayDoc | None,
        Meta(
            description="Added in 1.1: sourced pay in the person's country; null when the answers "
            "give no country or no figure is sourced for this role there."
        ),
    ] = None
    rank: Annotated[
        int,
        Meta(
            ge=0,
            description="Since 1.1: 1 is best; roles tied on every meaningful signal share a "
            "rank (a tie is not decided by the name).",
        ),
    ] = 0
    labels: Annotated[
        list[Literal["hires-school-leavers"]],
        Meta(description="Since 1.1: how to present the role for this person."),
    ] = []


class FitDoc(Struct, frozen=True):
    """One role scored for one person, scores only (batch and compare)."""

    role: Id
    title: str
    score: Score
    fit: Fit
    gaps: GapsDoc
    rank: Annotated[
        int, Meta(ge=0, description="Since 1.1: 1 is best; tied roles share a rank.")
    ] = 0


class SourceRef(Struct, frozen=True):
    id: Id
    title: str
    file: str | None
    publisher: str | None
    url: str | None
    year: Annotated[
        int | None,
        Meta(description="the year the source states; null for seed files or an undated page"),
    ]


class SourcedTextDoc(Struct, frozen=True):
    """A fact in bpo's own words, with its source and the countries it applies to."""

    text: str
    source: Annotated[str | None, Meta(description="A source id (see `bpo about`).")]
    countries: Annotated[
        list[Id], Meta(description="The countries it applies to; empty: every country.")
    ]


PayRange = Annotated[
    list[Annotated[int, Meta(gt=0)]],
    Meta(min_length=2, max_length=2, description="[low, high], whole units of the currency."),
]


class PayDoc(Struct, frozen=True):
    """Sourced monthly gross pay for a role in one country (added in 1.1). A role and country
    with no record has no sourced figure: bpo never borrows one from a similar role."""

    country: Id
    currency: Annotated[str, Meta(pattern=r"^[A-Z]{3}$")]
    period: Annotated[Literal["month"], Meta(description="Figures are gross, per month.")]
    entry: Annotated[PayRange | None, Meta(description="Entry level; null if not sourced.")]
    experienced: Annotated[
        PayRange | None, Meta(description="About 3 to 5 years; null if not sourced.")
    ]
    typical: Annotated[
        PayRange | None,
        Meta(
            description="The role as a whole, when the source does not split by experience "
            "(an average is given as [x, x])."
        ),
    ]
    computed_from_yearly: Annotated[
        dict[str, PayRange] | None,
        Meta(
            description="When the source gives yearly pay: its yearly figures; the monthly ones "
            "are these / 12, rounded to 100. Null when the source gives monthly pay."
        ),
    ]
    note: str
    source: SourceRef
    year: Annotated[int | None, Meta(description="The year the source states; null when undated.")]


class HiringTestDoc(Struct, frozen=True):
    kind: Literal[
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
    text: str
    source: Annotated[str, Meta(description="A source id (see `bpo about`).")]
    countries: Annotated[
        list[Id], Meta(description="The countries it applies to; empty: every country.")
    ]
    wpm: Annotated[int | None, Meta(description="A typing target: words (5 characters) a minute.")]
    accuracy: Annotated[int | None, Meta(description="A typing target: percent accuracy.")]
    kph: Annotated[int | None, Meta(description="A data-entry target: keystrokes an hour.")]


class HiringDoc(Struct, frozen=True):
    """How people are usually hired for the role (added in 1.1), each item sourced. With a
    country, only what applies there (and everywhere)."""

    tests: list[HiringTestDoc]
    shifts: SourcedTextDoc | None
    notes: Annotated[
        list[SourcedTextDoc],
        Meta(description="Notes on this role, then notes that apply to every role."),
    ]
    red_flags: Annotated[
        list[SourcedTextDoc], Meta(description="Signs of a fake job or an illegal fee.")
    ]


class OutlookDoc(Struct, frozen=True):
    """Whether jobs in the role are growing, stable or shrinking (added in 1.1)."""

    trend: Literal["growing", "stable", "shrinking", "unknown"]
    text: str
    source: Annotated[SourceRef | None, Meta(description="Null only when the trend is unknown.")]


class ProgrammeDoc(Struct, frozen=True):
    """A training or certification programme, a scholarship or a job board (added in 1.1)."""

    id: Id
    name: str
    kind: Literal["certification", "scholarship", "training", "job-board", "exam"]
    provider: str
    url: str | None
    countries: list[Id]
    text: str
    source: SourceRef
