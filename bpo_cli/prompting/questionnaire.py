"""The interactive questionnaire of `bpo advise`, built from questions.yaml with questionary.

Imported only on the interactive path: questionary and prompt_toolkit cost start-up time that
lookups and `--answers` runs never pay.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import questionary
from msgspec import Struct, field
from prompt_toolkit.output import Output
from questionary import Choice, Separator

from bpo_cli.domain.conditions import holds
from bpo_cli.domain.knowledge import KnowledgeBase, Question
from bpo_cli.domain.models import SKILL_KINDS
from bpo_cli.domain.profiler import NEUTRAL_RATING, SCALE, interest_scores
from bpo_cli.services.answers import defaults, preselected_country, to_profile
from bpo_cli.terms import MAX_EXPERIENCE

KIND_TITLES = {"soft": "Soft skills", "technical": "Technical skills", "domain": "Domain skills"}


class Progress(Struct):
    """What has been answered so far: kept after every answer, so Ctrl-C loses nothing."""

    answers: dict[str, Any] = field(default_factory=dict)
    ratings: dict[str, int] = field(default_factory=dict)  # activity id -> 1 (dislike) .. 5
    flat: bool = False  # every activity got the same rating: ask the quick question instead


def ask(
    kb: KnowledgeBase,
    progress: Progress,
    keep: Callable[[Progress], None],
    *,
    deep: bool = False,
    show_scores: Callable[[dict[str, float] | None], None] = lambda scores: None,
) -> dict[str, Any]:
    """Ask every question not yet answered, calling `keep` after each answer.

    With `deep`, the interests question becomes the activity profiler; `show_scores` is told
    the result (None when every activity got the same rating and the quick question follows).
    Ctrl-C raises KeyboardInterrupt with everything answered so far already kept.
    """
    output = _terminal_output()
    base = defaults(kb)
    answers = progress.answers
    while True:
        applicable = [q for q in kb.questions if _applies(kb, q, answers)]
        pending = [q for q in applicable if not _answered(answers, q)]
        if not pending:
            return answers
        q = pending[0]
        progress_text = f"({applicable.index(q) + 1} of {len(applicable)})"
        if q.answer == "interests" and deep and kb.activities and not progress.flat:
            scores = _profile_activities(kb, progress, keep, output)
            show_scores(scores)
            if scores is not None:
                answers["interest_scores"] = scores
                answers["interests"] = [i for i, v in scores.items() if v > 0.5]
                keep(progress)
                continue
            progress.flat = True
        limit = MAX_EXPERIENCE
        if q.answer == "bpo_experience_years":
            limit = int(answers.get("experience_years", base["experience_years"]) or 0)
        value = _ask_one(kb, q, progress_text, _current(kb, base, answers, q), output, limit)
        _store(answers, q, value)
        keep(progress)


def _profile_activities(
    kb: KnowledgeBase, progress: Progress, keep: Callable[[Progress], None], output: Output | None
) -> dict[str, float] | None:
    total = len(kb.activities)
    extra: dict[str, Any] = {"output": output} if output is not None else {}
    choices = [Choice(label, value=rating) for rating, label in enumerate(SCALE, 1)]
    for number, activity in enumerate(kb.activities, 1):
        if activity.id in progress.ratings:
            continue
        rating = questionary.select(
            f"(activity {number} of {total}) How would you feel about this work?\n"
            f"  {activity.text}",
            choices=choices,
            default=choices[NEUTRAL_RATING - 1],
            instruction=" ",
            **extra,
        ).unsafe_ask()
        progress.ratings[activity.id] = int(rating)
        keep(progress)
    return interest_scores(kb, progress.ratings)


def _terminal_output() -> Output | None:
    """Draw prompts on the terminal even when stdout is redirected (`bpo advise --json > f`)."""
    if sys.stdout.isatty() or not sys.stderr.isatty():
        return None  # the default (or a test's app session) is right
    from prompt_toolkit.output import create_output

    return create_output(always_prefer_tty=True)


def _applies(kb: KnowledgeBase, q: Question, answers: dict[str, Any]) -> bool:
    if q.ask_when is None:
        return True
    profile = to_profile(kb, answers, "answers so far")
    return holds(q.ask_when, profile, kb.education_ranks)


def _answered(answers: dict[str, Any], q: Question) -> bool:
    if q.preference is not None:
        return q.preference in answers.get("preferences", {})
    return q.answer in answers


def _current(kb: KnowledgeBase, base: dict[str, Any], answers: dict[str, Any], q: Question) -> Any:
    if q.answer == "country":
        return preselected_country(kb)[0]
    if q.preference is not None:
        return base["preferences"].get(q.preference)
    return base.get(q.answer)


def _store(answers: dict[str, Any], q: Question, value: Any) -> None:
    if q.preference is not None:
        answers.setdefault("preferences", {})[q.preference] = value
    else:
        answers[q.answer] = value


def _ask_one(
    kb: KnowledgeBase,
    q: Question,
    progress: str,
    default: Any,
    output: Output | None,
    limit: int = MAX_EXPERIENCE,
) -> Any:
    message = f"{progress} {q.prompt}"
    extra: dict[str, Any] = {"output": output} if output is not None else {}
    if q.kind == "number":
        return int(
            questionary.text(
                message,
                default=str(default or 0),
                validate=lambda text: _years(text, limit),
                instruction=q.help or None,
                **extra,
            ).unsafe_ask()
        )
    if q.kind == "checkbox":
        return questionary.checkbox(
            message,
            choices=_checkbox_choices(kb, q.answer, set(default or [])),
            instruction=q.help or " ",
            **extra,
        ).unsafe_ask()
    choices = _select_choices(kb, q)
    return questionary.select(
        message,
        choices=choices,
        default=next((c for c in choices if c.value == default), None),
        instruction=q.help or " ",
        **extra,
    ).unsafe_ask()


def _years(text: str, limit: int = MAX_EXPERIENCE) -> bool | str:
    value = text.strip()
    if not value.isdigit():
        return "Type a whole number of years, such as 0, 1 or 3."
    if int(value) > limit:
        return f"Type a number from 0 to {limit}."
    return True


def _select_choices(kb: KnowledgeBase, q: Question) -> list[Choice]:
    if q.preference is not None:
        pref = kb.preferences[q.preference]
        return [Choice(o.label, value=o.id) for o in pref.options]
    if q.answer == "country":
        listed = sorted(kb.countries.values(), key=lambda c: c.id == "other")  # "other" last
        return [Choice(c.name, value=c.id) for c in listed]
    return [Choice(e.label, value=e.id, description=e.description or None) for e in kb.education]


def _checkbox_choices(
    kb: KnowledgeBase, answer: str, checked: set[str]
) -> list[Choice | Separator]:
    if answer == "skills":
        out: list[Choice | Separator] = []
        for kind in SKILL_KINDS:
            skills = [s for s in kb.skills.values() if s.kind == kind]
            if skills:
                out.append(Separator(f"-- {KIND_TITLES[kind]} --"))
                out += [
                    Choice(
                        s.label,
                        value=s.id,
                        checked=s.id in checked,
                        description=s.description or None,
                    )
                    for s in skills
                ]
        return out
    if answer == "interests":
        return [
            Choice(i.label, value=i.id, checked=i.id in checked, description=i.description or None)
            for i in kb.interests.values()
        ]
    if answer == "certifications":
        return [
            Choice(f"{c.label} ({c.issuer})", value=c.id, checked=c.id in checked)
            for c in kb.certifications.values()
        ]
    return [
        Choice(f.label, value=f.id, checked=f.id in checked, description=f.description or None)
        for f in kb.fields.values()
    ]
