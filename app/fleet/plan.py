"""Fleet plans: every cell validated against the row's model; each device read and diffed, nothing written."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from app.devices.connect import connect_device
from app.devices.profiles import available_models, load_profile
from app.devices.session import SessionOptions
from app.errors import GwtermError, ProfileError, ValidationError
from app.fleet.sheet import (
    HOST,
    MODEL,
    MODEM,
    NAME,
    NUMBER,
    PASSWORD_REF,
    PORT,
    RESERVED,
    TRANSPORT,
    URL,
    Sheet,
)
from app.params.diff import Change, diff
from app.params.values import Value, format_text, parse_text
from app.transports.url import parse_url

Passwords = Callable[[str], Awaitable[str]]


@dataclass(frozen=True, kw_only=True)
class FleetDevice:
    """One valid sheet row: where the device is, how to log in, and the values to set."""

    row: int
    url: str
    password_ref: str
    model: str
    name: str = ""
    values: dict[str, Value] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class RowError:
    """Why a row cannot be used; `column` is '' for whole-row problems."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return (
            f"row {self.row}, column {self.column}: {self.reason}"
            if self.column
            else f"row {self.row}: {self.reason}"
        )


@dataclass(frozen=True, kw_only=True)
class DevicePlan:
    """What applying would change on one device (or why it could not be read)."""

    device: FleetDevice
    changes: list[Change] = field(default_factory=list)
    error: str = ""

    def as_json(self) -> dict[str, Any]:
        """The plan as JSON: row, device, name, changes (device → sheet text; secrets masked), error."""
        profile = load_profile(self.device.model)

        def text(key: str, value: Value) -> str | None:
            return None if value is None else format_text(profile.by_key[key], value)

        changes = [
            {
                "key": c.key,
                "device": None if c.secret else text(c.key, c.old),
                "sheet": "(secret)" if c.secret else text(c.key, c.new),
            }
            for c in self.changes
        ]
        return {
            "row": self.device.row,
            "device": self.device.url,
            "name": self.device.name,
            "changes": changes,
            "error": self.error,
        }


def validate_sheet(
    sheet: Sheet, *, default_model: str | None = None
) -> tuple[list[FleetDevice], list[RowError]]:
    """Every row checked cell by cell; good rows become devices, bad ones errors naming row and column."""
    models = set(available_models())
    known_keys = {p.key for m in models for p in load_profile(m).params}
    unknown = [c for c in sheet.header if c not in RESERVED and c not in known_keys]
    if unknown:
        raise ValidationError(
            sheet.name, f"unknown column(s) {', '.join(unknown)}: not a device column nor a parameter key"
        )
    if URL not in sheet.header and HOST not in sheet.header and NUMBER not in sheet.header:
        raise ValidationError(
            sheet.name, "needs a 'url' column (or transport/host/port, or number/modem columns)"
        )
    devices: list[FleetDevice] = []
    errors: list[RowError] = []
    urls: dict[str, int] = {}
    for number, cells in sheet.records():
        row_errors: list[RowError] = []
        model = cells.get(MODEL) or default_model or ""
        if model not in models:
            row_errors.append(
                RowError(row=number, column=MODEL, reason=f"unknown model '{model}'" if model else "no model")
            )
            errors += row_errors
            continue
        profile = load_profile(model)
        url = ""
        try:
            url = _row_url(cells)
            parse_url(url)
        except ValidationError as exc:
            row_errors.append(RowError(row=number, column=URL, reason=exc.reason))
        if url and url in urls:
            row_errors.append(RowError(row=number, column=URL, reason=f"the same device as row {urls[url]}"))
        values: dict[str, Value] = {}
        for column, text in cells.items():
            if column in RESERVED or text == "":
                continue
            spec = profile.by_key.get(column)
            if spec is None:
                row_errors.append(
                    RowError(row=number, column=column, reason=f"not a parameter of {profile.name}")
                )
                continue
            try:
                values[column] = parse_text(spec, text)
            except ValidationError as exc:
                row_errors.append(RowError(row=number, column=column, reason=exc.reason))
        if not values:
            row_errors.append(RowError(row=number, column="", reason="no parameter to set"))
        if row_errors:
            errors += row_errors
            continue
        urls[url] = number
        devices.append(
            FleetDevice(
                row=number,
                url=url,
                password_ref=cells.get(PASSWORD_REF) or url,
                model=model,
                name=cells.get(NAME, ""),
                values=values,
            )
        )
    return devices, errors


def _row_url(cells: dict[str, str]) -> str:
    if cells.get(URL):
        return cells[URL]
    transport = (cells.get(TRANSPORT) or "tcp").lower()
    if transport in ("tcp", "tls"):
        host, port = cells.get(HOST, ""), cells.get(PORT) or "9001"
        if not host:
            raise ValidationError("host", "no url and no host")
        return f"{transport}://{host}:{port}"
    if transport in ("csd", "sms"):
        number, modem = cells.get(NUMBER, ""), cells.get(MODEM, "")
        if not number or not modem:
            raise ValidationError("number", f"{transport} needs number and modem columns")
        return f"{transport}://{number}?modem={modem}"
    raise ValidationError("transport", f"unknown transport '{transport}'")


async def plan_devices(
    devices: list[FleetDevice],
    passwords: Passwords,
    *,
    concurrency: int = 32,
    options: SessionOptions | None = None,
    progress: Callable[[DevicePlan], None] | None = None,
) -> list[DevicePlan]:
    """Read every device's current values of the sheet's keys and diff; writes nothing."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(device: FleetDevice) -> DevicePlan:
        async with gate:
            try:
                password = await passwords(device.password_ref)
                async with await connect_device(device.url, password, options, model=device.model) as session:
                    if session.profile.model != device.model:
                        raise ProfileError(
                            f"the device is a {session.profile.model}, the sheet says {device.model}"
                        )
                    readable = [k for k in device.values if not session.profile.by_key[k].secret]
                    current = (await session.read(readable)).values if readable else {}
                plan = DevicePlan(device=device, changes=diff(session.profile, current, device.values))
            except GwtermError as exc:
                plan = DevicePlan(device=device, error=str(exc))
        if progress:
            progress(plan)
        return plan

    return list(await asyncio.gather(*(one(d) for d in devices)))
