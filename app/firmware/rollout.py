"""Group rollout: staged waves over a fleet sheet, stopping when failures pass a limit; resumable."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from dataclasses import dataclass

from app.devices.session import SessionOptions
from app.errors import GwtermError
from app.firmware import image as fw
from app.firmware.update import update_device
from app.fleet.journal import Journal, RowResult
from app.fleet.plan import FleetDevice, Passwords

Status = Callable[[RowResult], None]


@dataclass(frozen=True, kw_only=True)
class RolloutOptions:
    """Waves as cumulative shares of the fleet (0.05, 0.25, 1.0) and the failure limit as a share."""

    waves: tuple[float, ...] = (0.05, 0.25, 1.0)
    max_failures: float = 0.02
    concurrency: int = 16
    session: SessionOptions | None = None


def parse_shares(text: str) -> tuple[float, ...]:
    """'5%,25%,100%' → (0.05, 0.25, 1.0)."""
    shares = []
    for part in text.split(","):
        value = float(part.strip().rstrip("%")) / (100 if "%" in part else 1)
        if not 0 < value <= 1:
            raise ValueError(part)
        shares.append(value)
    if shares != sorted(shares) or shares[-1] != 1.0:
        raise ValueError(text)
    return tuple(shares)


async def rollout(
    devices: list[FleetDevice],
    raw: bytes,
    passwords: Passwords,
    journal: Journal,
    *,
    options: RolloutOptions | None = None,
    resume: bool = False,
    on_status: Status | None = None,
) -> tuple[list[RowResult], str]:
    """Update wave by wave; returns every row's result and why it stopped ('' when complete)."""
    opts = options or RolloutOptions()
    image = fw.parse(raw)
    done = journal.load() if resume else {}
    if not resume:
        journal.reset()
    results: dict[int, RowResult] = {}
    failures = 0
    start = 0
    gate = asyncio.Semaphore(max(1, opts.concurrency))

    async def one(device: FleetDevice) -> None:
        nonlocal failures
        earlier = done.get(device.row)
        if earlier is not None and earlier.get("status") in ("verified", "skipped"):
            results[device.row] = RowResult(**{k: v for k, v in earlier.items() if k != "event"})
            return
        result = RowResult(
            row=device.row,
            device=device.url,
            name=device.name,
            model=device.model,
            password_ref=device.password_ref,
            status="queued",
        )
        results[device.row] = result
        if device.model not in image.header.models:
            result.status, result.error = "skipped", f"the image is not for {device.model}"
            journal.record(result, "done")
            return
        async with gate:
            result.status = "updating"
            journal.record(result, "started")
            if on_status:
                on_status(result)
            try:
                password = await passwords(device.password_ref)
                outcome = await update_device(device.url, password, raw, options=opts.session)
                result.status, result.changed = (
                    "verified",
                    [f"firmware {outcome.previous} -> {outcome.version}"],
                )
            except GwtermError as exc:
                result.status, result.error = "failed", str(exc)
                failures += 1
            journal.record(result, "done")
            if on_status:
                on_status(result)

    total = len(devices)
    for share in opts.waves:
        end = min(total, max(start + 1, math.ceil(total * share))) if total else 0
        await asyncio.gather(*(one(d) for d in devices[start:end]))
        start = end
        if total and failures / total > opts.max_failures:
            limit = f"{opts.max_failures:.0%}"
            stop = f"stopped after {end} of {total} devices: {failures} failure(s) exceed {limit}"
            return [results[d.row] for d in devices if d.row in results], stop
        if start >= total:
            break
    return [results[d.row] for d in devices if d.row in results], ""
