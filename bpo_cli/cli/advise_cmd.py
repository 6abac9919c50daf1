"""`bpo advise`: its options. The work is in `advise_flow`, imported only when advise runs."""

from typing import Annotated

import typer

from bpo_cli.cli.options import (
    Answers,
    Data,
    Encoding,
    Json,
    Keep,
    NoColor,
    NoInput,
    Output,
    ProfileName,
    TableFormatOpt,
)


def advise_cmd(
    answers: Answers = None,
    profile: ProfileName = None,
    save: Annotated[
        str | None, typer.Option("--save", metavar="NAME", help="Save these answers under a name.")
    ] = None,
    last: Annotated[
        bool,
        typer.Option("--last", help="Use the answers of your last questionnaire again."),
    ] = False,
    forget: Annotated[
        bool,
        typer.Option(
            "--forget",
            envvar="BPO_NO_KEEP",
            help="Do not keep this questionnaire's answers on this computer (BPO_NO_KEEP=1).",
        ),
    ] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue a questionnaire stopped with Ctrl-C.")
    ] = False,
    batch: Annotated[
        str | None,
        typer.Option(
            "--batch",
            "-b",
            metavar="FILE",
            help="Advise many people: a class list (CSV, TSV, .xlsx or JSON Lines; '-' for "
            "stdin) in, one result per person out (JSON Lines; --format csv or xlsx with -o).",
        ),
    ] = None,
    deep: Annotated[
        bool,
        typer.Option("--deep", help="Rate 26 short work activities instead of ticking interests."),
    ] = False,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many roles to show.")] = 5,
    all_roles: Annotated[bool, typer.Option("--all", help="Show every role.")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show every rule behind each score.")
    ] = False,
    no_input: NoInput = False,
    keep: Keep = None,
    encoding: Encoding = None,
    json: Json = False,
    format_: TableFormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """Answer a few questions (or give --answers) and get ranked roles, gaps and next steps."""
    from bpo_cli.cli import advise_flow
    from bpo_cli.cli.output import Out

    request = advise_flow.AdviseRequest(
        answers=answers,
        profile=profile,
        save=save,
        last=last,
        forget=forget,
        resume=resume,
        batch=batch,
        deep=deep,
        no_input=no_input,
        top=None if all_roles else top,
        explain=explain,
        keep=keep,
        encoding=encoding,
        out=Out(json, format_, output, no_color),
        data=data,
    )
    advise_flow.run(request)
