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

from tests.dlms_rig import DLMS_PASSWORD, dlms_gateway


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
    async with dlms_gateway(tmp_path / "gw") as (gateway, port):
        before = datetime.datetime.now(datetime.UTC)
        seen = await asyncio.to_thread(gurux_session, port, DLMS_PASSWORD)
    assert (8, "0.0.1.0.0.255") in seen["objects"] and (3, "8.0.1.0.0.255") in seen["objects"]
    assert any(c == 15 and ln.startswith("0.0.40.0.") for c, ln in seen["objects"]), "an association LN"
    clock = seen["clock"].value
    assert abs((clock - before).total_seconds()) < 120
    reading = gateway.readout.latest["4"]["telegrams"][0]["records"][0]
    assert float(seen["value"]) == pytest.approx(float(reading["value"]))
