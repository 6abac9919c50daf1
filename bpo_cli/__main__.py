"""Entry point for `python -m bpo_cli`."""

from bpo_cli.cli import main

main()
