"""`bpo advise --batch` and `bpo cohort`: stream records through the engine, report on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

import msgspec

from bpo_cli.cli.output import message, write_bytes
from bpo_cli.datafile import describe
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.render.batch_json import outcome_dict
from bpo_cli.services import batch

FLUSH_EVERY = 500  # records written to stdout at a time


def outcomes(kb: KnowledgeBase, path: str) -> Iterator[batch.Outcome]:
    """Advised records of a batch file, with a progress bar on a terminal."""
    stream, size = batch.open_input(path)
    with stream, _progress(size) as advance:
        lines = _counting(stream, advance)
        yield from batch.advise_records(kb, batch.read_records(describe(path), lines))


def run_batch(kb: KnowledgeBase, path: str, top: int | None) -> int:
    """Write one JSON line per record; return how many records failed."""
    encode = msgspec.json.Encoder().encode
    pending: list[bytes] = []
    done = failed = 0
    failed_lines: list[int] = []
    for outcome in outcomes(kb, path):
        pending.append(encode(outcome_dict(kb, outcome, top)) + b"\n")
        done += 1
        if outcome.error is not None:
            failed += 1
            if len(failed_lines) < 10:
                failed_lines.append(outcome.line)
        if len(pending) >= FLUSH_EVERY:
            write_bytes(b"".join(pending))
            pending.clear()
    write_bytes(b"".join(pending))
    summary = f"{describe(path)}: advised {done - failed:,} of {done:,} records"
    if failed:
        more = ", ..." if failed > len(failed_lines) else ""
        summary += (
            f"; {failed:,} failed (line{'s' if failed != 1 else ''} "
            f'{", ".join(map(str, failed_lines))}{more}): see their "error" records'
        )
    message(summary + ".")
    return failed


def _counting(stream: IO[bytes], advance: Callable[[int], None]) -> Iterator[bytes]:
    for line in stream:
        advance(len(line))
        yield line


@contextmanager
def _progress(size: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr when it is a terminal; nothing at all when it is not."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

    columns = [TextColumn("advising"), BarColumn(), DownloadColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("batch", total=size)
        seen = 0

        def advance(n: int) -> None:
            nonlocal seen
            seen += n
            if seen >= 1 << 16:  # redraw now and then, not for every line
                bar.advance(task, seen)
                seen = 0

        yield advance
