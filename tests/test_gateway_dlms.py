"""The soft-gateway's DLMS server over TCP (wrapper): association, logical device, clock, status, readings."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.protocols.dlms import (
    AttributeDescriptor,
    ClientAssociation,
    ClientSettings,
    Mechanism,
    Obis,
    WrapperDecoder,
    WrapperFrame,
)
from app.protocols.dlms.client import Associated, AssociationFailed, GetCompleted
from app.transports import Stream, open_stream
from tests.dlms_rig import DLMS_PASSWORD, dlms_gateway


async def exchange(stream: Stream, decoder: WrapperDecoder, client_sap: int, apdu: bytes) -> bytes:
    await stream.write(WrapperFrame(source_wport=client_sap, destination_wport=1, apdu=apdu).to_bytes())
    while (frame := decoder.next_frame()) is None:
        decoder.receive_data(await asyncio.wait_for(stream.read(), 5))
    return frame.apdu


async def test_dlms_server_exposes_identity_status_and_meter_registers(tmp_path: Path) -> None:
    async with dlms_gateway(tmp_path / "gw") as (gateway, port):
        stream = await open_stream(f"tcp://127.0.0.1:{port}")
        decoder = WrapperDecoder()
        wrong = ClientAssociation(ClientSettings(mechanism=Mechanism.LOW, password=b"nope"))
        refused = wrong.receive_apdu(await exchange(stream, decoder, 32, wrong.associate()))
        assert isinstance(refused, AssociationFailed)
        await stream.close()

        stream = await open_stream(f"tcp://127.0.0.1:{port}")
        decoder = WrapperDecoder()
        client = ClientAssociation(ClientSettings(mechanism=Mechanism.LOW, password=DLMS_PASSWORD.encode()))
        assert isinstance(
            client.receive_apdu(await exchange(stream, decoder, 32, client.associate())), Associated
        )
        second = await open_stream(f"tcp://127.0.0.1:{port}")
        with pytest.raises(Exception):  # noqa: B017 - one association at a time: the second link is closed
            await asyncio.wait_for(second.read(), 5)
        await second.close()

        def attr(class_id: int, obis: str, index: int) -> AttributeDescriptor:
            return AttributeDescriptor(class_id=class_id, instance=Obis.coerce(obis), attribute=index)

        name = client.receive_apdu(
            await exchange(stream, decoder, 32, client.get(attr(1, "0.0.42.0.0.255", 2)))
        )
        assert isinstance(name, GetCompleted) and name.value.value.startswith(b"GWT")
        value = client.receive_apdu(
            await exchange(stream, decoder, 32, client.get(attr(3, "8.0.1.0.0.255", 2)))
        )
        scaler = client.receive_apdu(
            await exchange(stream, decoder, 32, client.get(attr(3, "8.0.1.0.0.255", 3)))
        )
        reading = gateway.readout.latest["4"]["telegrams"][0]["records"][0]
        assert isinstance(value, GetCompleted) and isinstance(scaler, GetCompleted)
        assert value.value.value * 10 ** scaler.value.value[0].value == pytest.approx(float(reading["value"]))
        status = client.receive_apdu(
            await exchange(stream, decoder, 32, client.get(attr(1, "1.1.96.6.0.255", 2)))
        )
        assert isinstance(status, GetCompleted)
        bits = status.value.value
        assert bits & (1 << 16) and bits & (1 << 17), f"M-Bus readout end and meter 1 ok: {bits:#x}"
        await stream.close()
