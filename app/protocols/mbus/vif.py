"""EN 13757-3:2018 value information block: the VIF table, FDh/FBh extension tables, combinable VIFEs.

Every value is scaled to one base unit per quantity: Wh, J, m^3, kg, W, J/h, m^3/h, m^3/min, m^3/s,
kg/h, °C, K, bar, s (all durations), V, A, HCA and "" (dimensionless). Scales are exact: a value is
raw · mult · 10^exp, with integer `mult` (60 for minutes, 28316846592·10^-12 for a cubic foot).
Codes the standard reserves never stop decoding: they describe as quantity "unknown" and the caller
keeps the data as raw hex.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Kind(IntEnum):
    """How the data of a record is to be read once its coding is known."""

    NUMBER = 0  # raw · mult · 10^exp (+ additive correction)
    TIME_POINT = 1  # date/time type chosen by the data length (Annex A types G, J, F, I)
    DAYLIGHT_SAVING = 2  # type K: kept as raw hex
    FAHRENHEIT = 3  # absolute temperature in °F, converted to °C
    FAHRENHEIT_DELTA = 4  # temperature difference in °F, converted to K
    UNKNOWN = 5  # reserved code: raw hex
    MANUFACTURER = 6  # VIF 7Fh/FFh: decoded as coded, VIFEs are the manufacturer's


@dataclass(frozen=True, slots=True)
class ValueInfo:
    """One row of a VIF table."""

    quantity: str
    unit: str = ""
    mult: int = 1
    exp: int = 0
    kind: Kind = Kind.NUMBER
    unsigned: bool = False  # identifiers, flags and masks: binary data is type C/D, not type B


@dataclass(frozen=True, slots=True)
class ValueDescription:
    """What a whole VIB (VIF, plain text, VIFEs) says about the data that follows it."""

    quantity: str
    unit: str
    mult: int
    exp: int
    kind: Kind
    unsigned: bool
    offset_exp: int | None  # additive correction constant 10^offset_exp in the base unit (VIFE E111 10nn)
    qualifiers: tuple[str, ...]
    # derived once, for the hot path: integer factor, divisor for negative exponents, plain scaling
    factor: int = field(init=False, compare=False)
    divisor: int = field(init=False, compare=False)
    plain: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        exp = self.exp
        object.__setattr__(self, "factor", self.mult * 10**exp if exp >= 0 else self.mult)
        object.__setattr__(self, "divisor", 10 ** (-exp) if exp < 0 else 1)
        object.__setattr__(self, "plain", self.kind is Kind.NUMBER and self.offset_exp is None)


UNKNOWN = ValueInfo("unknown", kind=Kind.UNKNOWN)
SECONDS_PER = (1, 60, 3600, 86400)  # nn = 00..11: second(s), minute(s), hour(s), day(s)
MONTH = 2629746  # an average Gregorian month (365.2425 d / 12) in seconds
YEAR = 31556952  # an average Gregorian year in seconds
SECONDS_PER_LONG = (3600, 86400, MONTH, YEAR)  # pp = 00..11: hour(s), day(s), month(s), year(s)
FOOT3 = (28316846592, -12)  # 1 ft³ = 0.028316846592 m³
US_GALLON = (3785411784, -12)  # 1 US gal = 0.003785411784 m³
MCAL = (41868, 2)  # 1 Mcal (IT) = 4.1868 MJ


def _primary() -> tuple[ValueInfo, ...]:
    """EN 13757-3 primary VIF table: codes E000 0000 .. E111 1111."""
    t: list[ValueInfo] = [UNKNOWN] * 128
    for n in range(8):
        t[0x00 + n] = ValueInfo("energy", "Wh", exp=n - 3)  # E000 0nnn 10^(nnn-3) Wh
        t[0x08 + n] = ValueInfo("energy", "J", exp=n)  # E000 1nnn 10^(nnn) J
        t[0x10 + n] = ValueInfo("volume", "m^3", exp=n - 6)  # E001 0nnn 10^(nnn-6) m³
        t[0x18 + n] = ValueInfo("mass", "kg", exp=n - 3)  # E001 1nnn 10^(nnn-3) kg
        t[0x28 + n] = ValueInfo("power", "W", exp=n - 3)  # E010 1nnn 10^(nnn-3) W
        t[0x30 + n] = ValueInfo("power", "J/h", exp=n)  # E011 0nnn 10^(nnn) J/h
        t[0x38 + n] = ValueInfo("volume_flow", "m^3/h", exp=n - 6)  # E011 1nnn 10^(nnn-6) m³/h
        t[0x40 + n] = ValueInfo("volume_flow", "m^3/min", exp=n - 7)  # E100 0nnn 10^(nnn-7) m³/min
        t[0x48 + n] = ValueInfo("volume_flow", "m^3/s", exp=n - 9)  # E100 1nnn 10^(nnn-9) m³/s
        t[0x50 + n] = ValueInfo("mass_flow", "kg/h", exp=n - 3)  # E101 0nnn 10^(nnn-3) kg/h
    for n in range(4):
        t[0x20 + n] = ValueInfo("on_time", "s", mult=SECONDS_PER[n])  # E010 00nn
        t[0x24 + n] = ValueInfo("operating_time", "s", mult=SECONDS_PER[n])  # E010 01nn
        t[0x58 + n] = ValueInfo("flow_temperature", "°C", exp=n - 3)  # E101 10nn
        t[0x5C + n] = ValueInfo("return_temperature", "°C", exp=n - 3)  # E101 11nn
        t[0x60 + n] = ValueInfo("temperature_difference", "K", exp=n - 3)  # E110 00nn
        t[0x64 + n] = ValueInfo("external_temperature", "°C", exp=n - 3)  # E110 01nn
        t[0x68 + n] = ValueInfo("pressure", "bar", exp=n - 3)  # E110 10nn
        t[0x70 + n] = ValueInfo("averaging_duration", "s", mult=SECONDS_PER[n])  # E111 00nn
        t[0x74 + n] = ValueInfo("actuality_duration", "s", mult=SECONDS_PER[n])  # E111 01nn
    t[0x6C] = ValueInfo("date", kind=Kind.TIME_POINT)  # E110 1100 time point, type G
    t[0x6D] = ValueInfo("date_time", kind=Kind.TIME_POINT)  # E110 1101 time point, type F / I / J
    t[0x6E] = ValueInfo("hca", "HCA")  # E110 1110 units for H.C.A.
    # E110 1111 is reserved (the FBh-like extension EFh is reserved for future use)
    t[0x78] = ValueInfo("fabrication_number", unsigned=True)
    t[0x79] = ValueInfo("enhanced_identification", unsigned=True)
    t[0x7A] = ValueInfo("bus_address", unsigned=True)
    # 7Bh and 7Dh only exist with the extension bit (FBh, FDh); 7Ch is plain text (handled by the caller)
    t[0x7E] = ValueInfo("any")  # any VIF (readout selection)
    t[0x7F] = ValueInfo("manufacturer_specific", kind=Kind.MANUFACTURER)
    return tuple(t)


def _fd() -> tuple[ValueInfo, ...]:
    """EN 13757-3:2018 main VIFE-code extension table (after VIF FDh)."""
    t: list[ValueInfo] = [UNKNOWN] * 128
    for n in range(4):
        t[0x00 + n] = ValueInfo("credit", "currency", exp=n - 3)  # E000 00nn
        t[0x04 + n] = ValueInfo("debit", "currency", exp=n - 3)  # E000 01nn
        t[0x24 + n] = ValueInfo("storage_interval", "s", mult=SECONDS_PER[n])  # E010 01nn
        t[0x2C + n] = ValueInfo("duration_since_last_readout", "s", mult=SECONDS_PER[n])  # E010 11nn
        t[0x34 + n] = ValueInfo("period_of_tariff", "s", mult=SECONDS_PER[n])  # E011 01nn
        t[0x3C + n] = ValueInfo("period_of_nominal_transmissions", "s", mult=SECONDS_PER[n])  # E011 11nn
        t[0x68 + n] = ValueInfo("duration_since_last_cumulation", "s", mult=SECONDS_PER_LONG[n])  # E110 10pp
        t[0x6C + n] = ValueInfo("battery_operating_time", "s", mult=SECONDS_PER_LONG[n])  # E110 11pp
    ids = (
        "access_number",  # E000 1000 (unique message identification)
        "medium",  # E000 1001 device type as in the header
        "manufacturer",  # E000 1010
        "parameter_set_id",  # E000 1011
        "model_version",  # E000 1100
        "hardware_version",  # E000 1101
        "firmware_version",  # E000 1110 metrology (firmware) version
        "software_version",  # E000 1111 other software version
        "customer_location",  # E001 0000
        "customer",  # E001 0001
        "access_code_user",  # E001 0010
        "access_code_operator",  # E001 0011
        "access_code_system_operator",  # E001 0100
        "access_code_developer",  # E001 0101
        "password",  # E001 0110
        "error_flags",  # E001 0111 (binary, device type specific)
        "error_mask",  # E001 1000
        "security_key",  # E001 1001
        "digital_output",  # E001 1010 (binary)
        "digital_input",  # E001 1011 (binary)
    )
    for i, name in enumerate(ids):
        t[0x08 + i] = ValueInfo(name, unsigned=True)
    t[0x1C] = ValueInfo("baud_rate", "Bd")
    t[0x1D] = ValueInfo("response_delay_time", "bit_times")
    t[0x1E] = ValueInfo("retry")
    t[0x1F] = ValueInfo("remote_control", unsigned=True)
    t[0x20] = ValueInfo("first_storage_number")
    t[0x21] = ValueInfo("last_storage_number")
    t[0x22] = ValueInfo("storage_block_size")
    t[0x23] = ValueInfo("tariff_subunit_descriptor", unsigned=True)
    t[0x28] = ValueInfo("storage_interval", "s", mult=MONTH)  # E010 1000 month(s)
    t[0x29] = ValueInfo("storage_interval", "s", mult=YEAR)  # E010 1001 year(s)
    t[0x2A] = ValueInfo("operator_specific_data", unsigned=True)
    t[0x2B] = ValueInfo("time_point_second", "s")  # E010 1011 second 0..59
    t[0x30] = ValueInfo("start_of_tariff", kind=Kind.TIME_POINT)  # E011 0000 date (G) or date/time (F)
    for n in range(1, 4):
        t[0x30 + n] = ValueInfo("duration_of_tariff", "s", mult=SECONDS_PER[n])  # E011 00nn, nn = 01..11
    t[0x38] = ValueInfo("period_of_tariff", "s", mult=MONTH)
    t[0x39] = ValueInfo("period_of_tariff", "s", mult=YEAR)
    t[0x3A] = ValueInfo("dimensionless")
    t[0x3B] = ValueInfo("wmbus_data_container", kind=Kind.UNKNOWN)
    for n in range(16):
        t[0x40 + n] = ValueInfo("voltage", "V", exp=n - 9)  # E100 nnnn 10^(nnnn-9) V
        t[0x50 + n] = ValueInfo("current", "A", exp=n - 12)  # E101 nnnn 10^(nnnn-12) A
    for i, name in enumerate(
        (
            "reset_counter",
            "cumulation_counter",
            "control_signal",
            "day_of_week",
            "week_number",
            "time_point_of_day_change",
            "parameter_activation_state",
            "special_supplier_information",
        )
    ):
        t[0x60 + i] = ValueInfo(name, unsigned=name in ("control_signal", "special_supplier_information"))
    t[0x70] = ValueInfo("battery_change", kind=Kind.TIME_POINT)  # E111 0000 date and time of battery change
    t[0x71] = ValueInfo("rf_level", "dBm")
    t[0x72] = ValueInfo("daylight_saving", kind=Kind.DAYLIGHT_SAVING)  # type K
    t[0x73] = ValueInfo("listening_window", kind=Kind.UNKNOWN)  # type L, kept raw
    t[0x74] = ValueInfo("remaining_battery_life", "s", mult=86400)  # days
    t[0x75] = ValueInfo("meter_stop_count")
    t[0x76] = ValueInfo("manufacturer_data_container", kind=Kind.UNKNOWN)
    return tuple(t)


# FD 7D xx: the second level of the FD table (EN 13757-3:2018)
FD_SECOND_LEVEL: dict[int, ValueInfo] = {
    0x00: ValueInfo("currently_selected_application", unsigned=True),
    0x02: ValueInfo("remaining_battery_life", "s", mult=MONTH),
    0x03: ValueInfo("remaining_battery_life", "s", mult=YEAR),
}


def _fb() -> tuple[ValueInfo, ...]:
    """EN 13757-3:2018 alternate VIFE-code extension table (after VIF FBh)."""
    t: list[ValueInfo] = [UNKNOWN] * 128
    for n in range(2):
        t[0x00 + n] = ValueInfo("energy", "Wh", exp=n + 5)  # E000 000n 10^(n-1) MWh
        t[0x02 + n] = ValueInfo("reactive_energy", "varh", exp=n + 3)  # E000 001n 10^(n) kVARh
        t[0x04 + n] = ValueInfo("apparent_energy", "VAh", exp=n + 3)  # E000 010n 10^(n) kVAh
        t[0x08 + n] = ValueInfo("energy", "J", exp=n + 8)  # E000 100n 10^(n-1) GJ
        t[0x10 + n] = ValueInfo("volume", "m^3", exp=n + 2)  # E001 000n 10^(n+2) m³
        t[0x18 + n] = ValueInfo("mass", "kg", exp=n + 5)  # E001 100n 10^(n+2) t
        t[0x1A + n] = ValueInfo("relative_humidity", "%", exp=n - 1)  # E001 101n 10^(n-1) %
        t[0x22 + n] = ValueInfo("volume", "m^3", mult=US_GALLON[0], exp=US_GALLON[1] + n - 1)  # 10^(n-1) gal
        t[0x28 + n] = ValueInfo("power", "W", exp=n + 5)  # E010 100n 10^(n-1) MW
        t[0x30 + n] = ValueInfo("power", "J/h", exp=n + 8)  # E011 000n 10^(n-1) GJ/h
    for n in range(4):
        t[0x0C + n] = ValueInfo("energy", "J", mult=MCAL[0], exp=MCAL[1] + n - 1)  # E000 11nn 10^(nn-1) MCal
        t[0x14 + n] = ValueInfo("reactive_power", "var", exp=n)  # E001 01nn 10^(nn-3) kVAR
        t[0x2C + n] = ValueInfo("frequency", "Hz", exp=n - 3)  # E010 11nn 10^(nn-3) Hz
        t[0x34 + n] = ValueInfo("apparent_power", "VA", exp=n)  # E011 01nn 10^(nn-3) kVA
        t[0x58 + n] = ValueInfo("flow_temperature", "°C", exp=n - 3, kind=Kind.FAHRENHEIT)  # E101 10nn °F
        t[0x5C + n] = ValueInfo("return_temperature", "°C", exp=n - 3, kind=Kind.FAHRENHEIT)  # E101 11nn
        t[0x60 + n] = ValueInfo("temperature_difference", "K", exp=n - 3, kind=Kind.FAHRENHEIT_DELTA)
        t[0x64 + n] = ValueInfo("external_temperature", "°C", exp=n - 3, kind=Kind.FAHRENHEIT)  # E110 01nn
        t[0x70 + n] = ValueInfo("cold_warm_temperature_limit", "°C", exp=n - 3, kind=Kind.FAHRENHEIT)
        t[0x74 + n] = ValueInfo("cold_warm_temperature_limit", "°C", exp=n - 3)  # E111 01nn °C
    t[0x20] = ValueInfo("volume", "m^3", mult=FOOT3[0], exp=FOOT3[1])  # E010 0000 ft³
    t[0x21] = ValueInfo("volume", "m^3", mult=FOOT3[0], exp=FOOT3[1] - 1)  # E010 0001 0.1 ft³
    t[0x24] = ValueInfo("volume_flow", "m^3/min", mult=US_GALLON[0], exp=US_GALLON[1] - 3)  # 0.001 gal/min
    t[0x25] = ValueInfo("volume_flow", "m^3/min", mult=US_GALLON[0], exp=US_GALLON[1])  # gal/min
    t[0x26] = ValueInfo("volume_flow", "m^3/h", mult=US_GALLON[0], exp=US_GALLON[1])  # gal/h
    t[0x2A] = ValueInfo("phase_voltage_voltage", "°", exp=-1)  # E010 1010 0.1°
    t[0x2B] = ValueInfo("phase_voltage_current", "°", exp=-1)  # E010 1011 0.1°
    for n in range(8):
        t[0x78 + n] = ValueInfo("cumulative_max_power", "W", exp=n - 3)  # E111 1nnn 10^(nnn-3) W
    return tuple(t)


PRIMARY = _primary()
FD_TABLE = _fd()
FB_TABLE = _fb()

# Combinable (orthogonal) VIFE codes 00h..1Fh: record error codes (slave to master) and the
# 2018 data qualifiers that took some reserved numbers.
_VIFE_CODES: dict[int, str] = {
    0x00: "error_none",
    0x01: "error_too_many_difes",
    0x02: "error_storage_number_not_implemented",
    0x03: "error_unit_number_not_implemented",
    0x04: "error_tariff_number_not_implemented",
    0x05: "error_function_not_implemented",
    0x06: "error_data_class_not_implemented",
    0x07: "error_data_size_not_implemented",
    0x0B: "error_too_many_vifes",
    0x0C: "error_illegal_vif_group",
    0x0D: "error_illegal_vif_exponent",
    0x0E: "error_vif_dif_mismatch",
    0x0F: "error_unimplemented_action",
    0x12: "average",
    0x13: "inverse_compact_profile",
    0x14: "relative_deviation",
    0x15: "error_no_data_available",
    0x16: "error_data_overflow",
    0x17: "error_data_underflow",
    0x18: "error_data_error",
    0x1C: "error_premature_end_of_record",
    0x1D: "standard_conform_data_content",
    0x1E: "compact_profile_with_registers",
    0x1F: "compact_profile",
    0x27: "per_revolution",
    0x39: "start_of",
    0x3A: "uncorrected_unit",
    0x3B: "accumulation_positive",
    0x3C: "accumulation_negative",
    0x3D: "non_metric_units",
    0x3E: "value_at_base_conditions",
    0x3F: "obis_declaration",
    0x40: "lower_limit",
    0x48: "upper_limit",
    0x41: "lower_limit_exceed_count",
    0x49: "upper_limit_exceed_count",
    0x68: "value_during_lower_limit_exceed",
    0x69: "leakage_values",
    0x6C: "value_during_upper_limit_exceed",
    0x6D: "overflow_values",
    0x7E: "future_value",
}
# Per-unit VIFEs E010 0000 .. E011 1000: (unit suffix, exponent that brings the denominator to base units)
_PER: dict[int, tuple[str, int]] = {
    0x20: ("/s", 0),
    0x21: ("/min", 0),
    0x22: ("/h", 0),
    0x23: ("/d", 0),
    0x24: ("/week", 0),
    0x25: ("/month", 0),
    0x26: ("/year", 0),
    0x27: ("/revolution", 0),
    0x28: ("", 0),  # increment per input/output pulse: the value is the increment, in the VIF's unit
    0x29: ("", 0),
    0x2A: ("", 0),
    0x2B: ("", 0),
    0x2C: ("/m^3", 3),  # per litre
    0x2D: ("/m^3", 0),
    0x2E: ("/kg", 0),
    0x2F: ("/K", 0),
    0x30: ("/Wh", -3),  # per kWh
    0x31: ("/J", -9),  # per GJ
    0x32: ("/W", -3),  # per kW
    0x33: ("/(K·m^3)", 3),  # per K·l
    0x34: ("/V", 0),
    0x35: ("/A", 0),
    0x36: ("·s", 0),
    0x37: ("·s/V", 0),
    0x38: ("·s/A", 0),
}
_PULSE_CHANNEL = {
    0x28: "input_channel_0",
    0x29: "input_channel_1",
    0x2A: "output_channel_0",
    0x2B: "output_channel_1",
}
# Second level of combinable VIFEs, after VIFE FCh (EN 13757-3:2018, extension of combinable VIFE codes)
_SECOND_LEVEL: dict[int, str] = {
    0x01: "phase_l1",
    0x02: "phase_l2",
    0x03: "phase_l3",
    0x04: "neutral",
    0x05: "phase_l1_l2",
    0x06: "phase_l2_l3",
    0x07: "phase_l3_l1",
    0x08: "quadrant_q1",
    0x09: "quadrant_q2",
    0x0A: "quadrant_q3",
    0x0B: "quadrant_q4",
    0x0C: "delta_import_export",
    0x10: "accumulation_absolute",
    0x11: "unsigned",  # data presented with type C
    0x12: "bit_field",  # data presented with type D
    0x13: "direction_to_meter",
    0x14: "direction_from_meter",
}
_LIMIT = ("lower", "upper")
_ORDER = ("first", "last")


@dataclass(slots=True)
class _Builder:
    """The mutable state while combinable VIFEs are folded in."""

    unit: str
    mult: int
    exp: int
    kind: Kind
    unsigned: bool
    offset_exp: int | None = None

    def time_point(self) -> None:
        self.kind, self.unit, self.mult, self.exp, self.offset_exp = Kind.TIME_POINT, "", 1, 0, None

    def number(self, unit: str, mult: int) -> None:
        self.kind, self.unit, self.mult, self.exp, self.offset_exp = Kind.NUMBER, unit, mult, 0, None


def _apply_combinable(b: _Builder, qualifiers: list[str], vifes: bytes) -> None:
    """Fold combinable (orthogonal) VIFEs of EN 13757-3:2018 into the description being built."""
    i = 0
    while i < len(vifes):
        code = vifes[i] & 0x7F
        i += 1
        if code == 0x7F:
            # E111 1111: the following VIFEs and the data of this block are manufacturer specific
            qualifiers.append("manufacturer_specific")
            return
        if code == 0x7C:
            # E111 1100: the next VIFE comes from the second-level table
            if i < len(vifes):
                second = vifes[i] & 0x7F
                i += 1
                qualifiers.append(_SECOND_LEVEL.get(second, f"vife_7c{second:02x}"))
                if second == 0x11:
                    b.unsigned = True
            continue
        if 0x70 <= code <= 0x77:
            b.exp += (code & 0x07) - 6  # multiplicative correction factor 10^(nnn-6)
        elif 0x78 <= code <= 0x7B:
            b.offset_exp = (code & 0x03) - 3  # additive correction constant 10^(nn-3) · unit of VIF
        elif code == 0x7D:
            b.exp += 3  # multiplicative correction factor 10^3
        elif code in _PER:
            suffix, exp = _PER[code]
            b.unit += suffix
            b.exp += exp
            if code in _PULSE_CHANNEL:
                qualifiers.append(f"increment_per_pulse_{_PULSE_CHANNEL[code]}")
        elif code == 0x39:
            qualifiers.append("start_of")  # E011 1001 start date(/time) of
            b.time_point()
        elif code in (0x42, 0x43, 0x46, 0x47, 0x4A, 0x4B, 0x4E, 0x4F):
            # E100 uf1b date (/time) of begin/end of first/last lower/upper limit exceed
            edge, order, limit = (
                ("end" if code & 1 else "begin"),
                _ORDER[(code >> 2) & 1],
                _LIMIT[(code >> 3) & 1],
            )
            qualifiers.append(f"{edge}_of_{order}_{limit}_limit_exceed")
            b.time_point()
        elif code in (0x6A, 0x6B, 0x6E, 0x6F):
            # E110 1f1b date (/time) of begin/end of first/last
            qualifiers.append(f"{'end' if code & 1 else 'begin'}_of_{_ORDER[(code >> 2) & 1]}")
            b.time_point()
        elif 0x50 <= code <= 0x5F:
            # E101 ufnn duration of first/last lower/upper limit exceed
            qualifiers.append(f"duration_of_{_ORDER[(code >> 2) & 1]}_{_LIMIT[(code >> 3) & 1]}_limit_exceed")
            b.number("s", SECONDS_PER[code & 0x03])
        elif 0x60 <= code <= 0x67:
            # E110 0fnn duration of first/last
            qualifiers.append(f"duration_of_{_ORDER[(code >> 2) & 1]}")
            b.number("s", SECONDS_PER[code & 0x03])
        else:
            if code in (0x41, 0x49):
                b.number("", 1)  # E100 u001 number of exceeds of a limit: a count
            qualifiers.append(_VIFE_CODES.get(code, f"vife_{code:02x}"))


_CACHE: dict[tuple[int, bytes, str | None], ValueDescription] = {}


def describe(vif: int, vifes: bytes = b"", text: str | None = None) -> ValueDescription:
    """The meaning of a VIB: VIF, its VIFEs (true VIF first after FDh/FBh) and the plain-text unit."""
    key = (vif, vifes, text)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    qualifiers: list[str] = []
    rest = vifes
    if text is not None:
        base = ValueInfo("plain_text", text)  # VIF 7Ch/FCh: the unit is the ASCII string
    elif vif == 0xFD:  # main extension table, the true VIF is the first VIFE
        code = vifes[0] & 0x7F if vifes else -1
        if code == 0x7D:
            base = FD_SECOND_LEVEL.get(vifes[1] & 0x7F, UNKNOWN) if len(vifes) > 1 else UNKNOWN
            rest = vifes[2:]
        else:
            base = FD_TABLE[code] if code >= 0 else UNKNOWN
            rest = vifes[1:]
    elif vif == 0xFB:  # alternate extension table
        base = FB_TABLE[vifes[0] & 0x7F] if vifes else UNKNOWN
        rest = vifes[1:]
    elif vif == 0xEF:  # reserved extension table: the true VIF is unknown
        base = UNKNOWN
        rest = vifes[1:]
    else:
        base = PRIMARY[vif & 0x7F]
    if base is UNKNOWN:
        code_hex = (bytes((vif,)) + vifes).hex().upper()
        result = ValueDescription(
            quantity="unknown",
            unit="",
            mult=1,
            exp=0,
            kind=Kind.UNKNOWN,
            unsigned=False,
            offset_exp=None,
            qualifiers=(f"vif_{code_hex}",),
        )
    else:
        b = _Builder(unit=base.unit, mult=base.mult, exp=base.exp, kind=base.kind, unsigned=base.unsigned)
        if base.kind is not Kind.MANUFACTURER:
            _apply_combinable(b, qualifiers, rest)
        result = ValueDescription(
            quantity=base.quantity,
            unit=b.unit,
            mult=b.mult,
            exp=b.exp,
            kind=b.kind,
            unsigned=b.unsigned,
            offset_exp=b.offset_exp,
            qualifiers=tuple(qualifiers),
        )
    if len(_CACHE) < 4096:
        _CACHE[key] = result
    return result
