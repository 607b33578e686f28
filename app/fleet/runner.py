"""Apply a fleet plan: bounded concurrency, all-or-nothing writes with verify, retries, journal, rollback."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.devices.connect import connect_device
from app.devices.session import SessionOptions
from app.errors import AuthError, DeviceError, GwtermError, ProfileError, ValidationError
from app.fleet.journal import Journal, RowResult
from app.fleet.plan import FleetDevice, Passwords
from app.fleet.sheet import Sheet, write_sheet
from app.params.values import format_text, parse_text

RESULT_COLUMNS = [
    "row",
    "device",
    "name",
    "model",
    "password_ref",
    "status",
    "changed",
    "error",
    "previous",
    "attempts",
]
Status = Callable[[RowResult], None]


@dataclass(frozen=True, kw_only=True)
class ApplyOptions:
    """How hard to try and how much at once."""

    concurrency: int = 32
    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry; doubles, with jitter
    session: SessionOptions | None = None


async def apply_fleet(
    devices: list[FleetDevice],
    passwords: Passwords,
    journal: Journal,
    *,
    options: ApplyOptions | None = None,
    resume: bool = False,
    on_status: Status | None = None,
) -> list[RowResult]:
    """Write each device's values (device-side atomic), verify, journal every step; returns row results."""
    opts = options or ApplyOptions()
    done = journal.load() if resume else {}
    if not resume:
        journal.reset()
    gate = asyncio.Semaphore(max(1, opts.concurrency))
    results: dict[int, RowResult] = {}

    async def one(device: FleetDevice) -> None:
        earlier = done.get(device.row)
        if earlier is not None and earlier.get("status") in ("verified", "unchanged", "rejected"):
            result = RowResult(**{k: v for k, v in earlier.items() if k != "event"} | {"earlier_run": True})
            results[device.row] = result
            if on_status:
                on_status(result)
            return
        started_before = earlier is not None
        result = RowResult(
            row=device.row,
            device=device.url,
            name=device.name,
            model=device.model,
            password_ref=device.password_ref,
        )
        results[device.row] = result
        async with gate:
            await _apply_one(
                device, passwords, journal, opts, result, started_before=started_before, on_status=on_status
            )

    await asyncio.gather(*(one(d) for d in devices))
    return [results[d.row] for d in devices]


async def _apply_one(
    device: FleetDevice,
    passwords: Passwords,
    journal: Journal,
    opts: ApplyOptions,
    result: RowResult,
    *,
    started_before: bool,
    on_status: Status | None,
) -> None:
    def status(value: str, event: str | None = None) -> None:
        result.status = value
        if on_status:  # first: a kill in between leaves the device to redo, never a finished one unheard
            on_status(result)
        if event:
            journal.record(result, event)

    for attempt in range(opts.retries + 1):
        result.attempts = attempt + 1
        status("connecting", "started")
        try:
            password = await passwords(device.password_ref)
            async with await connect_device(
                device.url, password, opts.session, model=device.model
            ) as session:
                profile = session.profile
                if profile.model != device.model:
                    raise ProfileError(f"the device is a {profile.model}, the sheet says {device.model}")
                status("writing")
                written = await session.write_batch(device.values)
                result.changed = written.changed
                if started_before and not written.changed:
                    result.previous = (
                        None  # interrupted after its write in an earlier run: the old values are lost
                    )
                else:
                    result.previous = {
                        k: format_text(profile.by_key[k], v) for k, v in written.previous.items()
                    }
                journal.record(result, "written")
                if written.restarting:
                    await session.follow_restart()
                readable = [k for k in device.values if not profile.by_key[k].secret]
                back = (await session.read(readable)).values if readable else {}
                wrong = [k for k in readable if back.get(k) != device.values[k]]
                result.round_trips += session.session.round_trips
                if wrong:
                    raise DeviceError(f"verify failed for {', '.join(wrong)}", code="verify")
            result.error = ""
            status("verified" if result.changed else "unchanged", "done")
            return
        except (DeviceError, AuthError, ProfileError, ValidationError) as exc:
            # the device refused (or it is the wrong device): nothing changed, a retry would not help
            result.error = _describe(exc)
            status("rejected" if isinstance(exc, DeviceError) and exc.code == "invalid" else "failed", "done")
            return
        except GwtermError as exc:
            result.error = _describe(exc)
            if attempt == opts.retries:
                status("failed", "done")
                return
            status("retrying", "retry")
            await asyncio.sleep(opts.backoff * 2**attempt * (0.5 + random.random()))


def _describe(exc: GwtermError) -> str:
    if isinstance(exc, DeviceError) and exc.key_errors:
        return f"{exc}: " + "; ".join(f"{k}: {v}" for k, v in exc.key_errors.items())
    return str(exc)


def write_results(path: Path, results: list[RowResult], *, delimiter: str = ";") -> None:
    """The results sheet (CSV with `delimiter`, or XLSX): row, device, name, status, changed keys, error,
    previous values."""
    rows = [
        [
            str(r.row),
            r.device,
            r.name,
            r.model,
            r.password_ref,
            r.status,
            ",".join(r.changed),
            r.error,
            "" if r.previous is None else json.dumps(r.previous, ensure_ascii=False, sort_keys=True),
            str(r.attempts),
        ]
        for r in results
    ]
    write_sheet(path, RESULT_COLUMNS, rows, delimiter=delimiter)


def rollback_devices(results: Sheet) -> tuple[list[FleetDevice], list[str]]:
    """Devices to restore from a results sheet: each changed device back to its previous values."""
    from app.devices.profiles import load_profile  # noqa: PLC0415

    missing = [c for c in ("row", "device", "model", "status", "previous") if c not in results.header]
    if missing:
        raise ValidationError(results.name, f"not a results file: missing column(s) {', '.join(missing)}")
    devices: list[FleetDevice] = []
    notes: list[str] = []
    for number, cells in results.records():
        if cells.get("status") != "verified":
            continue
        url = cells["device"]
        if not cells.get("previous"):
            notes.append(f"row {cells['row']}: previous values unknown (interrupted run), not restored")
            continue
        try:
            previous = json.loads(cells["previous"])
        except ValueError:
            notes.append(f"results row {number}: the previous-values cell is not JSON, not restored")
            continue
        model = cells.get("model", "")
        try:
            profile = load_profile(model)
        except GwtermError:
            notes.append(f"row {cells['row']}: model of {url} unknown, not restored")
            continue
        values = {
            k: parse_text(profile.by_key[k], str(v)) for k, v in previous.items() if k in profile.by_key
        }
        secret = [
            k
            for k in cells.get("changed", "").split(",")
            if k and profile.by_key.get(k) and profile.by_key[k].secret
        ]
        if secret:
            notes.append(
                f"row {cells['row']}: secret(s) {', '.join(secret)} cannot be restored (never read back)"
            )
        if values:
            devices.append(
                FleetDevice(
                    row=int(cells["row"]),
                    url=url,
                    password_ref=cells.get("password_ref") or url,
                    model=model,
                    name=cells.get("name", ""),
                    values=values,
                )
            )
    return devices, notes


def summary(results: list[RowResult]) -> dict[str, int]:
    """How many rows ended in each status."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return counts
