"""The gateway's wireless M-Bus: its receiver's telegrams, listed meters' readings kept, listen mode."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from app.devices.session.wmbus import receive
from app.devices.wmbus_listen import Listener
from app.errors import GwtermError
from app.gateway.config_store import ConfigStore
from app.gateway.eventlog import EventLog

RETRY_SECONDS = 5.0


class WmbusService:
    """Receives continuously; listed meters' decoded values are kept (at most one per min_interval)."""

    def __init__(self, store: ConfigStore, events: EventLog) -> None:
        self.store = store
        self.events = events
        self.latest: dict[str, dict[str, Any]] = {}
        self.listener = Listener(self._key)
        self.kept = 0
        self._kept_at: dict[str, float] = {}
        self._failing: set[str] = set()
        # (meter id, state, name) once per meter and problem: a listed meter's telegram was not usable
        self.on_problem: Callable[[str, str, str], None] | None = None

    def _config(self) -> dict[str, Any]:
        return self.store.typed_values()

    def _listed(self) -> dict[str, dict[str, Any]]:
        spec = self.store.profile.by_key["wmbus.meters"]
        rows = self._config().get("wmbus.meters")
        names = [c.key for c in spec.columns]
        table = [dict(zip(names, r, strict=True)) for r in rows] if isinstance(rows, tuple) else []
        return {str(r["id"]): r for r in table if r.get("active", True)}

    def _key(self, manufacturer: str, meter_id: str, version: int, device_type: int) -> bytes | None:
        text = self.store.secret("wmbus.keys")
        for pair in filter(None, text.split(";")):
            ident, _, key = pair.partition("=")
            if ident == meter_id:
                return bytes.fromhex(key)
        return None

    async def run(self) -> None:
        """Listen until cancelled; a lost receiver is reopened after a pause."""
        while True:
            config = self._config()
            source = str(config.get("wmbus.receiver") or "")
            if not source:
                return
            try:
                async for item in receive(source, mode=str(config.get("wmbus.mode", "t1"))):
                    self.hear(item)
            except GwtermError as exc:
                if source not in self._failing:
                    self.events.add("warning", f"wireless receiver {source}: {exc}")
                    self._failing.add(source)
            await asyncio.sleep(RETRY_SECONDS)

    def hear(self, item: Any) -> None:
        """One telegram: update listen mode, and keep the reading of a listed meter."""
        meter, doc, error = self.listener.hear(item)
        if meter is None:
            return
        listed = self._listed().get(meter.id)
        if listed is None:
            return
        if error is not None:
            key = f"{meter.id}:{meter.state}"
            if key not in self._failing:  # once per meter and kind, not per telegram
                self.events.add(
                    "warning", f"wireless meter {meter.id} ({listed.get('name', '')}): {meter.state}"
                )
                self._failing.add(key)
                if self.on_problem is not None:
                    self.on_problem(meter.id, meter.state, str(listed.get("name", "")))
            return
        now = item.at
        interval = int(listed.get("min_interval") or 0)
        if now - self._kept_at.get(meter.id, 0.0) < interval:
            return
        self._kept_at[meter.id] = now
        self.kept += 1
        self.latest[meter.id] = {
            "address": meter.id,
            "name": listed.get("name", ""),
            "kind": "wmbus",
            "read_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)),
            "ok": True,
            "rssi": meter.rssi,
            "telegrams": [doc],
        }

    def heard(self) -> list[dict[str, Any]]:
        """Listen mode: every meter heard, listed or not (empty when listen mode is off)."""
        if not self._config().get("wmbus.listen", True):
            return []
        listed = self._listed()
        return [{**m.row(), "listed": m.id in listed} for m in self.listener.meters.values()]


def readings_of(*sources: Any) -> list[dict[str, Any]]:
    """The latest readings of several services, one list."""
    out: list[dict[str, Any]] = []
    for source in sources:
        if source is not None:
            out.extend(source.latest.values())
    return out


def cancel(task: asyncio.Task[Any] | None) -> None:
    """Stop a background task quietly."""
    if task is not None:
        with contextlib.suppress(Exception):
            task.cancel()
