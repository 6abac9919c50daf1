"""The command line: every command is registered here, in the order `bpo --help` lists them."""

from __future__ import annotations

import sys

from bpo_cli.cli import advise_cmd, info_cmds, lookup_cmds
from bpo_cli.cli.app import app, data_app

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
    """Run bpo (the console script and `python -m bpo_cli`)."""
    for stream in (sys.stdout, sys.stderr):
        # A terminal that cannot show a character gets '?' instead of a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    app(prog_name="bpo")
