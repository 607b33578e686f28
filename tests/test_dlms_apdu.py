"""xDLMS and ACSE APDUs (IEC 62056-5-3), security suite 0 (Green Book 9.2.7), decode_any, the JSON shape."""

from __future__ import annotations

import contextlib
import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import Aare, Aarq, ApplicationContext, AssociationResult, Mechanism, Rlre, Rlrq
from app.protocols.dlms.apdu import Apdu, apdu_name, decode_apdu
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.cosem import CaptureObject, EntryDescriptor, RangeDescriptor
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.decode import decode_any, registers_json
from app.protocols.dlms.errors import ActionResult, DataAccessResult, DlmsSecurityError
from app.protocols.dlms.hdlc import LLC_RESPONSE, Control, FrameKind, HdlcAddress, HdlcFrame
from app.protocols.dlms.obis import Obis, ScalerUnit
from app.protocols.dlms.security import (
    AUTHENTICATED_ENCRYPTION,
    AUTHENTICATION_ONLY,
    ENCRYPTION_ONLY,
    CipheredApdu,
    GeneralCiphering,
    SecurityControl,
    SecurityKeys,
    decrypt,
    encrypt,
    hls_response,
    protect,
    unprotect,
    verify_hls_response,
)
from app.protocols.dlms.wrapper import WrapperFrame
from app.protocols.dlms.xdlms import (
    ActionOutcome,
    AttributeDescriptor,
    AttributeSelection,
    Conformance,
    DataBlock,
    MethodDescriptor,
    SelectiveAccess,
)

SETTINGS = settings(deadline=None, max_examples=300)

REGISTER = AttributeDescriptor(class_id=3, instance=Obis.parse("1.0.1.8.0.255"), attribute=2)
METHOD = MethodDescriptor(class_id=18, instance=Obis.parse("0.0.44.0.0.255"), method=2)
ACCESS = EntryDescriptor(from_entry=1, to_entry=10).to_access()
BLOCK = DataBlock(last_block=False, block_number=1, raw_data=b"\x01\x02")
KEYS = SecurityKeys(encryption_key=bytes(range(16)), authentication_key=bytes(range(0xD0, 0xE0)))
TITLE = b"GWT\x00\x00\x00\x00\x02"

EXAMPLES: list[Apdu] = [
    xdlms.InitiateRequest(),
    xdlms.InitiateRequest(dedicated_key=bytes(16), response_allowed=False, proposed_quality_of_service=-1),
    xdlms.InitiateResponse(negotiated_conformance=Conformance.GET, server_max_receive_pdu_size=512),
    xdlms.ConfirmedServiceError(value=xdlms.InitiateError.PDU_SIZE_TOO_SHORT),
    xdlms.GetRequestNormal(attribute=REGISTER),
    xdlms.GetRequestNormal(attribute=REGISTER, access=ACCESS),
    xdlms.GetRequestNext(block_number=7),
    xdlms.GetRequestWithList(
        attributes=(
            AttributeSelection(attribute=REGISTER),
            AttributeSelection(attribute=REGISTER, access=ACCESS),
        )
    ),
    xdlms.GetResponseNormal(result=Data.double_long_unsigned(5)),
    xdlms.GetResponseNormal(result=DataAccessResult.OBJECT_UNDEFINED),
    xdlms.GetResponseWithBlock(last_block=True, block_number=3, result=b"\x00" * 300),
    xdlms.GetResponseWithBlock(last_block=True, block_number=3, result=DataAccessResult(99)),
    xdlms.GetResponseWithList(results=(Data.null(), DataAccessResult.READ_WRITE_DENIED)),
    xdlms.SetRequestNormal(attribute=REGISTER, value=Data.long(-3)),
    xdlms.SetRequestWithFirstBlock(attribute=REGISTER, block=BLOCK, access=ACCESS),
    xdlms.SetRequestWithBlock(block=BLOCK),
    xdlms.SetRequestWithList(attributes=(AttributeSelection(attribute=REGISTER),), values=(Data.null(),)),
    xdlms.SetRequestWithListFirstBlock(attributes=(AttributeSelection(attribute=REGISTER),), block=BLOCK),
    xdlms.SetResponseNormal(result=DataAccessResult.TYPE_UNMATCHED),
    xdlms.SetResponseBlock(block_number=2),
    xdlms.SetResponseLastBlock(result=DataAccessResult.SUCCESS, block_number=3),
    xdlms.SetResponseLastBlockWithList(results=(DataAccessResult.SUCCESS,), block_number=3),
    xdlms.SetResponseWithList(results=(DataAccessResult.SUCCESS, DataAccessResult.OTHER_REASON)),
    xdlms.ActionRequestNormal(
        method=METHOD, parameter=Data.structure((Data.double_long_unsigned(0), Data.octet_string(b"x")))
    ),
    xdlms.ActionRequestNormal(method=METHOD),
    xdlms.ActionRequestNextBlock(block_number=1),
    xdlms.ActionRequestWithList(methods=(METHOD, METHOD), parameters=(Data.null(), Data.integer(0))),
    xdlms.ActionRequestWithFirstBlock(method=METHOD, block=BLOCK),
    xdlms.ActionRequestWithListFirstBlock(methods=(METHOD,), block=BLOCK),
    xdlms.ActionRequestWithBlock(block=BLOCK),
    xdlms.ActionResponseNormal(),
    xdlms.ActionResponseNormal(
        outcome=ActionOutcome(result=ActionResult.SUCCESS, return_value=Data.octet_string(b"f"))
    ),
    xdlms.ActionResponseWithBlock(block=BLOCK),
    xdlms.ActionResponseWithList(
        outcomes=(
            ActionOutcome(),
            ActionOutcome(result=ActionResult.HARDWARE_FAULT, return_value=DataAccessResult.OTHER_REASON),
        )
    ),
    xdlms.ActionResponseNextBlock(block_number=4),
    xdlms.EventNotificationRequest(attribute=REGISTER, value=Data.long_unsigned(1)),
    xdlms.EventNotificationRequest(attribute=REGISTER, value=Data.long_unsigned(1), time=bytes(12)),
    xdlms.DataNotification(
        body=Data.structure(()),
        long_invoke_id_and_priority=xdlms.long_invoke(5),
        date_time=CosemDateTime().to_bytes(),
    ),
    xdlms.ExceptionResponse(),
    xdlms.ExceptionResponse(service_error=xdlms.ServiceError.INVOCATION_COUNTER_ERROR, invocation_counter=77),
    Aarq(),
    Aarq(
        application_context=ApplicationContext.LN_CIPHERED,
        calling_ap_title=TITLE,
        calling_ae_qualifier=b"cert",
        mechanism=Mechanism.HIGH_GMAC,
        sender_acse_requirements=True,
        calling_authentication_value=bytes(16),
        protocol_version=b"\x07\x80",
        called_ap_title=b"x",
        called_ae_qualifier=b"y",
        called_ap_invocation_id=1,
        called_ae_invocation_id=-2,
        calling_ap_invocation_id=300,
        calling_ae_invocation_id=0,
        implementation_information=b"\x04\x00",
        user_information=xdlms.InitiateRequest().to_bytes(),
    ),
    Aare(
        result=AssociationResult.REJECTED_TRANSIENT,
        responding_ap_title=TITLE,
        responding_ap_invocation_id=5,
        responding_ae_invocation_id=6,
    ),
    Rlrq(),
    Rlrq(reason=None, user_information=b"\x01\x00"),
    Rlre(reason=1),
    CipheredApdu(
        tag=0xC8, security_control=AUTHENTICATED_ENCRYPTION, invocation_counter=1, payload=bytes(20)
    ),
    CipheredApdu(tag=0xD4, security_control=ENCRYPTION_ONLY, invocation_counter=2, payload=bytes(200)),
    GeneralCiphering(
        system_title=TITLE, security_control=AUTHENTICATION_ONLY, invocation_counter=3, payload=bytes(13)
    ),
    GeneralCiphering(
        system_title=TITLE, security_control=AUTHENTICATION_ONLY, invocation_counter=3, payload=b"", tag=0xDC
    ),
]


@pytest.mark.parametrize("apdu", EXAMPLES, ids=lambda a: type(a).__name__)
def test_every_apdu_round_trips_through_decode_apdu(apdu: Apdu) -> None:
    raw = apdu.to_bytes()
    decoded = decode_apdu(raw)
    assert decoded == apdu and decoded.to_bytes() == raw
    assert not apdu_name(raw[0]).startswith("apdu-0x")


def test_apdu_names() -> None:
    assert apdu_name(0xC8) == "glo-get-request" and apdu_name(0xD4) == "ded-get-response"
    assert apdu_name(0x21) == "glo-initiate-request" and apdu_name(0x0F) == "data-notification"
    assert apdu_name(0xE0) == "apdu-0xe0"


@SETTINGS
@given(st.sampled_from(sorted({apdu.to_bytes()[0] for apdu in EXAMPLES})), st.binary(max_size=80))
def test_random_apdus_raise_only_our_errors(tag: int, tail: bytes) -> None:
    raw = bytes((tag,)) + tail
    try:
        apdu = decode_apdu(raw)
    except GwtermError:
        return
    assert decode_apdu(apdu.to_bytes()) == apdu


@SETTINGS
@given(st.sampled_from(EXAMPLES), st.data())
def test_mutated_apdus_raise_only_our_errors(apdu: Apdu, data: st.DataObject) -> None:
    raw = bytearray(apdu.to_bytes())
    for _ in range(data.draw(st.integers(1, 3))):
        position = data.draw(st.integers(0, len(raw) - 1))
        choice = data.draw(st.integers(0, 2))
        if choice == 0:
            raw[position] ^= data.draw(st.integers(1, 255))
        elif choice == 1:
            del raw[position:]
            raw += data.draw(st.binary(max_size=4))
        else:
            raw.insert(position, data.draw(st.integers(0, 255)))
        if not raw:
            raw.append(0)
    for decoder in (decode_apdu, decode_any):
        with contextlib.suppress(GwtermError):
            decoder(bytes(raw))


@SETTINGS
@given(st.binary(max_size=100))
def test_decode_any_on_random_input_raises_only_our_errors(raw: bytes) -> None:
    with contextlib.suppress(GwtermError):
        decode_any(raw)


def test_descriptor_and_encoding_errors_are_ours() -> None:
    with pytest.raises(LocalProtocolError):
        AttributeDescriptor(class_id=0x10000, instance=Obis.parse("1.8.0"), attribute=2).to_bytes()
    with pytest.raises(LocalProtocolError):
        xdlms.GetRequestNext(block_number=-1).to_bytes()
    with pytest.raises(LocalProtocolError):
        xdlms.ExceptionResponse(invocation_counter=5).to_bytes()
    with pytest.raises(LocalProtocolError):
        xdlms.invoke_byte(16)
    assert xdlms.invoke_byte(1) == 0xC1 and xdlms.invoke_byte(2, high_priority=False, confirmed=False) == 0x02
    assert xdlms.long_invoke(5, confirmed=True) == 0x40000005
    with pytest.raises(DecodeError):
        decode_apdu(b"")
    with pytest.raises(DecodeError):
        decode_apdu(b"\xc0")
    with pytest.raises(DecodeError):
        xdlms.GetRequestNormal.from_bytes(bytes.fromhex("c001c100030100010800ff0202"))  # usage flag 02
    with pytest.raises(DecodeError):
        xdlms.DataNotification.from_bytes(bytes.fromhex("0f00000000030102030000"))  # 3-octet date-time


def test_selective_access_descriptors() -> None:
    clock = CaptureObject(class_id=8, logical_name=Obis.parse("0.0.1.0.0.255"))
    value = CaptureObject(class_id=3, logical_name=Obis.parse("1.0.1.8.0.255"))
    window = RangeDescriptor.between(
        datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 2), selected_values=[clock, value]
    )
    assert RangeDescriptor.from_access(window.to_access()) == window
    entries = EntryDescriptor(from_entry=2, to_entry=5, from_selected_value=1, to_selected_value=1)
    assert EntryDescriptor.from_access(entries.to_access()) == entries
    with pytest.raises(DecodeError):
        RangeDescriptor.from_access(entries.to_access())
    with pytest.raises(DecodeError):
        EntryDescriptor.from_access(SelectiveAccess(selector=2, parameters=Data.null()))


# --- security -----------------------------------------------------------------------------------

controls = st.sampled_from(
    [
        AUTHENTICATED_ENCRYPTION,
        AUTHENTICATION_ONLY,
        ENCRYPTION_ONLY,
        SecurityControl(authenticated=False, encrypted=False),
    ]
)


keys16 = st.binary(min_size=16, max_size=16)


@SETTINGS
@given(
    control=controls,
    ek=keys16,
    ak=keys16,
    title=st.binary(min_size=8, max_size=8),
    counter=st.integers(0, 0xFFFFFFFF),
    plaintext=st.binary(max_size=200),
)
def test_gcm_round_trip_and_tamper_detection(
    *, control: SecurityControl, ek: bytes, ak: bytes, title: bytes, counter: int, plaintext: bytes
) -> None:
    args = dict(security_control=control, system_title=title, invocation_counter=counter, key=ek, auth_key=ak)
    protected = encrypt(plaintext=plaintext, **args)  # type: ignore[arg-type]
    assert decrypt(ciphertext=protected, **args) == plaintext  # type: ignore[arg-type]
    if not control.authenticated:
        return
    assert len(protected) == len(plaintext) + 12
    wrong = bytes(b ^ 0x5A for b in ek)
    with pytest.raises(DlmsSecurityError):
        decrypt(ciphertext=protected, **{**args, "key": wrong})  # type: ignore[arg-type]
    with pytest.raises(DlmsSecurityError):
        decrypt(ciphertext=protected, **{**args, "auth_key": bytes(b ^ 1 for b in ak)})  # type: ignore[arg-type]
    with pytest.raises(DlmsSecurityError):
        decrypt(ciphertext=protected, **{**args, "invocation_counter": (counter + 1) & 0xFFFFFFFF})  # type: ignore[arg-type]
    tampered = bytearray(protected)
    tampered[len(tampered) // 2] ^= 0x01
    with pytest.raises(DlmsSecurityError):
        decrypt(ciphertext=bytes(tampered), **args)  # type: ignore[arg-type]


def test_protect_and_unprotect_apdus() -> None:
    plain = xdlms.GetRequestNormal(attribute=REGISTER).to_bytes()
    glo = protect(plain, keys=KEYS, system_title=TITLE, invocation_counter=9)
    assert isinstance(glo, CipheredApdu) and glo.tag == 0xC8 and glo.plain_tag == 0xC0 and not glo.dedicated
    assert unprotect(decode_apdu(glo.to_bytes()), keys=KEYS, system_title=TITLE) == plain  # type: ignore[arg-type]
    general = protect(plain, keys=KEYS, system_title=TITLE, invocation_counter=10, general=True)
    assert isinstance(general, GeneralCiphering) and unprotect(general, keys=KEYS) == plain
    push = protect(
        xdlms.DataNotification(body=Data.null()).to_bytes(),
        keys=KEYS,
        system_title=TITLE,
        invocation_counter=11,
    )
    assert isinstance(push, GeneralCiphering)  # data-notification has no glo- tag
    other = SecurityKeys(encryption_key=bytes(16), authentication_key=bytes(16))
    with pytest.raises(DlmsSecurityError):
        unprotect(general, keys=other)
    with pytest.raises(DlmsSecurityError):
        unprotect(
            CipheredApdu(
                tag=0xC8, security_control=SecurityControl(suite=5), invocation_counter=1, payload=b""
            ),
            keys=KEYS,
            system_title=TITLE,
        )
    broadcast_keys = SecurityKeys(
        encryption_key=bytes(16), authentication_key=bytes(16), broadcast_key=bytes(range(16))
    )
    control = SecurityControl(broadcast_key=True)
    broadcast = protect(
        plain, keys=broadcast_keys, system_title=TITLE, invocation_counter=12, security_control=control
    )
    assert unprotect(broadcast, keys=broadcast_keys, system_title=TITLE) == plain
    with pytest.raises(DlmsSecurityError):
        KEYS.key_for(SecurityControl(broadcast_key=True))
    with pytest.raises(LocalProtocolError):
        unprotect(glo, keys=KEYS)  # a glo- APDU needs the sender's title
    with pytest.raises(LocalProtocolError):
        encrypt(
            security_control=AUTHENTICATED_ENCRYPTION,
            system_title=b"short",
            invocation_counter=1,
            key=bytes(16),
            auth_key=b"",
            plaintext=b"",
        )
    assert "redacted" in repr(KEYS)


def test_hls_gmac_challenge_response() -> None:
    challenge = b"P6wRJ21F"
    reply = hls_response(system_title=TITLE, invocation_counter=26, keys=KEYS, challenge=challenge)
    assert len(reply) == 17 and reply[0] == 0x10 and reply[1:5] == (26).to_bytes(4, "big")
    assert verify_hls_response(reply, system_title=TITLE, keys=KEYS, challenge=challenge) == 26
    for bad_title, bad_challenge, bad_reply in [
        (b"X" * 8, challenge, reply),
        (TITLE, b"other challenge", reply),
        (TITLE, challenge, reply[:-1] + bytes((reply[-1] ^ 1,))),
        (TITLE, challenge, reply[:10]),
        (TITLE, challenge, b"\x30" + reply[1:]),
    ]:
        with pytest.raises(DlmsSecurityError):
            verify_hls_response(bad_reply, system_title=bad_title, keys=KEYS, challenge=bad_challenge)


# --- decode_any and the JSON shape --------------------------------------------------------------

PUSH_BODY = Data.structure(
    (
        Data.structure(
            (
                Data.octet_string(Obis.parse("1.0.1.7.0.255").to_bytes()),
                Data.double_long_unsigned(1234),
                Data.structure((Data.integer(0), Data.enum(27))),
            )
        ),
        Data.octet_string(Obis.parse("1.0.32.7.0.255").to_bytes()),
        Data.long_unsigned(2307),
        Data.structure((Data.integer(-1), Data.enum(35))),
        Data.octet_string(Obis.parse("0.0.96.1.0.255").to_bytes()),
        Data.octet_string(b"6970631401753985"),
        Data.octet_string(Obis.parse("1.0.1.8.0.255").to_bytes()),
        Data.long64_unsigned(123456789012),  # no scaler given: unscaled
    )
)


def test_push_registers_in_every_framing() -> None:
    stamp = CosemDateTime(
        year=2024,
        month=1,
        day=2,
        day_of_week=2,
        hour=3,
        minute=4,
        second=5,
        hundredths=0,
        deviation=-60,
        clock_status=0,
    )
    apdu = xdlms.DataNotification(
        body=PUSH_BODY, long_invoke_id_and_priority=7, date_time=stamp.to_bytes()
    ).to_bytes()
    frame = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1, 17),
        control=Control(kind=FrameKind.UI),
        information=LLC_RESPONSE + apdu,
    )
    wrapper = WrapperFrame(source_wport=1, destination_wport=0x10, apdu=apdu)
    expected = [
        {"obis": "1.0.1.7.0.255", "value": 1234, "scaler": 0, "unit": "W"},
        {"obis": "1.0.32.7.0.255", "value": 230.7, "scaler": -1, "unit": "V"},
        {"obis": "0.0.96.1.0.255", "value": "6970631401753985", "scaler": None, "unit": ""},
        {"obis": "1.0.1.8.0.255", "value": 123456789012, "scaler": None, "unit": ""},
    ]
    for raw, kind in [
        (apdu, "apdu"),
        (LLC_RESPONSE + apdu, "llc"),
        (frame.to_bytes(), "hdlc"),
        (frame.to_bytes()[1:-1], "hdlc"),
        (wrapper.to_bytes(), "wrapper"),
    ]:
        result = registers_json(decode_any(raw))
        assert result["kind"] == kind and result["apdu"] == "data-notification"
        assert result["registers"] == expected
        assert result["datetime"] == "2024-01-02T03:04:05+01:00" and result["invoke_id"] == 7
        assert json.loads(json.dumps(result)) == result


def test_ciphered_push_needs_keys() -> None:
    apdu = xdlms.DataNotification(body=PUSH_BODY).to_bytes()
    ciphered = protect(apdu, keys=KEYS, system_title=TITLE, invocation_counter=1).to_bytes()
    blind = decode_any(ciphered)
    assert blind.plain is None and blind.notes and registers_json(blind)["registers"] == []
    seen = registers_json(decode_any(ciphered, keys=KEYS))
    assert seen["ciphered"] == "general-glo-ciphering" and len(seen["registers"]) == 4
    with pytest.raises(DlmsSecurityError):
        decode_any(ciphered, keys=SecurityKeys(encryption_key=bytes(16), authentication_key=bytes(16)))


def test_get_response_registers_need_the_request() -> None:
    voltage = Obis.parse("1.0.32.7.0.255")
    value_attr = AttributeDescriptor(class_id=3, instance=voltage, attribute=2)
    scaler_attr = AttributeDescriptor(class_id=3, instance=voltage, attribute=3)
    missing = AttributeDescriptor(class_id=3, instance=Obis.parse("1.0.99.7.0.255"), attribute=2)
    response = xdlms.GetResponseWithList(
        results=(
            Data.long_unsigned(2307),
            Data.structure((Data.integer(-1), Data.enum(35))),
            DataAccessResult.OBJECT_UNDEFINED,
        )
    )
    result = registers_json(decode_any(response.to_bytes()), descriptors=[value_attr, scaler_attr, missing])
    assert result["apdu"] == "get-response"
    assert result["registers"] == [
        {"obis": "1.0.32.7.0.255", "value": 230.7, "scaler": -1, "unit": "V"},
        {"obis": "1.0.99.7.0.255", "error": "object_undefined"},
    ]
    single = xdlms.GetResponseNormal(result=Data.double_long_unsigned(1000))
    named = registers_json(
        single, descriptors=[value_attr], scaler_units={voltage: ScalerUnit(scaler=-3, unit=35)}
    )
    assert named["registers"] == [{"obis": "1.0.32.7.0.255", "value": 1.0, "scaler": -3, "unit": "V"}]
    anonymous = registers_json(single)
    assert anonymous["registers"] == [{"obis": None, "value": 1000, "scaler": None, "unit": ""}]


def test_decode_any_reports_acse_and_link_frames() -> None:
    aare = Aare(
        result=AssociationResult.ACCEPTED,
        user_information=xdlms.InitiateResponse(
            negotiated_conformance=Conformance.GET, server_max_receive_pdu_size=256
        ).to_bytes(),
    )
    result = registers_json(decode_any(aare.to_bytes()))
    assert result["acse"]["result"] == "accepted" and result["registers"] == []
    ua = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1),
        control=Control(kind=FrameKind.UA),
        information=bytes.fromhex("81801205019A06019A070400000001080400000001"),
    )
    decoded = decode_any(ua.to_bytes())
    assert decoded.hdlc_parameters is not None and decoded.hdlc_parameters.max_info_tx == 154
    assert registers_json(decoded)["frames"][0]["type"] == "UA"
    segment = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1),
        control=Control(kind=FrameKind.I),
        information=LLC_RESPONSE + b"\xc4",
        segmented=True,
    )
    assert decode_any(segment.to_bytes()).apdu is None
    with pytest.raises(DecodeError):
        decode_any(b"\x7e\x00\x7e")
    with pytest.raises(DecodeError):
        decode_any(b"")
