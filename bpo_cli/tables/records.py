"""Batch records from a class list: JSON Lines, CSV/TSV or .xlsx in; one Record per person out.

Anything wrong with one record (a cell, a line, a parser limit) becomes that record's error and
reading goes on; only a file that cannot be read at all (no header, a duplicate or near-miss
column) stops the run, before any output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import msgspec
from msgspec import Struct

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.wording import normalise
from bpo_cli.errors import InputFileError
from bpo_cli.services import names
from bpo_cli.tables import csvfile, lines
from bpo_cli.tables.columns import Layout, Target, layout

_decode = msgspec.json.Decoder().decode
_YEARS = re.compile(r"(\d{1,3})(?:\.0*)?(?:\s*(?:years?|yrs?\.?))?", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d{1,12}(?:\.\d{1,12})?")
_SPLIT = re.compile(r"[;\r\n]+")


class Record(Struct, frozen=True):
    """One input record: its answers, or why they could not be read; `kept` carries --keep."""

    line: int
    id: Any = None
    answers: dict[str, Any] | None = None
    error: str | None = None
    kept: dict[str, str] | None = None


Notify = Callable[[str], None]


def jsonl(numbered: Iterator[lines.Line], keep: Sequence[str]) -> Iterator[Record]:
    """One record per non-blank line; each line is parsed on its own."""
    for line in numbered:
        if line.text is None:
            yield Record(line.number, error=line.problem or "could not be read")
            continue
        if not line.text.strip():
            continue
        try:
            data = _decode(line.text)
        except msgspec.DecodeError as err:
            yield Record(line.number, error=f"not valid JSON ({_short(err)})")
            continue
        except (RecursionError, ValueError, MemoryError) as err:
            yield Record(line.number, error=f"cannot be read ({_short(err)})")
            continue
        if not isinstance(data, dict):
            yield Record(line.number, error="expected a JSON object of answers")
            continue
        record_id = data.pop("id", None)
        kept = {k: _plain(data.pop(k, None)) for k in keep} if keep else None
        yield Record(line.number, record_id, answers=data, kept=kept)


def table(
    kb: KnowledgeBase,
    answer_keys: Sequence[str],
    name: str,
    rows: Iterator[csvfile.Row],
    keep: Sequence[str],
    notify: Notify,
) -> Iterator[Record]:
    """Records from spreadsheet rows: the first non-blank row is the header."""
    header = next(rows, None)
    while (
        header is not None and header.cells is not None and not any(c.strip() for c in header.cells)
    ):
        header = next(rows, None)
    if header is None:
        return
    if header.cells is None:
        raise InputFileError(
            name, f"the header (line {header.line}) cannot be read: it is {header.problem}"
        )
    columns = layout(kb, answer_keys, name, header.cells, keep, notify)
    for row in rows:
        if row.cells is None:
            yield Record(row.line, error=row.problem or "could not be read")
            continue
        if not any(cell.strip() for cell in row.cells):
            continue
        try:
            yield _record(kb, columns, row)
        except Exception as err:  # one odd row must never stop the others
            yield Record(row.line, error=f"cannot be read ({type(err).__name__}: {_short(err)})")


def _record(kb: KnowledgeBase, columns: Layout, row: csvfile.Row) -> Record:
    cells = row.cells or []
    kept = {header: _cell(cells, i) for i, header in columns.kept} if columns.kept else None
    extra = [c for c in cells[columns.width :] if c.strip()]
    if extra:
        return Record(
            row.line,
            error=f"{columns.width + len(extra)} cells, but the header has {columns.width}",
            kept=kept,
        )
    answers: dict[str, Any] = {}
    record_id: Any = None
    for column in columns.columns:
        cell = _cell(cells, column.position).strip()
        if not cell:
            continue
        target = column.target
        if target.kind == "id":
            record_id = cell
            continue
        value = _value(kb, target, cell)
        if len(target.path) == 1:
            answers[target.path[0]] = value
        else:
            answers.setdefault(target.path[0], {})[target.path[1]] = value
    return Record(row.line, record_id, answers=answers, kept=kept)


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _value(kb: KnowledgeBase, target: Target, cell: str) -> Any:
    if target.kind == "multiple":
        return split_list(kb, target.path[0], cell)
    if target.kind == "number":
        match = _YEARS.fullmatch(cell)
        return int(match.group(1)) if match and match.group(1).isascii() else cell
    if target.kind == "value":
        if _NUMBER.fullmatch(cell) and cell.isascii():
            return float(cell) if "." in cell else int(cell)
        lowered = cell.lower()
        return {"true": True, "yes": True, "false": False, "no": False}.get(lowered, cell)
    return cell


def split_list(kb: KnowledgeBase, vocabulary: str, cell: str) -> list[str]:
    """List items as people type them: a whole label first ("Medical coding (ICD-10-CM, CPT)"),
    then items separated by ';' or new lines, then by commas, longest label first."""
    try:
        if names.resolve(kb, vocabulary, cell.strip()) is not None:
            return [cell.strip()]
    except KeyError:  # an answer with no vocabulary of its own: plain separators only
        return [p.strip() for p in re.split(r"[;\r\n]+|,\s", cell) if p.strip()]
    index = names.index(kb, vocabulary)
    reach = names.most_commas(kb, vocabulary) + 1
    items: list[str] = []
    for part in _SPLIT.split(cell):
        part = part.strip()
        if not part:
            continue
        if normalise(part) in index:
            items.append(part)
            continue
        pieces = part.split(",")
        i = 0
        while i < len(pieces):
            for j in range(min(len(pieces), i + reach), i, -1):
                candidate = ",".join(pieces[i:j]).strip()
                if j == i + 1 or normalise(candidate) in index:
                    if candidate:
                        items.append(candidate)
                    i = j
                    break
    return items


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return msgspec.json.encode(value).decode()


def _short(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "..."
