"""The one error boundary: domain errors become a short message and an exit code.

It wraps command invocation inside the typer app (so CliRunner tests see exactly what a person
sees); tracebacks appear only with --debug or BPO_DEBUG=1.
"""

from __future__ import annotations

import os
from typing import Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from bpo_cli.cli.output import BrokenPipe, message
from bpo_cli.errors import BpoError, ExitCode


class State:
    """Global flags set by the root callback."""

    debug = False


def debugging() -> bool:
    return State.debug or bool(os.environ.get("BPO_DEBUG"))


def report(err: BpoError) -> None:
    message(err.message if err.exit_code == ExitCode.CANCELLED else f"error: {err.message}")
    if err.hint:
        message(f"hint: {err.hint}")


class BoundaryGroup(TyperGroup):
    """The root command group: every subcommand runs inside `invoke`, so errors stop here."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, ClickException):
            raise
        except BpoError as err:
            report(err)
            raise typer.Exit(err.exit_code) from None
        except BrokenPipe:
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except KeyboardInterrupt:
            message("Cancelled.")
            raise typer.Exit(ExitCode.CANCELLED) from None
        except Exception as err:
            if debugging():
                raise
            message(f"error: unexpected {type(err).__name__}: {err}")
            message(
                "hint: re-run with `bpo --debug ...` (or BPO_DEBUG=1) for details, and report it"
            )
            raise typer.Exit(ExitCode.ERROR) from None
