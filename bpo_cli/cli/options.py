"""Options shared by every command, so a flag means the same thing everywhere."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

Json = Annotated[
    bool, typer.Option("--json", help="Print JSON (see `bpo schema`) instead of text.")
]
NoColor = Annotated[
    bool, typer.Option("--no-color", help="No colour on a terminal (also NO_COLOR=1, TERM=dumb).")
]
Data = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="BPO_DATA",
        metavar="DIR",
        help="A directory of extra or replacement knowledge (same layout as the built-in data).",
        show_default=False,
    ),
]


class Format(StrEnum):
    """What a command can print: text for people, JSON for scripts, reports to keep."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="text, json, markdown or html (a self-contained report)."),
]


class TableFormat(StrEnum):
    """Formats of the commands that read a class list: the shared ones, and spreadsheets."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"
    xlsx = "xlsx"


TableFormatOpt = Annotated[
    TableFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="text, json, markdown, html; with a class list also csv or xlsx (needs -o).",
    ),
]
Encoding = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="The class list's text encoding (default: UTF-8, UTF-16 by its mark, else cp1252).",
        show_default=False,
    ),
]
Keep = Annotated[
    str | None,
    typer.Option(
        "--keep",
        metavar="COL,...",
        help="Columns of the class list to copy into every result (e.g. a name); nothing else is.",
        show_default=False,
    ),
]


def keep_list(value: str | None) -> tuple[str, ...]:
    """`--keep "Name, Email"` as column names."""
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE instead of stdout.",
        show_default=False,
    ),
]

Answers = Annotated[
    str | None,
    typer.Option(
        "--answers",
        "-a",
        metavar="FILE",
        help="Your answers as YAML or JSON, instead of questions ('-' reads stdin).",
    ),
]
ProfileName = Annotated[
    str | None,
    typer.Option(
        "--profile",
        "-p",
        metavar="NAME",
        help="Answers saved earlier with `bpo advise --save NAME`.",
    ),
]
NoInput = Annotated[
    bool,
    typer.Option(
        "--no-input",
        envvar="BPO_NO_INPUT",
        help="Never prompt; fail at once when answers are missing.",
    ),
]
