"""`bpo advise --batch` and `bpo cohort`: stream records through the engine, report on stderr.

Results are written record by record (JSON Lines or CSV, flushed as they come, so a kill never
loses a record already advised) or gathered into an .xlsx workbook renamed into place at the end.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, cast

from bpo_cli.cli.output import BrokenPipe, message, write_bytes
from bpo_cli.datafile import describe
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.errors import InputFileError, UsageError
from bpo_cli.services import batch, batch_workers


class Reading:
    """What to read: the file, its encoding (None: detect) and the columns to carry along."""

    def __init__(self, path: str, encoding: str | None = None, keep: tuple[str, ...] = ()) -> None:
        self.path = path
        self.encoding = encoding
        self.keep = keep


def outcomes(kb: KnowledgeBase, reading: Reading) -> Iterator[batch.Outcome]:
    """Advised records of a batch file, with a progress bar on a terminal."""
    with _records(kb, reading) as (records, _):
        yield from batch.advise_records(kb, records)


@contextmanager
def _records(
    kb: KnowledgeBase, reading: Reading
) -> Iterator[tuple[Iterator[batch.Record], int | None]]:
    """The records of a batch file (read as they are needed) and the file's size, if known."""
    stream, size = batch.open_input(reading.path)
    with stream, _progress(size) as advance:
        records = batch.read_records(
            kb,
            reading.path,
            stream,
            encoding=reading.encoding,
            keep=reading.keep,
            notify=message,
        )
        yield (records if advance is None else _counting(records, stream, advance)), size


def run_batch(
    kb: KnowledgeBase, reading: Reading, top: int | None, fmt: str, output: Path | None
) -> int:
    """Write one result per record (JSON Lines, CSV or .xlsx); return how many failed."""
    if fmt == "xlsx" and output is None:
        raise UsageError(
            "--format xlsx writes a workbook: name it with -o FILE",
            "bpo advise --batch class.csv --format xlsx -o results.xlsx",
        )
    done = failed = 0
    failed_lines: list[int] = []
    sink = _sink(fmt, output, reading, top)
    try:
        with _records(kb, reading) as (records, size):
            rows = len(reading.keep) if fmt in ("csv", "xlsx") else None
            workers = batch_workers.workers_for(size)
            for line, bad, result in batch_workers.encoded(kb, records, top, workers, rows):
                sink.put(bad, result)
                done += 1
                if bad:
                    failed += 1
                    if len(failed_lines) < 10:
                        failed_lines.append(line)
        sink.finish()
    finally:
        sink.close()
    summary = f"{describe(reading.path)}: advised {done - failed:,} of {done:,} records"
    if failed:
        more = ", ..." if failed > len(failed_lines) else ""
        where = "error rows" if fmt in ("csv", "xlsx") else '"error" records'
        summary += (
            f"; {failed:,} failed (line{'s' if failed != 1 else ''} "
            f"{', '.join(map(str, failed_lines))}{more}): see their {where}"
        )
    message(summary + ".")
    if output is not None:
        message(f"Wrote {output}.")
    return failed


class _Sink:
    def put(self, bad: bool, result: Any) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


class _JsonLines(_Sink):
    def __init__(self, output: Path | None) -> None:
        self.file = None if output is None else _open_text(output)

    def put(self, bad: bool, result: Any) -> None:
        if self.file is None:
            write_bytes(result)  # flushed at once: a kill loses nothing already written
        else:
            self.file.write(result.decode())
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


class _Csv(_Sink):
    def __init__(self, output: Path | None, keep: tuple[str, ...], top: int | None) -> None:
        from bpo_cli.tables.writers import CsvWriter

        self.file = _open_text(output) if output is not None else None
        stream: IO[str] = self.file if self.file is not None else cast(IO[str], _Stdout())
        self.writer = CsvWriter(stream)
        self.keep, self.top = keep, top
        self.started = False

    def put(self, bad: bool, result: Any) -> None:
        from bpo_cli.tables.results import header

        if not self.started:
            self.writer.row(header(list(self.keep), _roles_in(result, self.keep, self.top)))
            self.started = True
        self.writer.row(result)

    def finish(self) -> None:
        if not self.started:
            from bpo_cli.tables.results import header

            self.writer.row(header(list(self.keep), self.top or 0))

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


class _Xlsx(_Sink):
    def __init__(self, output: Path, keep: tuple[str, ...], top: int | None, name: str) -> None:
        from bpo_cli.tables.writers import XlsxWriter

        self.writer = XlsxWriter(output, f"bpo advice for {name}")
        self.keep, self.top = keep, top
        self.started = False

    def put(self, bad: bool, result: Any) -> None:
        from bpo_cli.tables.results import header

        fixed = len(self.keep) + 3
        if not self.started:
            names = header(list(self.keep), _roles_in(result, self.keep, self.top))
            self.writer.sheet("Results", names[: fixed - 1] + names[fixed:])
            self.writer.sheet("Errors", names[:fixed])
            self.started = True
        if bad:
            self.writer.row("Errors", result[:fixed])
        else:
            self.writer.row("Results", result[: fixed - 1] + result[fixed:])

    def finish(self) -> None:
        from bpo_cli.tables.results import header

        if not self.started:
            names = header(list(self.keep), self.top or 0)
            fixed = len(self.keep) + 3
            self.writer.sheet("Results", names[: fixed - 1] + names[fixed:])
            self.writer.sheet("Errors", names[:fixed])
        self.writer.save()


def _roles_in(first: list[Any], keep: tuple[str, ...], top: int | None) -> int:
    from bpo_cli.tables.results import ROLE_COLUMNS

    if top is not None:
        return top
    return max(0, (len(first) - len(keep) - 3) // len(ROLE_COLUMNS))


def _sink(fmt: str, output: Path | None, reading: Reading, top: int | None) -> _Sink:
    if fmt == "csv":
        return _Csv(output, reading.keep, top)
    if fmt == "xlsx" and output is not None:
        return _Xlsx(output, reading.keep, top, describe(reading.path))
    return _JsonLines(output)


def _open_text(path: Path) -> IO[str]:
    from bpo_cli.atomic import NotAFileError, open_stream

    try:
        return open_stream(path)  # a device stays a device, a pipe nobody reads is refused
    except NotAFileError as err:
        raise InputFileError(str(path), str(err), "give -o a file name") from None
    except OSError as err:
        raise InputFileError(str(path), f"cannot be written ({err.strerror or err})") from None


class _Stdout(io.TextIOBase):
    """CSV text to stdout, through the same quiet stop on a closed pipe as JSON Lines."""

    def write(self, text: str) -> int:
        write_bytes(text.encode("utf-8"))
        return len(text)


def _counting(
    records: Iterator[batch.Record], stream: IO[bytes], advance: Callable[[int], None]
) -> Iterator[batch.Record]:
    for record in records:
        with suppress(OSError, ValueError):
            advance(stream.tell())
        yield record


@contextmanager
def _progress(size: int | None) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing at all when it is not."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

    columns = [TextColumn("advising"), BarColumn(), DownloadColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("batch", total=size)
        shown = 0

        def advance(position: int) -> None:
            nonlocal shown
            if position - shown >= 1 << 16:  # redraw now and then, not for every record
                bar.update(task, completed=position)
                shown = position

        yield advance


__all__ = ["BrokenPipe", "Reading", "outcomes", "run_batch"]
