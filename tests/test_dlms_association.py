"""A sans-I/O DLMS client talking to a sans-I/O DLMS server in memory, over HDLC and over the wrapper:
SNRM/UA, AARQ/AARE (none, LLS, HLS-GMAC, glo-ciphering), GET (normal, list, blocks, selective access),
SET (normal, list, blocks), ACTION (normal, blocks, image transfer), pushes, RLRQ, DISC."""

from __future__ import annotations

import datetime

import pytest

from app.errors import LocalProtocolError, RemoteProtocolError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import Aare, Mechanism, UserDiagnostic
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.client import (
    ActionCompleted,
    Associated,
    AssociationFailed,
    ClientAssociation,
    ClientEvent,
    ClientSettings,
    ClientState,
    GetCompleted,
    NotificationReceived,
    Released,
    SendNext,
    ServiceFailed,
    SetCompleted,
)
from app.protocols.dlms.cosem import (
    AttributeAccess,
    CaptureObject,
    Clock,
    DataObject,
    DemandRegister,
    EntryDescriptor,
    ExtendedRegister,
    ImageTransfer,
    ImageTransferStatus,
    ObjectRegistry,
    ProfileGeneric,
    PushSetup,
    RangeDescriptor,
    Register,
    SapAssignment,
    attribute_name,
    class_name,
    decode_attribute,
    method_name,
    push_body,
)
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.decode import decode_any, registers_json
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult, DlmsSecurityError
from app.protocols.dlms.hdlc import HdlcAddress, HdlcParameters
from app.protocols.dlms.hdlc_connection import (
    ApduReceived,
    Connected,
    Disconnected,
    HdlcConnection,
    HdlcState,
    Role,
)
from app.protocols.dlms.obis import Obis, ScalerUnit
from app.protocols.dlms.security import SecurityKeys
from app.protocols.dlms.server import ClientPolicy, CosemServer, ServerAssociation, ServerState
from app.protocols.dlms.wrapper import WrapperDecoder, WrapperFrame
from app.protocols.dlms.xdlms import AttributeDescriptor, MethodDescriptor

TZ = datetime.timezone(datetime.timedelta(hours=1))
NOW = datetime.datetime(2024, 3, 1, 12, 0, 0, tzinfo=TZ)
KEYS = SecurityKeys(encryption_key=bytes(range(16)), authentication_key=bytes(range(0xD0, 0xE0)))
ENERGY = Obis.parse("1.0.1.8.0.255")
PROFILE = Obis.parse("1.0.99.1.0.255")
CLOCK = Obis.parse("0.0.1.0.0.255")


def attr(class_id: int, obis: Obis | str, index: int) -> AttributeDescriptor:
    return AttributeDescriptor(class_id=class_id, instance=Obis.coerce(obis), attribute=index)


def method(class_id: int, obis: Obis | str, index: int) -> MethodDescriptor:
    return MethodDescriptor(class_id=class_id, instance=Obis.coerce(obis), method=index)


def build_server(**kwargs: object) -> tuple[CosemServer, ObjectRegistry]:
    registry = ObjectRegistry()
    registry.add(Register(ENERGY, Data.double_long_unsigned(123456), scaler=0, unit=30))
    registry.add(Register("1.0.32.7.0.255", Data.long_unsigned(2307), scaler=-1, unit=35))
    registry.add(
        ExtendedRegister(
            "1.0.1.6.0.255",
            Data.double_long_unsigned(5),
            unit=27,
            capture_time=CosemDateTime.from_datetime(NOW),
        )
    )
    registry.add(DemandRegister("1.0.1.4.0.255", unit=27))
    registry.add(DataObject("0.0.96.1.0.255", Data.visible_string("SN-0001")))
    registry.add(Clock(now=lambda: NOW))
    profile = ProfileGeneric(
        PROFILE,
        [CaptureObject(class_id=8, logical_name=CLOCK), CaptureObject(class_id=3, logical_name=ENERGY)],
        capture_period=900,
        profile_entries=2000,
    )
    start = datetime.datetime(2024, 1, 1, tzinfo=TZ)
    for i in range(1000):
        stamp = CosemDateTime.from_datetime(start + datetime.timedelta(minutes=15 * i))
        profile.append((Data.octet_date_time(stamp), Data.double_long_unsigned(1000 + i)))
    registry.add(profile)
    registry.add(SapAssignment(assignments=[(1, b"GWT0000000000001")]))
    registry.add(ImageTransfer(block_size=64))
    registry.add(
        PushSetup(
            push_objects=[
                CaptureObject(class_id=3, logical_name=ENERGY),
                CaptureObject(class_id=8, logical_name=CLOCK),
            ]
        )
    )
    policies = [
        ClientPolicy(client_sap=0x10, read_only=True),
        ClientPolicy(
            client_sap=0x20,
            mechanism=Mechanism.LOW,
            secret=b"HELLO",
            association=Obis.parse("0.0.40.0.2.255"),
        ),
        ClientPolicy(
            client_sap=0x30,
            mechanism=Mechanism.HIGH_GMAC,
            ciphered=True,
            association=Obis.parse("0.0.40.0.3.255"),
        ),
    ]
    server = CosemServer(registry, policies=policies, keys=KEYS, **kwargs)  # type: ignore[arg-type]
    return server, registry


class HdlcLink:
    """Client and server HDLC stations and DLMS associations wired together in memory."""

    def __init__(
        self, server: CosemServer, client_sap: int, settings: ClientSettings, *, max_info: int = 128
    ) -> None:
        self.server = server
        params = HdlcParameters(max_info_tx=max_info, max_info_rx=max_info)
        client_address, server_address = HdlcAddress.client(client_sap), HdlcAddress.server(1, 0x11)
        self.client_link = HdlcConnection(
            role=Role.CLIENT, client=client_address, server=server_address, parameters=params
        )
        self.server_link = HdlcConnection(
            role=Role.SERVER, client=client_address, server=server_address, parameters=params
        )
        self.client = ClientAssociation(settings)
        self.association: ServerAssociation | None = None
        self.link_events: list[object] = []
        self.frames = 0
        self.round_trips = 0

    def _carry(self, data: bytes) -> list[bytes]:
        """Bytes from the client until the exchange settles; the APDUs that reached the client."""
        apdus: list[bytes] = []
        while data:
            self.frames += data.count(b"\x7e") // 2
            self.server_link.receive_data(data)
            answer = b""
            while (event := self.server_link.next_event()) is not None:
                self.link_events.append(event)
                if isinstance(event, Connected):
                    self.association = self.server.open(self.server_link.client.upper)
                elif isinstance(event, Disconnected) and self.association is not None:
                    self.association.abort()
                elif isinstance(event, ApduReceived):
                    assert self.association is not None
                    response = self.association.receive_apdu(event.apdu)
                    if response is not None:
                        answer += self.server_link.send_apdu(response)
            answer = self.server_link.data_to_send() + answer
            self.frames += answer.count(b"\x7e") // 2
            self.client_link.receive_data(answer)
            while (event := self.client_link.next_event()) is not None:
                self.link_events.append(event)
                if isinstance(event, ApduReceived):
                    apdus.append(event.apdu)
            data = self.client_link.data_to_send()
        return apdus

    def connect(self) -> None:
        self._carry(self.client_link.connect())
        assert self.client_link.state is HdlcState.CONNECTED

    def request(self, apdu: bytes) -> ClientEvent:
        """Send an APDU, follow SendNext until the exchange ends."""
        while True:
            self.round_trips += 1
            (answer,) = self._carry(self.client_link.send_apdu(apdu))
            event = self.client.receive_apdu(answer)
            if not isinstance(event, SendNext):
                return event
            apdu = event.apdu

    def disconnect(self) -> None:
        self._carry(self.client_link.disconnect())


class WrapperLink:
    """Client and server talking over the IEC 62056-47 wrapper, fed one octet at a time."""

    def __init__(self, server: CosemServer, client_sap: int, settings: ClientSettings) -> None:
        self.client_sap = client_sap
        self.association = server.open(client_sap)
        self.client = ClientAssociation(settings)
        self.to_server = WrapperDecoder()
        self.to_client = WrapperDecoder()

    def request(self, apdu: bytes) -> ClientEvent:
        while True:
            for byte in WrapperFrame(source_wport=self.client_sap, destination_wport=1, apdu=apdu).to_bytes():
                self.to_server.receive_data(bytes((byte,)))
            (frame,) = list(self.to_server)
            response = self.association.receive_apdu(frame.apdu)
            assert response is not None
            self.to_client.receive_data(
                WrapperFrame(source_wport=1, destination_wport=self.client_sap, apdu=response).to_bytes()
            )
            (reply,) = list(self.to_client)
            event = self.client.receive_apdu(reply.apdu)
            if not isinstance(event, SendNext):
                return event
            apdu = event.apdu


def test_full_session_with_lls_over_hdlc() -> None:
    server, registry = build_server(max_receive_pdu_size=256)
    link = HdlcLink(
        server, 0x20, ClientSettings(mechanism=Mechanism.LOW, password=b"HELLO", max_receive_pdu_size=512)
    )
    link.connect()
    associated = link.request(link.client.associate())
    assert isinstance(associated, Associated) and link.client.state is ClientState.READY
    assert associated.negotiated.server_max_receive_pdu_size == 256
    assert link.association is not None and link.association.state is ServerState.ASSOCIATED

    value = link.request(link.client.get(attr(3, ENERGY, 2)))
    assert isinstance(value, GetCompleted) and value.value == Data.double_long_unsigned(123456)
    scaler = link.request(link.client.get(attr(3, "1.0.32.7.0.255", 3)))
    assert isinstance(scaler, GetCompleted) and decode_attribute(3, 3, scaler.value) == ScalerUnit(
        scaler=-1, unit=35
    )
    clock = link.request(link.client.get(attr(8, CLOCK, 2)))
    assert isinstance(clock, GetCompleted) and clock.value.as_date_time().to_datetime() == NOW

    # a profile buffer far larger than the client's PDU: block transfer, each block segmented by HDLC
    before = link.round_trips
    buffer = link.request(link.client.get(attr(7, PROFILE, 2)))
    assert isinstance(buffer, GetCompleted)
    rows = buffer.value.items
    assert len(rows) == 1000 and rows[999].items[1] == Data.double_long_unsigned(1999)
    assert link.round_trips - before > 40  # ~22 kB in blocks of < 512 octets

    window = RangeDescriptor.between(
        datetime.datetime(2024, 1, 2, 0, 0, tzinfo=TZ), datetime.datetime(2024, 1, 2, 1, 0, tzinfo=TZ)
    )
    by_range = link.request(link.client.get(attr(7, PROFILE, 2), access=window.to_access()))
    assert isinstance(by_range, GetCompleted)
    assert [row.items[1].as_int() for row in by_range.value.items] == [1096, 1097, 1098, 1099, 1100]
    only_values = EntryDescriptor(from_entry=998, to_entry=0, from_selected_value=2, to_selected_value=2)
    by_entry = link.request(link.client.get(attr(7, PROFILE, 2), access=only_values.to_access()))
    assert isinstance(by_entry, GetCompleted) and by_entry.value.to_python() == [[1997], [1998], [1999]]

    many = link.request(
        link.client.get_many(
            [attr(3, ENERGY, 2), attr(3, ENERGY, 3), attr(3, "9.9.9.9.9.9", 2), attr(1, ENERGY, 2)]
        )
    )
    assert isinstance(many, GetCompleted)
    assert many.results[0] == Data.double_long_unsigned(123456)
    assert many.results[2] is DataAccessResult.OBJECT_UNDEFINED
    assert many.results[3] is DataAccessResult.OBJECT_CLASS_INCONSISTENT
    with pytest.raises(CosemAccessError):
        GetCompleted(results=(many.results[2],)).value  # noqa: B018 - the property raises
    bulky = link.request(
        link.client.get_many([attr(7, PROFILE, 2), attr(3, ENERGY, 2), attr(7, PROFILE, 99)])
    )
    assert isinstance(bulky, GetCompleted) and len(bulky.results) == 3  # a with-list answer in blocks
    assert isinstance(bulky.results[0], Data) and len(bulky.results[0].items) == 1000
    assert bulky.results[1:] == (Data.double_long_unsigned(123456), DataAccessResult.OBJECT_UNDEFINED)

    written = link.request(link.client.set(attr(1, "0.0.96.1.0.255", 2), Data.visible_string("SN-0002")))
    assert isinstance(written, SetCompleted) and written.results == (DataAccessResult.SUCCESS,)
    big = "X" * 1500  # larger than the server's 256-octet PDU: SET with blocks
    written = link.request(link.client.set(attr(1, "0.0.96.1.0.255", 2), Data.visible_string(big)))
    assert isinstance(written, SetCompleted) and written.results == (DataAccessResult.SUCCESS,)
    assert registry.find("0.0.96.1.0.255").values[2] == Data.visible_string(big)  # type: ignore[union-attr]
    refused = link.request(link.client.set(attr(3, ENERGY, 2), Data.double_long_unsigned(0)))
    assert isinstance(refused, SetCompleted) and refused.results == (DataAccessResult.READ_WRITE_DENIED,)
    wrong_type = link.request(link.client.set(attr(8, CLOCK, 3), Data.visible_string("UTC")))
    assert isinstance(wrong_type, SetCompleted) and wrong_type.results == (DataAccessResult.TYPE_UNMATCHED,)
    listed = link.request(
        link.client.set_many([(attr(8, CLOCK, 3), Data.long(-60)), (attr(3, ENERGY, 3), Data.null())])
    )
    assert isinstance(listed, SetCompleted) and listed.results == (
        DataAccessResult.SUCCESS,
        DataAccessResult.READ_WRITE_DENIED,
    )

    reset = link.request(link.client.action(method(3, ENERGY, 1), Data.integer(0)))
    assert isinstance(reset, ActionCompleted) and reset.outcomes[0].result is ActionResult.SUCCESS
    assert link.request(link.client.get(attr(3, ENERGY, 2))) == GetCompleted(
        results=(Data.double_long_unsigned(0),)
    )
    unknown = link.request(link.client.action(method(3, ENERGY, 9)))
    assert (
        isinstance(unknown, ActionCompleted) and unknown.outcomes[0].result is ActionResult.READ_WRITE_DENIED
    )

    objects = link.request(link.client.get(attr(15, "0.0.40.0.0.255", 2)))
    assert isinstance(objects, GetCompleted)
    entries = {e.logical_name: e for e in decode_attribute(15, 2, objects.value)}
    assert (
        entries[ENERGY].class_id == 3
        and dict(entries[ENERGY].attribute_access)[2] is AttributeAccess.READ_ONLY
    )
    assert Obis.parse("0.0.40.0.2.255") in entries and len(entries) == len(registry)
    secret = link.request(link.client.get(attr(15, "0.0.40.0.0.255", 7)))
    assert isinstance(secret, GetCompleted) and secret.results == (DataAccessResult.READ_WRITE_DENIED,)
    status = link.request(link.client.get(attr(15, "0.0.40.0.0.255", 8)))
    assert isinstance(status, GetCompleted) and status.value == Data.enum(2)

    released = link.request(link.client.release())
    assert isinstance(released, Released) and link.client.state in (ClientState.IDLE,)
    link.disconnect()
    assert (
        link.client_link.state is HdlcState.DISCONNECTED and link.server_link.state is HdlcState.DISCONNECTED
    )


def test_wrong_password_and_unknown_client_are_refused() -> None:
    server, _ = build_server()
    link = HdlcLink(server, 0x20, ClientSettings(mechanism=Mechanism.LOW, password=b"WRONG"))
    link.connect()
    failed = link.request(link.client.associate())
    assert isinstance(failed, AssociationFailed) and failed.aare is not None
    assert (
        failed.aare.diagnostic == UserDiagnostic.AUTHENTICATION_FAILURE
        and link.client.state is ClientState.IDLE
    )
    stranger = HdlcLink(server, 0x55, ClientSettings())
    stranger.connect()
    assert isinstance(stranger.request(stranger.client.associate()), AssociationFailed)
    lowest = HdlcLink(server, 0x20, ClientSettings())  # this SAP wants a password
    lowest.connect()
    refused = lowest.request(lowest.client.associate())
    assert isinstance(refused, AssociationFailed) and refused.aare is not None
    assert refused.aare.diagnostic == UserDiagnostic.AUTHENTICATION_MECHANISM_NAME_NOT_RECOGNISED


def test_public_client_reads_but_cannot_write_and_services_need_an_association() -> None:
    server, _ = build_server()
    link = HdlcLink(server, 0x10, ClientSettings())
    link.connect()
    early = server.open(0x10).receive_apdu(xdlms.GetRequestNormal(attribute=attr(3, ENERGY, 2)).to_bytes())
    assert isinstance(decode_any(early or b"").apdu, xdlms.ExceptionResponse)
    assert isinstance(link.request(link.client.associate()), Associated)
    assert isinstance(link.request(link.client.get(attr(1, "0.0.96.1.0.255", 2))), GetCompleted)
    written = link.request(link.client.set(attr(1, "0.0.96.1.0.255", 2), Data.visible_string("nope")))
    assert isinstance(written, SetCompleted) and written.results == (DataAccessResult.READ_WRITE_DENIED,)
    association = link.association
    assert association is not None
    garbage = association.receive_apdu(b"\xe0\x01")
    assert isinstance(decode_any(garbage or b"").apdu, xdlms.ExceptionResponse)


@pytest.mark.parametrize("ciphered", [True, False])
def test_hls_gmac_over_the_wrapper(ciphered: bool) -> None:
    server, _ = build_server()
    if not ciphered:
        server.policies[0x30] = ClientPolicy(
            client_sap=0x30, mechanism=Mechanism.HIGH_GMAC, association=Obis.parse("0.0.40.0.3.255")
        )
    link = WrapperLink(
        server,
        0x30,
        ClientSettings(
            mechanism=Mechanism.HIGH_GMAC, keys=KEYS, ciphered=ciphered, challenge=lambda: b"K56iVagY"
        ),
    )
    associated = link.request(link.client.associate())
    assert isinstance(associated, Associated) and associated.server_system_title == server.system_title
    value = link.request(link.client.get(attr(3, "1.0.32.7.0.255", 2)))
    assert isinstance(value, GetCompleted) and value.value == Data.long_unsigned(2307)
    buffer = link.request(link.client.get(attr(7, PROFILE, 2)))
    assert isinstance(buffer, GetCompleted) and len(buffer.value.items) == 1000
    written = link.request(link.client.set(attr(8, CLOCK, 3), Data.long(60)))
    assert isinstance(written, SetCompleted) and written.results == (DataAccessResult.SUCCESS,)
    assert isinstance(link.request(link.client.release()), Released)


def test_hls_with_the_wrong_key_fails_both_ways() -> None:
    server, _ = build_server()
    wrong = SecurityKeys(encryption_key=bytes(16), authentication_key=bytes(16))
    server.policies[0x30] = ClientPolicy(
        client_sap=0x30, mechanism=Mechanism.HIGH_GMAC, association=Obis.parse("0.0.40.0.3.255")
    )
    link = WrapperLink(server, 0x30, ClientSettings(mechanism=Mechanism.HIGH_GMAC, keys=wrong))
    failed = link.request(link.client.associate())
    assert isinstance(failed, AssociationFailed) and "refused" in failed.reason
    assert link.association.state is ServerState.IDLE

    # a server that does not know our key answers with a reply we cannot verify
    impostor, _ = build_server()
    impostor.keys = wrong
    impostor.policies[0x30] = server.policies[0x30]
    client = ClientAssociation(ClientSettings(mechanism=Mechanism.HIGH_GMAC, keys=KEYS))
    association = impostor.open(0x30)
    aare = association.receive_apdu(client.associate())
    step = client.receive_apdu(aare or b"")
    assert isinstance(step, SendNext)
    association.client_system_title = client.settings.system_title
    impostor.keys = KEYS  # let the server accept our reply, then answer with the wrong key again
    reply = association.receive_apdu(step.apdu)
    impostor.keys = wrong
    forged = xdlms.ActionResponseNormal.from_bytes(reply or b"")
    assert isinstance(forged.return_value, Data)
    tampered = forged.return_value.as_bytes()[:-1] + b"\x00"
    bad = xdlms.ActionResponseNormal(
        invoke_id_and_priority=forged.invoke_id_and_priority,
        outcome=xdlms.ActionOutcome(return_value=Data.octet_string(tampered)),
    )
    outcome = client.receive_apdu(bad.to_bytes())
    assert isinstance(outcome, AssociationFailed) and "does not verify" in outcome.reason


def test_ciphered_association_rejects_plain_and_tampered_apdus() -> None:
    server, _ = build_server()
    link = WrapperLink(server, 0x30, ClientSettings(mechanism=Mechanism.HIGH_GMAC, keys=KEYS, ciphered=True))
    assert isinstance(link.request(link.client.associate()), Associated)
    plain = link.association.receive_apdu(xdlms.GetRequestNormal(attribute=attr(3, ENERGY, 2)).to_bytes())
    answer = xdlms.ExceptionResponse.from_bytes(plain or b"")
    assert answer.service_error == xdlms.ServiceError.DECIPHERING_ERROR
    request = bytearray(link.client.get(attr(3, ENERGY, 2)))
    request[-1] ^= 1
    refusal = link.association.receive_apdu(bytes(request)) or b""
    assert xdlms.ExceptionResponse.from_bytes(refusal).service_error == xdlms.ServiceError.DECIPHERING_ERROR
    assert isinstance(link.client.receive_apdu(refusal), ServiceFailed)
    replay = link.client.get(attr(3, ENERGY, 2))
    first = link.association.receive_apdu(replay) or b""
    assert isinstance(link.client.receive_apdu(first), GetCompleted)
    second = xdlms.ExceptionResponse.from_bytes(link.association.receive_apdu(replay) or b"")
    assert second.service_error == xdlms.ServiceError.DECIPHERING_ERROR  # the invocation counter was used
    link.client.get(attr(3, ENERGY, 2))
    with pytest.raises(DlmsSecurityError):
        link.client.receive_apdu(first)  # the same response twice is a replay


def test_image_transfer_with_action_blocks() -> None:
    server, registry = build_server(max_receive_pdu_size=128)
    link = HdlcLink(server, 0x20, ClientSettings(mechanism=Mechanism.LOW, password=b"HELLO"))
    link.connect()
    assert isinstance(link.request(link.client.associate()), Associated)
    image = bytes(range(256)) * 2 + b"tail"
    image_ln = "0.0.44.0.0.255"
    size = link.request(link.client.get(attr(18, image_ln, 2)))
    assert isinstance(size, GetCompleted)
    block_size = size.value.as_int()
    started = link.request(
        link.client.action(
            method(18, image_ln, 1),
            Data.structure((Data.octet_string(b"FW-2.0"), Data.double_long_unsigned(len(image)))),
        )
    )
    assert isinstance(started, ActionCompleted) and started.outcomes[0].result is ActionResult.SUCCESS
    for number in range(0, len(image), block_size):
        chunk = image[number : number + block_size]
        done = link.request(
            link.client.action(
                method(18, image_ln, 2),
                Data.structure((Data.double_long_unsigned(number // block_size), Data.octet_string(chunk))),
            )
        )
        assert isinstance(done, ActionCompleted) and done.outcomes[0].result is ActionResult.SUCCESS
    # a parameter beyond the server's 128-octet PDU goes as ACTION with blocks; the model refuses it
    big = link.request(
        link.client.action(
            method(18, image_ln, 2),
            Data.structure((Data.double_long_unsigned(0), Data.octet_string(bytes(300)))),
        )
    )
    assert isinstance(big, ActionCompleted) and big.outcomes[0].result is ActionResult.OTHER_REASON
    verified = link.request(link.client.action(method(18, image_ln, 3), Data.integer(0)))
    assert isinstance(verified, ActionCompleted) and verified.outcomes[0].result is ActionResult.SUCCESS
    activated = link.request(link.client.action(method(18, image_ln, 4), Data.integer(0)))
    assert isinstance(activated, ActionCompleted) and activated.outcomes[0].result is ActionResult.SUCCESS
    transfer = registry.find(image_ln)
    assert isinstance(transfer, ImageTransfer) and transfer.image() == image
    assert transfer.status is ImageTransferStatus.ACTIVATION_SUCCESSFUL
    info = link.request(link.client.get(attr(18, image_ln, 7)))
    assert isinstance(info, GetCompleted) and info.value.to_python() == [[len(image), b"FW-2.0", b""]]
    status = link.request(link.client.get(attr(18, image_ln, 3)))
    assert isinstance(status, GetCompleted) and set(status.value.as_bit_string().bits) == {"1"}


def test_large_action_response_comes_back_in_blocks() -> None:
    server, registry = build_server()
    big = bytes(range(256)) * 8

    class Echo(DataObject):
        def do_value(self, parameter: Data | None) -> Data:  # not a Blue Book method: a test double
            return Data.octet_string(big)

    echo = Echo("0.0.96.99.0.255", Data.null())
    registry.add(echo)
    from app.protocols.dlms.cosem import CLASSES, ClassSpec, MethodSpec

    CLASSES[1] = ClassSpec(
        class_id=1,
        version=0,
        name="Data",
        attributes=CLASSES[1].attributes,
        methods=(MethodSpec(index=1, name="value"),),
    )
    try:
        link = WrapperLink(
            server, 0x20, ClientSettings(mechanism=Mechanism.LOW, password=b"HELLO", max_receive_pdu_size=300)
        )
        assert isinstance(link.request(link.client.associate()), Associated)
        result = link.request(link.client.action(method(1, "0.0.96.99.0.255", 1)))
        assert isinstance(result, ActionCompleted) and result.outcomes[0].return_value == Data.octet_string(
            big
        )
    finally:
        CLASSES[1] = ClassSpec(class_id=1, version=0, name="Data", attributes=CLASSES[1].attributes)


def test_push_setup_builds_a_notification_the_client_and_decoder_read() -> None:
    server, registry = build_server()
    push = registry.find("0.0.25.9.0.255")
    assert isinstance(push, PushSetup)
    pushed: list[PushSetup] = []
    push.on_push = pushed.append
    link = HdlcLink(server, 0x20, ClientSettings(mechanism=Mechanism.LOW, password=b"HELLO"))
    link.connect()
    assert isinstance(link.request(link.client.associate()), Associated)
    assert isinstance(
        link.request(link.client.action(method(40, "0.0.25.9.0.255", 1), Data.integer(0))), ActionCompleted
    )
    assert pushed == [push]
    body = push_body(push, registry)
    apdu = server.data_notification(body, long_invoke_id=3, date_time=CosemDateTime.from_datetime(NOW))
    frames = link.server_link.send_unnumbered(apdu)
    link.client_link.receive_data(frames)
    event = link.client_link.next_event()
    assert isinstance(event, ApduReceived) and event.unnumbered
    notification = link.client.receive_apdu(event.apdu)
    assert isinstance(notification, NotificationReceived)
    assert isinstance(notification.apdu, xdlms.DataNotification)
    assert notification.apdu.body.items[0] == Data.double_long_unsigned(123456)
    result = registers_json(decode_any(frames))
    assert result["apdu"] == "data-notification" and result["datetime"] == "2024-03-01T12:00:00+01:00"
    ciphered = server.data_notification(body, ciphered=True)
    assert registers_json(decode_any(ciphered, keys=KEYS))["ciphered"] == "general-glo-ciphering"


def test_client_guards() -> None:
    client = ClientAssociation()
    with pytest.raises(LocalProtocolError):
        client.get(attr(3, ENERGY, 2))  # not associated
    with pytest.raises(LocalProtocolError):
        ClientAssociation(ClientSettings(mechanism=Mechanism.HIGH_GMAC))  # needs keys
    with pytest.raises(LocalProtocolError):
        ClientAssociation(ClientSettings(mechanism=Mechanism.HIGH_MD5))
    client.associate()
    with pytest.raises(RemoteProtocolError):
        client.receive_apdu(xdlms.GetResponseNormal(result=Data.null()).to_bytes())
    refused = client.receive_apdu(xdlms.ExceptionResponse().to_bytes())
    assert isinstance(refused, ServiceFailed) and client.state is ClientState.IDLE
    client.associate()
    assert isinstance(client.receive_apdu(Aare(user_information=None).to_bytes()), AssociationFailed)
    server, _ = build_server()
    link = WrapperLink(server, 0x10, ClientSettings())
    assert isinstance(link.request(link.client.associate()), Associated)
    request = link.client.get(attr(3, ENERGY, 2))
    wrong_invoke = xdlms.GetResponseNormal(result=Data.null(), invoke_id_and_priority=0xC9)
    with pytest.raises(RemoteProtocolError):
        link.client.receive_apdu(wrong_invoke.to_bytes())
    assert isinstance(link.client.receive_apdu(link.association.receive_apdu(request) or b""), GetCompleted)
    link.client.get(attr(3, ENERGY, 2))
    out_of_order = xdlms.GetResponseWithBlock(
        last_block=False, block_number=2, result=b"", invoke_id_and_priority=link.client._invoke_id | 0xC0
    )
    with pytest.raises(RemoteProtocolError):
        link.client.receive_apdu(out_of_order.to_bytes())


def test_server_block_transfer_errors() -> None:
    server, _ = build_server(max_receive_pdu_size=256)
    link = WrapperLink(
        server, 0x20, ClientSettings(mechanism=Mechanism.LOW, password=b"HELLO", max_receive_pdu_size=256)
    )
    assert isinstance(link.request(link.client.associate()), Associated)
    association = link.association
    stray = xdlms.GetResponseWithBlock.from_bytes(
        association.receive_apdu(xdlms.GetRequestNext(block_number=1).to_bytes()) or b""
    )
    assert stray.result is DataAccessResult.NO_LONG_GET_IN_PROGRESS
    first = xdlms.GetResponseWithBlock.from_bytes(
        association.receive_apdu(xdlms.GetRequestNormal(attribute=attr(7, PROFILE, 2)).to_bytes()) or b""
    )
    assert first.block_number == 1 and not first.last_block
    skipped = xdlms.GetResponseWithBlock.from_bytes(
        association.receive_apdu(xdlms.GetRequestNext(block_number=5).to_bytes()) or b""
    )
    assert skipped.result is DataAccessResult.DATA_BLOCK_NUMBER_INVALID
    no_set = association.receive_apdu(
        xdlms.SetRequestWithBlock(
            block=xdlms.DataBlock(last_block=True, block_number=2, raw_data=b"")
        ).to_bytes()
    )
    assert (
        xdlms.SetResponseLastBlock.from_bytes(no_set or b"").result
        is DataAccessResult.NO_LONG_SET_IN_PROGRESS
    )
    block = xdlms.DataBlock(last_block=True, block_number=1, raw_data=b"\x01\x05")  # truncated array
    bad_set = association.receive_apdu(
        xdlms.SetRequestWithFirstBlock(attribute=attr(8, CLOCK, 3), block=block).to_bytes()
    )
    assert xdlms.SetResponseLastBlock.from_bytes(bad_set or b"").result is DataAccessResult.TYPE_UNMATCHED


def test_object_models_and_registry() -> None:
    assert class_name(7) == "Profile generic" and class_name(9999) == "class 9999"
    assert (
        attribute_name(3, 3) == "scaler_unit" and attribute_name(18, 3) == "image_transferred_blocks_status"
    )
    assert attribute_name(8, 99) == "attribute_99" and method_name(18, 4) == "image_activate"
    assert method_name(40, 1) == "push" and method_name(3, 9) == "method_9"
    demand = DemandRegister("1.0.1.4.0.255")
    demand.values[2] = Data.double_long_unsigned(77)
    demand.action(2, None)
    assert demand.get(3) == Data.double_long_unsigned(77) and demand.get(2) == Data.double_long_unsigned(0)
    sap = SapAssignment()
    sap.action(1, Data.structure((Data.long_unsigned(1), Data.octet_string(b"LDN"))))
    assert sap.get(2).to_python() == [[1, b"LDN"]]
    profile = ProfileGeneric(
        "1.0.99.2.0.255", [CaptureObject(class_id=3, logical_name=ENERGY)], profile_entries=2
    )
    for value in (1, 2, 3):
        profile.append((Data.long_unsigned(value),))
    assert profile.get(2).to_python() == [[2], [3]] and profile.get(7) == Data.double_long_unsigned(2)
    with pytest.raises(LocalProtocolError):
        profile.append((Data.null(), Data.null()))
    profile.set(8, Data.double_long_unsigned(10))
    assert profile.get(7) == Data.double_long_unsigned(0)
    clock_set: list[CosemDateTime] = []
    clock = Clock(now=lambda: NOW, on_set=clock_set.append)
    clock.set(2, Data.octet_date_time(CosemDateTime.from_datetime(NOW)))
    clock.action(6, Data.long(60))
    assert clock_set[-1].to_datetime() == NOW + datetime.timedelta(seconds=60)
    assert decode_attribute(8, 2, clock.get(2)) == CosemDateTime.from_datetime(NOW)
    assert decode_attribute(
        7, 3, ProfileGeneric(PROFILE, [CaptureObject(class_id=8, logical_name=CLOCK)]).get(3)
    ) == [CaptureObject(class_id=8, logical_name=CLOCK)]
    registry = ObjectRegistry([clock])
    assert CLOCK in registry and len(registry) == 1 and registry.find("0.0.1.0.0.255") is clock
    registry.remove(CLOCK)
    assert registry.find(CLOCK) is None
