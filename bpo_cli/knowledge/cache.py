"""A parse cache: YAML is slow to parse in pure Python, so parsed documents are kept as JSON.

The key is a hash of every data file's bytes, so an edited file is simply a miss. Only documents
that survive a JSON round trip unchanged are stored, and what comes back is validated exactly
like freshly parsed YAML: the cache can make loading faster, never different.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1
KEEP = 8  # cache files kept; older ones are pruned when a new one is written


def cache_dir() -> Path | None:
    """Where parsed documents are kept; None when caching is off (BPO_NO_CACHE=1)."""
    if os.environ.get("BPO_NO_CACHE"):
        return None
    explicit = os.environ.get("BPO_CACHE_DIR")
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir  # only on the path that needs it

    return Path(user_cache_dir("bpo", appauthor=False))


def lookup(digest: str) -> dict[str, Any] | None:
    """The cached documents for this digest, or None (missing, unreadable, or another format)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"parsed-{digest}.json").open("rb") as handle:
            payload = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    docs = payload.get("documents")
    return docs if isinstance(docs, dict) else None


def store(digest: str, documents: dict[str, Any]) -> None:
    """Keep parsed documents for next time; any failure (read-only home, full disk) is ignored."""
    folder = cache_dir()
    if folder is None:
        return
    import tempfile  # only when writing, which is rare

    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".parsed-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"format": FORMAT, "documents": documents}, handle)
        os.replace(tmp, folder / f"parsed-{digest}.json")
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("parsed-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
