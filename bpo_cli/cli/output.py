"""Where output goes: results to stdout (JSON, rich or plain text), messages to stderr."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from bpo_cli.errors import BpoError, InputFileError, UsageError
from bpo_cli.render.formats import plain
from bpo_cli.render.safe import clean

if TYPE_CHECKING:
    from bpo_cli.documents.base import Document
    from bpo_cli.domain.knowledge import KnowledgeBase
    from bpo_cli.render.blocks import Block


class BrokenPipe(Exception):
    """The reader of stdout went away (`bpo roles | head -1`): stop quietly."""


class Streams:
    """Standard streams that were closed when bpo started (`>&-`); see `guard_streams`."""

    stdout_closed = False


def guard_streams() -> None:
    """Give every closed standard stream (`<&-`, `>&-`, `2>&-`) a /dev/null descriptor.

    Otherwise the first file bpo opens would take the free number and a `print` would write
    into it. A closed stdin reads as empty (`--answers -` says it is closed), a closed stderr
    swallows messages, and a closed stdout is treated like a reader that went away: the result
    cannot be delivered (exit 141).
    """
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
            if getattr(sys, name) is not None:
                continue
        except OSError:
            # Lower descriptors are all open by now, so the new one takes this number.
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
        if fd == 0:
            from bpo_cli import datafile

            datafile.STDIN_CLOSED = True
        if fd == 1:
            Streams.stdout_closed = True
        mode = "r" if fd == 0 else "w"
        stream = open(fd, mode, encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
        setattr(sys, name, stream)


class OutputError(BpoError):
    """Standard output could not take the result (a full disk, an I/O error)."""


def _failed(err: OSError) -> OutputError:
    silence_stdout()
    reason = "the disk is full" if err.errno == errno.ENOSPC else (err.strerror or str(err))
    return OutputError(
        f"the output could not be written: {reason}",
        "free some space or write elsewhere (`-o FILE` on another disk)"
        if err.errno == errno.ENOSPC
        else None,
    )


def write(text: str) -> None:
    """Write to stdout, turning a closed pipe into a quiet stop and a full disk into an error."""
    if Streams.stdout_closed:
        raise BrokenPipe
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise BrokenPipe from None
    except OSError as err:
        raise _failed(err) from None


def write_bytes(data: bytes) -> None:
    """Write encoded output (JSON Lines) to stdout, with the same quiet stop on a closed pipe."""
    if Streams.stdout_closed:
        raise BrokenPipe
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        silence_stdout()
        raise BrokenPipe from None
    except OSError as err:
        raise _failed(err) from None


def silence_stdout() -> None:
    # Point stdout at /dev/null and drop what is still buffered, so the interpreter's final
    # flush neither complains nor retries the write that failed.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


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

    from bpo_cli.render.formats.rich import print_blocks

    console = Console(stderr=err, no_color=no_color or None, highlight=False, soft_wrap=False)
    # Rendered to a string, then written like any other output: rich's own handling of a
    # closed pipe exits 1, where `FORCE_COLOR=1 bpo ... | head -1` must end like a plain pipe.
    with console.capture() as captured:
        print_blocks(console, blocks)
    if err:
        message(captured.get().rstrip("\n"), raw=True)
    else:
        write(captured.get())


def message(text: str, *, raw: bool = False) -> None:
    """A line for the person on stderr (warnings, notes, progress).

    Messages quote file names and values from input, so control characters in them are written
    out visibly (`raw` only for text a backend already made safe, such as rich's colours).
    """
    try:
        sys.stderr.write((text if raw else clean(text)) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


class Out(NamedTuple):
    """The shared output options of every data command (`--json`, `--format`, `-o`,
    `--no-color`), as the command received them."""

    json: bool = False
    format: str | None = None
    output: Path | None = None
    no_color: bool = False

    @property
    def fmt(self) -> str:
        """The format asked for (a usage error if --json and --format disagree)."""
        return pick_format(self.json, self.format)


def emit(
    document: Document,
    out: Out,
    kb: KnowledgeBase | None,
    *,
    top: int | None = 5,
    explain: bool = False,
    name: str | None = None,
) -> None:
    """Any document, in the format asked for, to stdout (rich on a terminal) or to a file."""
    from bpo_cli.render.emit import FORMATS, Context, render

    fmt = out.fmt
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt} is for class lists (advise --batch, cohort) only")
    context = Context(kb, top, explain, name)
    if fmt == "text" and out.output is None and use_rich(sys.stdout):
        from bpo_cli.render.emit import blocks

        emit_blocks(blocks(document, context), no_color=out.no_color)
        return
    text = render(document, fmt, context)
    if out.output is None:
        write(text)
        return
    from bpo_cli.atomic import NotAFileError, write_output

    try:
        write_output(out.output, text)
    except NotAFileError as err:
        raise InputFileError(str(out.output), str(err), "give -o a file name") from None
    except OSError as err:
        reason = "the disk is full" if err.errno == errno.ENOSPC else err.strerror or err
        raise InputFileError(str(out.output), f"cannot be written ({reason})") from None
    message(f"Wrote {out.output}.")


def pick_format(json: bool, fmt: str | None) -> str:
    """--json is short for --format json; the two must not disagree."""
    if json and fmt not in (None, "json"):
        raise UsageError(f"--json and --format {fmt} ask for different outputs: give one")
    if json:
        return "json"
    return str(fmt) if fmt else "text"
