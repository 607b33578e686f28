"""The concentrator data path end to end: scheduled readout into storage, `gwterm data` over gwcp, reports.

A gwterm-gw soft-gateway reads simulated M-Bus meters on `@every 1s`, stores them, and the command line
pages the stored readings out (more than 1000, filtered) as CSV, XLSX and JSON; reports reach a real
aiohttp receiver; test-send answers with the server's reply or a clear error; kill -9 of a reporting
`gwterm gateway` loses no committed reading and the queue carries on. Everything stays on loopback.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import csv
import io
import json
import os
import random
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest
from aiohttp import web

from app.cli import main
from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.devices.stored_data import StoredReading, readings_from_table
from app.errors import DeviceError, RemoteProtocolError
from app.gateway.config_store import ConfigStore
from app.gateway.runtime import SoftGateway
from app.gateway.storage import DB_FILE, EventKind, Reading, Storage
from app.sim.fleet import SimulatedFleet
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet
from app.sim.wmbus_tx import SimulatedAir
from app.transports import Listener, listen
from tests.helpers import ROOT

PASSWORD = "Data-Pw-7"
HISTORY_START = 1714521600  # 2024-05-01T00:00:00Z
HISTORY = 2400  # 25 days of quarter-hour energy values of meter 1: more than two pages of 1000
T = TypeVar("T")


def meter_rows(meters: MeterSet) -> list[list[object]]:
    """gwterm-gw meter list rows (active, address, name, obis) for simulated meters."""
    return [[True, str(m.primary), f"meter {m.primary}", ""] for m in meters.meters]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


class LoopThread:
    """An event loop in a thread: the gateway runs there while the CLI runs its own asyncio.run here."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coro: Awaitable[T], timeout: float = 30) -> T:
        async def wrapped() -> T:
            return await coro

        future: concurrent.futures.Future[T] = asyncio.run_coroutine_threadsafe(wrapped(), self.loop)
        return future.result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@dataclass
class Receiver:
    """An aiohttp server that keeps every POST; basic auth `gw:right` when `auth` is set."""

    url: str = ""
    posts: list[dict[str, Any]] = field(default_factory=list)
    auth: bool = False
    runner: web.AppRunner | None = None

    async def start(self) -> Receiver:
        async def handle(request: web.Request) -> web.Response:
            wanted = "Basic " + base64.b64encode(b"gw:right").decode()
            if self.auth and request.headers.get("Authorization") != wanted:
                return web.Response(status=401, text="who are you")
            self.posts.append({"headers": dict(request.headers), "body": await request.read()})
            return web.Response(text="stored")

        app = web.Application()
        app.router.add_post("/{tail:.*}", handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    def readings(self) -> list[dict[str, Any]]:
        """The reading messages of every gwterm-json batch received."""
        return [m for p in self.posts for m in json.loads(p["body"])["messages"] if m["kind"] == "readings"]


@dataclass
class Concentrator:
    """A gwterm-gw soft-gateway reading a simulated bus, in a LoopThread."""

    gateway: SoftGateway
    url: str
    bus: Listener
    meters: MeterSet
    receiver: Receiver


async def _start_concentrator(state_dir: Path, *, values: dict[str, object], history: bool) -> Concentrator:
    receiver = await Receiver(auth=True).start()
    meters = MeterSet.generated(3, seed=11)
    bus = await listen("tcp://127.0.0.1:0", MbusBusSimulator(meters).serve)
    gateway = SoftGateway.create_or_open(state_dir, model="gwterm-gw", password=PASSWORD)
    if history:  # quarter-hour history of meter 1, as if read long ago
        storage = Storage(state_dir / DB_FILE)
        rows = [
            Reading(
                meter="1",
                key="energy/instantaneous/0/0/0",
                value=i * 10,
                unit="Wh",
                ts=HISTORY_START + i * 900,
            )
            for i in range(HISTORY)
        ]
        storage.ingest(rows, at=HISTORY_START)
        storage.close()
    gateway.server.store.apply(
        {
            "mbus.meters": meter_rows(meters),
            "readout.cycle": "@every 1s",
            "report1.enabled": True,
            "report1.url": f"{receiver.url}/in",
            "report1.username": "gw",
            "report1.password": "right",
            **values,
        }
    )
    listener = await gateway.serve("tcp://127.0.0.1:0")
    await gateway.start_mbus(f"tcp://127.0.0.1:{getattr(bus, 'port', 0)}")
    assert await gateway.start_data()
    url = f"tcp://127.0.0.1:{getattr(listener, 'port', 0)}"
    return Concentrator(gateway=gateway, url=url, bus=bus, meters=meters, receiver=receiver)


async def _stop_concentrator(c: Concentrator) -> None:
    await c.gateway.close()
    await c.bus.close()
    await c.receiver.stop()


@pytest.fixture(scope="module")
def concentrator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LoopThread, Concentrator]]:
    thread = LoopThread()
    state = tmp_path_factory.mktemp("data") / "gw"
    c = thread.call(_start_concentrator(state, values={}, history=True))
    try:
        yield thread, c
    finally:
        thread.call(_stop_concentrator(c))
        thread.stop()


def wait_until(check: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _live_cycles(thread: LoopThread, c: Concentrator) -> int:
    async def count() -> int:
        return c.gateway.data.cycles if c.gateway.data is not None else 0

    return thread.call(count())


# ---------------------------------------------------------------- gwterm data


def test_scheduled_readout_is_stored_and_exported(
    concentrator: tuple[LoopThread, Concentrator], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    thread, c = concentrator
    wait_until(lambda: _live_cycles(thread, c) >= 2, what="two readout cycles")
    started = time.monotonic()
    code, out, err = run(capsys, "data", c.url, "--password", PASSWORD, "--json")
    assert code == 0, err
    doc = json.loads(out)
    rows = doc["readings"]
    assert len(rows) >= HISTORY + 2 * 3 * 5, "the history and at least two cycles of three meters"
    order = [(r["meter"], r["ts"]) for r in rows]
    assert order == sorted(order), "by meter address, then time"
    keys = [(r["meter"], r["ts"], r["key"]) for r in rows]
    assert len(keys) == len(set(keys)), "paging repeats nothing"
    assert {m["address"] for m in doc["meters"]} == {"1", "2", "3"}
    assert {m["serial"] for m in doc["meters"]} == {m.secondary.id for m in c.meters.meters}
    live = [r for r in rows if r["ts"] > HISTORY_START + HISTORY * 900]
    per_meter = {r["meter"] for r in live if r["key"] == "volume/instantaneous/0/0/0"}
    assert per_meter == {"1", "2", "3"}, "every listed meter is read on the schedule"
    history = [r for r in rows if r["ts"] <= HISTORY_START + HISTORY * 900]
    assert [r["value"] for r in history] == [i * 10 for i in range(HISTORY)]
    assert time.monotonic() - started < 10, "paging over loopback is quick"

    # filters: one meter, a time range (a date alone as --to means to its end)
    code, out, _ = run(
        capsys, "data", c.url, "--password", PASSWORD, "--meter", "1", "--from", "2024-05-02",
        "--to", "2024-05-03", "--format", "json",
    )  # fmt: skip
    assert code == 0
    window = json.loads(out)["readings"]
    assert len(window) == 2 * 96, "two days of quarter-hours"
    assert window[0]["time"] == "2024-05-02T00:00:00Z" and window[-1]["time"] == "2024-05-03T23:45:00Z"
    code, out, _ = run(capsys, "data", c.url, "--password", PASSWORD, "--meter", "2", "--json")
    assert code == 0 and {r["meter"] for r in json.loads(out)["readings"]} == {"2"}

    # CSV (semicolons, CMe3100 style) to stdout, parsed back
    code, out, _ = run(capsys, "data", c.url, "--password", PASSWORD, "--meter", "1", "--to", "2024-05-24")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out), delimiter=";"))
    assert len(table) == 24 * 96
    first = table[0]
    assert (first["MeterAddress"], first["ReadingTime"], first["Quantity"], first["Unit"]) == (
        "1",
        "2024-05-01 00:00:00",
        "energy",
        "Wh",
    )
    assert first["MeterId"] == c.meters.meters[0].secondary.id and first["Manufacturer"] == "GWT"

    # XLSX and a comma CSV file, parsed back
    xlsx = tmp_path / "readings.xlsx"
    code, _, err = run(capsys, "data", c.url, "--password", PASSWORD, "--meter", "1", "-o", str(xlsx))
    assert code == 0 and "wrote" in err
    book = openpyxl.load_workbook(xlsx, read_only=True)
    sheet = list(book["Readings"].iter_rows(values_only=True))
    assert sheet[0][0] == "MeterAddress" and len(sheet) - 1 >= HISTORY
    assert sheet[1][6].isoformat() == "2024-05-01T00:00:00" and sheet[1][12] == 0
    assert [r[0] for r in book["Meters"].iter_rows(values_only=True)] == ["MeterAddress", "1"]
    comma = tmp_path / "readings.csv"
    code, _, _ = run(
        capsys, "data", c.url, "--password", PASSWORD, "--meter", "1", "--to", "2024-05-01",
        "--delimiter", ",", "-o", str(comma),
    )  # fmt: skip
    assert code == 0
    assert len(list(csv.DictReader(comma.open(encoding="utf-8", newline=""), delimiter=","))) == 96

    # the latest readings (what gwterm data showed before storage), and input errors
    code, out, _ = run(capsys, "data", c.url, "--password", PASSWORD, "--latest")
    assert code == 0 and "meter 1 meter 1" in out and "volume" in out
    code, out, err = run(capsys, "data", c.url, "--password", PASSWORD, "--read-now", "--latest")
    assert code == 0 and "read 3 meter(s) now: readout" in err and "meter 1 meter 1" in out
    code, _, err = run(capsys, "data", c.url, "--password", PASSWORD, "--format", "xlsx")
    assert code == 2 and "-o" in err
    code, _, err = run(capsys, "data", c.url, "--password", PASSWORD, "--from", "yesterday")
    assert code == 2 and "ISO 8601" in err
    code, _, err = run(capsys, "data", c.url, "--password", PASSWORD, "--meter", "77")
    assert code == 2 and "no readings of meter '77'" in err


def test_reports_are_delivered_and_test_send_answers(
    concentrator: tuple[LoopThread, Concentrator], capsys: pytest.CaptureFixture[str]
) -> None:
    thread, c = concentrator
    wait_until(lambda: len(c.receiver.readings()) >= 3, what="reports from the running gateway")
    message = c.receiver.readings()[0]
    assert message["meter"]["address"] in {"1", "2", "3"} and message["readings"]
    assert c.receiver.posts[0]["headers"]["X-Gateway"] == c.gateway.server.store.identity["serial"]

    code, out, _ = run(capsys, "reports", "status", c.url, "--password", PASSWORD)
    assert code == 0 and "readout cycle @every 1s" in out and "report 1: enabled" in out
    code, out, _ = run(capsys, "reports", "status", c.url, "--password", PASSWORD, "--json")
    status = json.loads(out)
    assert status["reports"][0]["last_success"] is not None and status["reports"][0]["last_error"] == ""
    assert status["readout"]["cycle"] == "@every 1s" and status["readout"]["last"] is not None

    before = len(c.receiver.posts)
    code, out, _ = run(capsys, "reports", "test", c.url, "1", "--password", PASSWORD)
    assert code == 0 and "test delivered" in out and "HTTP/1.1 200 OK: stored" in out
    test_ids = [p["headers"]["X-Message-Id"] for p in c.receiver.posts[before:]]
    assert any("-test-" in i for i in test_ids)

    code, out, _ = run(capsys, "reports", "test", c.url, "1", "password=wrong", "--password", PASSWORD)
    assert code == 1 and "FAILED" in out and "401" in out and "who are you" in out
    code, out, _ = run(
        capsys, "reports", "test", c.url, "1", "url=http://127.0.0.1:1/in", "--password", PASSWORD, "--json"
    )
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and "127.0.0.1:1" in result["error"]
    code, _, err = run(capsys, "reports", "test", c.url, "1", "url=ftp://x/", "--password", PASSWORD)
    assert code == 1 and "report1.url" in err, "the gateway refuses settings that cannot work"
    code, _, err = run(capsys, "reports", "test", c.url, "1", "colour=red", "--password", PASSWORD)
    assert code == 2 and "colour" in err

    code, out, _ = run(capsys, "reports", "send", c.url, "1", "--password", PASSWORD)
    assert code == 0 and "delivered" in out
    code, _, err = run(capsys, "reports", "send", c.url, "2", "--password", PASSWORD)
    assert code == 1 and "not enabled" in err

    async def stored_url() -> str:
        async with await NativeDevice.connect(c.url, PASSWORD) as device:
            return str((await device.read(["report1.url"])).values["report1.url"])

    assert thread.call(stored_url()) == f"{c.receiver.url}/in", "a test-send writes nothing"


def test_data_reads_while_reports_test_and_send_act(
    concentrator: tuple[LoopThread, Concentrator],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app import cli_users

    _, c = concentrator
    checked: list[str] = []

    def authorise(args: Any) -> None:
        key = getattr(args, "command_key", None) or cli_users._command_key(args)
        checked.append(cli_users.COMMAND_ACTION.get(key, ""))

    monkeypatch.setattr(cli_users, "authorise", authorise)
    for argv in (["data"], ["reports", "status"], ["reports", "test"], ["reports", "send"]):
        run(capsys, *argv, c.url, *(["1"] if argv[-1] in ("test", "send") else []), "--password", PASSWORD)
    assert checked == ["read", "read", "write", "write"]


def test_a_modem_without_storage_shows_its_latest_readings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    thread = LoopThread()
    fleet = SimulatedFleet(root=tmp_path, count=1, model="wm-e3s-mbus", meters=2, readout_cycle="@every 1s")
    thread.call(fleet.start())
    try:
        url = fleet.urls[0]
        wait_until(lambda: fleet.gateways[0].readout.cycles >= 1, what="a WM-E3S readout")
        code, out, _ = run(capsys, "data", url, "--password", "demo")
        assert code == 0 and "meter 1 meter 1" in out and "meter 2 meter 2" in out and "volume" in out
        code, out, _ = run(capsys, "data", url, "--password", "demo", "--meter", "2", "--json")
        assert code == 0 and [m["address"] for m in json.loads(out)["meters"]] == ["2"]
        code, _, err = run(capsys, "data", url, "--password", "demo", "--from", "2024-05-01")
        assert code == 1 and "keeps no stored readings" in err and "--latest" in err
        cycles = fleet.gateways[0].readout.cycles
        code, out, err = run(capsys, "data", url, "--password", "demo", "--read-now", "--latest")
        assert code == 0 and "read 2 meter(s) now" in err and "readout" not in err, err
        assert "meter 1 meter 1" in out and fleet.gateways[0].readout.cycles > cycles
    finally:
        thread.call(fleet.close())
        thread.stop()


# ---------------------------------------------------------------- in-process behaviour


async def eventually(probe: Callable[[], Awaitable[T]], wanted: T, what: str, timeout: float = 10.0) -> None:
    """Poll until `probe()` returns `wanted`."""
    deadline = time.monotonic() + timeout
    while (got := await probe()) != wanted:
        assert time.monotonic() < deadline, f"{what}: still {got!r}"
        await asyncio.sleep(0.1)


async def test_cycle_and_meter_list_changes_apply_at_the_next_cycle(tmp_path: Path) -> None:
    meters = MeterSet.generated(2, seed=5)
    bus = await listen("loop://data-bus-changes", MbusBusSimulator(meters).serve)
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="gwterm-gw", password=PASSWORD)
    first, second = meter_rows(meters)
    gateway.server.store.apply({"mbus.meters": [first], "readout.cycle": "@every 1h"})
    await gateway.serve("loop://data-gw-changes")
    await gateway.start_mbus("loop://data-bus-changes")
    await gateway.start_data()
    try:
        async with await NativeDevice.connect("loop://data-gw-changes", PASSWORD) as device:

            async def meters_read() -> set[str]:
                return {r.meter for r in await device.stored_readings()}

            await asyncio.sleep(0.3)
            assert await meters_read() == set(), "nothing before the hourly cycle"
            await device.write({"readout.cycle": "@every 1s"})
            await eventually(meters_read, {first[1]}, "the new cycle at once")
            await device.write({"mbus.meters": (tuple(first), tuple(second))})
            await eventually(meters_read, {first[1], second[1]}, "the new meter at the next cycle")
            status = await device.report_status()
            assert status["readout"]["cycle"] == "@every 1s" and not status["reports"][0]["enabled"]
            await device.session.restart()
        await asyncio.sleep(0.7)  # the gateway restarts: same database, cycle from the reread config
        cycles = gateway.data.cycles

        async def cycles_now() -> bool:
            return bool(gateway.data.cycles > cycles)

        await eventually(cycles_now, True, "the readout going on after a restart")
        async with await NativeDevice.connect("loop://data-gw-changes", PASSWORD) as device:
            assert len(await device.stored_meters()) == 2
            with pytest.raises(DeviceError) as refused:
                await device.session.data(limit=5000)
            assert refused.value.code == "invalid" and "limit" in refused.value.key_errors
            with pytest.raises(DeviceError) as refused:
                await device.session.data(cursor="nonsense")
            assert refused.value.code == "invalid"
    finally:
        await gateway.close()
        await bus.close()
    storage = Storage(tmp_path / "gw" / DB_FILE)
    assert storage.record_boot(int(time.time())) == [], "close() was a clean stop: no power-lost event"
    storage.close()


async def test_read_now_reads_and_stores_outside_the_cycle(tmp_path: Path) -> None:
    meters = MeterSet.generated(2, seed=6)
    bus = await listen("loop://data-bus-now", MbusBusSimulator(meters).serve)
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="gwterm-gw", password=PASSWORD)
    rows = [*meter_rows(meters), [True, "77", "not on the bus", ""]]
    gateway.server.store.apply({"mbus.meters": rows, "readout.cycle": "@every 1h"})
    await gateway.serve("loop://data-gw-now")
    await gateway.start_mbus("loop://data-bus-now")
    await gateway.start_data()
    try:
        async with (
            await NativeDevice.connect("loop://data-gw-now", PASSWORD) as one,
            await NativeDevice.connect("loop://data-gw-now", PASSWORD) as other,
        ):
            assert await one.stored_readings() == [], "nothing before the hourly cycle"
            result = await one.read_now()
            assert result["in_progress"] is False and result["meters"] == 3 and result["failed"] == 1
            stored = await one.stored_readings()
            assert {r.meter for r in stored} == {"1", "2", "77"}
            assert sum(1 for r in stored if r.key == "volume/instantaneous/0/0/0") == 2
            assert result["rows"] == len(stored) and gateway.data.cycles == 1
            # two at once: they take turns (or the second joins the first); nothing is read twice at once
            both = await asyncio.gather(one.read_now(), other.read_now())
            assert all(r["in_progress"] is False and r["meters"] == 3 for r in both)
            assert gateway.data.cycles in (2, 3)
            events = [e["message"] for e in (await one.session.events())["events"]]
            assert any("77" in m for m in events), "the unreadable meter is an event"
    finally:
        await gateway.close()
        await bus.close()


async def test_unreadable_meters_and_failed_decryption_become_events(tmp_path: Path) -> None:
    air = SimulatedAir.generated(2, interval=0.05)
    good, wrong = air.meters
    receiver = await listen("tcp://127.0.0.1:0", air.serve)
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="gwterm-gw", password=PASSWORD)
    gateway.server.store.apply(
        {
            "readout.cycle": "@every 1s",
            "mbus.meters": [[True, "9", "absent", ""]],
            "wmbus.receiver": f"tcp://127.0.0.1:{getattr(receiver, 'port', 0)}?receiver=im871a",
            "wmbus.meters": [[True, good.id, "", "kitchen", 0], [True, wrong.id, "", "cellar", 0]],
            "wmbus.keys": f"{good.id}={good.key.hex()};{wrong.id}={bytes(16).hex()}",
        }
    )
    await gateway.serve("loop://data-gw-events")
    gateway.start_wmbus()
    await gateway.start_mbus("loop://data-bus-nobody")  # the bus is gone: its meters are unreadable
    await gateway.start_data()
    try:
        async with await NativeDevice.connect("loop://data-gw-events", PASSWORD) as device:

            async def problems() -> bool:
                kinds = {(e.kind, e.meter) for e in await device.stored_events()}
                unreadable = (EventKind.METER_UNREADABLE, "9") in kinds
                return unreadable and (EventKind.DECRYPTION_FAILED, wrong.id) in kinds

            await eventually(problems, True, "the unreadable meter and the failed decryption as events")
            await asyncio.sleep(1.2)  # another cycle: the same problem is not recorded again
            events = await device.stored_events()
            assert sum(e.kind == EventKind.METER_UNREADABLE for e in events) == 1, "once, not every cycle"
            later = await device.stored_events(after=events[0].id)
            assert [e.id for e in later] == [e.id for e in events[1:]]
            readings = await device.stored_readings()
            assert {r.meter for r in readings} >= {good.id, "9"}
            assert any(r.meter == "9" and r.status == "error" for r in readings)
            assert any(r.meter == good.id and r.unit == "dBm" for r in readings) or any(
                r.meter == good.id and r.key.startswith("volume") for r in readings
            )
            meters = {m.address: m for m in await device.stored_meters()}
            assert meters[good.id].interface == "wmbus" and meters[good.id].name == "kitchen"
            assert wrong.id not in meters, "an undecryptable meter has no readings"
    finally:
        await gateway.close()
        await receiver.close()


async def test_models_without_storage_answer_unsupported(tmp_path: Path) -> None:
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
    assert not await gateway.start_data()
    await gateway.serve("loop://data-gw-modem")
    try:
        async with await NativeDevice.connect("loop://data-gw-modem", PASSWORD) as device:
            calls = (
                device.stored_readings(),
                device.report_status(),
                device.report_test(1, {}),
                device.read_now(),
            )
            for call in calls:
                with pytest.raises(DeviceError) as refused:
                    await call
                assert refused.value.code == "unsupported"
    finally:
        await gateway.close()


async def test_simulate_gives_gateways_meters_read_within_seconds(tmp_path: Path) -> None:
    fleet = SimulatedFleet(root=tmp_path, count=2, model="gwterm-gw", meters=30, readout_cycle="@every 1s")
    await fleet.start()
    addresses = {str(n) for n in range(1, 31)}
    try:
        for url in fleet.urls:
            async with await NativeDevice.connect(url, "demo") as device:

                async def stored(device: NativeDevice = device) -> set[str]:
                    return {r.meter for r in await device.stored_readings()}

                await eventually(stored, addresses, "every simulated meter read and stored")
                latest = await device.latest_readings()  # 30 meters' telegrams take several frames
                assert {m["address"] for m in latest["meters"]} == addresses
                assert all(m["ok"] for m in latest["meters"])
    finally:
        await fleet.close()


def test_simulate_options_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "simulate", "--model", "wm-e2s", "--meters", "3")
    assert code == 2 and "meter list" in err
    code, _, err = run(
        capsys, "simulate", "--model", "gwterm-gw", "--meters", "3", "--readout-cycle", "@every 0x"
    )
    assert code == 2
    code, _, err = run(capsys, "simulate", "--model", "gwterm-gw", "--meters", "251")
    assert code == 2 and "250" in err


# ---------------------------------------------------------------- kill -9 of a reporting gateway


@contextlib.asynccontextmanager
async def _bus_and_receiver() -> AsyncIterator[tuple[str, Receiver]]:
    receiver = await Receiver().start()
    bus = await listen("tcp://127.0.0.1:0", MbusBusSimulator(MeterSet.generated(2, seed=9)).serve)
    try:
        yield f"tcp://127.0.0.1:{getattr(bus, 'port', 0)}", receiver
    finally:
        await bus.close()
        await receiver.stop()


async def _gateway_process(state: Path, bus_url: str) -> tuple[asyncio.subprocess.Process, str]:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "app", "gateway", "--state-dir", str(state), "--no-launcher", "--no-discovery",
        "--listen", "tcp://127.0.0.1:0", "--mbus", bus_url, "--json",
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert child.stdout is not None
    line = await asyncio.wait_for(child.stdout.readline(), 20)
    return child, json.loads(line)["urls"][0]


async def _stored(url: str) -> set[tuple[str, str, int]]:
    async with await NativeDevice.connect(url, PASSWORD) as device:
        return {(r.meter, r.key, r.ts) for r in await device.stored_readings()}


async def test_kill_9_during_readout_and_reporting_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(3)
    state = tmp_path / "gw"
    ConfigStore.create(state, "gwterm-gw", PASSWORD)
    volume = "volume/instantaneous/0/0/0"
    seen: set[tuple[str, str, int]] = set()  # readings a tool has read back: committed
    final: set[tuple[str, str, int]] = set()
    async with _bus_and_receiver() as (bus_url, receiver):

        def delivered_up_to() -> int:
            return max((r["ts"] for m in receiver.readings() for r in m["readings"]), default=0)

        ConfigStore(state).apply(
            {
                "mbus.meters": [[True, "1", "a", ""], [True, "2", "b", ""]],
                "readout.cycle": "@every 1s",
                "report1.enabled": True,
                "report1.url": f"{receiver.url}/in",
            }
        )
        for life in range(3):
            child, url = await _gateway_process(state, bus_url)
            try:
                deadline = time.monotonic() + rng.uniform(2.2, 3.2)
                while time.monotonic() < deadline:
                    seen |= await _stored(url)
                    await asyncio.sleep(rng.uniform(0.1, 0.4))
                if life == 2:  # the last life runs until everything read so far went out
                    cutoff = max(ts for _, _, ts in seen)
                    for _ in range(100):
                        if delivered_up_to() >= cutoff:
                            break
                        await asyncio.sleep(0.1)
                    final = await _stored(url)
            finally:
                os.kill(child.pid, signal.SIGKILL)
                await child.wait()
    assert seen <= final, f"committed readings lost after kill -9: {sorted(seen - final)[:5]}"
    delivered: dict[str, list[int]] = {}
    by_id: dict[str, bytes] = {}
    power_lost = 0
    for post in receiver.posts:
        doc = json.loads(post["body"])
        if doc["id"] in by_id:
            assert by_id[doc["id"]] == post["body"], "a re-sent report is the same report"
            continue
        by_id[doc["id"]] = post["body"]
        for message in doc["messages"]:
            if message["kind"] == "event":
                power_lost += message["event"]["kind"] == EventKind.POWER_LOST
                continue
            times = [r["ts"] for r in message["readings"] if r["key"] == volume]
            delivered.setdefault(message["meter"]["address"], []).extend(times)
    assert power_lost == 2, "each kill is reported after the restart"
    for meter in ("1", "2"):
        got = delivered[meter]
        assert got == sorted(got) and len(got) == len(set(got)), f"meter {meter}: out of order or twice"
        wanted = sorted(ts for m, key, ts in seen if m == meter and key == volume and ts <= cutoff)
        missing = [ts for ts in wanted if ts not in got]
        assert not missing, f"meter {meter}: committed readings never reported: {missing[:5]}"


async def _all_pages(device: NativeDevice, form: str | None, **filters: Any) -> tuple[list[Any], int]:
    """Every reading through raw DATA requests of one form, and how many pages it took."""
    rows: list[Any] = []
    cursor, pages = None, 0
    while True:
        reply = await device.session.data(cursor=cursor, form=form, **filters)
        pages += 1
        if form == "table":
            rows += readings_from_table(reply)
        else:
            rows += [StoredReading.from_wire(r) for r in reply["readings"]]
        cursor = reply["next"]
        if cursor is None:
            return rows, pages


async def test_data_table_form_carries_the_same_readings_in_fewer_frames(tmp_path: Path) -> None:
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="gwterm-gw", password=PASSWORD)
    storage = Storage(tmp_path / "gw" / DB_FILE)
    rows = [
        Reading(meter=meter, key=key, value=value, unit=unit, ts=HISTORY_START + n * 900)
        for meter in ("1", "12345678", "wm:GWT31939071")
        for n in range(700)
        for key, value, unit in (
            ("volume/instantaneous/0/0/0", round(n * 0.013, 3), "m^3"),
            ("energy/instantaneous/0/0/0", n * 1000, "Wh"),
            ("date_time/instantaneous/0/0/0", "2026-11-01T12:05:00", ""),
        )
    ]
    rows.append(Reading(meter="1", key="error", value="no answer", unit="", ts=HISTORY_START + 700 * 900,
                        status="error"))  # fmt: skip
    storage.ingest(rows, [], at=HISTORY_START)
    storage.close()
    await gateway.serve("loop://data-gw-table")
    assert await gateway.start_data()
    try:
        async with await NativeDevice.connect(
            "loop://data-gw-table", PASSWORD, SessionOptions(encrypt=True)
        ) as d:
            objects, object_pages = await _all_pages(d, None)
            table, table_pages = await _all_pages(d, "table")
            assert table == objects and len(table) == len(rows)
            assert table[700 * 3].status == "error" and table[700 * 3].value == "no answer"
            assert object_pages >= 4 * table_pages, (object_pages, table_pages)
            assert await d.stored_readings() == table, "the tool asks for the table form"
            one, _ = await _all_pages(d, "table", meter="12345678", start=HISTORY_START + 900 * 100)
            assert one == [r for r in objects if r.meter == "12345678" and r.ts >= HISTORY_START + 90000]
            with pytest.raises(DeviceError) as refused:
                await d.session.data(form="columns")
            assert refused.value.code == "invalid" and "form" in refused.value.key_errors
    finally:
        await gateway.close()


@pytest.mark.parametrize(
    "reply",
    [
        {"form": "table", "meters": ["1"], "keys": [["k", "u"]]},
        {"form": "table", "meters": ["1"], "keys": [["k", "u"]], "rows": [[0, 0, 5]]},
        {"form": "table", "meters": ["1"], "keys": [["k", "u"]], "rows": [[1, 0, 5, 1]]},
        {"form": "table", "meters": ["1"], "keys": [["k", "u"]], "rows": [[-1, 0, 5, 1]]},
        {"form": "table", "meters": ["1"], "keys": [["k", "u"]], "rows": [[0, 0, "5", 1]]},
        {"form": "table", "meters": ["1"], "keys": [["k"]], "rows": [[0, 0, 5, 1]]},
        {"form": "table", "meters": ["1"], "keys": [["k", "u"]], "rows": [[0, True, 5, 1]]},
    ],
)
def test_a_malformed_table_reply_is_a_clear_error(reply: dict[str, Any]) -> None:
    with pytest.raises(RemoteProtocolError, match="DATA table"):
        readings_from_table(reply)
