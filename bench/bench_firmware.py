"""Firmware transfer over TCP, 300 ms round trip, 1 Mbit/s: time against the bandwidth-delay limit."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.gateway.runtime import SoftGateway
from app.sim.impaired_link import ImpairedStream
from app.transports.stream import Stream
from bench.common import Result

RTT = 0.300
RATE = 125_000  # bytes/s: 1 Mbit/s
SIZE = 1_000_000


async def run() -> list[Result]:
    """Transfer a 1 MB image; the limit is size/rate plus the round trips a transfer cannot avoid."""
    with tempfile.TemporaryDirectory() as tmp:
        gateway = SoftGateway.create_or_open(Path(tmp) / "gw", model="wm-e2s", password="bench")

        def impair(stream: Stream) -> Stream:
            return ImpairedStream(stream, one_way=RTT / 2, rate=RATE)

        gateway.impairment = impair
        listener = await gateway.serve("tcp://127.0.0.1:0")
        options = SessionOptions(window=128 * 1024, chunk=4096, timeout=5.0)
        device = await NativeDevice.connect(f"tcp://127.0.0.1:{listener.port}", "bench", options)  # type: ignore[attr-defined]
        payload = os.urandom(SIZE)
        start = time.monotonic()
        await device.session.transfer("bench", payload)
        elapsed = time.monotonic() - start
        await device.close()
        await gateway.close()
    # XFER_BEGIN, the last acknowledgement and XFER_END each cost a round trip; the data crosses at RATE
    limit = SIZE / RATE + 3 * RTT
    return [
        Result(
            bench="firmware_transfer_tcp",
            metric="1 MB over TCP, 300 ms RTT, 1 Mbit/s: limit / time",
            value=limit / elapsed,
            unit="",
            target="report (1.0 = at the limit)",
            passed=True,
            details={
                "seconds": round(elapsed, 2),
                "limit_seconds": round(limit, 2),
                "window": 128 * 1024,
                "rtt_ms": RTT * 1000,
                "rate_Bps": RATE,
            },
        )
    ]
