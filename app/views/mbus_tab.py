"""The M-Bus tab: scan a bus (primary or secondary) with progress and cancel, read a meter, export records."""

from __future__ import annotations

import asyncio
import csv
import io
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices.session.mbus import FoundMeter, MbusMaster, MbusOptions
from app.errors import GwtermError
from app.protocols.mbus.frames import CI_BAUD
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.secondary import SecondaryAddress
from app.protocols.mbus.telegram import decode_frame
from app.transports import open_stream
from app.views.connection_panel import serial_ports
from app.views.display import convert_energy, csv_separator, plain_number, value_text

RECORD_COLUMNS = ("function", "storage", "tariff", "subunit", "quantity", "value", "unit")


class MbusTab(QWidget):
    """Everything runs as a task; the window stays responsive and Cancel works throughout."""

    def __init__(self, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mbus-tab")
        self.notify = notify
        self.task: asyncio.Task[Any] | None = None
        self.meters: list[FoundMeter] = []
        self.records: list[dict[str, Any]] = []
        self.bus = QComboBox()
        self.bus.setObjectName("mbus-url")
        self.bus.setEditable(True)
        self.bus.setMinimumWidth(260)
        self.bus.setToolTip(
            self.tr(
                "The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)"
            )
        )
        for device, description in serial_ports():
            self.bus.addItem(f"{device} — {description}" if description else device, f"serial://{device}")
        self.baud = QComboBox()
        self.baud.addItems([str(b) for b in CI_BAUD])
        self.baud.setCurrentText("2400")
        self.data_format = QComboBox()
        self.data_format.addItems(["8E1", "8N1"])
        self.data_format.setToolTip(self.tr("8E1 as the standard says; 8N1 for some optical heads"))
        self.echo = QCheckBox(self.tr("Converter echoes"))
        self.wakeup = QCheckBox(self.tr("Wake-up preamble"))
        self.scan_primary = QPushButton(self.tr("Scan primary"))
        self.scan_primary.setObjectName("scan-primary")
        self.scan_primary.clicked.connect(lambda: self.start(self._scan(primary=True)))
        self.scan_secondary = QPushButton(self.tr("Scan secondary"))
        self.scan_secondary.setObjectName("scan-secondary")
        self.scan_secondary.clicked.connect(lambda: self.start(self._scan(primary=False)))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_task)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.status = QLabel()
        self.status.setObjectName("mbus-status")
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Bus:")))
        row1.addWidget(self.bus, 1)
        row1.addWidget(QLabel(self.tr("Baud")))
        row1.addWidget(self.baud)
        row1.addWidget(self.data_format)
        row1.addWidget(self.echo)
        row1.addWidget(self.wakeup)
        row2 = QHBoxLayout()
        for widget in (self.scan_primary, self.scan_secondary, self.cancel, self.progress):
            row2.addWidget(widget)
        row2.addWidget(self.status, 1)
        self.meter_table = QTableWidget(0, 6)
        self.meter_table.setObjectName("mbus-meters")
        self.meter_table.setHorizontalHeaderLabels(
            [
                self.tr("Primary"),
                self.tr("Secondary address"),
                self.tr("Manufacturer"),
                self.tr("Medium"),
                self.tr("Version"),
                self.tr("Id"),
            ]
        )
        self.meter_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.meter_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.meter_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.meter_table.doubleClicked.connect(lambda _i: self.read_selected())
        self.read_button = QPushButton(self.tr("Read selected meter"))
        self.read_button.setObjectName("mbus-read")
        self.read_button.clicked.connect(self.read_selected)
        self.record_table = QTableWidget(0, len(RECORD_COLUMNS))
        self.record_table.setObjectName("mbus-records")
        self.record_table.setHorizontalHeaderLabels(
            [
                self.tr("Function"),
                self.tr("Storage"),
                self.tr("Tariff"),
                self.tr("Subunit"),
                self.tr("Quantity"),
                self.tr("Value"),
                self.tr("Unit"),
            ]
        )
        self.record_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.record_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.records_csv()))
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export_dialog)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.meter_table)
        left_layout.addWidget(self.read_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.record_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(export)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(splitter, 1)
        self._busy(False)

    def url(self) -> str:
        """The bus URL from the fields (serial ports get the baud rate and data format)."""
        index, text = self.bus.currentIndex(), self.bus.currentText().strip()
        chosen = self.bus.itemData(index) if index >= 0 and text == self.bus.itemText(index) else None
        url = str(chosen or text)
        if url.startswith("/") or (url and "://" not in url):
            url = f"serial://{url}"
        if url.startswith("serial://") and "?" not in url:
            url += f"?baud={self.baud.currentText()}&format={self.data_format.currentText()}"
        return url

    def _busy(self, busy: bool) -> None:
        for widget in (self.scan_primary, self.scan_secondary, self.read_button):
            widget.setEnabled(not busy)
        self.cancel.setEnabled(busy)
        self.progress.setVisible(busy)

    def start(self, work: Any) -> None:
        """Run one bus operation as a task."""
        if self.task is not None and not self.task.done():
            work.close()
            return
        self._busy(True)
        self.task = asyncio.ensure_future(self._guarded(work))

    async def _guarded(self, work: Any) -> None:
        try:
            await work
        except asyncio.CancelledError:
            self.status.setText(self.tr("Cancelled."))
        except GwtermError as exc:
            self.status.setText(self.tr("Failed."))
            self.notify("error", str(exc))
        finally:
            self._busy(False)

    def cancel_task(self) -> None:
        """Stop the running scan or read; the bus is released."""
        if self.task is not None:
            self.task.cancel()

    async def _master(self) -> MbusMaster:
        options = MbusOptions(echo=self.echo.isChecked(), wakeup=self.wakeup.isChecked())
        return MbusMaster(await open_stream(self.url()), options)

    async def _scan(self, *, primary: bool) -> None:
        master = await self._master()
        self.meters = []
        self._fill_meters()
        try:

            def progress(done: int, total: int, where: str) -> None:
                if total:
                    self.progress.setRange(0, total)
                    self.progress.setValue(done)
                else:
                    self.progress.setRange(0, 0)
                self.status.setText(self.tr("Probing %1 …").replace("%1", where))

            if primary:
                self.meters = await master.scan_primary(progress=progress)
            else:
                self.meters, _ = await master.scan_secondary(progress=progress)
        finally:
            await master.close()
        self._fill_meters()
        self.status.setText(
            self.tr("%n meter(s) found.", "", len(self.meters))
            + " "
            + self.tr("%1 bus transactions.").replace("%1", str(master.counters.transactions))
        )

    def _fill_meters(self) -> None:
        self.meter_table.setRowCount(len(self.meters))
        for row, meter in enumerate(self.meters):
            info = meter.as_row()
            cells = [
                info["primary"],
                info["secondary"],
                info["manufacturer"],
                info["medium"],
                info["version"],
                info["id"],
            ]
            for column, value in enumerate(cells):
                self.meter_table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def read_selected(self) -> None:
        """Read every telegram of the selected meter into the records table."""
        rows = self.meter_table.selectionModel().selectedRows()
        if not rows:
            self.notify("error", self.tr("Select a meter first."))
            return
        meter = self.meters[rows[0].row()]
        address: int | SecondaryAddress | None = meter.secondary or meter.primary
        if address is None:
            return
        self.start(self._read(address))

    async def _read(self, address: int | SecondaryAddress) -> None:
        master = await self._master()
        self.progress.setRange(0, 0)
        try:
            frames = await master.read(address)
        finally:
            await master.close()
        self.records = [r for f in frames for r in telegram_to_json(decode_frame(f))["records"]]
        self.redisplay()
        self.status.setText(
            self.tr("%n record(s) in %1 telegram(s).", "", len(self.records)).replace("%1", str(len(frames)))
        )

    def shown_records(self) -> list[dict[str, Any]]:
        """The records as shown: energy values (and power) in the chosen unit, the unit beside them."""
        shown = []
        for record in self.records:
            value, unit = convert_energy(record.get("value"), str(record.get("unit") or ""))
            shown.append({**record, "value": value, "unit": unit})
        return shown

    def redisplay(self) -> None:
        """Fill the records table again (after a read, or when the display settings changed)."""
        records = self.shown_records()
        self.record_table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, key in enumerate(RECORD_COLUMNS):
                value = record.get(key)
                if key != "value":
                    text = "" if value is None else str(value)
                    self.record_table.setItem(row, column, QTableWidgetItem(text))
                    continue
                item = QTableWidgetItem(value_text(value))  # numbers in the chosen language
                if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.record_table.setItem(row, column, item)

    def records_csv(self, separator: str | None = None) -> str:
        """The records as shown, as CSV text with a header line (the chosen separator unless given); values
        as plain numbers in the unit of the unit column."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=separator or csv_separator(), lineterminator="\n")
        writer.writerow(RECORD_COLUMNS)
        for record in self.shown_records():
            writer.writerow([plain_number(record.get(k)) for k in RECORD_COLUMNS])
        return out.getvalue()

    def export_dialog(self) -> None:
        """Save the records as CSV."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export records"), "records.csv", self.tr("CSV (*.csv)")
        )
        if path:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(self.records_csv())
