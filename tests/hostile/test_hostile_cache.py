"""The knowledge cache is a file anyone could craft: it is verified, never trusted."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import msgspec
import pytest

from hostile_run import answers, bpo

posix = pytest.mark.skipif(sys.platform == "win32", reason="owners and modes are POSIX")


def warm(tmp_path: Path) -> Path:
    result = bpo(tmp_path, "roles", "--json")
    assert result.returncode == 0, result.stderr
    path = tmp_path / "cache" / "kb-builtin.msgpack"
    assert path.is_file()
    return path


def top_role(tmp_path: Path) -> dict[str, object]:
    result = bpo(tmp_path, "advise", "--answers", str(answers(tmp_path)), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["matches"], document
    return dict(document["matches"][0])


def rewrite(path: Path, change: object) -> None:
    """Edit the cached knowledge base, keeping its stamp (as a forger would)."""
    entry = msgspec.msgpack.decode(path.read_bytes())
    change(entry["kb"])  # type: ignore[operator]
    path.write_bytes(msgspec.msgpack.encode(entry))


def poison(kb: dict[str, dict[str, dict[str, object]]]) -> None:
    for role in kb["roles"].values():
        role["title"] = "POISONED"


def test_a_forged_cache_with_the_right_stamp_is_not_used(tmp_path: Path) -> None:
    honest = top_role(tmp_path)
    path = warm(tmp_path)
    rewrite(path, poison)
    assert "POISONED" not in json.dumps(top_role(tmp_path))
    assert top_role(tmp_path) == honest
    rewrite(path, lambda kb: kb.update(roles={}))
    listing = bpo(tmp_path, "roles", "--json")
    assert listing.returncode == 0 and len(json.loads(listing.stdout)) >= 35


def test_an_inconsistent_or_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    path = warm(tmp_path)
    rewrite(path, lambda kb: kb.update(skills={}))  # roles now name skills that do not exist
    assert top_role(tmp_path)["role"]
    path.write_bytes(path.read_bytes()[:1000])
    assert top_role(tmp_path)["role"]


def forge(path: Path) -> None:
    """A forger who read bpo's source: poisoned titles with a matching keyed hash."""
    from bpo_cli.knowledge.cache import _check

    entry = msgspec.msgpack.decode(path.read_bytes())
    poison(entry["kb"])
    kb = msgspec.msgpack.encode(entry["kb"])
    entry["check"] = _check(entry["stamp"], kb)
    path.write_bytes(msgspec.msgpack.encode(entry))


@posix
def test_a_cache_others_can_write_or_own_is_ignored(tmp_path: Path) -> None:
    path = warm(tmp_path)
    forge(path)
    os.chmod(path, 0o600)
    # Only the user could have written this: it is theirs to trust (the limit of any cache).
    assert top_role(tmp_path)["title"] == "POISONED"
    os.chmod(path, 0o666)
    assert "POISONED" not in json.dumps(top_role(tmp_path))
    os.chmod(tmp_path / "cache", 0o777)
    path = warm(tmp_path)
    forge(path)
    os.chmod(path, 0o600)
    assert "POISONED" not in json.dumps(top_role(tmp_path))  # the folder is open to everyone
    os.chmod(tmp_path / "cache", 0o700)
    if hasattr(os, "getuid") and os.getuid() == 0:
        path = warm(tmp_path)
        forge(path)
        os.chown(path, 65534, 65534)  # nobody
        assert "POISONED" not in json.dumps(top_role(tmp_path))


@posix
def test_a_fifo_in_place_of_the_cache_does_not_hang(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    os.mkfifo(folder / "kb-builtin.msgpack")
    assert top_role(tmp_path)["role"]
