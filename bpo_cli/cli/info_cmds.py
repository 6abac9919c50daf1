"""Commands about bpo itself: about, schema, data check (deeper modules imported on use)."""

from pathlib import Path
from typing import Annotated

import typer

from bpo_cli.cli.common import knowledge
from bpo_cli.cli.options import Data, FormatOpt, Json, NoColor, Output
from bpo_cli.cli.output import Out, emit, write
from bpo_cli.errors import ExitCode


def about_cmd(
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """Version, where the facts come from, the O*NET attribution, and what the advice is for."""
    from bpo_cli.services import about as about_service

    kb = knowledge(data)
    emit(about_service.about(kb), Out(json, format_, output, no_color), kb)


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
    format_: FormatOpt = None,
    output: Output = None,
    no_color: NoColor = False,
) -> None:
    """Check the knowledge base and list every problem, each with its file, record and field."""
    from bpo_cli.services import data_check

    report = data_check.check(directory)
    emit(report, Out(json, format_, output, no_color), None)
    if not report.ok:
        raise typer.Exit(ExitCode.ERROR)


def form_cmd(
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The questions as a form to rebuild in Google Forms or Microsoft Forms (see README)."""
    from bpo_cli.services.form import form

    kb = knowledge(data)
    emit(form(kb), Out(json, format_, output, no_color), kb)
