"""The Fleet tab: open a sheet, see invalid cells, plan, apply with live per-row status, export, roll back."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import GwtermError
from app.fleet.journal import Journal, RowResult
from app.fleet.plan import DevicePlan, FleetDevice, plan_devices, validate_sheet
from app.fleet.runner import ApplyOptions, apply_fleet, rollback_devices, summary, write_results
from app.fleet.sheet import Sheet, read_sheet
from app.views.display import ON_LIGHT, csv_separator

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    "verified": "#c8e6c9",
    "unchanged": "#e8f5e9",
    "failed": "#ffcdd2",
    "rejected": "#ffcdd2",
    "invalid": "#ffcdd2",
    "retrying": "#fff9c4",
    "connecting": "#e3f2fd",
    "writing": "#bbdefb",
}


class FleetModel(QAbstractTableModel):
    """The sheet as read, plus Status and Changes columns; invalid cells carry their reason."""

    def __init__(self) -> None:
        super().__init__()
        self.sheet: Sheet | None = None
        self.numbers: list[int] = []
        self.index_of: dict[int, int] = {}
        self._dirty: set[int] = set()
        self.errors: dict[tuple[int, str], str] = {}
        self.status: dict[int, str] = {}
        self.detail: dict[int, str] = {}
        self.changes: dict[int, int] = {}

    def load(self, sheet: Sheet, errors: dict[tuple[int, str], str]) -> None:
        """Show a sheet and its validation errors."""
        self.beginResetModel()
        self.sheet = sheet
        self.numbers = list(sheet.row_numbers or range(2, len(sheet.rows) + 2))
        self.index_of = {n: i for i, n in enumerate(self.numbers)}
        self.errors = errors
        self.status = {n: "invalid" for n, _ in errors}
        self.detail = {}
        self.changes = {}
        self.endResetModel()

    def set_status(self, row: int, status: str, detail: str = "") -> None:
        """Update one row's status (from the running apply)."""
        self.status[row] = status
        self.detail[row] = detail
        index = self.index_of.get(row)
        if index is None:
            return
        # repaint once per event-loop turn for all rows changed meanwhile (thousands of updates per second)
        if not self._dirty:
            QTimer.singleShot(0, self._flush)
        self._dirty.add(index)

    def _flush(self) -> None:
        if self._dirty and self.sheet is not None:
            first, last = min(self._dirty), max(self._dirty)
            self._dirty.clear()
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.header) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.sheet is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.numbers[section])
        extra = [self.tr("Status"), self.tr("Changes"), self.tr("Message")]
        return extra[section] if section < 3 else self.sheet.header[section - 3]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.sheet is None:
            return None
        number = self.numbers[index.row()]
        column = index.column()
        status = self.status.get(number, "")
        if column < 3:
            if role == Qt.ItemDataRole.DisplayRole:
                return [status, str(self.changes.get(number, "")), self.detail.get(number, "")][column]
            if role == Qt.ItemDataRole.BackgroundRole and status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[status]))
            if role == Qt.ItemDataRole.ForegroundRole and status in STATUS_COLOURS:
                return QBrush(QColor(ON_LIGHT))  # dark text on the light state colour, in either theme
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.detail.get(number) or None
            return None
        name = self.sheet.header[column - 3]
        reason = self.errors.get((number, name))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.sheet.rows[index.row()][column - 3]
        if role == Qt.ItemDataRole.BackgroundRole and reason:
            return QBrush(QColor("#ffcdd2"))
        if role == Qt.ItemDataRole.ForegroundRole and reason:
            return QBrush(QColor(ON_LIGHT))
        if role == Qt.ItemDataRole.ToolTipRole and reason:
            return reason
        return None


class FleetTab(QWidget):
    """Everything device-facing runs as one cancellable task; rows update live."""

    def __init__(self, notify: Any, audit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fleet-tab")
        self.notify = notify
        self.audit = audit  # audit(action, keys, result, detail, device=…) as the window's user
        self.path: Path | None = None
        self.devices: list[FleetDevice] = []
        self.plans: dict[int, DevicePlan] = {}
        self.results: list[RowResult] = []
        self.task: asyncio.Task[Any] | None = None
        self.model = FleetModel()
        self.view = QTableView()
        self.view.setObjectName("fleet-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.doubleClicked.connect(self.show_diff)
        self.open_button = QPushButton(self.tr("Open sheet…"))
        self.open_button.clicked.connect(self.open_dialog)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("password for all (else the key store)"))
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.clicked.connect(self.plan)
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 512)
        self.concurrency.setValue(32)
        self.concurrency.setPrefix(self.tr("Concurrency: "))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("Export results…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.rollback_button = QPushButton(self.tr("Rollback…"))
        self.rollback_button.clicked.connect(self.rollback_dialog)
        self.firmware_button = QPushButton(self.tr("Firmware rollout…"))
        self.firmware_button.setToolTip(
            self.tr("Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures")
        )
        self.firmware_button.clicked.connect(self.rollout_dialog)
        self.progress = QProgressBar()
        self.summary = QLabel()
        self.summary.setObjectName("fleet-summary")
        bar = QHBoxLayout()
        for widget in (
            self.open_button,
            self.password,
            self.plan_button,
            self.concurrency,
            self.apply_button,
            self.cancel_button,
            self.export_button,
            self.rollback_button,
            self.firmware_button,
        ):
            bar.addWidget(widget)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(status)
        layout.addWidget(self.view, 1)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        loaded = self.model.sheet is not None
        for widget in (self.plan_button, self.apply_button):
            widget.setEnabled(loaded and not busy and bool(self.devices))
        self.firmware_button.setEnabled(loaded and not busy and bool(self.rollout_devices()))
        for widget in (self.open_button, self.rollback_button):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(bool(self.results) and not busy)
        self.cancel_button.setEnabled(busy)

    def open_dialog(self) -> None:
        """Choose a sheet."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open fleet sheet"), "", self.tr("Sheets (*.csv *.xlsx)")
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Read and validate a sheet; invalid cells turn red with the reason as tooltip."""
        try:
            sheet = read_sheet(path)
            self.devices, errors = validate_sheet(sheet)
        except GwtermError as exc:
            self.notify("error", str(exc))
            return
        self.path = path
        self.plans, self.results = {}, []
        self.model.load(sheet, {(e.row, e.column): e.reason for e in errors})
        bad_rows = len({e.row for e in errors})
        self.summary.setText(
            self.tr("%1: %2 device(s) ready, %3 row(s) invalid.")
            .replace("%1", path.name)
            .replace("%2", str(len(self.devices)))
            .replace("%3", str(bad_rows))
        )
        self._busy(False)

    async def _password(self, ref: str) -> str:
        if self.password.text():
            return self.password.text()
        from app.keys.store import DEVICE_PASSWORD  # noqa: PLC0415
        from app.views.keystore_access import keystore  # noqa: PLC0415

        store = keystore(self)
        entry = store.get(DEVICE_PASSWORD, ref) if store is not None else None
        if entry is None:
            raise GwtermError(
                self.tr("no password for %1: type one above or store it in the key store").replace("%1", ref)
            )
        return entry.secret

    def start(self, work: Any) -> None:
        """Run one fleet operation as the tab's task."""
        if self.task is not None and not self.task.done():
            work.close()
            return
        self._busy(True)
        self.task = asyncio.ensure_future(self._guard(work))

    async def _guard(self, work: Any) -> None:
        try:
            await work
        except asyncio.CancelledError:
            self.summary.setText(
                self.tr("Cancelled: devices already written keep their new values; the rest are untouched.")
            )
        except GwtermError as exc:
            self.notify("error", str(exc))
        finally:
            self._busy(False)

    def plan(self) -> None:
        """Read every device and count what would change (Changes column; double-click a row for the diff)."""
        self.start(self._plan())

    async def _plan(self) -> None:
        self.progress.setRange(0, len(self.devices))
        self.progress.setValue(0)

        def done(plan: DevicePlan) -> None:
            self.plans[plan.device.row] = plan
            self.model.changes[plan.device.row] = len(plan.changes)
            self.model.set_status(plan.device.row, "unreadable" if plan.error else "planned", plan.error)
            self.progress.setValue(self.progress.value() + 1)

        plans = await plan_devices(
            self.devices, self._password, concurrency=self.concurrency.value(), progress=done
        )
        changing = sum(1 for p in plans if p.changes)
        self.summary.setText(
            self.tr("Plan: %1 device(s) to change, %2 unreadable.")
            .replace("%1", str(changing))
            .replace("%2", str(sum(1 for p in plans if p.error)))
        )

    def apply(self) -> None:
        """Write every valid row, all or nothing per device, verified; statuses update live."""
        self.start(self._apply(self.devices))

    async def _apply(self, devices: list[FleetDevice], action: str = "fleet apply") -> None:
        assert self.path is not None
        self.progress.setRange(0, len(devices))
        self.progress.setValue(0)
        journal = Journal(self.path.with_name(self.path.name + ".gui-journal"))

        def status(result: RowResult) -> None:
            self.model.set_status(result.row, result.status, result.error)
            if result.finished or result.status == "failed":
                self.progress.setValue(self.progress.value() + 1)
                self.audit(action, result.changed, result.status, result.error, device=result.device)

        self.results = await apply_fleet(
            devices,
            self._password,
            journal,
            options=ApplyOptions(concurrency=self.concurrency.value()),
            on_status=status,
        )
        parts = ", ".join(f"{n} {s}" for s, n in sorted(summary(self.results).items()))
        self.summary.setText(self.tr("Apply finished: %1.").replace("%1", parts))

    def cancel(self) -> None:
        """Stop the running plan or apply."""
        if self.task is not None:
            self.task.cancel()

    def export_dialog(self) -> None:
        """Save the results (CSV or XLSX)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), "results.xlsx", self.tr("Sheets (*.xlsx *.csv)")
        )
        if path:
            write_results(Path(path), self.results, delimiter=csv_separator())

    def rollback_dialog(self) -> None:
        """Choose a results file and restore the previous values it recorded."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Rollback from results"), "", self.tr("Sheets (*.csv *.xlsx)")
        )
        if path:
            self.rollback_path(Path(path))

    def rollback_path(self, path: Path) -> None:
        """Restore every changed device listed in this results file."""
        try:
            devices, notes = rollback_devices(read_sheet(path))
        except GwtermError as exc:
            self.notify("error", str(exc))
            return
        if notes:
            self.notify("info", "\n".join(notes))
        self.path = path
        self.start(self._apply(devices, "fleet rollback"))

    def rollout_devices(self) -> list[FleetDevice]:
        """Every row with a URL and a known model (parameter cells do not matter for a rollout)."""
        from app.devices.profiles import available_models  # noqa: PLC0415

        if self.model.sheet is None:
            return []
        models = set(available_models())
        devices = []
        for number, cells in self.model.sheet.records():
            if cells.get("url") and cells.get("model") in models:
                ref = cells.get("password_ref") or cells["url"]
                devices.append(
                    FleetDevice(
                        row=number,
                        url=cells["url"],
                        password_ref=ref,
                        model=cells["model"],
                        name=cells.get("name", ""),
                    )
                )
        return devices

    def rollout_dialog(self) -> None:
        """Choose an image and roll it out over the sheet's devices."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Firmware image to roll out"), "", self.tr("Images (*.img *.bin);;*")
        )
        if path:
            self.rollout_path(Path(path))

    def rollout_path(self, path: Path) -> None:
        """Staged rollout of this image; rows show the per-device outcome."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.notify("error", str(exc))
            return
        self.start(self._rollout(raw))

    async def _rollout(self, raw: bytes) -> None:
        from app.firmware.rollout import RolloutOptions, rollout  # noqa: PLC0415

        assert self.path is not None
        devices = self.rollout_devices()
        self.progress.setRange(0, len(devices))
        self.progress.setValue(0)

        def status(result: RowResult) -> None:
            self.model.set_status(result.row, result.status, result.error or ", ".join(result.changed))
            if result.status in ("verified", "failed", "skipped"):
                self.progress.setValue(self.progress.value() + 1)
                detail = result.error or ", ".join(result.changed)
                self.audit("firmware rollout", [], result.status, detail, device=result.device)

        journal = Journal(self.path.with_name(self.path.name + ".rollout-journal"))
        options = RolloutOptions(concurrency=self.concurrency.value())
        self.results, stopped = await rollout(
            devices, raw, self._password, journal, options=options, on_status=status
        )
        parts = ", ".join(f"{n} {s}" for s, n in sorted(summary(self.results).items()))
        text = self.tr("Rollout: %1.").replace("%1", parts)
        if stopped:
            text = self.tr("Rollout stopped: %1").replace("%1", stopped) + " — " + text
        self.summary.setText(text)

    def show_diff(self, index: QModelIndex) -> None:
        """The planned changes of the double-clicked row."""
        number = self.model.numbers[index.row()]
        plan = self.plans.get(number)
        if plan is None:
            return
        changes = plan.as_json()["changes"]
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Changes for row %1").replace("%1", str(number)))
        table = QTableWidget(len(changes), 3, dialog)
        table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Device"), self.tr("Sheet")])
        for row, change in enumerate(changes):
            for column, key in enumerate(("key", "device", "sheet")):
                table.setItem(
                    row, column, QTableWidgetItem(str(change[key] if change[key] is not None else ""))
                )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(640, 360)
        dialog.open()
