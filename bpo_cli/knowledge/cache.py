"""A cache of the validated knowledge base, kept only because it still pays for itself.

Why keep it: libyaml's CSafeLoader cut an uncached load from about 200 ms to about 25 ms, but
the cache (read, hashed and checked) still takes about 5 ms and spares a lookup the import of the
YAML parser. bench/cache.py, on a busy two-core machine, gave medians for a whole
`bpo role legal-analyst --json` of 476 ms from the cache, 583 ms without it (x1.22) and 975 ms
with pure-Python YAML (x2.05). A lookup's cost is its start-up, so the cache still pays.
Why trust it so little: it is a file anyone who can write there could craft.

A cache file is used only when all of these hold, and is rebuilt otherwise:
- it is a regular file (never a FIFO or a link), owned by the user running bpo, and neither it
  nor its folder is writable by other users (a sticky folder such as /tmp excepted);
- its stamp equals a BLAKE2 hash of the current contents of every data file and of the modules
  that define the cached types (not their sizes or times: those can be forged or can collide);
- a keyed hash of the encoded knowledge base, keyed by that stamp, matches (a cache edited by
  hand, or truncated, fails here);
- it decodes into the typed KnowledgeBase and passes the loader's own cross-reference checks.
Only a knowledge base that loaded without a single problem is stored. BPO_NO_CACHE=1 switches
the cache off.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import msgspec

from bpo_cli import __version__
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.knowledge.files import DataFile

FORMAT = "5"
KEEP = 8  # cache files kept; older ones are pruned when a new one is written
MAX_BYTES = 16_000_000  # far above any real cache; a bigger file is not read at all
# The modules whose classes make up a cached KnowledgeBase.
SHAPE_MODULES = ("models.py", "conditions.py", "rules.py", "knowledge.py")


class _Entry(msgspec.Struct):
    stamp: str
    check: str  # keyed hash of `kb`
    kb: msgspec.Raw  # decoded only when the stamp and the check match


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


def stamp(raw: dict[DataFile, bytes]) -> str | None:
    """A hash of the contents of every file the cached value depends on; None if one is
    unreadable."""
    digest = hashlib.blake2b(f"{FORMAT} {__version__}".encode(), digest_size=32)
    domain = Path(__file__).resolve().parents[1] / "domain"
    try:
        for name in SHAPE_MODULES:
            _feed(digest, f"code/{name}", (domain / name).read_bytes())
    except OSError:
        return None
    for f in sorted(raw, key=lambda f: (f.layer, f.rel)):
        _feed(digest, f"{f.layer}/{f.rel}", raw[f])
    return digest.hexdigest()


def _feed(digest: hashlib.blake2b, name: str, data: bytes) -> None:
    # Name and length first, so that no two different sets of files hash alike.
    digest.update(f"\0{name}\0{len(data)}\0".encode())
    digest.update(data)


def _check(current: str, kb: bytes) -> str:
    return hashlib.blake2b(kb, key=bytes.fromhex(current)[:32], digest_size=32).hexdigest()


def _path(folder: Path, overlay: Path | None) -> Path:
    # One cache file for the built-in data and one per overlay directory.
    if overlay is None:
        return folder / "kb-builtin.msgpack"
    name = hashlib.blake2b(str(overlay.resolve()).encode(), digest_size=8).hexdigest()
    return folder / f"kb-{name}.msgpack"


def _trusted(info: os.stat_result, *, folder: bool = False) -> bool:
    """Owned by this user (or, for a folder, root) and not writable by anyone else."""
    if not hasattr(os, "getuid"):
        return True  # Windows: no owners or modes to check this way
    owners = (os.getuid(), 0) if folder else (os.getuid(),)
    if info.st_uid not in owners:
        return False
    shared = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return not shared or (folder and bool(info.st_mode & stat.S_ISVTX))


def _read(path: Path) -> bytes | None:
    """The cache file's bytes if it is a file this user can trust; None otherwise."""
    try:
        if not _trusted(os.stat(path.parent), folder=True):
            return None
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not _trusted(info) or info.st_size > MAX_BYTES:
            return None
        return os.read(fd, MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def lookup(overlay: Path | None, current: str) -> KnowledgeBase | None:
    """The cached knowledge base for exactly these data files, or None (then rebuild)."""
    from bpo_cli.knowledge.checks import check_references

    folder = cache_dir()
    if folder is None:
        return None
    data = _read(_path(folder, overlay))
    if data is None:
        return None
    try:
        entry = msgspec.msgpack.decode(data, type=_Entry)
        if entry.stamp != current or entry.check != _check(current, bytes(entry.kb)):
            return None
        kb = msgspec.msgpack.decode(entry.kb, type=KnowledgeBase)
        if not kb.roles or check_references(kb, {}):
            return None
    except Exception:  # any failure means "not usable": the caller rebuilds
        return None
    return kb


def store(overlay: Path | None, current: str, kb: KnowledgeBase) -> None:
    """Write the cache atomically; any failure (read-only home, full disk) is ignored."""
    folder = cache_dir()
    if folder is None:
        return
    import tempfile  # only when writing, which is rare

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        encoded = msgspec.msgpack.encode(kb)
        payload = msgspec.msgpack.encode(
            _Entry(current, _check(current, encoded), msgspec.Raw(encoded))
        )
        fd, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".tmp", dir=folder)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            os.replace(tmp, _path(folder, overlay))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("kb-*.msgpack"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
