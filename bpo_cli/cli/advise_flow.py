"""The work of `bpo advise`: gather answers (file, profile or questions), advise, render."""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from bpo_cli.api import advise
from bpo_cli.cli.common import knowledge
from bpo_cli.cli.output import Out, emit, emit_blocks, message
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.errors import (
    BpoError,
    CancelledError,
    ExitCode,
    InvalidAnswersError,
    NotFoundError,
    UsageError,
)
from bpo_cli.render.blocks import Block, Bullets, Paragraph, Span
from bpo_cli.render.views.advice import interest_profile_view
from bpo_cli.services import answers as answers_service
from bpo_cli.services import person as person_service
from bpo_cli.services import profiles

if TYPE_CHECKING:
    from bpo_cli.prompting.questionnaire import Progress


@dataclass(frozen=True)
class AdviseRequest:
    """What `bpo advise` was asked to do, as its options gave it (one value instead of a dozen
    loose parameters; `advise_cmd` builds it, `run` carries it out)."""

    answers: str | None = None
    profile: str | None = None
    save: str | None = None
    last: bool = False  # reuse the answers kept from the last questionnaire
    forget: bool = False  # do not keep this questionnaire's answers
    resume: bool = False
    batch: str | None = None
    deep: bool = False
    no_input: bool = False
    top: int | None = 5
    explain: bool = False
    keep: str | None = None
    encoding: str | None = None
    out: Out = field(default_factory=Out)
    data: Path | None = None


def run(request: AdviseRequest) -> None:
    r = request
    fmt = r.out.fmt  # a clash of --json and --format is a usage error before anything is read
    kb = knowledge(r.data)
    if r.batch is not None:
        if fmt in ("markdown", "html"):
            raise UsageError(
                f"--batch writes one result per person: JSON Lines, csv or xlsx, not {fmt}",
                "for a report on a whole class, use: bpo cohort FILE --format " + fmt,
            )
        _run_batch(
            kb,
            r.batch,
            answers=r.answers,
            profile=r.profile,
            save=r.save,
            last=r.last,
            resume=r.resume,
            deep=r.deep,
            explain=r.explain,
            top=r.top,
            fmt=fmt,
            output=r.out.output,
            keep=r.keep,
            encoding=r.encoding,
        )
        return
    if fmt in ("csv", "xlsx") or r.keep is not None or r.encoding is not None:
        raise UsageError(
            "--format csv/xlsx, --keep and --encoding are for a class list",
            "give it with --batch FILE",
        )
    if r.save:
        profiles.check_can_save(r.save)  # before any question, so no typed answer is lost to it
    if r.deep and (r.answers is not None or r.profile is not None):
        raise UsageError(
            "--deep asks the activity questions, so it needs the questionnaire",
            "in an answers file, give interest_scores (interest: 0 to 1) instead",
        )
    person = person_service.read(kb, r.answers, _profile_name(r))
    typed = person is None
    kept: Path | None = None
    if person is None:
        if r.no_input or not stdin_is_terminal():
            why = "--no-input was given" if r.no_input else "standard input is not a terminal"
            raise UsageError(
                f"bpo advise needs answers, and cannot ask for them: {why}",
                "pass --answers FILE (YAML or JSON, '-' for stdin) or --profile NAME",
            )
        raw = interactive(kb, resume=r.resume, deep=r.deep, no_color=r.out.no_color)
        person = answers_service.to_profile(kb, raw, "your answers")
        kept = None if r.forget else _keep_last(answers_service.profile_dict(person))
    if r.save:
        path = profiles.save(r.save, answers_service.profile_dict(person))
        message(f"Saved your answers as '{r.save}' ({path}); reuse them with --profile {r.save}.")
    if typed:
        profiles.clear_partial()  # only now: until the advice is due, --resume can recover them
    document = advise(kb, person)
    emit(document, r.out, kb, top=r.top, explain=r.explain, name=r.save or r.profile)
    if r.out.fmt == "text" and r.out.output is None and sys.stdout.isatty():
        from bpo_cli.render.emit import Context
        from bpo_cli.render.views.advice import closing_view

        emit_blocks(closing_view(document, Context(kb, r.top)), no_color=r.out.no_color)
    notes: list[Block] = []
    if (typed or r.out.fmt == "text") and sys.stderr.isatty() and document.matches:
        notes += _next_commands(r, document.matches[0].role, kept=kept is not None)
    if kept is not None:
        notes.append(
            Paragraph(
                "Your answers are kept on this computer for `bpo advise --last`. Forget them: "
                f"`bpo profiles rm {profiles.LAST}` (never keep them: --forget or BPO_NO_KEEP=1)."
            )
        )
    if notes:
        emit_blocks(notes, no_color=r.out.no_color, err=True)


def _next_commands(r: AdviseRequest, top_role: str, *, kept: bool) -> list[Block]:
    """What a person can do next, with the answers they just gave (wrapped to the terminal)."""
    if kept or r.last:
        again = "bpo advise --last"
    elif r.profile is not None:
        again = f"bpo advise --profile {r.profile}"
    elif r.answers not in (None, "-"):
        again = f"bpo advise --answers {shlex.quote(str(r.answers))}"
    else:
        again = ""
    lines = [(f"bpo role {top_role}", "about your best role")]
    if again:
        lines.append((f"{again} --format html -o report.html", "a report to print"))
        if not r.save and again.endswith("--last"):
            lines.append((f"{again} --save NAME", "keep under a name"))
    return [
        Bullets(
            [[Span(command, "accent"), Span(f"  {what}", "dim")] for command, what in lines],
            title="Next",
        )
    ]


def _profile_name(r: AdviseRequest) -> str | None:
    """--last is the saved profile `last`, which every finished questionnaire writes."""
    if not r.last:
        return r.profile
    if r.answers is not None or r.profile is not None:
        raise UsageError("give one of --last, --answers and --profile")
    if not profiles.path_of(profiles.LAST).exists():
        raise NotFoundError(
            "no answers are kept from an earlier questionnaire",
            "answer the questions once with `bpo advise`; the answers are kept for --last",
        )
    return profiles.LAST


def _keep_last(answers: dict[str, Any]) -> Path | None:
    """Keep the answers for `bpo advise --last`; None (with a warning) if they cannot be."""
    try:
        return profiles.save(profiles.LAST, answers)
    except BpoError as err:  # not keeping them must not cost the person their advice
        message(f"warning: your answers were not kept for --last: {err.message}")
        return None


def _run_batch(
    kb: KnowledgeBase,
    path: str,
    *,
    top: int | None,
    fmt: str,
    output: Path | None,
    keep: str | None,
    encoding: str | None,
    **alone: object,
) -> None:
    from bpo_cli.cli import batch_flow
    from bpo_cli.cli.options import keep_list
    from bpo_cli.tables.lines import check_encoding

    clashing = [f"--{name}" for name, value in alone.items() if value]
    if clashing:
        raise UsageError(
            f"--batch reads every answer from its file: drop {', '.join(clashing)}",
            "each record may carry its own answers keys and an id",
        )
    reading = batch_flow.Reading(
        path, check_encoding(encoding) if encoding else None, keep_list(keep)
    )
    kind = fmt if fmt in ("csv", "xlsx") else "jsonl"
    if batch_flow.run_batch(kb, reading, top, kind, output):
        raise typer.Exit(ExitCode.ERROR)


def stdin_is_terminal() -> bool:
    """Whether a person can answer prompts (tests replace this to drive the questionnaire)."""
    return sys.stdin.isatty()


def interactive(kb: KnowledgeBase, *, resume: bool, deep: bool, no_color: bool) -> dict[str, Any]:
    """Run the questionnaire, keeping every answer as it is given so Ctrl-C loses nothing."""
    from msgspec import to_builtins

    from bpo_cli.prompting import questionnaire  # deferred: questionary is slow to import

    progress = _resumable(kb) if resume else questionnaire.Progress()
    notice = answers_service.preselected_country(kb)[1]
    if notice and "country" not in progress.answers:
        message(notice)

    def show_scores(scores: dict[str, float] | None) -> None:
        emit_blocks(interest_profile_view(kb, scores), no_color=no_color, err=True)

    try:
        collected = questionnaire.ask(
            kb,
            progress,
            lambda p: profiles.save_partial(to_builtins(p)),
            deep=deep,
            show_scores=show_scores,
        )
    except (KeyboardInterrupt, EOFError):
        raise CancelledError(
            "your answers so far are kept: continue with `bpo advise --resume`"
        ) from None
    return collected


def _resumable(kb: KnowledgeBase) -> Progress:
    """The unfinished questionnaire's progress, or a fresh start (saying why)."""
    import msgspec

    from bpo_cli.prompting.questionnaire import Progress

    partial = profiles.load_partial()
    if partial is None:
        message("Nothing to resume: starting the questions from the beginning.")
        return Progress()
    try:
        progress = msgspec.convert(partial, Progress)
        answers_service.to_profile(kb, progress.answers, "unfinished answers")
    except (msgspec.ValidationError, InvalidAnswersError):
        message("The unfinished answers no longer fit the knowledge base: starting afresh.")
        return Progress()
    return progress
