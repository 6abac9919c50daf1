"""`bpo cohort`: a class's batch file summarised for a counsellor or a training institute."""

from typing import Annotated

import typer

from bpo_cli.cli.common import knowledge
from bpo_cli.cli.options import Data, FormatOpt, Json, NoColor, Output
from bpo_cli.cli.output import emit_as, pick_format
from bpo_cli.errors import ExitCode


def cohort_cmd(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="Profiles as JSON Lines or CSV ('-' for stdin), as for `bpo advise --batch`.",
        ),
    ],
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """For each role, who is ready, reachable or a stretch; the missing skills to teach first."""
    from bpo_cli.cli.batch_flow import outcomes
    from bpo_cli.render.cohort_out import cohort_dict, cohort_view
    from bpo_cli.services.cohort import summarise

    kb = knowledge(data)
    fmt = pick_format(json, format_)
    summary = summarise(kb, outcomes(kb, file))
    emit_as(
        fmt,
        output,
        text=lambda: cohort_view(kb, summary),
        json=lambda: cohort_dict(summary),
        title="Cohort summary",
        no_color=no_color,
    )
    if summary.failed:
        raise typer.Exit(ExitCode.ERROR)
