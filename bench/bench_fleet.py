"""Fleet apply: 1000 simulated gateways at 300 ms round trip, a 10-parameter change with verify.

Devices per minute, the speed-up over --concurrency 1 measured in the same run on a sample, and the
round trips each device costs. The gateways run in their own process (as they would be elsewhere).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.fleet.journal import Journal
from app.fleet.plan import validate_sheet
from app.fleet.runner import ApplyOptions, apply_fleet
from app.fleet.sheet import parse_csv
from bench.common import Result

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-fleet"
CHANGE = {
    "conn.apn_name": "bench.apn",
    "conn.apn_user": "meter",
    "conn.pdp_delay": "7",
    "m2m.primary_port": "9101",
    "wdt.ping_ip": "192.0.2.9",
    "wdt.ping_retries": "4",
    "trans.meter_baud": "19200",
    "trans.data_format": "7E1",
    "dm.tls_enable": "1",
    "iec.lastgasp_enable": "1",
}


async def _password(_ref: str) -> str:
    return PASSWORD


async def run() -> list[Result]:
    """Start the fleet, apply to a sample one at a time, then to all of them at once."""
    count = int(os.environ.get("GWTERM_BENCH_FLEET", "1000"))
    sample = 8
    with tempfile.TemporaryDirectory() as tmp:
        sim = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "simulate",
                "--gateways",
                str(count),
                "--password",
                PASSWORD,
                "--latency-ms",
                "300",
                "--state-dir",
                tmp + "/gw",
                "--json",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert sim.stdout is not None
            urls = [json.loads(sim.stdout.readline())["tcp"] for _ in range(count)]
            header = ["url", "password_ref", "model", *CHANGE]
            text = "\n".join(
                [";".join(header)] + [";".join([u, "b", "wm-e2s", *CHANGE.values()]) for u in urls]
            )
            devices, errors = validate_sheet(parse_csv(text.encode()))
            assert not errors and len(devices) == count

            started = time.monotonic()
            serial = await apply_fleet(
                devices[:sample], _password, Journal(Path(tmp) / "j1"), options=ApplyOptions(concurrency=1)
            )
            per_device_serial = (time.monotonic() - started) / sample
            started = time.monotonic()
            parallel = await apply_fleet(
                devices[sample:], _password, Journal(Path(tmp) / "j2"), options=ApplyOptions(concurrency=256)
            )
            elapsed = time.monotonic() - started
        finally:
            sim.terminate()
            sim.wait(30)
    done = [r for r in serial + parallel if r.status == "verified"]
    rate = len(parallel) / elapsed * 60
    speedup = per_device_serial * len(parallel) / elapsed
    trips = max(r.round_trips for r in done) if done else 0
    details = {
        "gateways": count,
        "verified": len(done),
        "parallel_seconds": round(elapsed, 1),
        "serial_seconds_per_device": round(per_device_serial, 3),
        "concurrency": 256,
        "latency_ms": 300,
    }
    return [
        Result(
            bench="fleet_apply",
            metric=f"{count} gateways @300 ms: devices per minute",
            value=rate,
            unit="/m",
            target="report",
            passed=len(done) == count,
            details=details,
        ),
        Result(
            bench="fleet_apply",
            metric="speed-up over --concurrency 1",
            value=speedup,
            unit="x",
            target=">= 50",
            passed=speedup >= 50,
            details=details,
        ),
        Result(
            bench="fleet_apply",
            metric="round trips per device (login, write 10, verify)",
            value=trips,
            unit="RT",
            target="<= 4",
            passed=0 < trips <= 4,
            details=details,
        ),
    ]
