"""Text lines from a byte stream, never holding more than one bounded line, in a known encoding.

Encodings follow what spreadsheet programs write: strict UTF-8 (a byte-order mark is fine), UTF-16
when the file starts with its byte-order mark (Excel's "Unicode text"), and otherwise Windows-1252,
the code page of Excel's "CSV (Comma delimited)", with a notice naming it. `--encoding` overrides.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from typing import IO, NamedTuple

from bpo_cli.errors import UsageError

MAX_LINE = 100_000  # bytes (characters for UTF-16); a longer line is an error, never held whole
_SKIP = 1 << 16  # how much of an over-long line is read at a time while skipping it
FALLBACK = "cp1252"

Notify = Callable[[str], None]


class Line(NamedTuple):
    """One physical line: its number and text, or the problem that kept it from being read."""

    number: int
    text: str | None
    problem: str | None = None


def check_encoding(encoding: str) -> str:
    """The codec's canonical name, or a usage error naming the bad value."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(
            f"--encoding {encoding!r}: not an encoding Python knows",
            "try utf-8, utf-16, cp1252 (Windows, Western Europe), cp1251 or latin-1",
        ) from None


def text_lines(
    stream: IO[bytes], name: str, encoding: str | None, notify: Notify
) -> Iterator[Line]:
    """Every line of the stream, decoded; line endings (LF, CRLF, CR) are kept on the text."""
    start = peek(stream, 4)
    wide = encoding is not None and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if encoding is None and start[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        yield from _wide_lines(stream, "utf-16")
    elif wide and encoding is not None:
        yield from _wide_lines(stream, encoding)
    else:
        yield from _narrow_lines(stream, name, encoding, notify)


def peek(stream: IO[bytes], size: int) -> bytes:
    """Up to `size` bytes from the start of an unread stream, without consuming them."""
    peek = getattr(stream, "peek", None)
    if peek is None:
        return b""
    try:
        return bytes(peek(size)[:size])
    except (OSError, ValueError):
        return b""


def bounded(stream: IO[bytes], limit: int = MAX_LINE) -> Iterator[bytes | None]:
    """Raw lines of at most `limit` bytes; None stands for a longer line, skipped chunk by chunk."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit:
            yield raw
            continue
        while not raw.endswith(b"\n"):
            raw = stream.readline(_SKIP)
            if not raw:
                break
        yield None


def _narrow_lines(
    stream: IO[bytes], name: str, encoding: str | None, notify: Notify
) -> Iterator[Line]:
    chosen = encoding or "utf-8"
    too_long = f"longer than {MAX_LINE // 1000} kB"
    for number, raw in enumerate(bounded(stream), 1):
        if raw is None:
            yield Line(number, None, too_long)
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8) and chosen == "utf-8":
            raw = raw[3:]
        if b"\x00" in raw and encoding is None:
            yield Line(
                number,
                None,
                "holds NUL bytes: a UTF-16 file without its byte-order mark? "
                "give --encoding utf-16",
            )
            continue
        try:
            yield Line(number, raw.decode(chosen))
            continue
        except UnicodeDecodeError:
            if encoding is not None:
                yield Line(number, None, f"not {encoding} text; check --encoding")
                continue
        chosen = FALLBACK  # the first line that is not UTF-8: the file is in the Windows code page
        notify(
            f"{name}: line {number} is not UTF-8, so the file is read as Windows-1252 (cp1252), "
            "as Excel saves 'CSV (Comma delimited)'; if names look wrong, give --encoding"
        )
        try:
            yield Line(number, raw.decode(FALLBACK))
        except UnicodeDecodeError:
            yield Line(number, None, "neither UTF-8 nor Windows-1252 text; give --encoding")


def _wide_lines(stream: IO[bytes], encoding: str) -> Iterator[Line]:
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    try:
        number = 0
        while True:
            line = text.readline(MAX_LINE + 1)
            if not line:
                return
            number += 1
            if len(line) <= MAX_LINE:
                yield Line(number, line.lstrip("\ufeff") if number == 1 else line)
                continue
            while not line.endswith(("\n", "\r")):
                line = text.readline(_SKIP)
                if not line:
                    break
            yield Line(number, None, f"longer than {MAX_LINE // 1000} kB")
    finally:
        text.detach()
