"""The gateway database: schema migrations, ingest and queries, retention, log flood protection, kill -9."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.errors import ConfigFileError
from app.gateway import storage as storage_module
from app.gateway.storage import (
    ERROR_KEY,
    EventKind,
    LogLimiter,
    MeterInfo,
    Reading,
    ReadingValue,
    Storage,
    readings_from_latest,
    readout_events,
    record_key,
    split_record_key,
)
from tests.helpers import ROOT

T0 = 1_700_000_000


def rows_for(meter: str, ts: int, values: dict[str, ReadingValue]) -> list[Reading]:
    return [Reading(meter=meter, key=k, value=v, unit="Wh", ts=ts) for k, v in values.items()]


def test_new_database_is_created_at_the_current_schema(tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db")
    assert store.version == storage_module.SCHEMA_VERSION == 1
    tables = set(store._tables())
    assert {"meters", "readings", "events", "log", "readouts", "report_queue", "report_state"} <= tables
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # INCREMENTAL
    store.close()


def test_an_older_database_is_migrated_step_by_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.db"
    # a version-0 file as a pre-release left it: an empty SQLite database
    sqlite3.connect(path).close()
    store = Storage(path)
    assert store.version == 1
    store.ingest(rows_for("m1", T0, {"energy/instantaneous/0/0/0": 5.0}), at=T0)
    store.close()

    def to_v2(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE meters ADD COLUMN location TEXT NOT NULL DEFAULT ''")
        db.execute("UPDATE meters SET location = 'cellar'")

    monkeypatch.setattr(storage_module, "MIGRATIONS", [*storage_module.MIGRATIONS, to_v2])
    store = Storage(path)
    assert store.version == 2
    assert store.db.execute("SELECT location FROM meters").fetchall() == [("cellar",)]
    assert [r.value for r in store.readings("m1")] == [5.0], "data survives the migration"
    store.close()


def test_a_failing_migration_rolls_back_and_a_newer_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.db"
    Storage(path).close()

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(storage_module, "MIGRATIONS", [*storage_module.MIGRATIONS, broken])
    with pytest.raises(ConfigFileError, match="migration to schema 2 failed"):
        Storage(path)
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not check.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall()
    check.execute("PRAGMA user_version = 9")
    check.commit()
    check.close()
    monkeypatch.setattr(storage_module, "MIGRATIONS", storage_module.MIGRATIONS[:1])
    with pytest.raises(ConfigFileError, match="newer than this gwterm"):
        Storage(path)


def test_ingest_query_and_duplicates(tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db")
    meters = [MeterInfo(address="12345678", name="Cellar", serial="12345678", manufacturer="AMT", medium=7)]
    first = store.ingest(
        rows_for("12345678", T0, {"volume/instantaneous/0/0/0": 1.5, "x/instantaneous/0/0/0": 2}),
        meters,
        at=T0,
    )
    again = store.ingest(rows_for("12345678", T0, {"volume/instantaneous/0/0/0": 1.5}), at=T0 + 1)
    later = store.ingest(rows_for("12345678", T0 + 900, {"volume/instantaneous/0/0/0": "0012"}), at=T0 + 900)
    assert (first.rows, again.rows, later.rows) == (2, 0, 1), "a row already stored is not stored twice"
    assert later.id > again.id > first.id
    got = store.readings("12345678")
    assert [(r.ts, r.key, r.value) for r in got] == [
        (T0, "volume/instantaneous/0/0/0", 1.5),
        (T0, "x/instantaneous/0/0/0", 2),
        (T0 + 900, "volume/instantaneous/0/0/0", "0012"),  # text stays text: the column has no affinity
    ]
    assert store.series("12345678", "volume/instantaneous/0/0/0", start=T0 + 1) == [(T0 + 900, "0012")]
    readable = store.db.execute(
        "SELECT meter, key, value, unit, ts, status FROM reading_rows ORDER BY ts"
    ).fetchall()
    assert readable[0] == ("12345678", "volume/instantaneous/0/0/0", 1.5, "Wh", T0, "ok")
    assert store.meter("12345678") == meters[0]
    assert store.last_reading_at("12345678") == T0 + 900
    assert store.readings("unknown") == []
    store.close()


def test_readings_page_walks_every_meter_with_a_cursor(tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db")
    for i in range(3):
        rows = [r for m in ("a", "b", "c") for r in rows_for(m, T0 + i * 60, {"e/instantaneous/0/0/0": i})]
        store.ingest(rows, at=T0 + i * 60)
    seen, cursor = [], None
    while True:
        page, cursor = store.readings_page(cursor=cursor, limit=4)
        seen += [(r.meter, r.ts) for r in page]
        if cursor is None:
            break
    assert seen == [(m, T0 + i * 60) for m in ("a", "b", "c") for i in range(3)]
    page, _ = store.readings_page(meter="b", start=T0 + 60, limit=10)
    assert [r.ts for r in page] == [T0 + 60, T0 + 120]
    store.close()


def test_readings_from_latest_dicts() -> None:
    telegram: dict[str, Any] = {
        "header": {"id": "03575845", "manufacturer": "AMT", "version": 52, "medium": 4},
        "records": [
            {"function": "instantaneous", "storage": 0, "tariff": 0, "subunit": 0, "quantity": "energy",
             "unit": "Wh", "value": 1389817000},
            {"function": "instantaneous", "storage": 1, "tariff": 0, "subunit": 0, "quantity": "energy",
             "unit": "Wh", "value": 1300000000},
            {"function": "instantaneous", "storage": 0, "tariff": 0, "subunit": 0, "quantity": "date_time",
             "unit": "", "value": "2024-05-01T12:00"},
        ],
    }  # fmt: skip
    latest = [
        {"address": "5", "name": "Heat", "read_at": "2024-05-01T12:00:05Z", "ok": True,
         "telegrams": [telegram]},
        {"address": "7", "name": "Gone", "read_at": "2024-05-01T12:00:09Z", "ok": False, "error": "no answer",
         "telegrams": [telegram]},
        {"address": "12345678", "name": "W", "kind": "wmbus", "read_at": "2024-05-01T11:59:00Z", "ok": True,
         "rssi": -71, "telegrams": [{**telegram, "records": telegram["records"][:1] * 2}]},
    ]  # fmt: skip
    meters, rows = readings_from_latest(latest)
    assert [m.address for m in meters] == ["5", "7", "12345678"]
    assert meters[0] == MeterInfo(
        address="5",
        name="Heat",
        interface="mbus",
        serial="03575845",
        manufacturer="AMT",
        version=52,
        medium=4,
    )
    assert meters[2].interface == "wmbus"
    heat = [r for r in rows if r.meter == "5"]
    assert [r.key for r in heat] == [
        "energy/instantaneous/0/0/0",
        "energy/instantaneous/1/0/0",
        "date_time/instantaneous/0/0/0",
    ]
    assert heat[0].value == 1389817000 and heat[0].unit == "Wh" and heat[0].ts == 1714564805
    failed = [r for r in rows if r.meter == "7"]
    assert failed == [
        Reading(meter="7", key=ERROR_KEY, value="no answer", unit="", ts=1714564809, status="error")
    ]
    wireless = [r.key for r in rows if r.meter == "12345678"]
    assert wireless == [
        "energy/instantaneous/0/0/0",
        "energy/instantaneous/0/0/0#2",
        "rssi/instantaneous/0/0/0",
    ]
    assert split_record_key("energy:accumulation_negative/maximum/3/1/2#2") == {
        "quantity": "energy:accumulation_negative", "function": "maximum", "storage": 3, "tariff": 1,
        "subunit": 2,
    }  # fmt: skip
    assert record_key(telegram["records"][1]) == "energy/instantaneous/1/0/0"


def test_readout_events_report_changes_only() -> None:
    failing: set[str] = set()
    down = [{"address": "5", "ok": False, "error": "no answer"}, {"address": "6", "ok": True}]
    assert readout_events(down, failing) == [
        (EventKind.METER_UNREADABLE, "warning", "5", "meter 5 unreadable: no answer")
    ]
    assert readout_events(down, failing) == [], "once per outage, not per cycle"
    assert readout_events([{"address": "5", "ok": True}], failing) == [
        (EventKind.METER_READABLE, "info", "5", "meter 5 readable again")
    ]
    assert failing == set()


def test_retention_by_age_and_by_size(tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db")
    day = 86400
    for d in range(60):
        rows = [
            r
            for m in range(20)
            for r in rows_for(
                f"m{m}", T0 + d * day, {f"k{k}/instantaneous/0/0/0": d * 1.0 for k in range(20)}
            )
        ]
        store.ingest(rows, at=T0 + d * day)
    store.add_event("meter_unreadable", "old", at=T0)
    now = T0 + 59 * day
    result = store.retain(now=now, max_age=30 * day, log_age=40 * day)
    assert result.readings == 29 * 20 * 20 and result.events == 1
    assert min(r.ts for r in store.readings("m0")) == T0 + 29 * day
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size_before = os.path.getsize(tmp_path / "g.db")
    limit = store.used_bytes() // 3
    result = store.retain(now=now, max_bytes=limit)
    assert store.used_bytes() <= limit
    assert result.pages_freed > 0
    kept = store.readings("m0")
    assert kept and max(r.ts for r in kept) == now, "the newest readings are kept"
    last = store.last_readout_id()
    store.retain(now=now + 400 * day, max_age=day)
    assert store.stats()["readouts"] == 0
    assert store.ingest(rows_for("m0", now + 400 * day, {"k": 1}), at=now).id > last, (
        "readout ids never repeat"
    )
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert os.path.getsize(tmp_path / "g.db") < size_before, "incremental vacuum gives the space back"
    store.close()


def test_log_flood_protection() -> None:
    limiter = LogLimiter(window=60)
    assert limiter.admit("warning", "mbus", "meter 5 unreadable", 0) == [
        ("warning", "mbus", "meter 5 unreadable")
    ]
    for t in range(1, 50):
        assert limiter.admit("warning", "mbus", "meter 5 unreadable", t) == []
    assert limiter.admit("info", "mbus", "meter 6 read", 50) == [("info", "mbus", "meter 6 read")]
    # after the minute: the summary, then the message is logged again and held back again
    assert limiter.admit("warning", "mbus", "meter 5 unreadable", 61) == [
        ("warning", "mbus", "meter 5 unreadable (repeated 49 times)"),
        ("warning", "mbus", "meter 5 unreadable"),
    ]
    assert limiter.admit("warning", "other", "meter 5 unreadable", 62) == [
        ("warning", "other", "meter 5 unreadable")
    ]
    assert limiter.due(200) == []  # nothing was repeated in those windows: no summary


def test_storage_log_writes_summaries(tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db", log_window=60)
    for t in range(10):
        store.log("warning", "report1", "broker unreachable", now=T0 + t)
    assert [e["message"] for e in store.log_entries()] == ["broker unreachable"]
    store.heartbeat(T0 + 61)
    assert [e["message"] for e in store.log_entries()][-1] == "broker unreachable (repeated 9 times)"
    store.close()


def test_power_lost_is_recorded_after_an_unclean_stop(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    store = Storage(path)
    assert store.record_boot(T0) == []
    store.heartbeat(T0 + 100)
    store.db.close()  # no close(): as if the power went
    store = Storage(path)
    events = store.record_boot(T0 + 500)
    assert [(e.kind, e.at) for e in events] == [
        (EventKind.POWER_LOST, T0 + 100),
        (EventKind.POWER_RETURNED, T0 + 500),
    ]
    store.close()
    store = Storage(path)
    assert store.record_boot(T0 + 600) == [], "a clean close is not a power loss"
    store.close()


WRITER = """
import sys, time
from pathlib import Path
from app.gateway.storage import Reading, Storage
store = Storage(Path(sys.argv[1]))
n = store.last_readout_id()
while True:
    n += 1
    rows = [Reading(meter=f"m{m}", key=f"k{k}/instantaneous/0/0/0", value=n, unit="Wh", ts=n)
            for m in range(50) for k in range(10)]
    readout = store.ingest(rows, at=n)
    print(readout.id, flush=True)
"""


def test_kill_9_loses_no_committed_reading(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    rng = random.Random(99)
    committed: list[int] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout is not None
        deadline = time.monotonic() + rng.uniform(0.6, 1.2)
        first = child.stdout.readline()
        assert first, "the writer did not start"
        committed.append(int(first))
        while time.monotonic() < deadline:
            committed.append(int(child.stdout.readline()))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        committed += [int(line) for line in child.stdout.read().split()]  # printed before the kill
        store = Storage(path)
        present = {r[0] for r in store.db.execute("SELECT id FROM readouts")}
        missing = [c for c in committed if c not in present]
        assert not missing, f"committed readouts lost after kill -9: {missing[:5]}"
        for readout_id in committed[-3:]:
            assert len(store.readings("m7", start=readout_id, end=readout_id)) == 10
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.db.close()
    assert len(committed) > 20
