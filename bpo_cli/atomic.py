"""Writing a file so that it is either the old version or the new one, never half of either."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import IO


class NotAFileError(OSError):
    """The target exists but is something bpo must not replace or write into (a directory...)."""


def write_text(path: Path, text: str, *, private: bool = False) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    `private` files (saved answers) are readable by their owner only; others get the usual
    permissions, as if created with open().
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        if not private:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_target(path: Path) -> Path:
    """The file an atomic replace of `path` may rename onto: a new file, or the regular file
    `path` is or links to. Anything else (a device, a pipe, a directory) raises NotAFileError:
    renaming over it would change what kind of file is there."""
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(mode):
        raise NotAFileError(f"is {kind(mode)}; this output can only go to a regular file")
    return target


def open_stream(path: Path) -> IO[str]:
    """A text stream for output written as it is made (CSV, JSON Lines): a new or regular file
    is opened for writing; a character device or a named pipe is written into without being
    replaced (a pipe nobody reads is refused at once, not waited on); anything else is refused."""
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    if stat.S_ISREG(mode):
        return open(target, "w", encoding="utf-8", newline="")
    return os.fdopen(_open_special(target, mode), "w", encoding="utf-8", newline="")


def _open_special(target: Path, mode: int) -> int:
    """A descriptor for writing into a character device or a named pipe."""
    if stat.S_ISDIR(mode):
        raise NotAFileError("is a directory")
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise NotAFileError(f"is {kind(mode)}, not a file bpo can write to")
    try:
        # O_NONBLOCK: a named pipe nobody reads fails at once (ENXIO) instead of hanging.
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as err:
        if err.errno == errno.ENXIO:
            raise NotAFileError("is a named pipe that no program is reading") from None
        raise
    os.set_blocking(fd, True)
    return fd


def write_output(path: Path, text: str) -> None:
    """Write a report to `-o PATH` without ever changing what kind of file is there.

    A new file or an existing regular file is replaced atomically (through a symbolic link, the
    file it points to, so the link stays a link). A character device (`/dev/null`, a terminal)
    or a named pipe is written into directly, as a shell's `>` would; anything else (a
    directory, a socket, a block device) is refused.
    """
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        write_text(target, text)
        return
    if stat.S_ISREG(info.st_mode):
        write_text(target, text)
        return
    with os.fdopen(_open_special(target, info.st_mode), "w", encoding="utf-8") as handle:
        handle.write(text)


def kind(mode: int) -> str:
    """What a file is, in words, for a message."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"
