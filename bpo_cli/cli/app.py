"""The typer application, its global options, and the state they set."""

from typing import Annotated, Any

import typer

from bpo_cli import __version__
from bpo_cli.cli.boundary import BoundaryGroup, State
from bpo_cli.cli.output import write

HELP = """\
Find the BPO job that fits you, and the steps to get it.

[bold]Examples[/bold]

  [cyan]bpo advise[/cyan]                     answer a few questions: roles that fit, next steps

  [cyan]bpo role legal-analyst[/cyan]         everything about one role

  [cyan]bpo roles --type kpo --json[/cyan]    roles of one BPO type, as JSON for scripts

The advice is for career exploration, not for screening candidates.
"""


app = typer.Typer(
    name="bpo",
    cls=BoundaryGroup,
    help=HELP,
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
data_app = typer.Typer(help="Check knowledge base files.", no_args_is_help=True)
app.add_typer(data_app, name="data", rich_help_panel="About bpo")


def _version(value: bool) -> None:
    if value:
        write(f"bpo {__version__}\nSources and the O*NET attribution (CC BY 4.0): bpo about\n")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_version,
            is_eager=True,
            help="Print the version (sources and attribution: bpo about).",
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="BPO_DEBUG", help="Show tracebacks of unexpected errors."),
    ] = False,
) -> None:
    State.debug = debug
    if ctx.invoked_subcommand is None:  # a bare `bpo` shows the help, and that is a success
        write(ctx.get_help() + "\n")
        raise typer.Exit()


def _no_type_placeholders() -> None:
    """Help shows an option's metavar (FILE, N, NAME) or its choices, never typer's type
    placeholders (`<bool>`, `<int range> [x>=1]`): they are noise to the people bpo is for."""
    from typer.core import TyperArgument, TyperOption

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar
        if self.is_flag:
            return None
        if "int" in self.display_type(ctx):
            return "N"
        names = [o for o in self.opts if o.startswith("--")] or list(self.opts)
        return names[0].lstrip("-").upper() if names else None

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]
    TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
    TyperOption._get_number_range_help_str = lambda self: None  # type: ignore[method-assign]


_no_type_placeholders()
