"""Driving the real window from tests: a qasync loop, a shown main window, waiting on conditions, a
stallable TCP proxy."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.views.main_window import MainWindow


async def until(condition: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    """Wait (letting Qt and asyncio run) until `condition()` is true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


class StallingProxy:
    """A TCP relay to `target` that can be told to hold every byte (a link that stops answering)."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.flowing = asyncio.Event()
        self.flowing.set()
        self.server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> StallingProxy:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            while data := await reader.read(4096):
                await self.flowing.wait()
                writer.write(data)
                await writer.drain()
        writer.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()


def qt_event_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the application, for a test module; closed at its end."""
    import qasync

    from app.views.app import make_application

    event_loop = qasync.QEventLoop(make_application())
    # serial ports open and close in executor threads: Python threads end cleanly at exit, where QThreads
    # still alive (qasync's default executor, without `with loop:`) abort the interpreter
    event_loop.set_default_executor(ThreadPoolExecutor(2))
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


def shown_main_window(
    loop: asyncio.AbstractEventLoop, settings_dir: Path, values: Mapping[str, object] | None = None
) -> Iterator[MainWindow]:
    """A main window with its own settings file (holding `values` first), in English; closed afterwards as a
    user would leave it."""
    from PySide6.QtCore import QSettings

    from app.views.i18n import install_language
    from app.views.main_window import MainWindow

    install_language("en")
    store = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in (values or {}).items():
        store.setValue(key, value)
    main = MainWindow(store)
    main.show()
    yield main
    main.dlms_tab.cancel_task()
    loop.run_until_complete(main.dlms_tab.release())
    main.controller.cancel()
    if main.controller.device is not None:
        loop.run_until_complete(main.controller.device.close())
        main.controller.device = None
    main.close()
    main.deleteLater()
