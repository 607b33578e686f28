"""A-XDR data (IEC 62056-6-2 §4.1.5), COSEM date-time, OBIS codes, units and scalers."""

from __future__ import annotations

import contextlib
import datetime
import struct
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError, ValidationError
from app.protocols.dlms.axdr import (
    BitString,
    Data,
    DataType,
    Reader,
    TypeDescription,
    decode_length,
    encode_length,
    integer_range,
)
from app.protocols.dlms.cosem_datetime import (
    DEVIATION_NOT_SPECIFIED,
    ClockStatus,
    CosemDate,
    CosemDateTime,
    CosemTime,
)
from app.protocols.dlms.obis import UNITS, Obis, ScalerUnit, scale, unit_code, unit_symbol

SETTINGS = settings(deadline=None, max_examples=300)
HEAVY = settings(deadline=None, max_examples=200)  # examples that build large nested values or streams

INTEGER_CONSTRUCTORS = {
    DataType.INTEGER: Data.integer,
    DataType.LONG: Data.long,
    DataType.DOUBLE_LONG: Data.double_long,
    DataType.LONG64: Data.long64,
    DataType.UNSIGNED: Data.unsigned,
    DataType.LONG_UNSIGNED: Data.long_unsigned,
    DataType.DOUBLE_LONG_UNSIGNED: Data.double_long_unsigned,
    DataType.LONG64_UNSIGNED: Data.long64_unsigned,
    DataType.ENUM: Data.enum,
    DataType.BCD: Data.bcd,
}


def _integers() -> st.SearchStrategy[Data]:
    return st.one_of(
        *(st.integers(*integer_range(t)).map(build) for t, build in INTEGER_CONSTRUCTORS.items())
    )


date_times = st.builds(
    CosemDateTime,
    year=st.integers(0, 0xFFFF),
    month=st.integers(0, 0xFF),
    day=st.integers(0, 0xFF),
    day_of_week=st.integers(0, 0xFF),
    hour=st.integers(0, 0xFF),
    minute=st.integers(0, 0xFF),
    second=st.integers(0, 0xFF),
    hundredths=st.integers(0, 0xFF),
    deviation=st.integers(-0x8000, 0x7FFF),
    clock_status=st.integers(0, 0xFF),
)
dates = st.builds(
    CosemDate,
    year=st.integers(0, 0xFFFF),
    month=st.integers(0, 0xFF),
    day=st.integers(0, 0xFF),
    day_of_week=st.integers(0, 0xFF),
)
times = st.builds(
    CosemTime,
    hour=st.integers(0, 0xFF),
    minute=st.integers(0, 0xFF),
    second=st.integers(0, 0xFF),
    hundredths=st.integers(0, 0xFF),
)
latin1 = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=255), max_size=40)

leaves = st.one_of(
    st.just(Data.null()),
    st.just(Data.dont_care()),
    st.booleans().map(Data.boolean),
    _integers(),
    st.floats(width=32, allow_nan=False).map(Data.float32),
    st.floats(width=32, allow_nan=False).map(lambda v: Data(type=DataType.FLOATING_POINT, value=v)),
    st.floats(allow_nan=False).map(Data.float64),
    st.binary(max_size=300).map(Data.octet_string),
    latin1.map(Data.visible_string),
    st.text(max_size=40).map(Data.utf8_string),
    st.lists(st.booleans(), max_size=40).map(Data.bit_string),
    date_times.map(Data.date_time),
    dates.map(Data.date),
    times.map(Data.time),
)

SIMPLE_FOR_COMPACT = {
    DataType.BOOLEAN: st.booleans().map(Data.boolean),
    DataType.OCTET_STRING: st.binary(max_size=20).map(Data.octet_string),
    DataType.VISIBLE_STRING: latin1.map(Data.visible_string),
    DataType.DATE_TIME: date_times.map(Data.date_time),
    DataType.FLOAT64: st.floats(allow_nan=False).map(Data.float64),
    **{t: st.integers(*integer_range(t)).map(b) for t, b in INTEGER_CONSTRUCTORS.items()},
}


@st.composite
def compact_arrays(draw: st.DrawFn) -> Data:
    """A compact-array of simple elements, of structures of them, or of fixed-size arrays of them."""
    kinds = draw(st.lists(st.sampled_from(sorted(SIMPLE_FOR_COMPACT)), min_size=1, max_size=4))
    shape = draw(st.sampled_from(["simple", "structure", "array"]))
    if shape == "simple":
        description = TypeDescription(type=kinds[0])

        def element() -> Data:
            return draw(SIMPLE_FOR_COMPACT[kinds[0]])
    elif shape == "structure":
        description = TypeDescription(
            type=DataType.STRUCTURE, members=tuple(TypeDescription(type=k) for k in kinds)
        )

        def element() -> Data:
            return Data.structure(draw(SIMPLE_FOR_COMPACT[k]) for k in kinds)
    else:
        size = len(kinds)
        description = TypeDescription(
            type=DataType.ARRAY, length=size, members=(TypeDescription(type=kinds[0]),)
        )

        def element() -> Data:
            return Data.array(draw(SIMPLE_FOR_COMPACT[kinds[0]]) for _ in range(size))

    count = draw(st.integers(0, 6))
    return Data.compact_array(description, [element() for _ in range(count)])


values = st.recursive(
    st.one_of(leaves, compact_arrays()),
    lambda children: st.one_of(
        st.lists(children, max_size=5).map(Data.array), st.lists(children, max_size=5).map(Data.structure)
    ),
    max_leaves=10,
)


@HEAVY
@given(values)
def test_every_type_round_trips(value: Data) -> None:
    raw = value.to_bytes()
    decoded = Data.from_bytes(raw)
    assert decoded == value
    assert decoded.to_bytes() == raw


def test_every_data_type_is_generated() -> None:
    covered = {
        DataType.NULL_DATA,
        DataType.DONT_CARE,
        DataType.BOOLEAN,
        DataType.FLOAT32,
        DataType.FLOATING_POINT,
        DataType.FLOAT64,
        DataType.OCTET_STRING,
        DataType.VISIBLE_STRING,
        DataType.UTF8_STRING,
        DataType.BIT_STRING,
        DataType.DATE_TIME,
        DataType.DATE,
        DataType.TIME,
        DataType.COMPACT_ARRAY,
        DataType.ARRAY,
        DataType.STRUCTURE,
        *INTEGER_CONSTRUCTORS,
    }
    assert covered == set(DataType)


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes_decode_or_raise_our_errors(raw: bytes) -> None:
    try:
        value = Data.from_bytes(raw)
    except GwtermError:
        return
    assert Data.from_bytes(value.to_bytes()) == value or _has_nan(value)


def _has_nan(value: Data) -> bool:
    if isinstance(value.value, float):
        return value.value != value.value
    return any(_has_nan(item) for item in value.items) if isinstance(value.value, tuple) else False


@HEAVY
@given(values, st.data())
def test_mutated_encodings_raise_only_our_errors(value: Data, data: st.DataObject) -> None:
    raw = bytearray(value.to_bytes())
    for _ in range(data.draw(st.integers(1, 3))):
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        position = data.draw(st.integers(0, max(len(raw) - 1, 0)))
        if action == "flip" and raw:
            raw[position] ^= data.draw(st.integers(1, 255))
        elif action == "insert":
            raw.insert(position, data.draw(st.integers(0, 255)))
        elif action == "delete" and raw:
            del raw[position]
        else:
            del raw[position:]
    with contextlib.suppress(GwtermError):
        Data.from_bytes(bytes(raw))


@pytest.mark.parametrize("raw", ["7f800001", "7fc00000", "ffc00001", "ff800000", "7f7fffff", "00000001"])
def test_float32_bits_survive_even_for_nan_payloads(raw: str) -> None:
    encoded = bytes((DataType.FLOAT32,)) + bytes.fromhex(raw)
    assert Data.from_bytes(encoded).to_bytes() == encoded


def test_canonical_encodings() -> None:
    assert Data.long_unsigned(2307).to_bytes() == bytes.fromhex("120903")
    assert Data.integer(-1).to_bytes() == bytes.fromhex("0fff")
    assert Data.boolean(True).to_bytes() == bytes.fromhex("0301")
    assert Data.bit_string("1010000011").to_bytes() == bytes.fromhex("040aa0c0")
    assert Data.visible_string("AIDON_V0001").to_bytes() == bytes.fromhex("0a0b4149444f4e5f5630303031")
    assert Data.structure((Data.integer(-1), Data.enum(35))).to_bytes() == bytes.fromhex("02020fff1623")
    assert Data.array(()).to_bytes() == bytes.fromhex("0100")
    assert Data.float32(1.5).to_bytes() == bytes.fromhex("173fc00000")
    assert Data.float64(-2.0).to_bytes() == b"\x18" + struct.pack(">d", -2.0)
    array = Data.compact_array(
        TypeDescription(type=DataType.LONG_UNSIGNED), [Data.long_unsigned(1), Data.long_unsigned(2)]
    )
    assert array.to_bytes() == bytes.fromhex("1312" + "04" + "00010002")
    nested = Data.compact_array(
        TypeDescription(
            type=DataType.STRUCTURE,
            members=(TypeDescription(type=DataType.OCTET_STRING), TypeDescription(type=DataType.UNSIGNED)),
        ),
        [Data.structure((Data.octet_string(b"\x01"), Data.unsigned(7)))],
    )
    assert nested.to_bytes() == bytes.fromhex("13" + "0202" + "0911" + "03" + "010107")
    assert Data.from_bytes(nested.to_bytes()) == nested


def test_booleans_read_any_non_zero_octet_as_true() -> None:
    assert Data.from_bytes(b"\x03\xff") == Data.boolean(True)


def test_lengths() -> None:
    for length, raw in [
        (0, "00"),
        (127, "7f"),
        (128, "8180"),
        (255, "81ff"),
        (256, "820100"),
        (0x10000, "83010000"),
    ]:
        assert encode_length(length) == bytes.fromhex(raw)
        assert decode_length(bytes.fromhex(raw)) == (length, len(raw) // 2)
    assert decode_length(bytes.fromhex("820f0f")) == (0x0F0F, 3)  # dlms-cosem test_get_axdr_length
    for bad in ("", "80", "85", "8201"):
        with pytest.raises(DecodeError):
            decode_length(bytes.fromhex(bad))
    with pytest.raises(LocalProtocolError):
        encode_length(-1)


@pytest.mark.parametrize(
    "value",
    [
        Data.integer(128),
        Data.unsigned(-1),
        Data.long_unsigned(0x10000),
        Data(type=DataType.LONG, value=True),
        Data(type=DataType.OCTET_STRING, value="text"),
        Data.visible_string("ünïcode✓"),
        Data(type=DataType.NULL_DATA, value=1),
        Data(type=DataType.BIT_STRING, value=BitString(length=9, data=b"\x00")),
        Data.compact_array(TypeDescription(type=DataType.NULL_DATA), [Data.null()]),
        Data.compact_array(TypeDescription(type=DataType.UNSIGNED), [Data.long(1)]),
    ],
)
def test_values_that_do_not_fit_their_type_are_our_mistake(value: Data) -> None:
    with pytest.raises(LocalProtocolError):
        value.to_bytes()


def test_decoding_guards() -> None:
    with pytest.raises(DecodeError):
        Data.from_bytes(b"\x01" * 200)  # nested too deeply
    with pytest.raises(DecodeError):
        Data.from_bytes(bytes.fromhex("0182ffff00"))  # claims more elements than bytes
    with pytest.raises(DecodeError):
        Data.from_bytes(bytes.fromhex("1300" + "03" + "000000"))  # null elements take no bytes
    with pytest.raises(DecodeError):
        Data.from_bytes(bytes.fromhex("0c02c328"))  # not UTF-8
    with pytest.raises(DecodeError):
        Data.from_bytes(bytes.fromhex("0800"))  # tag 8 is not a type
    with pytest.raises(DecodeError):
        Data.from_bytes(bytes.fromhex("1100ff"))  # trailing byte
    reader = Reader(b"\x01")
    with pytest.raises(DecodeError):
        reader.take(2)


def test_accessors() -> None:
    assert Data.long(-5).as_int() == -5
    assert Data.float32(2.5).as_number() == 2.5
    assert Data.visible_string("ab").as_bytes() == b"ab"
    assert Data.octet_string(b"ab").as_str() == "ab"
    assert Data.bit_string("101").as_bit_string().bits == "101"
    assert Data.structure((Data.null(),)).to_python() == [None]
    for bad in (lambda: Data.null().as_int(), lambda: Data.long(1).items, lambda: Data.long(1).as_bool()):
        with pytest.raises(DecodeError):
            bad()
    stamp = CosemDateTime.from_datetime(datetime.datetime(2024, 3, 1, 12, 0))
    assert Data.octet_date_time(stamp).as_date_time() == stamp
    assert Data.date_time(stamp).as_date_time() == stamp


# --- date-time ----------------------------------------------------------------------------------


def test_date_time_fields_and_wildcards() -> None:
    summer = datetime.datetime(
        2024, 7, 1, 12, 30, 15, 250000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    )
    stamp = CosemDateTime.from_datetime(summer, clock_status=ClockStatus.DAYLIGHT_SAVING_ACTIVE)
    assert stamp.to_bytes() == bytes.fromhex("07e8070101" + "0c1e0f19" + "ff88" + "80")
    assert stamp.deviation == -120 and stamp.status is ClockStatus.DAYLIGHT_SAVING_ACTIVE
    assert stamp.to_datetime() == summer and stamp.isoformat() == "2024-07-01T12:30:15.250000+02:00"
    assert stamp.to_datetime(utc_deviation=True) == summer.replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=-2))
    )
    assert CosemDateTime.from_datetime(summer, utc_deviation=True).deviation == 120

    wildcard = CosemDateTime(year=0xFFFF, month=12, day=25, hour=0, minute=0, second=0)
    assert wildcard.to_datetime() is None and wildcard.isoformat() == "*-12-25T00:00:00.*".replace(".*", "")
    assert CosemDateTime().isoformat() == "*-*-*T*:*:*" and CosemDateTime().status is None
    naive = CosemDateTime(
        year=2020, month=1, day=1, hour=0, minute=0, second=0, deviation=DEVIATION_NOT_SPECIFIED
    )
    assert naive.to_datetime() == datetime.datetime(2020, 1, 1) and naive.utc_offset() is None
    with pytest.raises(DecodeError):
        CosemDateTime(year=2021, month=2, day=30, hour=0, minute=0, second=0).to_datetime()
    with pytest.raises(DecodeError):
        CosemDateTime.from_bytes(b"\x00" * 11)


def test_date_and_time() -> None:
    date = CosemDate.from_date(datetime.date(2024, 2, 29))
    assert date.to_bytes() == bytes.fromhex("07e8021d04") and date.to_date() == datetime.date(2024, 2, 29)
    assert CosemDate(month=12, day=0xFE).isoformat() == "*-12-254"
    assert CosemDate().to_date() is None
    time = CosemTime.from_time(datetime.time(23, 59, 58, 990000))
    assert time.to_bytes() == bytes.fromhex("173b3a63") and time.to_time() == datetime.time(
        23, 59, 58, 990000
    )
    assert CosemTime(hour=1, minute=2, second=3).to_time() == datetime.time(1, 2, 3)
    assert CosemTime().isoformat() == "*:*:*"
    with pytest.raises(DecodeError):
        CosemTime(hour=25, minute=0, second=0).to_time()


@SETTINGS
@given(
    st.datetimes(min_value=datetime.datetime(1970, 1, 1), max_value=datetime.datetime(2200, 1, 1)),
    st.integers(-720, 720),
)
def test_python_date_times_survive(moment: datetime.datetime, minutes: int) -> None:
    aware = moment.replace(
        microsecond=moment.microsecond // 10_000 * 10_000,
        tzinfo=datetime.timezone(datetime.timedelta(minutes=minutes)),
    )
    stamp = CosemDateTime.from_bytes(CosemDateTime.from_datetime(aware).to_bytes())
    assert stamp.to_datetime() == aware and stamp.day_of_week == aware.isoweekday()


@SETTINGS
@given(date_times)
def test_date_time_helpers_never_leak_other_errors(stamp: CosemDateTime) -> None:
    for helper in (stamp.to_datetime, stamp.isoformat):
        with contextlib.suppress(GwtermError):
            helper()


# --- OBIS, units, scalers -----------------------------------------------------------------------


def test_obis_forms() -> None:
    energy = Obis(a=1, b=0, c=1, d=8, e=0, f=255)
    for text in ("1.0.1.8.0.255", "1-0:1.8.0*255", "1-0:1.8.0", "1.8.0", "1-0:1.8.0&255", " 1.0.1.8.0.255 "):
        assert Obis.parse(text) == energy
    assert (
        energy.dotted == "1.0.1.8.0.255"
        and energy.display == "1-0:1.8.0*255"
        and str(energy) == "1.0.1.8.0.255"
    )
    assert Obis.parse("0-0:96.1.0") == Obis.parse("0.0.96.1.0.255")
    assert Obis.parse("96.1.0", default_a=0) == Obis.parse("0.0.96.1.0.255")
    assert Obis.from_bytes(bytes.fromhex("00002b0100ff")) == Obis.parse("0.0.43.1.0.255")
    assert Obis.parse("0.0.43.1.0.255").to_bytes() == bytes.fromhex("00002b0100ff")
    assert Obis.coerce(b"\x01\x00\x01\x08\x00\xff") == energy and Obis.coerce(energy) is energy
    for bad in ("1.2.3.4.5", "1.0.1.8.0.256", "x", "1-0:1.8.0*"):
        with pytest.raises(ValidationError):
            Obis.parse(bad)
    with pytest.raises(DecodeError):
        Obis.from_bytes(b"\x01")


def test_units_and_scaling() -> None:
    for code, symbol in [
        (27, "W"),
        (28, "VA"),
        (29, "var"),
        (30, "Wh"),
        (31, "VAh"),
        (32, "varh"),
        (33, "A"),
        (35, "V"),
        (44, "Hz"),
        (9, "°C"),
        (13, "m³"),
        (56, "%"),
    ]:
        assert unit_symbol(code) == symbol and UNITS[code] == symbol
    assert unit_symbol(255) == "" and unit_symbol(200) == "unit_200"
    assert unit_code("Wh") == 30 and unit_code("") == 255
    with pytest.raises(ValidationError):
        unit_code("furlong")
    assert scale(2307, -1) == Decimal("230.7") and scale(170843, 1) == Decimal("1708430")
    assert scale(5, 0) == 5 and scale(1.5, 2) == 150.0
    assert ScalerUnit(scaler=-3, unit=30).scale(1234567) == Decimal("1234.567")
    assert ScalerUnit(scaler=-3, unit=30).symbol == "Wh"
