"""The DLMS tab: a COSEM object browser for one associated device. The object list as a tree by class,
attributes read and written with typed editors, methods invoked, profile generic buffers as a table and
a plot, and CSV export. Every exchange runs as a task: the window repaints and Cancel works throughout."""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices.dlms_values import (
    ProfileColumn,
    display_text,
    is_scaled,
    number_text,
    profile_rows,
    scaled_number,
    scaler_unit_index,
    scaler_unit_or_none,
    value_type_of,
)
from app.devices.session.dlms import DlmsSession, result_text
from app.errors import AuthError, DeviceTimeoutError, GwtermError, TransportError, ValidationError
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.client import ClientState
from app.protocols.dlms.cosem import (
    CLASSES,
    AttributeAccess,
    CaptureObject,
    EntryDescriptor,
    MethodAccess,
    ObjectListEntry,
    RangeDescriptor,
    attribute_name,
    class_name,
    decode_attribute,
    method_name,
)
from app.protocols.dlms.errors import CosemAccessError
from app.protocols.dlms.obis import Obis, ScalerUnit
from app.transports import TX
from app.views.display import convert_number, display_unit
from app.views.dlms_editor import ValueEditorDialog
from app.views.dlms_profile import ProfilePanel, compact_rows, make_item, number_display, table_csv
from app.views.settings_values import setting_float, setting_int

RECENT_KEY = "dlms/recent"
MAX_RECENT = 10
OBIS_ROLE = int(Qt.ItemDataRole.UserRole)
LIGHTS = {"idle": "#9e9e9e", "connecting": "#f9a825", "connected": "#43a047", "error": "#e53935"}
ATTRIBUTE_COLUMNS = 5  # index, name, access, type, value
PROFILE_CLASS = 7
BUFFER = 2
CAPTURE_OBJECTS = 3
ENTRIES_IN_USE = 7


class DlmsTab(QWidget):
    """Connect to a DLMS/COSEM device and browse, read, write and invoke its objects."""

    def __init__(self, notify: Any, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dlms-tab")
        self.notify = notify
        self.settings = settings
        self.session: DlmsSession | None = None
        self.task: asyncio.Task[Any] | None = None
        self.entries: dict[Obis, ObjectListEntry] = {}
        self.values: dict[tuple[Obis, int], Data] = {}
        self.failures: dict[tuple[Obis, int], str] = {}
        self.scalers: dict[Obis, ScalerUnit] = {}
        self.profiles: dict[Obis, list[ProfileColumn]] = {}
        self.current: ObjectListEntry | None = None
        self.trace: collections.deque[tuple[str, bytes]] = collections.deque(maxlen=40)
        self.editor_dialog: ValueEditorDialog | None = None
        self.closing: asyncio.Future[None] | None = None
        self.groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        self._build_connection_row()
        self._build_browser()
        layout = QVBoxLayout(self)
        layout.addLayout(self.connection_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.light)
        status_row.addWidget(self.status, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.browser, 1)
        self._set_light("idle")
        self.status.setText(self.tr("Not connected."))
        self._update_buttons()

    # --- construction -------------------------------------------------------------------------------
    def _build_connection_row(self) -> None:
        self.url = QComboBox()
        self.url.setObjectName("dlms-url")
        self.url.setEditable(True)
        self.url.setMinimumWidth(220)
        self.url.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.url.addItems(self._recent())
        self.url.setCurrentText(self.url.itemText(0) if self.url.count() else "")
        line = self.url.lineEdit()
        if line is not None:
            line.setPlaceholderText("tcp://192.168.1.10:4059")
            line.returnPressed.connect(self.connect_device)
        self.url.setToolTip(
            self.tr(
                "tcp://host[:4059] (IEC 62056-47 wrapper), serial:///dev/ttyUSB0 (HDLC), "
                "or tcp://host:port?link=hdlc for HDLC through a transparent port"
            )
        )
        self.client = QSpinBox()
        self.client.setObjectName("dlms-client")
        self.client.setRange(0, 0xFFFF)
        self.client.setDisplayIntegerBase(16)
        self.client.setPrefix("0x")
        self.client.setValue(0x20)
        self.client.setToolTip(
            self.tr(
                "Client address (SAP): 0x10 public client without password, 0x20 meter reader with password"
            )
        )
        self.server = QSpinBox()
        self.server.setObjectName("dlms-server")
        self.server.setRange(0, 0x3FFF)
        self.server.setValue(1)
        self.server.setToolTip(self.tr("Server logical address (logical device; 1 = management)"))
        self.password = QLineEdit()
        self.password.setObjectName("dlms-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(120)
        self.password.setPlaceholderText(self.tr("LLS password"))
        self.password.setToolTip(self.tr("Low level security password; empty for the public client"))
        self.password.returnPressed.connect(self.connect_device)
        self.show_password = QToolButton()
        self.show_password.setObjectName("dlms-show-password")
        self.show_password.setText(self.tr("Show"))
        self.show_password.setCheckable(True)
        self.show_password.setToolTip(self.tr("Show or hide the password"))
        self.show_password.toggled.connect(
            lambda shown: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("dlms-connect")
        self.connect_button.clicked.connect(self.connect_device)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setObjectName("dlms-disconnect")
        self.disconnect_button.clicked.connect(self.disconnect_device)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("dlms-cancel")
        self.cancel_button.clicked.connect(self.cancel_task)
        self.light = QLabel("●")
        self.light.setObjectName("dlms-light")
        self.status = QLabel()
        self.status.setObjectName("dlms-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Device:")))
        first.addWidget(self.url, 1)
        first.addWidget(QLabel(self.tr("Client")))
        first.addWidget(self.client)
        first.addWidget(QLabel(self.tr("Server")))
        first.addWidget(self.server)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Password")))
        second.addWidget(self.password, 1)
        second.addWidget(self.show_password)
        second.addStretch(1)
        for button in (self.connect_button, self.disconnect_button, self.cancel_button):
            second.addWidget(button)
        row = QVBoxLayout()
        row.addLayout(first)
        row.addLayout(second)
        self.connection_row = row

    def _build_browser(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("dlms-filter")
        self.filter.setPlaceholderText(self.tr("Filter: OBIS code or class"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dlms-objects")
        self.tree.setHeaderLabels([self.tr("Object"), self.tr("Display form")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._object_selected())
        self.tree.itemActivated.connect(lambda *_: self.read_all())
        self.tree.setToolTip(self.tr("Enter or double-click reads every readable attribute"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree, 1)

        self.object_label = QLabel(self.tr("Select an object."))
        self.object_label.setObjectName("dlms-object")
        bold = QFont(self.object_label.font())
        bold.setBold(True)
        self.object_label.setFont(bold)
        self.object_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attributes = QTableWidget(0, ATTRIBUTE_COLUMNS)
        self.attributes.setObjectName("dlms-attributes")
        self.attributes.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Attribute"), self.tr("Access"), self.tr("Type"), self.tr("Value")]
        )
        self.attributes.verticalHeader().hide()
        compact_rows(self.attributes)
        self.attributes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attributes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.attributes.horizontalHeader()
        for column in range(ATTRIBUTE_COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.attributes.itemSelectionChanged.connect(self._update_buttons)
        self.attributes.itemActivated.connect(lambda *_: self._attribute_activated())
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.setObjectName("dlms-read")
        self.read_button.clicked.connect(self.read_selected)
        self.read_all_button = QPushButton(self.tr("Read all"))
        self.read_all_button.setObjectName("dlms-read-all")
        self.read_all_button.clicked.connect(self.read_all)
        self.write_button = QPushButton(self.tr("Write…"))
        self.write_button.setObjectName("dlms-write")
        self.write_button.clicked.connect(self.edit_attribute)
        self.methods = QTableWidget(0, 3)
        self.methods.setObjectName("dlms-methods")
        self.methods.setHorizontalHeaderLabels([self.tr("#"), self.tr("Method"), self.tr("Access")])
        self.methods.verticalHeader().hide()
        compact_rows(self.methods)
        self.methods.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.methods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.methods.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.methods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.methods.horizontalHeader().setStretchLastSection(True)
        self.methods.setMaximumHeight(150)
        self.methods.itemSelectionChanged.connect(self._update_buttons)
        self.methods.itemActivated.connect(lambda *_: self.invoke_method())
        self.invoke_button = QPushButton(self.tr("Invoke…"))
        self.invoke_button.setObjectName("dlms-invoke")
        self.invoke_button.clicked.connect(self.invoke_method)
        attribute_buttons = QHBoxLayout()
        for button in (self.read_button, self.read_all_button, self.write_button):
            attribute_buttons.addWidget(button)
        attribute_buttons.addStretch(1)
        method_buttons = QHBoxLayout()
        method_buttons.addStretch(1)
        method_buttons.addWidget(self.invoke_button)
        attributes_page = QWidget()
        page_layout = QVBoxLayout(attributes_page)
        page_layout.addWidget(self.attributes, 1)
        page_layout.addLayout(attribute_buttons)
        page_layout.addWidget(QLabel(self.tr("Methods")))
        page_layout.addWidget(self.methods)
        page_layout.addLayout(method_buttons)
        self.profile = ProfilePanel()
        self.profile.read_requested.connect(self.read_profile)
        self.pages = QTabWidget()
        self.pages.setObjectName("dlms-pages")
        self.pages.addTab(attributes_page, self.tr("Attributes"))
        self.pages.addTab(self.profile, self.tr("Profile buffer"))
        self.pages.currentChanged.connect(lambda _i: self._update_buttons())
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("dlms-export")
        self.export_button.setToolTip(self.tr("Save the table on the visible page as CSV"))
        self.export_button.clicked.connect(lambda: self.export_csv(None))
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.object_label)
        right_layout.addWidget(self.pages, 1)
        right_layout.addLayout(export_row)
        self.browser = QSplitter(Qt.Orientation.Horizontal)
        self.browser.addWidget(left)
        self.browser.addWidget(right)
        self.browser.setStretchFactor(1, 1)
        self.browser.setSizes([330, 620])

    # --- state ---------------------------------------------------------------------------------------
    @property
    def connected(self) -> bool:
        """True while an association is open."""
        return self.session is not None

    @property
    def busy(self) -> bool:
        """True while an exchange runs."""
        return self.task is not None and not self.task.done()

    def _set_light(self, state: str) -> None:
        names = {
            "idle": self.tr("Not connected"),
            "connecting": self.tr("Connecting"),
            "connected": self.tr("Connected"),
            "error": self.tr("Error"),
        }
        self.light_state = state
        self.light.setStyleSheet(f"color: {LIGHTS[state]}; font-size: 16px;")
        self.light.setToolTip(names[state])

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if error else "")

    def _selected_attribute_rows(self) -> list[int]:
        return sorted({index.row() for index in self.attributes.selectionModel().selectedRows()})

    def _attribute_at(self, row: int) -> tuple[int, AttributeAccess] | None:
        item = self.attributes.item(row, 0)
        if item is None or self.current is None:
            return None
        index = int(item.data(OBIS_ROLE))
        return index, self._access_of(self.current, index)

    def _selected_method(self) -> tuple[int, MethodAccess] | None:
        rows = self.methods.selectionModel().selectedRows()
        if not rows or self.current is None:
            return None
        item = self.methods.item(rows[0].row(), 0)
        if item is None:
            return None
        index = int(item.data(OBIS_ROLE))
        return index, dict(self.current.method_access).get(index, MethodAccess.NO_ACCESS)

    def _update_buttons(self) -> None:
        connected, busy = self.connected, self.busy
        self.connect_button.setEnabled(not connected and not busy)
        self.disconnect_button.setEnabled(connected)
        self.cancel_button.setEnabled(busy)
        for widget in (self.url, self.client, self.server, self.password):
            widget.setEnabled(not connected and not busy)
        why = ""
        if not connected:
            why = self.tr("Connect to a device first")
        elif busy:
            why = self.tr("Wait for the running exchange, or Cancel it")
        elif self.current is None:
            why = self.tr("Select an object first")
        ready = not why
        self.read_button.setEnabled(ready)
        self.read_all_button.setEnabled(ready)
        self.read_button.setToolTip(
            why or self.tr("Read the selected attributes (all readable ones if none)")
        )
        self.read_all_button.setToolTip(why or self.tr("Read every readable attribute"))
        write_why = why
        rows = self._selected_attribute_rows()
        attribute = self._attribute_at(rows[0]) if len(rows) == 1 else None
        if not write_why and attribute is None:
            write_why = self.tr("Select one attribute")
        elif not write_why and attribute is not None and not attribute[1].writable:
            write_why = self.tr("This attribute is not writable for this client")
        self.write_button.setEnabled(not write_why)
        self.write_button.setToolTip(write_why or self.tr("Edit and write the selected attribute"))
        invoke_why = why
        method = self._selected_method()
        if not invoke_why and method is None:
            invoke_why = self.tr("Select a method")
        elif not invoke_why and method is not None and method[1] is MethodAccess.NO_ACCESS:
            invoke_why = self.tr("This method is not available to this client")
        self.invoke_button.setEnabled(not invoke_why)
        self.invoke_button.setToolTip(invoke_why or self.tr("Invoke the selected method"))
        is_profile = self.current is not None and self.current.class_id == PROFILE_CLASS
        self.pages.setTabEnabled(1, is_profile)
        profile_why = why or ("" if is_profile else self.tr("Select a profile generic object (class 7)"))
        self.profile.read_button.setEnabled(not profile_why)
        self.profile.read_button.setToolTip(profile_why or self.tr("Read the buffer rows chosen on the left"))

    # --- recent URLs -----------------------------------------------------------------------------
    def _recent(self) -> list[str]:
        if self.settings is None:
            return []
        value: Any = self.settings.value(RECENT_KEY, [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items if v]

    def _remember(self, url: str) -> None:
        recent = [url, *(u for u in self._recent() if u != url)][:MAX_RECENT]
        if self.settings is not None:
            self.settings.setValue(RECENT_KEY, recent)
        self.url.blockSignals(True)
        self.url.clear()
        self.url.addItems(recent)
        self.url.setCurrentText(url)
        self.url.blockSignals(False)

    # --- tasks ---------------------------------------------------------------------------------------
    def start(self, work: Coroutine[Any, Any, None]) -> bool:
        """Run one exchange as a task (one at a time); False when another still runs."""
        if self.busy:
            work.close()
            self._say(self.tr("Busy: wait for the running exchange, or Cancel it."))
            return False
        self.task = asyncio.ensure_future(self._guarded(work))
        self._update_buttons()
        return True

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except asyncio.CancelledError:
            self._say(self.tr("Cancelled."))
            if self.session is None:
                self._set_light("idle")
            await self._drop_if_broken(self.tr("the exchange was cancelled"))
        except GwtermError as exc:
            self._failed(exc)
            await self._drop_if_broken(str(exc))
        finally:
            self.task = None
            self._update_buttons()

    def cancel_task(self) -> None:
        """Stop the running exchange (an association left mid-request is closed)."""
        if self.task is not None:
            self.task.cancel()

    def _headline(self, exc: GwtermError) -> str:
        if isinstance(exc, AuthError):
            return self.tr("Association refused (password or client address?)")
        if isinstance(exc, DeviceTimeoutError):
            return self.tr("The device does not answer")
        if isinstance(exc, TransportError):
            return self.tr("Connection problem")
        if isinstance(exc, CosemAccessError):
            return self.tr("The device refused")
        if isinstance(exc, ValidationError):
            return self.tr("Invalid input")
        return self.tr("Failed")

    def _failed(self, exc: GwtermError) -> None:
        text = f"{self._headline(exc)}: {exc}"
        self._say(text, error=True)
        if self.session is None:
            self._set_light("error")
        self.notify("error", text, self._trace_text())

    async def _drop_if_broken(self, reason: str) -> None:
        """Close an association that can take no further request (cancelled or failed mid-exchange)."""
        session = self.session
        if session is None or session.association.state is ClientState.READY:
            return
        self.session = None
        await session.close(polite=False)
        self._set_light("error")
        self._say(self.tr("Disconnected: %1. Connect again.").replace("%1", reason), error=True)
        self._update_buttons()

    def _on_trace(self, direction: str, data: bytes, _when: float) -> None:
        self.trace.append((direction, bytes(data)))

    def _trace_text(self) -> str:
        return "\n".join(f"{'→' if d == TX else '←'} {data.hex(' ').upper()}" for d, data in self.trace)

    # --- connection --------------------------------------------------------------------------------
    def connect_device(self) -> None:
        """Associate with the device in the URL field and read its object list."""
        if self.connected or self.busy:
            return
        url = self.url.currentText().strip()
        if not url:
            self._say(self.tr("Give the device URL, e.g. tcp://192.168.1.10:4059."), error=True)
            return
        if "://" not in url:
            url = f"tcp://{url}"
        self._remember(url)
        self.start(self._connect(url))

    async def _connect(self, url: str) -> None:
        self._set_light("connecting")
        self._say(self.tr("Connecting to %1 …").replace("%1", url))
        self.trace.clear()
        timeout = setting_float(self.settings, "session/timeout", 3.0) if self.settings else 5.0
        retries = setting_int(self.settings, "session/retries", 3) if self.settings else 2
        session = await DlmsSession.connect(
            url,
            password=self.password.text() or None,
            client_sap=self.client.value(),
            server_logical=self.server.value(),
            timeout=timeout,
            retries=retries,
            trace=self._on_trace,
        )
        self.session = session
        self.window().installEventFilter(self)  # closing the window releases the association
        self.values.clear()
        self.failures.clear()
        self.scalers.clear()
        self.profiles.clear()
        self._update_buttons()
        self._say(self.tr("Associated; reading the object list …"))
        entries = await session.object_list()
        self._fill_tree(entries)
        self._set_light("connected")
        auth = str(session.device.get("authentication", ""))
        self._say(
            self.tr("Connected to %1 (client 0x%2, %3 authentication): %n object(s).", "", len(entries))
            .replace("%1", url)
            .replace("%2", format(session.target.client_sap, "02X"))
            .replace("%3", auth)
        )

    def disconnect_device(self) -> None:
        """Cancel what runs and release the association."""
        self.cancel_task()
        self.closing = asyncio.ensure_future(self.release())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes: release the association (the device serves one at a time)."""
        if event.type() == QEvent.Type.Close and watched is self.window() and self.session is not None:
            self.cancel_task()
            self.closing = asyncio.ensure_future(self.release())
        return False

    async def release(self) -> None:
        """Release the association (RLRQ) and close the link; the object tree stays for reference."""
        session, self.session = self.session, None
        if session is not None:
            await session.close()
            self._say(self.tr("Disconnected."))
        self._set_light("idle")
        self._update_buttons()

    # --- the object tree -----------------------------------------------------------------------------
    def _class_label(self, class_id: int) -> str:
        name = (
            class_name(class_id) if class_id in CLASSES else self.tr("Class %1").replace("%1", str(class_id))
        )
        return f"{name} ({class_id})"

    def _fill_tree(self, entries: Sequence[ObjectListEntry]) -> None:
        self.entries = {e.logical_name: e for e in entries}
        self.current = None
        self.tree.clear()
        self.groups = []
        groups: dict[int, list[ObjectListEntry]] = collections.defaultdict(list)
        for entry in entries:
            groups[entry.class_id].append(entry)
        for class_id in sorted(groups):
            members = sorted(groups[class_id], key=lambda e: e.logical_name)
            group = QTreeWidgetItem([self._class_label(class_id), self.tr("%n object(s)", "", len(members))])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            children: list[QTreeWidgetItem] = []
            for entry in members:
                child = QTreeWidgetItem([entry.logical_name.dotted, entry.logical_name.display])
                child.setData(0, OBIS_ROLE, entry.logical_name.dotted)
                child.setToolTip(0, f"{class_name(entry.class_id)} v{entry.version}")
                group.addChild(child)
                children.append(child)
            self.tree.addTopLevelItem(group)
            self.groups.append((group, children))
        self.apply_filter(self.filter.text())
        self._show_object()

    def object_count(self) -> int:
        """How many objects the tree lists."""
        return sum(len(children) for _, children in self.groups)

    def apply_filter(self, text: str) -> None:
        """Show only objects whose OBIS code (either form) or class matches `text`."""
        needle = text.strip().lower()
        for group, children in self.groups:
            group_hit = bool(needle) and needle in group.text(0).lower()
            shown = 0
            for child in children:
                hit = not needle or group_hit or needle in child.text(0) or needle in child.text(1).lower()
                child.setHidden(not hit)
                shown += int(hit)
            group.setHidden(shown == 0)
            if needle:
                group.setExpanded(shown > 0)

    def select_object(self, obis: Obis | str) -> bool:
        """Make an object current (as a click on it in the tree would); False when it is not listed."""
        wanted = Obis.coerce(obis).dotted
        for group, children in self.groups:
            for child in children:
                if child.data(0, OBIS_ROLE) == wanted:
                    group.setExpanded(True)
                    child.setHidden(False)
                    self.tree.setCurrentItem(child)
                    self.tree.scrollToItem(child)
                    return True
        return False

    def _object_selected(self) -> None:
        item = self.tree.currentItem()
        obis = item.data(0, OBIS_ROLE) if item is not None else None
        self.current = self.entries.get(Obis.parse(obis)) if obis else None
        self._show_object()

    def _show_object(self) -> None:
        entry = self.current
        if entry is None:
            self.object_label.setText(self.tr("Select an object."))
            self.attributes.setRowCount(0)
            self.methods.setRowCount(0)
            self._update_buttons()
            return
        self.object_label.setText(
            f"{entry.logical_name.dotted}  ·  {entry.logical_name.display}  ·  "
            f"{self._class_label(entry.class_id)} v{entry.version}"
        )
        self._fill_attributes()
        self._fill_methods()
        if entry.class_id == PROFILE_CLASS:
            columns = self.profiles.get(entry.logical_name)
            if columns is not None:
                self.profile.set_columns(columns)
            else:
                self.profile.set_columns([])
        elif self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
        self._update_buttons()

    # --- attributes ----------------------------------------------------------------------------------
    def _attribute_indexes(self, entry: ObjectListEntry) -> list[int]:
        if entry.attribute_access:
            return sorted(i for i, _ in entry.attribute_access)
        spec = CLASSES.get(entry.class_id)
        return [a.index for a in spec.attributes] if spec else [1]

    def _access_of(self, entry: ObjectListEntry, index: int) -> AttributeAccess:
        if not entry.attribute_access:
            return AttributeAccess.READ_ONLY
        return dict(entry.attribute_access).get(index, AttributeAccess.NO_ACCESS)

    def _access_text(self, access: AttributeAccess) -> str:
        return {
            AttributeAccess.NO_ACCESS: self.tr("no access"),
            AttributeAccess.READ_ONLY: self.tr("read"),
            AttributeAccess.WRITE_ONLY: self.tr("write"),
            AttributeAccess.READ_WRITE: self.tr("read/write"),
        }[access]

    def _expected_type(self, class_id: int, index: int) -> str:
        spec = CLASSES.get(class_id)
        attribute = spec.attribute(index) if spec else None
        return " | ".join(t.label for t in attribute.types) if attribute is not None else ""

    def value_display(self, entry: ObjectListEntry, index: int, data: Data) -> tuple[str, str]:
        """What the value cell shows and what a CSV export writes."""
        obis, class_id = entry.logical_name, entry.class_id
        if index == 1 and isinstance(data.value, bytes) and len(data.value) == 6:
            name = Obis.from_bytes(data.value)
            return f"{name.dotted} ({name.display})", name.dotted
        scaler = self.scalers.get(obis)
        if is_scaled(class_id, index) and scaler is not None:
            number = scaled_number(data, scaler)
            if number is not None:
                number, symbol = convert_number(number, scaler.symbol or "")  # energy in the chosen unit
                unit = f" {symbol}" if symbol else ""
                return number_display(number) + unit, number_text(number)
        if index == scaler_unit_index(class_id):
            found = scaler_unit_or_none(data)
            if found is not None:
                shown = self.tr("scaler %1, unit %2").replace("%1", str(found.scaler))
                shown = shown.replace("%2", f"{found.symbol or '—'} ({found.unit})")
                if found.symbol and display_unit(found.symbol) != found.symbol:
                    shown += " · " + self.tr("values shown in %1").replace("%1", display_unit(found.symbol))
                return shown, f"{found.scaler},{found.symbol}"
        text = display_text(data)
        if class_id == PROFILE_CLASS and index == CAPTURE_OBJECTS:
            captured = decode_attribute(class_id, index, data)
            if isinstance(captured, list) and all(isinstance(c, CaptureObject) for c in captured):
                text = ", ".join(f"{c.logical_name.display}:{c.attribute}" for c in captured)
        return text, text

    def _fill_attributes(self) -> None:
        entry = self.current
        if entry is None:
            return
        selected = {a[0] for r in self._selected_attribute_rows() if (a := self._attribute_at(r)) is not None}
        indexes = self._attribute_indexes(entry)
        self.attributes.setRowCount(len(indexes))
        grey = QBrush(QColor("#9e9e9e"))
        red = QBrush(QColor("#c62828"))
        for row, index in enumerate(indexes):
            access = self._access_of(entry, index)
            key = (entry.logical_name, index)
            data = self.values.get(key)
            failure = self.failures.get(key)
            number = make_item(str(index))
            number.setData(OBIS_ROLE, index)
            type_text = data.type.label if data is not None else self._expected_type(entry.class_id, index)
            if failure is not None:
                value = make_item(failure)
                value.setForeground(red)
            elif data is None:
                hint = ""
                if entry.class_id == PROFILE_CLASS and index == BUFFER:
                    hint = self.tr("(read it on the Profile buffer page)")
                value = make_item(hint, "")
            else:
                shown, export = self.value_display(entry, index, data)
                value = make_item(shown, export, display_text(data)[:4000])
            cells = [
                number,
                make_item(attribute_name(entry.class_id, index)),
                make_item(self._access_text(access)),
                make_item(type_text),
                value,
            ]
            for column, item in enumerate(cells):
                if not access.readable and column < ATTRIBUTE_COLUMNS - 1:
                    item.setForeground(grey)
                self.attributes.setItem(row, column, item)
            if index in selected:
                self.attributes.selectRow(row)

    def _fill_methods(self) -> None:
        entry = self.current
        if entry is None:
            return
        methods = sorted(entry.method_access)
        if not methods:
            spec = CLASSES.get(entry.class_id)
            methods = [(m.index, MethodAccess.NO_ACCESS) for m in spec.methods] if spec else []
        names = {
            MethodAccess.NO_ACCESS: self.tr("no access"),
            MethodAccess.ACCESS: self.tr("access"),
            MethodAccess.AUTHENTICATED_ACCESS: self.tr("authenticated access"),
        }
        self.methods.setRowCount(len(methods))
        for row, (index, access) in enumerate(methods):
            number = make_item(str(index))
            number.setData(OBIS_ROLE, index)
            self.methods.setItem(row, 0, number)
            self.methods.setItem(row, 1, make_item(method_name(entry.class_id, index)))
            self.methods.setItem(row, 2, make_item(names[access]))

    def select_attribute(self, index: int) -> bool:
        """Select the row of one attribute of the current object."""
        for row in range(self.attributes.rowCount()):
            item = self.attributes.item(row, 0)
            if item is not None and item.data(OBIS_ROLE) == index:
                self.attributes.clearSelection()
                self.attributes.selectRow(row)
                return True
        return False

    def select_method(self, index: int) -> bool:
        """Select the row of one method of the current object."""
        for row in range(self.methods.rowCount()):
            item = self.methods.item(row, 0)
            if item is not None and item.data(OBIS_ROLE) == index:
                self.methods.selectRow(row)
                return True
        return False

    def _attribute_activated(self) -> None:
        rows = self._selected_attribute_rows()
        attribute = self._attribute_at(rows[0]) if len(rows) == 1 else None
        if attribute is not None and attribute[1].writable and self.write_button.isEnabled():
            self.edit_attribute()
        elif self.read_button.isEnabled():
            self.read_selected()

    def read_selected(self) -> None:
        """Read the selected attributes of the current object (every readable one when none is selected)."""
        entry = self.current
        if entry is None or not self.connected:
            return
        chosen = [
            a[0]
            for r in self._selected_attribute_rows()
            if (a := self._attribute_at(r)) is not None and a[1].readable
        ]
        if self._selected_attribute_rows() and not chosen:
            self._say(self.tr("The selected attributes are not readable for this client."), error=True)
            return
        if entry.class_id == PROFILE_CLASS and chosen == [BUFFER]:
            self.pages.setCurrentIndex(1)
            self.read_profile()
            return
        self.start(self._read(entry, chosen or None))

    def read_all(self) -> None:
        """Read every readable attribute of the current object."""
        if self.current is not None and self.connected:
            self.start(self._read(self.current, None))

    async def _read(self, entry: ObjectListEntry, chosen: list[int] | None) -> None:
        session = self.session
        if session is None:
            return
        obis, class_id = entry.logical_name, entry.class_id
        if chosen is None:
            indexes = [
                i
                for i in self._attribute_indexes(entry)
                if self._access_of(entry, i).readable and not (class_id == PROFILE_CLASS and i == BUFFER)
            ]
        else:
            indexes = [i for i in chosen if not (class_id == PROFILE_CLASS and i == BUFFER)]
        scaler_index = scaler_unit_index(class_id)
        wanted = list(indexes)
        if (
            scaler_index is not None
            and obis not in self.scalers
            and scaler_index not in wanted
            and any(is_scaled(class_id, i) for i in wanted)
            and self._access_of(entry, scaler_index).readable
        ):
            wanted.append(scaler_index)
        if not wanted:
            self._say(self.tr("Nothing readable selected."))
            return
        self._say(self.tr("Reading %1 …").replace("%1", obis.dotted))
        results = await session.get_many([(class_id, obis, i) for i in wanted])
        refused = 0
        for index, result in zip(wanted, results, strict=True):
            key = (obis, index)
            if isinstance(result, Data):
                self.values[key] = result
                self.failures.pop(key, None)
                if index == scaler_index:
                    found = scaler_unit_or_none(result)
                    if found is not None:
                        self.scalers[obis] = found
            else:
                refused += 1
                self.values.pop(key, None)
                self.failures[key] = self.tr("refused: %1").replace("%1", result_text(int(result)))
        if self.current is entry:
            self._fill_attributes()
        text = self.tr("Read %n attribute(s) of %1.", "", len(wanted) - refused).replace("%1", obis.dotted)
        if refused:
            text += " " + self.tr("%n refused.", "", refused)
        self._say(text, error=bool(refused))

    # --- writing and methods -----------------------------------------------------------------------
    def edit_attribute(self) -> None:
        """Open the typed editor for the selected writable attribute; OK writes it and reads it back."""
        entry = self.current
        rows = self._selected_attribute_rows()
        attribute = self._attribute_at(rows[0]) if len(rows) == 1 else None
        if entry is None or attribute is None or not self.connected:
            return
        index, access = attribute
        if not access.writable:
            self._say(self.tr("This attribute is not writable for this client."), error=True)
            return
        current = self.values.get((entry.logical_name, index))
        type_name = None
        if current is None:
            spec = CLASSES.get(entry.class_id)
            spec_attribute = spec.attribute(index) if spec else None
            if spec_attribute is not None and spec_attribute.types:
                type_name = value_type_of(Data(type=spec_attribute.types[0]))
        title = (
            self.tr("Write %1 · %2")
            .replace("%1", entry.logical_name.dotted)
            .replace("%2", attribute_name(entry.class_id, index))
        )
        dialog = ValueEditorDialog(title, current, type_name=type_name, parent=self)
        self.editor_dialog = dialog
        dialog.accepted.connect(lambda: self._editor_done(entry, index, dialog))
        dialog.open()

    def _editor_done(self, entry: ObjectListEntry, index: int, dialog: ValueEditorDialog) -> None:
        value = dialog.result_value
        if value is not None:
            self.start(self._write(entry, index, value))

    async def _write(self, entry: ObjectListEntry, index: int, value: Data) -> None:
        session = self.session
        if session is None:
            return
        obis = entry.logical_name
        name = attribute_name(entry.class_id, index)
        self._say(self.tr("Writing %1 · %2 …").replace("%1", obis.dotted).replace("%2", name))
        try:
            await session.set(obis, index, value, class_id=entry.class_id)
        except CosemAccessError as exc:
            self.failures[(obis, index)] = self.tr("write refused: %1").replace("%1", result_text(exc.result))
            if self.current is entry:
                self._fill_attributes()
            raise
        self.failures.pop((obis, index), None)
        if self._access_of(entry, index).readable:
            back = await session.get(obis, index, class_id=entry.class_id)
            self.values[(obis, index)] = back
            shown, _ = self.value_display(entry, index, back)
            text = self.tr("Wrote %1 · %2; the device reads back: %3").replace("%1", obis.dotted)
            text = text.replace("%2", name).replace("%3", shown)
        else:
            self.values.pop((obis, index), None)
            text = self.tr("Wrote %1 · %2.").replace("%1", obis.dotted).replace("%2", name)
        if self.current is entry:
            self._fill_attributes()
        self._say(text)
        self.notify("info", text)

    def invoke_method(self) -> None:
        """Ask for the method's parameter (or none) and invoke it."""
        entry = self.current
        method = self._selected_method()
        if entry is None or method is None or not self.connected:
            return
        index, access = method
        if access is MethodAccess.NO_ACCESS:
            self._say(self.tr("This method is not available to this client."), error=True)
            return
        title = (
            self.tr("Invoke %1 · %2")
            .replace("%1", entry.logical_name.dotted)
            .replace("%2", method_name(entry.class_id, index))
        )
        dialog = ValueEditorDialog(title, None, type_name="none", allow_none=True, parent=self)
        self.editor_dialog = dialog
        dialog.accepted.connect(lambda: self.start(self._invoke(entry, index, dialog.result_value)))
        dialog.open()

    async def _invoke(self, entry: ObjectListEntry, index: int, parameter: Data | None) -> None:
        session = self.session
        if session is None:
            return
        obis = entry.logical_name
        name = method_name(entry.class_id, index)
        self._say(self.tr("Invoking %1 · %2 …").replace("%1", obis.dotted).replace("%2", name))
        returned = await session.action(obis, index, parameter, class_id=entry.class_id)
        text = self.tr("%1 · %2 done.").replace("%1", obis.dotted).replace("%2", name)
        if returned is not None:
            text += " " + self.tr("Returned: %1").replace("%1", display_text(returned))
        self._say(text)
        self.notify("info", text)

    # --- profile generic -----------------------------------------------------------------------------
    def read_profile(self) -> None:
        """Read the buffer rows chosen on the Profile buffer page."""
        entry = self.current
        if entry is None or entry.class_id != PROFILE_CLASS or not self.connected:
            return
        self.start(self._read_profile(entry))

    async def _profile_columns(self, session: DlmsSession, entry: ObjectListEntry) -> list[ProfileColumn]:
        obis = entry.logical_name
        columns = self.profiles.get(obis)
        if columns is not None:
            return columns
        data = await session.get(obis, CAPTURE_OBJECTS, class_id=PROFILE_CLASS)
        self.values[(obis, CAPTURE_OBJECTS)] = data
        captured = decode_attribute(PROFILE_CLASS, CAPTURE_OBJECTS, data)
        if not isinstance(captured, list) or not all(isinstance(c, CaptureObject) for c in captured):
            captured = []
        scaled = [
            (c, scaler_unit_index(c.class_id))
            for c in captured
            if scaler_unit_index(c.class_id) is not None and is_scaled(c.class_id, c.attribute)
        ]
        scalers: dict[tuple[int, Obis], ScalerUnit] = {}
        if scaled:
            results = await session.get_many([(c.class_id, c.logical_name, i or 0) for c, i in scaled])
            for (capture, _), result in zip(scaled, results, strict=True):
                found = scaler_unit_or_none(result) if isinstance(result, Data) else None
                if found is not None:
                    scalers[(capture.class_id, capture.logical_name)] = found
                    self.scalers[capture.logical_name] = found
        columns = [
            ProfileColumn(capture=c, scaler_unit=scalers.get((c.class_id, c.logical_name))) for c in captured
        ]
        self.profiles[obis] = columns
        return columns

    async def _read_profile(self, entry: ObjectListEntry) -> None:
        session = self.session
        if session is None:
            return
        obis = entry.logical_name
        self._say(self.tr("Reading the buffer of %1 …").replace("%1", obis.dotted))
        columns = await self._profile_columns(session, entry)
        if self.current is entry:
            self.profile.set_columns(columns)
        mode = self.profile.selection()
        access = None
        if mode == "range":
            clock = next((c for c in columns if c.is_clock), None)
            if clock is None:
                raise ValidationError("range", self.tr("this profile captures no clock"))
            start, end = self.profile.time_range()
            access = RangeDescriptor.between(start, end, clock=clock.capture.logical_name).to_access()
        elif mode == "last":
            in_use = (await session.get(obis, ENTRIES_IN_USE, class_id=PROFILE_CLASS)).as_int()
            if in_use == 0:
                self.profile.show_rows([])
                self._say(self.tr("The buffer of %1 is empty.").replace("%1", obis.dotted))
                return
            first = max(1, in_use - self.profile.last.value() + 1)
            access = EntryDescriptor(from_entry=first, to_entry=in_use).to_access()
        buffer = await session.get(obis, BUFFER, class_id=PROFILE_CLASS, access=access)
        rows = profile_rows(buffer)
        if self.current is entry:
            self.profile.show_rows(rows)
            self.pages.setCurrentIndex(1)
        self._say(self.tr("%n row(s) of %1.", "", len(rows)).replace("%1", obis.dotted))

    # --- export ----------------------------------------------------------------------------------------
    def redisplay(self) -> None:
        """Show the values again (the display settings changed: energy unit, number format)."""
        self._fill_attributes()
        self.profile.redisplay()

    def visible_table(self) -> QTableWidget:
        """The table on the page shown (attributes or profile buffer)."""
        return self.profile.table if self.pages.currentIndex() == 1 else self.attributes

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Save the visible table as CSV (asks where when no path is given); the file written."""
        if path is None:
            name = self.current.logical_name.dotted if self.current is not None else "dlms"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export table"), f"{name}.csv", self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        table = self.visible_table()
        try:
            target.write_text(table_csv(table), encoding="utf-8", newline="")
        except OSError as exc:
            text = (
                self.tr("Cannot write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            self._say(text, error=True)
            self.notify("error", text)
            return None
        self._say(self.tr("Exported %n row(s) to %1.", "", table.rowCount()).replace("%1", str(target)))
        return target
