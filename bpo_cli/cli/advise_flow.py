"""The work of `bpo advise`: gather answers (file, profile or questions), advise, render."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, NamedTuple

from bpo_cli import datafile
from bpo_cli.cli.common import knowledge
from bpo_cli.cli.output import emit_blocks, emit_json, message
from bpo_cli.domain.engine import advise
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.errors import CancelledError, InvalidAnswersError, UsageError
from bpo_cli.render.advice_json import advice_dict
from bpo_cli.render.advice_view import advice_view, answers_view
from bpo_cli.services import answers as answers_service
from bpo_cli.services import profiles


class Gathered(NamedTuple):
    raw: Any  # the answers as read, before checking
    source: str  # what messages call them
    typed: bool  # answered at the prompts just now


def run(
    answers: str | None,
    profile: str | None,
    *,
    save: str | None,
    resume: bool,
    no_input: bool,
    top: int | None,
    explain: bool,
    json: bool,
    data: Path | None,
    no_color: bool,
) -> None:
    kb = knowledge(data)
    if save:
        profiles.check_can_save(save)  # before any question, so no typed answer is lost to it
    given = gather(kb, answers, profile, resume=resume, no_input=no_input, no_color=no_color)
    person = answers_service.to_profile(kb, given.raw, given.source)
    if save:
        path = profiles.save(save, answers_service.profile_dict(person))
        message(f"Saved your answers as '{save}' ({path}); reuse them with --profile {save}.")
    if given.typed:
        profiles.clear_partial()  # only now: until the advice is due, --resume can recover them
    result = advise(person, kb)
    if json:
        emit_json(advice_dict(result))
    else:
        emit_blocks(advice_view(kb, result, top, explain), no_color=no_color)


def gather(
    kb: KnowledgeBase,
    answers: str | None,
    profile: str | None,
    *,
    resume: bool,
    no_input: bool,
    no_color: bool = False,
) -> Gathered:
    """The raw answers and a name for them in messages, from whichever source was given."""
    if answers is not None and profile is not None:
        raise UsageError("give either --answers or --profile, not both")
    if answers is not None:
        return Gathered(datafile.load(answers), datafile.describe(answers), typed=False)
    if profile is not None:
        return Gathered(
            profiles.load(profile), f"saved profile {profiles.path_of(profile)}", typed=False
        )
    if no_input or not stdin_is_terminal():
        why = "--no-input was given" if no_input else "standard input is not a terminal"
        raise UsageError(
            f"bpo advise needs answers, and cannot ask for them: {why}",
            "pass --answers FILE (YAML or JSON, '-' for stdin) or --profile NAME",
        )
    return Gathered(interactive(kb, resume=resume, no_color=no_color), "your answers", typed=True)


def stdin_is_terminal() -> bool:
    """Whether a person can answer prompts (tests replace this to drive the questionnaire)."""
    return sys.stdin.isatty()


def interactive(kb: KnowledgeBase, *, resume: bool, no_color: bool) -> dict[str, Any]:
    """Run the questionnaire, keeping every answer as it is given so Ctrl-C loses nothing."""
    from bpo_cli.prompting import questionnaire  # deferred: questionary is slow to import

    start: dict[str, Any] = {}
    if resume:
        start = _resumable(kb)
    try:
        collected = questionnaire.ask(kb, start, profiles.save_partial)
    except (KeyboardInterrupt, EOFError):
        raise CancelledError(
            "your answers so far are kept: continue with `bpo advise --resume`"
        ) from None
    person = answers_service.to_profile(kb, collected, "your answers")
    emit_blocks(answers_view(kb, person), no_color=no_color, err=True)
    return collected


def _resumable(kb: KnowledgeBase) -> dict[str, Any]:
    partial = profiles.load_partial()
    if partial is None:
        message("Nothing to resume: starting the questions from the beginning.")
        return {}
    try:
        answers_service.to_profile(kb, partial, "unfinished answers")
    except InvalidAnswersError:
        message("The unfinished answers no longer fit the knowledge base: starting afresh.")
        return {}
    return partial
