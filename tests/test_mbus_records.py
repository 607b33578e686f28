"""EN 13757-3 application layer: data types, VIF/VIFE tables, records, telegrams, JSON shape, robustness."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.mbus.datatypes import (
    Coding,
    TimePoint,
    decode_bcd,
    decode_date_g,
    decode_datetime_f,
    decode_datetime_i,
    decode_int,
    decode_lvar,
    decode_real,
    decode_time_j,
    encode_bcd,
    encode_date_g,
    encode_datetime_f,
    encode_datetime_i,
    encode_int,
    encode_lvar_text,
    encode_real,
    lvar_length,
)
from app.protocols.mbus.frames import LongFrame, ShortFrame, parse_frame
from app.protocols.mbus.json_shape import json_value, record_to_json, telegram_to_json
from app.protocols.mbus.records import (
    Function,
    Record,
    build_record,
    decode_record,
    decode_records,
    encode_data,
    encode_dib,
    encode_records,
    encode_vib,
    raw_for,
)
from app.protocols.mbus.secondary import SecondaryAddress
from app.protocols.mbus.telegram import (
    CI_ALARM,
    CI_FIXED,
    CI_LONG_HEADER,
    CI_NO_HEADER,
    CI_SHORT_HEADER,
    Header,
    LinkAddress,
    MBusApplicationError,
    decode_frame,
    decode_hex,
    decode_user_data,
    encode_variable_data,
    rsp_ud,
)
from app.protocols.mbus.vif import Kind, describe

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "libmbus" / "test-frames"


def one(raw: str) -> Record:
    """The single record in hex text."""
    return decode_record(bytes.fromhex(raw.replace(" ", "")))


def meaning(raw: str) -> tuple[str, str, object]:
    """Quantity (with qualifiers), unit and value of the single record in hex text."""
    j = record_to_json(one(raw))
    return j["quantity"], j["unit"], j["value"]


# -- data types (Annex A) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("12", 12),
        ("3412", 1234),
        ("563412", 123456),
        ("78563412", 12345678),
        ("907856341290", 901234567890),
        ("00", 0),
        ("12F0", -12),  # F in the top nibble: negative
        ("3412F5", -51234),
        ("F0", -0),
        ("EEEE", "EEEE"),  # hex digits: kept as digits, most significant first
        ("BDEBDD", "DDEBBD"),
        ("1A", "1A"),
        ("0F", "0F"),  # F below the top nibble is no sign
    ],
)
def test_bcd(raw: str, value: int | str) -> None:
    assert decode_bcd(bytes.fromhex(raw)) == value


@pytest.mark.parametrize("size", [1, 2, 3, 4, 6])
@pytest.mark.parametrize("value", [0, 1, 7, 42, -3, 99])
def test_bcd_round_trip(size: int, value: int) -> None:
    if value < 0 and size == 1:
        value = -3  # F3: one digit
    assert decode_bcd(encode_bcd(value, size)) == value


def test_bcd_encoding_limits() -> None:
    assert encode_bcd("EEEE", 2) == b"\xee\xee"
    with pytest.raises(LocalProtocolError):
        encode_bcd(1000, 1)
    with pytest.raises(LocalProtocolError):
        encode_bcd(-100, 1)
    with pytest.raises(LocalProtocolError):
        encode_bcd("XYZ1", 2)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("7F", 127),
        ("80", -128),
        ("FFFF", -1),
        ("3412", 0x1234),
        ("FFFFFF", -1),
        ("000080", -(2**23)),
        ("78563412", 0x12345678),
        ("FEFFFFFF", -2),
        ("010000000080", -(2**47) + 1),
        ("FFFFFFFFFFFFFF7F", 2**63 - 1),
        ("0000000000000080", -(2**63)),
    ],
)
def test_signed_integers(raw: str, value: int) -> None:
    assert decode_int(bytes.fromhex(raw)) == value
    assert encode_int(value, len(raw) // 2) == bytes.fromhex(raw)


def test_unsigned_integer_and_overflow() -> None:
    assert decode_int(b"\xff\xff", signed=False) == 65535
    with pytest.raises(LocalProtocolError):
        encode_int(2**40, 4)


def test_real32() -> None:
    assert decode_real(encode_real(21.5)) == 21.5
    assert decode_real(bytes.fromhex("0000C07F")) != decode_real(bytes.fromhex("0000C07F"))  # NaN
    with pytest.raises(LocalProtocolError):
        encode_real(1e60)


@pytest.mark.parametrize(
    ("lvar", "length"),
    [
        *[
            (0x00, 0),
            (0x06, 6),
            (0xBF, 191),
            (0xC0, 0),
            (0xC4, 4),
            (0xC9, 9),
            (0xD3, 3),
            (0xE0, 0),
            (0xEF, 15),
        ],
        *[(0xF0, 16), (0xF1, 20), (0xF4, 32), (0xF5, 48), (0xF6, 64)],
    ],
)
def test_lvar_ranges(lvar: int, length: int) -> None:
    assert lvar_length(lvar) == length


@pytest.mark.parametrize("lvar", [0xCA, 0xCF, 0xDA, 0xF7, 0xF8, 0xFF])
def test_reserved_lvar_raises(lvar: int) -> None:
    with pytest.raises(DecodeError):
        lvar_length(lvar)


def test_lvar_values() -> None:
    assert decode_lvar(6, b"532DVR") == "RVD235"  # characters are sent last first
    assert decode_lvar(0xC2, bytes.fromhex("3412")) == 1234
    assert decode_lvar(0xD2, bytes.fromhex("3412")) == -1234
    assert decode_lvar(0xE2, bytes.fromhex("3412")) == "1234"  # binary: hex, most significant first
    assert decode_lvar(0xC1, b"\xab") == "AB"
    assert encode_lvar_text("RVD235") == b"\x06532DVR"
    assert decode_lvar(2, "é°".encode("latin-1")[::-1]) == "é°"  # ISO 8859-1
    with pytest.raises(LocalProtocolError):
        encode_lvar_text("€")
    with pytest.raises(LocalProtocolError):
        encode_lvar_text("x" * 192)


def test_date_g() -> None:
    assert decode_date_g(bytes.fromhex("2312")).text == "2009-02-03"
    assert decode_date_g(encode_date_g(2016, 3, 18)).text == "2016-03-18"
    assert decode_date_g(b"\x00\x00").text == "2000-00-00"
    assert decode_date_g(b"\xff\xff").invalid
    assert decode_date_g(encode_date_g(1999, 12, 31)).text == "1999-12-31"  # 81..99: 19xx


def test_datetime_f() -> None:
    point = decode_datetime_f(bytes.fromhex("0B0BCD13"))
    assert point == TimePoint(text="2014-03-13T11:11:00")
    summer = decode_datetime_f(encode_datetime_f(2021, 7, 1, 13, 45, summer_time=True))
    assert summer.text == "2021-07-01T13:45:00" and summer.summer_time and not summer.invalid
    assert decode_datetime_f(encode_datetime_f(2021, 7, 1, 0, 0, invalid=True)).invalid
    assert decode_datetime_f(encode_datetime_f(2150, 1, 2, 3, 4)).text == "2150-01-02T03:04:00"  # HY = 2
    assert decode_datetime_f(encode_datetime_f(1985, 1, 2, 3, 4)).text == "1985-01-02T03:04:00"
    with pytest.raises(LocalProtocolError):
        encode_datetime_f(1900, 1, 1, 0, 0)
    assert str(point) == "2014-03-13T11:11:00"


def test_datetime_i_and_time_j() -> None:
    point = decode_datetime_i(encode_datetime_i(2023, 11, 21, hour=20, minute=5, second=59))
    assert point.text == "2023-11-21T20:05:59"
    assert decode_datetime_i(bytes.fromhex("3B8500000000")).invalid
    assert decode_time_j(bytes.fromhex("3B1E17")).text == "23:30:59"


# -- DIF and DIFEs (§6.3) ------------------------------------------------------------------------


def test_dif_function_storage_tariff_subunit() -> None:
    r = one("0C 13 78563412")
    assert (r.function, r.storage, r.tariff, r.subunit, r.coding) == (
        Function.INSTANTANEOUS,
        0,
        0,
        0,
        Coding.BCD8,
    )
    assert one("1C 13 00000000").function is Function.MAXIMUM
    assert one("2C 13 00000000").function is Function.MINIMUM
    assert one("3C 13 00000000").function is Function.ERROR
    assert one("4C 13 00000000").storage == 1
    # DIFE 1: storage bits 1..4, tariff bits 0..1, subunit bit 0; DIFE 2 the next bits
    r = one("CC FF 7F 13 00000000")
    assert (r.storage, r.tariff, r.subunit) == (1 + (0xF << 1) + (0xF << 5), 3 + (3 << 2), 1 + 2)
    r = one("8C 80 40 13 00000000")  # subunit 2 only (pyMeterBus test_hyd record 5)
    assert (r.storage, r.tariff, r.subunit) == (0, 0, 2)


@pytest.mark.parametrize(
    ("storage", "tariff", "subunit"),
    [(0, 0, 0), (1, 0, 0), (2, 0, 0), (31, 3, 1), (2**41 - 1, 2**20 - 1, 1023)],
)
def test_dib_encoding_round_trip(storage: int, tariff: int, subunit: int) -> None:
    dib = encode_dib(
        coding=Coding.INT32, function=Function.MAXIMUM, storage=storage, tariff=tariff, subunit=subunit
    )
    r = decode_record(dib + b"\x13" + b"\x00" * 4)
    assert (r.storage, r.tariff, r.subunit, r.function) == (storage, tariff, subunit, Function.MAXIMUM)


def test_dib_limits() -> None:
    with pytest.raises(LocalProtocolError):
        encode_dib(coding=Coding.INT8, storage=2**41)
    with pytest.raises(DecodeError):
        decode_records(bytes.fromhex("8B" + "8B" * 10 + "60 04 371802"))  # eleven DIFEs
    assert encode_dib(coding=Coding.SPECIAL, function=Function.IDLE_FILLER) == b"\x2f"


def test_selection_for_readout_and_no_data() -> None:
    r = one("08 13")
    assert (r.coding, r.value, r.data) == (Coding.SELECTION, None, b"")
    assert one("00 13").value is None


def test_special_functions() -> None:
    records = decode_records(bytes.fromhex("2F 2F 01 13 05 7F 0F 01 02 03"))
    assert [r.function for r in records] == [
        Function.IDLE_FILLER,
        Function.IDLE_FILLER,
        Function.INSTANTANEOUS,
        Function.GLOBAL_READOUT,
        Function.MANUFACTURER_SPECIFIC,
    ]
    assert records[-1].data == b"\x01\x02\x03" and records[-1].value == "010203"
    assert not records[0].is_data and records[2].is_data
    more = decode_records(bytes.fromhex("1F AA"))
    assert more[0].function is Function.MORE_RECORDS_FOLLOW
    with pytest.raises(DecodeError):
        decode_records(b"\x3f")  # reserved special function


@pytest.mark.parametrize(
    "raw",
    [
        "8B 60 04",  # data missing
        "8B",  # DIFE missing
        "0B",  # VIF missing
        "0B 84",  # VIFE missing
        "0B 84 " + "84 " * 10 + "04 371802",  # eleven VIFEs
        "02 FC 13 48 52",  # plain-text unit longer than the data
        "0D 13",  # LVAR missing
        "0D 13 05 41 42",  # text shorter than its LVAR
        "0D 13 F8 00 00 00 00",  # reserved LVAR
    ],
)
def test_truncated_or_oversized_records_raise(raw: str) -> None:
    with pytest.raises(DecodeError):
        decode_records(bytes.fromhex(raw.replace(" ", "")))


# -- primary VIF table (Table 10) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("04 00 E8030000", ("energy", "Wh", 1)),
        ("04 03 E8030000", ("energy", "Wh", 1000)),
        ("04 07 01000000", ("energy", "Wh", 10000)),
        ("04 08 01000000", ("energy", "J", 1)),
        ("04 0F 01000000", ("energy", "J", 10**7)),
        ("04 10 01000000", ("volume", "m^3", 0.000001)),
        ("0C 13 21430500", ("volume", "m^3", 54.321)),
        ("04 17 01000000", ("volume", "m^3", 10)),
        ("04 18 01000000", ("mass", "kg", 0.001)),
        ("04 1F 01000000", ("mass", "kg", 10000)),
        ("02 20 0200", ("on_time", "s", 2)),
        ("02 21 0200", ("on_time", "s", 120)),
        ("02 22 0200", ("on_time", "s", 7200)),
        ("02 23 0200", ("on_time", "s", 172800)),
        ("02 26 0100", ("operating_time", "s", 3600)),
        ("04 28 01000000", ("power", "W", 0.001)),
        ("04 2B 01000000", ("power", "W", 1)),
        ("04 30 01000000", ("power", "J/h", 1)),
        ("04 37 01000000", ("power", "J/h", 10**7)),
        ("04 3B 01000000", ("volume_flow", "m^3/h", 0.001)),
        ("04 40 01000000", ("volume_flow", "m^3/min", 1e-7)),
        ("04 48 01000000", ("volume_flow", "m^3/s", 1e-9)),
        ("04 53 01000000", ("mass_flow", "kg/h", 1)),
        ("02 59 3008", ("flow_temperature", "°C", 20.96)),
        ("02 5D 38FF", ("return_temperature", "°C", -2)),
        ("02 61 0200", ("temperature_difference", "K", 0.02)),
        ("02 66 7B00", ("external_temperature", "°C", 12.3)),
        ("02 68 E803", ("pressure", "bar", 1)),
        ("02 6E 0A00", ("hca", "HCA", 10)),
        ("01 71 0F", ("averaging_duration", "s", 900)),
        ("01 77 02", ("actuality_duration", "s", 172800)),
        ("0C 78 78034911", ("fabrication_number", "", 11490378)),
        ("07 79 0403020124400104", ("enhanced_identification", "", 0x0401402401020304)),
        ("01 7A 08", ("bus_address", "", 8)),
        ("01 7A FA", ("bus_address", "", 250)),  # identifiers are unsigned
        ("04 7E 123A0000", ("any", "", 0x3A12)),
        ("02 7F 0102", ("manufacturer_specific", "", 0x0201)),
        ("02 6C 0000", ("date", "", "2000-00-00")),
        ("04 6D 0B0BCD13", ("date_time", "", "2014-03-13T11:11:00")),
        ("06 6D 3B0B0BCD1300", ("date_time", "", "2014-03-13T11:11:59")),
        ("03 6D 3B1E17", ("date_time", "", "23:30:59")),
        ("0C 6D 12345678", ("date_time", "", 78563412)),  # BCD cannot carry a time point: as coded
    ],
)
def test_primary_vif(record: str, expected: tuple[str, str, object]) -> None:
    assert meaning(record) == expected


def test_reserved_primary_vif_keeps_raw_data() -> None:
    assert meaning("02 6F 3412") == ("unknown:vif_6F", "", "3412")
    assert meaning("02 7B 3412") == ("unknown:vif_7B", "", "3412")  # FBh without extension bit
    assert meaning("02 EF 01 3412") == ("unknown:vif_EF01", "", "3412")


def test_plain_text_vif() -> None:
    # Elvaco: VIF FCh, the unit "%RH" sent last first, then VIFE 74h (10^-2)
    assert meaning("02 FC 03 48 52 25 74 D411") == ("plain_text", "%RH", 45.64)
    assert meaning("0D 7C 02 57 50 E2 3412") == ("plain_text", "PW", "1234")
    assert encode_vib(0x7C, b"\x74", text="%RH") == bytes.fromhex("FC 03 48 52 25 74".replace(" ", ""))


# -- FD table (Table 14) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("02 FD00 E803", ("credit", "currency", 1)),
        ("02 FD07 0500", ("debit", "currency", 5)),
        ("01 FD08 2A", ("access_number", "", 42)),
        ("01 FD09 07", ("medium", "", 7)),
        ("02 FD0A B405", ("manufacturer", "", 0x05B4)),
        ("0D FD0B 06 353332445652", ("parameter_set_id", "", "RVD235")),
        ("06 FD0C FC036D002D00", ("model_version", "", 193280672764)),
        ("01 FD0D 01", ("hardware_version", "", 1)),
        ("01 FD0E 02", ("firmware_version", "", 2)),
        ("01 FD0F 06", ("software_version", "", 6)),
        ("04 FD10 01000000", ("customer_location", "", 1)),
        ("04 FD11 01000000", ("customer", "", 1)),
        ("04 FD12 01000000", ("access_code_user", "", 1)),
        ("04 FD13 01000000", ("access_code_operator", "", 1)),
        ("04 FD14 01000000", ("access_code_system_operator", "", 1)),
        ("04 FD15 01000000", ("access_code_developer", "", 1)),
        ("04 FD16 01000000", ("password", "", 1)),
        ("01 FD17 80", ("error_flags", "", 128)),  # bit field: unsigned
        ("01 FD18 01", ("error_mask", "", 1)),
        ("01 FD1A 01", ("digital_output", "", 1)),
        ("01 FD1B 01", ("digital_input", "", 1)),
        ("02 FD1C 6009", ("baud_rate", "Bd", 2400)),
        ("01 FD1D 0B", ("response_delay_time", "bit_times", 11)),
        ("01 FD1E 03", ("retry", "", 3)),
        ("01 FD20 01", ("first_storage_number", "", 1)),
        ("01 FD21 0F", ("last_storage_number", "", 15)),
        ("01 FD22 10", ("storage_block_size", "", 16)),
        ("01 FD25 0F", ("storage_interval", "s", 900)),
        ("01 FD27 01", ("storage_interval", "s", 86400)),
        ("01 FD28 01", ("storage_interval", "s", 2629746)),
        ("01 FD29 01", ("storage_interval", "s", 31556952)),
        ("01 FD2C 05", ("duration_since_last_readout", "s", 5)),
        ("01 FD2F 01", ("duration_since_last_readout", "s", 86400)),
        ("04 FD30 0B0BCD13", ("start_of_tariff", "", "2014-03-13T11:11:00")),
        ("02 FD30 2312", ("start_of_tariff", "", "2009-02-03")),
        ("01 FD31 02", ("duration_of_tariff", "s", 120)),
        ("01 FD36 01", ("period_of_tariff", "s", 3600)),
        ("01 FD3A 05", ("dimensionless", "", 5)),
        ("02 FD48 E803", ("voltage", "V", 100)),
        ("02 FD49 E600", ("voltage", "V", 230)),
        ("02 FD59 0A00", ("current", "A", 0.01)),
        ("01 FD60 02", ("reset_counter", "", 2)),
        ("01 FD61 02", ("cumulation_counter", "", 2)),
        ("01 FD62 02", ("control_signal", "", 2)),
        ("01 FD63 01", ("day_of_week", "", 1)),
        ("01 FD64 35", ("week_number", "", 53)),
        ("01 FD65 00", ("time_point_of_day_change", "", 0)),
        ("01 FD66 01", ("parameter_activation_state", "", 1)),
        ("01 FD67 01", ("special_supplier_information", "", 1)),
        ("01 FD68 01", ("duration_since_last_cumulation", "s", 3600)),
        ("01 FD6D 02", ("battery_operating_time", "s", 172800)),
        ("04 FD70 0B0BCD13", ("battery_change", "", "2014-03-13T11:11:00")),
        ("01 FD71 BA", ("rf_level", "dBm", -70)),
        ("04 FD72 01020304", ("daylight_saving", "", "01020304")),  # type K: raw
        ("02 FD74 6E01", ("remaining_battery_life", "s", 366 * 86400)),
        ("01 FD75 03", ("meter_stop_count", "", 3)),
        ("01 FDFD02 0C", ("remaining_battery_life", "s", 12 * 2629746)),  # FD 7D: second level
    ],
)
def test_fd_table(record: str, expected: tuple[str, str, object]) -> None:
    assert meaning(record) == expected


def test_reserved_fd_code_does_not_stop_decoding() -> None:
    records = decode_records(bytes.fromhex("81 30 FD 7C 01 01 FD 7C 00 0C 13 21430500".replace(" ", "")))
    assert [(r.quantity, r.value) for r in records] == [
        ("unknown", "01"),
        ("unknown", "00"),
        ("volume", Decimal("54.321")),
    ]
    assert record_to_json(records[0])["quantity"] == "unknown:vif_FD7C"
    assert (records[0].tariff, records[0].subunit) == (3, 0)


# -- FB table (Table 15) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("02 FB00 0A00", ("energy", "Wh", 10**6)),  # 10 × 0.1 MWh
        ("02 FB01 0A00", ("energy", "Wh", 10**7)),
        ("02 FB02 0A00", ("reactive_energy", "varh", 10**4)),
        ("02 FB05 0A00", ("apparent_energy", "VAh", 10**5)),
        ("02 FB08 0A00", ("energy", "J", 10**9)),  # 10 × 0.1 GJ
        ("02 FB0D 0A00", ("energy", "J", 41868000)),  # 10 × 1 MCal
        ("02 FB10 0200", ("volume", "m^3", 200)),
        ("02 FB11 0200", ("volume", "m^3", 2000)),
        ("02 FB16 0200", ("reactive_power", "var", 200)),
        ("02 FB18 0200", ("mass", "kg", 200000)),
        ("02 FB1A 1102", ("relative_humidity", "%", 52.9)),
        ("02 FB20 0100", ("volume", "m^3", 0.028316846592)),  # ft³
        ("02 FB21 0A00", ("volume", "m^3", 0.028316846592)),  # 10 × 0.1 ft³
        ("02 FB23 0100", ("volume", "m^3", 0.003785411784)),  # US gallon
        ("02 FB25 0100", ("volume_flow", "m^3/min", 0.003785411784)),
        ("02 FB26 0100", ("volume_flow", "m^3/h", 0.003785411784)),
        ("02 FB28 0A00", ("power", "W", 10**6)),
        ("02 FB2A 0A00", ("phase_voltage_voltage", "°", 1)),
        ("02 FB2E F401", ("frequency", "Hz", 50)),
        ("02 FB30 0A00", ("power", "J/h", 10**9)),
        ("02 FB36 0A00", ("apparent_power", "VA", 1000)),
        ("02 FB77 0F00", ("cold_warm_temperature_limit", "°C", 15)),
        ("02 FB7B 0A00", ("cumulative_max_power", "W", 10)),
    ],
)
def test_fb_table(record: str, expected: tuple[str, str, object]) -> None:
    assert meaning(record) == expected


def test_fahrenheit_is_converted() -> None:
    quantity, unit, value = meaning("02 FB5B D400")  # 212 °F flow temperature
    assert (quantity, unit) == ("flow_temperature", "°C") and math.isclose(float(value), 100.0)  # type: ignore[arg-type]
    quantity, unit, value = meaning("02 FB63 0900")  # 9 °F difference
    assert (quantity, unit) == ("temperature_difference", "K") and math.isclose(float(value), 5.0)  # type: ignore[arg-type]
    assert meaning("02 FB6A 0100")[0] == "unknown:vif_FB6A"


# -- combinable VIFEs (Table 15/16) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("04 83 22 0A000000", ("energy", "Wh/h", 10)),  # per hour
        ("04 83 20 0A000000", ("energy", "Wh/s", 10)),
        ("04 93 24 0A000000", ("volume", "m^3/week", 0.01)),
        ("04 83 2C 0A000000", ("energy", "Wh/m^3", 10000)),  # per litre -> per m³
        ("04 83 30 0A000000", ("energy", "Wh/Wh", 0.01)),  # per kWh
        ("04 83 31 0A000000", ("energy", "Wh/J", 1e-8)),  # per GJ
        ("04 A8 36 0A000000", ("power", "W·s", 0.01)),  # multiplied by s
        ("04 93 28 0A000000", ("volume:increment_per_pulse_input_channel_0", "m^3", 0.01)),
        ("04 93 2B 0A000000", ("volume:increment_per_pulse_output_channel_1", "m^3", 0.01)),
        ("04 83 3B 0A000000", ("energy:accumulation_positive", "Wh", 10)),
        ("04 83 3C 0A000000", ("energy:accumulation_negative", "Wh", 10)),
        ("04 83 3A 0A000000", ("energy:uncorrected_unit", "Wh", 10)),
        ("04 93 3E 0A000000", ("volume:value_at_base_conditions", "m^3", 0.01)),
        ("04 83 73 0A000000", ("energy", "Wh", 0.01)),  # 10^(3-6)
        ("04 83 77 0A000000", ("energy", "Wh", 100)),  # 10^(7-6)
        ("04 83 7D 0A000000", ("energy", "Wh", 10000)),  # 10^3
        ("04 83 7A 0A000000", ("energy", "Wh", 10.1)),  # + 10^(2-3)
        ("04 83 7B 0A000000", ("energy", "Wh", 11)),  # + 10^0
        ("04 AB 40 0A000000", ("power:lower_limit", "W", 10)),
        ("04 AB 48 0A000000", ("power:upper_limit", "W", 10)),
        ("04 AB 49 0A000000", ("power:upper_limit_exceed_count", "", 10)),
        ("04 AB 51 0A000000", ("power:duration_of_first_lower_limit_exceed", "s", 600)),
        ("04 AB 5E 0A000000", ("power:duration_of_last_upper_limit_exceed", "s", 36000)),
        ("04 AB 62 0A000000", ("power:duration_of_first", "s", 36000)),
        ("04 AB 4F 0B0BCD13", ("power:end_of_last_upper_limit_exceed", "", "2014-03-13T11:11:00")),
        ("04 AB 42 0B0BCD13", ("power:begin_of_first_lower_limit_exceed", "", "2014-03-13T11:11:00")),
        ("04 AD 6F 32147A18", ("power:end_of_last", "", "2011-08-26T20:50:00")),
        ("02 AB 39 2312", ("power:start_of", "", "2009-02-03")),
        ("04 83 7E 0A000000", ("energy:future_value", "Wh", 10)),
        ("04 83 12 0A000000", ("energy:average", "Wh", 10)),
        ("04 83 16 0A000000", ("energy:error_data_overflow", "Wh", 10)),
        ("04 83 FC 01 0A000000", ("energy:phase_l1", "Wh", 10)),
        ("04 83 FC 0C 0A000000", ("energy:delta_import_export", "Wh", 10)),
        ("02 83 FC 11 FFFF", ("energy:unsigned", "Wh", 65535)),  # data presented with type C
        ("04 83 BB FC 02 0A000000", ("energy:accumulation_positive:phase_l2", "Wh", 10)),
        ("04 83 FF 22 0A000000", ("energy:manufacturer_specific", "Wh", 10)),  # 7Fh: the rest is theirs
        ("04 83 5F 0A000000", ("energy:duration_of_last_upper_limit_exceed", "s", 864000)),
        ("04 83 44 0A000000", ("energy:vife_44", "Wh", 10)),  # reserved: kept as a qualifier
        ("04 FD C8 3B 0A000000", ("voltage:accumulation_positive", "V", 1)),  # after an FD code
        ("02 FD 97 1D 0000", ("error_flags:standard_conform_data_content", "", 0)),
    ],
)
def test_combinable_vife(record: str, expected: tuple[str, str, object]) -> None:
    assert meaning(record) == expected


def test_describe_is_cached_and_exact() -> None:
    d = describe(0x13)
    assert (d.quantity, d.unit, d.mult, d.exp, d.kind) == ("volume", "m^3", 1, -3, Kind.NUMBER)
    assert describe(0x13) is d


# -- encoding and round trips -------------------------------------------------------------------


def test_build_record_scales_back_exactly() -> None:
    vib = encode_vib(0x13)
    r = build_record(vib=vib, coding=Coding.BCD8, value=Decimal("54.321"), storage=1)
    assert r.to_bytes() == bytes.fromhex("4C1321430500") and r.value == Decimal("54.321")
    assert raw_for(Decimal("10.1"), encode_vib(0x03, b"\x7a")) == 10  # the additive correction is taken off
    with pytest.raises(LocalProtocolError):
        raw_for(Decimal("0.0005"), vib)
    text = build_record(vib=encode_vib(0xFD, b"\x0b"), coding=Coding.VARIABLE, value="RVD235")
    assert text.value == "RVD235" and text.to_bytes() == bytes.fromhex("0DFD0B06353332445652")
    date = build_record(vib=b"\x6d", coding=Coding.INT32, data=encode_datetime_f(2014, 3, 13, 11, 11))
    assert str(date.value) == "2014-03-13T11:11:00"
    manufacturer = build_record(
        vib=b"", coding=Coding.SPECIAL, function=Function.MANUFACTURER_SPECIFIC, data=b"\x01"
    )
    assert manufacturer.to_bytes() == b"\x0f\x01"


def test_encode_data_checks() -> None:
    assert encode_data(Coding.INT16, 0x1234) == b"\x34\x12"
    assert encode_data(Coding.INT16, 0x1234, big_endian=True) == b"\x12\x34"
    assert encode_data(Coding.REAL32, 1.0) == encode_real(1.0)
    assert encode_data(Coding.SELECTION, None) == b""
    for coding, raw in ((Coding.INT16, None), (Coding.VARIABLE, 5), (Coding.BCD4, 1.5), (Coding.INT8, "x")):
        with pytest.raises(LocalProtocolError):
            encode_data(coding, raw)
    with pytest.raises(LocalProtocolError):
        encode_data(Coding.INT16, b"\x00")


def test_encode_vib_sets_extension_bits() -> None:
    assert encode_vib(0x03, b"\x3b\xfc\x01") == bytes.fromhex("83BBFC01")
    assert encode_vib(0xFD, b"\x17") == b"\xfd\x17"
    with pytest.raises(LocalProtocolError):
        encode_vib(0x13, text="x")


# -- telegrams by CI ------------------------------------------------------------------------------

LONG_HEADER = "78034911 7704 0E 16 0A 00 0000"


def test_long_header() -> None:
    t = decode_user_data(CI_LONG_HEADER, bytes.fromhex(LONG_HEADER.replace(" ", "") + "0C1321430500"))
    assert t.header == Header(
        id="11490378", manufacturer="ACW", version=14, medium=0x16, access_number=10, status=0, signature=0
    )
    assert t.header.to_bytes() == bytes.fromhex(LONG_HEADER.replace(" ", ""))
    assert [r.quantity for r in t.records] == ["volume"]
    with pytest.raises(DecodeError):
        decode_user_data(CI_LONG_HEADER, bytes.fromhex("7856341224"))  # too short a header


def test_short_header_takes_the_link_address() -> None:
    link = LinkAddress(id="12345678", manufacturer=0x05B4, version=1, medium=7)
    t = decode_user_data(
        CI_SHORT_HEADER, bytes.fromhex("2A00 0000 0C1321430500".replace(" ", "")), link_address=link
    )
    assert t.header == Header(
        id="12345678", manufacturer="AMT", version=1, medium=7, access_number=42, status=0, signature=0
    )
    bare = decode_user_data(CI_SHORT_HEADER, bytes.fromhex("2A000000"))
    assert bare.header == Header(access_number=42, status=0, signature=0) and bare.records == ()
    secondary = SecondaryAddress(id="12345678", manufacturer=0x05B4, version=1, medium=7)
    assert decode_user_data(0x7A, bytes.fromhex("2A000000"), link_address=secondary).header.id == "12345678"  # type: ignore[union-attr]
    assert LinkAddress.from_bytes(bytes.fromhex("78563412B4050107")) == link


def test_mode2_is_big_endian() -> None:
    # pyMeterBus test_unknown_pl: header and data fields most significant byte first
    header = "15531111 0000 52 04 0A 10 0000"
    t = decode_user_data(
        0x76, bytes.fromhex(f"{header} 026C2312 3C0F00585340 0A5A0425 047E00003A12".replace(" ", ""))
    )
    assert t.big_endian and t.header is not None and t.header.id == "15531111"
    assert [str(r.value) for r in t.records] == ["2016-03-18", "5853400000000", "42.5", "14866"]


def test_fixed_data_structure() -> None:
    # manual_frame2 (libmbus): water, counter 1 in litres (BCD), counter 2 "same unit, historic"
    t = decode_user_data(CI_FIXED, bytes.fromhex("78563412 0A 00 E97E 01000000 35010000".replace(" ", "")))
    assert t.header == Header(id="12345678", medium=7, access_number=10, status=0)
    assert [(r.quantity, r.unit, r.value, r.storage) for r in t.records] == [
        ("volume", "m^3", Decimal("0.001"), 0),
        ("volume", "m^3", Decimal("0.135"), 1),
    ]
    binary = decode_user_data(
        CI_FIXED, bytes.fromhex("78563412 0A 80 0569 35010000 00000000".replace(" ", ""))
    )
    assert binary.records[0].value == 0x135 * 1000 and binary.records[0].unit == "Wh"
    assert binary.records[1].unit == "m^3" and binary.header is not None and binary.header.medium == 4
    historic = decode_user_data(
        CI_FIXED, bytes.fromhex("78563412 0A 40 0569 35010000 00000000".replace(" ", ""))
    )
    assert [r.storage for r in historic.records] == [1, 1]
    with pytest.raises(DecodeError):
        decode_user_data(CI_FIXED, b"\x00" * 15)


def test_other_cis() -> None:
    t = decode_user_data(CI_NO_HEADER, bytes.fromhex("0F00"))
    assert t.header is None and t.manufacturer_data == b"\x00" and not t.more_records_follow
    more = decode_user_data(CI_NO_HEADER, bytes.fromhex("2F2F 0C1321430500 1F 0102".replace(" ", "")))
    assert more.more_records_follow and more.manufacturer_data == b"\x01\x02" and len(more.records) == 2
    alarm = decode_user_data(CI_ALARM, b"\x05")
    assert alarm.alarm == 5 and alarm.records == ()
    assert decode_user_data(0x74, bytes.fromhex("01000000 07")).alarm == 7
    assert decode_user_data(0x75, bytes.fromhex(LONG_HEADER.replace(" ", "") + "03")).alarm == 3
    for ci, data in ((CI_ALARM, b""), (0x74, b"\x01\x00\x00\x00"), (0x99, b"\x00")):
        with pytest.raises(DecodeError):
            decode_user_data(ci, data)
    with pytest.raises(MBusApplicationError) as error:
        decode_user_data(0x70, b"\x08")
    assert error.value.code == 8 and "busy" in str(error.value)
    assert isinstance(error.value, DecodeError)
    with pytest.raises(MBusApplicationError):
        decode_user_data(0x70, b"")
    assert decode_user_data(0x51, bytes.fromhex("017A08")).records[0].value == 8
    with pytest.raises(DecodeError):
        decode_frame(ShortFrame(c=0x5B, a=1))  # type: ignore[arg-type]


def test_rsp_ud_round_trip() -> None:
    header = Header(
        id="03575845", manufacturer="AMT", version=52, medium=4, access_number=158, status=0, signature=46631
    )
    records = [
        build_record(vib=encode_vib(0x06), coding=Coding.INT32, value=1389817000),
        build_record(vib=encode_vib(0x13), coding=Coding.BCD8, value=Decimal("12.345"), storage=1, tariff=2),
        build_record(vib=encode_vib(0x6D), coding=Coding.INT32, data=encode_datetime_f(2024, 5, 6, 7, 8)),
    ]
    frame = rsp_ud(5, header, records, manufacturer_data=b"\x0f\xaa")
    back = decode_frame(parse_frame(frame.to_bytes()))  # type: ignore[arg-type]
    assert back.header == header and back.records[:3] == tuple(records) and back.manufacturer_data == b"\xaa"
    assert telegram_to_json(back)["header"] == {
        "id": "03575845",
        "manufacturer": "AMT",
        "version": 52,
        "medium": 4,
        "access_number": 158,
        "status": 0,
        "signature": 46631,
    }
    assert telegram_to_json(back)["records"][0] == {
        "function": "instantaneous",
        "storage": 0,
        "tariff": 0,
        "subunit": 0,
        "quantity": "energy",
        "unit": "Wh",
        "value": 1389817000,
    }
    assert back.to_user_data() == bytes((0x72,)) + encode_variable_data(header, records) + b"\x0f\xaa"
    assert rsp_ud(5, None, records).ci == CI_NO_HEADER
    with pytest.raises(LocalProtocolError):
        Header(id="1234", manufacturer="AMT", version=1, medium=1).to_bytes()


# -- JSON shape ---------------------------------------------------------------------------------


def test_json_values() -> None:
    assert json_value(5) == 5
    assert json_value(Decimal("54.321")) == 54.321 and json.dumps(json_value(Decimal("54.321"))) == "54.321"
    assert json_value(Decimal("1E-8")) == 1e-8
    assert json_value(Decimal("1234567890123456.789")) == "1234567890123456.789"  # too long for a float
    assert json_value(1.5) == 1.5
    assert json_value(float("nan")) == "nan" and json_value(float("-inf")) == "-inf"
    assert json_value(TimePoint(text="2014-03-13T11:11:00")) == "2014-03-13T11:11:00"
    assert json_value(None) is None and json_value("ABCD") == "ABCD"


def test_json_shape_of_a_corpus_frame() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"peer corpus not found at {CORPUS}")
    doc = telegram_to_json(decode_hex((CORPUS / "ACW_Itron-BM-plus-m.hex").read_text()))
    assert set(doc) == {"header", "records"}
    assert doc["header"] == {
        "id": "11490378",
        "manufacturer": "ACW",
        "version": 14,
        "medium": 22,
        "access_number": 10,
        "status": 0,
        "signature": 0,
    }
    assert all(
        set(r) == {"function", "storage", "tariff", "subunit", "quantity", "unit", "value"}
        for r in doc["records"]
    )
    assert doc["records"][1] == {
        "function": "instantaneous",
        "storage": 0,
        "tariff": 0,
        "subunit": 0,
        "quantity": "volume",
        "unit": "m^3",
        "value": 54.321,
    }
    assert (
        doc["records"][-1]["function"] == "manufacturer_specific"
        and doc["records"][-1]["value"] == "00017513"
    )
    json.dumps(doc, allow_nan=False)


# -- robustness (hypothesis) ----------------------------------------------------------------------

_SETTINGS = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
_CIS = [0x51, 0x55, 0x5A, 0x5B, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x78, 0x7A, 0x7B, 0x00, 0xFF]


@_SETTINGS
@given(st.binary(max_size=300))
def test_random_records_raise_only_our_errors(data: bytes) -> None:
    try:
        records = decode_records(data)
    except GwtermError:
        return
    assert encode_records(records) == data
    for r in records:
        json.dumps(record_to_json(r))


@_SETTINGS
@given(st.sampled_from(_CIS), st.binary(max_size=260), st.booleans())
def test_random_user_data_raises_only_our_errors(ci: int, data: bytes, with_link: bool) -> None:
    link = LinkAddress(id="12345678", manufacturer=0x05B4, version=1, medium=7) if with_link else None
    try:
        telegram = decode_user_data(ci, data, link_address=link)
    except GwtermError:
        return
    json.dumps(telegram_to_json(telegram))


def _corpus_frames() -> list[bytes]:
    if not CORPUS.is_dir():
        # without the corpus: one valid RSP_UD (a water meter, 54.321 m^3) to mutate
        return [bytes.fromhex("6815156808017278563412B4050107550000000C13214305002D16")]
    return [bytes.fromhex("".join(p.read_text().split())) for p in sorted(CORPUS.glob("*.hex"))]


@_SETTINGS
@given(st.data())
def test_mutated_frames_raise_only_our_errors(data: st.DataObject) -> None:
    frames = _corpus_frames()
    frame = parse_frame(data.draw(st.sampled_from(frames)))
    assert isinstance(frame, LongFrame)
    body = bytearray(frame.data)
    for _ in range(data.draw(st.integers(1, 4))):
        if not body:
            break
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        at = data.draw(st.integers(0, len(body) - 1))
        if action == "flip":
            body[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del body[at:]
        else:
            body.insert(at, data.draw(st.integers(0, 255)))
    ci = data.draw(st.sampled_from([frame.ci, *_CIS]))
    mutated = LongFrame(c=frame.c, a=frame.a, ci=ci, data=bytes(body[:252]))
    try:
        telegram = decode_frame(parse_frame(mutated.to_bytes()))  # type: ignore[arg-type]
    except GwtermError:
        return
    json.dumps(telegram_to_json(telegram))


_VIBS = [
    b"\x13",
    b"\x06",
    b"\x2b",
    b"\x5b",
    b"\x6d",
    b"\x6c",
    b"\x78",
    b"\x7f",
    b"\xfd\x17",
    b"\xfd\x0b",
    b"\xfd\x48",
    b"\xfb\x00",
    b"\xfb\x5a",
    b"\x83\x3b",
    b"\x83\xfc\x01",
    b"\x93\x28",
    b"\xab\x51",
    b"\xad\x6f",
    b"\x83\x7a",
    b"\xfc\x03HR%\x74",
    b"\x7c\x02WP",
    b"\xfd\x7c",
    b"\xef\x01",
    b"\x6f",
    b"\xfd\xfd\x02",
]
_FUNCTIONS = [Function.INSTANTANEOUS, Function.MAXIMUM, Function.MINIMUM, Function.ERROR]


@st.composite
def _records(draw: st.DrawFn) -> bytes:
    coding = draw(st.sampled_from([c for c in Coding if c != Coding.SPECIAL]))
    dib = encode_dib(
        coding=coding,
        function=draw(st.sampled_from(_FUNCTIONS)),
        storage=draw(st.integers(0, 2**41 - 1)),
        tariff=draw(st.integers(0, 2**20 - 1)),
        subunit=draw(st.integers(0, 2**10 - 1)),
    )
    vib = draw(st.sampled_from(_VIBS))
    if coding == Coding.VARIABLE:
        lvar = draw(st.sampled_from([0, 3, 12, 0xC2, 0xD3, 0xE4, 0xF0]))
        payload = draw(st.binary(min_size=lvar_length(lvar), max_size=lvar_length(lvar)))
        return dib + vib + bytes((lvar,)) + payload
    size = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 6, 7: 8, 8: 0, 9: 1, 10: 2, 11: 3, 12: 4, 14: 6}[
        int(coding)
    ]
    return dib + vib + draw(st.binary(min_size=size, max_size=size))


@_SETTINGS
@given(st.lists(_records(), max_size=8), st.sampled_from([b"", b"\x2f\x2f", b"\x0f\x01\x02", b"\x1f"]))
def test_generated_records_round_trip(records: list[bytes], tail: bytes) -> None:
    data = b"".join(records) + tail
    decoded = decode_records(data)
    assert encode_records(decoded) == data
    assert [r.to_bytes() for r in decoded[: len(records)]] == records
    again = decode_records(encode_records(decoded))
    assert again == decoded or any(isinstance(r.value, float) and math.isnan(r.value) for r in decoded)
    for r in decoded:
        json.dumps(record_to_json(r), allow_nan=False)


@_SETTINGS
@given(
    st.sampled_from([b"\x13", b"\x06", b"\x5a", b"\xfd\x48", b"\xfb\x01", b"\x83\x7d", b"\xfc\x03HR%\x74"]),
    st.sampled_from([Coding.INT16, Coding.INT32, Coding.INT48, Coding.BCD4, Coding.BCD8, Coding.BCD12]),
    st.integers(-999, 9999),
)
def test_scaled_values_encode_back(vib: bytes, coding: Coding, raw: int) -> None:
    record = decode_record(encode_dib(coding=coding) + vib + encode_data(coding, raw))
    assert record.value is not None
    rebuilt = build_record(vib=vib, coding=coding, value=record.value)  # type: ignore[arg-type]
    assert rebuilt.to_bytes() == record.to_bytes()
