"""One entry for every device URL: gwcp over byte streams, SMS commands over `sms://`."""

from __future__ import annotations

from app.devices.native import NativeDevice
from app.devices.session.gwcp import SessionOptions
from app.devices.sms_device import SmsDevice
from app.transports.stream import TraceHook
from app.transports.url import parse_url

Device = NativeDevice | SmsDevice


async def connect_device(
    url: str, password: str, options: SessionOptions | None = None, *, trace: TraceHook | None = None
) -> Device:
    """A logged-in gwcp device, or for sms:// a device that takes SMS commands."""
    if parse_url(url).scheme == "sms":
        return await SmsDevice.connect(url, password, options, trace=trace)
    return await NativeDevice.connect(url, password, options, trace=trace)
