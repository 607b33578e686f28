"""Application layer telegrams by CI field (EN 13757-3:2018 CI field, EN 13757-7 transport layer headers).

`decode_user_data(ci, data)` takes the bytes after the CI field, so the wireless M-Bus decoder can hand
it a decrypted CI 72h/7Ah payload and the link-layer address (the short header carries no id).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError
from app.protocols.mbus.datatypes import DIF_IDLE_FILLER, Coding, decode_bcd
from app.protocols.mbus.frames import C_RSP_UD, LongFrame, parse_hex
from app.protocols.mbus.records import Function, Record, Value, decode_records, encode_records, scale_value
from app.protocols.mbus.secondary import SecondaryAddress, manufacturer_code, manufacturer_text
from app.protocols.mbus.vif import Kind, ValueDescription

CI_DATA_SEND = 0x51  # SND_UD data, mode 1 (records only)
CI_DATA_SEND_MODE2 = 0x55
CI_DATA_SEND_SHORT = 0x5A  # SND_UD with short header
CI_DATA_SEND_LONG = 0x5B  # SND_UD with long header
CI_APPLICATION_ERROR = 0x70
CI_ALARM = 0x71
CI_LONG_HEADER = 0x72  # RSP_UD variable data structure with 12-byte header
CI_FIXED = 0x73  # fixed data structure
CI_ALARM_SHORT = 0x74
CI_ALARM_LONG = 0x75
CI_MODE2 = 0x76  # variable data structure, mode 2 (most significant byte first)
CI_NO_HEADER = 0x78
CI_SHORT_HEADER = 0x7A

# Application errors (CI 70h), EN 13757-3 application error codes
APPLICATION_ERRORS = {
    0x00: "unspecified error",
    0x01: "unimplemented CI field",
    0x02: "buffer too long, truncated",
    0x03: "too many records",
    0x04: "premature end of record",
    0x05: "more than 10 DIFEs",
    0x06: "more than 10 VIFEs",
    0x08: "application busy",
    0x09: "too many readouts",
}

# Device types (medium), EN 13757-3:2018 device type table
MEDIUM_NAMES = {
    0x00: "other",
    0x01: "oil",
    0x02: "electricity",
    0x03: "gas",
    0x04: "heat (outlet)",
    0x05: "steam",
    0x06: "warm water (30-90 °C)",
    0x07: "water",
    0x08: "heat cost allocator",
    0x09: "compressed air",
    0x0A: "cooling (outlet)",
    0x0B: "cooling (inlet)",
    0x0C: "heat (inlet)",
    0x0D: "heat / cooling",
    0x0E: "bus / system component",
    0x0F: "unknown",
    0x10: "irrigation water",
    0x11: "water data logger",
    0x12: "gas data logger",
    0x13: "gas converter",
    0x14: "calorific value",
    0x15: "hot water (>= 90 °C)",
    0x16: "cold water",
    0x17: "dual register (hot/cold) water",
    0x18: "pressure",
    0x19: "A/D converter",
    0x1A: "smoke detector",
    0x1B: "room sensor",
    0x1C: "gas detector",
    0x20: "breaker (electricity)",
    0x21: "valve (gas or water)",
    0x25: "customer unit (display)",
    0x28: "waste water",
    0x29: "garbage",
    0x2A: "carbon dioxide",
    0x31: "communication controller",
    0x32: "unidirectional repeater",
    0x33: "bidirectional repeater",
    0x36: "radio converter (system side)",
    0x37: "radio converter (meter side)",
    0x38: "bus converter (meter side)",
}


class MBusApplicationError(DecodeError):
    """The slave answered with an application error (CI 70h); `code` is its error code."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.text = APPLICATION_ERRORS.get(code, f"reserved error code {code}")
        super().__init__(f"application error {code}: {self.text}")


@dataclass(frozen=True, kw_only=True, slots=True)
class LinkAddress:
    """The address fields a link layer carries (wM-Bus M and A fields): id, manufacturer, version, medium."""

    id: str
    manufacturer: int
    version: int
    medium: int

    @classmethod
    def from_secondary(cls, address: SecondaryAddress) -> LinkAddress:
        """From a wired secondary address."""
        return cls(
            id=address.id, manufacturer=address.manufacturer, version=address.version, medium=address.medium
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> LinkAddress:
        """From 8 bytes in header order: id (BCD, LSB first), manufacturer (LE), version, medium."""
        if len(raw) != 8:
            raise DecodeError(f"a link address has 8 bytes, got {len(raw)}")
        return cls(
            id=raw[3::-1].hex().upper(), manufacturer=raw[4] | raw[5] << 8, version=raw[6], medium=raw[7]
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Header:
    """The data header (TPL header): what a header or the link layer tells; None where neither does."""

    id: str | None = None  # 8 digits (BCD), kept as hex where a digit is A-F
    manufacturer: str | None = None  # three letters
    version: int | None = None
    medium: int | None = None  # device type code
    access_number: int | None = None
    status: int | None = None
    signature: int | None = None  # configuration field (security mode, number of encrypted blocks)

    def to_bytes(self) -> bytes:
        """The 12-byte long header (CI 72h)."""
        ident, man, version, medium = self.id, self.manufacturer, self.version, self.medium
        if ident is None or man is None or version is None or medium is None:
            raise LocalProtocolError("a long header needs id, manufacturer, version and medium")
        try:
            id_bytes = bytes.fromhex(ident)[::-1]
        except ValueError:
            raise LocalProtocolError(f"id '{ident}' is not 8 hex digits") from None
        if len(id_bytes) != 4:
            raise LocalProtocolError(f"id '{ident}' is not 8 digits")
        head = (
            id_bytes + manufacturer_code(man).to_bytes(2, "little") + bytes((version & 0xFF, medium & 0xFF))
        )
        return head + self.short_bytes()

    def short_bytes(self) -> bytes:
        """The 4-byte short header (CI 7Ah): access number, status, signature."""
        return bytes((self.access_number or 0, self.status or 0)) + (self.signature or 0).to_bytes(
            2, "little"
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Telegram:
    """A decoded application layer message."""

    ci: int
    header: Header | None
    records: tuple[Record, ...]  # data records in frame order; idle fillers left out
    more_records_follow: bool = False  # DIF 1Fh: request the next telegram
    manufacturer_data: bytes = b""  # what follows DIF 0Fh/1Fh
    big_endian: bool = False  # mode 2 (CI 76h)
    alarm: int | None = None  # alarm status (CI 71h, 74h, 75h)
    payload: bytes = b""  # the user data after the CI field, as received

    def to_user_data(self) -> bytes:
        """CI field and user data as received."""
        return bytes((self.ci,)) + self.payload


# -- headers --------------------------------------------------------------------------------------


def _long_header(data: bytes, big_endian: bool) -> Header:
    """The 12-byte long header: id, manufacturer, version, medium, access number, status, signature."""
    if len(data) < 12:
        raise DecodeError(f"long header needs 12 bytes, got {len(data)}")
    if big_endian:
        ident, man, sig = data[0:4].hex(), data[4] << 8 | data[5], data[10] << 8 | data[11]
    else:
        ident, man, sig = data[3::-1].hex(), data[4] | data[5] << 8, data[10] | data[11] << 8
    return Header(
        id=ident.upper(),
        manufacturer=manufacturer_text(man),
        version=data[6],
        medium=data[7],
        access_number=data[8],
        status=data[9],
        signature=sig,
    )


def _short_header(data: bytes, link: LinkAddress | None, big_endian: bool) -> Header:
    """The 4-byte short header; id, manufacturer, version and medium come from the link layer."""
    if len(data) < 4:
        raise DecodeError(f"short header needs 4 bytes, got {len(data)}")
    sig = data[2] << 8 | data[3] if big_endian else data[2] | data[3] << 8
    if link is None:
        return Header(access_number=data[0], status=data[1], signature=sig)
    return Header(
        id=link.id,
        manufacturer=manufacturer_text(link.manufacturer),
        version=link.version,
        medium=link.medium,
        access_number=data[0],
        status=data[1],
        signature=sig,
    )


# -- fixed data structure (CI 73h), EN 13757-3 Annex (informative) and EN 1434-3 ------------------

# Physical units of the fixed structure (6 bits): (quantity, unit, mult, exp)
_FIXED_UNITS: dict[int, tuple[str, str, int, int]] = {}
for _i, (_q, _u, _e0) in enumerate(
    (
        ("energy", "Wh", 0),  # 02h Wh .. 0Ah 100 MWh
        ("energy", "J", 3),  # 0Bh kJ .. 13h 100 GJ
        ("power", "W", 0),  # 14h W .. 1Ch 100 MW
        ("power", "J/h", 3),  # 1Dh kJ/h .. 25h 100 GJ/h
        ("volume", "m^3", -6),  # 26h ml .. 2Eh 100 m³
        ("volume_flow", "m^3/h", -6),  # 2Fh ml/h .. 37h 100 m³/h
    )
):
    for _n in range(9):
        _FIXED_UNITS[0x02 + 9 * _i + _n] = (_q, _u, 1, _e0 + _n)
_FIXED_UNITS[0x00] = ("time", "", 1, 0)  # h,m,s
_FIXED_UNITS[0x01] = ("date", "", 1, 0)  # D,M,Y
_FIXED_UNITS[0x38] = ("temperature", "°C", 1, -3)
_FIXED_UNITS[0x39] = ("hca", "HCA", 1, 0)
_FIXED_UNITS[0x3F] = ("dimensionless", "", 1, 0)  # without units
FIXED_SAME_BUT_HISTORIC = 0x3E  # counter 2: same unit as counter 1, historic value


def _fixed_record(raw: bytes, unit_code: int, bcd: bool, historic: bool) -> Record:
    """One counter of the fixed data structure as a record (no DIB or VIB: `data` is the counter)."""
    quantity, unit, mult, exp = _FIXED_UNITS.get(unit_code, ("unknown", "", 1, 0))
    count: int | str = decode_bcd(raw) if bcd else int.from_bytes(raw, "little")
    value: Value = count
    if quantity == "unknown":
        value = raw.hex().upper()
    elif isinstance(count, int):
        value = scale_value(count, ValueDescription(quantity, unit, mult, exp, Kind.NUMBER, True, None, ()))
    return Record(
        dib=b"",
        vib=b"",
        data=bytes(raw),
        function=Function.INSTANTANEOUS,
        storage=1 if historic else 0,
        coding=Coding.BCD8 if bcd else Coding.INT32,
        quantity=quantity,
        unit=unit,
        value=value,
        qualifiers=("historic",) if historic else (),
    )


def _fixed(data: bytes) -> Telegram:
    """Fixed data structure: id, access number, status, medium/units, two 4-byte counters."""
    if len(data) < 16:
        raise DecodeError(f"fixed data structure needs 16 bytes, got {len(data)}")
    status = data[5]
    bcd = not status & 0x80  # status bit 7: counters binary (1) or BCD (0)
    historic = bool(status & 0x40)  # status bit 6: stored (historic) values
    medium = (data[6] >> 6) | ((data[7] >> 6) << 2)
    unit1, unit2 = data[6] & 0x3F, data[7] & 0x3F
    first = _fixed_record(data[8:12], unit1, bcd, historic)
    if unit2 == FIXED_SAME_BUT_HISTORIC:
        second = _fixed_record(data[12:16], unit1, bcd, True)
    else:
        second = _fixed_record(data[12:16], unit2, bcd, historic)
    header = Header(id=data[3::-1].hex().upper(), medium=medium, access_number=data[4], status=status)
    return Telegram(ci=CI_FIXED, header=header, records=(first, second), payload=bytes(data))


# -- variable data structure ----------------------------------------------------------------------


def _variable(ci: int, header: Header | None, body: bytes, payload: bytes, big_endian: bool) -> Telegram:
    """A variable data structure: the records after the header; fillers dropped, 0Fh/1Fh data noted."""
    records = decode_records(body, big_endian=big_endian)
    more = False
    manufacturer = b""
    kept: list[Record] = []
    for record in records:
        if record.function is Function.IDLE_FILLER:
            continue
        if record.function is Function.MORE_RECORDS_FOLLOW:
            more = True
            manufacturer = record.data
        elif record.function is Function.MANUFACTURER_SPECIFIC:
            manufacturer = record.data
        kept.append(record)
    return Telegram(
        ci=ci,
        header=header,
        records=tuple(kept),
        more_records_follow=more,
        manufacturer_data=manufacturer,
        big_endian=big_endian,
        payload=payload,
    )


def decode_user_data(
    ci: int, data: bytes, *, link_address: LinkAddress | SecondaryAddress | None = None
) -> Telegram:
    """The telegram in the user data after CI field `ci`; DecodeError (MBusApplicationError for CI 70h)."""
    data = bytes(data)
    link = (
        LinkAddress.from_secondary(link_address)
        if isinstance(link_address, SecondaryAddress)
        else link_address
    )
    if ci in (CI_LONG_HEADER, CI_DATA_SEND_LONG):
        return _variable(ci, _long_header(data, False), data[12:], data, False)
    if ci == CI_MODE2:
        return _variable(ci, _long_header(data, True), data[12:], data, True)
    if ci in (CI_SHORT_HEADER, CI_DATA_SEND_SHORT):
        return _variable(ci, _short_header(data, link, False), data[4:], data, False)
    if ci in (CI_NO_HEADER, CI_DATA_SEND):
        header = None if link is None else _link_header(link)
        return _variable(ci, header, data, data, False)
    if ci == CI_DATA_SEND_MODE2:
        return _variable(ci, None, data, data, True)
    if ci == CI_FIXED:
        return _fixed(data)
    if ci == CI_APPLICATION_ERROR:
        raise MBusApplicationError(data[0] if data else 0)
    if ci == CI_ALARM:
        if not data:
            raise DecodeError("alarm telegram without alarm status")
        return Telegram(ci=ci, header=None, records=(), alarm=data[0], payload=data)
    if ci in (CI_ALARM_SHORT, CI_ALARM_LONG):
        header = _long_header(data, False) if ci == CI_ALARM_LONG else _short_header(data, link, False)
        rest = data[12:] if ci == CI_ALARM_LONG else data[4:]
        if not rest:
            raise DecodeError("alarm telegram without alarm status")
        return Telegram(ci=ci, header=header, records=(), alarm=rest[0], payload=data)
    raise DecodeError(f"CI field 0x{ci:02X} carries no application data this decoder knows")


def _link_header(link: LinkAddress) -> Header:
    """A header with only what the link layer knows (CI 78h has no TPL header)."""
    return Header(
        id=link.id,
        manufacturer=manufacturer_text(link.manufacturer),
        version=link.version,
        medium=link.medium,
    )


def decode_frame(frame: LongFrame) -> Telegram:
    """The telegram in a long frame (RSP_UD, or a SND_UD with data)."""
    if not isinstance(frame, LongFrame):
        raise DecodeError(f"{type(frame).__name__} carries no application data")
    return decode_user_data(frame.ci, frame.data)


def decode_hex(text: str) -> Telegram:
    """The telegram in a long frame written as hex text (spaces and line breaks allowed)."""
    frame = parse_hex(text)
    if not isinstance(frame, LongFrame):
        raise DecodeError(f"{type(frame).__name__} carries no application data")
    return decode_frame(frame)


# -- encoding (simulated meters) -----------------------------------------------------------------


def encode_variable_data(
    header: Header | None, records: Iterable[Record], *, manufacturer_data: bytes = b""
) -> bytes:
    """User data after CI 72h (long header) or, without header, CI 78h."""
    body = encode_records(records) + manufacturer_data
    return (header.to_bytes() if header is not None else b"") + body


def rsp_ud(
    address: int,
    header: Header | None,
    records: Iterable[Record],
    *,
    manufacturer_data: bytes = b"",
    acd: bool = False,
    dfc: bool = False,
) -> LongFrame:
    """A RSP_UD long frame with a variable data structure (CI 72h, or 78h without header)."""
    data = encode_variable_data(header, records, manufacturer_data=manufacturer_data)
    c = C_RSP_UD | (0x20 if acd else 0) | (0x10 if dfc else 0)
    return LongFrame(c=c, a=address, ci=CI_LONG_HEADER if header is not None else CI_NO_HEADER, data=data)


def idle_filler(count: int = 1) -> bytes:
    """`count` idle filler bytes (DIF 2Fh), e.g. to pad an encrypted block."""
    return bytes((DIF_IDLE_FILLER,)) * count
