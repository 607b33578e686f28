"""Device information: RSSI with a four-segment bar, access technology, identity and network fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.devices.rssi import rssi_level

SEGMENT_COLOURS = ("#d32f2f", "#f57c00", "#fbc02d", "#388e3c")


class RssiBar(QWidget):
    """Four bars of rising height, lit up to the signal level in red, orange, yellow, green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0
        self.setMinimumSize(QSize(96, 48))

    def set_level(self, level: int) -> None:
        """0 (unknown) to 4."""
        self.level = level
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() / 4
        for i in range(4):
            height = self.height() * (i + 1) / 4
            colour = QColor(SEGMENT_COLOURS[i]) if i < self.level else QColor("#c8c8c8")
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(i * width + 3, self.height() - height, width - 6, height), 2, 2)


class DeviceInfoDialog(QDialog):
    """All fields in a two-column grid, with Refresh and Copy all."""

    FIELDS = (
        ("model", "Model"),
        ("name", "Device"),
        ("serial", "Serial number"),
        ("firmware", "Firmware version"),
        ("hardware_id", "Hardware ID"),
        ("imei", "IMEI"),
        ("icc", "ICC (SIM)"),
        ("operator", "Operator"),
        ("technology", "Access technology"),
        ("rssi_dbm", "RSSI"),
        ("ip", "IP address"),
        ("hostname", "Host name"),
    )

    def __init__(self, refresh: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("device-info")
        self.setWindowTitle(self.tr("Device information"))
        self._refresh = refresh
        self.info: dict[str, Any] = {}
        self.bar = RssiBar(self)
        self.rssi_label = QLabel()
        self.rssi_label.setObjectName("rssi-text")
        self.tech_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.bar)
        side = QVBoxLayout()
        side.addWidget(self.rssi_label)
        side.addWidget(self.tech_label)
        top.addLayout(side, 1)
        self.grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        labels = {
            "model": self.tr("Model"),
            "name": self.tr("Device"),
            "serial": self.tr("Serial number"),
            "firmware": self.tr("Firmware version"),
            "hardware_id": self.tr("Hardware ID"),
            "imei": self.tr("IMEI"),
            "icc": self.tr("ICC (SIM)"),
            "operator": self.tr("Operator"),
            "technology": self.tr("Access technology"),
            "rssi_dbm": self.tr("RSSI"),
            "ip": self.tr("IP address"),
            "hostname": self.tr("Host name"),
        }
        self.names = labels
        for row, (key, _) in enumerate(self.FIELDS):
            name = QLabel(labels[key])
            value = QLabel()
            value.setObjectName(f"info:{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
        refresh_button = QPushButton(self.tr("Refresh"))
        refresh_button.clicked.connect(self._refresh)
        copy_button = QPushButton(self.tr("Copy all"))
        copy_button.clicked.connect(self.copy_all)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh_button)
        buttons.addWidget(copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)

    def show_info(self, info: dict[str, Any]) -> None:
        """Fill the fields from an INFO answer."""
        self.info = info
        for key, label in self.values.items():
            value = info.get(key, "")
            label.setText(f"{value} dBm" if key == "rssi_dbm" and isinstance(value, int) else str(value))
        rssi = info.get("rssi_dbm")
        technology = str(info.get("technology", ""))
        if isinstance(rssi, int):
            level = rssi_level(rssi, technology)
            self.bar.set_level(level)
            quality = [self.tr("poor"), self.tr("fair"), self.tr("good"), self.tr("excellent")][level - 1]
            self.rssi_label.setText(
                self.tr("RSSI: %1 dBm (%2)").replace("%1", str(rssi)).replace("%2", quality)
            )
        else:
            self.bar.set_level(0)
            self.rssi_label.setText(self.tr("RSSI: not available"))
        self.tech_label.setText(self.tr("Access technology: %1").replace("%1", technology))

    def copy_all(self) -> None:
        """All fields as 'name: value' lines on the clipboard."""
        text = "\n".join(f"{self.names[k]}: {self.values[k].text()}" for k, _ in self.FIELDS)
        QGuiApplication.clipboard().setText(text)
