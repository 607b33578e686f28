"""DLMS/COSEM codec cost: HAN push decoding (HDLC frame → registers JSON) and a profile-generic read with
block transfer through client, server and both HDLC stations in memory.

Targets are set against the line: a meter link runs at 9600 baud (1200 octets/s) up to ~100 kbit/s
on TCP, so the codec must move at least 100× the fastest serial line (120 kB/s) on one core, and
decode a HAN push (one every 2-10 s per meter) at least 1000 times a second.
"""

from __future__ import annotations

import datetime
import time

from app.protocols.dlms.acse import Mechanism
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.client import ClientAssociation, ClientSettings, GetCompleted, SendNext
from app.protocols.dlms.cosem import CaptureObject, ObjectRegistry, ProfileGeneric
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.decode import decode_any, registers_json
from app.protocols.dlms.hdlc import LLC_RESPONSE, Control, FrameKind, HdlcAddress, HdlcFrame, HdlcParameters
from app.protocols.dlms.hdlc_connection import ApduReceived, Connected, HdlcConnection, Role
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.server import ClientPolicy, CosemServer
from app.protocols.dlms.xdlms import AttributeDescriptor, DataNotification
from bench.common import Result

PUSH_TARGET = 1000.0  # pushes/s
TRANSFER_TARGET = 120.0  # kB/s of APDU octets
ROWS = 5000


def _push_frame() -> bytes:
    items = [
        Data.structure(
            (
                Data.octet_string(Obis.parse("0.0.1.0.0.255").to_bytes()),
                Data.octet_date_time(CosemDateTime.from_datetime(datetime.datetime(2024, 1, 1))),
            )
        )
    ]
    for c in (1, 2, 3, 4, 21, 22, 23, 24, 41, 42, 43, 44, 61, 62, 63, 64):
        scaler_unit = Data.structure((Data.integer(0), Data.enum(27)))
        items.append(
            Data.structure(
                (
                    Data.octet_string(Obis(a=1, b=0, c=c, d=7, e=0).to_bytes()),
                    Data.double_long_unsigned(1000 + c),
                    scaler_unit,
                )
            )
        )
    for c in (31, 51, 71, 32, 52, 72):
        scaler_unit = Data.structure((Data.integer(-1), Data.enum(33 if c % 10 == 1 else 35)))
        items.append(
            Data.structure(
                (
                    Data.octet_string(Obis(a=1, b=0, c=c, d=7, e=0).to_bytes()),
                    Data.long_unsigned(2300 + c),
                    scaler_unit,
                )
            )
        )
    apdu = DataNotification(body=Data.array(items), long_invoke_id_and_priority=0x40000000).to_bytes()
    frame = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1, 0x11),
        control=Control(kind=FrameKind.UI),
        information=LLC_RESPONSE + apdu,
    )
    return frame.to_bytes()


def _push_rate() -> float:
    raw = _push_frame()
    best = 0.0
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(300):
            result = registers_json(decode_any(raw))
        elapsed = time.perf_counter() - start
        best = max(best, 300 / elapsed)
    assert len(result["registers"]) == 23
    return best


def _transfer_rate() -> tuple[float, int]:
    registry = ObjectRegistry()
    profile = ProfileGeneric(
        "1.0.99.1.0.255",
        [
            CaptureObject(class_id=8, logical_name=Obis.parse("0.0.1.0.0.255")),
            CaptureObject(class_id=3, logical_name=Obis.parse("1.0.1.8.0.255")),
        ],
    )
    start = datetime.datetime(2024, 1, 1)
    for i in range(ROWS):
        profile.append(
            (
                Data.octet_date_time(CosemDateTime.from_datetime(start + datetime.timedelta(minutes=15 * i))),
                Data.double_long_unsigned(i),
            )
        )
    registry.add(profile)
    server = CosemServer(
        registry,
        policies=[ClientPolicy(client_sap=0x20, mechanism=Mechanism.LOW, secret=b"HELLO")],
        max_receive_pdu_size=1024,
    )
    params = HdlcParameters(max_info_tx=1024, max_info_rx=1024)
    c_addr, s_addr = HdlcAddress.client(0x20), HdlcAddress.server(1, 0x11)
    client_link = HdlcConnection(role=Role.CLIENT, client=c_addr, server=s_addr, parameters=params)
    server_link = HdlcConnection(role=Role.SERVER, client=c_addr, server=s_addr, parameters=params)
    client = ClientAssociation(
        ClientSettings(mechanism=Mechanism.LOW, password=b"HELLO", max_receive_pdu_size=1024)
    )
    association = server.open(0x20)
    octets = 0

    def carry(data: bytes) -> list[bytes]:
        nonlocal octets
        apdus = []
        while data:
            octets += len(data)
            server_link.receive_data(data)
            answer = b""
            while (event := server_link.next_event()) is not None:
                if isinstance(event, ApduReceived):
                    response = association.receive_apdu(event.apdu)
                    if response:
                        answer += server_link.send_apdu(response)
                elif isinstance(event, Connected):
                    pass
            answer = server_link.data_to_send() + answer
            octets += len(answer)
            client_link.receive_data(answer)
            while (event := client_link.next_event()) is not None:
                if isinstance(event, ApduReceived):
                    apdus.append(event.apdu)
            data = client_link.data_to_send()
        return apdus

    def request(apdu: bytes) -> object:
        while True:
            (answer,) = carry(client_link.send_apdu(apdu))
            event = client.receive_apdu(answer)
            if not isinstance(event, SendNext):
                return event
            apdu = event.apdu

    carry(client_link.connect())
    request(client.associate())
    octets = 0
    begin = time.perf_counter()
    result = request(client.get(AttributeDescriptor(class_id=7, instance=profile.logical_name, attribute=2)))
    elapsed = time.perf_counter() - begin
    assert isinstance(result, GetCompleted) and len(result.value.items) == ROWS
    return octets / elapsed / 1000, octets


async def run() -> list[Result]:
    """Both figures."""
    pushes = _push_rate()
    rate, octets = _transfer_rate()
    return [
        Result(
            bench="dlms_push_decode",
            metric="HAN push frame → registers JSON",
            value=pushes,
            unit="/s",
            target=f">= {PUSH_TARGET:.0f}/s",
            passed=pushes >= PUSH_TARGET,
            details={"registers": 23},
        ),
        Result(
            bench="dlms_profile_transfer",
            metric=f"profile buffer of {ROWS} rows, GET with blocks over HDLC",
            value=rate,
            unit="kB/s",
            target=f">= {TRANSFER_TARGET:.0f} kB/s",
            passed=rate >= TRANSFER_TARGET,
            details={"octets_on_the_line": octets},
        ),
    ]


if __name__ == "__main__":
    import asyncio

    from bench.common import save

    save(asyncio.run(run()))
