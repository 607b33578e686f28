"""Transparent M-Bus over TCP: one client at a time owns the bus; an idle client is dropped."""

from __future__ import annotations

import asyncio
import contextlib

from app.errors import GwtermError
from app.gateway.eventlog import EventLog
from app.transports import Stream, open_stream

IDLE_SECONDS = 60.0


class TransparentBridge:
    """Relays bytes between a TCP client and the bus; scheduled readouts wait while a client owns it."""

    def __init__(
        self, bus_url: str, bus_lock: asyncio.Lock, events: EventLog, *, idle: float = IDLE_SECONDS
    ) -> None:
        self.bus_url = bus_url
        self.bus_lock = bus_lock
        self.events = events
        self.idle = idle
        self.owner: str | None = None

    async def handle(self, client: Stream) -> None:
        """Serve one client; a second client while one is connected is turned away at once."""
        if self.owner is not None:
            self.events.add(
                "warning", f"transparent M-Bus: {client.url} refused, the bus belongs to {self.owner}"
            )
            return
        self.owner = client.url
        try:
            async with self.bus_lock:
                bus = await open_stream(self.bus_url)
                self.events.add("info", f"transparent M-Bus: {client.url} owns the bus")
                try:
                    await self._relay(client, bus)
                finally:
                    await bus.close()
        finally:
            self.owner = None
            self.events.add("info", f"transparent M-Bus: {client.url} released the bus")

    async def _relay(self, client: Stream, bus: Stream) -> None:
        activity = asyncio.Event()

        async def pump(src: Stream, dst: Stream) -> None:
            with contextlib.suppress(GwtermError):
                while True:
                    data = await src.read()
                    activity.set()
                    await dst.write(data)

        pumps = [asyncio.ensure_future(pump(client, bus)), asyncio.ensure_future(pump(bus, client))]
        try:
            while True:
                activity.clear()
                waiter = asyncio.ensure_future(activity.wait())
                done, _ = await asyncio.wait(
                    {waiter, *pumps}, timeout=self.idle, return_when=asyncio.FIRST_COMPLETED
                )
                waiter.cancel()
                if any(p in done for p in pumps):
                    return  # one side closed
                if not done:
                    self.events.add(
                        "info", f"transparent M-Bus: {client.url} idle for {self.idle:.0f} s, dropped"
                    )
                    return
        finally:
            for p in pumps:
                p.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
