"""`bpo cohort`: a class's batch file summarised for a counsellor or a training institute."""

from typing import Annotated

import typer

from bpo_cli.cli.common import knowledge
from bpo_cli.cli.options import Data, Encoding, Json, Keep, NoColor, Output, TableFormatOpt
from bpo_cli.cli.output import Out, emit, message
from bpo_cli.datafile import describe
from bpo_cli.errors import ExitCode, UsageError


def cohort_cmd(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="A class list: CSV, TSV, .xlsx or JSON Lines ('-' for stdin), as for "
            "`bpo advise --batch`.",
        ),
    ],
    keep: Keep = None,
    encoding: Encoding = None,
    json: Json = False,
    format_: TableFormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """For each role, who is ready, reachable or a stretch; the missing skills to teach first."""
    from bpo_cli.cli.batch_flow import Reading, outcomes
    from bpo_cli.cli.options import keep_list
    from bpo_cli.services.cohort import summarise
    from bpo_cli.tables.lines import check_encoding

    kb = knowledge(data)
    out = Out(json, format_, output, no_color)
    fmt = out.fmt  # a clash of --json and --format fails before the file is read
    if fmt == "csv":
        raise UsageError(
            "a cohort is several tables: --format xlsx -o FILE writes each as a sheet",
            "for one row per person, use: bpo advise --batch FILE --format csv",
        )
    if fmt == "xlsx" and output is None:
        raise UsageError("--format xlsx writes a workbook: name it with -o FILE")
    reading = Reading(file, check_encoding(encoding) if encoding else None, keep_list(keep))
    summary = summarise(kb, outcomes(kb, reading))
    if fmt == "xlsx" and output is not None:
        from bpo_cli.tables.cohort_sheets import write_cohort

        write_cohort(kb, summary, output, describe(file))
        message(f"Wrote {output}.")
        if summary.failed:
            raise typer.Exit(ExitCode.ERROR)
        return
    emit(summary, out, kb)
    if summary.failed:
        raise typer.Exit(ExitCode.ERROR)
