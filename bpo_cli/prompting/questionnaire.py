"""The interactive questionnaire of `bpo advise`, built from questions.yaml with questionary.

Imported only on the interactive path: questionary and prompt_toolkit cost start-up time that
lookups and `--answers` runs never pay.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import questionary
from prompt_toolkit.output import Output
from questionary import Choice, Separator

from bpo_cli.domain.conditions import holds
from bpo_cli.domain.knowledge import KnowledgeBase, Question
from bpo_cli.domain.models import SKILL_KINDS
from bpo_cli.services.answers import defaults, to_profile

MAX_YEARS = 60
KIND_TITLES = {"soft": "Soft skills", "technical": "Technical skills", "domain": "Domain skills"}


def ask(
    kb: KnowledgeBase,
    answers: dict[str, Any],
    on_answer: Callable[[dict[str, Any]], None],
) -> dict[str, Any]:
    """Ask every question not yet answered; `on_answer` keeps progress after each one.

    Ctrl-C raises KeyboardInterrupt with everything answered so far already kept.
    """
    output = _terminal_output()
    base = defaults(kb)
    while True:
        applicable = [q for q in kb.questions if _applies(kb, q, answers)]
        pending = [q for q in applicable if not _answered(answers, q)]
        if not pending:
            return answers
        q = pending[0]
        progress = f"({applicable.index(q) + 1} of {len(applicable)})"
        value = _ask_one(kb, q, progress, _current(base, answers, q), output)
        _store(answers, q, value)
        on_answer(answers)


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


def _current(base: dict[str, Any], answers: dict[str, Any], q: Question) -> Any:
    if q.preference is not None:
        return base["preferences"].get(q.preference)
    return base.get(q.answer)


def _store(answers: dict[str, Any], q: Question, value: Any) -> None:
    if q.preference is not None:
        answers.setdefault("preferences", {})[q.preference] = value
    else:
        answers[q.answer] = value


def _ask_one(
    kb: KnowledgeBase, q: Question, progress: str, default: Any, output: Output | None
) -> Any:
    message = f"{progress} {q.prompt}"
    extra: dict[str, Any] = {"output": output} if output is not None else {}
    if q.kind == "number":
        return int(
            questionary.text(
                message,
                default=str(default or 0),
                validate=_years,
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


def _years(text: str) -> bool | str:
    value = text.strip()
    if not value.isdigit():
        return "Type a whole number of years, such as 0, 1 or 3."
    if int(value) > MAX_YEARS:
        return f"Type a number from 0 to {MAX_YEARS}."
    return True


def _select_choices(kb: KnowledgeBase, q: Question) -> list[Choice]:
    if q.preference is not None:
        pref = kb.preferences[q.preference]
        return [Choice(o.label, value=o.id) for o in pref.options]
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
    return [
        Choice(f.label, value=f.id, checked=f.id in checked, description=f.description or None)
        for f in kb.fields.values()
    ]
