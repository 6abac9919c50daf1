"""Views of advice: a ranked table with why, gaps and steps; the report to keep; the answers."""

from __future__ import annotations

from msgspec import convert

from bpo_cli import __version__
from bpo_cli.documents.advice import AdviceDoc
from bpo_cli.documents.common import Fit, FitDoc, GapsDoc, MatchDoc, ProfileDoc, StepDoc
from bpo_cli.domain.advice import Gaps
from bpo_cli.domain.holland import code_of, person_vector
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.models import Source
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.steps import SHOW_AT_INTERVIEW
from bpo_cli.domain.wording import level_label, plural, qualification, route_text
from bpo_cli.render.blocks import (
    Bar,
    Block,
    Bullets,
    Cell,
    Fields,
    Heading,
    Paragraph,
    Section,
    Span,
    Style,
    Table,
)
from bpo_cli.render.emit import Context, View
from bpo_cli.render.views.hired import (
    outlook_line,
    pay_lines,
    programme_blocks,
    report_sources,
)
from bpo_cli.render.views.lookup import HOLLAND_NOTE, holland_text
from bpo_cli.terms import ATTRIBUTION

FIT_STYLES: dict[Fit, Style] = {"ready": "good", "reachable": "warn", "stretch": "info"}
FIT_MEANING: dict[Fit, str] = {
    "ready": "you meet an accepted route in and the required skills "
    "(personal qualities are judged at the interview)",
    "reachable": "close the skill or experience gaps below with training and practice",
    "stretch": "this needs a new qualification first",
}
STEPS_SHOWN = 6
SUMMARY_ROWS = 10  # the closing summary stays within one screen
HOW_SHOWN = 2


def badge(fit: Fit) -> Span:
    return Span(fit.upper(), FIT_STYLES[fit])


def profile_text(kb: KnowledgeBase, answers: ProfileDoc, holland: str) -> str:
    profile = convert(answers, Profile, from_attributes=True)
    parts = [qualification(kb, profile.education, profile.fields)]
    interests = [kb.interests[i].label for i in kb.interests if profile.has_interest(i)]
    parts.append("interests: " + (", ".join(interests) or "none given"))
    if holland:
        parts.append(f"Holland code {holland}")
    parts.append(
        "skills: " + (", ".join(kb.skills[s].label for s in profile.skills) or "none given")
    )
    parts.append(f"{plural(profile.experience_years, 'year')} of experience")
    prefs = [
        option.label
        for pref_id, chosen in profile.preferences.items()
        if pref_id in kb.preferences and chosen != kb.preferences[pref_id].default
        for option in kb.preferences[pref_id].options
        if option.id == chosen
    ]
    if prefs:
        parts.append("prefers: " + ", ".join(prefs))
    return "; ".join(parts) + "."


def missing_text(kb: KnowledgeBase, match: MatchDoc | FitDoc) -> str:
    """What stands between the person and the role, in a few words, for the summary table."""
    gaps = match.gaps
    parts = []
    if gaps.education is not None:
        parts.append(qualification(kb, gaps.education.need, gaps.education.fields))
    traits = getattr(gaps, "traits", ())
    parts += [kb.label("skills", s) for s in gaps.skills if s not in traits]
    if gaps.experience is not None:
        more = plural(gaps.experience.need - gaps.experience.have, "more year")
        parts.append(f"{more} of experience")
    return ", ".join(parts) or "nothing: you qualify"


def advice_view(advice: AdviceDoc, ctx: Context) -> list[Block]:
    kb, top, explain = ctx.kb, ctx.top, ctx.explain
    shown = advice.matches if top is None else advice.matches[:top]
    rows: list[list[Cell]] = [
        [str(m.rank or i), Span(m.title, "strong"), Bar(m.score), badge(m.fit), missing_text(kb, m)]
        for i, m in enumerate(shown, 1)
    ]
    blocks: list[Block] = [
        Heading("Roles that fit you", f"{len(shown)} of {len(advice.matches)} roles"),
        Paragraph("For: " + profile_text(kb, advice.profile, advice.holland), style="dim"),
        *([Paragraph(HOLLAND_NOTE, style="dim")] if advice.holland else []),
        Table(["#", "Role", "Score", "Fit", "Missing"], rows),
    ]
    tie = ties_text(shown)
    if tie:
        blocks.append(Paragraph(tie, style="warn"))
    country = advice.profile.country
    blocks += [_match_section(kb, m.rank or i, m, explain, country) for i, m in enumerate(shown, 1)]
    more = [] if top is None or top >= len(advice.matches) else ["`--all` shows every role"]
    blocks.append(
        Paragraph(
            "; ".join([*more, "`--explain` shows every rule", "`--json` gives the full plan"])
            + ".",
            style="dim",
        )
    )
    blocks.append(Paragraph(advice.disclaimer, style="dim"))
    return blocks


def closing_view(advice: AdviceDoc, ctx: Context) -> list[Block]:
    """The ranking again, short, printed last so it is on screen when a long run ends."""
    shown = advice.matches if ctx.top is None else advice.matches[: ctx.top]
    rows: list[list[Cell]] = [
        [str(i), [Span(m.title, "strong"), Span(f"  {m.role}", "dim")], Bar(m.score), badge(m.fit)]
        for i, m in enumerate(shown[:SUMMARY_ROWS], 1)
    ]
    return [Table(["#", "Your best roles (and their slugs)", "Score", "Fit"], rows)]


def match_pay_lines(kb: KnowledgeBase, match: MatchDoc, country: str | None) -> list[str]:
    """Pay for a match: in the person's country, or in every country when none was given."""
    if country is not None:
        return pay_lines(kb, [match.pay] if match.pay is not None else [], country)
    return pay_lines(kb, kb.pay_of(match.role), None)


def ties_text(matches: list[MatchDoc] | list[FitDoc]) -> str:
    """'Data Entry Specialist and Claims Processor tie (same score on every signal)...', or ''."""
    groups: dict[int, list[str]] = {}
    for m in matches:
        groups.setdefault(m.rank, []).append(m.title)
    tied = [titles for rank, titles in groups.items() if rank and len(titles) > 1]
    if not tied:
        return ""
    said = "; ".join(" and ".join(titles) for titles in tied)
    return (
        f"Tied (same number, same score on every signal, listed in no particular order): "
        f"{said}. Name your interests and skills to tell them apart."
    )


def fit_fields(match: MatchDoc) -> Fields:
    pairs: list[tuple[str, Cell]] = [
        ("Fit", [badge(match.fit), Span(f"  {FIT_MEANING[match.fit]}")]),
        ("Score", Bar(match.score)),
    ]
    if "hires-school-leavers" in match.labels:
        pairs.append(("Note", "hires school leavers and trains them: a realistic first job"))
    return Fields(pairs)


def for_and_against(match: MatchDoc, most: int | None = 4) -> list[Block]:
    """The strongest reasons for the role, and every reason against it (never hidden)."""
    positive = sorted(
        (r for r in match.reasons if r.weight > 0 and not r.against and r.rule != "scale"),
        key=lambda r: -r.weight,
    )
    against = [r.text for r in match.reasons if r.against]
    blocks: list[Block] = [
        Bullets([r.text for r in positive[:most]], title="Why it fits"),
    ]
    if against:
        blocks.append(Bullets(against, title="Counts against it"))
    return blocks


def _match_section(
    kb: KnowledgeBase, rank: int, match: MatchDoc, explain: bool, country: str | None = None
) -> Section:
    blocks: list[Block] = [
        fit_fields(match),
        Bullets(match_pay_lines(kb, match, country), title="Pay"),
        *for_and_against(match),
    ]
    blocks.append(Bullets(gap_lines(kb, match.gaps), title="Gaps"))
    steps = match.steps[:STEPS_SHOWN]
    more = len(match.steps) - len(steps)
    blocks.append(
        Bullets(
            [s.text for s in steps],
            title="Next steps",
            numbered=True,
            details=[list(s.how[:HOW_SHOWN]) for s in steps],
        )
    )
    if more > 0:
        blocks.append(
            Paragraph(
                f"… {more} more step{'s' if more != 1 else ''} with --json; "
                f"details: bpo role {match.role}",
                style="dim",
            )
        )
    if explain:
        rows: list[list[Cell]] = [[r.rule, f"{r.weight:+g}", r.text] for r in match.reasons]
        blocks.append(Table(["Rule", "Points", "Reason"], rows, title="Rule trace"))
    return Section(f"{rank}. {match.title} ({match.role})", blocks, style=FIT_STYLES[match.fit])


def gap_lines(kb: KnowledgeBase, gaps: GapsDoc | Gaps) -> list[str]:
    """The gaps to a role, one line each, for the person to read."""
    lines: list[str] = []
    if gaps.education is not None:
        need = qualification(kb, gaps.education.need, gaps.education.fields)
        routes = getattr(gaps, "routes", ())
        nearest = "; or ".join(
            route_text(
                kb, r.level, r.fields, r.experience_years, r.experience_kind, r.certifications
            )
            for r in routes
        )
        line = f"Education: needs {need}; you have {level_label(kb, gaps.education.have)}."
        if nearest:
            line += f" Nearest accepted route: {nearest}."
        lines.append(line)
    traits = getattr(gaps, "traits", ())
    blocking = [s for s in gaps.skills if s not in traits]
    if blocking:
        lines.append(
            "Required skills to build: " + ", ".join(kb.skills[s].label for s in blocking) + "."
        )
    if traits:
        lines.append(
            "Show at the interview: "
            + ", ".join(kb.skills[s].label for s in traits)
            + " (judged there; not a bar to ready)."
        )
    if gaps.experience is not None:
        lines.append(
            f"Experience: {gaps.experience.need} years usually asked; "
            f"you have {gaps.experience.have}."
        )
    if gaps.preferred_skills:
        lines.append(
            "Preferred skills: "
            + ", ".join(kb.skills[s].label for s in gaps.preferred_skills)
            + "."
        )
    return lines or ["None: you meet every minimum requirement."]


def answers_view(kb: KnowledgeBase, profile: Profile | ProfileDoc) -> list[Block]:
    """The answers shown back before the advice."""
    pairs: list[tuple[str, Cell]] = [
        ("Education", qualification(kb, profile.education, profile.fields)),
        ("Interests", ", ".join(kb.interests[i].label for i in profile.interests) or "none"),
        ("Skills", ", ".join(kb.skills[s].label for s in profile.skills) or "none"),
        ("Experience", f"{profile.experience_years} years"),
    ]
    for pref_id, chosen in profile.preferences.items():
        pref = kb.preferences.get(pref_id)
        if pref is not None:
            label = next((o.label for o in pref.options if o.id == chosen), chosen)
            pairs.append((pref.label, label))
    return [Section("Your answers", [Fields(pairs)])]


def interest_profile_view(kb: KnowledgeBase, scores: dict[str, float] | None) -> list[Block]:
    """The result of the activity profiler, shown before the remaining questions."""
    if scores is None:
        return [
            Paragraph(
                "You rated every activity the same, so the ratings do not show what you "
                "prefer: tick your interests in the next question instead.",
                style="warn",
            )
        ]
    person = person_vector(kb, Profile(education="", interest_scores=scores))
    code = code_of(person) if person else ""
    ranked = sorted(scores.items(), key=lambda item: (-item[1], list(kb.interests).index(item[0])))
    rows: list[list[Cell]] = [
        [kb.label("interests", i), Bar(round(v * 100)), kb.interests[i].holland] for i, v in ranked
    ]
    return [
        Section(
            "Your interest profile",
            [
                Table(["Interest", "Strength", "Holland"], rows),
                Paragraph(f"Holland code: {holland_text(code)}"),
                Paragraph(HOLLAND_NOTE, style="dim"),
            ],
        )
    ]


CHARTED = 8  # roles in the report's ranking table
DETAILED = 5  # roles the report describes in full
REPORT_REASONS = 2  # reasons a role fits, in the report
REPORT_HOW = 1  # ways to take each step, in the report (the first: a course or practice)


def report_view(advice: AdviceDoc, ctx: Context) -> list[Block]:
    """The advice as a report to keep or print: for 5 roles, at most 4 A4 pages.

    Tips that every role shares are printed once at the end, not under each role; steps
    that only point to other bpo commands are left out (they mean nothing on paper).
    """
    kb = ctx.kb
    best = advice.matches[:CHARTED]
    detailed = advice.matches[:DETAILED]
    rows: list[list[Cell]] = [
        [str(m.rank or i), Span(m.title, "strong"), Bar(m.score), badge(m.fit), missing_text(kb, m)]
        for i, m in enumerate(best, 1)
    ]
    made = " · ".join(
        x for x in (f"For {ctx.name}" if ctx.name else "", ctx.date, f"bpo {__version__}") if x
    )
    blocks: list[Block] = [
        Heading("Your BPO career report", made),
        Paragraph(advice.disclaimer, style="warn"),
        *answers_view(kb, advice.profile),
        Table(["#", "Role", "Score", "Fit", "Missing"], rows, title="Your best roles"),
    ]
    tie = ties_text(best)
    if tie:
        blocks.append(Paragraph(tie, style="warn"))
    shared = _shared_tips(detailed)
    printed: set[str] = set()  # ways to build a skill already given under an earlier role
    country = advice.profile.country
    programmes = {m.role: _lines(programme_blocks(kb, kb.roles[m.role], country)) for m in detailed}
    common = _shared_lines(list(programmes.values()))
    for rank, match in enumerate(detailed, 1):
        role = kb.roles[match.role]
        # On paper the gaps already name the personal qualities to show at the interview.
        kept = [
            s
            for s in match.steps
            if s.text not in shared and not s.text.startswith(SHOW_AT_INTERVIEW)
        ]
        steps = _paper_steps(kb, kept, printed)
        blocks.append(
            Section(
                f"{match.rank or rank}. {match.title}",
                [
                    Paragraph(role.description),
                    fit_fields(match),
                    *for_and_against(match, most=REPORT_REASONS),
                    *_paper_pay(kb, match, country),
                    Bullets(gap_lines(kb, match.gaps), title="Gaps"),
                    Bullets(
                        [text for text, _ in steps],
                        title="Steps",
                        numbered=True,
                        details=[how for _, how in steps],
                    ),
                    *_paper_programmes(programmes[match.role], common),
                ],
                style=badge(match.fit).style,
            )
        )
    if common:
        blocks.append(
            Section("Programmes and job boards for these roles", [Bullets(common)], style="dim")
        )
    if shared:
        blocks.append(Section("Tips for every role", [Bullets(shared)], style="dim"))
    ids = sorted({s for m in detailed for s in report_sources(kb, m.role, advice.profile.country)})
    blocks.append(
        Section(
            "Sources",
            [
                Bullets([_paper_source(kb.sources[s]) for s in ids if s in kb.sources]),
                Paragraph(ATTRIBUTION, style="dim"),
            ],
            style="dim",  # long lists: two columns on paper
        )
    )
    return blocks


def _paper_pay(kb: KnowledgeBase, match: MatchDoc, country: str | None) -> list[Block]:
    """Pay and outlook on paper: the sourced figures only (no "no sourced figure" lines)."""
    pay = [line for line in match_pay_lines(kb, match, country) if "no sourced" not in line]
    blocks: list[Block] = (
        [Paragraph([Span("Pay: ", "strong"), Span("; ".join(pay))])] if pay else []
    )
    outlook = outlook_line(kb, match.role)
    if not outlook.startswith("not known"):
        blocks.append(Paragraph([Span("Outlook: ", "strong"), Span(outlook)]))
    return blocks


def _lines(blocks: list[Block]) -> list[str]:
    return [str(item) for b in blocks if isinstance(b, Bullets) for item in b.items]


def _shared_lines(groups: list[list[str]]) -> list[str]:
    """Lines found in more than one group, in the order they first come."""
    counts: dict[str, int] = {}
    for group in groups:
        for line in dict.fromkeys(group):
            counts[line] = counts.get(line, 0) + 1
    return [line for line, count in counts.items() if count > 1]


def _paper_programmes(lines: list[str], common: list[str]) -> list[Block]:
    """A role's own programmes; those several roles share are listed once at the end."""
    own = [line for line in lines if line not in common]
    return [Bullets(own, title="Programmes and job boards")] if own else []


def _shared_tips(matches: list[MatchDoc]) -> list[str]:
    """General tips: those under more than one of the roles, in the order they come."""
    seen: dict[str, int] = {}
    for match in matches:
        for step in match.steps:
            if step.kind == "tip":
                seen[step.text] = seen.get(step.text, 0) + 1
    return [text for text, count in seen.items() if count > 1 or len(matches) == 1]


def _paper_steps(
    kb: KnowledgeBase, steps: list[StepDoc], printed: set[str]
) -> list[tuple[str, list[str]]]:
    """Steps for paper: the gaps come first as steps (education, each required skill, with one
    way to build it), the skills employers prefer share one line, and no `bpo ...` commands
    (they mean nothing in print). A way to build a skill given under an earlier role is not
    repeated (`printed` collects them)."""
    out: list[tuple[str, list[str]]] = []
    preferred = [s for s in steps if s.kind == "preferred-skill"]
    for step in steps:
        if step in preferred:
            if step is preferred[0]:
                names = [s.text.removeprefix("Add ").split(" (preferred")[0] for s in preferred]
                out.append((f"Add skills employers prefer: {', '.join(names)}.", []))
            continue
        how = [h for h in step.how if "`bpo " not in h][:REPORT_HOW]
        how = [h for h in how if h not in printed]
        printed.update(how)
        out.append((step.text, how))
    return out


def _paper_source(source: Source) -> str:
    """A source by its title, publisher, year and address: never a file name of ours."""
    when = str(source.year) if source.year else ("undated" if source.url else "")
    detail = ", ".join(x for x in (source.publisher, when, source.url) if x)
    if not detail and source.file:
        detail = "article"
    return f"{source.title} ({detail})" if detail else source.title


VIEWS: dict[type, View] = {
    AdviceDoc: View(advice_view, report_view, "Your BPO career report"),
}
