"""Options shared by every command, so a flag means the same thing everywhere."""

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
