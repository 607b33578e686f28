"""OBIS codes (IEC 62056-6-1), units and scalers (IEC 62056-6-2 §4.3.2 / Blue Book 4.3.2, table 4)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.errors import DecodeError, ValidationError

_FULL = re.compile(r"^(\d+)\.(\d+)\.(\d+)\.(\d+)\.(\d+)\.(\d+)$")
# IEC 62056-6-1 §5.2 display form: A-B:C.D.E*F with A-B:, .E and *F (or &F) each optional
_REDUCED = re.compile(r"^(?:(\d+)-)?(?:(\d+):)?(\d+)\.(\d+)(?:\.(\d+))?(?:[*&](\d+))?$")


@dataclass(frozen=True, kw_only=True, slots=True, order=True)
class Obis:
    """An OBIS code A-B:C.D.E*F (IEC 62056-6-1 §4); each group 0..255."""

    a: int
    b: int
    c: int
    d: int
    e: int
    f: int = 255

    def __post_init__(self) -> None:
        for group in (self.a, self.b, self.c, self.d, self.e, self.f):
            if type(group) is not int or not 0 <= group <= 255:
                raise ValidationError("obis", f"OBIS group {group!r} is not 0..255")

    @classmethod
    def parse(cls, text: str, *, default_a: int = 1, default_b: int = 0, default_f: int = 255) -> Obis:
        """From `1.0.1.8.0.255`, `1-0:1.8.0*255`, `1-0:1.8.0`, `0:96.1.0` or `1.8.0` (defaults fill in)."""
        cleaned = text.strip()
        match = _FULL.match(cleaned)
        if match:
            return cls(**dict(zip("abcdef", (int(g) for g in match.groups()), strict=True)))
        match = _REDUCED.match(cleaned)
        if not match:
            raise ValidationError("obis", f"{text!r} is not an OBIS code")
        a, b, c, d, e, f = match.groups()
        return cls(
            a=int(a) if a is not None else default_a,
            b=int(b) if b is not None else default_b,
            c=int(c),
            d=int(d),
            e=int(e) if e is not None else 0,
            f=int(f) if f is not None else default_f,
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> Obis:
        """From the 6-octet logical name."""
        if len(raw) != 6:
            raise DecodeError(f"a logical name has 6 octets, not {len(raw)}")
        return cls(a=raw[0], b=raw[1], c=raw[2], d=raw[3], e=raw[4], f=raw[5])

    @classmethod
    def coerce(cls, value: Obis | str | bytes) -> Obis:
        """An Obis from an Obis, its text or its 6 octets."""
        if isinstance(value, Obis):
            return value
        if isinstance(value, bytes | bytearray):
            return cls.from_bytes(bytes(value))
        return cls.parse(value)

    def to_bytes(self) -> bytes:
        """The 6-octet logical name."""
        return bytes((self.a, self.b, self.c, self.d, self.e, self.f))

    @property
    def dotted(self) -> str:
        """`1.0.1.8.0.255`, the form the JSON output uses."""
        return f"{self.a}.{self.b}.{self.c}.{self.d}.{self.e}.{self.f}"

    @property
    def display(self) -> str:
        """`1-0:1.8.0*255`, the IEC 62056-6-1 display form."""
        return f"{self.a}-{self.b}:{self.c}.{self.d}.{self.e}*{self.f}"

    def __str__(self) -> str:
        return self.dotted


def obis_tuple(text: str) -> tuple[int | None, ...]:
    """The six groups of a possibly reduced OBIS text, None where a group is not given."""
    cleaned = text.strip()
    match = _FULL.match(cleaned)
    if match:
        return tuple(int(g) for g in match.groups())
    match = _REDUCED.match(cleaned)
    if not match:
        raise ValidationError("obis", f"{text!r} is not an OBIS code")
    return tuple(None if group is None else int(group) for group in match.groups())


# Blue Book 4.3.2 table 4: the unit enumeration of scaler_unit
UNITS: dict[int, str] = {
    1: "a",
    2: "mo",
    3: "wk",
    4: "d",
    5: "h",
    6: "min",
    7: "s",
    8: "°",
    9: "°C",
    10: "currency",
    11: "m",
    12: "m/s",
    13: "m³",
    14: "m³",  # corrected volume
    15: "m³/h",
    16: "m³/h",  # corrected volume flux
    17: "m³/d",
    18: "m³/d",  # corrected volume flux
    19: "l",
    20: "kg",
    21: "N",
    22: "Nm",
    23: "Pa",
    24: "bar",
    25: "J",
    26: "J/h",
    27: "W",
    28: "VA",
    29: "var",
    30: "Wh",
    31: "VAh",
    32: "varh",
    33: "A",
    34: "C",
    35: "V",
    36: "V/m",
    37: "F",
    38: "Ω",
    39: "Ωm²/m",
    40: "Wb",
    41: "T",
    42: "A/m",
    43: "H",
    44: "Hz",
    45: "1/(Wh)",
    46: "1/(varh)",
    47: "1/(VAh)",
    48: "V²h",
    49: "A²h",
    50: "kg/s",
    51: "S",
    52: "K",
    53: "1/(V²h)",
    54: "1/(A²h)",
    55: "1/m³",
    56: "%",
    57: "Ah",
    60: "Wh/m³",
    61: "J/m³",
    62: "Mol %",
    63: "g/m³",
    64: "Pa s",
    65: "J/kg",
    66: "g/cm²",
    67: "atm",
    70: "dBm",
    71: "dBµV",
    72: "dB",
    253: "",  # reserved
    254: "other",
    255: "",  # count: no unit
}

UNIT_NAMES: dict[int, str] = {
    27: "active power",
    28: "apparent power",
    29: "reactive power",
    30: "active energy",
    31: "apparent energy",
    32: "reactive energy",
    33: "current",
    35: "voltage",
    44: "frequency",
}


def unit_symbol(unit: int) -> str:
    """The symbol of a unit code (`27` → `W`); `unit_N` for a code the table does not know."""
    return UNITS.get(unit, f"unit_{unit}")


def unit_code(symbol: str) -> int:
    """The first unit code with this symbol (`Wh` → 30); ValidationError if none."""
    for code, text in UNITS.items():
        if text == symbol and text:
            return code
    if symbol == "":
        return 255
    raise ValidationError("unit", f"unknown unit {symbol!r}")


@dataclass(frozen=True, kw_only=True, slots=True)
class ScalerUnit:
    """A register's scaler_unit (Blue Book 4.3.2): value × 10^scaler in `unit`."""

    scaler: int = 0
    unit: int = 255

    @property
    def symbol(self) -> str:
        """The unit symbol."""
        return unit_symbol(self.unit)

    def scale(self, raw: int | float) -> Decimal | float:
        """raw × 10^scaler: exact Decimal for integers, float for floats."""
        return scale(raw, self.scaler)


def scale(raw: int | float, scaler: int) -> Decimal | float:
    """raw × 10^scaler: an exact Decimal for integer raws, a float for float raws."""
    if isinstance(raw, float):
        return raw * (10.0**scaler)
    return Decimal(raw).scaleb(scaler)
