"""The WM-E meter port over real ptys: "Auto" data format follows an IEC session, other traffic stays 8N1,
the primary port goes before the secondary one, and the gateway command announces both ports."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import pty
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.devices.session.iec import IecClient, IecOptions
from app.gateway.eventlog import EventLog
from app.gateway.meter_port import MeterPort, MeterSettings
from app.protocols.iec62056_21.follower import LineSetting
from app.sim.iec_meter import IecMeterSimulator, pty_baud
from app.sim.serial_line import VirtualSerialLine
from app.transports import Listener, Stream, listen, open_stream

FAST = IecOptions(answer_timeout=1.0, retry_pause=0.05, retries=1)


def settings_of(values: dict[str, object]) -> MeterSettings:
    """The meter settings a gateway with these `trans.*` values uses."""
    return MeterSettings.from_config(values)


@contextlib.asynccontextmanager
async def meter_port(
    tmp_path: Path, settings: MeterSettings
) -> AsyncIterator[tuple[MeterPort, VirtualSerialLine, Listener, Listener]]:
    """A meter port on one end of a pty pair, its primary and secondary ports on loopback."""
    line = await VirtualSerialLine().start()
    port = MeterPort(f"serial://{line.a}?parity=software", lambda: settings, EventLog(tmp_path / "log.jsonl"))
    primary = await listen("tcp://127.0.0.1:0", port.handle_primary)
    secondary = await listen("tcp://127.0.0.1:0", port.handle_secondary)
    try:
        yield port, line, primary, secondary
    finally:
        await primary.close()
        await secondary.close()
        await line.close()


async def echo_meter(line: VirtualSerialLine, seen: list[bytes]) -> None:
    """A meter that answers each chunk with `ok:` and the chunk."""
    stream = await open_stream(f"serial://{line.b}?baud=9600")
    try:
        while True:
            data = await stream.read()
            seen.append(data)
            await stream.write(b"ok:" + data)
    finally:
        await stream.close()


async def answer(stream: Stream, expected: int) -> bytes:
    """Read until `expected` bytes arrived."""
    data = b""
    while len(data) < expected:
        data += await asyncio.wait_for(stream.read(), 5)
    return data


def test_settings_from_config() -> None:
    assert settings_of(
        {"trans.meter_baud": "19200", "trans.data_format": "auto", "trans.fixed_8n1": True}
    ) == (MeterSettings(19200, "auto"))
    assert settings_of({"trans.data_format": "7E1", "trans.fixed_8n1": True}) == MeterSettings(9600, "8N1")
    assert settings_of({"trans.data_format": "7E1", "trans.fixed_8n1": False}) == MeterSettings(9600, "7E1")


@pytest.mark.parametrize("mode", ["B", "C"])
async def test_auto_format_follows_an_iec_readout(tmp_path: Path, mode: str) -> None:
    sim = IecMeterSimulator(manufacturer="GWt", reaction_time=0.03, mode=mode)
    async with meter_port(tmp_path, MeterSettings(9600, "auto")) as (port, line, primary, _):
        meter_end = await open_stream(f"serial://{line.b}?baud=300&format=8N1")
        task = asyncio.ensure_future(
            sim.serve(meter_end, software_parity=True, peer_baud=lambda: pty_baud(line.a))
        )
        try:
            client = await IecClient.connect(f"tcp://127.0.0.1:{primary.port}", FAST)  # type: ignore[attr-defined]
            try:
                readout = await client.read_out(mode=mode)
            finally:
                await client.close()
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await meter_end.close()
    assert readout.registers == sim.readout().datasets
    assert port.line_history[0] == LineSetting(baud=300, data_format="7E1")
    assert LineSetting(baud=9600, data_format="7E1") in port.line_history
    assert sim.stats.sent_at_wrong_speed == 0 and sim.stats.parity_errors == 0


async def test_auto_format_keeps_8n1_for_other_traffic(tmp_path: Path) -> None:
    seen: list[bytes] = []
    async with meter_port(tmp_path, MeterSettings(2400, "auto")) as (port, line, primary, _):
        task = asyncio.ensure_future(echo_meter(line, seen))
        client = await open_stream(f"tcp://127.0.0.1:{primary.port}")  # type: ignore[attr-defined]
        try:
            frame = bytes([0x10, 0x40, 0xFE, 0x3E, 0x16])  # an M-Bus SND_NKE: binary, not IEC
            await client.write(frame)
            assert await answer(client, 8) == b"ok:" + frame
        finally:
            await client.close()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    assert port.line_history == [LineSetting(baud=2400, data_format="8N1")]
    assert seen == [frame]


async def test_primary_port_goes_first(tmp_path: Path) -> None:
    seen: list[bytes] = []
    async with meter_port(tmp_path, MeterSettings(9600, "8N1")) as (_, line, primary, secondary):
        task = asyncio.ensure_future(echo_meter(line, seen))
        customer = await open_stream(f"tcp://127.0.0.1:{secondary.port}")  # type: ignore[attr-defined]
        utility = await open_stream(f"tcp://127.0.0.1:{primary.port}")  # type: ignore[attr-defined]
        try:
            await asyncio.sleep(0.1)
            await customer.write(b"second")
            await asyncio.sleep(0.2)
            assert seen == [], "the secondary port waits while the primary one is connected"
            await utility.write(b"first")
            assert await answer(utility, 8) == b"ok:first"
            await utility.close()
            assert await answer(customer, 9) == b"ok:second"
            assert seen == [b"first", b"second"]
            late = await open_stream(f"tcp://127.0.0.1:{secondary.port}")  # type: ignore[attr-defined]
            with pytest.raises(Exception):  # noqa: B017 - one client per port: the second is closed
                await asyncio.wait_for(late.read(), 5)
        finally:
            await customer.close()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def test_explicit_format_is_applied(tmp_path: Path) -> None:
    seen: list[bytes] = []
    async with meter_port(tmp_path, MeterSettings(4800, "7E1")) as (port, line, primary, _):
        task = asyncio.ensure_future(echo_meter(line, seen))
        client = await open_stream(f"tcp://127.0.0.1:{primary.port}")  # type: ignore[attr-defined]
        try:
            await client.write(b"C")
            assert await answer(client, 4) == b"ok:C"
            assert pty_baud(line.a) == 4800
        finally:
            await client.close()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    assert port.line_history == [LineSetting(baud=4800, data_format="7E1")]
    assert seen == [b"\xc3"], "'C' (0x43) has three ones: 7E1 sets the parity bit"


def test_gateway_command_announces_the_meter_ports(tmp_path: Path) -> None:
    line_a, line_b = _pty_pair()
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "app", "gateway", "--state-dir", str(tmp_path / "gw"), "--model", "wm-e2s",
            "--password", "pw-meter", "--listen", "tcp://127.0.0.1:0", "--no-launcher", "--no-discovery",
            "--meter", f"serial://{line_b}", "--meter-listen", "tcp://127.0.0.1:0",
            "--meter-listen", "tcp://127.0.0.1:0", "--json",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert len(info["meter_ports"]) == 2
        assert all(
            url.startswith("tcp://127.0.0.1:") and not url.endswith(":0") for url in info["meter_ports"]
        )
    finally:
        proc.terminate()
        proc.wait(10)
        os.close(line_a)


def _pty_pair() -> tuple[int, str]:
    master, slave = pty.openpty()
    name = os.ttyname(slave)
    os.close(slave)
    return master, name


async def test_a_meter_port_that_cannot_open_is_logged(tmp_path: Path) -> None:
    port = MeterPort(
        "serial:///dev/no-such-meter-port", lambda: MeterSettings(9600, "8N1"), EventLog(tmp_path / "l")
    )
    listener = await listen("tcp://127.0.0.1:0", port.handle_primary)
    try:
        client = await open_stream(f"tcp://127.0.0.1:{listener.port}")  # type: ignore[attr-defined]
        await client.write(b"hello")
        with pytest.raises(Exception):  # noqa: B017 - the client is dropped
            await asyncio.wait_for(client.read(), 5)
        await client.close()
    finally:
        await listener.close()
    assert (
        "meter port: serial:///dev/no-such-meter-port: cannot open serial port"
        in (tmp_path / "l").read_text()
    )
