"""Interoperability: the Gurux DLMS client (a test-only dependency) reads the soft-gateway's DLMS server."""

from __future__ import annotations

import asyncio
import datetime
import socket
from pathlib import Path
from typing import Any

import pytest
from gurux_dlms import GXByteBuffer, GXDLMSClient, GXReplyData
from gurux_dlms.enums import Authentication, InterfaceType, ObjectType

from app.gateway.runtime import SoftGateway
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet, generated_meter
from app.transports import listen


class GuruxLink:
    """A Gurux client on a blocking socket, as the Gurux examples drive it."""

    def __init__(self, port: int, password: str) -> None:
        self.client = GXDLMSClient(True, 32, 1, Authentication.LOW, password, InterfaceType.WRAPPER)
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)

    def exchange(self, requests: Any) -> GXReplyData:
        """Send each request and gather the reply, following block transfer."""
        reply = GXReplyData()
        for request in [requests] if isinstance(requests, bytes | bytearray) else requests:
            self._packet(request, reply)
            while reply.isMoreData():
                self._packet(self.client.receiverReady(reply), reply)
        return reply

    def _packet(self, data: Any, reply: GXReplyData) -> None:
        self.sock.sendall(bytes(data))
        received = GXByteBuffer()
        notify = GXReplyData()
        while not self.client.getData(received, reply, notify):
            chunk = self.sock.recv(4096)
            assert chunk, "the server closed the link"
            received.set(chunk)

    def read(self, obj: Any, attribute: int) -> Any:
        """Read one attribute into the object and return its value."""
        reply = self.exchange(self.client.read(obj, attribute))
        self.client.updateValue(obj, attribute, reply.value)
        return obj.getValues()[attribute - 1]


def gurux_session(port: int, password: str) -> dict[str, Any]:
    """Associate, read the object list, the clock and the register, release."""
    link = GuruxLink(port, password)
    try:
        link.client.parseAareResponse(link.exchange(link.client.aarqRequest()).data)
        objects = link.client.parseObjects(link.exchange(link.client.getObjectsRequest()).data, True)
        clock = objects.findByLN(ObjectType.CLOCK, "0.0.1.0.0.255")
        register = objects.findByLN(ObjectType.REGISTER, "8.0.1.0.0.255")
        link.read(register, 3)  # scaler and unit first, so the value is scaled
        return {
            "objects": [(int(o.objectType), o.logicalName) for o in objects],
            "clock": link.read(clock, 2),
            "value": link.read(register, 2),
        }
    finally:
        with_release = link.client.releaseRequest()
        if with_release:
            link.exchange(with_release)
        link.sock.close()


async def test_gurux_reads_object_list_clock_and_register(tmp_path: Path) -> None:
    bus = MbusBusSimulator(MeterSet([generated_meter(4, "31415926")]))
    bus_listener = await listen("tcp://127.0.0.1:0", bus.serve)
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e3s-mbus", password="pw-dlms")
    store = gateway.server.store
    spec = store.profile.by_key["mbus.meters"]
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
        "fields": "1",
        "mrid": "",
        "name": "kitchen",
    }
    store.apply(
        {
            "mbus.meters": [[row[c.key] for c in spec.columns]],
            "mbus.readout_time": 1,
            "dlms.server_port": 0,
            "dlms.server_auth": "low",
            "dlms.server_password": "DLMS-pw-1",
            "dlms.server_client_address": 32,
        }
    )
    await gateway.start_mbus(f"tcp://127.0.0.1:{bus_listener.port}")  # type: ignore[attr-defined]
    port = await gateway.start_dlms("127.0.0.1")
    assert port
    try:
        for _ in range(100):
            if gateway.readout.cycles:
                break
            await asyncio.sleep(0.05)
        before = datetime.datetime.now(datetime.UTC)
        seen = await asyncio.to_thread(gurux_session, port, "DLMS-pw-1")
    finally:
        await gateway.close()
        await bus_listener.close()
    assert (8, "0.0.1.0.0.255") in seen["objects"] and (3, "8.0.1.0.0.255") in seen["objects"]
    assert any(c == 15 and ln.startswith("0.0.40.0.") for c, ln in seen["objects"]), "an association LN"
    clock = seen["clock"].value
    assert abs((clock - before).total_seconds()) < 120
    reading = gateway.readout.latest["4"]["telegrams"][0]["records"][0]
    assert float(seen["value"]) == pytest.approx(float(reading["value"]))
