"""The soft-gateway's DLMS client over a real pty: poll the meter's alarm registers, push changes over TCP,
keep a push that could not be delivered, and leave the meter alone while a transparent client has it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from app.errors import AuthError, TransportError
from app.gateway.runtime import SoftGateway
from app.protocols.dlms.decode import decode_any, registers_json
from app.protocols.dlms.wrapper import WrapperDecoder
from app.sim.dlms_meter import DlmsMeterSimulator
from app.sim.serial_line import VirtualSerialLine
from app.transports import Listener, Stream, listen, open_stream


class PushReceiver:
    """A head-end's push port: collects the wrapper frames it is sent."""

    def __init__(self) -> None:
        self.pushes: list[dict[str, object]] = []
        self.arrived = asyncio.Event()
        self.listener: Listener | None = None

    async def start(self, port: int = 0) -> int:
        self.listener = await listen(f"tcp://127.0.0.1:{port}", self.handle)
        return int(self.listener.port)  # type: ignore[attr-defined]

    async def handle(self, stream: Stream) -> None:
        decoder = WrapperDecoder()
        while True:
            try:
                decoder.receive_data(await stream.read())
            except TransportError:  # the gateway closes after its push
                return
            while (frame := decoder.next_frame()) is not None:
                decoded = registers_json(decode_any(frame.to_bytes()))
                self.pushes.append(decoded | {"wport": frame.source_wport})
                self.arrived.set()


@pytest_asyncio.fixture
async def rig(tmp_path: Path) -> AsyncIterator[tuple[SoftGateway, DlmsMeterSimulator, PushReceiver]]:
    line = await VirtualSerialLine().start()
    meter = DlmsMeterSimulator()
    meter_end = await open_stream(f"serial://{line.b}?baud=9600")
    served = asyncio.ensure_future(_serve_forever(meter, meter_end))
    receiver = PushReceiver()
    push_port = await receiver.start()
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e3s-mbus", password="pw-push")
    gateway.server.store.apply(
        {
            "dlms.push_ip": "127.0.0.1",
            "dlms.push_port": push_port,
            "dlms.poll_interval": 0,
        }
    )
    assert await gateway.start_dlms("127.0.0.1", port=0)  # the status register lives in the DLMS server
    await gateway.start_meter_port(f"serial://{line.a}?baud=9600", ["tcp://127.0.0.1:0"])
    assert gateway.start_dlms_poller(f"serial://{line.a}?baud=9600")
    try:
        yield gateway, meter, receiver
    finally:
        await gateway.close()
        served.cancel()
        await asyncio.gather(served, return_exceptions=True)
        if receiver.listener is not None:
            await receiver.listener.close()
        await meter_end.close()
        await line.close()


async def _serve_forever(meter: DlmsMeterSimulator, stream: Stream) -> None:
    while True:
        await meter.serve_hdlc(stream)


def poller_bits(gateway: SoftGateway) -> int:
    """The status bits the poller set on the gateway's DLMS server."""
    assert gateway.dlms is not None
    return int(gateway.dlms.status_bits)


def alarms(push: dict[str, object]) -> dict[str, object]:
    registers = push["registers"]
    assert isinstance(registers, list)
    return {r["obis"]: r["value"] for r in registers}


async def test_a_changed_alarm_is_pushed(rig: tuple[SoftGateway, DlmsMeterSimulator, PushReceiver]) -> None:
    gateway, meter, receiver = rig
    poller = gateway.dlms_poller
    assert await poller.poll_once() and receiver.pushes == [], "the first poll only learns the values"
    assert await poller.poll_once() and receiver.pushes == [], "nothing changed, nothing pushed"
    meter.set_alarm(2, 4)
    await poller.poll_once()
    await asyncio.wait_for(receiver.arrived.wait(), 5)
    push = receiver.pushes[0]
    assert push["apdu"] == "data-notification"
    assert alarms(push) == {"1.1.97.97.1.255": 0, "1.1.97.97.2.255": 4, "1.1.97.97.3.255": 0}
    assert "DLMS meter value changed: 1.1.97.97.2.255:2" in (gateway.state_dir / "log.jsonl").read_text()
    assert poller_bits(gateway) == 0b1111111 & ~0b100, "first poll, RS485 data, registers 1-3, push started"


async def test_an_undelivered_push_waits_for_the_next_poll(
    rig: tuple[SoftGateway, DlmsMeterSimulator, PushReceiver],
) -> None:
    gateway, meter, receiver = rig
    poller = gateway.dlms_poller
    await poller.poll_once()
    assert receiver.listener is not None
    port = receiver.listener.port  # type: ignore[attr-defined]
    await receiver.listener.close()
    meter.set_alarm(3, 1)
    await poller.poll_once()
    assert poller.pending is not None and poller.pushes == 0
    await receiver.start(port)
    await poller.poll_once()  # no new change: the kept push goes out now
    await asyncio.wait_for(receiver.arrived.wait(), 5)
    assert alarms(receiver.pushes[0])["1.1.97.97.3.255"] == 1 and poller.pending is None


async def test_transparent_client_has_priority_and_wrong_password_is_reported(
    rig: tuple[SoftGateway, DlmsMeterSimulator, PushReceiver],
) -> None:
    gateway, _, _ = rig
    poller = gateway.dlms_poller
    [bound] = [u for u in gateway.events.path.read_text().splitlines() if "meter port serial://" in u][:1]
    port = int(bound.rsplit(":", 1)[1].split('"')[0])
    client = await open_stream(f"tcp://127.0.0.1:{port}")
    await asyncio.sleep(0.1)
    assert await poller.poll_once() is False
    await client.close()
    await asyncio.sleep(0.1)
    gateway.server.store.apply({"dlms.client_password": "wrong-one"})
    with pytest.raises(AuthError):
        await poller.poll_once()
    assert poller.failures == 1 and poller_bits(gateway) & 0b100, "DLMS answer problem"
