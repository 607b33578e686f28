"""A simulated device's serial port: a pty whose /dev/pts/N a tool opens as `serial://`, as real hardware."""

from __future__ import annotations

import asyncio
import contextlib
import os
import termios
import tty
from collections.abc import Callable

MAX_BACKLOG = 65536  # bytes held for a terminal that does not read; beyond it output is lost, as on a UART


class PtyPort:
    """The device end of a pty: bytes the terminal writes go to `on_data`, `write` answers it."""

    def __init__(self, on_data: Callable[[bytes], None]) -> None:
        self.on_data = on_data
        self.path = ""
        self._master = self._slave = -1
        self._pending = bytearray()
        self._writing = False

    def start(self) -> str:
        """Create the pty and start reading; the path of the terminal's end."""
        master, slave = os.openpty()
        tty.setraw(slave)  # a plain 8-bit line: no echo, no line editing
        attrs = termios.tcgetattr(slave)
        attrs[3] &= ~termios.ECHO
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        os.set_blocking(master, False)
        # holding the terminal end open keeps the pty usable while tools open and close it
        self._master, self._slave = master, slave
        self.path = os.ttyname(slave)
        asyncio.get_running_loop().add_reader(master, self._readable)
        return self.path

    @property
    def url(self) -> str:
        """The serial:// URL a tool opens."""
        return f"serial://{self.path}"

    def _readable(self) -> None:
        try:
            data = os.read(self._master, 4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            return
        if data:
            self.on_data(data)

    def write(self, data: bytes) -> None:
        """Send bytes to the terminal (buffered while it does not read)."""
        if self._master < 0:
            return
        self._pending += data
        del self._pending[: max(0, len(self._pending) - MAX_BACKLOG)]
        self._flush()

    def _flush(self) -> None:
        while self._pending:
            try:
                written = os.write(self._master, self._pending)
            except (BlockingIOError, InterruptedError):
                written = 0
            except OSError:
                self._pending.clear()
                break
            if written <= 0:
                break
            del self._pending[:written]
        loop = asyncio.get_running_loop()
        if self._pending and not self._writing:
            loop.add_writer(self._master, self._flush)
            self._writing = True
        elif not self._pending and self._writing:
            loop.remove_writer(self._master)
            self._writing = False

    def close(self) -> None:
        """Close both ends."""
        if self._master < 0:
            return
        loop = asyncio.get_running_loop()
        loop.remove_reader(self._master)
        if self._writing:
            loop.remove_writer(self._master)
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._master = self._slave = -1
