"""Many profiles at once: JSON Lines or CSV records in, one result (or error) per record out.

Everything streams: records are read, advised and handed on one at a time, so memory stays flat
however long the file is. A bad record becomes an error record and the run goes on.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import msgspec
from msgspec import Struct

from bpo_cli.datafile import STDIN, describe
from bpo_cli.domain.holland import code_of, person_vector
from bpo_cli.domain.knowledge import LIST_ANSWERS, KnowledgeBase
from bpo_cli.domain.profile import Profile
from bpo_cli.domain.scoring import Scored, score_all
from bpo_cli.errors import BpoError, InputFileError
from bpo_cli.knowledge.reader import did_you_mean
from bpo_cli.services.answers import ANSWER_KEYS, to_profile

_decode = msgspec.json.Decoder().decode
MAX_LINE = 100_000  # bytes; a longer line is an error record, not a memory problem
LIST_SEPARATOR = ";"
CSV_PREFIXES = ("preferences.", "interest_scores.")


class Record(Struct, frozen=True):
    """One input record: its answers, or why they could not be read."""

    line: int
    id: Any = None
    answers: dict[str, Any] | None = None
    error: str | None = None


class Outcome(Struct, frozen=True):
    """One record advised (profile, Holland code and scores) or failed (error)."""

    line: int
    id: Any
    profile: Profile | None = None
    holland: str = ""
    scored: list[Scored] | None = None
    error: str | None = None


def open_input(path: str) -> tuple[IO[bytes], int | None]:
    """The file (or stdin) as bytes, and its size when known (for progress)."""
    name = describe(path)
    if path == STDIN:
        return sys.stdin.buffer, None
    p = Path(path)
    if p.is_dir():
        raise InputFileError(name, "is a directory, not a file")
    try:
        return p.open("rb"), p.stat().st_size
    except FileNotFoundError:
        raise InputFileError(name, "no such file") from None
    except OSError as err:
        raise InputFileError(name, f"cannot be read ({err.strerror or err})") from None


def read_records(name: str, stream: Iterable[bytes]) -> Iterator[Record]:
    """Records from JSON Lines or CSV, chosen by the first character that is not a space."""
    lines = _numbered(stream)
    first = next(lines, None)
    if first is None:
        return
    text = first[1]
    chained = _chain(first, lines)
    if text is None or text.lstrip()[:1] in ("{", "["):
        yield from _jsonl(chained)
    else:
        yield from _csv(name, chained)


def _numbered(stream: Iterable[bytes]) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each line; text is None when the line is not UTF-8 or too long."""
    for number, raw in enumerate(stream, 1):
        if len(raw) > MAX_LINE:
            yield number, None
            continue
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None


def _chain(
    first: tuple[int, str | None], rest: Iterator[tuple[int, str | None]]
) -> Iterator[tuple[int, str | None]]:
    yield first
    yield from rest


def _jsonl(lines: Iterator[tuple[int, str | None]]) -> Iterator[Record]:
    for number, text in lines:
        if text is None:
            yield Record(number, error="not UTF-8 text, or longer than 100 kB")
            continue
        if not text.strip():
            continue
        try:
            data = _decode(text)
        except msgspec.DecodeError as err:
            yield Record(number, error=f"not valid JSON ({err})")
            continue
        if not isinstance(data, dict):
            yield Record(number, error="expected a JSON object of answers")
            continue
        record_id = data.pop("id", None)
        yield Record(number, record_id, answers=data)


def _csv(name: str, lines: Iterator[tuple[int, str | None]]) -> Iterator[Record]:
    state = {"line": 0, "bad": False}

    def texts() -> Iterator[str]:
        for number, text in lines:
            state["line"] = number
            state["bad"] = text is None
            yield text if text is not None else "\n"

    reader = csv.reader(texts())
    header = next(reader, None)
    if header is None:
        return
    columns = [h.strip() for h in header]
    _check_columns(name, columns)
    for row in reader:
        number = state["line"]
        if state["bad"]:
            yield Record(number, error="not UTF-8 text, or longer than 100 kB")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield Record(number, error=f"{len(row)} cells, but the header has {len(columns)}")
            continue
        answers: dict[str, Any] = {}
        record_id = None
        for column, cell in zip(columns, row, strict=False):
            cell = cell.strip()
            if not cell:
                continue
            if column == "id":
                record_id = cell
            elif column in LIST_ANSWERS:
                answers[column] = [p.strip() for p in cell.split(LIST_SEPARATOR) if p.strip()]
            elif column.startswith(CSV_PREFIXES):
                group, _, key = column.partition(".")
                answers.setdefault(group, {})[key] = _number(cell) if group[0] == "i" else cell
            else:
                answers[column] = cell
        yield Record(number, record_id, answers=answers)


def _number(cell: str) -> Any:
    try:
        return float(cell)
    except ValueError:
        return cell  # to_profile names the bad value


def _check_columns(name: str, columns: list[str]) -> None:
    known = ["id", *(k for k in ANSWER_KEYS if k not in ("preferences", "interest_scores"))]
    for column in columns:
        if column in known or (column.startswith(CSV_PREFIXES) and column.split(".", 1)[1]):
            continue
        hint = did_you_mean(column, known)
        raise InputFileError(
            name,
            f"unknown column {column!r} in the header{hint}",
            "columns: id, education, fields, interests, skills, experience_years, "
            "preferences.<id>, interest_scores.<id>; separate list items with ';'",
        )


def advise_records(kb: KnowledgeBase, records: Iterable[Record]) -> Iterator[Outcome]:
    """Each record checked and scored, in input order."""
    for record in records:
        if record.error is not None or record.answers is None:
            yield Outcome(record.line, record.id, error=record.error)
            continue
        try:
            profile = to_profile(kb, record.answers, f"line {record.line}")
        except BpoError as err:
            message = err.message.removeprefix(f"line {record.line}: ")
            yield Outcome(record.line, record.id, error=message)
            continue
        vector = person_vector(kb, profile)
        yield Outcome(
            record.line,
            record.id,
            profile=profile,
            holland=code_of(vector) if vector else "",
            scored=score_all(profile, kb),
        )
