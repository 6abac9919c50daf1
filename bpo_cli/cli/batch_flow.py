"""`bpo advise --batch` and `bpo cohort`: stream records through the engine, report on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

from bpo_cli.cli import batch_workers
from bpo_cli.cli.output import message, write_bytes
from bpo_cli.datafile import describe
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.services import batch

FLUSH_EVERY = 500  # records written to stdout at a time


def outcomes(kb: KnowledgeBase, path: str) -> Iterator[batch.Outcome]:
    """Advised records of a batch file, with a progress bar on a terminal."""
    with _records(path) as (records, _):
        yield from batch.advise_records(kb, records)


@contextmanager
def _records(path: str) -> Iterator[tuple[Iterator[batch.Record], int | None]]:
    """The records of a batch file (read as they are needed) and the file's size, if known."""
    stream, size = batch.open_input(path)
    with stream, _progress(size) as advance:
        yield batch.read_records(describe(path), _counting(stream, advance)), size


def run_batch(kb: KnowledgeBase, path: str, top: int | None) -> int:
    """Write one JSON line per record; return how many records failed."""
    pending: list[bytes] = []
    done = failed = 0
    failed_lines: list[int] = []
    with _records(path) as (records, size):
        for line, bad, encoded in batch_workers.encoded(
            kb, records, top, batch_workers.workers_for(size)
        ):
            pending.append(encoded)
            done += 1
            if bad:
                failed += 1
                if len(failed_lines) < 10:
                    failed_lines.append(line)
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
