"""Planning commands: path, next-skill, compare (deeper modules imported on use)."""

from typing import TYPE_CHECKING, Annotated

import typer

from bpo_cli.cli.common import complete_role, knowledge
from bpo_cli.cli.options import Answers, Data, Json, NoColor, ProfileName
from bpo_cli.cli.output import emit_blocks, emit_json
from bpo_cli.errors import UsageError

if TYPE_CHECKING:
    from bpo_cli.domain.profile import Profile


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
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The shortest sensible route to a role: each move with its gaps and steps, and the total."""
    from bpo_cli.domain.planning import route
    from bpo_cli.render import plan_json, plan_view
    from bpo_cli.services import answers as answers_service
    from bpo_cli.services.lookup import find_role

    kb = knowledge(data)
    goal = find_role(kb, target)
    if from_role is not None and (answers is not None or profile is not None):
        raise UsageError("start from either --from ROLE or your answers, not both")
    person = answers_service.read(kb, answers, profile)
    if from_role is not None:
        start = find_role(kb, from_role)
        found = route(kb, goal.slug, start_role=start.slug)
        start_doc: str | Profile = start.slug
        start_text = start.title
    elif person is not None:
        found = route(kb, goal.slug, person=person)
        start_doc, start_text = person, "your answers"
    else:
        raise UsageError(
            "say where the route starts", "pass --from ROLE, --answers FILE or --profile NAME"
        )
    if json:
        emit_json(plan_json.route_dict(kb, found, start_doc))
    else:
        emit_blocks(
            plan_view.route_view(kb, found, start_text, from_role is not None), no_color=no_color
        )


def next_skill_cmd(
    answers: Answers = None,
    profile: ProfileName = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many skills to show.")] = 5,
    json: Json = False,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The skills you lack, ranked by how many roles each would bring within reach."""
    from bpo_cli.domain.planning import next_skills
    from bpo_cli.render import plan_json, plan_view
    from bpo_cli.services import answers as answers_service

    kb = knowledge(data)
    person = answers_service.read(kb, answers, profile)
    if person is None:
        raise UsageError("next-skill needs your answers", "pass --answers FILE or --profile NAME")
    ranked = next_skills(kb, person)
    if json:
        emit_json(plan_json.next_skills_dict(kb, person, ranked))
    else:
        emit_blocks(plan_view.next_skills_view(kb, ranked, top), no_color=no_color)


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
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """Roles side by side; with your answers, your fit and gaps for each."""
    from bpo_cli.domain.engine import advise
    from bpo_cli.render import plan_json, plan_view
    from bpo_cli.services import answers as answers_service
    from bpo_cli.services.lookup import find_role

    if len(roles) < 2:
        raise UsageError(
            "compare needs at least two roles", "e.g. bpo compare legal-analyst research-analyst"
        )
    kb = knowledge(data)
    slugs = list(dict.fromkeys(find_role(kb, name).slug for name in roles))
    person = answers_service.read(kb, answers, profile)
    matches = None
    if person is not None:
        by_role = {m.role: m for m in advise(person, kb).matches}
        matches = [by_role[slug] for slug in slugs]
    if json:
        emit_json(plan_json.compare_dict(kb, slugs, matches))
    else:
        emit_blocks(plan_view.compare_view(kb, slugs, matches), no_color=no_color)
