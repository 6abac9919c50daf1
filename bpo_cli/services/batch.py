"""Many profiles at once: JSON Lines, CSV or .xlsx records in, one result (or error) per record.

Everything streams: records are read, advised and handed on one at a time, so memory stays flat
however long the file is. A bad record becomes an error record and the run goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from msgspec import Struct

from bpo_cli.datafile import STDIN, describe
from bpo_cli.documents.advice import BatchAdvice, BatchError, BatchRecordDoc
from bpo_cli.domain.advice import Advice
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.errors import BpoError, InputFileError
from bpo_cli.services.advice import advice_for, fit_document, profile_document
from bpo_cli.services.answers import ANSWER_KEYS, to_profile
from bpo_cli.tables import csvfile, xlsx
from bpo_cli.tables import lines as lines_module
from bpo_cli.tables import records as readers
from bpo_cli.tables.records import Record

__all__ = ["Outcome", "Record", "advise_records", "open_input", "read_records"]

MAX_LINE = lines_module.MAX_LINE


class Outcome(Struct, frozen=True):
    """One record advised (scores-only advice, as `advice_for(..., "scores")` gives it) or
    failed (error)."""

    line: int
    id: Any
    advice: Advice | None = None
    error: str | None = None
    kept: dict[str, str] | None = None


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


def read_records(
    kb: KnowledgeBase,
    path: str,
    stream: IO[bytes],
    *,
    encoding: str | None = None,
    keep: Sequence[str] = (),
    notify: Callable[[str], None] = lambda text: None,
) -> Iterator[Record]:
    """Records from JSON Lines, CSV/TSV (chosen by the first character that is not a space) or
    an .xlsx workbook; `notify` is told of ignored columns and guessed encodings."""
    name = describe(path)
    start = lines_module.peek(stream, 256)
    if xlsx.is_workbook(start) or path.lower().endswith((".xlsx", ".xlsm")):
        if path == STDIN:
            raise InputFileError(
                name,
                "an .xlsx workbook cannot be read from standard input",
                "give its file name: bpo advise --batch class.xlsx",
            )
        yield from readers.table(
            kb, ANSWER_KEYS, name, xlsx.rows(Path(path), name, notify), keep, notify
        )
        return
    if start.startswith(xlsx.OLE_MAGIC):
        raise xlsx.old_format_error(name)
    numbered = lines_module.text_lines(stream, name, encoding, notify)
    first = next(numbered, None)
    while first is not None and first.text is not None and not first.text.strip():
        first = next(numbered, None)
    if first is None:
        return
    chained = _chain(first, numbered)
    opening = first.text if first.text is not None else start.decode("latin-1")
    if opening.lstrip("\ufeff\xef\xbb\xbf \t\r\n")[:1] in ("{", "["):
        yield from readers.jsonl(chained, keep)
    else:
        yield from readers.table(kb, ANSWER_KEYS, name, csvfile.rows(chained, name), keep, notify)


def _chain(
    first: lines_module.Line, rest: Iterator[lines_module.Line]
) -> Iterator[lines_module.Line]:
    yield first
    yield from rest


def advise_records(kb: KnowledgeBase, records: Iterable[Record]) -> Iterator[Outcome]:
    """Each record checked and scored, in input order; whatever goes wrong with one record
    (even a parser or engine limit) becomes that record's error, and the others go on."""
    for record in records:
        if record.error is not None or record.answers is None:
            yield Outcome(record.line, record.id, error=record.error, kept=record.kept)
            continue
        try:
            yield _advised(kb, record)
        except BpoError as err:
            message = err.message.removeprefix(f"line {record.line}: ")
            yield Outcome(record.line, record.id, error=message, kept=record.kept)
        except Exception as err:
            yield Outcome(record.line, record.id, error=unexpected(err), kept=record.kept)


def _advised(kb: KnowledgeBase, record: Record) -> Outcome:
    profile = to_profile(kb, record.answers, f"line {record.line}")
    return Outcome(
        record.line, record.id, advice=advice_for(kb, profile, "scores"), kept=record.kept
    )


def unexpected(err: BaseException) -> str:
    """An error record's text for a failure no check foresaw (a parser limit, a deep nesting)."""
    if isinstance(err, RecursionError):
        return "nested too deeply to read"
    text = str(err) or type(err).__name__
    text = text if len(text) <= 120 else text[:117] + "..."
    return f"cannot be advised ({type(err).__name__}: {text})"


def record_document(kb: KnowledgeBase, outcome: Outcome, top: int | None) -> BatchRecordDoc:
    """One JSON Lines record: the best `top` roles (all when None), or why the record failed."""
    advice = outcome.advice
    if outcome.error is not None or advice is None:
        return BatchRecordDoc(
            record=BatchError(
                line=outcome.line, id=outcome.id, kept=outcome.kept, error=outcome.error or ""
            )
        )
    matches = advice.matches if top is None else advice.matches[:top]
    return BatchRecordDoc(
        record=BatchAdvice(
            line=outcome.line,
            id=outcome.id,
            kept=outcome.kept,
            profile=profile_document(advice.profile),
            holland=advice.holland,
            matches=[fit_document(m) for m in matches],
        )
    )
