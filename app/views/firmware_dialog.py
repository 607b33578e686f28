"""Firmware: choose an image, see its header before sending, transfer with rate and time left, activate."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.native import NativeDevice
from app.errors import GwtermError
from app.firmware import image as fw
from app.firmware.update import status_of, update_connected
from app.views.controller import DeviceController


class FirmwareDialog(QDialog):
    """Nothing is sent until the user has seen what the image is and pressed Update."""

    def __init__(self, controller: DeviceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firmware-dialog")
        self.setWindowTitle(self.tr("Firmware"))
        self.controller = controller
        self.raw = b""
        self.task: asyncio.Task[Any] | None = None
        self.started = 0.0
        self.fields: dict[str, QLabel] = {}
        header = QFormLayout()
        for key, label in (
            ("file", self.tr("File")),
            ("models", self.tr("For models")),
            ("version", self.tr("Version")),
            ("min_version", self.tr("Replaces from version")),
            ("kind", self.tr("Payload")),
            ("size", self.tr("Size")),
            ("signer", self.tr("Signer")),
            ("notes", self.tr("Notes")),
            ("device", self.tr("Device runs")),
            ("state", self.tr("Activation state")),
        ):
            value = QLabel("–")
            value.setObjectName(f"fw:{key}")
            value.setWordWrap(True)
            header.addRow(label, value)
            self.fields[key] = value
        self.choose = QPushButton(self.tr("Choose image…"))
        self.choose.clicked.connect(self.choose_dialog)
        self.start = QPushButton(self.tr("Update"))
        self.start.setObjectName("fw-update")
        self.start.clicked.connect(self.begin)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.rate = QLabel()
        self.rate.setObjectName("fw-rate")
        buttons = QHBoxLayout()
        for widget in (self.choose, self.start, self.cancel):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.rate)
        layout.addLayout(buttons)
        self._busy(False)
        self.resize(520, 420)
        self.refresh_status()

    def _busy(self, busy: bool) -> None:
        self.start.setEnabled(bool(self.raw) and not busy and self.controller.is_connected)
        self.choose.setEnabled(not busy)
        self.cancel.setEnabled(busy)

    def choose_dialog(self) -> None:
        """Pick an image file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose firmware image"), "", self.tr("Images (*.img *.bin);;*")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and show an image's header; False (with the reason shown) if it is no image."""
        try:
            raw = path.read_bytes()
            header = fw.parse(raw).header
        except (OSError, GwtermError) as exc:
            self.fields["state"].setText(self.tr("Not a usable image: %1").replace("%1", str(exc)))
            self.raw = b""
            self._busy(False)
            return False
        self.raw = raw
        values = {
            "file": path.name,
            "models": ", ".join(header.models),
            "version": header.version,
            "min_version": header.min_version,
            "kind": header.payload_kind,
            "size": f"{header.payload_size:,} B",
            "signer": header.signer,
            "notes": header.notes or "–",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["state"].setText(self.tr("Ready: nothing has been sent yet."))
        self._busy(False)
        return True

    def refresh_status(self) -> None:
        """Ask the device for its slots."""
        device = self.controller.device
        if not isinstance(device, NativeDevice) or self.controller.is_busy:
            return  # firmware travels over gwcp only (not SMS)

        async def work() -> None:
            try:
                status = await status_of(device)
            except GwtermError as exc:
                self.fields["device"].setText(str(exc))
                return
            text = status["running_version"]
            if status.get("last_error"):
                text += "  (" + self.tr("last update undone: %1").replace("%1", status["last_error"]) + ")"
            self.fields["device"].setText(text)

        self.task = asyncio.ensure_future(work())

    def begin(self) -> None:
        """Transfer (resuming where a broken link stopped), install, activate, follow, confirm."""
        device = self.controller.device
        if not isinstance(device, NativeDevice) or not self.raw:
            return
        self._busy(True)
        self.started = time.monotonic()
        first: list[int] = []

        def progress(phase: str, done: int, total: int) -> None:
            names = {
                "transfer": self.tr("Transferring"),
                "install": self.tr("Checking and installing"),
                "activate": self.tr("Activating"),
                "restart": self.tr("Restarting, waiting for confirmation"),
                "done": self.tr("Confirmed"),
            }
            self.fields["state"].setText(names.get(phase, phase))
            if phase != "transfer" or not total:
                return
            if not first:
                first.append(done)
                self.started = time.monotonic()
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            elapsed = max(0.001, time.monotonic() - self.started)
            rate = (done - first[0]) / elapsed
            left = (total - done) / rate if rate > 0 else 0
            self.rate.setText(
                self.tr("%1 of %2 bytes, %3 B/s, %4 s left")
                .replace("%1", f"{done:,}")
                .replace("%2", f"{total:,}")
                .replace("%3", f"{rate:,.0f}")
                .replace("%4", f"{left:.0f}")
            )

        async def work() -> None:
            try:
                result = await update_connected(device, self.raw, progress=progress)
                self.controller.audit(
                    "firmware update", [], "ok", f"{result.previous} -> {result.version}, confirmed"
                )
                self.fields["state"].setText(
                    self.tr("Updated from %1 to %2, confirmed.")
                    .replace("%1", result.previous)
                    .replace("%2", result.version)
                )
                self.fields["device"].setText(result.version)
            except asyncio.CancelledError:
                self.fields["state"].setText(
                    self.tr("Cancelled. Update again to resume where the transfer stopped.")
                )
            except GwtermError as exc:
                self.controller.audit("firmware update", [], "failed", str(exc))
                self.fields["state"].setText(
                    self.tr("Failed: %1. Update again to resume.").replace("%1", str(exc))
                )
            finally:
                self._busy(False)

        self.task = asyncio.ensure_future(work())

    def stop(self) -> None:
        """Cancel the running update; the device keeps what it confirmed and its running version."""
        if self.task is not None:
            self.task.cancel()
