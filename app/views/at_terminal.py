"""The AT terminal window: type commands to a local GSM modem, read its answers and unsolicited codes."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GwtermError
from app.protocols.at.csd import CallEnded
from app.transports.at_terminal import in_data_mode, needs_body, run_line
from app.transports.gsm_modem import GsmModem, describe

HISTORY = 100


class AtTerminal(QDialog):
    """Modem port, Open/Close, the conversation, and a command line with history (Up/Down)."""

    def __init__(self, modem_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("at-terminal")
        self.setWindowTitle(self.tr("AT terminal"))
        self.resize(640, 460)
        self.modem: GsmModem | None = None
        self.tasks: list[asyncio.Task[Any]] = []
        self.history: list[str] = []
        self._position = 0
        self._body_for: str | None = None  # AT+CMGS typed: the next line is the message body
        self.url = QLineEdit(modem_url)
        self.url.setObjectName("at-modem")
        self.url.setPlaceholderText("serial:///dev/ttyUSB1?baud=115200")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("at-open")
        self.open_button.clicked.connect(self.toggle)
        self.state = QLabel(self.tr("Closed"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Modem")))
        top.addWidget(self.url, 1)
        top.addWidget(self.open_button)
        self.output = QPlainTextEdit()
        self.output.setObjectName("at-output")
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setMaximumBlockCount(5000)
        self.input = QLineEdit()
        self.input.setObjectName("at-input")
        self.input.setPlaceholderText(self.tr("AT command, Enter sends (Up/Down: history)"))
        self.input.setEnabled(False)
        self.input.returnPressed.connect(self.send_typed)
        self.input.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.input)

    # ---------------------------------------------------------------------------------------- opening

    def toggle(self) -> None:
        """Open the modem, or close it."""
        if self.modem is not None:
            self.tasks.append(asyncio.ensure_future(self.close_modem()))
        else:
            self.tasks.append(asyncio.ensure_future(self.open_modem()))

    async def open_modem(self) -> bool:
        """Open the port and check the modem answers."""
        url = self.url.text().strip()
        if not url:
            self.state.setText(self.tr("Give the modem's port, e.g. serial:///dev/ttyUSB1"))
            return False
        self.open_button.setEnabled(False)
        self.state.setText(self.tr("Opening…"))
        try:
            self.modem = await GsmModem.open(url)
        except GwtermError as exc:
            self.state.setText(self.tr("Cannot open the modem: %1").replace("%1", str(exc)))
            self.open_button.setEnabled(True)
            return False
        self.tasks.append(asyncio.ensure_future(self._watch(self.modem)))
        self.state.setText(self.tr("Open: %1").replace("%1", url))
        self.open_button.setText(self.tr("Close"))
        self.open_button.setEnabled(True)
        self.input.setEnabled(True)
        self.input.setFocus()
        return True

    async def close_modem(self) -> None:
        """Close the port (hanging up a call still up)."""
        modem, self.modem = self.modem, None
        for task in self.tasks:
            if task is not asyncio.current_task():
                task.cancel()
        self.tasks = [t for t in self.tasks if t is asyncio.current_task()]
        if modem is not None:
            with contextlib.suppress(GwtermError):
                await modem.close()
        self.input.setEnabled(False)
        self.open_button.setText(self.tr("Open"))
        self.state.setText(self.tr("Closed"))

    async def _watch(self, modem: GsmModem) -> None:
        async def data() -> None:
            while True:
                try:
                    chunk = await modem.read_data()
                except GwtermError:
                    await asyncio.sleep(0.1)
                    continue
                self.output.insertPlainText(chunk.decode("latin-1"))

        reader = asyncio.ensure_future(data())
        try:
            while True:
                get = asyncio.ensure_future(modem.events.get())
                closed = asyncio.ensure_future(modem.closed.wait())
                done, _ = await asyncio.wait({get, closed}, return_when=asyncio.FIRST_COMPLETED)
                closed.cancel()
                if get not in done:
                    get.cancel()
                    self.state.setText(self.tr("The modem's port closed."))
                    self.input.setEnabled(False)
                    return
                event = get.result()
                if not (isinstance(event, CallEnded) and not event.by_remote):
                    self.output.appendPlainText(describe(event))
        finally:
            reader.cancel()

    # ---------------------------------------------------------------------------------------- typing

    def send_typed(self) -> None:
        """Enter: send the line (or keep it as the body of the AT+CMGS typed before)."""
        text = self.input.text()
        self.input.clear()
        if text.strip():
            self.history = [*self.history, text][-HISTORY:]
        self._position = len(self.history)
        self.tasks.append(asyncio.ensure_future(self.send(text)))

    async def send(self, text: str) -> None:
        """Send one line as typed; its answer is appended to the output."""
        modem = self.modem
        if modem is None or not text.strip():
            return
        if self._body_for is not None:
            command, self._body_for = self._body_for, None
            self.output.appendPlainText(f"> {text}")
            await self._run(modem, command, body=text)
            return
        self.output.appendPlainText(text)
        if needs_body(text) and not in_data_mode(modem):
            self._body_for = text
            self.output.appendPlainText(self.tr("(type the message text, Enter sends it)"))
            return
        await self._run(modem, text)

    async def _run(self, modem: GsmModem, text: str, *, body: str | None = None) -> None:
        self.input.setEnabled(False)
        try:
            answer = await run_line(modem, text, body=body)
        except GwtermError as exc:
            self.output.appendPlainText(str(exc))
            return
        finally:
            self.input.setEnabled(self.modem is not None)
            self.input.setFocus()
        if answer is not None:
            for line in answer.lines:
                self.output.appendPlainText(line)
            self.output.appendPlainText(answer.result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress and self.history:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                self._position = max(0, min(len(self.history), self._position + step))
                self.input.setText(self.history[self._position] if self._position < len(self.history) else "")
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        if self.modem is not None:
            self.tasks.append(asyncio.ensure_future(self.close_modem()))
        super().done(result)
