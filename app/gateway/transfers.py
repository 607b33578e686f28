"""Receiving bulk transfers: the partial file and its confirmed offset survive a broken link."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import read_json, write_json
from app.errors import ConfigFileError, FirmwareError

MAX_SIZE = 256 * 1024 * 1024
MAX_WINDOW = 256 * 1024
CHUNK = 4096
_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


@dataclass
class _Active:
    name: str
    size: int
    sha256: str
    offset: int
    handle: Any
    gap_reported: int = -1


class TransferReceiver:
    """One transfer at a time into `incoming/`; confirmed bytes are on disk before they are acked."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(exist_ok=True)
        self._active: _Active | None = None

    def begin(self, name: str, size: int, sha256: str) -> int:
        """Start or resume a transfer; the offset from which the sender must continue."""
        if not _NAME.match(name):
            raise FirmwareError(f"transfer name '{name}' is not allowed")
        if not 0 < size <= MAX_SIZE:
            raise FirmwareError(f"transfer size {size} is outside 1..{MAX_SIZE}")
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise FirmwareError("sha256 must be 64 lowercase hex digits")
        self.abort()
        part, meta_path = self._paths(name)
        offset = 0
        if meta_path.exists() and part.exists():
            try:
                meta = read_json(meta_path)
            except ConfigFileError:
                meta = {}  # an unreadable record: no partial copy to trust, start from 0
            if meta.get("sha256") == sha256 and meta.get("size") == size:
                offset = min(int(meta.get("offset", 0)), part.stat().st_size)
        handle = part.open("r+b" if offset else "wb")
        handle.truncate(offset)
        handle.seek(offset)
        write_json(meta_path, {"sha256": sha256, "size": size, "offset": offset})
        self._active = _Active(name=name, size=size, sha256=sha256, offset=offset, handle=handle)
        return offset

    def data(self, offset: int, chunk: bytes, *, ack: bool) -> dict[str, Any] | None:
        """Take a chunk; the acknowledgement body to send, or None when none is due."""
        active = self._require()
        if offset == active.offset and chunk:
            if active.offset + len(chunk) > active.size:
                raise FirmwareError("chunk runs past the announced size")
            active.handle.write(chunk)
            active.offset += len(chunk)
        elif offset > active.offset:
            if active.gap_reported == active.offset and not ack:
                return None
            self._confirm(active)  # whatever offset we report is on disk first
            if active.gap_reported == active.offset:
                return {"offset": active.offset}
            active.gap_reported = active.offset
            return {"offset": active.offset, "gap": True}
        if not ack:
            return None
        self._confirm(active)
        return {"offset": active.offset}

    def end(self) -> dict[str, Any]:
        """Finish: check size and hash, move the file into place; the final name and hash."""
        active = self._require()
        self._confirm(active)
        active.handle.close()
        self._active = None
        part, meta_path = self._paths(active.name)
        if active.offset != active.size:
            raise FirmwareError(f"transfer incomplete: {active.offset} of {active.size} bytes")
        digest = hashlib.sha256()
        with part.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != active.sha256:
            part.unlink()
            meta_path.unlink()
            raise FirmwareError("transfer hash mismatch: the received data differs, start again")
        final = self.directory / active.name
        os.replace(part, final)
        meta_path.unlink()
        return {"name": active.name, "size": active.size, "sha256": active.sha256}

    def abort(self) -> None:
        """Stop the active transfer, keeping what was confirmed for a later resume."""
        if self._active is not None:
            self._confirm(self._active)
            self._active.handle.close()
            self._active = None

    def _confirm(self, active: _Active) -> None:
        active.handle.flush()
        os.fsync(active.handle.fileno())
        _, meta_path = self._paths(active.name)
        write_json(meta_path, {"sha256": active.sha256, "size": active.size, "offset": active.offset})

    def _require(self) -> _Active:
        if self._active is None:
            raise FirmwareError("no transfer in progress: send XFER_BEGIN first")
        return self._active

    def _paths(self, name: str) -> tuple[Path, Path]:
        return self.directory / f"{name}.part", self.directory / f"{name}.part.json"
