"""The main window: connection panel, toolbar, parameter groups, notifications, status bar."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.devices.native import NativeDevice
from app.errors import ConfigFileError, GwtermError, ValidationErrors
from app.params.cfg import CfgDocument, dump
from app.params.diff import diff
from app.params.values import Value, format_text
from app.resources import resources_dir
from app.users.accounts import User, local_user
from app.views.connection_panel import ConnectionPanel
from app.views.controller import DeviceController
from app.views.device_info import DeviceInfoDialog
from app.views.display import apply_display_settings
from app.views.edit_dialog import EditValuesDialog
from app.views.i18n import LANGUAGES, install_language, profile_text
from app.views.notifications import NotificationBar
from app.views.param_model import ParamTableModel
from app.views.settings_dialog import SettingsDialog
from app.views.settings_values import setting_bool, setting_float, setting_int, setting_str
from app.views.traffic import TrafficModel, TrafficMonitor

MAX_RECENT = 8


class MainWindow(QMainWindow):
    """WM-E Term's shape, without its blocking and its message boxes."""

    def __init__(
        self, settings: QSettings, controller: DeviceController | None = None, user: User | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.user = user or local_user()
        self.controller = controller or DeviceController(self)
        self.pending_open: str | None = None  # a .cfg given at start, loaded once a device is read
        self.traffic_model = TrafficModel()
        self.param_model = ParamTableModel()
        self.info_dialog: DeviceInfoDialog | None = None
        self._rebuilding = False
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "gwterm.svg")))
        self.setObjectName("main-window")
        self._apply_session_settings()
        apply_display_settings(settings)
        c = self.controller
        c.state_changed.connect(self._on_state)
        c.connected.connect(self._on_connected)
        c.disconnected.connect(self._on_disconnected)
        c.values_loaded.connect(self._on_values)
        c.busy.connect(self._on_busy)
        c.progress.connect(self._on_progress)
        c.failed.connect(lambda text, details: self.notify("error", text, details))
        c.succeeded.connect(lambda text: self.notify("info", text))
        c.traffic.connect(self._on_traffic)
        self._build_ui()
        geometry = settings.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.value("ui/state")
        if state is not None:
            self.restoreState(state)

    # -- construction ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("gwterm — gateway configuration"))
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.panel = ConnectionPanel(self.settings)
        self.panel.connect_requested.connect(self.connect_device)
        self.panel.logoff_requested.connect(self.controller.disconnect_device)
        self.notification = NotificationBar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centre-tabs")
        self.tabs.addTab(self._build_parameters_tab(), self.tr("Parameters"))
        self.tabs.addTab(self._build_log_tab(), self.tr("Log"))
        from app.views.mbus_tab import MbusTab  # noqa: PLC0415

        self.mbus_tab = MbusTab(self.notify)
        self.tabs.addTab(self.mbus_tab, self.tr("M-Bus"))
        from app.views.wireless_tab import WirelessTab  # noqa: PLC0415

        self.wireless_tab = WirelessTab(self.notify)
        self.tabs.addTab(self.wireless_tab, self.tr("Wireless"))
        from app.views.dlms_tab import DlmsTab  # noqa: PLC0415

        self.dlms_tab = DlmsTab(self.notify, self.settings)
        self.tabs.addTab(self.dlms_tab, self.tr("DLMS"))
        from app.views.readings_tab import ReadingsTab  # noqa: PLC0415
        from app.views.reports_tab import ReportsTab  # noqa: PLC0415

        self.readings_tab = ReadingsTab(self.controller, self.notify)
        self.tabs.addTab(self.readings_tab, self.tr("Readings"))
        self.reports_tab = ReportsTab(self.controller, self.notify, self.user)
        self.tabs.addTab(self.reports_tab, self.tr("Reports"))
        self._storage_tabs()
        from app.views.fleet_tab import FleetTab  # noqa: PLC0415

        self.fleet_tab = FleetTab(self.notify, self.controller.audit)
        self.tabs.addTab(self.fleet_tab, self.tr("Fleet"))
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.notification)
        centre_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.panel)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])
        self.setCentralWidget(splitter)
        self.traffic = TrafficMonitor(self, model=self.traffic_model)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.traffic)
        self.traffic.hide()
        self.traffic.visibilityChanged.connect(self.act_traffic.setChecked)
        self._build_status_bar()
        self._refresh_groups()
        self._update_actions()

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_read = self._action(
            self.tr("Parameter read"), self.controller.read_parameters, "Ctrl+R", sp.SP_ArrowDown
        )
        self.act_write = self._action(
            self.tr("Parameter write"), self.write_parameters, "Ctrl+W", sp.SP_ArrowUp
        )
        self.act_info = self._action(
            self.tr("Device information"), self.show_device_info, "Ctrl+I", sp.SP_MessageBoxInformation
        )
        self.act_open = self._action(
            self.tr("Open configuration…"),
            self.open_file,
            QKeySequence.StandardKey.Open,
            sp.SP_DialogOpenButton,
        )
        self.act_save = self._action(
            self.tr("Save configuration…"),
            self.save_file,
            QKeySequence.StandardKey.Save,
            sp.SP_DialogSaveButton,
        )
        self.act_compare = self._action(
            self.tr("Compare with file…"), self.compare_file, "Ctrl+D", sp.SP_FileDialogContentsView
        )
        self.act_traffic = self._action(
            self.tr("Traffic monitor"), self.toggle_traffic, "Ctrl+T", sp.SP_ComputerIcon
        )
        self.act_traffic.setCheckable(True)
        self.act_firmware = self._action(
            self.tr("Firmware…"), self.show_firmware, "Ctrl+U", sp.SP_DriveHDIcon
        )
        self.act_restart = self._action(
            self.tr("Restart device"), self.restart_device, None, sp.SP_BrowserReload
        )
        self.act_cancel = self._action(
            self.tr("Cancel"), self.controller.cancel, "Esc", sp.SP_DialogCancelButton
        )
        self.act_password = self._action(self.tr("Change communication password…"), self.change_password)
        self.act_users = self._action(self.tr("Users…"), self.show_users)
        self.act_audit = self._action(self.tr("Audit log…"), self.show_audit)
        self.act_sms = self._action(
            self.tr("SMS console…"), self.show_sms_console, None, sp.SP_FileDialogListView
        )
        self.act_at = self._action(
            self.tr("AT terminal…"), self.show_at_terminal, None, sp.SP_TitleBarMenuButton
        )
        self.act_iec = self._action(
            self.tr("Meter readout (IEC 62056-21)…"),
            self.show_iec_readout,
            None,
            sp.SP_FileDialogDetailedView,
        )
        self.act_settings = self._action(self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self.act_about = self._action(self.tr("About gwterm"), self.about)
        self.act_quit = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action, tip in (
            (self.act_read, "Ctrl+R"),
            (self.act_write, "Ctrl+W"),
            (self.act_info, "Ctrl+I"),
            (self.act_open, "Ctrl+O"),
            (self.act_save, "Ctrl+S"),
            (self.act_compare, "Ctrl+D"),
            (self.act_traffic, "Ctrl+T"),
        ):
            action.setData(tip)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_open, self.act_save, self.act_compare])
        self.recent_menu = file_menu.addMenu(self.tr("Recent files"))
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        admin = bar.addMenu(self.tr("&Admin"))
        admin.addAction(self.act_password)
        admin.addSeparator()
        admin.addActions([self.act_users, self.act_audit])
        operation = bar.addMenu(self.tr("&Operation"))
        operation.addActions(
            [self.act_read, self.act_write, self.act_info, self.act_firmware, self.act_restart]
        )
        operation.addSeparator()
        operation.addAction(self.act_cancel)
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(self.act_traffic)
        tools.addSeparator()
        tools.addActions([self.act_sms, self.act_at])
        tools.addAction(self.act_iec)
        settings = bar.addMenu(self.tr("&Settings"))
        settings.addAction(self.act_settings)
        language = settings.addMenu(self.tr("Language"))
        current = setting_str(self.settings, "ui/language", "en")
        for code, name in LANGUAGES.items():
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        for old in self.findChildren(type(self.addToolBar("x"))):
            self.removeToolBar(old)
            old.deleteLater()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.addActions([self.act_read, self.act_write, self.act_info])
        toolbar.addSeparator()
        toolbar.addActions([self.act_open, self.act_save, self.act_compare])
        toolbar.addSeparator()
        toolbar.addActions([self.act_firmware, self.act_traffic])

    def _build_parameters_tab(self) -> QWidget:
        page = QWidget()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group-combo")
        self.group_combo.setMinimumWidth(220)
        self.group_combo.currentIndexChanged.connect(self._show_group)
        self.edit_button = QPushButton(self.tr("Edit values"))
        self.edit_button.setObjectName("edit-values-button")
        self.edit_button.clicked.connect(self.edit_group)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search all parameters"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_group)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Parameter group:")))
        top.addWidget(self.group_combo)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        top.addWidget(self.search)
        self.edited_label = QLabel()
        self.edited_label.setObjectName("edited-groups")
        self.revert_group_button = QToolButton()
        self.revert_group_button.setText(self.tr("Revert group"))
        self.revert_group_button.clicked.connect(self.revert_group)
        self.revert_all_button = QToolButton()
        self.revert_all_button.setText(self.tr("Revert all"))
        self.revert_all_button.clicked.connect(self.revert_all)
        self.reveal_button = QToolButton()
        self.reveal_button.setText(self.tr("Reveal edited secrets"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal)
        edited = QHBoxLayout()
        edited.addWidget(self.edited_label, 1)
        edited.addWidget(self.reveal_button)
        edited.addWidget(self.revert_group_button)
        edited.addWidget(self.revert_all_button)
        self.table = QTableView()
        self.table.setObjectName("param-table")
        self.table.setModel(self.param_model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_group())
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(edited)
        layout.addWidget(self.table, 1)
        return page

    def _build_log_tab(self) -> QWidget:
        page = QWidget()
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("device-log")
        self.log_view.setReadOnly(True)
        refresh = QPushButton(self.tr("Read device log"))
        refresh.clicked.connect(self.read_log)
        layout = QVBoxLayout(page)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.log_view, 1)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for child in bar.findChildren(QWidget):
            if child.parent() is bar and not isinstance(child, QDialog):
                bar.removeWidget(child)
        self.status_connection = QLabel(self.tr("Not connected"))
        self.status_connection.setObjectName("status-connection")
        self.status_device = QLabel()
        self.status_device.setObjectName("status-device")
        self.status_progress = QProgressBar()
        self.status_progress.setMaximumWidth(180)
        self.status_progress.hide()
        self.status_operation = QLabel()
        self.status_cancel = QToolButton()
        self.status_cancel.setDefaultAction(self.act_cancel)
        self.status_cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_cancel.hide()
        self.status_version = QLabel(f"gwterm {__version__}")
        bar.addWidget(self.status_connection)
        bar.addWidget(self.status_device)
        bar.addWidget(self.status_operation)
        bar.addWidget(self.status_progress)
        bar.addWidget(self.status_cancel)
        bar.addPermanentWidget(self.status_version)

    # -- language ----------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch language now; the window retranslates itself."""
        self.settings.setValue("ui/language", code)
        install_language(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "panel") and not self._rebuilding:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Rebuild every widget in the new language, keeping the connection, edits and inputs."""
        self._rebuilding = True
        try:
            url, password = self.panel.url(), self.panel.password.text()
            profile, encrypt = self.panel.profile.currentText(), self.panel.encrypt.isChecked()
            group, search, tab = self.group_combo.currentIndex(), self.search.text(), self.tabs.currentIndex()
            traffic_shown, log_text = self.traffic.isVisible(), self.log_view.toPlainText()
            notice = self.notification
            kind, text, details, visible = (
                notice.kind,
                notice.message.text(),
                notice.details.toPlainText(),
                notice.isVisible(),
            )
            for action in list(self.actions()):
                self.removeAction(action)
            old_traffic = self.traffic
            self.removeDockWidget(old_traffic)
            old_traffic.deleteLater()
            self._build_ui()
            self.panel.set_url(url)
            self.panel.password.setText(password)
            self.panel.profile.setEditText(profile)
            self.panel.encrypt.setChecked(encrypt)
            self.group_combo.setCurrentIndex(group)
            self.search.setText(search)
            self.log_view.setPlainText(log_text)
            self.tabs.setCurrentIndex(tab)
            self.traffic.setVisible(traffic_shown)
            if visible:
                self.notification.show_message(kind, text, details)
            self._on_state(self._state)
            if self.controller.device is not None:
                self._on_connected(dict(self.controller.device.session.device))
            self.param_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
            self._on_values()
        finally:
            self._rebuilding = False

    # -- state -------------------------------------------------------------------------------

    _state = "idle"

    def _apply_session_settings(self) -> None:
        from app.devices.session import SessionOptions  # noqa: PLC0415

        self.controller.options = SessionOptions(
            timeout=setting_float(self.settings, "session/timeout", 3.0),
            retries=setting_int(self.settings, "session/retries", 3),
            encrypt=setting_bool(self.settings, "session/encrypt"),
        )

    def _on_state(self, state: str) -> None:
        self._state = state
        self.panel.set_state(state)
        if state in ("idle", "error"):
            self.status_connection.setText(self.tr("Not connected"))
            self.status_device.clear()
        self._update_actions()

    def _on_connected(self, hello: dict[str, Any]) -> None:
        device = self.controller.device
        profile = device.profile if device else None
        self.status_connection.setText(self.controller.name)
        model = profile.name if profile else str(hello.get("model", ""))
        serial = hello.get("serial", "")
        self.status_device.setText(self.tr("%1 · serial %2").replace("%1", model).replace("%2", str(serial)))
        self._refresh_groups()
        self._storage_tabs()

    def _on_disconnected(self) -> None:
        self._refresh_groups()
        self._storage_tabs()
        self._update_actions()

    def _on_values(self) -> None:
        self.param_model.refresh()
        if self._open_pending():
            return
        session = self.controller.edits
        groups = session.edited_groups() if session else []
        if groups:
            self.edited_label.setText(
                self.tr("Edited groups: %1").replace("%1", ", ".join(profile_text(g) for g in groups))
            )
        else:
            self.edited_label.setText(self.tr("Edited groups: none"))
        self.revert_all_button.setEnabled(bool(groups))
        self.revert_group_button.setEnabled(bool(groups))
        self._update_actions()

    def _on_busy(self, label: str) -> None:
        self.status_operation.setText(label)
        self.status_progress.setVisible(bool(label))
        self.status_cancel.setVisible(bool(label))
        if label:
            self.status_progress.setRange(0, 0)
        elif self._open_pending():
            return
        self._update_actions()

    def _open_pending(self) -> bool:
        """Load the .cfg given at start once the device's values are in; True if it was loaded now."""
        if not self.pending_open or self.controller.edits is None or self.controller.is_busy:
            return False
        path, self.pending_open = self.pending_open, None
        self.open_path(path)
        return True

    def _on_progress(self, done: int, total: int) -> None:
        self.status_progress.setRange(0, max(1, total))
        self.status_progress.setValue(done)

    def _on_traffic(self, direction: str, data: bytes, when: float) -> None:
        self.traffic.add(direction, data, when)

    def _update_actions(self) -> None:
        connected = self.controller.is_connected
        busy = self.controller.is_busy
        pending = bool(self.controller.edits and self.controller.edits.pending())
        reason_offline = self.tr("Connect to a device first")
        reason_busy = self.tr("Wait for the running operation or cancel it")

        def gate(action: QAction, ok: bool, why: str, shortcut_hint: str = "") -> None:
            action.setEnabled(ok)
            base = action.text().replace("&", "")
            hint = f" ({action.data()})" if action.data() else ""
            action.setToolTip(f"{base}{hint}" if ok else f"{base}{hint} — {why}")

        for action in (
            self.act_read,
            self.act_info,
            self.act_restart,
            self.act_password,
            self.act_open,
            self.act_compare,
            self.act_save,
            self.act_firmware,
        ):
            gate(action, connected and not busy, reason_busy if connected else reason_offline)
        gate(
            self.act_write,
            connected and not busy and pending,
            reason_offline
            if not connected
            else reason_busy
            if busy
            else self.tr("Nothing changed: edit values first"),
        )
        gate(self.act_cancel, busy, self.tr("Nothing is running"))
        if connected and not isinstance(self.controller.device, NativeDevice):
            for action in (self.act_firmware, self.act_restart):
                gate(action, False, self.tr("Not available over SMS"))
        role_reason = self.tr("Your role (%1) does not allow this").replace("%1", self.user.role)
        if not self.user.may("write"):
            for action in (self.act_write, self.act_firmware, self.act_restart, self.act_password):
                gate(action, False, role_reason)
        for action in (self.act_users, self.act_audit):
            gate(action, self.user.may("users"), role_reason)
        if hasattr(self, "fleet_tab"):
            self.fleet_tab.setEnabled(self.user.may("fleet"))
        for tab in (getattr(self, "readings_tab", None), getattr(self, "reports_tab", None)):
            if tab is not None:
                tab.update_state()  # its buttons follow the connection, the busy state and the role
        self.edit_button.setEnabled(connected and self.controller.edits is not None)

    def _storage_tabs(self) -> None:
        """Readings and Reports appear only while connected to a device that stores readings (gwterm-gw)."""
        from app.views.readings_tab import stores_readings  # noqa: PLC0415

        stores = stores_readings(self.controller.device)
        for tab in (self.readings_tab, self.reports_tab):
            tab.device_changed(stores)
            self.tabs.setTabVisible(self.tabs.indexOf(tab), stores)

    def _refresh_groups(self) -> None:
        session = self.controller.edits if self.controller.is_connected else None
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        if session is not None:
            for group in session.profile.groups:
                self.group_combo.addItem(profile_text(group.label), group.key)
            index = self.group_combo.findData(current)
            self.group_combo.setCurrentIndex(max(0, index))
        self.group_combo.blockSignals(False)
        self._show_group()

    def _show_group(self) -> None:
        session = self.controller.edits if self.controller.is_connected else None
        if session is None:
            self.param_model.show(None, [])
            self._on_values()
            return
        text = self.search.text().strip()
        if text:
            params = session.search(text)
        else:
            key = self.group_combo.currentData()
            params = list(session.profile.group(key).params) if key else []
        self.param_model.show(session, params)
        self._on_values()

    def select_group(self, key: str) -> bool:
        """Show the group with this key; False if the profile has none."""
        index = self.group_combo.findData(key)
        if index < 0:
            return False
        self.group_combo.setCurrentIndex(index)
        return True

    def _reveal(self, on: bool) -> None:
        session = self.controller.edits
        self.param_model.revealed = set(session.edits) if on and session else set()
        self.param_model.refresh()

    # -- operations ---------------------------------------------------------------------------

    def connect_device(self, url: str, password: str, name: str) -> None:
        """Connect (from the panel or --connect)."""
        if not url:
            return
        self._apply_session_settings()
        if self.panel.encrypt.isChecked():
            from dataclasses import replace  # noqa: PLC0415

            self.controller.options = replace(self.controller.options, encrypt=True)
        if self.panel.remember.isChecked() and password:
            self._store_password(url, password)
        if not password:
            password = self._stored_password(url)
        self.notification.hide()
        self.controller.connect_device(url, password, name)

    def _stored_password(self, url: str) -> str:
        """The key store's password for this URL, if there is a key store and it holds one."""
        from app.keys.store import DEVICE_PASSWORD, default_keystore_path  # noqa: PLC0415
        from app.views.keystore_access import keystore  # noqa: PLC0415

        if not default_keystore_path().exists():
            return ""
        try:
            store = keystore(self)
            entry = store.get(DEVICE_PASSWORD, url) if store is not None else None
        except GwtermError as exc:
            self.notify("error", str(exc))
            return ""
        return entry.secret if entry is not None else ""

    def _store_password(self, url: str, password: str) -> None:
        from app.keys.store import DEVICE_PASSWORD, Entry  # noqa: PLC0415
        from app.views.keystore_access import keystore, saved  # noqa: PLC0415

        try:
            store = keystore(self)
            if store is None:
                return
            store.put(Entry(kind=DEVICE_PASSWORD, ref=url, secret=password))
            saved(store)
        except GwtermError as exc:
            self.notify("error", self.tr("The password was not stored: %1").replace("%1", str(exc)))

    def write_parameters(self) -> None:
        """Parameter write: only what changed, verified."""
        self.controller.write_parameters()

    def edit_group(self) -> None:
        """Open Edit values for the selected group (or the group of the selected search hit)."""
        session = self.controller.edits
        if session is None or not self.controller.is_connected:
            return
        key = self.group_combo.currentData()
        if self.search.text().strip():
            rows = self.table.selectionModel().selectedRows()
            if rows:
                key = self.param_model.params[rows[0].row()].group
        if not key:
            return
        dialog = EditValuesDialog(session.profile.group(key), session, self)
        self.edit_dialog = dialog
        dialog.accepted.connect(lambda: self.controller.edit(dialog.result_values()))
        dialog.open()

    def revert_group(self) -> None:
        """Drop the edits of the shown group."""
        session = self.controller.edits
        if session is not None and self.group_combo.currentData():
            session.revert(self.group_combo.currentData())
            self._on_values()

    def revert_all(self) -> None:
        """Drop every edit."""
        if self.controller.edits is not None:
            self.controller.edits.revert()
            self._on_values()

    def show_device_info(self) -> None:
        """Open the Device information window and fill it."""
        if self.info_dialog is None:
            self.info_dialog = DeviceInfoDialog(self.refresh_device_info, self)
        self.info_dialog.show()
        self.info_dialog.raise_()
        self.refresh_device_info()

    def refresh_device_info(self) -> None:
        """Ask the device for its information again."""
        if self.info_dialog is not None:
            self.controller.load_device_info(self.info_dialog.show_info)

    def show_users(self) -> None:
        """User management (admins)."""
        from app.users.accounts import UserStore  # noqa: PLC0415
        from app.views.users_dialogs import UsersDialog  # noqa: PLC0415

        self.users_dialog = UsersDialog(UserStore(), self.user, self)
        self.users_dialog.open()

    def show_audit(self) -> None:
        """The audit log (admins)."""
        from app.users.audit import AuditLog  # noqa: PLC0415
        from app.views.users_dialogs import AuditDialog  # noqa: PLC0415

        self.audit_dialog = AuditDialog(AuditLog(), self)
        self.audit_dialog.open()

    def show_firmware(self) -> None:
        """The firmware dialog for the connected device."""
        from app.views.firmware_dialog import FirmwareDialog  # noqa: PLC0415

        self.firmware_dialog = FirmwareDialog(self.controller, self)
        self.firmware_dialog.open()

    def _modem_url(self) -> str:
        """The local modem of the CSD or SMS connection in the panel, if one is chosen."""
        for fields in (self.panel.sms, self.panel.csd):
            if fields.port.currentText().strip():
                return fields.modem_url()
        return ""

    def show_sms_console(self) -> None:
        """The SMS console (conversations through a local modem)."""
        from app.views.sms_console import SmsConsole  # noqa: PLC0415

        if getattr(self, "sms_console", None) is None:
            self.sms_console = SmsConsole(self._modem_url(), self)
        self.sms_console.show()
        self.sms_console.raise_()

    def show_at_terminal(self) -> None:
        """The AT terminal on a local modem."""
        from app.views.at_terminal import AtTerminal  # noqa: PLC0415

        if getattr(self, "at_terminal", None) is None:
            self.at_terminal = AtTerminal(self._modem_url(), self)
        self.at_terminal.show()
        self.at_terminal.raise_()

    def show_iec_readout(self) -> None:
        """The IEC 62056-21 readout window (an optical head, or the meter behind a transparent port)."""
        from app.views.iec_readout import IecReadoutWindow  # noqa: PLC0415

        if getattr(self, "iec_readout", None) is None:
            self.iec_readout = IecReadoutWindow("", self)
        self.iec_readout.show()
        self.iec_readout.raise_()

    def restart_device(self) -> None:
        """Restart after asking: the device drops the link and is followed until it answers."""
        answer = QMessageBox.question(
            self,
            self.tr("Restart device"),
            self.tr(
                "Restart the device now? The connection drops and is restored when the device answers again."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.restart_device()

    def change_password(self) -> None:
        """Set a new communication password (asked twice); it is written with the next Parameter write."""
        first, ok = QInputDialog.getText(
            self,
            self.tr("Change communication password"),
            self.tr("New password:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not first:
            return
        second, ok = QInputDialog.getText(
            self, self.tr("Change communication password"), self.tr("Repeat it:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        if first != second:
            self.notify("error", self.tr("The passwords differ; nothing was changed."))
            return
        self.controller.edit({"sec.password": first})
        self.notify("info", self.tr("The new password is staged: use Parameter write to send it."))

    def read_log(self) -> None:
        """Read the device's event log into the Log tab."""
        device = self.controller.device
        if device is None:
            self.notify("error", self.tr("Connect to a device first"))
            return

        async def work() -> list[dict[str, Any]]:
            if not isinstance(device, NativeDevice):
                raise GwtermError(self.tr("The device log cannot be read over SMS."))
            return await device.session.log()

        def done(entries: list[dict[str, Any]]) -> None:
            self.log_view.setPlainText(
                "\n".join(f"{e['seq']:6d}  {e['time']}  {e['level']:<7}  {e['message']}" for e in entries)
            )

        self.controller.run(self.tr("Read device log"), work, done)

    # -- files --------------------------------------------------------------------------------

    def _recent(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def _add_recent(self, path: str) -> None:
        recent = [path] + [p for p in self._recent() if p != path]
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self._recent()))

    def open_file(self) -> None:
        """Load a .cfg file's values as edits."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open configuration"), "", self.tr("Configuration (*.cfg);;All files (*)")
        )
        if path:
            self.open_path(path)

    def _load_cfg(self, path: str) -> dict[str, Value] | None:
        session = self.controller.edits
        if session is None:
            self.notify("error", self.tr("Connect to a device first"))
            return None
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
            return CfgDocument.parse(text, name=os.path.basename(path)).typed_values(session.profile)
        except ValidationErrors as exc:
            self.notify(
                "error",
                self.tr("The file has invalid values; nothing was loaded."),
                "\n".join(f"{k}: {v}" for k, v in exc.errors.items()),
            )
        except (OSError, ConfigFileError) as exc:
            self.notify("error", str(exc))
        return None

    def open_when_connected(self, path: str) -> None:
        """Open a .cfg given at start (a double-clicked file): now, or once a device is connected and read."""
        if self.controller.edits is not None:
            self.open_path(path)
            return
        self.pending_open = path
        self.notify(
            "info",
            self.tr("Connect to the device to load %1 as changes.").replace("%1", os.path.basename(path)),
        )

    def open_path(self, path: str) -> None:
        """Load this .cfg as edits."""
        values = self._load_cfg(path)
        if values is None:
            return
        self.controller.edit(values)
        self._add_recent(path)
        self.notify(
            "info",
            self.tr("Loaded %1: %2 value(s) differ from the device.")
            .replace("%1", os.path.basename(path))
            .replace("%2", str(len(self.controller.edits.pending() if self.controller.edits else {}))),
        )

    def save_file(self) -> None:
        """Save the values shown (device values with edits) as a .cfg file."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save configuration"), "device.cfg", self.tr("Configuration (*.cfg)")
        )
        if path:
            self.save_path(path)

    def save_path(self, path: str) -> None:
        """Write the shown values to `path` (secrets never)."""
        session = self.controller.edits
        if session is None:
            return
        values = {
            p.key: session.value(p.key)
            for p in session.profile.params
            if not p.secret and session.value(p.key) is not None
        }
        Path(path).write_text(
            dump(session.profile, values, secrets_set=session.secrets_set), encoding="utf-8"
        )
        self._add_recent(path)
        self.notify("info", self.tr("Saved %1.").replace("%1", os.path.basename(path)))

    def compare_file(self) -> None:
        """Show how a .cfg file differs from the device."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Compare with file"), "", self.tr("Configuration (*.cfg);;All files (*)")
        )
        if path:
            self.compare_path(path)

    def compare_path(self, path: str) -> QDialog | None:
        """Open the comparison window for this file."""
        values = self._load_cfg(path)
        session = self.controller.edits
        if values is None or session is None:
            return None
        changes = diff(session.profile, session.device, values)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Compare with %1").replace("%1", os.path.basename(path)))
        table = QTableWidget(len(changes), 3, dialog)
        table.setObjectName("compare-table")
        table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Device"), self.tr("File")])
        for row, change in enumerate(changes):
            spec = session.profile.by_key[change.key]
            device_text = (
                self.tr("(secret)")
                if change.secret
                else ("" if change.old is None else format_text(spec, change.old))
            )
            file_text = self.tr("(secret)") if change.secret else format_text(spec, change.new)
            for column, text in enumerate((profile_text(spec.label), device_text, file_text)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        summary = QLabel(
            self.tr("%n difference(s).", "", len(changes)) if changes else self.tr("No differences.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        load = buttons.addButton(self.tr("Load file values as edits"), QDialogButtonBox.ButtonRole.ActionRole)
        load.setEnabled(bool(changes))

        def load_values() -> None:
            self.controller.edit({c.key: c.new for c in changes})
            dialog.accept()

        load.clicked.connect(load_values)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(summary)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(720, 420)
        dialog.open()
        return dialog

    # -- misc ---------------------------------------------------------------------------------

    def toggle_traffic(self, on: bool) -> None:
        """Show or hide the traffic monitor."""
        self.traffic.setVisible(on)

    def open_settings(self) -> None:
        """The Settings dialog; what it changes applies at once."""
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings_dialog(dialog)

    def apply_settings_dialog(self, dialog: SettingsDialog) -> None:
        """Store the dialog's values and put them in force: session options, display, language."""
        before = setting_str(self.settings, "ui/language", "en")
        dialog.apply()
        self._apply_session_settings()
        self.apply_display_settings()
        if setting_str(self.settings, "ui/language", "en") != before:
            install_language(setting_str(self.settings, "ui/language", "en"))

    def apply_display_settings(self) -> None:
        """The stored energy unit, CSV separator and theme in force; the tabs show their values again."""
        apply_display_settings(self.settings)
        self.mbus_tab.redisplay()
        self.wireless_tab.show_records()
        self.dlms_tab.redisplay()
        self.readings_tab.redisplay()
        if getattr(self, "iec_readout", None) is not None:
            self.iec_readout.redisplay()

    def about(self) -> None:
        """Version and licence."""
        QMessageBox.about(
            self,
            self.tr("About gwterm"),
            self.tr("gwterm %1\nConfigure smart-metering gateways, and be one.\nMIT licence.").replace(
                "%1", __version__
            ),
        )

    def notify(self, kind: str, text: str, details: str = "") -> None:
        """Show a result or an error in the notification bar."""
        self.notification.show_message(kind, text, details)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.setValue("ui/state", self.saveState())
        self.controller.cancel()
        if self.controller.device is not None:
            QTimer.singleShot(0, self.controller.disconnect_device)
        super().closeEvent(event)
