"""Data records of the EN 13757-3:2018 variable data structure: DIB, VIB and data field.

A record keeps its wire bytes (`dib`, `vib`, `data`) next to what they mean, so that
`Record.to_bytes()` reproduces it exactly and `encode_records(decode_records(b)) == b`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.errors import DecodeError, LocalProtocolError
from app.protocols.mbus.datatypes import (
    BCD_CODINGS,
    DIF_GLOBAL_READOUT,
    DIF_IDLE_FILLER,
    DIF_MANUFACTURER_DATA,
    DIF_MORE_RECORDS_FOLLOW,
    INT_CODINGS,
    LENGTHS,
    Coding,
    TimePoint,
    decode_bcd,
    decode_lvar,
    decode_real,
    decode_time_point,
    encode_bcd,
    encode_int,
    encode_lvar_text,
    encode_real,
    lvar_length,
)
from app.protocols.mbus.vif import Kind, ValueDescription, describe

MAX_DIFES = 10  # EN 13757-3 DIB: at most ten DIFEs
MAX_VIFES = 10  # EN 13757-3 VIB: at most ten VIFEs

Value = int | Decimal | float | str | TimePoint | None


class Function(StrEnum):
    """What a record holds: the DIF function field (bits 4-5) or a special function DIF."""

    INSTANTANEOUS = "instantaneous"
    MAXIMUM = "maximum"
    MINIMUM = "minimum"
    ERROR = "error"  # value during error state
    MANUFACTURER_SPECIFIC = "manufacturer_specific"  # DIF 0Fh: manufacturer data to the end
    MORE_RECORDS_FOLLOW = "more_records_follow"  # DIF 1Fh: as 0Fh, and another telegram follows
    IDLE_FILLER = "idle_filler"  # DIF 2Fh
    GLOBAL_READOUT = "global_readout"  # DIF 7Fh (master to slave)


_CODINGS = tuple(Coding)
_FUNCTIONS = (Function.INSTANTANEOUS, Function.MAXIMUM, Function.MINIMUM, Function.ERROR)
_FUNCTION_BITS = {f: i << 4 for i, f in enumerate(_FUNCTIONS)}
_SPECIAL_DIF = {
    Function.MANUFACTURER_SPECIFIC: DIF_MANUFACTURER_DATA,
    Function.MORE_RECORDS_FOLLOW: DIF_MORE_RECORDS_FOLLOW,
    Function.IDLE_FILLER: DIF_IDLE_FILLER,
    Function.GLOBAL_READOUT: DIF_GLOBAL_READOUT,
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """One data record: its wire bytes and their meaning, values scaled to base units."""

    dib: bytes  # DIF and DIFEs
    vib: bytes  # VIF, plain-text unit (VIF 7Ch/FCh) and VIFEs; empty for special functions
    data: bytes  # the data field as sent (LVAR byte included)
    function: Function
    storage: int = 0
    tariff: int = 0
    subunit: int = 0
    coding: Coding = Coding.NONE
    quantity: str = ""
    unit: str = ""
    value: Value = None
    qualifiers: tuple[str, ...] = ()  # what combinable VIFEs add ("accumulation_negative", "phase_l1", …)

    def to_bytes(self) -> bytes:
        """The record exactly as it was received."""
        return self.dib + self.vib + self.data

    @property
    def is_data(self) -> bool:
        """False for idle fillers and readout requests, which carry no value."""
        return self.function not in (Function.IDLE_FILLER, Function.GLOBAL_READOUT)


# -- decoding -------------------------------------------------------------------------------------

# The decoder builds records through the slot descriptors: the frozen __init__ (one object.__setattr__
# per field) was half of the decode time. The result is the same frozen Record.
_new = object.__new__
_SETTERS = {f.name: getattr(Record, f.name).__set__ for f in fields(Record)}
_set_dib, _set_vib, _set_data = _SETTERS["dib"], _SETTERS["vib"], _SETTERS["data"]
_set_function, _set_storage, _set_tariff = _SETTERS["function"], _SETTERS["storage"], _SETTERS["tariff"]
_set_subunit, _set_coding, _set_quantity = _SETTERS["subunit"], _SETTERS["coding"], _SETTERS["quantity"]
_set_unit, _set_value, _set_qualifiers = _SETTERS["unit"], _SETTERS["value"], _SETTERS["qualifiers"]
assert len(_SETTERS) == 12, "a new Record field must be set in _record() too"


def _record(  # noqa: PLR0917 - the hot path's positional twin of Record(...)
    dib: bytes,
    vib: bytes,
    data: bytes,
    function: Function,
    storage: int,
    tariff: int,
    subunit: int,
    coding: Coding,
    quantity: str,
    unit: str,
    value: Value,
    qualifiers: tuple[str, ...],
) -> Record:
    record: Record = _new(Record)
    _set_dib(record, dib)
    _set_vib(record, vib)
    _set_data(record, data)
    _set_function(record, function)
    _set_storage(record, storage)
    _set_tariff(record, tariff)
    _set_subunit(record, subunit)
    _set_coding(record, coding)
    _set_quantity(record, quantity)
    _set_unit(record, unit)
    _set_value(record, value)
    _set_qualifiers(record, qualifiers)
    return record


def scale_value(raw: int | float, d: ValueDescription) -> int | Decimal | float:
    """raw · mult · 10^exp (+ additive correction VIFE), exact for integers."""
    if isinstance(raw, float):
        value = raw * d.factor / d.divisor
        if d.offset_exp is not None:
            value += 10.0**d.offset_exp
    else:
        m = raw * d.factor
        exact: int | Decimal = m
        if d.divisor != 1:
            q, r = divmod(m, d.divisor)
            exact = Decimal(m).scaleb(d.exp) if r else q
        if d.offset_exp is not None:
            exact = exact + (10**d.offset_exp if d.offset_exp >= 0 else Decimal(1).scaleb(d.offset_exp))
            if isinstance(exact, Decimal) and exact == exact.to_integral_value():
                exact = int(exact)
        if d.kind is _NUMBER:
            return exact
        value = float(exact)
    if d.kind is Kind.FAHRENHEIT:
        return (value - 32.0) * 5.0 / 9.0
    if d.kind is Kind.FAHRENHEIT_DELTA:
        return value * 5.0 / 9.0
    return value


_NUMBER = Kind.NUMBER
_RAW_HEX = frozenset((Kind.UNKNOWN, Kind.DAYLIGHT_SAVING))
_AS_CODED = frozenset((Kind.MANUFACTURER, Kind.TIME_POINT))
_BCD = frozenset(int(c) for c in BCD_CODINGS)
_INT = frozenset(int(c) for c in INT_CODINGS)


def _value(coding: int, payload: bytes, lvar: int, d: ValueDescription) -> Value:
    """The value of a data field (`payload` least significant byte first) as the VIB describes it."""
    kind = d.kind
    raw: int | float | str
    if coding in _INT:
        if kind is _NUMBER:
            raw = int.from_bytes(payload, "little", signed=not d.unsigned)
            if d.plain:
                m = raw * d.factor
                if d.divisor == 1:
                    return m
                q, r = divmod(m, d.divisor)
                return Decimal(m).scaleb(d.exp) if r else q
            return scale_value(raw, d)
        if kind is Kind.TIME_POINT:
            point = decode_time_point(payload)
            if point is not None:
                return point
        elif kind in _RAW_HEX:
            return payload.hex().upper()
        raw = int.from_bytes(payload, "little", signed=not d.unsigned)
    elif kind in _RAW_HEX:
        return payload.hex().upper()
    elif coding in _BCD:
        raw = decode_bcd(payload)
    elif coding == Coding.REAL32:
        raw = decode_real(payload)
    elif coding == Coding.VARIABLE:
        raw = decode_lvar(lvar, payload)
    else:  # no data, selection for readout
        return None
    if isinstance(raw, str) or kind in _AS_CODED:
        return raw
    return scale_value(raw, d)


def _special(dif: int, data: bytes, pos: int, end: int) -> tuple[Record, int]:
    """A record with a special-function DIF (EN 13757-3 special functions)."""
    if dif in (DIF_MANUFACTURER_DATA, DIF_MORE_RECORDS_FOLLOW):
        rest = bytes(data[pos:end])
        function = (
            Function.MANUFACTURER_SPECIFIC if dif == DIF_MANUFACTURER_DATA else Function.MORE_RECORDS_FOLLOW
        )
        record = Record(
            dib=bytes((dif,)),
            vib=b"",
            data=rest,
            function=function,
            coding=Coding.SPECIAL,
            quantity="manufacturer_data",
            value=rest.hex().upper(),
        )
        return record, end
    if dif == DIF_IDLE_FILLER:
        return Record(
            dib=b"\x2f", vib=b"", data=b"", function=Function.IDLE_FILLER, coding=Coding.SPECIAL
        ), pos
    if dif == DIF_GLOBAL_READOUT:
        return Record(
            dib=b"\x7f", vib=b"", data=b"", function=Function.GLOBAL_READOUT, coding=Coding.SPECIAL
        ), pos
    raise DecodeError(f"DIF 0x{dif:02X} is a reserved special function", offset=pos - 1)


def _decode_one(data: bytes, pos: int, end: int, big_endian: bool) -> tuple[Record, int]:
    """The record starting at `pos` and the offset after it."""
    start = pos
    dif = data[pos]
    pos += 1
    if dif & 0x0F == 0x0F:
        return _special(dif, data, pos, end)
    # DIB: DIF and up to ten DIFEs: storage number LSB first, tariff, subunit
    storage = (dif >> 6) & 1
    tariff = subunit = 0
    b = dif
    n = 0
    while b & 0x80:
        if pos >= end:
            raise DecodeError("premature end of data in the DIFEs", offset=pos)
        if n == MAX_DIFES:
            raise DecodeError(f"more than {MAX_DIFES} DIFEs", offset=pos)
        b = data[pos]
        pos += 1
        storage |= (b & 0x0F) << (1 + 4 * n)
        tariff |= ((b >> 4) & 0x03) << (2 * n)
        subunit |= ((b >> 6) & 0x01) << n
        n += 1
    dib_end = pos
    # VIB: VIF, plain-text unit, up to ten VIFEs
    if pos >= end:
        raise DecodeError("premature end of data: record without VIF", offset=pos)
    vif = data[pos]
    pos += 1
    text: str | None = None
    if vif & 0x7F == 0x7C:
        # plain-text VIF: length and ASCII characters (sent last first) come right after the VIF,
        # before any VIFEs, as the meters and libmbus, jMBus and pyMeterBus have it
        if pos >= end:
            raise DecodeError("premature end of data in the plain-text VIF", offset=pos)
        size = data[pos]
        if pos + 1 + size > end:
            raise DecodeError(f"plain-text VIF of {size} characters runs past the data", offset=pos)
        chars = data[pos + 1 : pos + 1 + size]
        text = (chars if big_endian else chars[::-1]).decode("latin-1")
        pos += 1 + size
    vife_start = pos
    b = vif
    n = 0
    while b & 0x80:
        if pos >= end:
            raise DecodeError("premature end of data in the VIFEs", offset=pos)
        if n == MAX_VIFES:
            raise DecodeError(f"more than {MAX_VIFES} VIFEs", offset=pos)
        b = data[pos]
        pos += 1
        n += 1
    vifes = data[vife_start:pos]
    vib_end = pos
    # data field: length from the DIF data field coding, or from the LVAR byte
    coding = dif & 0x0F
    size = LENGTHS[coding]
    lvar = 0
    head = 0
    if coding == Coding.VARIABLE:
        if pos >= end:
            raise DecodeError("premature end of data: LVAR missing", offset=pos)
        lvar = data[pos]
        try:
            size = lvar_length(lvar)
        except DecodeError as exc:
            raise DecodeError(str(exc), offset=pos) from None
        head = 1
    if pos + head + size > end:
        raise DecodeError(f"premature end of data: {head + size} data bytes expected", offset=pos)
    field = data[pos : pos + head + size]
    payload = field[1:] if head else field
    pos += head + size
    d = describe(vif, vifes, text)
    if big_endian and size > 1:
        payload = payload[::-1]  # mode 2 (CI 76h): most significant byte first
    record = _record(
        data[start:dib_end],
        data[dib_end:vib_end],
        field,
        _FUNCTIONS[(dif >> 4) & 0x03],
        storage,
        tariff,
        subunit,
        _CODINGS[coding],
        d.quantity,
        d.unit,
        _value(coding, payload, lvar, d),
        d.qualifiers,
    )
    return record, pos


def decode_records(data: bytes, *, big_endian: bool = False) -> list[Record]:
    """Every record of a variable data structure, fillers and manufacturer data included.

    `big_endian` is mode 2 (CI 76h), where multi-byte data fields come most significant byte first.
    Reserved VIF/VIFE codes never stop decoding (quantity "unknown", value raw hex); a record that
    runs past the end of the data, or has more than ten DIFEs or VIFEs, raises DecodeError.
    """
    data = bytes(data)  # slices of bytes are bytes: every record field is immutable
    end = len(data)
    pos = 0
    records: list[Record] = []
    append = records.append
    while pos < end:
        record, pos = _decode_one(data, pos, end, big_endian)
        append(record)
    return records


def decode_record(raw: bytes, *, big_endian: bool = False) -> Record:
    """Exactly one record."""
    raw = bytes(raw)
    if not raw:
        raise DecodeError("no record bytes")
    record, used = _decode_one(raw, 0, len(raw), big_endian)
    if used != len(raw):
        raise DecodeError("bytes after the end of the record", offset=used)
    return record


# -- encoding -------------------------------------------------------------------------------------


def encode_records(records: Iterable[Record]) -> bytes:
    """The records back to back, as a variable data structure."""
    return b"".join(r.to_bytes() for r in records)


def encode_dib(
    *,
    coding: Coding | int,
    function: Function = Function.INSTANTANEOUS,
    storage: int = 0,
    tariff: int = 0,
    subunit: int = 0,
) -> bytes:
    """DIF and as few DIFEs as storage number, tariff and subunit need (EN 13757-3 DIB)."""
    if function in _SPECIAL_DIF:
        return bytes((_SPECIAL_DIF[function],))
    if not (0 <= storage < 1 << 41 and 0 <= tariff < 1 << 20 and 0 <= subunit < 1 << 10):
        raise LocalProtocolError("storage, tariff or subunit outside what ten DIFEs can carry")
    if not 0 <= int(coding) <= 0x0E:
        raise LocalProtocolError(f"data field coding {coding} is not 0..0x0E")
    dif = _FUNCTION_BITS[function] | ((storage & 1) << 6) | int(coding)
    rest_storage, rest_tariff, rest_subunit = storage >> 1, tariff, subunit
    difes = bytearray()
    while rest_storage or rest_tariff or rest_subunit:
        difes.append((rest_storage & 0x0F) | ((rest_tariff & 0x03) << 4) | ((rest_subunit & 0x01) << 6))
        rest_storage >>= 4
        rest_tariff >>= 2
        rest_subunit >>= 1
    if difes:
        dif |= 0x80
        for i in range(len(difes) - 1):
            difes[i] |= 0x80
    return bytes((dif,)) + bytes(difes)


def encode_vib(vif: int, vifes: bytes = b"", *, text: str | None = None) -> bytes:
    """VIF (extension bits set as the VIFEs need), plain-text unit for VIF 7Ch, VIFEs."""
    codes = [c & 0x7F for c in vifes]
    head = (vif & 0x7F) | (0x80 if codes else 0)
    out = bytearray((head,))
    if text is not None:
        if vif & 0x7F != 0x7C:
            raise LocalProtocolError("a plain-text unit needs VIF 7Ch")
        out += encode_lvar_text(text)
    for i, c in enumerate(codes):
        out.append(c | (0x80 if i < len(codes) - 1 else 0))
    return bytes(out)


def encode_data(
    coding: Coding | int, raw: int | float | str | bytes | None, *, big_endian: bool = False
) -> bytes:
    """A data field for a raw (unscaled) value: int, BCD int or hex string, float, text, or bytes."""
    coding = Coding(coding)
    size = LENGTHS[coding]
    if isinstance(raw, bytes):
        field = raw
        if coding != Coding.VARIABLE and len(field) != size:
            raise LocalProtocolError(f"{coding.name} needs {size} data bytes, got {len(field)}")
        return field
    if coding in (Coding.NONE, Coding.SELECTION):
        return b""
    if raw is None:
        raise LocalProtocolError(f"{coding.name} needs a value")
    if coding == Coding.VARIABLE:
        if not isinstance(raw, str):
            raise LocalProtocolError("variable length data takes text")
        field = encode_lvar_text(raw)
        return field[:1] + field[:0:-1] if big_endian else field
    if coding == Coding.REAL32:
        field = encode_real(float(raw))
    elif coding in BCD_CODINGS:
        if isinstance(raw, float):
            raise LocalProtocolError("BCD takes an integer or hex digits")
        field = encode_bcd(raw, size)
    elif isinstance(raw, int):
        field = encode_int(raw, size)
    else:
        raise LocalProtocolError(f"{coding.name} takes an integer")
    return field[::-1] if big_endian else field


def raw_for(value: int | Decimal | float | str, vib: bytes) -> int | float | str:
    """The raw number a VIB scales to `value` (exactly, or LocalProtocolError); text passes through."""
    if isinstance(value, str):
        return value
    head, vifes, text = split_vib(vib)
    d = describe(head, vifes, text)
    if d.kind not in (Kind.NUMBER, Kind.MANUFACTURER):
        raise LocalProtocolError(f"{d.quantity} values are written as raw data, not scaled numbers")
    if isinstance(value, float):
        return value / d.mult / 10.0**d.exp if d.kind is Kind.NUMBER else value
    if d.kind is Kind.MANUFACTURER:
        return int(value)
    try:
        exact = Decimal(value)
        if d.offset_exp is not None:
            exact -= Decimal(1).scaleb(d.offset_exp)
        raw = exact / d.mult / Decimal(1).scaleb(d.exp)
        if raw != raw.to_integral_value():
            raise LocalProtocolError(f"{value} is no whole multiple of the VIB's scale")
        return int(raw)
    except InvalidOperation:
        raise LocalProtocolError(f"{value} cannot be scaled for this VIB") from None


def split_vib(vib: bytes) -> tuple[int, bytes, str | None]:
    """VIF, VIFEs and plain-text unit of an encoded VIB."""
    if not vib:
        raise LocalProtocolError("empty VIB")
    vif = vib[0]
    pos = 1
    text = None
    if vif & 0x7F == 0x7C:
        if len(vib) < 2 or len(vib) < 2 + vib[1]:
            raise LocalProtocolError("plain-text VIB shorter than its length byte says")
        text = vib[2 : 2 + vib[1]][::-1].decode("latin-1")
        pos = 2 + vib[1]
    return vif, bytes(vib[pos:]), text


def build_record(
    *,
    vib: bytes,
    coding: Coding | int,
    value: int | Decimal | float | str | None = None,
    data: bytes | None = None,
    function: Function = Function.INSTANTANEOUS,
    storage: int = 0,
    tariff: int = 0,
    subunit: int = 0,
) -> Record:
    """A record from its meaning: `value` in base units (scaled back exactly) or the data field as `data`."""
    if function in _SPECIAL_DIF:
        return decode_record(encode_dib(coding=Coding.SPECIAL, function=function) + (data or b""))
    dib = encode_dib(coding=coding, function=function, storage=storage, tariff=tariff, subunit=subunit)
    if data is None:
        raw = None if value is None else raw_for(value, vib)
        data = encode_data(coding, raw)
    return decode_record(dib + vib + data)
