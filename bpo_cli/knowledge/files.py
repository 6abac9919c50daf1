"""One file of the knowledge base: where it is, how messages name it, which layer it belongs to.

Its own module so that the loader and the cache can both use it without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct


class DataFile(Struct, frozen=True):
    rel: str  # path inside the data directory, with '/' separators
    path: Path
    display: str  # the name messages use
    layer: int  # 0 built-in, 1 overlay
