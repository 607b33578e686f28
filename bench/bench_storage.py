"""Gateway storage and reports: batched ingest, one meter's year of 15-minute values, a 512-meter report."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sized
from pathlib import Path

from app.gateway.reports.formats import render
from app.gateway.reports.model import MeterData, ReportContent
from app.gateway.storage import MeterInfo, Reading, Storage
from bench.common import Result

METERS = 512
KEYS = 10  # values per meter and readout (a heat meter sends more, a water meter fewer)
CYCLES = int(os.environ.get("GWTERM_BENCH_STORAGE_CYCLES", "40"))
YEAR = 35_040  # 15-minute values in 365 days
T0 = 1_700_000_000
ROUNDS = 3
ENERGY = "energy/instantaneous/0/0/0"


def _cycle(n: int) -> list[Reading]:
    ts = T0 + n * 900
    return [
        Reading(meter=f"{m:08d}", key=f"q{k}/instantaneous/0/0/0", value=n * 1.25 + k, unit="Wh", ts=ts)
        for m in range(METERS)
        for k in range(KEYS)
    ]


def ingest_rate() -> list[Result]:
    """Readings/s committed by `Storage.ingest`, one transaction (fsync) per 512-meter readout cycle."""
    cycles = [_cycle(n) for n in range(CYCLES)]
    rates = []
    for _ in range(ROUNDS):
        with tempfile.TemporaryDirectory() as tmp:
            store = Storage(Path(tmp) / "g.db")
            store.ingest([], [MeterInfo(address=f"{m:08d}") for m in range(METERS)], at=T0)
            start = time.perf_counter()
            for n, rows in enumerate(cycles):
                store.ingest(rows, at=T0 + n)
            rates.append(CYCLES * METERS * KEYS / (time.perf_counter() - start))
            store.close()
    best = max(rates)
    return [
        Result(
            bench="storage_ingest",
            metric="readings/s, batched (512 meters x 10 values per transaction)",
            value=best,
            unit="/s",
            target=">= 100000",
            passed=best >= 100_000,
            details={
                "rows_per_round": CYCLES * METERS * KEYS,
                "rounds_per_s": [round(r) for r in rates],
                "synchronous": "FULL",
                "journal": "WAL",
            },
        )
    ]


def _timed(action: Callable[[], Sized], repeat: int = 7) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(action())
        times.append(time.perf_counter() - start)
    return min(times), count


def year_query() -> list[Result]:
    """One meter's year of 15-minute values among others; also one series of a 10-value meter."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Storage(Path(tmp) / "g.db")
        chunk = 96 * 7  # a week per transaction
        for start in range(0, YEAR, chunk):
            rows = []
            for n in range(start, min(YEAR, start + chunk)):
                ts = T0 + n * 900
                rows += [Reading(meter=f"single{m}", key=ENERGY, value=n, unit="Wh", ts=ts)
                         for m in range(4)]  # fmt: skip
                rows += [Reading(meter="multi", key=f"q{k}/instantaneous/0/0/0", value=n, unit="Wh", ts=ts)
                         for k in range(KEYS)]  # fmt: skip
            store.ingest(rows, at=start)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        end = T0 + YEAR * 900
        series_time, series = _timed(lambda: store.series("single2", ENERGY, start=T0, end=end))
        rows_time, count = _timed(lambda: store.readings("single2", start=T0, end=end))
        multi_time, multi = _timed(lambda: store.series("multi", "q3/instantaneous/0/0/0", start=T0, end=end))
        store.close()
    assert count == series == multi == YEAR
    ms = series_time * 1000
    return [
        Result(
            bench="storage_query",
            metric="one meter's year of 15-minute values (35 040 rows, Storage.series)",
            value=ms,
            unit="ms",
            target="<= 50",
            passed=ms <= 50,
            details={
                "rows": count,
                "series_ms ((ts, value) pairs)": round(ms, 1),
                "readings_ms (Reading objects)": round(rows_time * 1000, 1),
                "series_of_a_10_value_meter_ms": round(multi_time * 1000, 1),
            },
        )
    ]


def report_build() -> list[Result]:
    """Time to read one 512-meter readout from the database and render each report format."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Storage(Path(tmp) / "g.db")
        infos = [
            MeterInfo(address=f"{m:08d}", serial=f"{m:08d}", manufacturer="KAM", medium=4)
            for m in range(METERS)
        ]
        readout = store.ingest(_cycle(1), infos, at=T0)
        for fmt, split in (("json", False), ("xml", False), ("csv", False), ("gwterm-json", True)):
            times = []
            size = 0
            for _ in range(ROUNDS):
                start = time.perf_counter()
                meters = tuple(
                    MeterData(meter=m, readings=tuple(r))
                    for m, r in store.readout_readings(readout.id, readout.id)
                )
                content = ReportContent(
                    message_id="gw-bench-1-1", kind="readings", gateway="gw", gateway_name="", created=T0,
                    meters=meters,
                )  # fmt: skip
                documents = render(fmt, content, topic_prefix="bench", split=split)
                times.append(time.perf_counter() - start)
                size = sum(len(d.body) for d in documents)
            ms = min(times) * 1000
            results.append(
                Result(
                    bench="report_build",
                    metric=f"512-meter report, {fmt}{' (one message per meter)' if split else ''}",
                    value=ms,
                    unit="ms",
                    target="<= 1000",
                    passed=ms <= 1000,
                    details={
                        "bytes": size,
                        "documents": len(documents),
                        "median_ms": statistics.median(times) * 1000,
                    },
                )
            )
        store.close()
    return results


async def run() -> list[Result]:
    """All storage and report benchmarks."""
    return ingest_rate() + year_query() + report_build()
