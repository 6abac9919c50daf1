"""JSON: a document's payload, indented and ASCII-safe, never through rich."""

from __future__ import annotations

import json
from typing import Any

from msgspec import to_builtins


def dumps(payload: Any) -> str:
    """The one way JSON leaves bpo: indented, ASCII-safe on any terminal, newline-terminated."""
    return json.dumps(to_builtins(payload), indent=2, ensure_ascii=True) + "\n"
