"""Crash-safe JSON files: temp file, fsync, rename, directory fsync, with a SHA-256 checksum."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from app.errors import ConfigFileError


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """Replace `path` with `payload` so that a crash at any instant leaves the old or the new file."""
    body = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    text = json.dumps(
        {"sha256": hashlib.sha256(body.encode()).hexdigest(), "payload": payload}, sort_keys=True
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def read_json(path: Path) -> dict[str, Any]:
    """The payload of a file written by `write_json`; ConfigFileError if damaged."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        payload = doc["payload"]
        body = json.dumps(payload, sort_keys=True, separators=(",", ":"))
        ok = hashlib.sha256(body.encode()).hexdigest() == doc["sha256"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigFileError(f"{path}: unreadable ({exc})") from None
    if not ok or not isinstance(payload, dict):
        raise ConfigFileError(f"{path}: checksum mismatch, the file is damaged")
    return payload


def remove_stale_temp(directory: Path) -> None:
    """Delete temp files a crash left behind; the real files are always complete."""
    for stale in directory.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
