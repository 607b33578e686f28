"""The soft-gateway's DLMS client: poll the meter's objects and push a data-notification when one changes.

As the WM-E3S does it: the objects of `dlms.client_object_list` (default the three error/alarm
registers 1.1.97.97.1-3.255, attribute 2) are read over the meter port with the `dlms.client_*`
addresses and authentication every `dlms.poll_interval` seconds; when a value differs from the last
poll, a data-notification carrying every polled value goes over TCP (IEC 62056-47 wrapper) to
`dlms.push_ip`:`dlms.push_port`. A push that cannot be delivered stays pending and goes out with
the next poll, so a change is never lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
from collections.abc import AsyncIterator, Callable
from typing import Any

from app.errors import GwtermError
from app.gateway.config_store import ConfigStore
from app.gateway.eventlog import EventLog
from app.protocols.dlms import xdlms
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.wrapper import WrapperFrame
from app.transports import open_stream

DEFAULT_OBJECTS = (
    (Obis.parse("1.1.97.97.1.255"), 2),
    (Obis.parse("1.1.97.97.2.255"), 2),
    (Obis.parse("1.1.97.97.3.255"), 2),
)
DEFAULT_PUSH_ID = "0.0.25.9.0.255"
IDLE_CHECK = 30.0  # with polling off, how often to look whether it was switched on
# bits of the status register 1.1.96.6.0.255, numbered from 1 = least significant (WM-E3S manual)
BIT_FIRST_POLL, BIT_RS485_DATA, BIT_ANSWER_PROBLEM, BIT_PUSH_STARTED = 1, 2, 3, 7
BIT_REGISTERS = (4, 5, 6)  # the first three polled objects read successfully

Target = tuple[Obis, int]


def polled_objects(text: str) -> tuple[Target, ...]:
    """`OBIS:ATTR,OBIS:ATTR` from dlms.client_object_list; the three alarm registers when empty."""
    if not text.strip():
        return DEFAULT_OBJECTS
    targets = []
    for item in text.split(","):
        name, _, attribute = item.strip().partition(":")
        targets.append((Obis.parse(name), int(attribute or 2)))
    return tuple(targets)


def push_body(push_id: Obis, values: list[tuple[Obis, Data]]) -> Data:
    """The push's data: its push object's name, then one {logical name, value} structure per object."""
    return Data.structure(
        (
            Data.octet_string(push_id.to_bytes()),
            *(Data.structure((Data.octet_string(obis.to_bytes()), value)) for obis, value in values),
        )
    )


class DlmsPoller:
    """Polls on a schedule; `poll_once` is one cycle (tests call it directly)."""

    def __init__(
        self,
        store: ConfigStore,
        events: EventLog,
        meter_url: str,
        *,
        exclusive: Callable[[], contextlib.AbstractAsyncContextManager[bool]] | None = None,
        on_status: Callable[[int], None] | None = None,
    ) -> None:
        self.store = store
        self.events = events
        self.meter_url = meter_url
        self.exclusive = exclusive or _always
        self.on_status = on_status or (lambda bit: None)
        self.last: dict[Target, Data] = {}
        self.pending: list[tuple[Obis, Data]] | None = None  # a push not yet delivered
        self.polls = 0
        self.pushes = 0
        self.failures = 0

    def _values(self) -> dict[str, Any]:
        return self.store.typed_values()

    async def run(self) -> None:
        """Poll every dlms.poll_interval seconds until cancelled (0 switches polling off)."""
        while True:
            interval = int(self._values().get("dlms.poll_interval") or 0)
            if interval <= 0:
                await asyncio.sleep(IDLE_CHECK)
                continue
            with contextlib.suppress(GwtermError):
                await self.poll_once()
            await asyncio.sleep(interval)

    async def poll_once(self) -> bool:
        """One cycle: read, compare, push if something changed (or a push is pending); False if skipped."""
        async with self.exclusive() as free:
            if not free:
                self.events.add("info", "DLMS poll skipped: a transparent client holds the meter port")
                return False
            try:
                current = await self._read()
            except GwtermError as exc:
                self.failures += 1
                self.on_status(BIT_ANSWER_PROBLEM)
                self.events.add("warning", f"DLMS poll of {self.meter_url} failed: {exc}")
                raise
        first = not self.last
        changed = [t for t, value in current.items() if self.last.get(t) != value]
        self.last = current
        self.polls += 1
        if first:
            self.on_status(BIT_FIRST_POLL)
        elif changed:
            names = ", ".join(f"{obis.dotted}:{attr}" for obis, attr in changed)
            self.events.add("info", f"DLMS meter value changed: {names}")
            self.pending = [(obis, value) for (obis, _), value in current.items()]
        if self.pending is not None:
            await self._push(self.pending)
        return True

    async def _read(self) -> dict[Target, Data]:
        from app.devices.session.dlms import DlmsSession  # noqa: PLC0415 - devices sit below the gateway

        values = self._values()
        authenticated = str(values.get("dlms.client_auth", "low")) != "none"
        session = await DlmsSession.connect(
            self.meter_url,
            password=self.store.secret("dlms.client_password") if authenticated else None,
            client_sap=int(values.get("dlms.client_address", 1)),
            server_logical=int(values.get("dlms.client_logical_address", 1)),
            server_physical=int(values.get("dlms.client_physical_address", 18)),
            timeout=3.0,
            retries=1,
        )
        async with session:
            targets = polled_objects(str(values.get("dlms.client_object_list", "")))
            read: dict[Target, Data] = {}
            for index, (obis, attr) in enumerate(targets):
                read[(obis, attr)] = await session.get(obis, attr)
                self.on_status(BIT_RS485_DATA)
                if index < len(BIT_REGISTERS):
                    self.on_status(BIT_REGISTERS[index])
            return read

    async def _push(self, snapshot: list[tuple[Obis, Data]]) -> None:
        values = self._values()
        host, port = str(values.get("dlms.push_ip", "")), int(values.get("dlms.push_port") or 0)
        if not host or host == "0.0.0.0" or port == 0:
            self.pending = None  # no push destination configured: nothing to keep
            return
        push_id = Obis.parse(str(values.get("dlms.push_base_name") or DEFAULT_PUSH_ID))
        apdu = xdlms.DataNotification(
            long_invoke_id_and_priority=self.pushes + 1,
            date_time=CosemDateTime.from_datetime(datetime.datetime.now(datetime.UTC)).to_bytes(),
            body=push_body(push_id, snapshot),
        ).to_bytes()
        frame = WrapperFrame(
            source_wport=int(values.get("dlms.push_logical_address", 1)) or 1,
            destination_wport=int(values.get("dlms.push_client_address", 16)),
            apdu=apdu,
        )
        try:
            stream = await open_stream(f"tcp://{host}:{port}", timeout=10.0)
            try:
                await stream.write(frame.to_bytes())
            finally:
                await stream.close()
        except GwtermError as exc:
            self.events.add("warning", f"DLMS push to {host}:{port} failed, kept for the next poll: {exc}")
            return
        self.pushes += 1
        self.pending = None
        self.on_status(BIT_PUSH_STARTED)
        self.events.add("info", f"DLMS push {self.pushes} sent to {host}:{port}")


@contextlib.asynccontextmanager
async def _always() -> AsyncIterator[bool]:
    yield True
