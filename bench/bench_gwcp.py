"""gwcp: bulk transfer efficiency on an emulated 9600 8N1 line, and round trips to write and verify."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from app.devices.native import NativeDevice
from app.gateway.runtime import SoftGateway
from app.sim.serial_line import VirtualSerialLine
from app.transports import open_stream
from bench.common import Result

BAUD = 9600
LINE_LIMIT = BAUD / 10  # 8N1: 10 bit times per byte → 960 payload bytes/s at most
PASSWORD = "bench-pw"
TEN_PARAMS = {
    "conn.apn_name": "bench.apn",
    "conn.apn_user": "u",
    "conn.pdp_delay": 3,
    "m2m.primary_port": 9100,
    "wdt.ping_ip": "192.0.2.1",
    "mobile.operator_mode": "manual",
    "trans.meter_baud": "19200",
    "trans.data_format": "7E1",
    "dm.tls_enable": True,
    "conn.apn_pass": "p",
}


async def _raw_line_rate(line: VirtualSerialLine) -> float:
    a = await open_stream(f"serial://{line.a}?baud={BAUD}")
    b = await open_stream(f"serial://{line.b}?baud={BAUD}")
    data = os.urandom(4800)
    start = time.monotonic()

    async def drain() -> None:
        got = 0
        while got < len(data):
            got += len(await b.read())

    reader = asyncio.ensure_future(drain())
    await a.write(data)
    await reader
    rate = len(data) / (time.monotonic() - start)
    await a.close()
    await b.close()
    return rate


async def transfer_efficiency(size: int) -> list[Result]:
    """Payload bytes/s of a gwcp bulk transfer ÷ 960 B/s, the 9600 8N1 line limit."""
    with tempfile.TemporaryDirectory() as tmp:
        line = await VirtualSerialLine(baud=BAUD).start()
        gateway = SoftGateway.create_or_open(Path(tmp) / "gw", model="wm-e2s", password=PASSWORD)
        await gateway.serve(f"serial://{line.a}?baud={BAUD}")
        raw = await _raw_line_rate(line)
        device = await NativeDevice.connect(f"serial://{line.b}?baud={BAUD}", PASSWORD)
        payload = os.urandom(size)
        start = time.monotonic()
        await device.session.transfer("bench", payload)
        elapsed = time.monotonic() - start
        await device.close()
        await gateway.close()
        await line.close()
    ratio = size / elapsed / LINE_LIMIT
    return [
        Result(
            bench="gwcp_transfer",
            metric="bulk transfer / 9600 8N1 line limit",
            value=ratio,
            unit="",
            target=">= 0.90",
            passed=ratio >= 0.90,
            details={
                "payload_bytes": size,
                "seconds": round(elapsed, 3),
                "line_limit_Bps": LINE_LIMIT,
                "emulated_line_raw_Bps": round(raw, 1),
                "raw_over_limit": round(raw / LINE_LIMIT, 4),
            },
        )
    ]


async def write_verify_round_trips() -> list[Result]:
    """Round trips for login, write 10 parameters, verify (read back)."""
    with tempfile.TemporaryDirectory() as tmp:
        gateway = SoftGateway.create_or_open(Path(tmp) / "gw", model="wm-e2s", password=PASSWORD)
        await gateway.serve("loop://bench")
        device = await NativeDevice.connect("loop://bench", PASSWORD)
        await device.write(TEN_PARAMS)
        back = await device.read([k for k in TEN_PARAMS if k != "conn.apn_pass"])
        assert all(back.values[k] == v for k, v in TEN_PARAMS.items() if k != "conn.apn_pass")
        trips = device.session.round_trips
        await device.close()
        await gateway.close()
    return [
        Result(
            bench="gwcp_round_trips",
            metric="login + write 10 + verify",
            value=trips,
            unit="RT",
            target="<= 4",
            passed=trips <= 4,
            details={"round_trips": trips},
        )
    ]


async def run() -> list[Result]:
    """All gwcp benchmarks."""
    size = int(os.environ.get("GWTERM_BENCH_TRANSFER_BYTES", "16384"))
    return await write_verify_round_trips() + await transfer_efficiency(size)
