"""Rows of the first sheet of an .xlsx workbook, streamed (openpyxl's read-only mode).

The workbook is checked before it is opened: a bounded file size, bounded sizes for the parts
that openpyxl reads whole (shared strings, styles), and no zip bombs. XML is parsed by
defusedxml (no entity expansion, no external entities); bpo refuses to read workbooks without it.
"""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bpo_cli.errors import InputFileError
from bpo_cli.tables.csvfile import Row

MAX_FILE = 200_000_000  # bytes of .xlsx on disk
MAX_SHEET = 2_000_000_000  # bytes of one worksheet's XML once unzipped (it is streamed)
MAX_PART = 50_000_000  # bytes of any other part once unzipped (read whole by openpyxl)
MAX_RATIO = 200  # unzipped / zipped; real sheets stay far below, zip bombs far above
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and password-protected .xlsx)


def is_workbook(start: bytes) -> bool:
    return start.startswith(ZIP_MAGIC)


def old_format_error(name: str) -> InputFileError:
    return InputFileError(
        name,
        "an old-style .xls workbook (or a password-protected one): bpo reads .xlsx and CSV",
        "open it and save it as 'Excel Workbook (.xlsx)' or as CSV",
    )


def rows(path: Path, name: str, notify: Callable[[str], None]) -> Iterator[Row]:
    """Each row of the first sheet as text cells, numbered as the spreadsheet numbers them."""
    _check_archive(path, name)
    from openpyxl import load_workbook  # deferred: only .xlsx input pays for it
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise InputFileError(
            name,
            "cannot be read safely: the defusedxml library is missing or disabled",
            "install defusedxml (pip install defusedxml) and unset OPENPYXL_DEFUSEDXML",
        )
    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as err:  # openpyxl raises many kinds for a damaged file
        raise InputFileError(name, f"not a readable .xlsx workbook ({_short(err)})") from None
    try:
        sheets = book.worksheets
        if not sheets:
            raise InputFileError(name, "the workbook has no worksheet")
        sheet = sheets[0]
        if len(sheets) > 1:
            notify(f"{name}: reading its first sheet, {sheet.title!r}, of {len(sheets)}")
        sheet.reset_dimensions()  # trust the rows that exist, not a claimed size
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                yield Row(number, [_text(v) for v in values])
        except InputFileError:
            raise
        except Exception as err:
            raise InputFileError(name, f"the sheet cannot be read ({_short(err)})") from None
    finally:
        book.close()


def _check_archive(path: Path, name: str) -> None:
    size = path.stat().st_size
    if size > MAX_FILE:
        raise InputFileError(
            name, f"larger than {MAX_FILE // 1_000_000} MB; bpo refuses workbooks this big"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            kind = archive.read("mimetype")[:100] if "mimetype" in archive.namelist() else b""
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise InputFileError(name, f"not a readable .xlsx workbook ({_short(err)})") from None
    if b"opendocument" in kind:
        raise InputFileError(
            name,
            "an OpenDocument file (.ods), not an .xlsx workbook",
            "in LibreOffice, save it as 'Excel 2007-365 (.xlsx)' or as 'Text CSV'",
        )
    for member in members:
        sheet = member.filename.startswith("xl/worksheets/")
        limit = MAX_SHEET if sheet else MAX_PART
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limit or (member.file_size > 1_000_000 and ratio > MAX_RATIO):
            raise InputFileError(
                name,
                f"its part {member.filename!r} unpacks to {member.file_size:,} bytes; "
                "bpo refuses it (too large, or a zip bomb)",
                "save the class list again, or as CSV",
            )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _short(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "..."
