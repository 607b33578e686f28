"""The gateway's event log: numbered entries, appended to `log.jsonl`, the newest kept in memory."""

from __future__ import annotations

import collections
import json
import time
from pathlib import Path
from typing import Any

KEEP = 1000


class EventLog:
    """Append-only log; never given secrets (callers log keys, not values)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: collections.deque[dict[str, Any]] = collections.deque(maxlen=KEEP)
        self._seq = 0
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[-KEEP:]:
                try:
                    entry = json.loads(line)
                    self._seq = max(self._seq, int(entry["seq"]))
                    self._entries.append(entry)
                except (ValueError, KeyError, TypeError):
                    continue  # a line torn by a crash: skip it
        self._handle = path.open("a", encoding="utf-8")

    def add(self, level: str, message: str) -> None:
        """Record one event."""
        self._seq += 1
        entry = {
            "seq": self._seq,
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "level": level,
            "message": message,
        }
        self._entries.append(entry)
        self._handle.write(json.dumps(entry) + "\n")
        self._handle.flush()

    def since(self, after: int, limit: int) -> list[dict[str, Any]]:
        """Entries with seq greater than `after`, oldest first, at most `limit`."""
        return [e for e in self._entries if e["seq"] > after][: max(0, limit)]

    def close(self) -> None:
        """Close the file."""
        self._handle.close()
