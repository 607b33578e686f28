"""The soft-gateway reads the meters of its M-Bus meter list on schedule and keeps the latest values."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from app.devices.session.mbus import MbusMaster, MbusOptions
from app.errors import ConfigFileError, GwtermError
from app.gateway.config_store import ConfigStore
from app.gateway.eventlog import EventLog
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.secondary import SecondaryAddress
from app.protocols.mbus.telegram import decode_frame
from app.transports import open_stream
from app.transports.url import parse_url

METER_LIST = "mbus.meters"
MIN_CYCLE = 1.0


def meter_address(text: str) -> int | SecondaryAddress:
    """A meter list address: primary (digits, up to 250) or secondary (8 or 16 hex digits)."""
    clean = text.strip()
    if clean.isdigit() and len(clean) <= 3:
        return int(clean)
    return SecondaryAddress.parse(clean)


class MbusReadout:
    """Reads every active meter of the list, one cycle after another; shares the bus through `bus_lock`."""

    def __init__(self, store: ConfigStore, bus_url: str, events: EventLog, bus_lock: asyncio.Lock) -> None:
        if METER_LIST not in store.profile.by_key:
            raise ConfigFileError(f"the {store.profile.name} model has no M-Bus meter list")
        self.store = store
        self.bus_url = bus_url
        self.events = events
        self.bus_lock = bus_lock
        self.latest: dict[str, dict[str, Any]] = {}
        self.cycles = 0
        self._failing: set[str] = set()

    def url(self) -> str:
        """The bus URL with the configured baud rate (serial ports; 8E1 unless the URL says otherwise)."""
        url = parse_url(self.bus_url)
        if url.scheme != "serial":
            return self.bus_url
        values = self.store.typed_values()
        baud = str(values.get("mbus.baud", "2400")).split()[0]
        options = {"baud": baud, "format": "8E1", **url.options}
        return f"serial://{url.path}?" + "&".join(f"{k}={v}" for k, v in options.items())

    def meters(self) -> list[dict[str, Any]]:
        """The active rows of the meter list, as column → value."""
        spec = self.store.profile.by_key[METER_LIST]
        rows = self.store.typed_values().get(METER_LIST)
        names = [c.key for c in spec.columns]
        table = [dict(zip(names, row, strict=True)) for row in rows] if isinstance(rows, tuple) else []
        return [row for row in table if row.get("active", True)]

    async def read_once(self) -> None:
        """One readout cycle over the whole list."""
        rows = self.meters()
        if not rows:
            return
        async with self.bus_lock:
            master = MbusMaster(await open_stream(self.url()), MbusOptions())
            try:
                for row in rows:
                    await self._read_meter(master, row)
            finally:
                await master.close()
        self.cycles += 1

    async def _read_meter(self, master: MbusMaster, row: dict[str, Any]) -> None:
        key = str(row.get("address", ""))
        entry: dict[str, Any] = {
            "address": key,
            "name": row.get("name", ""),
            "obis": row.get("obis", ""),
            "read_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        try:
            frames = await master.read(meter_address(key))
            telegrams = [telegram_to_json(decode_frame(f)) for f in frames]
        except GwtermError as exc:
            entry.update(ok=False, error=str(exc))
            previous = self.latest.get(key, {})
            entry["telegrams"] = previous.get("telegrams", [])  # keep the last good values, marked stale
            if key not in self._failing:
                self.events.add("warning", f"M-Bus meter {key} unreadable: {exc}")
                self._failing.add(key)
        else:
            entry.update(ok=True, telegrams=telegrams)
            if key in self._failing:
                self.events.add("info", f"M-Bus meter {key} readable again")
                self._failing.discard(key)
        self.latest[key] = entry

    async def run(self) -> None:
        """Read on the configured cycle (mbus.readout_time seconds) until cancelled."""
        while True:
            started = time.monotonic()
            with contextlib.suppress(GwtermError):
                await self.read_once()
            configured = self.store.typed_values().get("mbus.readout_time")
            cycle = max(MIN_CYCLE, float(configured) if isinstance(configured, int) else 600.0)
            await asyncio.sleep(max(0.0, cycle - (time.monotonic() - started)))
