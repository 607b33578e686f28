"""The audit log: who did what, when, to which device, which keys — never a secret value."""

from __future__ import annotations

import csv
import io
import json
import os
import time
from pathlib import Path
from typing import Any

from app.users.accounts import User, data_dir


class AuditLog:
    """Append-only JSON lines (fsynced); keys are listed by name, values are never written."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "audit.jsonl"

    def record(
        self,
        user: User | str,
        action: str,
        *,
        device: str = "",
        keys: list[str] | None = None,
        result: str = "ok",
        detail: str = "",
    ) -> None:
        """One entry."""
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "user": user.name if isinstance(user, User) else user,
            "action": action,
            "device": _no_secret(device),
            "keys": sorted(keys or []),
            "result": result,
            "detail": detail,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, sort_keys=True) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def entries(
        self, *, user: str | None = None, action: str | None = None, since: str | None = None
    ) -> list[dict[str, Any]]:
        """Entries, oldest first, filtered by user, action and start time (ISO 8601 prefix order)."""
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line torn by a crash
            if (user and entry.get("user") != user) or (action and entry.get("action") != action):
                continue
            if since and str(entry.get("time", "")) < since:
                continue
            out.append(entry)
        return out

    @staticmethod
    def to_csv(entries: list[dict[str, Any]], *, delimiter: str = ",") -> str:
        """Entries as CSV (for export), comma-separated unless told otherwise."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(["time", "user", "action", "device", "keys", "result", "detail"])
        for e in entries:
            writer.writerow(
                [
                    e.get("time"),
                    e.get("user"),
                    e.get("action"),
                    e.get("device"),
                    " ".join(e.get("keys", [])),
                    e.get("result"),
                    e.get("detail"),
                ]
            )
        return out.getvalue()


def _no_secret(url: str) -> str:
    """A device URL without query options (they may name key files or passwords)."""
    return url.split("?", maxsplit=1)[0]
