"""The gateway side of LAN discovery: answer requests for one or many gateways, and announce them."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Callable
from typing import Any

from app.errors import GwtermError, TransportError
from app.protocols.discovery import PORT, encode_announce, is_request

Announcements = Callable[[], list[dict[str, Any]]]


class _Responder(asyncio.DatagramProtocol):
    def __init__(self, announcements: Announcements) -> None:
        self.announcements = announcements
        self.transport: Any = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = (
            transport  # a datagram transport (the selector one is not a DatagramTransport subclass)
        )

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        if self.transport is None or not is_request(data):
            return
        for info in self.announcements():
            with contextlib.suppress(GwtermError, OSError):
                self.transport.sendto(encode_announce(info), addr)


class DiscoveryResponder:
    """Listens on UDP (port 9009 by default); several gateways of one process share one responder."""

    def __init__(self, announcements: Announcements, *, host: str = "0.0.0.0", port: int = PORT) -> None:
        self.announcements = announcements
        self.host = host
        self.port = port
        self._transport: asyncio.DatagramTransport | None = None
        self._announcer: asyncio.Task[None] | None = None

    async def start(self) -> int:
        """Bind and answer; returns the bound port."""
        loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise TransportError(
                f"discovery: cannot bind UDP {self.host}:{self.port}: {exc.strerror or exc}"
            ) from None
        transport, _ = await loop.create_datagram_endpoint(lambda: _Responder(self.announcements), sock=sock)
        self._transport = transport
        self.port = int(sock.getsockname()[1])
        return self.port

    def announce_every(self, seconds: float, target: str = "255.255.255.255") -> None:
        """Also send unsolicited announcements (to the LAN broadcast address by default)."""

        async def loop() -> None:
            while True:
                if self._transport is not None:
                    for info in self.announcements():
                        with contextlib.suppress(GwtermError, OSError):
                            self._transport.sendto(encode_announce(info), (target, PORT))
                await asyncio.sleep(seconds)

        self._announcer = asyncio.ensure_future(loop())

    def close(self) -> None:
        """Stop answering and announcing."""
        if self._announcer is not None:
            self._announcer.cancel()
        if self._transport is not None:
            self._transport.close()
