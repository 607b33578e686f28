"""Waiting for a restarting device: try to connect again until it answers or the time is up."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from app.errors import DeviceTimeoutError, RemoteProtocolError, TransportError

T = TypeVar("T")


async def until_back(url: str, connect: Callable[[], Awaitable[T]], *, timeout: float, interval: float) -> T:
    """`connect()` every `interval` seconds until it succeeds; DeviceTimeoutError after `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        await asyncio.sleep(interval)
        try:
            return await connect()
        except (TransportError, RemoteProtocolError):
            if loop.time() > deadline:
                raise DeviceTimeoutError(
                    f"{url}: the device did not come back within {timeout:g} s"
                ) from None
