"""The one error boundary: domain errors become a short message and an exit code.

It wraps command invocation inside the typer app (so CliRunner tests see exactly what a person
sees); tracebacks appear only with --debug or BPO_DEBUG=1.
"""

from __future__ import annotations

import errno
import os
from typing import Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from bpo_cli.cli.output import BrokenPipe, message, silence_stdout
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


SPACE_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file has grown past the size allowed",
}
OUT_OF_SPACE = frozenset(SPACE_REASONS)
SPACE_HINT = "free some space, or write somewhere else"


def usage_error(err: ClickException) -> typer.Exit:
    """A bad flag, value or command, said in bpo's own `error:`/`hint:` form (exit 2)."""
    text = err.format_message().strip()
    message(f"error: {text[:1].lower() + text[1:]}")
    ctx = getattr(err, "ctx", None)
    command = ctx.command_path if ctx is not None else "bpo"
    message(f"hint: see `{command} --help` for the options and examples")
    return typer.Exit(err.exit_code)


def closed_pipe(stop: SystemExit) -> SystemExit | typer.Exit:
    """Rich meets a closed pipe while printing help and stops with exit 1 (Console.on_broken_pipe
    raises SystemExit(1) while handling the BrokenPipeError). Say 141 instead, as a command's own
    output does; any other SystemExit passes unchanged."""
    if isinstance(stop.__context__, BrokenPipeError):
        silence_stdout()
        return typer.Exit(ExitCode.BROKEN_PIPE)
    return stop


class BoundaryGroup(TyperGroup):
    """The root command group: every subcommand runs inside `invoke`, so errors stop here."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except ClickException as err:  # `bpo --bogus`: before any command runs
            raise usage_error(err) from None
        except SystemExit as stop:  # `bpo --help | head -1`: help is printed while parsing
            raise closed_pipe(stop) from None
        except KeyboardInterrupt:  # Ctrl-C while bpo is still starting: said as later
            message("Cancelled.")
            raise typer.Exit(ExitCode.CANCELLED) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except ClickException as err:  # a subcommand's flags, values or name
            raise usage_error(err) from None
        except BpoError as err:
            report(err)
            raise typer.Exit(err.exit_code) from None
        except BrokenPipe:
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except SystemExit as stop:  # `bpo advise --help | head -1`: a subcommand's help
            raise closed_pipe(stop) from None
        except KeyboardInterrupt:
            message("Cancelled.")
            raise typer.Exit(ExitCode.CANCELLED) from None
        except OSError as err:
            if err.errno not in OUT_OF_SPACE or debugging():
                raise
            # A full disk met on a path no command caught itself (an output file written record
            # by record): still an ordinary situation, with the file named when known.
            where = f"{err.filename}: " if err.filename else ""
            report(BpoError(f"{where}could not write: {SPACE_REASONS[err.errno]}", SPACE_HINT))
            raise typer.Exit(ExitCode.ERROR) from None
        except Exception as err:
            if debugging():
                raise
            message(f"error: unexpected {type(err).__name__}: {err}")
            message(
                "hint: re-run with `bpo --debug ...` (or BPO_DEBUG=1) for details, and report it"
            )
            raise typer.Exit(ExitCode.ERROR) from None
