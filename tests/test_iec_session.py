"""The IEC 62056-21 reader against the simulated meter over real pty pairs (and TCP): modes A-E, baud
switches checked against the reader's pty speed, software 7E1, programming mode, NAK repeats, echo."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from app.devices.session import iec as iec_session
from app.devices.session.iec import IecClient, IecOptions, iec_url
from app.errors import AuthError, DeviceError, DeviceTimeoutError, LocalProtocolError, TransportError
from app.protocols.iec62056_21 import DataSet
from app.sim.iec_meter import IecMeterSimulator, pty_baud
from app.sim.serial_line import VirtualSerialLine
from app.transports import Stream, listen, open_stream, serial_control

FAST = IecOptions(answer_timeout=0.5, retry_pause=0.05, retries=1)


def meter(**kwargs: Any) -> IecMeterSimulator:
    """A quick meter: 20 ms reaction (lower-case third letter), short pushes in mode D."""
    settings: dict[str, Any] = {"manufacturer": "GWt", "reaction_time": 0.03, "push_interval": 0.15}
    return IecMeterSimulator(**(settings | kwargs))


@contextlib.asynccontextmanager
async def on_pty(
    sim: IecMeterSimulator, *, options: IecOptions = FAST, client_url: str = "", software_parity: bool = True
) -> AsyncIterator[tuple[IecClient, VirtualSerialLine]]:
    """The meter on one end of a pty pair (8N1 + software 7E1), a reader on the other."""
    line = await VirtualSerialLine().start()
    port = await open_stream(f"serial://{line.a}?baud=300&format=8N1")
    task = asyncio.ensure_future(
        sim.serve(port, software_parity=software_parity, peer_baud=lambda: pty_baud(line.b))
    )
    client = await IecClient.connect(client_url or f"serial://{line.b}?format=8N1", options)
    try:
        yield client, line
    finally:
        await client.close()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await port.close()
        await line.close()


@pytest.mark.parametrize(("mode", "baud"), [("A", 300), ("B", 9600), ("C", 9600), ("D", 2400)])
async def test_readout_in_every_mode_with_the_baud_switch(mode: str, baud: int) -> None:
    sim = meter(mode=mode)
    async with on_pty(sim) as (client, line):
        readout = await client.read_out(mode=mode)
        assert pty_baud(line.b) == baud  # our end of the line really moved
    assert readout.mode == mode and readout.baud == baud
    assert readout.block.check_ok and readout.block.check == ("none" if mode == "D" else "bcc")
    assert readout.registers == sim.readout().datasets
    assert readout.identification == sim.identification()
    addresses = [d.address for d in readout.registers]
    assert {"1.8.0", "2.8.0", "32.7.0", "31.7.0", "0.9.1", "0.9.2"} <= set(addresses)
    if mode != "D":  # mode D: the first push may go out before the reader reached 2400 Bd
        assert sim.stats.sent_at_wrong_speed == 0
    assert client.parity_errors == 0


async def test_mode_c_honours_max_baud_and_signs_on_again_at_300() -> None:
    sim = meter(mode="C", max_baud=19200)
    async with on_pty(sim) as (client, line):
        first = await client.read_out(max_baud=2400)
        second = await client.read_out()
        assert pty_baud(line.b) == 19200
    assert (first.baud, second.baud) == (2400, 19200)
    assert client.baud_history == [2400, 300, 19200]
    assert sim.stats.baud_switches == [2400, 300, 19200, 300] and sim.stats.sent_at_wrong_speed == 0


@pytest.mark.parametrize("mode", ["B", "C"])
async def test_baud_switch_by_reopening_the_port(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serial_control, "pyserial_port", lambda stream: None)
    sim = meter(mode=mode, reaction_time=0.06)
    async with on_pty(sim) as (client, line):
        readout = await client.read_out(mode=mode)
        assert "baud=9600" in client.stream.url and pty_baud(line.b) == 9600
        assert (await client.read_out(mode=mode)).registers == readout.registers
    assert sim.stats.sent_at_wrong_speed == 0


async def test_a_reader_that_does_not_switch_gets_garbage() -> None:
    class Stubborn(IecClient):
        async def _switch(self, baud: int, line_format: str = "7E1") -> None:
            return None

    sim = meter(mode="B")
    line = await VirtualSerialLine().start()
    port = await open_stream(f"serial://{line.a}?baud=300&format=8N1")
    task = asyncio.ensure_future(sim.serve(port, software_parity=True, peer_baud=lambda: pty_baud(line.b)))
    client = Stubborn(
        await open_stream(iec_url(f"serial://{line.b}?format=8N1")),
        IecOptions(answer_timeout=0.15, retries=0),
    )
    try:
        with pytest.raises(DeviceTimeoutError):
            await client.read_out(mode="B")
        assert sim.stats.sent_at_wrong_speed == 1
    finally:
        await client.close()
        task.cancel()
        await port.close()
        await line.close()


async def test_7e1_parity_is_needed_on_an_8n1_port() -> None:
    sim = meter(mode="C")
    options = IecOptions(answer_timeout=0.15, retries=0, software_parity=False)
    async with on_pty(sim, options=options) as (client, _):
        with pytest.raises(DeviceTimeoutError):
            await client.read_out()  # '/' and CR go out with the wrong parity: the meter ignores it
    assert sim.stats.parity_errors > 0 and sim.stats.sign_ons == 0


async def test_device_address_in_the_sign_on() -> None:
    sim = meter(mode="C", address="00012345")
    async with on_pty(sim, options=IecOptions(answer_timeout=0.15, retries=0)) as (client, _):
        assert (await client.read_out(address="12345")).block.check_ok  # leading zeros may be left out
        with pytest.raises(DeviceTimeoutError):
            await client.read_out(address="99999999")
        with pytest.raises(LocalProtocolError):
            await client.read_out(address="bad!address")


async def test_programming_mode_password_read_write_partial_blocks_break() -> None:
    sim = meter(mode="C", password="s3cret", max_block=100)
    async with on_pty(sim) as (client, line):
        with pytest.raises(AuthError):
            await client.program("wrong")
        assert sim.stats.password_failures == 1
        async with await client.program("s3cret") as session:
            assert pty_baud(line.b) == 9600 and session.operand == sim.address
            energy = await session.read_register("1.8.0")
            assert energy == DataSet.of("1.8.0", "012345.678", "kWh")
            assert (await session.read_register("0.2.2")).value == "T01"
            await session.write_register("0.2.2", "T02")
            assert (await session.read_register("0.2.2")).value == "T02"
            with pytest.raises(DeviceError) as refused:
                await session.write_register("1.8.0", "0")
            assert refused.value.code == "ER02"
            with pytest.raises(DeviceError) as unknown:
                await session.read_register("9.9.9")
            assert unknown.value.code == "ER01"
            profile = await session.read_register("P.01")  # 24 values in several EOT blocks (6.3.12)
            assert len(profile.values) == 24 and profile.values[-1].unit == "kWh"
        assert not session.active
        with pytest.raises(LocalProtocolError):
            await session.read_register("1.8.0")
        readout = await client.read_out()  # after B0 the meter signs on at 300 Bd again
        assert {d.address: d.value for d in readout.registers}["1.8.0"] == "012345.678"
    assert sim.stats.programming_sessions == 1 and sim.stats.writes == 1
    assert sim.table["0.2.2"].values[0].value == "T02" and sim.stats.sent_at_wrong_speed == 0


async def test_programming_needs_mode_c() -> None:
    async with on_pty(meter(mode="B"), options=IecOptions(answer_timeout=0.15, retries=0)) as (client, _):
        with pytest.raises(DeviceError, match="mode C"):
            await client.program("00000000")


async def test_mode_e_hands_the_line_over_to_hdlc() -> None:
    sim = meter(mode="C", hdlc=True, max_baud=19200)
    async with on_pty(sim) as (client, line):
        stream = await client.switch_to_hdlc()
        assert stream is client.stream and pty_baud(line.b) == 19200
        assert not client.software_parity  # HDLC runs 8N1
        assert client.identification is not None and client.identification.supports_hdlc
        with pytest.raises(LocalProtocolError):
            await client.read_out(mode="E")
    assert sim.stats.hdlc_switches == 1
    async with on_pty(meter(mode="C")) as (client, _):
        with pytest.raises(DeviceError, match="mode E"):
            await client.switch_to_hdlc()


class _Tap(Stream):
    """A stream wrapper that can damage or echo what passes (a noisy optical head)."""

    def __init__(self, inner: Stream, *, damage_writes: int = 0, echo: bool = False) -> None:
        self.url = inner.url
        self.inner = inner
        self.damage_writes = damage_writes
        self.echo = echo
        self.writes = 0

    async def read(self, limit: int = 65536) -> bytes:
        data = await self.inner.read(limit)
        if self.echo:
            await self.inner.write(data)  # what the reader sent comes straight back to it
        return data

    async def write(self, data: bytes) -> None:
        self.writes += 1
        if self.damage_writes and data[:1] in (b"\x01", b"\x02") and len(data) > 4:
            self.damage_writes -= 1
            data = data[:-1] + bytes((data[-1] ^ 0x01,))  # a wrong BCC
        await self.inner.write(data)

    async def close(self) -> None:
        await self.inner.close()


@contextlib.asynccontextmanager
async def on_tcp(
    sim: IecMeterSimulator, *, echo: bool = False, damage_meter: int = 0, damage_reader: int = 0
) -> AsyncIterator[IecClient]:
    """The meter behind TCP (as behind a transparent gateway port), optionally with a noisy link."""

    async def handler(stream: Stream) -> None:
        await sim.serve(_Tap(stream, damage_writes=damage_meter, echo=echo))

    listener = await listen("tcp://127.0.0.1:0", handler)
    stream = await open_stream(f"tcp://127.0.0.1:{listener.port}")  # type: ignore[attr-defined]
    client = IecClient(_Tap(stream, damage_writes=damage_reader), FAST)
    try:
        yield client
    finally:
        await client.close()
        await listener.close()


async def test_over_tcp_no_switch_is_needed() -> None:
    sim = meter(mode="C")
    async with on_tcp(sim) as client:
        readout = await client.read_out()
    assert readout.baud == 9600 and readout.registers == sim.readout().datasets
    assert client.baud_history == [9600] and not client.software_parity


async def test_damaged_answers_are_nakked_and_repeated() -> None:
    sim = meter(mode="C")
    # the P0 and the first read answer arrive with a wrong BCC: the reader NAKs, the meter repeats
    async with on_tcp(sim, damage_meter=2) as client:
        session = await client.program("00000000")
        async with session:
            assert (await session.read_register("1.8.0")).value == "012345.678"
    assert sim.stats.naks_received == 2


async def test_damaged_commands_are_repeated_on_the_meters_nak() -> None:
    sim = meter(mode="C")
    async with on_tcp(sim, damage_reader=2) as client, await client.program("00000000") as session:
        await session.write_register("0.9.1", "12:00:00")
    assert sim.stats.naks_sent == 2 and sim.table["0.9.1"].values[0].value == "12:00:00"


async def test_an_echoing_optical_head_is_tolerated() -> None:
    sim = meter(mode="C")
    async with on_tcp(sim, echo=True) as client:
        readout = await client.read_out()
        async with await client.program("00000000") as session:
            assert (await session.read_register("C.1.0")).value == sim.address
    assert readout.block.check_ok


async def test_wakeup_sequence_for_battery_meters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(iec_session, "WAKEUP_NUL_SECONDS", (0.02, 0.02))
    monkeypatch.setattr(iec_session, "WAKEUP_PAUSE_SECONDS", (0.01, 0.01))
    sim = meter(mode="A")
    async with on_pty(sim, options=IecOptions(wakeup=True, answer_timeout=0.5)) as (client, _):
        assert (await client.read_out(mode="A")).block.check_ok


async def test_a_closed_link_is_a_transport_error() -> None:
    listener = await listen("tcp://127.0.0.1:0", lambda stream: stream.close())
    client = IecClient(await open_stream(f"tcp://127.0.0.1:{listener.port}"), FAST)  # type: ignore[attr-defined]
    try:
        with pytest.raises((TransportError, DeviceTimeoutError)):
            await client.read_out()
    finally:
        await client.close()
        await listener.close()
