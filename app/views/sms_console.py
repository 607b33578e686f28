"""The SMS console: conversations per number through a local GSM modem, with each message's delivery state."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import GwtermError
from app.protocols.at.concat import choose_alphabet, split_user_data, text_units
from app.transports.gsm_modem import GsmModem
from app.transports.sms import DeliveryReport, ReceivedSms, SmsService, same_number


@dataclass
class ConsoleMessage:
    """One message of a conversation and where it stands."""

    incoming: bool
    text: str
    when: dt.datetime
    state: str  # received, sending, sent, delivered, failed
    references: tuple[int, ...] = ()
    detail: str = ""
    reported: dict[int, bool] = field(default_factory=dict)


class SmsConsole(QDialog):
    """Modem, conversations on the left, the chosen conversation on the right, a composer below."""

    def __init__(self, modem_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sms-console")
        self.setWindowTitle(self.tr("SMS console"))
        self.resize(760, 520)
        self.modem: GsmModem | None = None
        self.service: SmsService | None = None
        self.tasks: list[asyncio.Task[Any]] = []
        self.conversations: dict[str, list[ConsoleMessage]] = {}
        self.url = QLineEdit(modem_url)
        self.url.setObjectName("sms-modem")
        self.url.setPlaceholderText("serial:///dev/ttyUSB1?baud=115200")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("sms-open")
        self.open_button.clicked.connect(self.toggle)
        self.state = QLabel(self.tr("Closed"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Modem")))
        top.addWidget(self.url, 1)
        top.addWidget(self.open_button)
        self.list = QListWidget()
        self.list.setObjectName("sms-conversations")
        self.list.currentTextChanged.connect(self._show)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("sms-messages")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), "", self.tr("Message"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.table)
        splitter.setSizes([180, 580])
        self.number = QLineEdit()
        self.number.setObjectName("sms-number")
        self.number.setPlaceholderText(self.tr("Number, e.g. +36201234567"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("sms-text")
        self.text.setMaximumHeight(80)
        self.text.textChanged.connect(self._count)
        self.counter = QLabel()
        self.counter.setObjectName("sms-counter")
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sms-send")
        self.send_button.clicked.connect(self.send_typed)
        self.send_button.setEnabled(False)
        compose = QHBoxLayout()
        compose.addWidget(self.number)
        compose.addWidget(self.counter, 1)
        compose.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(splitter, 1)
        layout.addLayout(compose)
        layout.addWidget(self.text)
        self._count()

    # ---------------------------------------------------------------------------------------- modem

    def toggle(self) -> None:
        """Open the modem, or close it."""
        job = self.close_modem() if self.modem is not None else self.open_modem()
        self.tasks.append(asyncio.ensure_future(job))

    async def open_modem(self) -> bool:
        """Open the port, prepare the modem for SMS and start listening."""
        url = self.url.text().strip()
        if not url:
            self.state.setText(self.tr("Give the modem's port, e.g. serial:///dev/ttyUSB1"))
            return False
        self.open_button.setEnabled(False)
        self.state.setText(self.tr("Opening…"))
        try:
            self.modem = await GsmModem.open(url)
            self.service = SmsService(self.modem)
            await self.service.start()
        except GwtermError as exc:
            self.state.setText(self.tr("Cannot open the modem: %1").replace("%1", str(exc)))
            self.open_button.setEnabled(True)
            if self.modem is not None:
                await self.modem.close()
            self.modem = self.service = None
            return False
        self.tasks.append(asyncio.ensure_future(self._listen(self.modem, self.service)))
        self.state.setText(self.tr("Open: %1").replace("%1", url))
        self.open_button.setText(self.tr("Close"))
        self.open_button.setEnabled(True)
        self.send_button.setEnabled(True)
        return True

    async def close_modem(self) -> None:
        """Stop listening and close the port."""
        modem, self.modem, self.service = self.modem, None, None
        current = asyncio.current_task()
        for task in self.tasks:
            if task is not current:
                task.cancel()
        self.tasks = [t for t in self.tasks if t is current]
        if modem is not None:
            with contextlib.suppress(GwtermError):
                await modem.close()
        self.send_button.setEnabled(False)
        self.open_button.setText(self.tr("Open"))
        self.state.setText(self.tr("Closed"))

    async def _listen(self, modem: GsmModem, service: SmsService) -> None:
        with contextlib.suppress(GwtermError):
            while True:
                await service.handle(await modem.events.get())
                while not service.messages.empty():
                    self.received(service.messages.get_nowait())
                while not service.reports.empty():
                    self.reported(service.reports.get_nowait())

    # ---------------------------------------------------------------------------------------- messages

    def received(self, message: ReceivedSms) -> None:
        """A message arrived."""
        when = message.timestamp or dt.datetime.now(dt.UTC)
        self._add(
            message.sender, ConsoleMessage(incoming=True, text=message.text, when=when, state="received")
        )

    def reported(self, report: DeliveryReport) -> None:
        """A status report: the sent message with this reference is delivered, or failed."""
        for number, messages in self.conversations.items():
            if not same_number(number, report.recipient):
                continue
            for entry in reversed(messages):
                if report.reference in entry.references and not entry.incoming:
                    if not report.final:
                        entry.detail = report.description
                    else:
                        entry.reported[report.reference] = report.delivered
                        entry.detail = report.description
                        if not report.delivered:
                            entry.state = "failed"
                        elif len(entry.reported) == len(entry.references):
                            entry.state = "delivered"
                    self._refresh(number)
                    return

    def send_typed(self) -> None:
        """Send the composed text to the number."""
        current = self.list.currentItem()
        number = self.number.text().strip() or (current.text() if current is not None else "")
        text = self.text.toPlainText()
        if not number or not text or self.service is None:
            return
        self.text.clear()
        self.tasks.append(asyncio.ensure_future(self.send(number, text)))

    async def send(self, number: str, text: str) -> None:
        """Send with a status report request; the message's state follows."""
        service = self.service
        if service is None:
            return
        entry = ConsoleMessage(incoming=False, text=text, when=dt.datetime.now(dt.UTC), state="sending")
        key = self._add(number, entry)
        try:
            entry.references = tuple(await service.send(number, text, status_report=True))
            entry.state = "sent"
        except GwtermError as exc:
            entry.state, entry.detail = "failed", str(exc)
        self._refresh(key)

    def _add(self, number: str, entry: ConsoleMessage) -> str:
        key = next((k for k in self.conversations if same_number(k, number)), number)
        self.conversations.setdefault(key, []).append(entry)
        if not self.list.findItems(key, Qt.MatchFlag.MatchExactly):
            self.list.addItem(key)
        if self.list.currentItem() is None or self.list.currentItem().text() != key:
            self.list.setCurrentRow(self.list.row(self.list.findItems(key, Qt.MatchFlag.MatchExactly)[0]))
        self._refresh(key)
        return key

    def _refresh(self, number: str) -> None:
        item = self.list.currentItem()
        if item is not None and item.text() == number:
            self._show(number)

    def state_text(self, entry: ConsoleMessage) -> str:
        """The delivery state as shown."""
        names = {
            "received": self.tr("received"),
            "sending": self.tr("sending…"),
            "sent": self.tr("sent, not yet delivered"),
            "delivered": self.tr("delivered"),
            "failed": self.tr("failed"),
        }
        text = names.get(entry.state, entry.state)
        return f"{text}: {entry.detail}" if entry.detail and entry.state == "failed" else text

    def _show(self, number: str) -> None:
        messages = self.conversations.get(number, [])
        self.table.setRowCount(len(messages))
        for row, entry in enumerate(messages):
            cells = (
                entry.when.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                "←" if entry.incoming else "→",
                entry.text,
                self.state_text(entry),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if number and not self.number.hasFocus():
            self.number.setText(number)

    def _count(self) -> None:
        text = self.text.toPlainText()
        try:
            alphabet = choose_alphabet(text)
            parts = len(split_user_data(text, alphabet)) if text else 0
            units = text_units(text, alphabet)
        except GwtermError:
            parts, units = 0, len(text)
        self.counter.setText(
            self.tr("%1 characters, %2 SMS").replace("%1", str(units)).replace("%2", str(parts))
        )

    def done(self, result: int) -> None:
        if self.modem is not None:
            self.tasks.append(asyncio.ensure_future(self.close_modem()))
        super().done(result)
