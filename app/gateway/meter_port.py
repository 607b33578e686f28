"""The WM-E meter serial port behind two transparent TCP ports: primary over secondary, "Auto" data format.

WM-E2S manual 3.10: the primary (utility) port has priority, so while a primary client is connected
the secondary client's traffic waits. 3.11: with data format "auto" the first packet of a connection
decides the line: an IEC 62056-21 sign-on puts the meter side at 300 Bd 7E1 and the baud switches of
the IEC session are followed; anything else runs at 8N1.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from app.errors import GwtermError
from app.gateway.eventlog import EventLog
from app.protocols.iec62056_21 import add_even_parity, looks_like_iec_sign_on, strip_parity
from app.protocols.iec62056_21.follower import LineFollower, LineSetting
from app.transports import Stream, open_stream
from app.transports.serial_control import set_line
from app.transports.url import parse_url, serial_format

IDLE_SECONDS = 60.0
FOLLOW_POLL = 0.5
AUTO = "auto"


@dataclass(frozen=True)
class MeterSettings:
    """The meter line as configured: baud rate and data format (`auto` to detect IEC)."""

    baud: int
    data_format: str

    @classmethod
    def from_config(cls, values: dict[str, object]) -> MeterSettings:
        """From the `trans.*` parameters; a fixed 8N1 wins over an explicit format, not over auto."""
        baud = int(str(values.get("trans.meter_baud", "9600")))
        data_format = str(values.get("trans.data_format", "8N1"))
        if data_format != AUTO and values.get("trans.fixed_8n1", False):
            data_format = "8N1"
        return cls(baud, data_format)


class _Client:
    """One transparent connection and how it wants the meter line set."""

    def __init__(self, stream: Stream, *, primary: bool, settings: MeterSettings) -> None:
        self.stream = stream
        self.primary = primary
        self.settings = settings
        self.follower: LineFollower | None = None  # set once an auto connection turned out to be IEC
        self.decided = settings.data_format != AUTO

    def line(self) -> LineSetting:
        """The line this client needs now."""
        if self.follower is not None:
            return self.follower.setting
        fmt = "8N1" if self.settings.data_format == AUTO else self.settings.data_format
        return LineSetting(baud=self.settings.baud, data_format=fmt)

    @property
    def name(self) -> str:
        """How the log names this port."""
        return "primary" if self.primary else "secondary"


class MeterPort:
    """Relays the primary and secondary TCP clients to one meter serial port."""

    def __init__(
        self,
        meter_url: str,
        settings: Callable[[], MeterSettings],
        events: EventLog,
        *,
        idle: float = IDLE_SECONDS,
    ) -> None:
        self.meter_url = meter_url
        self.settings = settings
        self.events = events
        self.idle = idle
        self.software_parity = parse_url(meter_url).option("parity") == "software"
        self._clients: dict[bool, _Client] = {}
        self._primary_gone = asyncio.Event()
        self._primary_gone.set()
        self._meter: Stream | None = None
        self._meter_reader: asyncio.Task[None] | None = None
        self._line: LineSetting | None = None
        self._opening = asyncio.Lock()
        self._poll = asyncio.Lock()  # the gateway's own meter poll; transparent clients wait for it
        self.line_history: list[LineSetting] = []  # every line setting applied, for traces and tests

    async def handle_primary(self, stream: Stream) -> None:
        """Serve a client of the primary (utility) port."""
        await self._serve(stream, primary=True)

    async def handle_secondary(self, stream: Stream) -> None:
        """Serve a client of the secondary (customer) port."""
        await self._serve(stream, primary=False)

    async def _serve(self, stream: Stream, *, primary: bool) -> None:
        client = _Client(stream, primary=primary, settings=self.settings())
        if primary in self._clients:
            self.events.add("warning", f"meter port: {stream.url} refused, the {client.name} port is in use")
            return
        self._clients[primary] = client
        if primary:
            self._primary_gone.clear()
        async with self._poll:
            pass  # a poll under way finishes before the client talks to the meter
        self.events.add("info", f"meter port: {stream.url} connected to the {client.name} port")
        try:
            await self._relay(client)
        finally:
            del self._clients[primary]
            if primary:
                self._primary_gone.set()
            if not self._clients:
                await self._close_meter()
            self.events.add("info", f"meter port: {stream.url} left the {client.name} port")

    @contextlib.asynccontextmanager
    async def exclusive(self) -> AsyncIterator[bool]:
        """The meter for the gateway's own poll: True when free, False while a transparent client has it."""
        async with self._poll:
            yield not self._clients

    def _owner(self) -> _Client | None:
        """Who the meter answers: the primary client whenever there is one."""
        return self._clients.get(True) or self._clients.get(False)

    async def _relay(self, client: _Client) -> None:
        activity = asyncio.Event()

        async def pump() -> None:
            with contextlib.suppress(GwtermError):
                while True:
                    data = await client.stream.read()
                    activity.set()
                    if not client.primary:
                        await self._primary_gone.wait()  # 3.10: the primary port goes first
                    try:
                        await self._to_meter(client, data)
                    except GwtermError as exc:  # the meter port cannot be opened or refuses a line setting
                        self.events.add("warning", f"meter port: {exc}; {client.stream.url} dropped")
                        return

        async def follow() -> None:
            while True:
                await asyncio.sleep(FOLLOW_POLL)
                if client.follower is not None and self._owner() is client:
                    change = client.follower.poll(time.monotonic())
                    if change is not None:
                        await self._apply(change)

        tasks = [asyncio.ensure_future(pump()), asyncio.ensure_future(follow())]
        try:
            while True:
                activity.clear()
                waiter = asyncio.ensure_future(activity.wait())
                done, _ = await asyncio.wait(
                    {waiter, tasks[0]}, timeout=self.idle, return_when=asyncio.FIRST_COMPLETED
                )
                waiter.cancel()
                if tasks[0] in done:
                    return
                if not done:
                    self.events.add(
                        "info", f"meter port: {client.stream.url} idle for {self.idle:.0f} s, dropped"
                    )
                    return
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _to_meter(self, client: _Client, data: bytes) -> None:
        now = time.monotonic()
        if not client.decided:
            client.decided = True
            if looks_like_iec_sign_on(data):
                client.follower = LineFollower()
                self.events.add("info", "meter port: IEC 62056-21 detected, meter line at 300 Bd 7E1")
        meter = await self._open_meter()
        if client.follower is not None:
            client.follower.before_client(data, now)
        await self._apply(client.line())
        await meter.write(self._outgoing(data))
        if client.follower is not None:
            change = client.follower.after_client(data, now)
            if change is not None:
                await self._apply(change)

    def _outgoing(self, data: bytes) -> bytes:
        if self.software_parity and self._line is not None and self._line.data_format == "7E1":
            return add_even_parity(data)
        return data

    def _incoming(self, data: bytes) -> bytes:
        if self.software_parity and self._line is not None and self._line.data_format == "7E1":
            return strip_parity(data)[0]
        return data

    async def _open_meter(self) -> Stream:
        async with self._opening:
            if self._meter is None:
                self._meter = await open_stream(self.meter_url)
                self._line = None
                self._meter_reader = asyncio.ensure_future(self._read_meter(self._meter))
            return self._meter

    async def _read_meter(self, meter: Stream) -> None:
        with contextlib.suppress(GwtermError):
            while True:
                data = self._incoming(await meter.read())
                owner = self._owner()
                if owner is None:
                    continue  # nobody to answer: the meter spoke on its own
                with contextlib.suppress(GwtermError):
                    await owner.stream.write(data)
                if owner.follower is not None:
                    change = owner.follower.after_meter(data, time.monotonic())
                    if change is not None:
                        await self._apply(change)

    async def _apply(self, line: LineSetting) -> None:
        """Move the meter port to `line` (with software parity the port itself stays 8-bit)."""
        if self._meter is None or line == self._line:
            return
        port_format = line.data_format
        if self.software_parity and serial_format(port_format)[0] == 7:
            port_format = "8N1"
        await set_line(self._meter, line.baud, port_format)
        self._line = line
        self.line_history.append(line)

    async def _close_meter(self) -> None:
        if self._meter_reader is not None:
            self._meter_reader.cancel()
            await asyncio.gather(self._meter_reader, return_exceptions=True)
            self._meter_reader = None
        if self._meter is not None:
            await self._meter.close()
            self._meter = None
            self._line = None
