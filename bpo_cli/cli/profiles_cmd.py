"""`bpo profiles`: the answers saved with `bpo advise --save NAME`."""

from typing import Annotated

import typer

from bpo_cli.cli.options import Data, FormatOpt, Json, NoColor, Output
from bpo_cli.cli.output import Out, emit, message, write

profiles_app = typer.Typer(
    help="Saved answers: list them (the default), show one, remove one.",
    invoke_without_command=True,
)

Name = Annotated[str, typer.Argument(help="The name given to --save.")]


@profiles_app.callback()
def list_cmd(
    ctx: typer.Context,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """List saved profiles, and say which no longer load."""
    if ctx.invoked_subcommand is not None:
        return
    from bpo_cli.cli.common import knowledge
    from bpo_cli.services import profiles

    kb = knowledge(data)
    emit(profiles.listing(kb), Out(json, format_, output, no_color), kb)


@profiles_app.command("show")
def show_cmd(name: Name, json: Json = False) -> None:
    """Print the answers saved under a name (valid as an --answers file)."""
    from bpo_cli.services import profiles

    answers = profiles.load(name)
    if json:
        from bpo_cli.render.formats.json import dumps

        write(dumps(answers))
    else:
        write(profiles.path_of(name).read_text(encoding="utf-8"))


@profiles_app.command("rm")
def rm_cmd(name: Name) -> None:
    """Remove the answers saved under a name."""
    from bpo_cli.services import profiles

    path = profiles.remove(name)
    message(f"Removed profile '{name}' ({path}).")
