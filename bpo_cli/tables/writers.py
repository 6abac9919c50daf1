"""Spreadsheet files bpo writes: CSV streamed row by row, .xlsx built in a temporary file and
renamed into place. Text that a spreadsheet would run as a formula is escaped, and every file
carries the disclaimer."""

from __future__ import annotations

import csv
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from bpo_cli import __version__
from bpo_cli.render.safe import clean
from bpo_cli.tables.workbook import Workbook
from bpo_cli.terms import DISCLAIMER

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_ROWS = 1_048_576  # Excel's limit


def escape(value: Any) -> Any:
    """A cell as written: control characters written out visibly (a CSV shown on a terminal
    must not drive it, and .xlsx cannot hold them), and text that starts like a formula gets a
    leading apostrophe."""
    if not isinstance(value, str):
        return value
    formula = value.startswith(FORMULA_STARTS)  # before `clean` turns a leading \r into \n
    value = clean(value)
    return "'" + value if formula or value.startswith(FORMULA_STARTS) else value


class CsvWriter:
    """Rows to a text stream, flushed one by one: a kill never loses a row already written."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer = csv.writer(stream, lineterminator="\r\n")
        self.writer.writerow([f"# {DISCLAIMER}"])

    def row(self, cells: Sequence[Any]) -> None:
        self.writer.writerow([escape(c) for c in cells])
        self.stream.flush()


class XlsxWriter:
    """A workbook of plain values (tables/workbook.py; memory stays flat), an About sheet first."""

    def __init__(self, path: Path, title: str) -> None:
        from bpo_cli.atomic import NotAFileError, replace_target
        from bpo_cli.errors import InputFileError

        try:
            replace_target(path)  # refused now, before any record is advised
        except NotAFileError as err:
            raise InputFileError(str(path), str(err), "give -o a file name") from None
        self.path = path
        self.book = Workbook()
        self.book.add_sheet("About")
        self.book.append("About", [title])
        self.book.append("About", [DISCLAIMER])
        self.book.append("About", [f"Made by bpo {__version__}, a career advisor for BPO jobs."])

    def sheet(self, name: str, header: Sequence[str]) -> None:
        self.book.add_sheet(name)
        self.book.append(name, [escape(h) for h in header])

    def row(self, name: str, cells: Sequence[Any]) -> None:
        if self.book.rows[name] >= SHEET_ROWS:
            raise OverflowError(f"the {name} sheet is full ({SHEET_ROWS:,} rows)")
        self.book.append(name, [escape(c) for c in cells])

    def save(self) -> None:
        """Write to a temporary file beside the target, then rename it over the target."""
        from bpo_cli.atomic import NotAFileError, replace_target
        from bpo_cli.errors import InputFileError

        try:
            target = replace_target(self.path)  # never renamed over a device, a pipe or a link
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
        except OSError as err:
            detail = str(err) if isinstance(err, NotAFileError) else err.strerror or str(err)
            self.book.close()
            raise InputFileError(str(self.path), f"cannot be written ({detail})") from None
        os.close(fd)
        try:
            self._write(tmp, target)
        finally:
            self.book.close()

    def _write(self, tmp: str, target: Path) -> None:
        from bpo_cli.errors import InputFileError

        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            self.book.save(tmp)
            os.replace(tmp, target)
        except BaseException as err:
            Path(tmp).unlink(missing_ok=True)
            if isinstance(err, OSError):
                reason = "the disk is full" if err.errno == errno.ENOSPC else err.strerror or err
                raise InputFileError(str(self.path), f"cannot be written ({reason})") from None
            raise
