"""The apply journal: one JSON line per event, fsynced, so a killed run resumes where it stopped."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FINAL = ("verified", "unchanged", "rejected")


@dataclass
class RowResult:
    """The outcome for one sheet row; `previous` holds the text of each changed key's old value."""

    row: int
    device: str
    name: str = ""
    model: str = ""
    password_ref: str = ""
    status: str = "queued"  # queued, connecting, writing, verified, unchanged, rejected, failed, invalid
    changed: list[str] = field(default_factory=list)
    error: str = ""
    previous: dict[str, str] | None = field(default_factory=dict)
    attempts: int = 0
    round_trips: int = 0
    earlier_run: bool = False  # finished by an interrupted run that this one resumes: not touched now

    @property
    def finished(self) -> bool:
        """Done for good: a resume leaves it alone."""
        return self.status in FINAL


class Journal:
    """Append-only; the last line for a row is its state."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[int, dict[str, Any]]:
        """The last entry of every row (lines torn by a kill are skipped)."""
        entries: dict[int, dict[str, Any]] = {}
        if not self.path.exists():
            return entries
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                entries[int(entry["row"])] = entry
            except (ValueError, KeyError, TypeError):
                continue
        return entries

    def record(self, result: RowResult, event: str) -> None:
        """Append the row's state with an event name, durably."""
        line = json.dumps({"event": event, **asdict(result)}, sort_keys=True) + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def reset(self) -> None:
        """Start a new run (a run without --resume)."""
        if self.path.exists():
            self.path.unlink()
