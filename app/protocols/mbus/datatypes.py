"""EN 13757-3 data field codings (DIF data field, Annex A): BCD, integers, real, LVAR, date and time."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

from app.errors import DecodeError, LocalProtocolError


class Coding(IntEnum):
    """The data field of a DIF (low nibble), EN 13757-3, DIF data field coding."""

    NONE = 0x0
    INT8 = 0x1
    INT16 = 0x2
    INT24 = 0x3
    INT32 = 0x4
    REAL32 = 0x5
    INT48 = 0x6
    INT64 = 0x7
    SELECTION = 0x8  # selection for readout: no data
    BCD2 = 0x9
    BCD4 = 0xA
    BCD6 = 0xB
    BCD8 = 0xC
    VARIABLE = 0xD  # LVAR byte and that many bytes (LVAR coding)
    BCD12 = 0xE
    SPECIAL = 0xF  # special functions


# Data field length in bytes per coding; -1 where the length is not fixed (VARIABLE, SPECIAL).
LENGTHS: tuple[int, ...] = (0, 1, 2, 3, 4, 4, 6, 8, 0, 1, 2, 3, 4, -1, 6, -1)
INT_CODINGS = frozenset({Coding.INT8, Coding.INT16, Coding.INT24, Coding.INT32, Coding.INT48, Coding.INT64})
BCD_CODINGS = frozenset({Coding.BCD2, Coding.BCD4, Coding.BCD6, Coding.BCD8, Coding.BCD12})
INT_CODING_FOR_SIZE = {
    1: Coding.INT8,
    2: Coding.INT16,
    3: Coding.INT24,
    4: Coding.INT32,
    6: Coding.INT48,
    8: Coding.INT64,
}
BCD_CODING_FOR_SIZE = {1: Coding.BCD2, 2: Coding.BCD4, 3: Coding.BCD6, 4: Coding.BCD8, 6: Coding.BCD12}

# Special functions (DIF with data field F), EN 13757-3, DIF special functions.
DIF_MANUFACTURER_DATA = 0x0F
DIF_MORE_RECORDS_FOLLOW = 0x1F
DIF_IDLE_FILLER = 0x2F
DIF_GLOBAL_READOUT = 0x7F

_DECIMAL = frozenset("0123456789")
_REAL32 = struct.Struct("<f")


# -- type A: BCD (Annex A, type A) -------------------------------------------------------------------


def decode_bcd(raw: bytes) -> int | str:
    """BCD, least significant byte first; F in the top nibble is a minus sign (Annex A, type A).

    Digits A-F anywhere else make the value no decimal number: the digits are returned as a hex string
    (most significant first), which is how meters show error codes such as "EEEE".
    """
    digits = raw[::-1].hex()
    if _DECIMAL.issuperset(digits):
        return int(digits) if digits else 0
    if digits[0] == "f" and _DECIMAL.issuperset(digits[1:]):
        return -int(digits[1:]) if len(digits) > 1 else 0
    return digits.upper()


def encode_bcd(value: int | str, size: int) -> bytes:
    """`size` bytes of BCD; negative values put F in the top nibble; a hex string is written as is."""
    if isinstance(value, str):
        digits = value.rjust(2 * size, "0")
        if len(digits) != 2 * size:
            raise LocalProtocolError(f"BCD digits '{value}' do not fit {size} bytes")
        try:
            return bytes.fromhex(digits)[::-1]
        except ValueError:
            raise LocalProtocolError(f"'{value}' is not a string of hex digits") from None
    if value < 0:
        digits = str(-value).rjust(2 * size - 1, "0")
        if len(digits) != 2 * size - 1:
            raise LocalProtocolError(f"{value} does not fit {size} BCD bytes")
        return bytes.fromhex("f" + digits)[::-1]
    digits = str(value).rjust(2 * size, "0")
    if len(digits) != 2 * size:
        raise LocalProtocolError(f"{value} does not fit {size} BCD bytes")
    return bytes.fromhex(digits)[::-1]


# -- type B / C / D: integers (Annex A, types B C D) ------------------------------------------------------


def decode_int(raw: bytes, *, signed: bool = True) -> int:
    """Binary integer, least significant byte first (type B signed, type C unsigned)."""
    return int.from_bytes(raw, "little", signed=signed)


def encode_int(value: int, size: int) -> bytes:
    """`size` bytes, least significant first; negative values in two's complement."""
    try:
        return value.to_bytes(size, "little", signed=value < 0)
    except OverflowError:
        raise LocalProtocolError(f"{value} does not fit a {8 * size}-bit integer") from None


# -- type H: real (Annex A, type H) -------------------------------------------------------------------


def decode_real(raw: bytes) -> float:
    """IEEE 754 single precision, least significant byte first (type H)."""
    value: float = _REAL32.unpack(raw)[0]
    return value


def encode_real(value: float) -> bytes:
    """IEEE 754 single precision, least significant byte first."""
    try:
        return _REAL32.pack(value)
    except (OverflowError, struct.error):
        raise LocalProtocolError(f"{value} is no 32-bit real") from None


# -- LVAR (variable length data field) -------------------------------------------------------------------


def lvar_length(lvar: int) -> int:
    """Bytes that follow an LVAR byte (EN 13757-3 LVAR coding); reserved LVARs raise DecodeError."""
    if lvar < 0xC0:
        return lvar  # text, ISO/IEC 8859-1
    if lvar <= 0xC9:
        return lvar - 0xC0  # positive BCD with 2·(LVAR-C0h) digits
    if 0xD0 <= lvar <= 0xD9:
        return lvar - 0xD0  # negative BCD with 2·(LVAR-D0h) digits
    if 0xE0 <= lvar <= 0xEF:
        return lvar - 0xE0  # binary number
    if 0xF0 <= lvar <= 0xF4:
        return 4 * (lvar - 0xEC)  # binary number of 16..32 bytes
    if lvar == 0xF5:
        return 48
    if lvar == 0xF6:
        return 64
    raise DecodeError(f"LVAR 0x{lvar:02X} is reserved; the data length is unknown")


def decode_lvar(lvar: int, payload: bytes) -> str | int:
    """Text (characters sent last first), signed BCD, or a binary number as hex (most significant first)."""
    if lvar < 0xC0:
        return payload[::-1].decode("latin-1")
    if lvar <= 0xC9:
        return decode_bcd(payload)
    if lvar <= 0xD9:
        value = decode_bcd(payload)
        return -value if isinstance(value, int) else "-" + value
    return payload[::-1].hex().upper()


def encode_lvar_text(text: str) -> bytes:
    """LVAR byte and the ISO 8859-1 text, last character first."""
    try:
        payload = text.encode("latin-1")[::-1]
    except UnicodeEncodeError:
        raise LocalProtocolError(f"'{text}' is not ISO 8859-1 text") from None
    if len(payload) >= 0xC0:
        raise LocalProtocolError(f"text of {len(payload)} characters exceeds the LVAR range of 191")
    return bytes((len(payload),)) + payload


# -- date and time (Annex A, types F, G, I, J, K) -------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class TimePoint:
    """A decoded date/time field: ISO 8601 text (meter local time, no zone) and the flags it carries."""

    text: str
    invalid: bool = False
    summer_time: bool = False

    def __str__(self) -> str:
        return self.text


def _year(two_digits: int, hundred_years: int) -> int:
    # Annex A type F: year = 1900 + 100·HY + year; for meters that never set HY the standard recommends
    # reading 00..80 as 2000..2080.
    if hundred_years:
        return 1900 + 100 * hundred_years + two_digits
    return 2000 + two_digits if two_digits <= 80 else 1900 + two_digits


def decode_date_g(raw: bytes) -> TimePoint:
    """Type G (16 bit): day, month, two-digit year -> 'YYYY-MM-DD'."""
    b0, b1 = raw[0], raw[1]
    year = _year((b0 >> 5) | ((b1 >> 4) << 3), 0)
    return TimePoint(text=f"{year:04d}-{b1 & 0x0F:02d}-{b0 & 0x1F:02d}", invalid=raw == b"\xff\xff")


def decode_datetime_f(raw: bytes) -> TimePoint:
    """Type F (32 bit): minute, hour, day, month, year with IV (invalid), SU (summer) and HY (century)."""
    b0, b1, b2, b3 = raw[0], raw[1], raw[2], raw[3]
    year = _year((b2 >> 5) | ((b3 >> 4) << 3), (b1 >> 5) & 0x03)
    text = f"{year:04d}-{b3 & 0x0F:02d}-{b2 & 0x1F:02d}T{b1 & 0x1F:02d}:{b0 & 0x3F:02d}:00"
    return TimePoint(text=text, invalid=bool(b0 & 0x80), summer_time=bool(b1 & 0x80))


def decode_datetime_i(raw: bytes) -> TimePoint:
    """Type I (48 bit): second, minute, hour, day of week, day, month, year, week; IV and SU flags."""
    b0, b1, b2, b3, b4 = raw[0], raw[1], raw[2], raw[3], raw[4]
    year = _year((b3 >> 5) | ((b4 >> 4) << 3), 0)
    text = f"{year:04d}-{b4 & 0x0F:02d}-{b3 & 0x1F:02d}T{b2 & 0x1F:02d}:{b1 & 0x3F:02d}:{b0 & 0x3F:02d}"
    return TimePoint(text=text, invalid=bool(b1 & 0x80), summer_time=bool(b0 & 0x40))


def decode_time_j(raw: bytes) -> TimePoint:
    """Type J (24 bit): second, minute, hour -> 'HH:MM:SS'."""
    return TimePoint(text=f"{raw[2] & 0x1F:02d}:{raw[1] & 0x3F:02d}:{raw[0] & 0x3F:02d}")


def decode_time_point(raw: bytes) -> TimePoint | None:
    """The date/time type a field of this length carries (2: G, 3: J, 4: F, 6: I), else None."""
    size = len(raw)
    if size == 4:
        return decode_datetime_f(raw)
    if size == 2:
        return decode_date_g(raw)
    if size == 6:
        return decode_datetime_i(raw)
    if size == 3:
        return decode_time_j(raw)
    return None


def encode_date_g(year: int, month: int, day: int) -> bytes:
    """Type G for a date of 1981..2080."""
    y = year % 100
    return bytes((((y & 0x07) << 5) | (day & 0x1F), ((y >> 3) << 4) | (month & 0x0F)))


def encode_datetime_f(
    year: int,
    month: int,
    day: int,
    hour: int,
    minute: int,
    *,
    summer_time: bool = False,
    invalid: bool = False,
) -> bytes:
    """Type F for 1981..2199; the century goes into HY (1 for 20xx, 2 for 21xx)."""
    if not 1981 <= year <= 2199:
        raise LocalProtocolError(f"type F carries the years 1981..2199, not {year}")
    y = year % 100
    hy = (year - 1900) // 100 if year >= 2000 else 0
    return bytes(
        (
            (minute & 0x3F) | (0x80 if invalid else 0),
            (hour & 0x1F) | ((hy & 0x03) << 5) | (0x80 if summer_time else 0),
            ((y & 0x07) << 5) | (day & 0x1F),
            ((y >> 3) << 4) | (month & 0x0F),
        )
    )


def encode_datetime_i(
    year: int, month: int, day: int, *, hour: int = 0, minute: int = 0, second: int = 0
) -> bytes:
    """Type I without day of week and week number."""
    y = year % 100
    return bytes(
        (
            second & 0x3F,
            minute & 0x3F,
            hour & 0x1F,
            ((y & 0x07) << 5) | (day & 0x1F),
            ((y >> 3) << 4) | (month & 0x0F),
            0,
        )
    )
