"""The console script's entry point, kept free of heavy imports.

Importing the command line (typer, rich, the commands) takes a noticeable moment; a Ctrl-C
pressed in it would otherwise end in a Python traceback. Here it ends as one pressed later
does: "Cancelled." and exit 130.
"""

from __future__ import annotations

import sys

CANCELLED = 130  # 128 + SIGINT, as bpo_cli.errors.ExitCode.CANCELLED (not imported: kept light)


def main() -> None:
    """Run bpo (the `bpo` console script)."""
    try:
        from bpo_cli.cli import main as run

        run()
    except KeyboardInterrupt:
        sys.stderr.write("Cancelled.\n")
        raise SystemExit(CANCELLED) from None
