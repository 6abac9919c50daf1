"""The command line: commands are registered here; `main` is the one error boundary."""

from __future__ import annotations

import os
import sys

from bpo_cli.cli import advise_cmd, info_cmds, lookup_cmds
from bpo_cli.cli.app import State, app, data_app
from bpo_cli.cli.output import BrokenPipe, message
from bpo_cli.errors import BpoError, ExitCode

ADVICE = "Get advice"
LOOKUP = "Look things up"
ABOUT = "About bpo"

# One place lists every command, in the order `bpo --help` shows them.
app.command("advise", rich_help_panel=ADVICE)(advise_cmd.advise_cmd)
app.command("roles", rich_help_panel=LOOKUP)(lookup_cmds.roles_cmd)
app.command("role", rich_help_panel=LOOKUP)(lookup_cmds.role_cmd)
app.command("types", rich_help_panel=LOOKUP)(lookup_cmds.types_cmd)
app.command("type", rich_help_panel=LOOKUP)(lookup_cmds.type_cmd)
app.command("vocab", rich_help_panel=LOOKUP)(lookup_cmds.vocab_cmd)
app.command("overview", rich_help_panel=LOOKUP)(lookup_cmds.overview_cmd)
app.command("about", rich_help_panel=ABOUT)(info_cmds.about_cmd)
app.command("schema", rich_help_panel=ABOUT)(info_cmds.schema_cmd)
data_app.command("check")(info_cmds.check_cmd)


def main() -> None:
    """Run bpo: domain errors become a short message and an exit code, never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        # A terminal that cannot show a character gets '?' instead of a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        app(prog_name="bpo")
    except BpoError as err:
        message(f"error: {err.message}" if err.exit_code != ExitCode.CANCELLED else err.message)
        if err.hint:
            message(f"hint: {err.hint}")
        sys.exit(err.exit_code)
    except BrokenPipe:
        sys.exit(ExitCode.BROKEN_PIPE)
    except Exception as err:
        if State.debug or os.environ.get("BPO_DEBUG"):
            raise
        message(f"error: unexpected {type(err).__name__}: {err}")
        message("hint: re-run with `bpo --debug ...` (or BPO_DEBUG=1) for details, and report it")
        sys.exit(ExitCode.ERROR)
