"""JSON: a document's payload, indented and ASCII-safe, never through rich."""

from __future__ import annotations

import re
from typing import Any

import msgspec

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # outside the BMP: a UTF-16 surrogate pair, as JSON spells it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def dumps(payload: Any) -> str:
    """The one way JSON leaves bpo: indented, ASCII-safe on any terminal, newline-terminated.

    msgspec encodes and indents in C (the standard library's encoder falls back to pure Python
    as soon as it indents, which cost a `roles --json` about 40 ms); the text is byte for byte
    what `json.dumps(..., indent=2, ensure_ascii=True)` gives. Non-ASCII characters can only
    stand inside strings, so escaping them across the whole text is safe.
    """
    text = msgspec.json.format(msgspec.json.encode(payload), indent=2).decode()
    if not text.isascii():
        text = _NON_ASCII.sub(_escape, text)
    return text + "\n"
