"""A link with latency and loss, wrapped around a stream: for simulated fleets on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import random

from app.errors import GwtermError, TransportError
from app.transports.stream import Stream


class LinePacer:
    """When chunks finish crossing a link of `rate` bytes/s, each queued behind the ones before it."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self._free = 0.0

    def finish(self, now: float, size: int) -> float:
        """The moment a chunk of `size` bytes handed over at `now` has crossed (now, without a rate)."""
        if not self.rate:
            return now
        self._free = max(now, self._free) + size / self.rate
        return self._free


class ImpairedStream(Stream):
    """Delays every chunk by `one_way` seconds in each direction (order kept) and drops a share of them."""

    def __init__(
        self,
        inner: Stream,
        *,
        one_way: float,
        loss: float = 0.0,
        seed: int | None = None,
        rate: float | None = None,
    ) -> None:
        super().__init__(inner.url, inner._reader, inner._writer)
        self.inner = inner
        self.one_way = one_way
        self.loss = loss
        self.rate = rate  # bytes/s each way (None: unlimited)
        self._in_pacer, self._out_pacer = LinePacer(rate), LinePacer(rate)
        self._rng = random.Random(seed)
        self._incoming: asyncio.Queue[tuple[float, bytes | None]] = asyncio.Queue()
        self._outgoing: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        self._tasks = [asyncio.ensure_future(self._receive()), asyncio.ensure_future(self._send())]

    async def _receive(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                data = await self.inner.read()
                if self.loss and self._rng.random() < self.loss:
                    continue
                self._incoming.put_nowait(
                    (self._pace(loop.time(), len(data), incoming=True) + self.one_way, data)
                )
        except GwtermError:
            self._incoming.put_nowait((loop.time() + self.one_way, None))

    async def _send(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(GwtermError):
            while True:
                due, data = await self._outgoing.get()
                await asyncio.sleep(max(0.0, due - loop.time()))
                await self.inner.write(data)

    async def read(self, limit: int = 65536) -> bytes:
        """The next chunk once its delay has passed."""
        due, data = await self._incoming.get()
        await asyncio.sleep(max(0.0, due - asyncio.get_running_loop().time()))
        if data is None:
            self._incoming.put_nowait((due, None))
            raise TransportError(f"{self.url}: the other side closed the link")
        self._trace("rx", data)
        return data

    async def write(self, data: bytes) -> None:
        """Queue a chunk for delivery after the delay (or drop it)."""
        self._trace("tx", data)
        if self.loss and self._rng.random() < self.loss:
            return
        now = asyncio.get_running_loop().time()
        self._outgoing.put_nowait((self._pace(now, len(data), incoming=False) + self.one_way, data))

    def _pace(self, now: float, size: int, *, incoming: bool) -> float:
        """When a chunk has finished crossing a link of `rate` bytes/s (queued behind earlier ones)."""
        return (self._in_pacer if incoming else self._out_pacer).finish(now, size)

    async def close(self) -> None:
        """Deliver what is queued, then close."""
        with contextlib.suppress(asyncio.TimeoutError, TimeoutError):
            await asyncio.wait_for(self._drain(), self.one_way + 1.0)
        for task in self._tasks:
            task.cancel()
        await self.inner.close()

    async def _drain(self) -> None:
        while not self._outgoing.empty():
            await asyncio.sleep(0.01)
        await asyncio.sleep(self.one_way)
