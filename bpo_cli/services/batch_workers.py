"""Batch records advised on every core, in input order, with memory that stays flat.

The parent reads and parses records; chunks of them go to worker processes, which advise and
encode them (a JSON line, or a spreadsheet row); results come back in input order. At most a
few chunks are in flight, so a file of a million lines never sits in memory. Workers are forked
(they inherit the loaded knowledge base); where fork is unavailable, or the input is small,
everything runs in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.services.batch import Outcome, Record, advise_records, record_document, unexpected

CHUNK = 250  # records a worker takes at a time
IN_FLIGHT = 2  # chunks in flight per worker
PARALLEL_FROM = 200_000  # bytes of input; below this, starting workers costs more than it saves

# (input line, failed?, the result: an encoded JSON line, or a row of cells)
Line = tuple[int, bool, Any]
_shared: dict[str, Any] = {}  # set in the parent before forking, read by the workers


def workers_for(size: int | None) -> int:
    """How many processes to use: BPO_WORKERS if set, else every core for large files."""
    explicit = os.environ.get("BPO_WORKERS", "").strip()
    if explicit.isascii() and explicit.isdigit() and 0 < int(explicit) <= 256:
        wanted = int(explicit)
    elif size is not None and size >= PARALLEL_FROM:
        wanted = os.cpu_count() or 1
    else:
        wanted = 1
    forkable = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
    return wanted if forkable else 1


def encoded(
    kb: KnowledgeBase,
    records: Iterable[Record],
    top: int | None,
    workers: int,
    rows: int | None = None,
) -> Iterator[Line]:
    """One result per record, in input order: JSON lines, or (with `rows`, the number of kept
    columns) spreadsheet rows."""
    if workers < 2:
        yield from _encode(kb, records, top, rows)
        return
    _shared.update(kb=kb, top=top, rows=rows)
    pending: deque[Any] = deque()
    # Ctrl-C is held back while the workers are forked: a KeyboardInterrupt inside Pool()
    # would leave idle workers holding the task queue's lock, and the pool's exit-time cleanup
    # would then wait on that lock for ever. Released inside the try, it stops a whole pool.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_plain_signals)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        for chunk in _chunks(records):
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) >= IN_FLIGHT * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()  # a clean finish: the workers exit when the queue is drained
    finally:
        pool.terminate()  # after close(), this only reaps; after an error, it stops them
        pool.join()


def _plain_signals() -> None:
    """Workers die on SIGTERM (the pool's way to stop them) and leave Ctrl-C to the parent,
    instead of inheriting the parent's handlers."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _encode(
    kb: KnowledgeBase, records: Iterable[Record], top: int | None, rows: int | None
) -> Iterator[Line]:
    encode = msgspec.json.Encoder().encode
    if rows is not None:
        from bpo_cli.tables.results import row

    for outcome in advise_records(kb, records):
        try:
            if rows is not None:
                result: Any = row(kb, outcome, top, rows)
            else:
                result = encode(record_document(kb, outcome, top).payload()) + b"\n"
        except Exception as err:  # a result that cannot be written is that record's error
            outcome = Outcome(outcome.line, None, error=unexpected(err), kept=outcome.kept)
            if rows is not None:
                result = row(kb, outcome, top, rows)
            else:
                result = encode(record_document(kb, outcome, top).payload()) + b"\n"
        yield (outcome.line, outcome.error is not None, result)


def _work(chunk: list[Record]) -> list[Line]:
    return list(_encode(_shared["kb"], chunk, _shared["top"], _shared["rows"]))


def _chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
