"""Where output goes: results to stdout (JSON, rich or plain text), messages to stderr."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from bpo_cli.errors import InputFileError, UsageError
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


def emit_as(
    fmt: str,
    output: Path | None,
    *,
    text: Callable[[], Sequence[Block]],
    json: Callable[[], Any],
    report: Callable[[], Sequence[Block]] | None = None,
    title: str = "bpo report",
    no_color: bool = False,
) -> None:
    """Render in one format (building only what it needs) to stdout or, atomically, to a file."""
    if fmt == "text" and output is None:
        emit_blocks(text(), no_color=no_color)
        return
    if fmt == "json":
        document = json_out.dumps(json())
    elif fmt == "text":
        document = plain.render(text())
    elif fmt == "markdown":
        from bpo_cli.render import markdown

        document = markdown.render((report or text)())
    else:
        from bpo_cli.render import html

        document = html.render((report or text)(), title)
    if output is None:
        write(document)
        return
    from bpo_cli.atomic import write_text

    try:
        write_text(output, document)
    except OSError as err:
        raise InputFileError(str(output), f"cannot be written ({err.strerror or err})") from None
    message(f"Wrote {output}.")


def pick_format(json: bool, fmt: str | None) -> str:
    """--json is short for --format json; the two must not disagree."""
    if json and fmt not in (None, "json"):
        raise UsageError(f"--json and --format {fmt} ask for different outputs: give one")
    return "json" if json else fmt or "text"
