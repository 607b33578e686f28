"""Listen mode: every meter heard, its telegram count, RSSI, last values and decryption state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.devices.session.wmbus import Received
from app.protocols.wmbus.compact import FormatCache
from app.protocols.wmbus.errors import CorruptTelegramError, NoKeyError, WmbusError, WrongKeyError
from app.protocols.wmbus.json_shape import wmbus_to_json
from app.protocols.wmbus.telegram import decode_telegram

KeyLookup = Callable[[str, str, int, int], bytes | None]


@dataclass
class HeardMeter:
    """What listening learned about one meter."""

    id: str
    manufacturer: str = ""
    device_type: int = 0
    version: int = 0
    telegrams: int = 0
    rssi: int | None = None  # dBm; a byte appended to a bare frame has no known scale and is not shown
    last_seen: float = 0.0
    state: str = ""  # decrypted, plain, no key, wrong key, corrupt, undecodable
    last: dict[str, Any] = field(default_factory=dict)  # the last decoded telegram (JSON shape)

    def row(self) -> dict[str, Any]:
        """A table row (no records)."""
        return {
            "id": self.id,
            "manufacturer": self.manufacturer,
            "device_type": self.device_type,
            "version": self.version,
            "telegrams": self.telegrams,
            "rssi": self.rssi,
            "last_seen": self.last_seen,
            "state": self.state,
        }


def state_of(error: WmbusError | None, decrypted: bool) -> str:
    """The decryption state shown for a telegram."""
    if error is None:
        return "decrypted" if decrypted else "plain"
    if isinstance(error, NoKeyError):
        return "no key"
    if isinstance(error, WrongKeyError):
        return "wrong key"
    if isinstance(error, CorruptTelegramError):
        return "corrupt"
    return "undecodable"


class Listener:
    """Decodes what a receiver hears and keeps one entry per meter; corrupt telegrams are counted apart."""

    def __init__(self, keys: KeyLookup | None = None) -> None:
        self.keys = keys
        self.cache = FormatCache()
        self.meters: dict[str, HeardMeter] = {}
        self.corrupt_unattributed = 0

    def hear(self, item: Received) -> tuple[HeardMeter | None, dict[str, Any] | None, WmbusError | None]:
        """Decode one telegram; the meter it updated, its JSON (if decoded) and the error (if not)."""
        try:
            decoded = decode_telegram(item.raw, keys=self.keys, cache=self.cache)
        except WmbusError as exc:
            if exc.meter is None:
                self.corrupt_unattributed += 1
                return None, None, exc
            meter = self._meter(
                exc.meter.id, exc.meter.manufacturer, exc.meter.device_type, exc.meter.version
            )
            self._count(meter, item, state_of(exc, False))
            return meter, None, exc
        ident = decoded.meter
        meter = self._meter(ident.id, ident.manufacturer, ident.device_type, ident.version)
        doc = wmbus_to_json(decoded)
        meter.last = doc
        self._count(meter, item, state_of(None, decoded.decrypted))
        return meter, doc, None

    def _meter(self, ident: str, manufacturer: str, device_type: int, version: int) -> HeardMeter:
        meter = self.meters.setdefault(ident, HeardMeter(id=ident))
        meter.manufacturer, meter.device_type, meter.version = manufacturer, device_type, version
        return meter

    @staticmethod
    def _count(meter: HeardMeter, item: Received, state: str) -> None:
        meter.telegrams += 1
        meter.last_seen = item.at
        meter.state = state
        if item.rssi is not None:
            meter.rssi = item.rssi
