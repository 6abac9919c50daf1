"""Planning commands: path, next-skill, compare (deeper modules imported on use)."""

from typing import Annotated

import typer

from bpo_cli.cli.common import complete_role, knowledge
from bpo_cli.cli.options import Answers, Data, FormatOpt, Json, NoColor, Output, ProfileName
from bpo_cli.cli.output import Out, emit
from bpo_cli.errors import UsageError


def path_cmd(
    target: Annotated[
        str, typer.Argument(help="The role you want to reach.", autocompletion=complete_role)
    ],
    from_role: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="ROLE",
            autocompletion=complete_role,
            help="Start from a role you hold.",
        ),
    ] = None,
    answers: Answers = None,
    profile: ProfileName = None,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The shortest sensible route to a role: each move with its gaps and steps, and the total."""
    from bpo_cli.api import plan_path
    from bpo_cli.services import person as person_service

    kb = knowledge(data)
    if from_role is not None and (answers is not None or profile is not None):
        raise UsageError("start from either --from ROLE or your answers, not both")
    person = person_service.read(kb, answers, profile)
    document = plan_path(kb, target, from_role=from_role, answers=person)
    emit(document, Out(json, format_, output, no_color), kb)


def next_skill_cmd(
    answers: Answers = None,
    profile: ProfileName = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many skills to show.")] = 5,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The skills you lack, ranked by how many roles each would bring within reach."""
    from bpo_cli.services import person as person_service
    from bpo_cli.services import plan

    kb = knowledge(data)
    person = person_service.read(kb, answers, profile)
    if person is None:
        raise UsageError("next-skill needs your answers", "pass --answers FILE or --profile NAME")
    emit(plan.next_skill(kb, person), Out(json, format_, output, no_color), kb, top=top)


def compare_cmd(
    roles: Annotated[
        list[str],
        typer.Argument(
            help="Two or more roles (slug, title or alias).", autocompletion=complete_role
        ),
    ],
    answers: Answers = None,
    profile: ProfileName = None,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """Roles side by side; with your answers, your fit and gaps for each."""
    from bpo_cli.services import person as person_service
    from bpo_cli.services import plan

    if len(roles) < 2:
        raise UsageError(
            "compare needs at least two roles", "e.g. bpo compare legal-analyst research-analyst"
        )
    kb = knowledge(data)
    person = person_service.read(kb, answers, profile)
    emit(plan.compare(kb, roles, person), Out(json, format_, output, no_color), kb)
