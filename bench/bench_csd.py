"""CSD: read-all of a WM-E2S over a 9600 bit/s GSM data call, wall time against the line-rate limit."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from app.devices.native import NativeDevice
from app.gateway.runtime import SoftGateway
from app.sim.gsm_network import CSD_RATE, GsmNetwork
from bench.common import Result

PASSWORD = "bench-csd-pw"
PC, GATEWAY = "+36209990001", "+36201000001"
ROUNDS = 3


async def read_all_over_csd() -> list[Result]:
    """GET of every parameter on an established call: seconds ÷ (bytes both ways ÷ 960 B/s)."""
    with tempfile.TemporaryDirectory() as tmp:
        network = GsmNetwork(ring_interval=0.1)
        pc = network.add(PC)
        gateway = SoftGateway.create_or_open(Path(tmp) / "gw", model="wm-e2s", password=PASSWORD)
        await gateway.start_modem(network.add(GATEWAY).url, rings=1)
        await asyncio.wait_for(gateway.modem.ready.wait(), 10)
        moved = [0]

        def count(direction: str, data: bytes, when: float) -> None:
            moved[0] += len(data)

        started = time.monotonic()
        device = await NativeDevice.connect(f"csd://{GATEWAY}?modem={pc.url}", PASSWORD, trace=count)
        connected = time.monotonic() - started
        ratios, seconds, sizes = [], [], []
        for _ in range(ROUNDS):
            moved[0] = 0
            start = time.monotonic()
            reading = await device.read()
            elapsed = time.monotonic() - start
            limit = moved[0] / CSD_RATE
            ratios.append(elapsed / limit)
            seconds.append(elapsed)
            sizes.append(moved[0])
        params = len(reading.values) + len(reading.secrets_set)
        start = time.monotonic()
        await device.close()
        hang_up = time.monotonic() - start
        await gateway.close()
        await network.close()
    ratio = min(ratios)
    return [
        Result(
            bench="csd_read_all",
            metric="read-all wall time / 9600 bit/s line limit",
            value=ratio,
            unit="x",
            target="<= 1.25",
            passed=ratio <= 1.25,
            details={
                "parameters": params,
                "bytes_moved_both_ways": sizes[0],
                "line_limit_seconds": round(sizes[0] / CSD_RATE, 3),
                "read_seconds": [round(s, 3) for s in seconds],
                "dial_and_login_seconds": round(connected, 3),
                "hang_up_seconds": round(hang_up, 3),
                "line_rate_bytes_per_s": CSD_RATE,
            },
        )
    ]


async def run() -> list[Result]:
    """Every CSD benchmark."""
    return await read_all_over_csd()
