"""CSV and TSV records from text lines: quoted cells may span lines, and a stray quote costs
one record, reported at the line where it started, never the rows after it."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from bpo_cli.tables.lines import MAX_LINE, Line

MAX_RECORD_LINES = 200  # a quoted cell spanning more lines than this is a stray quote
STRAY = (
    'a quote (") on this line opens a cell that does not close cleanly: a stray quote? '
    "the rows after it were read on their own"
)


class Row(NamedTuple):
    """One record: the line it started on and its cells, or why it could not be read."""

    line: int
    cells: list[str] | None
    problem: str | None = None


def delimiter_of(header: str, name: str) -> str:
    """Tab for .tsv files and for headers with more tabs than commas; ';' when it is the only
    separator (European Excel); otherwise a comma."""
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    if header.count("\t") > header.count(","):
        return "\t"
    if "," not in header and "\t" not in header and ";" in header:
        return ";"
    return ","


def rows(lines: Iterable[Line], name: str) -> Iterator[Row]:
    """Every record of the file, the header first; blank lines are skipped."""
    pending: deque[Line] = deque()
    source = iter(lines)
    delimiter: str | None = None
    width = 0  # cells in the header, once read

    def take() -> Line | None:
        if pending:
            return pending.popleft()
        return next(source, None)

    while True:
        first = take()
        if first is None:
            return
        if first.text is None:
            yield Row(first.number, None, first.problem)
            continue
        if delimiter is None:
            if not first.text.strip():
                continue
            delimiter = delimiter_of(first.text, name)
        parts = [first]
        size = len(first.text)
        inside = _open_after(first.text, delimiter, inside=False)
        problem = None
        while inside:
            nxt = take()
            if nxt is None:
                problem = 'a quote (") opened on this line is never closed: a stray quote?'
                break
            parts.append(nxt)
            if nxt.text is None:
                problem = f"a quoted cell runs into line {nxt.number}, which {nxt.problem}"
                break
            size += len(nxt.text)
            if size > MAX_LINE or len(parts) > MAX_RECORD_LINES:
                problem = (
                    f'a quote (") opened on this line is not closed within '
                    f"{len(parts) - 1} lines or {MAX_LINE // 1000} kB: a stray quote?"
                )
                break
            inside = _open_after(nxt.text, delimiter, inside=True)
        if problem is None and width and len(parts) > 1:
            # A quoted cell whose lines look like rows of their own swallowed them: a stray quote.
            enough = max(2, width - 1)
            if any((p.text or "").count(delimiter) >= enough for p in parts[1:]):
                problem = STRAY
        if problem is not None:
            yield Row(first.number, None, problem)
            pending.extendleft(reversed(parts[1:]))  # the rows a stray quote swallowed come back
            continue
        text = "".join(p.text or "" for p in parts)
        if not text.strip():
            continue
        # A cell spanning lines must be quoted cleanly; if not, its opening quote was a stray one.
        strict = len(parts) > 1
        try:
            reader = csv.reader([text.rstrip("\r\n")], delimiter=delimiter, strict=strict)
            cells = next(reader, [])
        except csv.Error as err:
            if strict:
                yield Row(first.number, None, STRAY)
                pending.extendleft(reversed(parts[1:]))
            else:
                yield Row(first.number, None, f"not valid CSV ({err})")
            continue
        if width == 0:
            width = len(cells)  # the header's
        yield Row(first.number, cells)


def _open_after(text: str, delimiter: str, *, inside: bool) -> bool:
    """Whether a quoted cell is still open at the end of this line (as Python's csv reads it:
    a quote opens a cell only at its start; inside one, "" is a quote and " closes it)."""
    if '"' not in text:
        return inside
    at_start = not inside
    i, end = 0, len(text)
    while i < end:
        if inside:
            j = text.find('"', i)
            if j < 0:
                return True
            if j + 1 < end and text[j + 1] == '"':
                i = j + 2
                continue
            inside, at_start, i = False, False, j + 1
            continue
        c = text[i]
        if c == '"' and at_start:
            inside = True
        at_start = c == delimiter
        i += 1
    return inside
