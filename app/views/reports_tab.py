"""The Reports tab: each report instance's state (REPORT_STATUS), its settings as a form generated from the
profile's `reportN` group, Test send with the form's values (the server's answer shown in the tab), Send
now, and Apply, which stages the form's values as edits for the normal Parameter write (Ctrl+W)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DeviceError, ValidationError
from app.params.values import Value
from app.users.accounts import User
from app.views.controller import DeviceController
from app.views.edit_dialog import GroupForm
from app.views.i18n import profile_text
from app.views.readings_tab import Notify, StoredDataTab, time_text

INSTANCE_GROUP = re.compile(r"^report(\d+)$")
_ANSWER_TEXT = "QFrame#report-answer-box QLabel { color: #212121; }"  # dark on light, in either theme
ANSWER_STYLES = {
    "ok": "QFrame#report-answer-box { background: #e8f5e9; border: 1px solid #81c784; } " + _ANSWER_TEXT,
    "error": "QFrame#report-answer-box { background: #fdecea; border: 1px solid #e57373; } " + _ANSWER_TEXT,
    "info": "QFrame#report-answer-box { background: #f5f5f5; border: 1px solid #bdbdbd; } " + _ANSWER_TEXT,
}


class ReportsTab(StoredDataTab):
    """Status table on top; below, the selected instance's form beside its actions and the last answer."""

    def __init__(
        self, controller: DeviceController, notify: Notify, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, notify, parent)
        self.setObjectName("reports-tab")
        self.user = user
        self.status: dict[str, Any] = {}
        self.instances: list[int] = []
        self.instance = 0
        self.form: GroupForm | None = None
        self._form_basis: tuple[object, ...] = ()
        self._device_basis: tuple[object, ...] = ()
        self._build()
        self.sync_widgets()

    # -- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.readout_label = QLabel()
        self.readout_label.setObjectName("reports-readout")
        self.readout_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("reports-refresh")
        self.refresh_button.setToolTip(self.tr("Read the readout cycle and every report's state again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.readout_label, 1)
        top.addWidget(self.refresh_button)
        self.status_table = QTableWidget(0, 10)
        self.status_table.setObjectName("reports-status")
        self.status_table.setHorizontalHeaderLabels(
            [
                self.tr("Report"),
                self.tr("Enabled"),
                self.tr("Transport"),
                self.tr("Server URL"),
                self.tr("Format"),
                self.tr("Cycle"),
                self.tr("Waiting"),
                self.tr("Last success"),
                self.tr("Last failure"),
                self.tr("Last error"),
            ]
        )
        self.status_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.verticalHeader().hide()
        header = self.status_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status_table.currentCellChanged.connect(lambda row, *_: self._row_chosen(row))

        self.form_title = QLabel()
        self.form_title.setObjectName("report-form-title")
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        form_host = QWidget()
        form_layout = QVBoxLayout(form_host)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.form_scroll, 1)

        self.test_button = QPushButton(self.tr("Test send"))
        self.test_button.setObjectName("report-test")
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("report-send")
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("report-apply")
        self.revert_button = QPushButton(self.tr("Revert form"))
        self.revert_button.setObjectName("report-revert")
        self.test_button.clicked.connect(self.test_send)
        self.send_button.clicked.connect(self.send_now)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self._rebuild_form)
        buttons = QVBoxLayout()
        for button in (self.test_button, self.send_button, self.apply_button, self.revert_button):
            buttons.addWidget(button)
        hint = QLabel(
            self.tr(
                "Test send uses the form's values without writing them. Send now delivers what the "
                "report has waiting, with the written settings. Apply stages the form's values: "
                "Parameter write (Ctrl+W) sends them."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161;")
        buttons.addWidget(hint)
        self.answer_box = QFrame()
        self.answer_box.setObjectName("report-answer-box")
        self.answer_title = QLabel()
        self.answer_title.setObjectName("report-answer-title")
        self.answer_title.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setObjectName("report-answer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.addWidget(self.answer_title)
        answer_layout.addWidget(self.answer)
        self.answer_box.hide()
        buttons.addWidget(self.answer_box)
        buttons.addStretch(1)
        actions = QWidget()
        actions.setLayout(buttons)
        lower = QSplitter()
        lower.addWidget(form_host)
        lower.addWidget(actions)
        lower.setStretchFactor(0, 1)
        lower.setSizes([640, 360])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.status_table)
        split.addWidget(lower)
        split.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- state -------------------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.readout_label.setText(text)
        self.readout_label.setStyleSheet("color: #c62828;" if error else "")

    def clear(self) -> None:
        self.status = {}
        self.instance = 0
        self.instances = []
        self.answer_box.hide()
        session = self.controller.edits if self.available else None
        if session is not None:
            self.instances = sorted(
                int(m.group(1)) for g in session.profile.groups if (m := INSTANCE_GROUP.match(g.key))
            )
        self._fill_status()
        self.say("" if self.available else self.tr("This device sends no reports."))
        if self.instances:
            self.status_table.selectRow(0)
            self._row_chosen(0)
        else:
            self._set_form(None)

    def sync_widgets(self) -> None:
        connected = self.available and self.controller.is_connected
        busy = self.controller.is_busy
        may = self.user.may("write")
        role = self.tr("Your role (%1) does not allow this").replace("%1", self.user.role)
        self.refresh_button.setEnabled(connected and not busy)
        form = self.form
        if form is not None and connected:
            self._follow_session(form)
            form = self.form
        valid = form is not None and form.invalid_count() == 0
        dirty = form is not None and form.is_dirty()
        changed = form is not None and valid and self._differs(form)
        enabled = bool(self._instance_status().get("enabled"))

        def gate(button: QPushButton, ok: bool, why: str, tip: str) -> None:
            button.setEnabled(ok and may)
            button.setToolTip(role if not may else tip if ok else why)

        offline = self.tr("Connect to a device that stores readings first.")
        running = self.tr("Wait for the running operation or cancel it.")
        not_ready = offline if not connected or form is None else running if busy else ""
        invalid = self.tr("Correct the marked fields first.")
        gate(
            self.test_button,
            connected and form is not None and not busy and valid,
            not_ready or invalid,
            self.tr("Send a test report with the form's values; nothing is written"),
        )
        gate(
            self.send_button,
            connected and form is not None and not busy and enabled,
            not_ready or self.tr("The report is not enabled on the device."),
            self.tr("Deliver what this report has waiting, now (with the written settings)")
            if not dirty
            else self.tr("Deliver what is waiting, now: with the written settings, not the form's"),
        )
        nothing = self.tr("Nothing changed.")
        gate(
            self.apply_button,
            connected and form is not None and valid and changed,
            offline if not connected or form is None else invalid if not valid else nothing,
            self.tr("Stage the form's values; Parameter write (Ctrl+W) writes them"),
        )
        self.revert_button.setEnabled(dirty)

    def _follow_session(self, form: GroupForm) -> None:
        """Rebuild the form when the session's values changed under it (read, written, staged) and the
        user has not changed the form; re-read the status when device values changed."""
        session = self.controller.edits
        if session is None:
            return
        device_basis = tuple(
            sorted((k, repr(v)) for k, v in session.device.items() if k.startswith(("report", "readout.")))
        )
        if device_basis != self._device_basis and self._device_basis:
            self.stale = True
        self._device_basis = device_basis
        if self._basis(form) != self._form_basis and (not form.is_dirty() or not self._differs(form)):
            self._rebuild_form()

    @staticmethod
    def _differs(form: GroupForm) -> bool:
        """Whether the form holds values the session does not (an invalid field counts)."""
        try:
            return bool(form.result_values())
        except ValidationError:
            return True

    def _basis(self, form: GroupForm) -> tuple[object, ...]:
        session = form.session
        return tuple(
            (k, session.value(k), session.edits.get(k), k in session.secrets_set) for k in form.fields
        )

    # -- status ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the readout cycle and every report instance's state."""
        if not self.available:
            return
        self.stale = False

        async def work() -> dict[str, Any] | None:
            try:
                return await self.device().report_status()
            except DeviceError as exc:
                if exc.code == "unsupported":
                    return None
                raise

        def done(status: dict[str, Any] | None) -> None:
            if status is None:
                self.available = False
                self.clear()
                return
            self.status = status
            self._fill_status()
            self._show_readout()
            self.sync_widgets()

        if not self.run(self.tr("Read report status"), work, done):
            self.stale = True

    def _instance_status(self, instance: int | None = None) -> dict[str, Any]:
        number = self.instance if instance is None else instance
        for report in self.status.get("reports", []):
            if isinstance(report, dict) and report.get("instance") == number:
                return report
        return {}

    def _show_readout(self) -> None:
        readout = self.status.get("readout") or {}
        if not readout:
            return
        parts = [self.tr("Readout cycle %1").replace("%1", str(readout.get("cycle", "")))]
        if readout.get("last") is not None:
            parts.append(
                self.tr("last %1 (%n reading(s))", "", int(readout.get("last_rows") or 0)).replace(
                    "%1", time_text(float(readout["last"]))
                )
            )
        if readout.get("next") is not None:
            parts.append(self.tr("next %1").replace("%1", time_text(float(readout["next"]))))
        if readout.get("reading"):
            parts.append(self.tr("reading now"))
        self.say(" · ".join(parts))

    def _fill_status(self) -> None:
        row_before = self.status_table.currentRow()
        self.status_table.blockSignals(True)
        self.status_table.setRowCount(len(self.instances))
        yes, no, never = self.tr("yes"), self.tr("no"), "—"
        for row, instance in enumerate(self.instances):
            report = self._instance_status(instance)
            known = bool(report)

            def when(value: object) -> str:
                return time_text(float(value)) if isinstance(value, (int, float)) else never

            pending = int(report.get("pending") or 0)
            cells = [
                self.tr("Report %1").replace("%1", str(instance)),
                (yes if report.get("enabled") else no) if known else "",
                str(report.get("transport", "")),
                str(report.get("url", "")),
                str(report.get("format", "")),
                str(report.get("cycle", "")),
                (
                    self.tr("%1 (%2 readouts)")
                    .replace("%1", QLocale().toString(pending))
                    .replace("%2", QLocale().toString(int(report.get("pending_readouts") or 0)))
                    if known
                    else ""
                ),
                when(report.get("last_success")) if known else "",
                when(report.get("last_failure")) if known else "",
                str(report.get("last_error", "")),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 9 and text:
                    item.setForeground(QColor("#c62828"))
                    item.setToolTip(text)
                self.status_table.setItem(row, column, item)
        self.status_table.blockSignals(False)
        if 0 <= row_before < len(self.instances):
            self.status_table.selectRow(row_before)

    # -- the form ------------------------------------------------------------------------------------

    def select_instance(self, instance: int) -> bool:
        """Show this report instance's form; False when the profile has no such instance."""
        if instance not in self.instances:
            return False
        self.status_table.selectRow(self.instances.index(instance))
        self._row_chosen(self.instances.index(instance))
        return True

    def _row_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.instances) or (self.instances[row] == self.instance and self.form):
            return
        self.instance = self.instances[row]
        self.answer_box.hide()
        self._rebuild_form()

    def _rebuild_form(self) -> None:
        session = self.controller.edits
        if session is None or not self.instance or not self.available:
            self._set_form(None)
            return
        group = session.profile.group(f"report{self.instance}")
        self._set_form(GroupForm(group, session))

    def _set_form(self, form: GroupForm | None) -> None:
        self.form = form
        if form is None:
            self.form_title.setText("")
            self.form_scroll.setWidget(QWidget())
            self._form_basis = ()
        else:
            self.form_title.setText(self.tr("Settings of %1").replace("%1", profile_text(form.group.label)))
            self.form_scroll.setWidget(form)
            form.setEnabled(self.user.may("write"))
            form.changed.connect(self.sync_widgets)
            self._form_basis = self._basis(form)
        self.sync_widgets()

    def _form_values(self) -> tuple[dict[str, Value], str | None] | None:
        """The form's values for a test (secrets apart: the typed password); None when invalid."""
        if self.form is None:
            return None
        try:
            values = self.form.current_values()
        except ValidationError:
            return None
        password: str | None = None
        for key, field in self.form.fields.items():
            if field.param.secret and key in values:
                password = str(values.pop(key))
        return values, password

    # -- actions -------------------------------------------------------------------------------------

    def show_answer(self, kind: str, title: str, text: str) -> None:
        """The outcome of Test send or Send now, in the tab (ok, error or info)."""
        self.answer_box.setStyleSheet(ANSWER_STYLES.get(kind, ANSWER_STYLES["info"]))
        self.answer_title.setText(title)
        self.answer.setText(text)
        self.answer.setVisible(bool(text))
        self.answer_box.show()

    def _refused(self, exc: DeviceError) -> None:
        if self.form is not None:
            self.form.show_remote_errors(exc.key_errors)
        reasons = "\n".join(f"{k}: {v}" for k, v in exc.key_errors.items()) or str(exc)
        self.show_answer("error", self.tr("The device refused the settings; nothing was sent."), reasons)
        self.sync_widgets()

    def test_send(self) -> None:
        """Send a test report with the form's values (and its password, if typed); show the answer."""
        if not self.user.may("write") or not self.available:
            return
        prepared = self._form_values()
        if prepared is None:
            return
        values, password = prepared
        instance = self.instance
        url = str(values.get(f"report{instance}.url", ""))

        async def work() -> dict[str, Any] | DeviceError:
            try:
                return await self.device().report_test(instance, values, password=password)
            except DeviceError as exc:
                if exc.key_errors or exc.code == "invalid":
                    return exc
                raise

        def done(reply: dict[str, Any] | DeviceError) -> None:
            keys = sorted(values)
            if isinstance(reply, DeviceError):
                self.controller.audit("report test", keys, "refused", str(reply))
                self._refused(reply)
                return
            if reply.get("ok"):
                self.controller.audit("report test", keys, "ok", str(reply.get("answer", "")))
                self.show_answer(
                    "ok",
                    self.tr("Test report %1 delivered. The server answered:").replace("%1", str(instance)),
                    str(reply.get("answer", "")),
                )
            else:
                self.controller.audit("report test", keys, "failed", str(reply.get("error", "")))
                self.show_answer(
                    "error",
                    self.tr("Test report %1 not delivered:").replace("%1", str(instance)),
                    str(reply.get("error", "")),
                )
            self.stale = True  # the device logged the test; its status may have changed
            self.sync_widgets()

        if self.run(self.tr("Test send"), work, done):
            self.show_answer(
                "info",
                self.tr("Sending a test report to %1 …").replace("%1", url or self.tr("the stored server")),
                "",
            )

    def send_now(self) -> None:
        """Deliver what the report has waiting, now; show how it went, then re-read the status."""
        if not self.user.may("write") or not self.available or not self.instance:
            return
        instance = self.instance

        async def work() -> dict[str, Any] | DeviceError:
            try:
                return await self.device().report_now(instance)
            except DeviceError as exc:
                if exc.key_errors or exc.code == "invalid":
                    return exc
                raise

        def done(reply: dict[str, Any] | DeviceError) -> None:
            if isinstance(reply, DeviceError):
                self.controller.audit("report send", [], "refused", str(reply))
                reasons = "\n".join(f"{k}: {v}" for k, v in reply.key_errors.items()) or str(reply)
                self.show_answer("error", self.tr("The device did not send the report:"), reasons)
                return
            pending = QLocale().toString(int(reply.get("pending") or 0))
            if reply.get("delivered"):
                self.controller.audit("report send", [], "ok", "")
                self.show_answer(
                    "ok", self.tr("Report %1 delivered; nothing is waiting.").replace("%1", str(instance)), ""
                )
            elif reply.get("in_progress"):
                self.controller.audit("report send", [], "ok", "in progress")
                self.show_answer(
                    "info",
                    self.tr("Report %1 is still being delivered (%2 message(s) waiting).")
                    .replace("%1", str(instance))
                    .replace("%2", pending),
                    self.tr("Refresh shows how it ends."),
                )
            else:
                self.controller.audit("report send", [], "failed", str(reply.get("last_error", "")))
                self.show_answer(
                    "error",
                    self.tr("Report %1 not delivered (%2 message(s) waiting):")
                    .replace("%1", str(instance))
                    .replace("%2", pending),
                    str(reply.get("last_error", "")),
                )
            self.stale = True
            self.update_state()

        if self.run(self.tr("Send report now"), work, done):
            self.show_answer("info", self.tr("Sending report %1 …").replace("%1", str(instance)), "")

    def apply(self) -> None:
        """Stage the form's changed values as edits; Parameter write sends them (and verifies)."""
        if not self.user.may("write") or self.form is None:
            return
        try:
            values = self.form.result_values()
        except ValidationError:
            return
        if not values:
            return
        self.controller.edit(values)
        self.show_answer(
            "info",
            self.tr("%n value(s) staged.", "", len(values)),
            self.tr("Use Parameter write (Ctrl+W) to write them to the device."),
        )
        self.sync_widgets()
