"""The M-Bus master against the simulated bus over real pty pairs and TCP, and the soft-gateway readout."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.cli import main
from app.devices.native import NativeDevice
from app.devices.session.mbus import MbusMaster, MbusOptions
from app.errors import DeviceTimeoutError, TransportError
from app.gateway.runtime import SoftGateway
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.secondary import SecondaryAddress
from app.protocols.mbus.telegram import decode_frame
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet, generated_meter
from app.sim.serial_line import VirtualSerialLine
from app.transports import listen, open_stream
from tests.helpers import ROOT

# short timeouts keep the suite fast; a repeat per probe keeps a busy CI machine from missing an answer
FAST = MbusOptions(response_timeout=0.05, idle_timeout=0.02, retries=1, scan_retries=1)


@contextlib.asynccontextmanager
async def bus_on_pty(
    meters: MeterSet, *, echo: bool = False, options: MbusOptions = FAST
) -> AsyncIterator[tuple[MbusMaster, MbusBusSimulator]]:
    """A simulated bus behind a real pty pair, and a master on the other end."""
    line = await VirtualSerialLine().start()
    bus = MbusBusSimulator(meters, echo=echo)
    slave = await open_stream(f"serial://{line.a}?baud=2400&format=8N1")
    task = asyncio.ensure_future(bus.serve(slave))
    master = MbusMaster(await open_stream(f"serial://{line.b}?baud=2400&format=8N1"), options)
    try:
        yield master, bus
    finally:
        await master.close()
        task.cancel()
        await slave.close()
        await line.close()


async def test_primary_scan_finds_exactly_the_set() -> None:
    meters = MeterSet([generated_meter(a, f"{40000000 + a:08d}") for a in (1, 7, 33, 60)])
    async with bus_on_pty(meters) as (master, _):
        found = await master.scan_primary(range(0, 61))
    assert [m.primary for m in found] == [1, 7, 33, 60]
    assert [m.secondary.id for m in found if m.secondary] == ["40000001", "40000007", "40000033", "40000060"]


@pytest.mark.parametrize("echo", [False, True])
async def test_secondary_scan_with_shared_prefixes(echo: bool) -> None:
    meters = MeterSet.generated(14, prefix="7777")
    options = MbusOptions(response_timeout=0.05, idle_timeout=0.02, echo=echo, scan_retries=1)
    async with bus_on_pty(meters, echo=echo, options=options) as (master, _):
        found, plan = await master.scan_secondary()
    assert sorted(m.secondary.id for m in found if m.secondary) == sorted(
        m.secondary.id for m in meters.meters
    )
    assert not plan.unresolved


async def test_multi_telegram_read_returns_every_record() -> None:
    meters = MeterSet([generated_meter(5, "12345678", telegrams=3)])
    async with bus_on_pty(meters) as (master, _):
        frames = await master.read(5)
        again = await master.read(SecondaryAddress(id="12345678"))
    assert len(frames) == 3 and len(again) == 3
    telegrams = [telegram_to_json(decode_frame(f)) for f in frames]
    volumes = [
        r["value"] for t in telegrams for r in t["records"] if r["quantity"] == "volume" and r["storage"] == 0
    ]
    assert len(volumes) == 3 and volumes[1] == pytest.approx(volumes[0] + 0.001)
    assert [r["function"] for r in telegrams[0]["records"]][-1] == "more_records_follow"


def test_a_live_meter_counts_on_between_reads_and_repeats_a_repeated_answer() -> None:
    now = [1_790_000_000.0]
    meter = generated_meter(3, "12345678", live=True)
    assert meter.live is not None
    meter.live.clock = lambda: now[0]

    def values(fcb: bool) -> tuple[dict[str, object], bytes]:
        frame = meter.respond(fcb)
        doc = telegram_to_json(decode_frame(frame))
        by = {r["quantity"]: r["value"] for r in doc["records"] if r["storage"] == 0}
        return by, frame.to_bytes()

    first, raw = values(True)
    assert values(True)[1] == raw, "a repeated FCB gets the same answer"
    now[0] += 3600
    second, _ = values(False)
    flow_lph = float(str(first["volume_flow"])) * 1000  # m^3/h
    grown = float(str(second["volume"])) - float(str(first["volume"]))
    assert abs(grown - flow_lph / 1000) <= 0.002, "an hour at the flow it reported"
    assert str(second["date_time"]).startswith("2026-09-21T"), "its clock is the time of the read"
    static = generated_meter(3, "12345678")
    assert static.respond(True).data[12:] == static.respond(False).data[12:], "tests get fixed values"


async def test_set_address_and_read_there() -> None:
    meters = MeterSet([generated_meter(9, "11223344")])
    async with bus_on_pty(meters) as (master, _):
        await master.set_primary_address(9, 42)
        assert len(await master.read(42)) == 1
        with pytest.raises(DeviceTimeoutError):
            await master.read(9)


async def test_battery_meter_needs_the_wakeup_preamble() -> None:
    meters = MeterSet([generated_meter(3, "55667788")])
    async with bus_on_pty(meters) as (master, bus):
        bus.asleep_until_woken.add(3)
        with pytest.raises(DeviceTimeoutError):
            await master.read(3)
    async with bus_on_pty(
        meters, options=MbusOptions(response_timeout=0.03, idle_timeout=0.02, wakeup=True)
    ) as (master, bus):
        bus.asleep_until_woken.add(3)
        assert len(await master.read(3)) == 1


def test_cli_against_the_simulated_bus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "mbus",
            "simulate",
            "--meters",
            "6",
            "--telegrams",
            "2",
            "--baud",
            "9600",
            "--json",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        url = info["serial"]
        assert main(["mbus", "scan", url, "--secondary", "--timeout", "0.1", "--json"]) == 0
        scan = json.loads(capsys.readouterr().out)
        assert sorted(m["secondary"] for m in scan["meters"]) == sorted(info["meters"])
        address = scan["meters"][0]["secondary"]
        assert main(["mbus", "read", url, address, "--timeout", "0.2", "--json"]) == 0
        read = json.loads(capsys.readouterr().out)
        assert len(read["telegrams"]) == 2 and read["telegrams"][0]["header"]["id"] == address[:8]
        assert main(["mbus", "read", url, "251", "--json"]) == 2
        capsys.readouterr()
    finally:
        proc.terminate()
        proc.wait(10)


async def test_gateway_reads_its_meter_list_and_bridges_transparently(tmp_path: Path) -> None:
    meters = MeterSet([generated_meter(4, "31415926"), generated_meter(8, "27182818", telegrams=2)])
    bus = MbusBusSimulator(meters)
    bus_listener = await listen("tcp://127.0.0.1:0", bus.serve)
    bus_url = f"tcp://127.0.0.1:{bus_listener.port}"  # type: ignore[attr-defined]
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e3s-mbus", password="pw-mbus")
    row = {
        "active": True,
        "medium": "water",
        "manufacturer": "",
        "dif_vif": "",
        "scale_unit": "",
        "obis": "8.0.1.0.0.255",
        "read_interval": 0,
        "lp_object": "",
        "address": "4",
        "fields": "",
        "mrid": "",
        "name": "kitchen",
    }
    spec = gateway.server.store.profile.by_key["mbus.meters"]
    second = {**row, "address": "27182818", "name": "cellar", "obis": "8.0.2.0.0.255"}
    table = [[r[c.key] for c in spec.columns] for r in (row, second)]
    gateway.server.store.apply({"mbus.meters": table, "mbus.readout_time": 1})
    await gateway.serve("loop://mbusgw")
    await gateway.start_mbus(bus_url, "tcp://127.0.0.1:0")
    try:
        for _ in range(100):
            if gateway.readout.cycles:
                break
            await asyncio.sleep(0.05)
        async with await NativeDevice.connect("loop://mbusgw", "pw-mbus") as device:
            readings = await device.session.readings()
        by_address = {r["address"]: r for r in readings}
        assert by_address["4"]["ok"] and by_address["27182818"]["ok"], readings
        assert len(by_address["27182818"]["telegrams"]) == 2
        assert by_address["4"]["telegrams"][0]["header"]["id"] == "31415926"

        port = gateway.transparent.port  # type: ignore[union-attr]
        client = await open_stream(f"tcp://127.0.0.1:{port}")
        await client.write(bytes.fromhex("1040044416"))  # SND_NKE to primary 4
        assert await asyncio.wait_for(client.read(), 5) == b"\xe5"
        intruder = await open_stream(f"tcp://127.0.0.1:{port}")
        with pytest.raises(TransportError):
            await asyncio.wait_for(intruder.read(), 5)  # the bus belongs to the first client
        await client.close()
        await intruder.close()
    finally:
        await gateway.close()
        await bus_listener.close()
