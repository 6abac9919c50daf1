"""The interactive questionnaire of `bpo advise`, built from questions.yaml with questionary.

Every question can be left back to the one before (Esc, or "Back" on single-choice prompts);
after the last one a review screen lists every answer, and any of them can be picked and changed
before the advice is made. Imported only on the interactive path: questionary and prompt_toolkit
cost start-up time that lookups and `--answers` runs never pay.
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
from bpo_cli.domain.profiler import NEUTRAL_RATING, SCALE, interest_scores
from bpo_cli.prompting import choices as ch
from bpo_cli.prompting.screen import BACK, tune
from bpo_cli.services.answers import defaults, preselected_country, to_profile
from bpo_cli.terms import MAX_EXPERIENCE

DONE = "\x00done"  # the review screen's "See my roles"
STOP = "Ctrl-C stop"
KEYS = {
    "select": "↑↓ move · Enter choose",
    "checkbox": "↑↓ move · Space tick · type to filter · Enter next",
    "number": "type a number · Enter next",
}
BACK_KEY = "Esc back"


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
    """Ask every question not yet answered, then review; `keep` is called after each answer.

    With `deep`, the interests question becomes the activity profiler the first time it is
    asked; `show_scores` is told the result (None when every activity got the same rating and
    the quick question follows). Ctrl-C raises KeyboardInterrupt with every answer given so far
    already kept.
    """
    output = _terminal_output()
    answers = progress.answers
    base = defaults(kb)
    position: int | None = None  # index into the questions that apply; None: first unanswered
    editing = False  # a question picked on the review screen goes back to the review
    while True:
        applicable = applying(kb, answers)
        if position is None or position >= len(applicable):
            pending = [i for i, q in enumerate(applicable) if not _answered(answers, q)]
            if pending:
                position = pending[0]
                continue
            picked = _review(kb, applicable, answers, output)
            if picked == DONE:
                _drop_unasked(kb, answers)
                keep(progress)
                return answers
            position, editing = applicable.index(picked), True
            continue
        q = applicable[position]
        number = f"({kb.questions.index(q) + 1} of {len(kb.questions)})"
        first_time = "interests" not in answers and not progress.flat
        if q.answer == "interests" and deep and kb.activities and first_time:
            scores = _profile_activities(kb, progress, keep, output)
            show_scores(scores)
            if scores is not None:
                answers["interest_scores"] = scores
                answers["interests"] = [i for i, v in scores.items() if v > 0.5]
                keep(progress)
                position += 1
                continue
            progress.flat = True
        limit = MAX_EXPERIENCE
        if q.answer == "bpo_experience_years":
            limit = int(answers.get("experience_years", base["experience_years"]) or 0)
        value = _ask_one(
            kb,
            q,
            number,
            current(kb, base, answers, q),
            output,
            back=editing or position > 0,
            limit=limit,
        )
        if value is BACK:
            position = len(applicable) if editing else position - 1
            continue
        _store(answers, q, value)
        keep(progress)
        position = len(applicable) + 1 if editing else position + 1


def applying(kb: KnowledgeBase, answers: dict[str, Any]) -> list[Question]:
    """The questions that apply to these answers, in the order they are asked."""
    return [q for q in kb.questions if _applies(kb, q, answers)]


def _review(
    kb: KnowledgeBase, applicable: list[Question], answers: dict[str, Any], output: Output | None
) -> Any:
    """Every answer on one screen: pick one to change it, or go on to the roles."""
    base = defaults(kb)
    entries: list[Choice | Separator] = [Choice("See my roles", value=DONE), ch.separator()]
    width = max(len(ch.title(kb, q)) for q in applicable)
    for q in applicable:
        text = ch.summary(kb, q, current(kb, base, answers, q), answers)
        entries.append(Choice(f"{ch.title(kb, q) + ':':<{width + 1}} {text}", value=q))
    question = questionary.select(
        "Your answers. Pick one to change it, or see your roles.",
        choices=entries,
        default=entries[0],
        instruction=" ",
        **_extra(output),
    )
    return tune(question, keys=f"↑↓ move · Enter choose · {STOP}", back=False).unsafe_ask()


def _drop_unasked(kb: KnowledgeBase, answers: dict[str, Any]) -> None:
    """Forget answers to questions that no longer apply (fields, after education went down)."""
    asked = applying(kb, answers)
    for q in kb.questions:
        if q not in asked and _answered(answers, q):
            if q.preference is not None:
                answers["preferences"].pop(q.preference)
            else:
                answers.pop(q.answer)


def _profile_activities(
    kb: KnowledgeBase, progress: Progress, keep: Callable[[Progress], None], output: Output | None
) -> dict[str, float] | None:
    total = len(kb.activities)
    choices = [Choice(label, value=rating) for rating, label in enumerate(SCALE, 1)]
    for number, activity in enumerate(kb.activities, 1):
        if activity.id in progress.ratings:
            continue
        question = questionary.select(
            f"(activity {number} of {total}) How would you feel about this work?\n"
            f"  {activity.text}",
            choices=choices,
            default=choices[NEUTRAL_RATING - 1],
            instruction=" ",
            **_extra(output),
        )
        rating = tune(question, keys=f"{KEYS['select']} · {STOP}", back=False).unsafe_ask()
        progress.ratings[activity.id] = int(rating)
        keep(progress)
    return interest_scores(kb, progress.ratings)


def _terminal_output() -> Output | None:
    """Draw prompts on the terminal even when stdout is redirected (`bpo advise --json > f`)."""
    if sys.stdout.isatty() or not sys.stderr.isatty():
        return None  # the default (or a test's app session) is right
    from prompt_toolkit.output import create_output

    return create_output(always_prefer_tty=True)


def _extra(output: Output | None) -> dict[str, Any]:
    return {"output": output} if output is not None else {}


def _applies(kb: KnowledgeBase, q: Question, answers: dict[str, Any]) -> bool:
    if q.ask_when is None:
        return True
    profile = to_profile(kb, answers, "answers so far")
    return holds(q.ask_when, profile, kb.education_ranks)


def _answered(answers: dict[str, Any], q: Question) -> bool:
    if q.preference is not None:
        return q.preference in answers.get("preferences", {})
    return q.answer in answers


def current(kb: KnowledgeBase, base: dict[str, Any], answers: dict[str, Any], q: Question) -> Any:
    """The answer given so far, else the default: where the cursor starts."""
    if q.answer == "country" and "country" not in answers:
        return preselected_country(kb)[0]  # BPO_COUNTRY, else "other"
    if q.preference is not None:
        given = answers.get("preferences", {})
        return given.get(q.preference, base["preferences"].get(q.preference))
    return answers.get(q.answer, base.get(q.answer))


def _store(answers: dict[str, Any], q: Question, value: Any) -> None:
    if q.preference is not None:
        answers.setdefault("preferences", {})[q.preference] = value
        return
    if q.answer == "interests" and answers.get("interests") != value:
        answers.pop("interest_scores", None)  # ticks changed by hand replace the ratings
    answers[q.answer] = value


def _keys(kind: str, back: bool) -> str:
    return " · ".join([KEYS[kind], *([BACK_KEY] if back else []), STOP])


def _ask_one(
    kb: KnowledgeBase,
    q: Question,
    number: str,
    default: Any,
    output: Output | None,
    *,
    back: bool,
    limit: int = MAX_EXPERIENCE,
) -> Any:
    message = f"{number} {q.prompt}"
    if q.help:
        message += f"\n  {q.help}"
    keys = _keys(q.kind, back)
    if q.kind == "number":
        question = questionary.text(
            message,
            default=str(default or 0),
            validate=lambda text: _years(text, limit),
            instruction=" ",
            **_extra(output),
        )
        value = tune(question, keys=keys, back=back).unsafe_ask()
        return value if value is BACK else int(value)
    if q.kind == "checkbox":
        return _ask_pages(kb, q, message, set(default or []), output, back=back)
    options: list[Choice | Separator] = list(ch.select_choices(kb, q))
    start = next((c for c in options if isinstance(c, Choice) and c.value == default), None)
    if back:
        options += [ch.separator(), Choice("Back to the previous question", value=BACK)]
    question = questionary.select(
        message, choices=options, default=start, instruction=" ", **_extra(output)
    )
    return tune(question, keys=keys, back=back).unsafe_ask()


def _ask_pages(
    kb: KnowledgeBase,
    q: Question,
    message: str,
    checked: set[str],
    output: Output | None,
    *,
    back: bool,
) -> Any:
    """A many-choice question, one page per group; Esc on a page goes to the page before."""
    screens = ch.pages(kb, q, checked)
    chosen: dict[int, list[str]] = {}
    index = 0
    while index < len(screens):
        page = screens[index]
        heading = message
        if len(screens) > 1:
            heading += f"\n  {page.title} (page {index + 1} of {len(screens)})"
        ticked = set(chosen.get(index, [c.value for c in page.choices if c.checked]))
        for choice in page.choices:
            choice.checked = choice.value in ticked
        question = questionary.checkbox(
            heading,
            choices=page.choices,
            instruction=" ",
            use_search_filter=True,
            use_jk_keys=False,
            **_extra(output),
        )
        can_go_back = back or index > 0
        value = tune(question, keys=_keys("checkbox", can_go_back), back=can_go_back).unsafe_ask()
        if value is BACK:
            if index == 0:
                return BACK
            index -= 1
            continue
        chosen[index] = list(value)
        index += 1
    picked = {v for values in chosen.values() for v in values}
    return [c.value for page in screens for c in page.choices if c.value in picked]


def _years(text: str, limit: int = MAX_EXPERIENCE) -> bool | str:
    value = text.strip()
    if not value.isdigit():
        return "Type a whole number of years, such as 0, 1 or 3."
    if int(value) > limit:
        return f"Type a number from 0 to {limit}."
    return True
