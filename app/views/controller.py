"""Device work for the window: async operations on one connection, reported through Qt signals."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.devices.connect import Device, connect_device
from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.errors import DeviceError, GwtermError
from app.params.edits import EditSession
from app.params.values import Value

TRACE_KEEP = 400


class DeviceController(QObject):
    """Owns the connection; every operation is a task that can be cancelled."""

    state_changed = Signal(str)  # idle, connecting, connected, busy, error
    connected = Signal(dict)  # the HELLO answer: model, serial …
    disconnected = Signal()
    values_loaded = Signal()
    busy = Signal(str)  # a description of the running operation, '' when done
    progress = Signal(int, int)
    failed = Signal(str, str)  # message, details (the protocol trace of the failed exchange)
    succeeded = Signal(str)
    traffic = Signal(str, bytes, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device: Device | None = None
        self.edits: EditSession | None = None
        self.url = ""
        self.name = ""
        self.info: dict[str, Any] = {}
        self.options = SessionOptions()
        self._task: asyncio.Task[Any] | None = None
        self._running = False
        self._trace: list[tuple[str, bytes, float]] = []

    @property
    def is_connected(self) -> bool:
        """Whether a device session is open."""
        return self.device is not None

    @property
    def is_busy(self) -> bool:
        """Whether an operation is running."""
        return self._running

    def _on_traffic(self, direction: str, data: bytes, when: float) -> None:
        self._trace.append((direction, data, when))
        del self._trace[:-TRACE_KEEP]
        self.traffic.emit(direction, data, when)

    def trace_text(self, since: float) -> str:
        """The traffic since `since` as text, for an error's Details."""
        lines = [
            f"{time.strftime('%H:%M:%S', time.localtime(t))}.{int(t * 1000) % 1000:03d} "
            f"{'→' if d == 'tx' else '←'} {len(b):4d}  {b.hex(' ')}"
            for d, b, t in self._trace
            if t >= since
        ]
        return "\n".join(lines)

    def run(
        self, label: str, work: Callable[[], Awaitable[Any]], done: Callable[[Any], None] | None = None
    ) -> asyncio.Task[Any] | None:
        """Start `work` as the one running operation; errors become a `failed` signal."""
        if self.is_busy:
            return None
        started = time.time()

        async def wrapper() -> Any:
            try:
                result = await work()
            except asyncio.CancelledError:
                # stale replies are dropped by sequence number, so the session stays usable
                self.failed.emit(self.tr("%1 cancelled.").replace("%1", label), "")
                return None
            except GwtermError as exc:
                self.failed.emit(self._describe(exc), self.trace_text(started))
                if not isinstance(exc, DeviceError) and self.device is not None:
                    await self._drop_link()
                return None
            finally:
                self._running = False
                self.busy.emit("")
            if done is not None:
                done(result)
            return result

        self._running = True  # busy from now, not from the task's first step
        self.busy.emit(label)
        task = asyncio.ensure_future(wrapper())
        task.add_done_callback(lambda _task: self._cancelled_before_start(_task, label))
        self._task = task
        return task

    def _cancelled_before_start(self, task: asyncio.Task[Any], label: str) -> None:
        """A task cancelled before its first step never ran `wrapper`'s cleanup: do it here."""
        if task.cancelled() and self._running and self._task is task:
            self._running = False
            self.busy.emit("")
            self.failed.emit(self.tr("%1 cancelled.").replace("%1", label), "")

    def cancel(self) -> None:
        """Cancel the running operation; the window stays usable."""
        if self._running and self._task is not None:
            self._task.cancel()

    def _describe(self, exc: GwtermError) -> str:
        if isinstance(exc, DeviceError) and exc.key_errors:
            parts = [f"{key}: {reason}" for key, reason in exc.key_errors.items()]
            return self.tr("The device refused the values; nothing was changed.") + " " + "; ".join(parts)
        return str(exc)

    async def _drop_link(self) -> None:
        device, self.device = self.device, None
        if device is not None:
            with contextlib.suppress(Exception):
                await device.session.close(polite=False)
        self.state_changed.emit("error")
        self.disconnected.emit()

    # -- operations ---------------------------------------------------------------------------

    def connect_device(self, url: str, password: str, name: str) -> None:
        """Connect and log in, then read everything."""

        async def work() -> None:
            if self.device is not None:
                await self.device.close()
                self.device = None
            self.state_changed.emit("connecting")
            self.url, self.name = url, name
            try:
                self.device = await connect_device(url, password, self.options, trace=self._on_traffic)
            except BaseException:
                self.state_changed.emit("error")
                raise
            self.edits = EditSession(self.device.profile)
            self.state_changed.emit("connected")
            self.connected.emit(dict(self.device.session.device))
            await self._read_all()

        self.run(self.tr("Connect"), work)

    def disconnect_device(self) -> None:
        """Log off and close the link."""

        async def work() -> None:
            device, self.device = self.device, None
            if device is not None:
                await device.close()
            self.state_changed.emit("idle")
            self.disconnected.emit()

        self.run(self.tr("Log off"), work)

    async def _read_all(self) -> None:
        assert self.device is not None and self.edits is not None
        reading = await self.device.read()
        self.edits.load(reading.values, reading.secrets_set)
        self.values_loaded.emit()

    def read_parameters(self) -> None:
        """Parameter read: every value from the device."""

        async def work() -> None:
            await self._read_all()
            self.succeeded.emit(self.tr("Parameters read."))

        self.run(self.tr("Parameter read"), work)

    def write_parameters(self) -> None:
        """Parameter write: send only what changed, then verify by reading back."""

        async def work() -> None:
            assert self.device is not None and self.edits is not None
            pending = self.edits.pending()
            if not pending:
                self.succeeded.emit(self.tr("Nothing to write: no value was changed."))
                return
            self.progress.emit(0, 2)
            try:
                changed = await self.device.write(pending)
            except GwtermError as exc:
                self.audit("write", list(pending), "failed", str(exc))
                raise
            self.audit("write", changed, "ok", "")
            self.edits.written(list(pending))
            self.progress.emit(1, 2)
            if self.device.restarting:
                await self._follow_restart()
            readable = [k for k in pending if not self.device.profile.by_key[k].secret]
            back = (await self.device.read(readable)).values if readable else {}
            wrong = [k for k in readable if back.get(k) != pending[k]]
            self.edits.load(back, self.edits.secrets_set)
            self.progress.emit(2, 2)
            self.values_loaded.emit()
            if wrong:
                raise GwtermError(self.tr("Verify failed for: %1").replace("%1", ", ".join(wrong)))
            self.succeeded.emit(
                self.tr("%n value(s) written and verified.", "", len(changed) or len(pending))
            )

        self.run(self.tr("Parameter write"), work)

    user: Any = None  # the tool user the window runs as (set by the main window)

    def audit(
        self, action: str, keys: list[str], result: str, detail: str, *, device: str | None = None
    ) -> None:
        """Record a change in the audit log as the window's user (key names only, never values)."""
        from app.users.accounts import local_user  # noqa: PLC0415
        from app.users.audit import AuditLog  # noqa: PLC0415

        AuditLog().record(
            self.user or local_user(),
            action,
            device=self.url if device is None else device,
            keys=keys,
            result=result,
            detail=detail,
        )

    def load_device_info(self, done: Callable[[dict[str, Any]], None]) -> None:
        """Device information, delivered to `done`."""

        async def work() -> dict[str, Any]:
            assert self.device is not None
            self.info = await self.device.info()
            return self.info

        self.run(self.tr("Device information"), work, done)

    def restart_device(self) -> None:
        """Restart the device and follow it until it answers again."""

        async def work() -> None:
            assert self.device is not None
            if not isinstance(self.device, NativeDevice):
                raise DeviceError(self.tr("A restart by SMS is not offered here."), code="unsupported")
            await self.device.session.restart()
            await self._follow_restart()
            await self._read_all()
            self.succeeded.emit(self.tr("The device restarted and answers again."))

        self.run(self.tr("Restart"), work)

    async def _follow_restart(self) -> None:
        assert self.device is not None
        self.state_changed.emit("connecting")
        try:
            await self.device.follow_restart()
        except GwtermError:
            await self._drop_link()
            raise
        self.state_changed.emit("connected")

    def edit(self, values: dict[str, Value]) -> None:
        """Apply values from an Edit values dialog to the edit session."""
        if self.edits is not None:
            self.edits.apply(values)
            self.values_loaded.emit()
