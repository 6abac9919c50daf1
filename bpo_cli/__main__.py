"""Entry point for `python -m bpo_cli`."""

from bpo_cli.entry import main

main()
