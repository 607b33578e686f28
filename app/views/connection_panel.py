"""The connection panel: named profiles, transport settings, password, Connect / Log off, status light."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.transports.url import parse_url

BAUDS = ["300", "600", "1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200"]
FORMATS = ["8N1", "7E1", "8E1", "7O1", "8O1", "7N2", "8N2"]
LIGHTS = {"idle": "#9e9e9e", "connecting": "#fbc02d", "connected": "#43a047", "error": "#e53935"}


def serial_ports() -> list[tuple[str, str]]:
    """(device, description) of the serial ports the system reports."""
    try:
        from serial.tools import list_ports  # noqa: PLC0415
    except ImportError:
        return []
    return [(p.device, p.description or "") for p in sorted(list_ports.comports(), key=lambda p: p.device)]


class FileField(QWidget):
    """A path line edit with a Browse button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.edit = QLineEdit()
        browse = QToolButton()
        browse.setText("…")
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.title, "", "PEM (*.pem *.crt *.key);;*")
        if path:
            self.edit.setText(path)


class GsmFields(QWidget):
    """A CSD or SMS connection: the local modem's port and speed, the number, (SMS) the dialect."""

    def __init__(self, *, sms: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme = "sms" if sms else "csd"
        self.setObjectName(f"{self.scheme}-page")
        form = QFormLayout(self)
        self.port = QComboBox()
        self.port.setEditable(True)
        self.port.setObjectName(f"{self.scheme}-modem")
        self.port.setToolTip(self.tr("The serial port of the local GSM modem"))
        for device, description in serial_ports():
            self.port.addItem(f"{device} — {description}" if description else device, device)
        self.port.setEditText("")
        self.baud = QComboBox()
        self.baud.addItems(BAUDS)
        self.baud.setCurrentText("115200")
        self.number = QLineEdit()
        self.number.setObjectName(f"{self.scheme}-number")
        self.number.setPlaceholderText("+36201234567")
        self.number.setToolTip(self.tr("The phone number of the gateway's SIM card"))
        form.addRow(self.tr("Modem port"), self.port)
        form.addRow(self.tr("Modem speed"), self.baud)
        form.addRow(self.tr("Phone number"), self.number)
        self.dialect = QComboBox()
        self.dialect.setObjectName(f"{self.scheme}-dialect")
        self.dialect.addItem(self.tr("WM-E (pw=….cmd=…)"), "wme")
        self.dialect.addItem(self.tr("2N MeterCom (MCP …)"), "2n")
        if sms:
            form.addRow(self.tr("Command dialect"), self.dialect)
            form.addRow(QLabel(self.tr("The password is the device's SMS (CSD) password.")))
        else:
            self.dialect.hide()
            form.addRow(QLabel(self.tr("With a CSD password set, it is the password to give.")))

    def modem_url(self) -> str:
        """The serial:// URL of the local modem."""
        index, text = self.port.currentIndex(), self.port.currentText()
        chosen = self.port.itemData(index) if index >= 0 and text == self.port.itemText(index) else None
        device = str(chosen or text.split(" — ")[0]).strip()
        if device.startswith("serial://"):
            return device
        return f"serial://{device}?baud={self.baud.currentText()}"

    def url(self) -> str:
        """csd://NUMBER?modem=… or sms://NUMBER?modem=…[&dialect=2n]."""
        number = self.number.text().strip().replace(" ", "")
        url = f"{self.scheme}://{number}?modem={quote(self.modem_url(), safe=':/')}"
        if self.scheme == "sms" and self.dialect.currentData() == "2n":
            url += "&dialect=2n"
        return url

    def set_url(self, text: str) -> None:
        """Fill the fields from a csd:// or sms:// URL."""
        url = parse_url(text)
        self.number.setText(url.host)
        modem = url.option("modem")
        if modem:
            try:
                inner = parse_url(modem)
            except ValidationError:
                self.port.setEditText(modem)
            else:
                self.port.setEditText(inner.path or modem)
                self.baud.setCurrentText(inner.option("baud", "115200"))
        index = self.dialect.findData(url.option("dialect", "wme"))
        self.dialect.setCurrentIndex(max(0, index))


class ConnectionPanel(QWidget):
    """Builds the connection URL; emits connect_requested(url, password, name) and logoff_requested."""

    connect_requested = Signal(str, str, str)
    logoff_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection-panel")
        self.settings = settings
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.setObjectName("profile")
        profile_edit = self.profile.lineEdit()
        if profile_edit is not None:
            profile_edit.setPlaceholderText(self.tr("Profile name"))
        self.profile.setToolTip(self.tr("Saved connection profiles; type a new name to save a new one"))
        self.profile.activated.connect(self._load_selected)
        save = QToolButton()
        save.setText(self.tr("Save"))
        save.setToolTip(self.tr("Save these settings under the profile name (never the password)"))
        save.clicked.connect(self.save_profile)
        delete = QToolButton()
        delete.setText(self.tr("Delete"))
        delete.clicked.connect(self.delete_profile)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(save)
        profile_row.addWidget(delete)

        self.transport = QComboBox()
        self.transport.setObjectName("transport")
        for key, label in (
            ("serial", self.tr("Serial (RS-232 / USB)")),
            ("tcp", self.tr("TCP")),
            ("tls", self.tr("TLS")),
            ("csd", self.tr("CSD (GSM data call)")),
            ("sms", self.tr("SMS commands")),
        ):
            self.transport.addItem(label, key)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._serial_page())
        self.stack.addWidget(self._tcp_page())
        self.stack.addWidget(self._tls_page())
        self.csd = GsmFields(sms=False)
        self.sms = GsmFields(sms=True)
        self.stack.addWidget(self.csd)
        self.stack.addWidget(self.sms)
        self.transport.currentIndexChanged.connect(self.stack.setCurrentIndex)

        kind_box = QGroupBox(self.tr("Connection type"))
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.addLayout(profile_row)
        kind_layout.addWidget(self.transport)
        kind_layout.addWidget(self.stack)

        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("communication password"))
        self.password.returnPressed.connect(self._connect_clicked)
        show = QToolButton()
        show.setText(self.tr("Show"))
        show.setCheckable(True)
        show.toggled.connect(
            lambda on: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(show)
        self.remember = QCheckBox(self.tr("Remember in the key store"))
        self.remember.setToolTip(
            self.tr("Stored encrypted under the key store's master password, never in plain settings")
        )
        self.encrypt = QCheckBox(self.tr("Encrypt the session (AES-GCM)"))
        comm_box = QGroupBox(self.tr("Communication"))
        comm_layout = QVBoxLayout(comm_box)
        comm_layout.addWidget(QLabel(self.tr("Password")))
        comm_layout.addLayout(password_row)
        comm_layout.addWidget(self.remember)
        comm_layout.addWidget(self.encrypt)

        self.light = QLabel()
        self.light.setObjectName("status-light")
        self.light.setFixedSize(14, 14)
        self.state_text = QLabel()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("connect")
        self.connect_button.clicked.connect(self._connect_clicked)
        self.logoff_button = QPushButton(self.tr("Log off"))
        self.logoff_button.setObjectName("logoff")
        self.logoff_button.clicked.connect(self.logoff_requested)
        status_row = QHBoxLayout()
        status_row.addWidget(self.light)
        status_row.addWidget(self.state_text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.logoff_button)

        layout = QVBoxLayout(self)
        layout.addWidget(kind_box)
        layout.addWidget(comm_box)
        layout.addLayout(status_row)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_state("idle")
        self._reload_profiles()

    # -- pages --------------------------------------------------------------------------------

    def _serial_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.port = QComboBox()
        self.port.setEditable(True)
        self.port.setObjectName("serial-port")
        refresh = QToolButton()
        refresh.setText(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_ports)
        row = QHBoxLayout()
        row.addWidget(self.port, 1)
        row.addWidget(refresh)
        self.baud = QComboBox()
        self.baud.addItems(BAUDS)
        self.baud.setCurrentText("9600")
        self.data_format = QComboBox()
        self.data_format.addItems(FORMATS)
        form.addRow(self.tr("Port"), row)
        form.addRow(self.tr("Baud rate"), self.baud)
        form.addRow(self.tr("Data format"), self.data_format)
        self.refresh_ports()
        return page

    def _tcp_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.tcp_host = QLineEdit("127.0.0.1")
        self.tcp_host.setObjectName("tcp-host")
        self.tcp_port = QSpinBox()
        self.tcp_port.setObjectName("tcp-port")
        self.tcp_port.setRange(1, 65535)
        self.tcp_port.setValue(9001)
        form.addRow(self.tr("Host"), self.tcp_host)
        form.addRow(self.tr("Port"), self.tcp_port)
        return page

    def _tls_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.tls_host = QLineEdit("127.0.0.1")
        self.tls_port = QSpinBox()
        self.tls_port.setRange(1, 65535)
        self.tls_port.setValue(9001)
        self.tls_ca = FileField(self.tr("CA certificate"))
        self.tls_cert = FileField(self.tr("Client certificate"))
        self.tls_key = FileField(self.tr("Client key"))
        self.tls_insecure = QCheckBox(self.tr("Do not verify the server (insecure)"))
        form.addRow(self.tr("Host"), self.tls_host)
        form.addRow(self.tr("Port"), self.tls_port)
        form.addRow(self.tr("CA certificate"), self.tls_ca)
        form.addRow(self.tr("Client certificate"), self.tls_cert)
        form.addRow(self.tr("Client key"), self.tls_key)
        form.addRow(self.tls_insecure)
        return page

    def refresh_ports(self) -> None:
        """Reread the system's serial ports, keeping the current choice."""
        current = self.port.currentText()
        self.port.clear()
        for device, description in serial_ports():
            self.port.addItem(f"{device} — {description}" if description else device, device)
        if current:
            self.port.setEditText(current)

    # -- URL ----------------------------------------------------------------------------------

    def url(self) -> str:
        """The connection URL of the current settings."""
        kind = self.transport.currentData()
        if kind == "serial":
            index, text = self.port.currentIndex(), self.port.currentText()
            chosen = self.port.itemData(index) if index >= 0 and text == self.port.itemText(index) else None
            device = str(chosen or text.split(" — ")[0]).strip()
            return f"serial://{device}?baud={self.baud.currentText()}&format={self.data_format.currentText()}"
        if kind == "tcp":
            return f"tcp://{self.tcp_host.text().strip()}:{self.tcp_port.value()}"
        if kind in ("csd", "sms"):
            return (self.csd if kind == "csd" else self.sms).url()
        options = {
            k: v
            for k, v in (
                ("ca", self.tls_ca.edit.text()),
                ("cert", self.tls_cert.edit.text()),
                ("key", self.tls_key.edit.text()),
            )
            if v
        }
        if self.tls_insecure.isChecked():
            options["insecure"] = "1"
        query = f"?{urlencode(options)}" if options else ""
        return f"tls://{self.tls_host.text().strip()}:{self.tls_port.value()}{query}"

    def set_url(self, text: str) -> None:
        """Fill the fields from a URL."""
        url = parse_url(text)
        if url.scheme == "serial":
            self.transport.setCurrentIndex(0)
            self.port.setEditText(url.path)
            self.baud.setCurrentText(url.option("baud", "9600"))
            self.data_format.setCurrentText(url.option("format", "8N1").upper())
        elif url.scheme == "tcp":
            self.transport.setCurrentIndex(1)
            self.tcp_host.setText(url.host)
            self.tcp_port.setValue(url.port or 9001)
        elif url.scheme == "tls":
            self.transport.setCurrentIndex(2)
            self.tls_host.setText(url.host)
            self.tls_port.setValue(url.port or 9001)
            self.tls_ca.edit.setText(url.option("ca"))
            self.tls_cert.edit.setText(url.option("cert"))
            self.tls_key.edit.setText(url.option("key"))
            self.tls_insecure.setChecked(url.option("insecure") in ("1", "true"))
        elif url.scheme in ("csd", "sms"):
            self.transport.setCurrentIndex(self.transport.findData(url.scheme))
            (self.csd if url.scheme == "csd" else self.sms).set_url(text)

    def name(self) -> str:
        """The profile name, or the URL when unnamed."""
        return self.profile.currentText().strip() or self.url().split("?")[0]

    def _connect_clicked(self) -> None:
        self.connect_requested.emit(self.url(), self.password.text(), self.name())

    def set_state(self, state: str, text: str = "") -> None:
        """idle, connecting, connected or error: the light, the text and which buttons work."""
        self.light.setStyleSheet(f"background: {LIGHTS.get(state, LIGHTS['idle'])}; border-radius: 7px;")
        names = {
            "idle": self.tr("Not connected"),
            "connecting": self.tr("Connecting…"),
            "connected": self.tr("Connected"),
            "error": self.tr("Connection failed"),
        }
        self.state_text.setText(text or names.get(state, state))
        self.connect_button.setEnabled(state != "connecting")
        self.logoff_button.setEnabled(state == "connected")

    # -- profiles -----------------------------------------------------------------------------

    def _profiles(self) -> dict[str, dict[str, Any]]:
        raw = self.settings.value("connections/profiles", {})
        return dict(raw) if isinstance(raw, dict) else {}

    def _reload_profiles(self) -> None:
        current = self.profile.currentText()
        self.profile.clear()
        self.profile.addItems(sorted(self._profiles()))
        self.profile.setEditText(current)

    def save_profile(self) -> None:
        """Store the current settings under the profile name (no password)."""
        name = self.profile.currentText().strip()
        if not name:
            return
        profiles = self._profiles()
        profiles[name] = {"url": self.url(), "encrypt": self.encrypt.isChecked()}
        self.settings.setValue("connections/profiles", profiles)
        self._reload_profiles()
        self.profile.setCurrentText(name)

    def delete_profile(self) -> None:
        """Forget the named profile."""
        profiles = self._profiles()
        if profiles.pop(self.profile.currentText().strip(), None) is not None:
            self.settings.setValue("connections/profiles", profiles)
            self._reload_profiles()

    def _load_selected(self) -> None:
        entry = self._profiles().get(self.profile.currentText())
        if entry:
            self.set_url(str(entry.get("url", "")))
            self.encrypt.setChecked(str(entry.get("encrypt", "false")).lower() == "true")
