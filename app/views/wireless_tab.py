"""The Wireless tab: listen live (who, RSSI, count, last seen, decryption state) and import keys."""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices.session.wmbus import receive
from app.devices.wmbus_listen import HeardMeter, Listener
from app.errors import GwtermError
from app.keys.store import default_keystore_path
from app.keys.wmbus_keys import import_keys, key_table, parse_sheet, read_rows
from app.protocols.wmbus.im871a import LINK_MODES
from app.views.display import ON_LIGHT, convert_energy, value_text
from app.views.keystore_access import keystore, saved

STATE_COLOURS = {
    "decrypted": "#c8e6c9",
    "plain": "#e8f5e9",
    "no key": "#fff9c4",
    "wrong key": "#ffcdd2",
    "corrupt": "#ffcdd2",
    "undecodable": "#ffe0b2",
}
COLUMNS = ("id", "manufacturer", "device_type", "version", "rssi", "telegrams", "last_seen", "state")


class WirelessTab(QWidget):
    """Listening runs as a task; the table follows every telegram."""

    def __init__(self, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wireless-tab")
        self.notify = notify
        self.task: asyncio.Task[Any] | None = None
        self.listener = Listener()
        self.rows: dict[str, int] = {}
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setObjectName("wmbus-source")
        self.source.setMinimumWidth(320)
        self.source.setToolTip(
            self.tr(
                "A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) "
                "or a file of hex telegrams"
            )
        )
        self.mode = QComboBox()
        self.mode.addItems([m.upper() for m in LINK_MODES])
        self.mode.setCurrentText("T1")
        self.start_button = QPushButton(self.tr("Listen"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.import_button = QPushButton(self.tr("Import keys…"))
        self.import_button.clicked.connect(self.import_dialog)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Receiver:")))
        bar.addWidget(self.source, 1)
        bar.addWidget(self.mode)
        for widget in (self.start_button, self.stop_button, self.import_button):
            bar.addWidget(widget)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("wmbus-meters")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Manufacturer"),
                self.tr("Type"),
                self.tr("Version"),
                self.tr("RSSI (dBm)"),
                self.tr("Telegrams"),
                self.tr("Last seen"),
                self.tr("State"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_records)
        self.records = QTableWidget(0, 6)
        self.records.setObjectName("wmbus-records")
        self.records.setHorizontalHeaderLabels(
            [
                self.tr("Function"),
                self.tr("Storage"),
                self.tr("Tariff"),
                self.tr("Quantity"),
                self.tr("Value"),
                self.tr("Unit"),
            ]
        )
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.records)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.start_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def _keys(self) -> Any:
        path = default_keystore_path()
        if not path.exists():
            return None
        try:
            store = keystore(self)
            return key_table(store) if store is not None else None
        except GwtermError as exc:
            self.notify("error", str(exc))
            return None

    def start(self) -> None:
        """Listen to the chosen source until Stop."""
        source = self.source.currentText().strip()
        if not source:
            return
        self.listener = Listener(self._keys())
        self.rows.clear()
        self.table.setRowCount(0)
        self._busy(True)
        self.task = asyncio.ensure_future(self._listen(source))

    async def _listen(self, source: str) -> None:
        try:
            async for item in receive(source, mode=self.mode.currentText().lower()):
                meter, _doc, _error = self.listener.hear(item)
                if meter is not None:
                    self._show(meter)
                total = sum(m.telegrams for m in self.listener.meters.values())
                self.status.setText(
                    self.tr("%1 telegram(s) from %2 meter(s).")
                    .replace("%1", str(total))
                    .replace("%2", str(len(self.listener.meters)))
                )
        except asyncio.CancelledError:
            pass
        except GwtermError as exc:
            self.notify("error", str(exc))
        finally:
            self._busy(False)

    def stop(self) -> None:
        """Stop listening."""
        if self.task is not None:
            self.task.cancel()

    def _show(self, meter: HeardMeter) -> None:
        row = self.rows.get(meter.id)
        if row is None:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.rows[meter.id] = row
        values = meter.row()
        values["last_seen"] = time.strftime("%H:%M:%S", time.localtime(meter.last_seen))
        for column, key in enumerate(COLUMNS):
            item = QTableWidgetItem("" if values[key] is None else str(values[key]))
            if key == "state" and meter.state in STATE_COLOURS:
                item.setBackground(QBrush(QColor(STATE_COLOURS[meter.state])))
                item.setForeground(QBrush(QColor(ON_LIGHT)))  # readable in the dark theme too
            self.table.setItem(row, column, item)
        if self.table.currentRow() == row:
            self.show_records()

    def show_records(self) -> None:
        """The last decoded records of the selected meter."""
        row = self.table.currentRow()
        ident = next((i for i, r in self.rows.items() if r == row), None)
        meter = self.listener.meters.get(ident) if ident else None
        records = meter.last.get("records", []) if meter else []  # as decoded: shown in the chosen units
        self.records.setRowCount(len(records))
        for r, record in enumerate(records):
            value, unit = convert_energy(record.get("value"), str(record.get("unit") or ""))
            cells = [str(record.get(key, "")) for key in ("function", "storage", "tariff", "quantity")]
            for c, text in enumerate([*cells, value_text(value), unit]):
                item = QTableWidgetItem(text)
                if c == 4 and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.records.setItem(r, c, item)

    def import_dialog(self) -> None:
        """Choose a key sheet and review it before anything is stored."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import wM-Bus keys"), "", self.tr("Sheets (*.csv *.xlsx)")
        )
        if path:
            self.review = KeyImportDialog(Path(path), self)
            self.review.open()


class KeyImportDialog(QDialog):
    """Every row checked and shown first (good, or the bad column and why); Import stores the good ones."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key-import")
        self.setWindowTitle(self.tr("Import keys from %1").replace("%1", path.name))
        self.path = path
        self.stored = 0
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Meter"), self.tr("Result")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import good rows"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.store)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.good = 0
        try:
            sheet = parse_sheet(read_rows(path))
        except GwtermError as exc:
            self.summary.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        rows = [(row, key.ref, self.tr("OK"), True) for row, key in sheet.keys]
        rows += [(e.row, "", f"{e.column}: {e.reason}", False) for e in sheet.errors]
        rows += [(row, "", why, False) for row, why in sheet.skipped]
        rows.sort()
        self.table.setRowCount(len(rows))
        for r, (number, ref, text, ok) in enumerate(rows):
            for c, value in enumerate((str(number), ref, text)):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor("#e8f5e9" if ok else "#ffcdd2")))
                item.setForeground(QBrush(QColor(ON_LIGHT)))
                self.table.setItem(r, c, item)
        self.good = len(sheet.keys)
        self.summary.setText(
            self.tr("%1 good row(s) will be imported; %2 row(s) have problems and will not.")
            .replace("%1", str(self.good))
            .replace("%2", str(len(sheet.errors)))
        )
        self.import_button.setEnabled(self.good > 0)

    def store(self) -> None:
        """Import the good rows into the key store (asks for its master password)."""
        try:
            key_store = keystore(self)
            if key_store is None:
                return
            report = import_keys(key_store, self.path)
            saved(key_store)
        except GwtermError as exc:
            self.summary.setText(str(exc))
            return
        self.stored = report.imported
        self.accept()
