"""A virtual null-modem cable: two pty devices joined, optionally paced to a real line's bit rate."""

from __future__ import annotations

import asyncio
import contextlib
import os
import termios
import tty

SLICE_SECONDS = 0.005
BACKLOG_LIMIT = 512


class _Direction:
    """Bytes read from one master, released into the other at the line rate."""

    def __init__(self, line: VirtualSerialLine, src: int, dst: int) -> None:
        self.line = line
        self.src = src
        self.dst = dst
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()
        self.backlog = 0
        self.reading = False
        self.moved = 0

    def start_reading(self) -> None:
        if not self.reading:
            asyncio.get_running_loop().add_reader(self.src, self._readable)
            self.reading = True

    def stop_reading(self) -> None:
        if self.reading:
            asyncio.get_running_loop().remove_reader(self.src)
            self.reading = False

    def _readable(self) -> None:
        try:
            data = os.read(self.src, 4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""  # EIO: no process holds the other end open right now
        if not data:
            return
        self.queue.put_nowait(data)
        self.backlog += len(data)
        if self.backlog > BACKLOG_LIMIT:
            self.stop_reading()  # the sender's writes now block, as on a real UART at this baud rate

    async def pump(self) -> None:
        loop = asyncio.get_running_loop()
        free_at = loop.time()
        while True:
            data = await self.queue.get()
            free_at = max(free_at, loop.time())  # an idle line starts now; a busy one keeps its schedule
            step = self.line.slice_bytes
            for i in range(0, len(data), step):
                piece = data[i : i + step]
                if self.line.seconds_per_byte:
                    free_at += len(piece) * self.line.seconds_per_byte
                    await asyncio.sleep(max(0.0, free_at - loop.time()))
                await self._deliver(piece)
            self.backlog -= len(data)
            if self.backlog <= BACKLOG_LIMIT // 2:
                self.start_reading()

    async def _deliver(self, piece: bytes) -> None:
        for _ in range(200):
            try:
                written = os.write(self.dst, piece)
            except BlockingIOError:
                written = 0
            except OSError:
                return  # nobody listens at the far end: the bytes are lost, as on a real line
            self.moved += written
            piece = piece[written:]
            if not piece:
                return
            await asyncio.sleep(0.01)


class VirtualSerialLine:
    """`a` and `b` are device paths (/dev/pts/N) that behave as the two ends of a serial cable."""

    def __init__(self, *, baud: int | None = None, bits_per_byte: int = 10) -> None:
        self.seconds_per_byte = bits_per_byte / baud if baud else 0.0
        self.slice_bytes = max(1, int(baud / bits_per_byte * SLICE_SECONDS)) if baud else 4096
        self._fds: list[int] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._directions: list[_Direction] = []
        self.a = self.b = ""

    async def start(self) -> VirtualSerialLine:
        """Create both pty pairs and start relaying."""
        master_a, slave_a = os.openpty()
        master_b, slave_b = os.openpty()
        for fd in (slave_a, slave_b):
            tty.setraw(fd)  # no echo, no line editing: a plain 8-bit line
            attrs = termios.tcgetattr(fd)
            attrs[3] &= ~termios.ECHO
            termios.tcsetattr(fd, termios.TCSANOW, attrs)
        for fd in (master_a, master_b):
            os.set_blocking(fd, False)
        self.a, self.b = os.ttyname(slave_a), os.ttyname(slave_b)
        # keeping the slave ends open keeps the pair alive while clients open and close them
        self._fds = [master_a, master_b, slave_a, slave_b]
        self._directions = [_Direction(self, master_a, master_b), _Direction(self, master_b, master_a)]
        for direction in self._directions:
            direction.start_reading()
            self._tasks.append(asyncio.ensure_future(direction.pump()))
        return self

    @property
    def bytes_moved(self) -> int:
        """Bytes delivered in both directions so far."""
        return sum(d.moved for d in self._directions)

    async def close(self) -> None:
        """Stop relaying and close the ptys."""
        for direction in self._directions:
            direction.stop_reading()
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()
