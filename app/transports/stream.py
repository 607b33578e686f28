"""Byte streams with trace hooks: every transport reports `(direction, bytes, time)` to subscribers."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

from app.errors import TransportError

TX = "tx"
RX = "rx"
TraceHook = Callable[[str, bytes, float], None]


class Stream:
    """A connected byte stream over asyncio reader/writer; reads return whatever has arrived."""

    def __init__(self, url: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.url = url
        self._reader = reader
        self._writer = writer
        self._hooks: list[TraceHook] = []

    def extra_info(self, name: str) -> object | None:
        """Transport details (the serial port object, the socket, the peer address) for adapters."""
        info: object | None = self._writer.get_extra_info(name)
        return info

    def subscribe(self, hook: TraceHook) -> Callable[[], None]:
        """Call `hook(direction, data, time)` for every chunk sent or received; returns an unsubscribe."""
        self._hooks.append(hook)
        return lambda: self._hooks.remove(hook) if hook in self._hooks else None

    def _trace(self, direction: str, data: bytes) -> None:
        now = time.time()
        for hook in list(self._hooks):
            hook(direction, data, now)

    async def read(self, limit: int = 65536) -> bytes:
        """Some received bytes (at least one); TransportError when the link has closed."""
        try:
            data = await self._reader.read(limit)
        except (OSError, asyncio.IncompleteReadError) as exc:
            raise TransportError(f"{self.url}: link broke while reading: {exc}") from None
        if not data:
            raise TransportError(f"{self.url}: the other side closed the link")
        self._trace(RX, data)
        return data

    async def write(self, data: bytes) -> None:
        """Send bytes and wait until the transport has taken them."""
        if self._writer.is_closing():
            raise TransportError(f"{self.url}: link is closed")
        self._trace(TX, data)
        try:
            self._writer.write(data)
            await self._writer.drain()
        except (OSError, RuntimeError) as exc:
            raise TransportError(f"{self.url}: link broke while writing: {exc}") from None

    async def close(self) -> None:
        """Close the link; safe to call twice."""
        if self._writer.is_closing():
            return
        self._writer.close()
        with contextlib.suppress(OSError, asyncio.TimeoutError, RuntimeError):
            await asyncio.wait_for(self._writer.wait_closed(), 2)
