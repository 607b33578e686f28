"""The Readings tab: the meters a concentrator stores readings of, a plot of the chosen series (zoom, pan,
crosshair, several meters overlaid), the rows as a table, the device's events; export CSV, XLSX and PNG.

Only devices that store readings (the gwterm-gw model) show it; every exchange runs through the window's
controller, so the status bar's progress and Cancel work as for any other operation."""

from __future__ import annotations

import bisect
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.devices.native import NativeDevice
from app.devices.stored_data import (
    StoredEvent,
    StoredMeter,
    StoredReading,
    readings_csv,
    split_key,
    write_readings_xlsx,
)
from app.errors import DeviceError, GwtermError
from app.protocols.mbus.telegram import MEDIUM_NAMES
from app.views.controller import DeviceController
from app.views.display import convert_energy, csv_separator, display_unit, export_number, value_text
from app.views.plot_colours import colour_plot, series_colour

Notify = Callable[..., None]
ERROR_KEY = "error"  # the record key of a failed read (its value is the reason)
MAX_EVENTS = 1000  # the newest events the table keeps
SYMBOLS_UP_TO = 400  # points of a curve drawn with markers; more get a plain line
COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#4e342e")
# the meters, each meter's newest rows, the events
Overview = tuple[list[StoredMeter], dict[str, list[StoredReading]], list[StoredEvent]]
RANGES = {"24h": 86400, "7d": 7 * 86400, "30d": 30 * 86400}


def stores_readings(device: object) -> bool:
    """Whether the device keeps stored readings and reports (a gwcp device with a readout cycle)."""
    return isinstance(device, NativeDevice) and "readout.cycle" in device.profile.by_key


def time_text(ts: float) -> str:
    """A moment in local time, formatted for the chosen language (four-digit year, with seconds)."""
    locale = QLocale()
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in clock:
        clock = clock.replace("mm", "mm:ss")
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(ts)), f"{date} {clock}")


def number_of(value: object) -> float | None:
    """The value as a number to plot, None when it is none (text, a date, nothing)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return float(value)


def shown_reading(row: StoredReading) -> tuple[object, str]:
    """A stored value and its unit as shown: energy (and power) in the chosen unit."""
    if row.key == ERROR_KEY or row.status == "error":
        return row.value, row.unit  # the value of a failed read is its reason
    return convert_energy(row.value, row.unit)


def exported_reading(row: StoredReading) -> StoredReading:
    """A stored row as an export writes it: the value in the unit shown, that unit in the unit column."""
    value, unit = shown_reading(row)
    if unit == row.unit:
        return row
    number = export_number(value)
    stored = number if isinstance(number, (int, float, str)) or number is None else str(number)
    return replace(row, value=stored, unit=unit)


class StoredDataTab(QWidget):
    """A tab fed by the controller's device: refreshed when shown (or when the device gets idle) after a
    connect; hidden by the window for devices without storage."""

    def __init__(self, controller: DeviceController, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.notify = notify
        self.available = False
        self.stale = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._auto_refresh)

    def device_changed(self, available: bool) -> None:
        """A device was connected (`available`: it stores readings) or the connection ended."""
        self.available = available
        self.stale = True
        self.clear()
        self.update_state()

    def device(self) -> NativeDevice:
        """The connected device that stores readings; GwtermError otherwise."""
        device = self.controller.device
        if not isinstance(device, NativeDevice):
            # the base class's own context: self.tr() would look the text up under the subclass's name
            raise GwtermError(
                QCoreApplication.translate("StoredDataTab", "Connect to a device that stores readings first.")
            )
        return device

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update_state()

    def update_state(self) -> None:
        """Follow the controller (connected, busy); refresh when due and possible."""
        self.sync_widgets()
        if self.stale and self.available and self.isVisible() and not self.controller.is_busy:
            self._refresh_timer.start()

    def _auto_refresh(self) -> None:
        if self.stale and self.available and self.isVisible() and not self.controller.is_busy:
            self.refresh()

    def run(self, label: str, work: Callable[[], Awaitable[Any]], done: Callable[[Any], None]) -> bool:
        """Run device work through the controller; False (said in the tab) when something else runs."""
        if self.controller.run(label, work, done) is None:
            busy = QCoreApplication.translate("StoredDataTab", "Wait for the running operation or cancel it.")
            self.say(busy, error=True)
            return False
        return True

    # subclasses
    def clear(self) -> None:
        """Forget what was shown (the device changed)."""

    def sync_widgets(self) -> None:
        """Enable what can run now."""

    def refresh(self) -> None:
        """Read everything the tab shows again."""

    def say(self, text: str, *, error: bool = False) -> None:
        """A line of state in the tab."""


class ReadingsModel(QAbstractTableModel):
    """The rows of the plotted series: meter, time, series, value, unit, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StoredReading] = []
        self.meter_names: dict[str, str] = {}
        self.series_names: Callable[[str, str], str] = lambda key, unit: key

    def headers(self) -> list[str]:
        """The column titles."""
        return [
            self.tr("Meter"),
            self.tr("Time"),
            self.tr("Series"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Status"),
        ]

    def show(self, rows: Sequence[StoredReading]) -> None:
        """Show these rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.meter_names.get(row.meter, row.meter)
            if column == 1:
                return time_text(row.ts)
            if column == 2:
                return self.tr("Read failed") if row.key == ERROR_KEY else self.series_names(row.key, "")
            if column == 3:
                return value_text(shown_reading(row)[0])
            if column == 4:
                return shown_reading(row)[1]
            return self.status_text(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return row.key if column == 2 else value_text(shown_reading(row)[0])
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "error":
            return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3 and number_of(row.value) is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def status_text(self, status: str) -> str:
        """ok / error / stale in the chosen language."""
        return {"ok": self.tr("ok"), "error": self.tr("error"), "stale": self.tr("stale")}.get(status, status)


class ReadingsTab(StoredDataTab):
    """Meters on the left; the plot with a crosshair, then the rows and the events, on the right."""

    def __init__(self, controller: DeviceController, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(controller, notify, parent)
        self.setObjectName("readings-tab")
        self.meters: list[StoredMeter] = []
        self.latest: dict[str, list[StoredReading]] = {}  # each meter's newest reading
        self.keys: dict[str, dict[str, str]] = {}  # meter → its record keys (→ unit), in record order
        self.series_key: dict[str, str] = {}  # meter → the key chosen to plot
        self.loaded: dict[str, list[StoredReading]] = {}  # meter → rows in the range
        self.events: list[StoredEvent] = []
        self.shown_rows: list[StoredReading] = []
        self.curves: list[tuple[str, str, Any]] = []  # (meter, key, plot item)
        self._loading = False
        self._load_wanted = False
        self._range_id: tuple[object, ...] = ()
        self._build()
        self.sync_widgets()

    # -- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("readings-range")
        for key, text in (
            ("24h", self.tr("Last 24 hours")),
            ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")),
            ("all", self.tr("All")),
            ("custom", self.tr("From – to")),
        ):
            self.range_combo.addItem(text, key)
        self.range_combo.currentIndexChanged.connect(self._range_changed)
        self._custom_timer = QTimer(self)
        self._custom_timer.setSingleShot(True)
        self._custom_timer.setInterval(600)
        self._custom_timer.timeout.connect(self._range_changed)
        now = QDateTime.currentDateTime()
        self.from_edit = QDateTimeEdit(now.addDays(-1))
        self.to_edit = QDateTimeEdit(now)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.dateTimeChanged.connect(self._custom_edited)
        self.from_edit.setObjectName("readings-from")
        self.to_edit.setObjectName("readings-to")
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self.load_selection)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("readings-refresh")
        self.refresh_button.setToolTip(self.tr("Read the meter list, the newest values and the events again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.read_now_button = QPushButton(self.tr("Read now"))
        self.read_now_button.setObjectName("readings-read-now")
        self.read_now_button.setToolTip(
            self.tr("Read every meter on the list now, outside the readout cycle, and store the readout")
        )
        self.read_now_button.clicked.connect(self.read_now)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("readings-cancel")
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("readings-progress")
        self.progress.setMaximumWidth(160)
        self.state_label = QLabel()
        self.state_label.setObjectName("readings-state")
        self.state_label.setWordWrap(True)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.clicked.connect(lambda _checked=False: self.export_csv())
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.export_xlsx_button.clicked.connect(lambda _checked=False: self.export_xlsx())
        self.export_png_button = QPushButton(self.tr("Export PNG…"))
        self.export_png_button.clicked.connect(lambda _checked=False: self.export_png())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Range:")))
        top.addWidget(self.range_combo)
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            top.addWidget(widget)
        top.addWidget(self.refresh_button)
        top.addWidget(self.read_now_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress)
        top.addStretch(1)
        for button in (self.export_csv_button, self.export_xlsx_button, self.export_png_button):
            top.addWidget(button)

        self.meter_table = QTableWidget(0, 6)
        self.meter_table.setObjectName("readings-meters")
        self.meter_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Id"),
                self.tr("Medium"),
                self.tr("Last value"),
                self.tr("State"),
                self.tr("Series"),
            ]
        )
        self.meter_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meter_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.meter_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meter_table.verticalHeader().hide()
        self.meter_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.meter_table.horizontalHeader().setStretchLastSection(True)
        self.meter_table.setToolTip(self.tr("Select one meter, or several (Ctrl, Shift) to overlay them"))
        self.meter_table.itemSelectionChanged.connect(self._load_timer.start)

        self.crosshair_label = QLabel(" ")
        self.crosshair_label.setObjectName("readings-crosshair")
        self.crosshair_label.setWordWrap(True)
        self.crosshair_label.setMinimumHeight(2 * self.crosshair_label.fontMetrics().lineSpacing() + 4)
        self.crosshair_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._plot: Any = None  # made when first needed: pyqtgraph is slow to import (cold start)
        plot_host = QWidget()
        self._plot_layout = QVBoxLayout(plot_host)
        self._plot_layout.setContentsMargins(0, 0, 0, 0)
        self._plot_layout.addWidget(self.crosshair_label)

        self.model = ReadingsModel(self)
        self.model.series_names = self.series_label
        self.rows_view = QTableView()
        self.rows_view.setObjectName("readings-rows")
        self.rows_view.setModel(self.model)
        self.rows_view.verticalHeader().hide()
        self.rows_view.setAlternatingRowColors(True)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setWordWrap(False)
        rows_header = self.rows_view.horizontalHeader()
        rows_header.setResizeContentsPrecision(50)  # a year of values must not be measured row by row
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows_header.setStretchLastSection(True)
        self.event_table = QTableWidget(0, 5)
        self.event_table.setObjectName("readings-events")
        self.event_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Event"), self.tr("Level"), self.tr("Meter"), self.tr("Message")]
        )
        self.event_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.event_table.verticalHeader().hide()
        self.event_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.event_table.horizontalHeader().setStretchLastSection(True)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.rows_view, self.tr("Rows"))
        self.lower_tabs.addTab(self.event_table, self.tr("Events"))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(plot_host)
        right.addWidget(self.lower_tabs)
        right.setSizes([380, 240])
        split = QSplitter()
        split.addWidget(self.meter_table)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(split, 1)
        self._range_shown()

    # -- state -------------------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #c62828;" if error else "")

    def sync_widgets(self) -> None:
        busy = self.controller.is_busy
        if not busy:
            self._loading = False
            self.progress.hide()
            if self._load_wanted and self.available and not self.stale:
                self._load_wanted = False
                self._load_timer.start()
        ready = self.available and self.controller.is_connected
        self.refresh_button.setEnabled(ready and not busy)
        self.read_now_button.setEnabled(ready and not busy)
        self.cancel_button.setEnabled(busy and self._loading)
        self.cancel_button.setVisible(self._loading)
        has_rows = bool(self.shown_rows)
        for button in (self.export_csv_button, self.export_xlsx_button):
            button.setEnabled(has_rows)
            button.setToolTip("" if has_rows else self.tr("Select meters with readings in the range first"))
        self.export_png_button.setEnabled(bool(self.curves))

    def clear(self) -> None:
        self.meters, self.latest, self.keys, self.loaded, self.events = [], {}, {}, {}, []
        self.series_key = {}
        self.meter_table.setRowCount(0)
        self.event_table.setRowCount(0)
        self.show_series()
        self.say("" if self.available else self.tr("This device keeps no stored readings."))

    def _progress(self, text: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.show()
        self.say(text)

    # -- the meters ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meter list, each meter's newest values and the events; then reload the selection."""
        if not self.available:
            return
        self.stale = False

        async def work() -> (
            tuple[list[StoredMeter], dict[str, list[StoredReading]], list[StoredEvent]] | None
        ):
            device = self.device()
            try:
                meters = await device.stored_meters()
            except DeviceError as exc:
                if exc.code == "unsupported":
                    return None
                raise
            latest: dict[str, list[StoredReading]] = {}
            for number, meter in enumerate(meters, 1):
                self._progress(
                    self.tr("Reading the newest values: meter %1 of %2 …")
                    .replace("%1", str(number))
                    .replace("%2", str(len(meters))),
                    number - 1,
                    len(meters),
                )
                if meter.last is not None:
                    latest[meter.address] = await device.stored_readings(
                        meter=meter.address, start=meter.last, end=meter.last
                    )
            events = await device.stored_events()
            return meters, latest, events

        def done(result: Overview | None) -> None:
            if result is None:
                self.available = False
                self.clear()
                return
            meters, latest, events = result
            self.meters, self.latest, self.events = meters, latest, events[-MAX_EVENTS:]
            self.loaded = {}
            self.keys = {}
            for address, rows in latest.items():
                self._learn_keys(address, rows)
            self._fill_meters()
            self._fill_events()
            self.say(self.tr("%n meter(s) with stored readings.", "", len(meters)))
            self.load_selection()

        self._loading = True
        if not self.run(self.tr("Read stored meters"), work, done):
            self._loading = False
            self.stale = True

    def read_now(self) -> None:
        """Have the gateway read its meters now and store the readout; then show what it stored."""
        if not self.available:
            return

        async def work() -> dict[str, Any]:
            return await self.device().read_now()

        def done(result: dict[str, Any]) -> None:
            self.notify("info", self.read_now_text(result))
            self.stale = True  # refreshed as soon as the device is idle again
            self.update_state()

        self.say(self.tr("Reading the meters …"))
        self.run(self.tr("Read meters now"), work, done)

    def read_now_text(self, result: dict[str, Any]) -> str:
        """What a READ_NOW did, in a sentence."""
        if result.get("in_progress"):
            return self.tr("Reading the meters takes a while; the gateway stores the readout when done.")
        if not result.get("meters"):
            return self.tr("The gateway has no meters to read (no meter bus or receiver, or an empty list).")
        text = (
            self.tr("Read %1 meter(s) now: %2 new reading(s) stored.")
            .replace("%1", str(result.get("meters", 0)))
            .replace("%2", str(result.get("rows", 0)))
        )
        failed = int(result.get("failed", 0))
        if failed:
            text += " " + self.tr("%1 meter(s) could not be read.").replace("%1", str(failed))
        return text

    def _learn_keys(self, address: str, rows: Sequence[StoredReading]) -> None:
        keys = self.keys.setdefault(address, {})
        for row in rows:
            if row.key != ERROR_KEY and row.key not in keys:
                keys[row.key] = row.unit
        if address not in self.series_key or self.series_key[address] not in keys:
            chosen = self._default_key(address, rows)
            if chosen:
                self.series_key[address] = chosen

    def _default_key(self, address: str, rows: Sequence[StoredReading]) -> str:
        """The series to plot first: a current numeric value (storage 0), else any numeric one."""
        numeric = [r.key for r in rows if r.key != ERROR_KEY and number_of(r.value) is not None]
        current = [k for k in numeric if split_key(k)["storage"] == 0 and "#" not in k]
        return (current or numeric or list(self.keys.get(address, {})) or [""])[0]

    def meter_label(self, address: str) -> str:
        """The meter's name, with its address when it has one."""
        meter = next((m for m in self.meters if m.address == address), None)
        return f"{meter.name} ({address})" if meter is not None and meter.name else address

    def series_label(self, key: str, unit: str = "") -> str:
        """A record key as words: `energy`, `volume, tariff 1`, `power, maximum, storage 2`."""
        parts = split_key(key)
        words = [str(parts["quantity"])]
        function = str(parts["function"])
        if function and function != "instantaneous":
            words.append(
                {
                    "maximum": self.tr("maximum"),
                    "minimum": self.tr("minimum"),
                    "error": self.tr("during error"),
                }.get(function, function)
            )
        for name, text in (
            ("storage", self.tr("storage %1")),
            ("tariff", self.tr("tariff %1")),
            ("subunit", self.tr("subunit %1")),
        ):
            if parts[name]:
                words.append(text.replace("%1", str(parts[name])))
        label = ", ".join(words)
        if "#" in key:
            label += f" #{key.split('#', 1)[1]}"
        return f"{label} [{unit}]" if unit else label

    def _fill_meters(self) -> None:
        selected = set(self.selected_meters())
        self.meter_table.blockSignals(True)
        self.meter_table.clearSelection()
        self.meter_table.setRowCount(len(self.meters))
        for row, meter in enumerate(self.meters):
            medium = MEDIUM_NAMES.get(meter.medium, "") if meter.medium is not None else ""
            cells = [
                meter.name or meter.address,
                meter.serial or meter.address,
                f"{medium} ({meter.medium:02X})" if medium else "",
                "",
                "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, meter.address)
                self.meter_table.setItem(row, column, item)
            details = [
                self.tr("Address: %1").replace("%1", meter.address),
                self.tr("Interface: %1").replace("%1", meter.interface),
            ]
            if meter.manufacturer:
                details.append(self.tr("Manufacturer: %1").replace("%1", meter.manufacturer))
            if meter.version is not None:
                details.append(self.tr("Version: %1").replace("%1", str(meter.version)))
            name_item = self.meter_table.item(row, 0)
            if name_item is not None:
                name_item.setToolTip("\n".join(details))
            combo = QComboBox()
            combo.setObjectName(f"series:{meter.address}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(
                lambda _index, address=meter.address, box=combo: self._series_chosen(address, box)
            )
            self.meter_table.setCellWidget(row, 5, combo)
            self._fill_series_combo(meter.address)
            self._show_latest(row, meter)
            if meter.address in selected:
                self.meter_table.selectRow(row)
        self.meter_table.blockSignals(False)

    def _row_of(self, address: str) -> int:
        return next((i for i, m in enumerate(self.meters) if m.address == address), -1)

    def _fill_series_combo(self, address: str) -> None:
        row = self._row_of(address)
        combo = self.meter_table.cellWidget(row, 5) if row >= 0 else None
        if not isinstance(combo, QComboBox):
            return
        combo.blockSignals(True)
        combo.clear()
        for key, unit in self.keys.get(address, {}).items():
            combo.addItem(self.series_label(key, display_unit(unit)), key)
        combo.setCurrentIndex(max(0, combo.findData(self.series_key.get(address))))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _show_latest(self, row: int, meter: StoredMeter) -> None:
        rows = self.latest.get(meter.address, [])
        key = self.series_key.get(meter.address, "")
        value = next((r for r in rows if r.key == key), None)
        shown, unit = shown_reading(value) if value is not None else (None, "")
        last = QTableWidgetItem(f"{value_text(shown)} {unit}".strip() if value else "")
        if meter.last is not None:
            last.setToolTip(time_text(meter.last))
        if value is not None and number_of(value.value) is not None:
            last.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        failed = next((r for r in rows if r.status == "error"), None)
        if meter.last is None:
            state = QTableWidgetItem(self.tr("no readings"))
        elif failed is not None:
            state = QTableWidgetItem(self.tr("unreadable"))
            state.setToolTip(value_text(failed.value))
            state.setForeground(QColor("#c62828"))
        elif any(r.status == "stale" for r in rows):
            state = QTableWidgetItem(self.tr("stale"))
        else:
            state = QTableWidgetItem(self.tr("ok"))
        self.meter_table.setItem(row, 3, last)
        self.meter_table.setItem(row, 4, state)

    def redisplay(self) -> None:
        """Show the values again in the chosen units and number format (the display settings changed)."""
        for row, meter in enumerate(self.meters):
            self._fill_series_combo(meter.address)
            self._show_latest(row, meter)
        self.show_series()

    def _series_chosen(self, address: str, combo: QComboBox) -> None:
        key = combo.currentData()
        if key:
            self.series_key[address] = str(key)
            row = self._row_of(address)
            if row >= 0:
                self._show_latest(row, self.meters[row])
            self.show_series()

    def selected_meters(self) -> list[str]:
        """The addresses of the selected meters, in list order."""
        rows = sorted({index.row() for index in self.meter_table.selectionModel().selectedRows()})
        return [self.meters[r].address for r in rows if r < len(self.meters)]

    def select_meters(self, addresses: Sequence[str]) -> None:
        """Select these meters (as Ctrl+click would)."""
        selection = self.meter_table.selectionModel()
        self.meter_table.clearSelection()
        for address in addresses:
            row = self._row_of(address)
            if row >= 0:
                index = self.meter_table.model().index(row, 0)
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                selection.select(index, flags)

    def choose_series(self, address: str, key: str) -> bool:
        """Plot `key` of this meter; False when the meter has no such series."""
        row = self._row_of(address)
        combo = self.meter_table.cellWidget(row, 5) if row >= 0 else None
        if not isinstance(combo, QComboBox) or combo.findData(key) < 0:
            return False
        combo.setCurrentIndex(combo.findData(key))
        self._series_chosen(address, combo)
        return True

    def _fill_events(self) -> None:
        kinds = {
            "meter_unreadable": self.tr("Meter unreadable"),
            "meter_readable": self.tr("Meter readable again"),
            "decryption_failed": self.tr("Decryption failed"),
            "power_lost": self.tr("Power lost"),
            "power_returned": self.tr("Power returned"),
            "report_backlog_dropped": self.tr("Report backlog dropped"),
        }
        newest_first = list(reversed(self.events))
        self.event_table.setRowCount(len(newest_first))
        for row, event in enumerate(newest_first):
            cells = [
                time_text(event.at),
                kinds.get(event.kind, event.kind),
                event.level,
                self.meter_label(event.meter) if event.meter else "",
                event.message,
            ]
            for column, text in enumerate(cells):
                self.event_table.setItem(row, column, QTableWidgetItem(text))
        count = QLocale().toString(len(self.events))
        self.lower_tabs.setTabText(1, self.tr("Events (%1)").replace("%1", count))

    # -- the range and the readings --------------------------------------------------------------

    def _range_shown(self) -> None:
        custom = self.range_combo.currentData() == "custom"
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)

    def _custom_edited(self) -> None:
        if self.range_combo.currentData() == "custom":
            self._custom_timer.start()  # typing a date changes it field by field: load once it settles

    def _range_changed(self) -> None:
        self._range_shown()
        self.loaded = {}
        if self._loading:  # the running load is dropped when it ends; the new range loads then
            self._load_wanted = True
            return
        self.load_selection()

    def time_range(self) -> tuple[int | None, int | None]:
        """From and to (POSIX seconds, None: open) of the chosen range, as of now."""
        mode = str(self.range_combo.currentData())
        if mode in RANGES:
            return int(time.time()) - RANGES[mode], None
        if mode == "custom":
            return self.from_edit.dateTime().toSecsSinceEpoch(), self.to_edit.dateTime().toSecsSinceEpoch()
        return None, None

    def _range_key(self) -> tuple[object, ...]:
        mode = str(self.range_combo.currentData())
        if mode == "custom":
            return (mode, *self.time_range())
        return (mode,)

    def set_range(self, mode: str, start: QDateTime | None = None, end: QDateTime | None = None) -> None:
        """Choose a range (`24h`, `7d`, `30d`, `all`, or `custom` with from and to)."""
        if start is not None:
            self.from_edit.setDateTime(start)
        if end is not None:
            self.to_edit.setDateTime(end)
        self._custom_timer.stop()
        index = self.range_combo.findData(mode)
        if index == self.range_combo.currentIndex():
            self._range_changed()
        else:
            self.range_combo.setCurrentIndex(index)

    def load_selection(self) -> None:
        """Load the range's readings of the selected meters not loaded yet, then plot."""
        if self._range_id != self._range_key():
            self.loaded, self._range_id = {}, self._range_key()
        wanted = [a for a in self.selected_meters() if a not in self.loaded]
        if not wanted or not self.available:
            self.show_series()
            return
        if self.controller.is_busy:
            self._load_wanted = True
            return
        start, end = self.time_range()
        range_id = self._range_id

        async def work() -> dict[str, list[StoredReading]]:
            device = self.device()
            got: dict[str, list[StoredReading]] = {}
            for number, address in enumerate(wanted, 1):
                rows: list[StoredReading] = []
                async for page in device.stored_reading_pages(meter=address, start=start, end=end):
                    rows += page
                    self._progress(
                        self.tr("Loading %1 (%2 of %3): %4 readings …")
                        .replace("%1", self.meter_label(address))
                        .replace("%2", str(number))
                        .replace("%3", str(len(wanted)))
                        .replace("%4", QLocale().toString(len(rows))),
                        number - 1,
                        len(wanted),
                    )
                got[address] = rows
            return got

        def done(got: dict[str, list[StoredReading]]) -> None:
            if range_id != self._range_id:
                return  # the range changed meanwhile: the new one loads
            for address, rows in got.items():
                self.loaded[address] = rows
                self._learn_keys(address, rows)
                self._fill_series_combo(address)
            total = sum(len(r) for r in got.values())
            self.say(self.tr("%n reading(s) loaded.", "", total))
            self.show_series()

        self._loading = True
        self.say(self.tr("Loading readings …"))
        if not self.run(self.tr("Load readings"), work, done):
            self._loading = False
        self.sync_widgets()

    def series_rows(self, address: str) -> list[StoredReading]:
        """The loaded rows of the meter's chosen series (and its failed reads)."""
        key = self.series_key.get(address)
        return [r for r in self.loaded.get(address, []) if r.key == key or r.status == "error"]

    @property
    def plot(self) -> Any:
        """The pyqtgraph plot, made on first use."""
        if self._plot is None:
            self._make_plot()
        return self._plot

    def _make_plot(self) -> None:
        import pyqtgraph as pg  # noqa: PLC0415  (slow to import: not before the tab is needed)

        axis = pg.DateAxisItem(orientation="bottom")
        self._plot = plot = pg.PlotWidget(axisItems={"bottom": axis})
        plot.setObjectName("readings-plot")
        plot.showGrid(x=True, y=True, alpha=0.3)
        self.legend = plot.addLegend(offset=(10, 10))
        colour_plot(plot, self.legend, palette_of=self)
        dashed = pg.mkPen("#757575", width=1, style=Qt.PenStyle.DashLine)
        self.v_line = pg.InfiniteLine(angle=90, movable=False, pen=dashed)
        self.h_line = pg.InfiniteLine(angle=0, movable=False, pen=dashed)
        for line in (self.v_line, self.h_line):
            line.hide()
            plot.addItem(line, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self._plot_layout.addWidget(plot, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if self._plot is None:
            self._make_plot()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme switch: the plot and its series in the new colours."""
        if event.type() == QEvent.Type.PaletteChange and self._plot is not None:
            colour_plot(self._plot, self.legend, palette_of=self)
            if self.curves:
                self.show_series()
        super().changeEvent(event)

    def show_series(self) -> None:
        """Plot the chosen series of the selected meters and list their rows."""
        selected = [a for a in self.selected_meters() if a in self.loaded]
        rows: list[StoredReading] = []
        if self._plot is not None or selected:
            rows = self._draw(selected)
        self.shown_rows = rows
        self.model.meter_names = {m.address: self.meter_label(m.address) for m in self.meters}
        self.model.show(rows)
        if selected and not rows:
            self.say(self.tr("No readings of the selected meters in this range."))
        self.sync_widgets()

    def _draw(self, selected: list[str]) -> list[StoredReading]:
        """The selected meters' chosen series as curves; their rows."""
        import pyqtgraph as pg  # noqa: PLC0415

        for _, _, item in self.curves:
            self.plot.removeItem(item)
        self.curves = []
        self.v_line.hide()
        self.h_line.hide()
        self.crosshair_label.setText(" ")
        rows: list[StoredReading] = []
        units: set[str] = set()
        for number, address in enumerate(selected):
            series = self.series_rows(address)
            rows += series
            key = self.series_key.get(address, "")
            unit = self.keys.get(address, {}).get(key, "")
            points = [
                (float(r.ts), y)
                for r in series
                if r.key == key and (y := number_of(convert_energy(r.value, unit)[0])) is not None
            ]
            unit = display_unit(unit)  # the values are plotted in the chosen energy unit
            units.add(unit)
            colour = series_colour(COLOURS[number % len(COLOURS)], self.palette())
            symbols: dict[str, Any] = (
                {"symbol": "o", "symbolSize": 5, "symbolBrush": colour, "symbolPen": None}
                if len(points) <= SYMBOLS_UP_TO
                else {}
            )
            item = self.plot.plot(
                [x for x, _ in points],
                [y for _, y in points],
                name=f"{self.meter_label(address)} · {self.series_label(key, unit)}",
                pen=pg.mkPen(colour, width=2),
                **symbols,
            )
            self.curves.append((address, key, item))
        self.plot.setLabel("left", units.pop() if len(units) == 1 else "")
        if self.curves:
            self.plot.enableAutoRange()
        return rows

    # -- the crosshair ---------------------------------------------------------------------------------

    def _mouse_moved(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not self.curves or not box.sceneBoundingRect().contains(position):
            return
        point = box.mapSceneToView(position)
        self.crosshair_at(point.x(), point.y())

    def crosshair_at(self, x: float, y: float) -> str:
        """Put the crosshair at (time x, value y); the readout names the nearest value of every curve."""
        self.v_line.setPos(x)
        self.h_line.setPos(y)
        self.v_line.show()
        self.h_line.show()
        parts: list[str] = []
        for address, key, item in self.curves:
            xs, ys = item.getData()
            if xs is None or not len(xs):
                continue
            at = bisect.bisect_left(list(xs), x)
            near = min((i for i in (at - 1, at) if 0 <= i < len(xs)), key=lambda i: abs(float(xs[i]) - x))
            unit = display_unit(self.keys.get(address, {}).get(key, ""))  # the curves hold shown values
            value = f"{value_text(float(ys[near]))} {unit}".rstrip()
            parts.append(f"{self.meter_label(address)}: {value} ({time_text(float(xs[near]))})")
        text = f"{time_text(x)} · {value_text(round(y, 6))}  —  " + ";  ".join(parts)
        self.crosshair_label.setText(text)
        return text

    # -- export ----------------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, filter_text)
        return path

    def _saved(self, path: str) -> None:
        self.notify("info", self.tr("Saved %1.").replace("%1", Path(path).name))

    def _nothing(self) -> bool:
        if self.shown_rows:
            return False
        self.notify("error", self.tr("Nothing to export: select meters with readings in the range first."))
        return True

    def export_csv(self, path: str | None = None) -> bool:
        """The shown rows as CSV in the CMe3100 style `gwterm data` writes, with the chosen separator; values
        in the units shown (the Unit column says which)."""
        if self._nothing():
            return False
        path = path or self._ask_path(self.tr("Export readings"), "readings.csv", self.tr("CSV (*.csv)"))
        if not path:
            return False
        try:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                rows = [exported_reading(r) for r in self.shown_rows]
                handle.write(readings_csv(rows, self._shown_meters(), delimiter=csv_separator()))
        except OSError as exc:
            self.notify("error", self.tr("%1: cannot write (%2)").replace("%1", path).replace("%2", str(exc)))
            return False
        self._saved(path)
        return True

    def export_xlsx(self, path: str | None = None) -> bool:
        """The shown rows as an XLSX workbook (sheets Readings and Meters), values in the units shown."""
        if self._nothing():
            return False
        path = path or self._ask_path(self.tr("Export readings"), "readings.xlsx", self.tr("Excel (*.xlsx)"))
        if not path:
            return False
        try:
            rows = [exported_reading(r) for r in self.shown_rows]
            write_readings_xlsx(Path(path), rows, self._shown_meters())
        except GwtermError as exc:
            self.notify("error", str(exc))
            return False
        self._saved(path)
        return True

    def export_png(self, path: str | None = None) -> bool:
        """The plot as a PNG image, as shown (legend included)."""
        if not self.curves:
            self.notify("error", self.tr("Nothing to export: plot a series first."))
            return False
        path = path or self._ask_path(self.tr("Export plot"), "readings.png", self.tr("PNG image (*.png)"))
        if not path:
            return False
        if not self.plot.grab().save(path, "PNG"):
            self.notify("error", self.tr("%1: cannot write the image").replace("%1", path))
            return False
        self._saved(path)
        return True

    def _shown_meters(self) -> list[StoredMeter]:
        shown = {r.meter for r in self.shown_rows}
        return [m for m in self.meters if m.address in shown]
