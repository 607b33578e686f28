"""Update one device: transfer the image (resumable), install, activate, follow the restart, confirm."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.errors import DeviceError, FirmwareError
from app.firmware import image as fw

Progress = Callable[[str, int, int], None]  # phase, done, total


@dataclass(frozen=True, kw_only=True)
class UpdateResult:
    """How an update ended."""

    version: str
    previous: str
    slot: str


async def update_device(
    url: str,
    password: str,
    raw: bytes,
    *,
    options: SessionOptions | None = None,
    progress: Progress | None = None,
    confirm_timeout: float = 150.0,
) -> UpdateResult:
    """The whole update; FirmwareError with the device's reason when it refuses or undoes it."""
    fw.parse(raw)  # refuse a damaged file before connecting
    device = await NativeDevice.connect(url, password, options)
    try:
        return await update_connected(device, raw, progress=progress, confirm_timeout=confirm_timeout)
    finally:
        await device.close()


async def update_connected(
    device: NativeDevice, raw: bytes, *, progress: Progress | None = None, confirm_timeout: float = 150.0
) -> UpdateResult:
    """The update over a session already logged in (the GUI's); the session follows the restart."""
    image = fw.parse(raw)
    report = progress or (lambda phase, done, total: None)
    model = device.profile.model
    if model not in image.header.models:
        raise FirmwareError(f"the image is for {', '.join(image.header.models)}, the device is a {model}")
    previous = str((await device.info()).get("firmware", ""))
    await device.session.transfer("firmware", raw, progress=lambda d, t: report("transfer", d, t))
    report("install", 0, 1)
    installed = await _firmware_request(device, "install", {"name": "firmware"})
    report("activate", 0, 1)
    await _firmware_request(device, "activate", {"slot": installed["slot"]})
    report("restart", 0, 1)
    await device.follow_restart(timeout=confirm_timeout)
    status = await _wait_confirmed(device, image.header.version, confirm_timeout)
    report("done", 1, 1)
    return UpdateResult(
        version=str(status["running_version"]), previous=previous, slot=str(installed["slot"])
    )


async def _firmware_request(device: NativeDevice, what: str, body: dict[str, Any]) -> dict[str, Any]:
    from app.protocols.gwcp.messages import MsgType  # noqa: PLC0415

    kind = {"install": MsgType.FW_INSTALL, "activate": MsgType.FW_ACTIVATE, "status": MsgType.FW_STATUS}[what]
    try:
        return await device.session.request(kind, body)
    except DeviceError as exc:
        raise FirmwareError(f"the device refused the {what}: {exc}") from None


async def _wait_confirmed(device: NativeDevice, version: str, timeout: float) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        status = await _firmware_request(device, "status", {})
        if not status.get("pending"):
            if status.get("running_version") == version:
                return status
            reason = status.get("last_error") or "no reason given"
            raise FirmwareError(f"the device went back to {status.get('running_version')}: {reason}")
        if loop.time() > deadline:
            raise FirmwareError("the new version did not confirm in time")
        await asyncio.sleep(0.5)


async def firmware_status(url: str, password: str, options: SessionOptions | None = None) -> dict[str, Any]:
    """A device's slots and activation state."""
    async with await NativeDevice.connect(url, password, options) as device:
        return await status_of(device)


async def status_of(device: NativeDevice) -> dict[str, Any]:
    """Slots and activation state over an open session."""
    return await _firmware_request(device, "status", {})
