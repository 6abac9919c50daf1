"""Where output goes: results to stdout (JSON, rich or plain text), messages to stderr."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from bpo_cli.render import json_out, plain
from bpo_cli.render.blocks import Block


class BrokenPipe(Exception):
    """The reader of stdout went away (`bpo roles | head -1`): stop quietly."""


def write(text: str) -> None:
    """Write to stdout, turning a closed pipe into a quiet stop."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise BrokenPipe from None


def write_bytes(data: bytes) -> None:
    """Write encoded output (JSON Lines) to stdout, with the same quiet stop on a closed pipe."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise BrokenPipe from None


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush does not complain.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def emit_json(document: Any) -> None:
    write(json_out.dumps(document))


def use_rich(stream: TextIO) -> bool:
    """Rich layout on a terminal (or when FORCE_COLOR asks for it); plain text otherwise."""
    return stream.isatty() or bool(os.environ.get("FORCE_COLOR"))


def emit_blocks(blocks: Sequence[Block], *, no_color: bool = False, err: bool = False) -> None:
    """Human output: to stdout, or to stderr for things that are not the result (`err`)."""
    stream = sys.stderr if err else sys.stdout
    if not use_rich(stream):
        if err:
            message(plain.render(blocks).rstrip("\n"))
        else:
            write(plain.render(blocks))
        return
    from rich.console import Console  # deferred: JSON and piped output never need rich

    from bpo_cli.render.rich_render import print_blocks

    console = Console(stderr=err, no_color=no_color or None, highlight=False, soft_wrap=False)
    try:
        print_blocks(console, blocks)
    except BrokenPipeError:
        _silence_stdout()
        raise BrokenPipe from None


def message(text: str) -> None:
    """A line for the person on stderr (warnings, notes, progress)."""
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
