"""A cache of the validated knowledge base: pure-Python YAML parsing is too slow for every start.

Validity is checked the way Python checks its .pyc files: each cache file records the size and
modification time of every data file and of the modules that define the cached types, and is
used only when all of them match exactly. Only a knowledge base that loaded without a single
problem is stored; what is read back is typed by msgspec; anything unreadable is ignored.
BPO_NO_CACHE=1 switches the cache off.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bpo_cli import __version__
from bpo_cli.domain.knowledge import KnowledgeBase

if TYPE_CHECKING:
    from bpo_cli.knowledge.loader import DataFile

FORMAT = "4"
KEEP = 8  # cache files kept; older ones are pruned when a new one is written
# The modules whose classes make up a cached KnowledgeBase.
SHAPE_MODULES = ("models.py", "conditions.py", "rules.py", "knowledge.py")


class _Entry(msgspec.Struct):
    stamp: str
    kb: msgspec.Raw  # decoded only when the stamp matches


def cache_dir() -> Path | None:
    """Where the cache lives; None when it is switched off."""
    if os.environ.get("BPO_NO_CACHE"):
        return None
    explicit = os.environ.get("BPO_CACHE_DIR")
    if explicit:
        return Path(explicit)
    # The platform's user cache folder, worked out here rather than with platformdirs,
    # whose import costs more than a lookup can spare.
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "bpo" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "bpo"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bpo"


def stamp(data_files: list[DataFile]) -> str | None:
    """Sizes and times of every file the cached value depends on; None if one is missing."""
    domain = Path(__file__).resolve().parents[1] / "domain"
    parts = [f"{FORMAT} {__version__}"]
    try:
        for name in SHAPE_MODULES:
            info = (domain / name).stat()
            parts.append(f"code/{name} {info.st_size} {info.st_mtime_ns}")
        for f in data_files:
            info = f.path.stat()
            parts.append(f"{f.layer}/{f.rel} {info.st_size} {info.st_mtime_ns}")
    except OSError:
        return None
    return "\n".join(parts)


def _path(folder: Path, overlay: Path | None) -> Path:
    # One cache file for the built-in data and one per overlay directory.
    name = "builtin" if overlay is None else f"{zlib.crc32(str(overlay.resolve()).encode()):08x}"
    return folder / f"kb-{name}.msgpack"


def lookup(overlay: Path | None, current: str) -> KnowledgeBase | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        entry = msgspec.msgpack.decode(_path(folder, overlay).read_bytes(), type=_Entry)
        if entry.stamp != current:
            return None
        return msgspec.msgpack.decode(entry.kb, type=KnowledgeBase)
    except (OSError, msgspec.DecodeError):
        return None


def store(overlay: Path | None, current: str, kb: KnowledgeBase) -> None:
    """Write the cache atomically; any failure (read-only home, full disk) is ignored."""
    folder = cache_dir()
    if folder is None:
        return
    import tempfile  # only when writing, which is rare

    try:
        folder.mkdir(parents=True, exist_ok=True)
        payload = msgspec.msgpack.encode(_Entry(current, msgspec.Raw(msgspec.msgpack.encode(kb))))
        fd, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, _path(folder, overlay))
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("kb-*.msgpack"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
