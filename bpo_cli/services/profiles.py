"""Saved answers in the user data directory: named profiles and the unfinished questionnaire.

Writes are atomic (a temporary file in the same directory, then a rename), so an interrupted save
leaves the old file whole. Names are checked so a profile can never be written outside the folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path
from typing import Any

from bpo_cli import datafile
from bpo_cli.atomic import write_text
from bpo_cli.documents.about import ProfilesDoc, SavedProfile
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.errors import BpoError, InputFileError, InvalidAnswersError, NotFoundError, UsageError
from bpo_cli.services.answers import to_profile

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
LAST = "last"  # the answers of the last finished questionnaire, kept for `bpo advise --last`
PARTIAL = ".unfinished"  # the answers of an interrupted questionnaire (not a valid profile name)


def home() -> Path:
    """Where bpo keeps a person's files: BPO_HOME, or the platform's user data directory."""
    explicit = os.environ.get("BPO_HOME")
    if explicit:
        return Path(explicit)
    from platformdirs import user_data_dir

    return Path(user_data_dir("bpo", appauthor=False))


def folder() -> Path:
    return home() / "profiles"


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise UsageError(
            f"'{name}' is not a usable profile name",
            "use letters, digits, '-' and '_' only (no '/', '.' or spaces), at most 64 characters",
        )
    return name


def path_of(name: str) -> Path:
    return folder() / f"{check_name(name)}.yaml"


def names() -> list[str]:
    if not folder().is_dir():
        return []
    return sorted(p.stem for p in folder().glob("*.yaml") if NAME.match(p.stem))


def load(name: str) -> Any:
    """The raw answers of a saved profile; a corrupt file is reported with its path."""
    path = path_of(name)
    if not path.exists():
        known = names()
        raise NotFoundError(
            f"no saved profile called '{name}'",
            f"saved profiles: {', '.join(known)}"
            if known
            else "save one with `bpo advise --save NAME`",
        )
    return _read(path)


def _read(path: Path) -> Any:
    real, inside = os.path.realpath(path), os.path.realpath(folder())
    if os.path.commonpath([real, inside]) != inside:
        # A link out of the folder (to /etc/shadow, say) is never opened, so nothing of the file
        # it points to can be echoed in a message.
        raise InvalidAnswersError(
            f"saved profile {path}: is a link to a file outside the profiles folder; "
            "bpo does not follow it",
            f"remove the link (`bpo profiles rm {path.stem}`) and save the profile again",
        )
    try:
        return datafile.load(path)
    except InputFileError as err:
        raise InvalidAnswersError(
            f"saved profile {err.message}",
            f"fix or remove it (`bpo profiles rm {path.stem}`); bpo will not overwrite it",
        ) from None


def check_can_save(name: str) -> Path:
    """Raise now, before any question, if saving under `name` would fail later."""
    path = path_of(name)
    if path.exists():
        _read(path)  # a corrupt file is never overwritten silently: the person looks at it first
    return path


def save(name: str, answers: dict[str, Any]) -> Path:
    """Write a profile atomically; an existing file that cannot be read is never overwritten."""
    path = check_can_save(name)
    existed = path.exists()
    try:
        write_atomic(path, answers)
    except OSError as err:
        reason = "the disk is full" if err.errno == errno.ENOSPC else err.strerror or str(err)
        raise InputFileError(
            f"saved profile {path}",
            f"could not be saved ({reason}); "
            + ("the old profile is unchanged" if existed else "nothing was written"),
            "free some space and run the command again" if err.errno == errno.ENOSPC else None,
        ) from None
    return path


def listing(kb: KnowledgeBase) -> ProfilesDoc:
    """Every saved profile, checked against the knowledge base as `--profile` would check it."""
    from datetime import datetime

    found = []
    for name in names():
        path = path_of(name)
        problem = None
        try:
            to_profile(kb, _read(path), f"saved profile {path}")
        except BpoError as err:
            problem = err.message.removeprefix(f"saved profile {path}: ")
        stamp = datetime.fromtimestamp(path.lstat().st_mtime).isoformat(timespec="seconds")
        found.append(SavedProfile(name, str(path), stamp, problem is None, problem))
    return ProfilesDoc(profiles=found)


def remove(name: str) -> Path:
    path = path_of(name)
    if not path.exists():
        raise NotFoundError(f"no saved profile called '{name}'", "list them with `bpo profiles`")
    path.unlink()
    return path


def save_partial(progress: dict[str, Any]) -> None:
    """Keep an unfinished questionnaire: {answers: ..., ratings: ..., flat: ...}."""
    # A full disk must not end the questionnaire; the final save reports it.
    with contextlib.suppress(OSError):
        write_atomic(folder() / f"{PARTIAL}.yaml", progress)


def load_partial() -> dict[str, Any] | None:
    path = folder() / f"{PARTIAL}.yaml"
    if not path.exists():
        return None
    try:
        data = datafile.load(path)
    except InputFileError:
        return None  # an unreadable leftover is simply not resumable
    return data if isinstance(data, dict) else None


def clear_partial() -> None:
    (folder() / f"{PARTIAL}.yaml").unlink(missing_ok=True)


def write_atomic(path: Path, data: Any) -> None:
    """Save answers as YAML, atomically (see bpo_cli/atomic.py)."""
    import yaml

    write_text(path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True), private=True)
