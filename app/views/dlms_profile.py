"""The profile generic page of the DLMS tab: which rows to read (all, a time range, the last N), the buffer
as a table with one column per capture object, and a plot of a numeric column over the clock column.
Also the table helpers the tab shares: cells that keep a plain export text beside what they show."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices.dlms_values import (
    ProfileColumn,
    cell_number,
    display_text,
    moment_of,
    number_text,
    rows_numbers,
)
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.cosem import class_name
from app.views.display import convert_number, csv_separator, display_unit, format_number
from app.views.plot_colours import colour_plot, series_colour

EXPORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the plain text a CSV export writes for a cell
DATE_FORMAT = "yyyy-MM-dd HH:mm:ss"
MAX_CELL_TEXT = 300
PLOT_COLOUR = "#1565c0"


def pyqtgraph() -> Any:
    """The pyqtgraph module when it is installed (the plot is optional), else None."""
    try:
        import pyqtgraph as graph  # noqa: PLC0415  (optional, and slow to import)
    except ImportError:
        return None
    return graph


def number_display(value: int | float | Decimal) -> str:
    """A number formatted for the user's language (decimals as the scaler gives them)."""
    return format_number(value)


def column_unit(column: ProfileColumn | None) -> str:
    """The unit of a column's numbers as the device gives them ('' when none applies)."""
    if column is None or not column.scaled or column.scaler_unit is None:
        return ""
    return column.scaler_unit.symbol or ""


def column_title(column: ProfileColumn) -> str:
    """The column's title with the unit its numbers are shown in (energy in the chosen unit)."""
    unit = column_unit(column)
    shown = display_unit(unit)
    if not unit or shown == unit:
        return column.title
    return f"{column.title.removesuffix(f' [{unit}]')} [{shown}]"


def shown_number(data: Data, column: ProfileColumn | None) -> int | float | Decimal | None:
    """The (scaled) number a cell holds, in the unit its column shows; None when it is not numeric."""
    number = cell_number(data, column)
    return None if number is None else convert_number(number, column_unit(column))[0]


def moment_display(moment: datetime.datetime) -> str:
    """A time as the PC's local wall clock time (the device's deviation applied when it gave one)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M:%S")


def compact_rows(table: QTableWidget) -> None:
    """Rows as high as a line of text (the default leaves room for editors nobody opens here)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def make_item(shown: str, export: str | None = None, tooltip: str = "") -> QTableWidgetItem:
    """A read-only cell showing `shown` that exports as `export` (default: what it shows)."""
    text = shown if len(shown) <= MAX_CELL_TEXT else shown[:MAX_CELL_TEXT] + "…"
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setData(EXPORT_ROLE, shown if export is None else export)
    if tooltip or text != shown:
        item.setToolTip(tooltip or shown[:4000])
    return item


def table_csv(table: QTableWidget, separator: str | None = None) -> str:
    """A table as CSV (the chosen separator unless given): its header, then every row shown (plain numbers
    and ISO times)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator or csv_separator(), lineterminator="\n")
    columns = range(table.columnCount())
    headers = [table.horizontalHeaderItem(c) for c in columns]
    writer.writerow([h.text() if h is not None else "" for h in headers])
    for row in range(table.rowCount()):
        if table.isRowHidden(row):
            continue
        cells = []
        for column in columns:
            item = table.item(row, column)
            export = item.data(EXPORT_ROLE) if item is not None else None
            cells.append(str(export) if export is not None else (item.text() if item is not None else ""))
        writer.writerow(cells)
    return out.getvalue()


def cell_item(data: Data, column: ProfileColumn | None) -> QTableWidgetItem:
    """One buffer cell: local time for date-times, scaled numbers, else the value's text."""
    moment = moment_of(data)
    if moment is not None:
        return make_item(moment_display(moment), moment.isoformat())
    number = shown_number(data, column)
    if number is not None:
        item = make_item(number_display(number), number_text(number))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
    return make_item(display_text(data))


class ProfilePanel(QWidget):
    """Rows selector, buffer table and plot; the tab does the reading (`read_requested`)."""

    read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[ProfileColumn] = []
        self.rows: list[tuple[Data, ...]] = []
        self.mode = QComboBox()
        self.mode.setObjectName("profile-mode")
        self.mode.addItem(self.tr("All entries"), "all")
        self.mode.addItem(self.tr("Time range"), "range")
        self.mode.addItem(self.tr("Last entries"), "last")
        self.mode.setToolTip(self.tr("Which rows of the buffer to read (selective access)"))
        now = QDateTime.currentDateTime()
        self.from_edit = QDateTimeEdit(now.addDays(-1))
        self.from_edit.setObjectName("profile-from")
        self.to_edit = QDateTimeEdit(now)
        self.to_edit.setObjectName("profile-to")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
        self.last = QSpinBox()
        self.last.setObjectName("profile-last")
        self.last.setRange(1, 1_000_000)
        self.last.setValue(96)
        self.last.setToolTip(self.tr("How many of the newest entries to read"))
        self.read_button = QPushButton(self.tr("Read buffer"))
        self.read_button.setObjectName("profile-read")
        self.read_button.clicked.connect(self.read_requested)
        self.from_label = QLabel(self.tr("From"))
        self.to_label = QLabel(self.tr("to"))
        self.last_label = QLabel(self.tr("Entries"))
        controls = QHBoxLayout()
        controls.addWidget(self.mode)
        for widget in (
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.last_label,
            self.last,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.read_button)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("dlms-profile")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        compact_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.plot_column = QComboBox()
        self.plot_column.setObjectName("plot-column")
        self.plot_column.setToolTip(self.tr("The column plotted over the clock column"))
        self.plot_column.currentIndexChanged.connect(self.replot)
        plot_bar = QHBoxLayout()
        plot_bar.addWidget(QLabel(self.tr("Plot")))
        plot_bar.addWidget(self.plot_column, 1)
        plot_host = QWidget()
        plot_layout = QVBoxLayout(plot_host)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.addLayout(plot_bar)
        self._plot_layout = plot_layout
        self._plot: Any = None  # made when first shown: pyqtgraph is slow to import (cold start)
        self._plot_made = False
        self._times = True
        self.curve: Any = None
        self.graph: Any = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(plot_host)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    @property
    def plot(self) -> Any:
        """The pyqtgraph plot (made on first use); None when pyqtgraph is not installed."""
        if not self._plot_made:
            self._make_plot()
        return self._plot

    def _make_plot(self) -> None:
        self._plot_made = True
        self.graph = graph = pyqtgraph()
        if graph is None:
            missing = QLabel(self.tr("Install pyqtgraph to see the plot."))
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._plot_layout.addWidget(missing, 1)
            return
        self._plot = graph.PlotWidget()
        self._plot.setObjectName("profile-plot")
        self._plot.showGrid(x=True, y=True, alpha=0.3)
        self.curve = self._plot.plot([], [], symbol="o", symbolSize=5)
        self._plot_layout.addWidget(self._plot, 1)
        self._time_axis(self._times)
        self.replot()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._plot_made:
            self._make_plot()
        super().showEvent(event)

    def _time_axis(self, times: bool) -> None:
        """Dates on the x axis when the profile has a clock column, row numbers otherwise."""
        self._times = times
        graph, plot = self.graph, self._plot
        if graph is None or plot is None:
            return
        axis = graph.DateAxisItem(orientation="bottom") if times else graph.AxisItem(orientation="bottom")
        plot.setAxisItems({"bottom": axis})
        plot.setLabel("bottom", "" if times else self.tr("Entry"))
        self._colour_plot()

    def _colour_plot(self) -> None:
        """The plot in the theme's colours."""
        if self._plot is None or self.graph is None:
            return
        colour_plot(self._plot, palette_of=self)
        colour = series_colour(PLOT_COLOUR, self.palette())
        self.curve.setPen(self.graph.mkPen(colour, width=2))
        self.curve.setSymbolBrush(colour)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme switch."""
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_plot()
        super().changeEvent(event)

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        range_widgets: tuple[QWidget, ...] = (self.from_label, self.from_edit, self.to_label, self.to_edit)
        for widget in range_widgets:
            widget.setVisible(mode == "range")
        self.last_label.setVisible(mode == "last")
        self.last.setVisible(mode == "last")

    def selection(self) -> str:
        """'all', 'range' or 'last'."""
        return str(self.mode.currentData())

    def time_range(self) -> tuple[datetime.datetime, datetime.datetime]:
        """From and to as aware local times."""
        start, end = (e.dateTime().toPython() for e in (self.from_edit, self.to_edit))
        assert isinstance(start, datetime.datetime) and isinstance(end, datetime.datetime)
        return start.astimezone(), end.astimezone()

    def clock_column(self) -> int | None:
        """The index of the clock column, None when the profile captures no clock."""
        return next((i for i, c in enumerate(self.columns) if c.is_clock), None)

    def set_columns(self, columns: Sequence[ProfileColumn]) -> None:
        """A new profile: its capture objects as columns, no rows yet."""
        self.columns = list(columns)
        self.show_rows([])
        has_clock = self.clock_column() is not None
        index = self.mode.findData("range")
        item = self.mode.model().item(index)  # type: ignore[attr-defined]
        item.setEnabled(has_clock)
        item.setToolTip("" if has_clock else self.tr("This profile captures no clock"))
        if not has_clock and self.selection() == "range":
            self.mode.setCurrentIndex(0)
        self._time_axis(has_clock)

    def show_rows(self, rows: Sequence[tuple[Data, ...]]) -> None:
        """Fill the table (and the plot) with buffer rows."""
        self.rows = list(rows)
        width = max([len(self.columns), *(len(r) for r in self.rows)]) if self.rows else len(self.columns)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(self.rows))
        headers = []
        for index in range(width):
            column = self.columns[index] if index < len(self.columns) else None
            headers.append(
                column_title(column)
                if column is not None
                else self.tr("Column %1").replace("%1", str(index + 1))
            )
        self.table.setHorizontalHeaderLabels(headers)
        for index, column in enumerate(self.columns[:width]):
            header = self.table.horizontalHeaderItem(index)
            if header is not None:
                header.setToolTip(
                    f"{class_name(column.capture.class_id)} {column.capture.logical_name.dotted}"
                )
        self.table.setUpdatesEnabled(False)
        for r, row in enumerate(self.rows):
            for c, data in enumerate(row):
                self.table.setItem(r, c, cell_item(data, self.columns[c] if c < len(self.columns) else None))
        self.table.setUpdatesEnabled(True)
        self.table.resizeColumnsToContents()
        self._fill_plot_columns()

    def _numeric_columns(self) -> list[int]:
        clock = self.clock_column()
        found = []
        for index in range(self.table.columnCount()):
            if index == clock:
                continue
            column = self.columns[index] if index < len(self.columns) else None
            if any(v is not None for v in rows_numbers(self.rows, index, column)):
                found.append(index)
        return found

    def _fill_plot_columns(self) -> None:
        previous = self.plot_column.currentData()
        self.plot_column.blockSignals(True)
        self.plot_column.clear()
        for index in self._numeric_columns():
            header = self.table.horizontalHeaderItem(index)
            self.plot_column.addItem(header.text() if header is not None else str(index + 1), index)
        found = self.plot_column.findData(previous)
        self.plot_column.setCurrentIndex(found if found >= 0 else 0)
        self.plot_column.blockSignals(False)
        self.replot()

    def points(self) -> tuple[list[float], list[float]]:
        """x (epoch seconds of the clock column, else the row number) and y of the chosen column."""
        index = self.plot_column.currentData()
        if index is None:
            return [], []
        column = self.columns[index] if index < len(self.columns) else None
        unit = column_unit(column)
        ys = [
            None if y is None else float(convert_number(y, unit)[0])
            for y in rows_numbers(self.rows, int(index), column)
        ]
        clock = self.clock_column()
        xs: list[float | None] = []
        for number, row in enumerate(self.rows):
            if clock is None:
                xs.append(float(number + 1))
                continue
            moment = moment_of(row[clock]) if clock < len(row) else None
            xs.append(moment.timestamp() if moment is not None else None)
        pairs = [(x, y) for x, y in zip(xs, ys, strict=True) if x is not None and y is not None]
        return [x for x, _ in pairs], [y for _, y in pairs]

    def redisplay(self) -> None:
        """Show the rows again (the display settings changed: energy unit, number format)."""
        self.show_rows(self.rows)

    def replot(self) -> None:
        """Draw the chosen column."""
        if self.curve is None:
            return
        xs, ys = self.points()
        self.curve.setData(xs, ys)
        self._plot.setLabel("left", self.plot_column.currentText())
        if xs:
            self._plot.enableAutoRange()
