"""Wireless M-Bus codec: round trips through every layer and security mode, diagnoses, robustness."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import GwtermError, LocalProtocolError
from app.protocols.mbus.datatypes import Coding
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.records import Record, build_record, encode_records
from app.protocols.wmbus import (
    CorruptTelegramError,
    FormatCache,
    FragmentedTelegramError,
    NoKeyError,
    UnknownFormatError,
    WrongKeyError,
    decode_telegram,
    encode_telegram,
)
from app.protocols.wmbus.crc import crc16_en13757
from app.protocols.wmbus.json_shape import wmbus_to_json
from app.protocols.wmbus.link import FORMAT_A, FORMAT_B, build_link, format_a_size, parse_link
from app.protocols.wmbus.telegram import CI_COMPACT_NONE, CI_TPL_LONG, CI_TPL_NONE, CI_TPL_SHORT

KEY = bytes.fromhex("000102030405060708090A0B0C0D0E0F")
OTHER_KEY = bytes.fromhex("0F0E0D0C0B0A09080706050403020100")
METER = {"manufacturer": "ELV", "meter_id": "12345678", "version": 2, "device_type": 7}
RECORDS = [
    build_record(vib=b"\x13", coding=Coding.INT32, value=Decimal("123.456")),
    build_record(vib=b"\x06", coding=Coding.BCD8, value=1234000),
    build_record(vib=b"\x59", coding=Coding.INT16, value=Decimal("45.67")),
    build_record(vib=b"\xfd\x17", coding=Coding.INT8, value=0),
    build_record(vib=b"\x13", coding=Coding.INT32, value=Decimal("100.5"), storage=1),
]


def _wire(records: tuple[Record, ...]) -> bytes:
    return encode_records(records)


def test_crc_is_en13757() -> None:
    assert crc16_en13757(b"123456789") == 0xC2B7


@pytest.mark.parametrize("ci", [CI_TPL_SHORT, CI_TPL_LONG, CI_TPL_NONE])
@pytest.mark.parametrize(("frame_format", "crc"), [(FORMAT_A, True), (FORMAT_B, True), (FORMAT_A, False)])
@pytest.mark.parametrize("rssi", [None, 0xC5])
def test_plain_telegrams_round_trip(ci: int, frame_format: str, crc: bool, rssi: int | None) -> None:
    raw = encode_telegram(
        **METER, records=RECORDS, ci=ci, access_number=42, frame_format=frame_format, crc=crc, rssi=rssi
    )
    w = decode_telegram(raw)
    assert (w.id, w.header.manufacturer, w.header.version, w.header.medium) == ("12345678", "ELV", 2, 7)
    assert _wire(w.records) == encode_records(RECORDS)
    assert w.rssi == rssi
    assert w.crc_checked is crc
    if crc:
        assert w.frame_format == frame_format
    assert w.security_mode == 0
    assert not w.encrypted and not w.decrypted
    assert w.header.access_number == (None if ci == CI_TPL_NONE else 42)  # CI 78h has no header


def test_long_format_b_frames_have_two_crc_blocks() -> None:
    many = RECORDS * 7  # well over the 118 bytes of format B block 2
    raw = encode_telegram(**METER, records=many, frame_format=FORMAT_B)
    assert raw[0] > 127 and len(raw) == raw[0] + 1
    w = decode_telegram(raw, link_crc=True)
    assert w.crc_checked and w.frame_format == FORMAT_B
    assert _wire(w.records) == encode_records(many)
    plain = encode_telegram(**METER, records=many, crc=False)
    assert len(encode_telegram(**METER, records=many)) == format_a_size(plain[0])


@pytest.mark.parametrize("ci", [CI_TPL_SHORT, CI_TPL_LONG])
def test_mode5_round_trip_and_diagnoses(ci: int) -> None:
    raw = encode_telegram(**METER, records=RECORDS, ci=ci, mode=5, key=KEY, access_number=7)
    w = decode_telegram(raw, key=KEY)
    assert w.security_mode == 5 and w.encrypted and w.decrypted
    assert _wire(w.records) == encode_records(RECORDS)
    assert encode_records(RECORDS) not in raw  # it really travelled encrypted
    with pytest.raises(NoKeyError) as no_key:
        decode_telegram(raw)
    assert no_key.value.meter is not None and no_key.value.meter.id == "12345678"
    assert str(no_key.value).startswith("no key")
    with pytest.raises(WrongKeyError) as wrong:
        decode_telegram(raw, key=OTHER_KEY)
    assert str(wrong.value).startswith("wrong key")


def test_mode7_round_trip_checks_the_cmac() -> None:
    raw = encode_telegram(**METER, records=RECORDS, mode=7, key=KEY, message_counter=0x01020304)
    w = decode_telegram(raw, key=KEY)
    assert w.security_mode == 7 and w.decrypted and w.mac_verified
    assert w.afl is not None and w.afl.message_counter == 0x01020304 and len(w.afl.mac) == 8
    assert _wire(w.records) == encode_records(RECORDS)
    with pytest.raises(NoKeyError):
        decode_telegram(raw)
    with pytest.raises(WrongKeyError, match="MAC"):
        decode_telegram(raw, key=OTHER_KEY)
    tampered = bytearray(encode_telegram(**METER, records=RECORDS, mode=7, key=KEY, crc=False))
    tampered[-3] ^= 0x01
    with pytest.raises(WrongKeyError, match="MAC"):
        decode_telegram(bytes(tampered), key=KEY)


@pytest.mark.parametrize("tpl_mode", [0, 5])
def test_ell_aes_ctr_round_trip(tpl_mode: int) -> None:
    raw = encode_telegram(
        **METER, records=RECORDS, ell=True, ell_encrypt=True, mode=tpl_mode, key=KEY, session_number=12345
    )
    w = decode_telegram(raw, key=KEY)
    assert w.ell is not None and w.ell.encryption == 1
    assert w.decrypted and w.security_mode == tpl_mode
    assert _wire(w.records) == encode_records(RECORDS)
    with pytest.raises(NoKeyError):
        decode_telegram(raw)
    with pytest.raises(WrongKeyError):
        decode_telegram(raw, key=OTHER_KEY)


def test_plain_ell_needs_no_key_and_its_crc_is_checked() -> None:
    raw = encode_telegram(**METER, records=RECORDS, ci=CI_TPL_NONE, ell=True, access_number=9, crc=False)
    w = decode_telegram(raw)
    assert not w.encrypted and w.header.access_number == 9
    damaged = bytearray(raw)
    damaged[-1] ^= 0xFF
    with pytest.raises(CorruptTelegramError, match="payload CRC"):
        decode_telegram(bytes(damaged))


def test_the_key_lookup_is_asked_with_the_meter_address() -> None:
    asked: list[tuple[str, str, int, int]] = []

    def lookup(manufacturer: str, meter_id: str, version: int, device_type: int) -> bytes | None:
        asked.append((manufacturer, meter_id, version, device_type))
        return KEY if meter_id == "12345678" else None

    raw = encode_telegram(**METER, records=RECORDS, mode=5, key=KEY)
    assert decode_telegram(raw, keys=lookup).decrypted
    assert asked == [("ELV", "12345678", 2, 7)]
    other = encode_telegram(**{**METER, "meter_id": "87654321"}, records=RECORDS, mode=5, key=KEY)
    with pytest.raises(NoKeyError):
        decode_telegram(other, keys=lookup)


def test_telegrams_decrypted_by_the_sender_are_accepted() -> None:
    # mode 5, one block announced, but the payload arrives in clear (2F2F check bytes first)
    body = b"\x2f\x2f" + encode_records(RECORDS)
    body += b"\x2f" * (-len(body) % 16)
    payload = bytes((CI_TPL_SHORT, 1, 0)) + (0x0500 | (len(body) // 16) << 4).to_bytes(2, "little") + body
    raw = build_link(
        c_field=0x44, manufacturer="ELV", ident="12345678", version=2, device_type=7, payload=payload
    )
    w = decode_telegram(raw, key=OTHER_KEY)
    assert w.security_mode == 5 and not w.encrypted and not w.decrypted
    assert _wire(w.records) == encode_records(RECORDS)


def test_compact_frames_use_the_format_of_an_earlier_full_frame() -> None:
    full = encode_telegram(**METER, records=RECORDS, ci=CI_TPL_NONE)
    compact = encode_telegram(**METER, records=RECORDS, ci=CI_COMPACT_NONE)
    assert len(compact) < len(full)
    cache = FormatCache()
    with pytest.raises(UnknownFormatError) as unknown:
        decode_telegram(compact, cache=cache)
    assert unknown.value.meter is not None and unknown.value.meter.id == "12345678"
    decode_telegram(full, cache=cache)
    w = decode_telegram(compact, cache=cache)
    assert w.compact and w.format_signature is not None
    assert _wire(w.records) == encode_records(RECORDS)
    # another meter of the same model shares the layout
    sibling = encode_telegram(**{**METER, "meter_id": "11112222"}, records=RECORDS, ci=CI_COMPACT_NONE)
    assert decode_telegram(sibling, cache=cache).id == "11112222"
    # inside an encrypted ELL, as Kamstrup sends them
    hidden = encode_telegram(
        **METER, records=RECORDS, ci=CI_COMPACT_NONE, ell=True, ell_encrypt=True, key=KEY
    )
    assert _wire(decode_telegram(hidden, key=KEY, cache=cache).records) == encode_records(RECORDS)


def test_a_wrong_remembered_format_is_caught_by_the_full_frame_crc() -> None:
    cache = FormatCache()
    decode_telegram(encode_telegram(**METER, records=RECORDS, ci=CI_TPL_NONE), cache=cache)
    compact = bytearray(encode_telegram(**METER, records=RECORDS, ci=CI_COMPACT_NONE, crc=False))
    compact[-1] ^= 0x01  # a data byte: the layout still fits, the full-frame CRC does not
    with pytest.raises(CorruptTelegramError, match="full-frame CRC"):
        decode_telegram(bytes(compact), cache=cache)


def test_fragments_are_reported_as_such() -> None:
    afl = bytes((0x90, 0x02)) + (0x4001).to_bytes(2, "little")  # more fragments follow, fragment 1
    payload = afl + bytes((CI_TPL_NONE,)) + encode_records(RECORDS)
    raw = build_link(
        c_field=0x44, manufacturer="ELV", ident="12345678", version=2, device_type=7, payload=payload
    )
    with pytest.raises(FragmentedTelegramError):
        decode_telegram(raw)


def test_json_adds_security_and_rssi_to_the_wired_shape() -> None:
    raw = encode_telegram(**METER, records=RECORDS, mode=5, key=KEY, rssi=0x80)
    w = decode_telegram(raw, key=KEY)
    doc = wmbus_to_json(w)
    assert w.telegram is not None
    assert doc["records"] == telegram_to_json(w.telegram)["records"]
    header = doc["header"]
    assert header["id"] == "12345678" and header["manufacturer"] == "ELV"
    assert header["security_mode"] == 5 and header["decrypted"] is True and header["rssi"] == 0x80
    assert "rssi" not in wmbus_to_json(decode_telegram(encode_telegram(**METER, records=RECORDS)))["header"]


def test_encoding_refuses_what_it_cannot_send() -> None:
    with pytest.raises(LocalProtocolError):
        encode_telegram(**METER, records=RECORDS, mode=5)  # no key
    with pytest.raises(LocalProtocolError):
        encode_telegram(**METER, records=RECORDS, mode=3, key=KEY)
    with pytest.raises(LocalProtocolError):
        encode_telegram(**METER, records=RECORDS * 20)  # beyond the L-field
    with pytest.raises(LocalProtocolError):
        encode_telegram(**{**METER, "meter_id": "1234"}, records=RECORDS)
    with pytest.raises(LocalProtocolError):
        decode_telegram(encode_telegram(**METER, records=RECORDS), key=b"short")


# -- damage and garbage --------------------------------------------------------------------------


def _frames() -> list[bytes]:
    return [
        encode_telegram(**METER, records=RECORDS),
        encode_telegram(**METER, records=RECORDS, ci=CI_TPL_LONG, mode=5, key=KEY),
        encode_telegram(**METER, records=RECORDS, mode=7, key=KEY, crc=False),
        encode_telegram(**METER, records=RECORDS, ell=True, ell_encrypt=True, key=KEY, rssi=3),
        encode_telegram(**METER, records=RECORDS, ci=CI_COMPACT_NONE, frame_format=FORMAT_B),
    ]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damage_to_a_crc_protected_frame_is_corrupt(data: st.DataObject) -> None:
    frame_format = data.draw(st.sampled_from([FORMAT_A, FORMAT_B]))
    raw = bytearray(encode_telegram(**METER, records=RECORDS, frame_format=frame_format))
    position = data.draw(st.integers(1, len(raw) - 1))  # the L-field itself decides the frame shape
    raw[position] ^= data.draw(st.integers(1, 255))
    with pytest.raises(CorruptTelegramError):
        decode_telegram(bytes(raw), key=KEY, link_crc=True)
    if frame_format == FORMAT_A:  # format A damage is found without being told CRCs are there
        with pytest.raises(CorruptTelegramError):
            decode_telegram(bytes(raw), key=KEY)


@settings(max_examples=500)
@given(st.binary(max_size=300), st.sampled_from([None, KEY]), st.sampled_from([None, True, False]))
def test_random_bytes_raise_only_our_errors(raw: bytes, key: bytes | None, link_crc: bool | None) -> None:
    with contextlib.suppress(GwtermError):
        decode_telegram(raw, key=key, cache=FormatCache(), link_crc=link_crc)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_telegrams_raise_only_our_errors(data: st.DataObject) -> None:
    raw = bytearray(data.draw(st.sampled_from(_frames())))
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["set", "insert", "delete", "truncate", "fix_length"]))
        if not raw:
            break
        where = data.draw(st.integers(0, len(raw) - 1))
        if action == "set":
            raw[where] = data.draw(st.integers(0, 255))
        elif action == "insert":
            raw.insert(where, data.draw(st.integers(0, 255)))
        elif action == "delete":
            del raw[where]
        elif action == "truncate":
            del raw[where:]
        elif raw:
            raw[0] = (len(raw) - 1) & 0xFF  # make the L-field fit, so the damage reaches the inner layers
    cache = FormatCache()
    decode_telegram(encode_telegram(**METER, records=RECORDS, ci=CI_TPL_NONE), cache=cache)
    key = data.draw(st.sampled_from([None, KEY]))
    with contextlib.suppress(GwtermError):
        decode_telegram(bytes(raw), key=key, cache=cache)


def test_parse_link_reports_lengths_that_fit_nothing() -> None:
    raw = encode_telegram(**METER, records=RECORDS, crc=False)
    with pytest.raises(CorruptTelegramError, match="L-field") as err:
        parse_link(raw + b"\x00\x00\x00")
    assert err.value.meter is not None and err.value.meter.id == "12345678"
