"""Commands about bpo itself: about, schema, data check (deeper modules imported on use)."""

from pathlib import Path
from typing import Annotated

import typer

from bpo_cli.cli.common import knowledge
from bpo_cli.cli.options import Data, FormatOpt, Json, NoColor, Output
from bpo_cli.cli.output import emit_blocks, emit_json, write
from bpo_cli.errors import ExitCode


def about_cmd(json: Json = False, data: Data = None, no_color: NoColor = False) -> None:
    """Version, where the facts come from, the O*NET attribution, and what the advice is for."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import about as about_service

    info = about_service.about(knowledge(data))
    if json:
        emit_json(json_out.about_dict(info))
    else:
        emit_blocks(views.about_view(info), no_color=no_color)


def schema_cmd(
    name: Annotated[
        str | None, typer.Argument(help="A schema name; all names when left out.")
    ] = None,
) -> None:
    """Print the JSON Schema of a command's --json output (the versioned contract)."""
    from bpo_cli.services import schemas

    if name is None:
        write("\n".join(schemas.names()) + "\n")
    else:
        write(schemas.text(name))


def check_cmd(
    directory: Annotated[
        Path | None,
        typer.Argument(help="An overlay directory, checked together with the built-in data."),
    ] = None,
    json: Json = False,
    no_color: NoColor = False,
) -> None:
    """Check the knowledge base and list every problem, each with its file, record and field."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import data_check

    problems, counts = data_check.check(directory)
    if json:
        emit_json(json_out.check_dict(problems, counts))
    else:
        where = f"built-in data + {directory}" if directory else "built-in data"
        emit_blocks(views.check_view(problems, counts, where), no_color=no_color)
    if problems:
        raise typer.Exit(ExitCode.ERROR)


def form_cmd(
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The questions as a form to rebuild in Google Forms or Microsoft Forms (see README)."""
    from msgspec import to_builtins

    from bpo_cli.cli.output import emit_as, pick_format
    from bpo_cli.render.form_view import form_view
    from bpo_cli.render.json_out import SCHEMA_VERSION
    from bpo_cli.services.form import form

    document = form(knowledge(data), SCHEMA_VERSION)
    emit_as(
        pick_format(json, format_),
        output,
        text=lambda: form_view(document),
        json=lambda: to_builtins(document),
        title="bpo questionnaire as a form",
        no_color=no_color,
    )
