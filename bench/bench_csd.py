"""CSD: read-all of a WM-E2S over a 9600 bit/s GSM data call, wall time against the line-rate limit."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from app.devices.native import NativeDevice
from app.gateway.runtime import SoftGateway
from app.gateway.storage import DB_FILE, Reading, Storage
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


DATA_ROWS = 96 * 3  # a day of quarter-hour values, three records each


async def stored_data_over_csd() -> list[Result]:
    """Paging stored readings over a 9600 bit/s call: the DATA table form against the object form."""
    with tempfile.TemporaryDirectory() as tmp:
        network = GsmNetwork(ring_interval=0.1)
        pc = network.add(PC)
        state = Path(tmp) / "gw"
        gateway = SoftGateway.create_or_open(state, model="gwterm-gw", password=PASSWORD)
        storage = Storage(state / DB_FILE)
        storage.ingest(
            [
                Reading(meter="1", key=key, value=round(n * factor, 3), unit=unit, ts=1_790_000_000 + n * 900)
                for n in range(DATA_ROWS // 3)
                for key, factor, unit in (
                    ("volume/instantaneous/0/0/0", 0.013, "m^3"),
                    ("energy/instantaneous/0/0/0", 1000.0, "Wh"),
                    ("power/instantaneous/0/0/0", 1.7, "W"),
                )
            ],
            [],
            at=1_790_000_000,
        )
        storage.close()
        await gateway.start_data()
        await gateway.start_modem(network.add(GATEWAY).url, rings=1)
        await asyncio.wait_for(gateway.modem.ready.wait(), 10)
        moved = [0]

        def count(direction: str, data: bytes, when: float) -> None:
            moved[0] += len(data)

        device = await NativeDevice.connect(f"csd://{GATEWAY}?modem={pc.url}", PASSWORD, trace=count)
        measured: dict[str, tuple[float, int, int]] = {}
        for form in ("objects", "table"):
            moved[0] = 0
            start = time.monotonic()
            cursor, pages, rows = None, 0, 0
            while True:
                reply = await device.session.data(cursor=cursor, form=form)
                pages += 1
                rows += len(reply.get("rows", reply.get("readings", [])))
                cursor = reply["next"]
                if cursor is None:
                    break
            measured[form] = (time.monotonic() - start, moved[0], pages)
        await device.close()
        await gateway.close()
        await network.close()
    (t_obj, b_obj, p_obj), (t_tab, b_tab, p_tab) = measured["objects"], measured["table"]
    speedup = t_obj / t_tab
    return [
        Result(
            bench="csd_stored_data",
            metric="stored readings over CSD: object form time / table form time",
            value=speedup,
            unit="x",
            target=">= 3",
            passed=speedup >= 3,
            details={
                "readings": rows,
                "objects": {"seconds": round(t_obj, 2), "bytes_both_ways": b_obj, "pages": p_obj},
                "table": {"seconds": round(t_tab, 2), "bytes_both_ways": b_tab, "pages": p_tab},
                "table_line_limit_ratio": round(t_tab / (b_tab / CSD_RATE), 3),
                "table_readings_per_second": round(rows / t_tab, 1),
                "meter_year_hours_table": round(35040 * 3 / (rows / t_tab) / 3600, 2),
                "meter_year_hours_objects": round(35040 * 3 / (rows / t_obj) / 3600, 2),
            },
        )
    ]


async def run() -> list[Result]:
    """Every CSD benchmark."""
    return [*await read_all_over_csd(), *await stored_data_over_csd()]
