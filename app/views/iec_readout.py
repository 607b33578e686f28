"""The IEC 62056-21 meter readout window: read a meter's data readout into a table, copy or export it."""

from __future__ import annotations

import asyncio
import csv
import io
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices.session.iec import IecClient, IecOptions
from app.errors import GwtermError
from app.protocols.iec62056_21 import Readout
from app.views.display import convert_energy, csv_separator, plain_number, value_text

MODES = ("A", "B", "C", "D")
EXPORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the plain text a CSV export writes for a cell


def _export_text(item: QTableWidgetItem | None) -> str:
    if item is None:
        return ""
    plain = item.data(EXPORT_ROLE)
    return str(plain) if plain is not None else item.text()


class IecReadoutWindow(QDialog):
    """Meter URL, mode and address; Read fills address | value | unit; Copy and Export CSV."""

    def __init__(self, meter_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("iec-readout")
        self.setWindowTitle(self.tr("IEC 62056-21 meter readout"))
        self.resize(620, 480)
        self.task: asyncio.Task[Any] | None = None
        self.readout: Readout | None = None
        self.url = QLineEdit(meter_url)
        self.url.setObjectName("iec-url")
        self.url.setPlaceholderText("serial:///dev/ttyUSB0  ·  tcp://10.0.0.5:9000")
        self.url.setToolTip(
            self.tr(
                "An optical head on a serial port (300 Bd 7E1 unless given), or a modem's transparent port"
            )
        )
        self.mode = QComboBox()
        self.mode.setObjectName("iec-mode")
        for mode in MODES:
            self.mode.addItem(self.tr("Mode %1").replace("%1", mode), mode)
        self.mode.setCurrentIndex(MODES.index("C"))
        self.address = QLineEdit()
        self.address.setObjectName("iec-address")
        self.address.setPlaceholderText(self.tr("none (any meter on the line)"))
        form = QFormLayout()
        form.addRow(self.tr("Meter"), self.url)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Device address"), self.address)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.setObjectName("iec-read")
        self.read_button.clicked.connect(self.start_read)
        self.copy_button = QPushButton(self.tr("Copy all"))
        self.copy_button.clicked.connect(self.copy_all)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        self.status = QLabel(self.tr("Not read yet"))
        self.status.setObjectName("iec-status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("iec-table")
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Value"), self.tr("Unit")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and not self.task.done()
        self.read_button.setText(self.tr("Cancel") if busy else self.tr("Read"))
        self.copy_button.setEnabled(self.readout is not None)
        self.export_button.setEnabled(self.readout is not None)

    def start_read(self) -> None:
        """Read the meter, or cancel a read under way."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
            return
        url = self.url.text().strip()
        if not url:
            self.status.setText(self.tr("Give the meter's port, e.g. serial:///dev/ttyUSB0"))
            return
        self.task = asyncio.ensure_future(self.read(url, str(self.mode.currentData()), self.address.text()))
        self._update_buttons()

    async def read(self, url: str, mode: str, address: str) -> Readout | None:
        """Sign on, read the data readout and show it; errors go to the status line."""
        self.status.setText(self.tr("Reading %1 …").replace("%1", url))
        try:
            client = await IecClient.connect(url, IecOptions())
            try:
                readout = await client.read_out(address.strip(), mode)
            finally:
                await client.close()
        except asyncio.CancelledError:
            self.status.setText(self.tr("Cancelled"))
            return None
        except GwtermError as exc:
            self.status.setText(self.tr("Readout failed: %1").replace("%1", str(exc)))
            return None
        finally:
            self.task = None
            self._update_buttons()
        self.show_readout(readout)
        return readout

    def show_readout(self, readout: Readout) -> None:
        """Fill the table; the status line names the meter, mode, speed and check."""
        self.readout = readout
        rows = [(d.address, value.value, value.unit or "") for d in readout.registers for value in d.values]
        self.table.setRowCount(len(rows))
        for row, (address, raw, unit) in enumerate(rows):
            shown, shown_unit = convert_energy(raw, unit)
            cells = (address, value_text(shown), shown_unit)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(EXPORT_ROLE, plain_number(shown) if column == 1 else text)
                if column == 1 and shown is not raw:
                    item.setToolTip(
                        self.tr("As the meter sent it: %1").replace("%1", f"{raw} {unit}".strip())
                    )
                self.table.setItem(row, column, item)
        ident = readout.identification
        meter = f"{ident.manufacturer} {ident.identification}" if ident is not None else "?"
        check = self.tr("check OK") if readout.block.check_ok else self.tr("CHECK FAILED")
        self.status.setText(
            self.tr("%1 · mode %2 · %3 Bd · %4 values · %5")
            .replace("%1", meter)
            .replace("%2", readout.mode or "?")
            .replace("%3", str(readout.baud or "?"))
            .replace("%4", str(len(rows)))
            .replace("%5", check)
        )
        self._update_buttons()

    def as_csv(self) -> str:
        """The table as CSV text (address, value, unit; the chosen separator)."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=csv_separator())
        writer.writerow(["address", "value", "unit"])
        for row in range(self.table.rowCount()):
            items = (self.table.item(row, column) for column in range(3))
            writer.writerow([_export_text(item) for item in items])
        return out.getvalue()

    def copy_all(self) -> None:
        """The table to the clipboard."""
        QGuiApplication.clipboard().setText(self.as_csv())

    def export_csv(self) -> None:
        """Save the table as a CSV file."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export readout"), "readout.csv", "CSV (*.csv)")
        if path:
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(self.as_csv())

    def redisplay(self) -> None:
        """Show the readout again (the energy unit or number format changed)."""
        if self.readout is not None:
            self.show_readout(self.readout)

    def closeEvent(self, event: Any) -> None:
        """Closing cancels a read under way."""
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
