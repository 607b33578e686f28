"""One entry for every device URL: gwcp over byte streams, SMS commands over `sms://`, COSEM objects for
models configured over DLMS (the model decides: `--model`, the fleet row, or the URL's `?model=`)."""

from __future__ import annotations

from app.devices.dlms_device import DlmsDevice, has_dlms_mapping
from app.devices.native import NativeDevice
from app.devices.session.gwcp import SessionOptions
from app.devices.sms_device import SmsDevice
from app.transports.stream import TraceHook
from app.transports.url import parse_url

Device = NativeDevice | SmsDevice | DlmsDevice


async def connect_device(
    url: str,
    password: str,
    options: SessionOptions | None = None,
    *,
    trace: TraceHook | None = None,
    model: str | None = None,
) -> Device:
    """A logged-in device: SMS commands for sms://, a DLMS association for a DLMS-configured model,
    else gwcp (the device then announces its own model)."""
    parsed = parse_url(url)
    if parsed.scheme == "sms":
        return await SmsDevice.connect(url, password, options, trace=trace)
    model = model or parsed.option("model") or None
    if model is not None and has_dlms_mapping(model):
        return await DlmsDevice.connect(url, password, options, trace=trace, model=model)
    return await NativeDevice.connect(url, password, options, trace=trace)
