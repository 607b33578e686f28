"""The soft-gateway's DLMS server (IEC 62056-47 wrapper over TCP): logical device, clock, status, readings.

As the WM-E3S does it: one association at a time with an idle timeout; the accepted client address,
authentication and password come from the AMM/DLMS parameter group; every meter of the meter list
with an OBIS code is a Register, and 1.1.96.6.0.255 carries the modem status bit field.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.errors import GwtermError
from app.gateway.config_store import ConfigStore
from app.gateway.eventlog import EventLog
from app.protocols.dlms.acse import Mechanism
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.cosem import Clock, DataObject, ObjectRegistry, Register
from app.protocols.dlms.obis import unit_code
from app.protocols.dlms.server import ClientPolicy, CosemServer
from app.protocols.dlms.wrapper import WrapperDecoder, WrapperFrame
from app.transports import Stream

STATUS = "1.1.96.6.0.255"
LOGICAL_DEVICE_NAME = "0.0.42.0.0.255"
SCALER = -3  # registers carry thousandths: an integer value with scaler 10^-3
UNIT_NAMES = {
    "m^3": "m3",
    "m^3/h": "m3/h",
    "Wh": "Wh",
    "W": "W",
    "J": "J",
    "°C": "°C",
    "K": "K",
    "V": "V",
    "A": "A",
    "kg": "kg",
    "bar": "bar",
    "s": "s",
}
# status bits, numbered from 1 = least significant (WM-E3S manual, "Modem status information")
BIT_FIRST_POLL, BIT_PUSH_STARTED, BIT_MBUS_END, BIT_METER_1 = 1, 7, 17, 18

Readings = Callable[[], list[dict[str, Any]]]


def first_value(entry: dict[str, Any], field: int | None) -> tuple[Decimal | None, str]:
    """The numeric value (and unit) of a reading: record number `field` (1-based), else the first number."""
    records = [r for t in entry.get("telegrams", []) for r in t.get("records", [])]
    numeric = [
        r for r in records if isinstance(r.get("value"), (int, float)) or _is_decimal_text(r.get("value"))
    ]
    chosen = records[field - 1] if field and 0 < field <= len(records) else (numeric[0] if numeric else None)
    if chosen is None:
        return None, ""
    try:
        return Decimal(str(chosen["value"])), str(chosen.get("unit", ""))
    except (ArithmeticError, ValueError):
        return None, ""


def _is_decimal_text(value: object) -> bool:
    try:
        Decimal(str(value))
    except (ArithmeticError, ValueError):
        return False
    return isinstance(value, str)


class DlmsServerService:
    """The object model from the config, refreshed from the readings; one client at a time."""

    def __init__(self, store: ConfigStore, events: EventLog, readings: Readings, *, serial: str) -> None:
        self.store = store
        self.events = events
        self.readings = readings
        self.serial = serial
        self.busy = False
        self.status_bits = 0
        self.server = self._build()

    def _meter_rows(self) -> list[dict[str, Any]]:
        spec = self.store.profile.by_key.get("mbus.meters")
        rows = self.store.typed_values().get("mbus.meters")
        if spec is None or not isinstance(rows, tuple):
            return []
        names = [c.key for c in spec.columns]
        return [dict(zip(names, r, strict=True)) for r in rows]

    def _build(self) -> CosemServer:
        values = self.store.typed_values()
        registry = ObjectRegistry(
            [
                DataObject(
                    LOGICAL_DEVICE_NAME, Data.octet_string(f"GWT{self.serial}".encode()), writable=False
                ),
                Clock(now=lambda: datetime.datetime.now(datetime.UTC)),
                DataObject(STATUS, Data.double_long_unsigned(0), writable=False),
            ]
        )
        for row in self._meter_rows():
            if row.get("obis"):
                registry.add(Register(str(row["obis"]), Data.double_long(0), scaler=SCALER, unit=255))
        auth = str(values.get("dlms.server_auth", "none"))
        mechanism = Mechanism.LOW if auth == "low" else Mechanism.LOWEST
        password = self.store.secret("dlms.server_password").encode() if auth == "low" else b""
        client = int(values.get("dlms.server_client_address", 16))  # type: ignore[call-overload]
        policies = [ClientPolicy(client_sap=client, mechanism=mechanism, secret=password, read_only=True)]
        return CosemServer(registry, policies=policies)

    def refresh(self) -> None:
        """Put the latest readings into the registers and update the status bit field."""
        latest = {str(r.get("address")): r for r in self.readings()}
        bits = self.status_bits
        for index, row in enumerate(self._meter_rows(), start=1):
            entry = latest.get(str(row.get("address")))
            if entry is None:
                continue
            bits |= 1 << (BIT_MBUS_END - 1)
            if entry.get("ok") and index <= 2:
                bits |= 1 << (BIT_METER_1 + index - 2)
            if not row.get("obis"):
                continue
            fields = str(row.get("fields") or "").split(",")[0]
            value, unit = first_value(entry, int(fields) if fields.isdigit() else None)
            register = self.server.registry.find(str(row["obis"]))
            if value is not None and isinstance(register, Register):
                register.value = Data.double_long(int(value.scaleb(-SCALER).to_integral_value()))
                register.values[3] = Register(str(row["obis"]), scaler=SCALER, unit=_unit(unit)).values[3]
        self.status_bits = bits
        status = self.server.registry.find(STATUS)
        if isinstance(status, DataObject):
            status.values[2] = Data.double_long_unsigned(bits)

    async def handle(self, stream: Stream) -> None:
        """One client at a time (others are closed at once), dropped after the configured idle time."""
        if self.busy:
            self.events.add("warning", f"DLMS client {stream.url} refused: another association is open")
            return
        self.busy = True
        decoder = WrapperDecoder()
        association = None
        idle = float(self.store.typed_values().get("dlms.max_idle") or 60)  # type: ignore[arg-type]
        try:
            while True:
                try:
                    async with asyncio.timeout(idle):
                        data = await stream.read()
                except TimeoutError:
                    self.events.add("info", f"DLMS client {stream.url} idle for {idle:.0f} s, released")
                    return
                decoder.receive_data(data)
                while (frame := decoder.next_frame()) is not None:
                    if association is None:
                        association = self.server.open(frame.source_wport)
                    self.refresh()
                    answer = association.receive_apdu(frame.apdu)
                    if answer is not None:
                        source, destination = frame.reply_to
                        await stream.write(
                            WrapperFrame(
                                source_wport=source, destination_wport=destination, apdu=answer
                            ).to_bytes()
                        )
        except GwtermError:
            return
        finally:
            if association is not None:
                association.abort()
            self.busy = False


def _unit(symbol: str) -> int:
    try:
        return unit_code(UNIT_NAMES.get(symbol, symbol))
    except (KeyError, ValueError, GwtermError):
        return 255  # unitless / unknown (Blue Book: 255 = count)
