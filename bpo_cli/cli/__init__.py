"""The command line: every command is registered here, in the order `bpo --help` lists them."""

from __future__ import annotations

import signal
import sys

from bpo_cli.cli import advise_cmd, cohort_cmd, examples, info_cmds, lookup_cmds, plan_cmds
from bpo_cli.cli.app import app, data_app
from bpo_cli.cli.output import guard_streams
from bpo_cli.cli.practice_cmd import practice_app
from bpo_cli.cli.profiles_cmd import profiles_app

ADVICE = "Get advice"
PLAN = "Plan a career"
LOOKUP = "Look things up"
ABOUT = "About bpo"

# One place lists every command, in the order `bpo --help` shows them.
app.command("advise", rich_help_panel=ADVICE)(advise_cmd.advise_cmd)
app.add_typer(profiles_app, name="profiles", rich_help_panel=ADVICE)
app.command("cohort", rich_help_panel=ADVICE)(cohort_cmd.cohort_cmd)
app.command("form", rich_help_panel=ADVICE)(info_cmds.form_cmd)
app.add_typer(practice_app, name="practice", rich_help_panel=ADVICE)
app.command("path", rich_help_panel=PLAN)(plan_cmds.path_cmd)
app.command("next-skill", rich_help_panel=PLAN)(plan_cmds.next_skill_cmd)
app.command("compare", rich_help_panel=PLAN)(plan_cmds.compare_cmd)
app.command("roles", rich_help_panel=LOOKUP)(lookup_cmds.roles_cmd)
app.command("role", rich_help_panel=LOOKUP)(lookup_cmds.role_cmd)
app.command("types", rich_help_panel=LOOKUP)(lookup_cmds.types_cmd)
app.command("type", rich_help_panel=LOOKUP)(lookup_cmds.type_cmd)
app.command("vocab", rich_help_panel=LOOKUP)(lookup_cmds.vocab_cmd)
app.command("overview", rich_help_panel=LOOKUP)(lookup_cmds.overview_cmd)
app.command("about", rich_help_panel=ABOUT)(info_cmds.about_cmd)
app.command("schema", rich_help_panel=ABOUT)(info_cmds.schema_cmd)
data_app.command("check")(info_cmds.check_cmd)
examples.attach(app)


def main() -> None:
    """Run bpo (the console script and `python -m bpo_cli`)."""
    guard_streams()
    exit_on_signals()
    for stream in (sys.stdout, sys.stderr):
        # A terminal that cannot show a character gets '?' instead of a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    app(prog_name="bpo")


def exit_on_signals() -> None:
    """SIGTERM and SIGHUP (a closed terminal) unwind like an exception, so that cleanup runs:
    a save in progress removes its temporary file and leaves the old profile whole."""

    def terminate(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), terminate)
