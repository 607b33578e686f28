"""A-XDR encoding of COSEM data (IEC 62056-6-2 §4.1.5, Blue Book 4.1.5; A-XDR rules of IEC 61334-6).

`Data` is one typed value: the tag decides the encoding, so `Data.from_bytes(raw).to_bytes() == raw`
for every canonical encoding (minimal lengths, booleans 0x00/0x01). Decoding never raises anything but
DecodeError; encoding a value that does not fit its type raises LocalProtocolError.
"""

from __future__ import annotations

import enum
import math
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from app.errors import DecodeError, LocalProtocolError
from app.protocols.dlms.cosem_datetime import CosemDate, CosemDateTime, CosemTime

MAX_DEPTH = 48  # nesting of arrays/structures accepted on decode; real COSEM data stays below 8


class Reader:
    """A cursor over bytes that raises DecodeError (never IndexError) when data runs short."""

    __slots__ = ("data", "end", "pos")

    def __init__(self, data: bytes, pos: int = 0, end: int | None = None) -> None:
        self.data = data
        self.pos = pos
        self.end = len(data) if end is None else end

    def remaining(self) -> int:
        """How many bytes are left."""
        return self.end - self.pos

    def at_end(self) -> bool:
        """True when every byte was consumed."""
        return self.pos >= self.end

    def take(self, count: int) -> bytes:
        """The next `count` bytes."""
        if count < 0 or self.pos + count > self.end:
            raise DecodeError(f"needs {count} more bytes, only {self.end - self.pos} left", offset=self.pos)
        start = self.pos
        self.pos += count
        return self.data[start : self.pos]

    def u8(self) -> int:
        """One unsigned byte."""
        if self.pos >= self.end:
            raise DecodeError("data ends early", offset=self.pos)
        value = self.data[self.pos]
        self.pos += 1
        return value

    def peek(self) -> int:
        """The next byte without consuming it."""
        if self.pos >= self.end:
            raise DecodeError("data ends early", offset=self.pos)
        return self.data[self.pos]

    def uint(self, size: int) -> int:
        """An unsigned big-endian integer of `size` bytes."""
        return int.from_bytes(self.take(size), "big")

    def sint(self, size: int) -> int:
        """A signed big-endian integer of `size` bytes."""
        return int.from_bytes(self.take(size), "big", signed=True)

    def length(self) -> int:
        """An A-XDR length: one byte below 0x80, else 0x8N and N big-endian bytes (IEC 61334-6 §6)."""
        first = self.u8()
        if first < 0x80:
            return first
        size = first & 0x7F
        if size == 0 or size > 4:
            raise DecodeError(f"length form 0x{first:02X} not supported", offset=self.pos - 1)
        return self.uint(size)

    def rest(self) -> bytes:
        """Everything left."""
        return self.take(self.end - self.pos)

    def expect_end(self, what: str) -> None:
        """DecodeError if bytes are left over after `what`."""
        if self.pos != self.end:
            raise DecodeError(f"{self.end - self.pos} bytes after the end of {what}", offset=self.pos)


def encode_length(length: int) -> bytes:
    """The minimal A-XDR length encoding (IEC 61334-6 §6: short form below 128)."""
    if length < 0:
        raise LocalProtocolError(f"negative length {length}")
    if length < 0x80:
        return bytes((length,))
    size = (length.bit_length() + 7) // 8
    if size > 4:
        raise LocalProtocolError(f"length {length} too large")
    return bytes((0x80 | size,)) + length.to_bytes(size, "big")


def decode_length(raw: bytes) -> tuple[int, int]:
    """An A-XDR length at the start of `raw`: (length, bytes used)."""
    reader = Reader(raw)
    value = reader.length()
    return value, reader.pos


class DataType(enum.IntEnum):
    """The Data CHOICE tags (Blue Book 4.1.5, table 2)."""

    NULL_DATA = 0
    ARRAY = 1
    STRUCTURE = 2
    BOOLEAN = 3
    BIT_STRING = 4
    DOUBLE_LONG = 5
    DOUBLE_LONG_UNSIGNED = 6
    FLOATING_POINT = 7
    OCTET_STRING = 9
    VISIBLE_STRING = 10
    UTF8_STRING = 12
    BCD = 13
    INTEGER = 15
    LONG = 16
    UNSIGNED = 17
    LONG_UNSIGNED = 18
    COMPACT_ARRAY = 19
    LONG64 = 20
    LONG64_UNSIGNED = 21
    ENUM = 22
    FLOAT32 = 23
    FLOAT64 = 24
    DATE_TIME = 25
    DATE = 26
    TIME = 27
    DONT_CARE = 255

    @property
    def label(self) -> str:
        """The Blue Book name, e.g. `long-unsigned`."""
        return self.name.lower().replace("_", "-")


_TYPES = {int(t): t for t in DataType}

# fixed-size integers: (bytes, signed)
INTEGER_TYPES: dict[DataType, tuple[int, bool]] = {
    DataType.INTEGER: (1, True),
    DataType.LONG: (2, True),
    DataType.DOUBLE_LONG: (4, True),
    DataType.LONG64: (8, True),
    DataType.UNSIGNED: (1, False),
    DataType.LONG_UNSIGNED: (2, False),
    DataType.DOUBLE_LONG_UNSIGNED: (4, False),
    DataType.LONG64_UNSIGNED: (8, False),
    DataType.ENUM: (1, False),
    DataType.BCD: (1, False),
}
FLOAT_TYPES: dict[DataType, int] = {DataType.FLOATING_POINT: 4, DataType.FLOAT32: 4, DataType.FLOAT64: 8}
STRING_TYPES = (DataType.OCTET_STRING, DataType.VISIBLE_STRING, DataType.UTF8_STRING)
TIME_TYPES: dict[DataType, int] = {DataType.DATE_TIME: 12, DataType.DATE: 5, DataType.TIME: 4}
_FIXED_INTEGERS = {int(t): (t, size, signed) for t, (size, signed) in INTEGER_TYPES.items()}
_RANGES: dict[DataType, tuple[int, int]] = {
    t: ((-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1))
    for t, (size, signed) in INTEGER_TYPES.items()
}


def integer_range(data_type: DataType) -> tuple[int, int]:
    """The inclusive value range of an integer type."""
    return _RANGES[data_type]


@dataclass(frozen=True, kw_only=True, slots=True)
class BitString:
    """A bit-string: `length` bits, most significant bit of `data[0]` first; padding bits kept."""

    length: int
    data: bytes

    @classmethod
    def from_bits(cls, bits: str | Sequence[bool]) -> BitString:
        """From '0101…' text or a sequence of booleans."""
        flags = [c == "1" for c in bits] if isinstance(bits, str) else [bool(b) for b in bits]
        if isinstance(bits, str) and set(bits) - {"0", "1"}:
            raise LocalProtocolError(f"not a bit string: {bits!r}")
        out = bytearray((len(flags) + 7) // 8)
        for i, flag in enumerate(flags):
            if flag:
                out[i // 8] |= 0x80 >> (i % 8)
        return cls(length=len(flags), data=bytes(out))

    @property
    def bits(self) -> str:
        """The bits as '0'/'1' text."""
        return "".join("1" if self[i] else "0" for i in range(self.length))

    def __getitem__(self, index: int) -> bool:
        if not 0 <= index < self.length:
            raise IndexError(index)
        return bool(self.data[index // 8] & (0x80 >> (index % 8)))

    def __len__(self) -> int:
        return self.length


@dataclass(frozen=True, kw_only=True, slots=True)
class TypeDescription:
    """A compact-array element type (Blue Book 4.1.5): a simple type, array(n, T) or structure(T…)."""

    type: DataType
    length: int = 0  # number of elements of an ARRAY description
    members: tuple[TypeDescription, ...] = ()  # ARRAY: (element,); STRUCTURE: the member types

    def to_bytes(self) -> bytes:
        """The type description octets."""
        out = bytearray()
        self._encode(out, 0)
        return bytes(out)

    def _encode(self, out: bytearray, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise LocalProtocolError("type description nested too deeply")
        out.append(self.type)
        if self.type is DataType.ARRAY:
            if len(self.members) != 1 or not 0 <= self.length <= 0xFFFF:
                raise LocalProtocolError("an array type description needs one element type and 0..65535")
            out += self.length.to_bytes(2, "big")
            self.members[0]._encode(out, depth + 1)
        elif self.type is DataType.STRUCTURE:
            out += encode_length(len(self.members))
            for member in self.members:
                member._encode(out, depth + 1)
        elif self.type is DataType.COMPACT_ARRAY:
            raise LocalProtocolError("a compact-array cannot nest a compact-array")
        elif self.members or self.length:
            raise LocalProtocolError(f"{self.type.label} type description takes no members")

    @classmethod
    def decode(cls, reader: Reader, depth: int = 0) -> TypeDescription:
        """Read one type description."""
        if depth > MAX_DEPTH:
            raise DecodeError("type description nested too deeply", offset=reader.pos)
        tag = reader.u8()
        data_type = _TYPES.get(tag)
        if data_type is None or data_type is DataType.COMPACT_ARRAY:
            raise DecodeError(f"type description tag {tag} unknown", offset=reader.pos - 1)
        if data_type is DataType.ARRAY:
            count = reader.uint(2)
            return cls(type=data_type, length=count, members=(cls.decode(reader, depth + 1),))
        if data_type is DataType.STRUCTURE:
            count = reader.length()
            if count > reader.remaining():
                raise DecodeError(f"structure description of {count} members runs past the data")
            return cls(type=data_type, members=tuple(cls.decode(reader, depth + 1) for _ in range(count)))
        return cls(type=data_type)

    def min_size(self) -> int:
        """The fewest content bytes one element of this type takes."""
        if self.type is DataType.ARRAY:
            return self.length * self.members[0].min_size()
        if self.type is DataType.STRUCTURE:
            return sum(m.min_size() for m in self.members)
        if self.type in INTEGER_TYPES:
            return INTEGER_TYPES[self.type][0]
        if self.type in FLOAT_TYPES:
            return FLOAT_TYPES[self.type]
        if self.type in TIME_TYPES:
            return TIME_TYPES[self.type]
        if self.type in (DataType.NULL_DATA, DataType.DONT_CARE):
            return 0
        return 1  # boolean, and the length byte of strings and bit-strings

    @classmethod
    def of(cls, value: Data) -> TypeDescription:
        """The description that fits `value` (arrays take their first element's shape)."""
        if value.type is DataType.ARRAY:
            items = value.items
            if not items:
                raise LocalProtocolError("cannot describe an empty array")
            return cls(type=DataType.ARRAY, length=len(items), members=(cls.of(items[0]),))
        if value.type is DataType.STRUCTURE:
            return cls(type=DataType.STRUCTURE, members=tuple(cls.of(m) for m in value.items))
        return cls(type=value.type)


@dataclass(frozen=True, kw_only=True, slots=True)
class CompactArray:
    """A compact-array: one type description and the elements, encoded without their tags."""

    description: TypeDescription
    elements: tuple[Data, ...]


DataValue: TypeAlias = (
    bool
    | int
    | float
    | bytes
    | str
    | BitString
    | CosemDateTime
    | CosemDate
    | CosemTime
    | CompactArray
    | tuple["Data", ...]
    | None
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Data:
    """One COSEM data value with its A-XDR type (Blue Book 4.1.5)."""

    type: DataType
    value: DataValue = None

    # construction ---------------------------------------------------------------------------------
    @classmethod
    def null(cls) -> Data:
        """null-data."""
        return cls(type=DataType.NULL_DATA)

    @classmethod
    def dont_care(cls) -> Data:
        """dont-care (used in selective-access templates)."""
        return cls(type=DataType.DONT_CARE)

    @classmethod
    def array(cls, items: Iterable[Data]) -> Data:
        """array of Data."""
        return cls(type=DataType.ARRAY, value=tuple(items))

    @classmethod
    def structure(cls, items: Iterable[Data]) -> Data:
        """structure of Data."""
        return cls(type=DataType.STRUCTURE, value=tuple(items))

    @classmethod
    def boolean(cls, value: bool) -> Data:
        """boolean."""
        return cls(type=DataType.BOOLEAN, value=bool(value))

    @classmethod
    def bit_string(cls, bits: str | Sequence[bool] | BitString) -> Data:
        """bit-string from '0101…' text, booleans, or a BitString."""
        value = bits if isinstance(bits, BitString) else BitString.from_bits(bits)
        return cls(type=DataType.BIT_STRING, value=value)

    @classmethod
    def integer(cls, value: int) -> Data:
        """integer (Integer8)."""
        return cls(type=DataType.INTEGER, value=value)

    @classmethod
    def long(cls, value: int) -> Data:
        """long (Integer16)."""
        return cls(type=DataType.LONG, value=value)

    @classmethod
    def double_long(cls, value: int) -> Data:
        """double-long (Integer32)."""
        return cls(type=DataType.DOUBLE_LONG, value=value)

    @classmethod
    def long64(cls, value: int) -> Data:
        """long64 (Integer64)."""
        return cls(type=DataType.LONG64, value=value)

    @classmethod
    def unsigned(cls, value: int) -> Data:
        """unsigned (Unsigned8)."""
        return cls(type=DataType.UNSIGNED, value=value)

    @classmethod
    def long_unsigned(cls, value: int) -> Data:
        """long-unsigned (Unsigned16)."""
        return cls(type=DataType.LONG_UNSIGNED, value=value)

    @classmethod
    def double_long_unsigned(cls, value: int) -> Data:
        """double-long-unsigned (Unsigned32)."""
        return cls(type=DataType.DOUBLE_LONG_UNSIGNED, value=value)

    @classmethod
    def long64_unsigned(cls, value: int) -> Data:
        """long64-unsigned (Unsigned64)."""
        return cls(type=DataType.LONG64_UNSIGNED, value=value)

    @classmethod
    def enum(cls, value: int) -> Data:
        """enum (Unsigned8)."""
        return cls(type=DataType.ENUM, value=int(value))

    @classmethod
    def bcd(cls, value: int) -> Data:
        """bcd: one raw octet."""
        return cls(type=DataType.BCD, value=value)

    @classmethod
    def float32(cls, value: float) -> Data:
        """float32."""
        return cls(type=DataType.FLOAT32, value=float(value))

    @classmethod
    def float64(cls, value: float) -> Data:
        """float64."""
        return cls(type=DataType.FLOAT64, value=float(value))

    @classmethod
    def octet_string(cls, value: bytes) -> Data:
        """octet-string."""
        return cls(type=DataType.OCTET_STRING, value=bytes(value))

    @classmethod
    def visible_string(cls, value: str) -> Data:
        """visible-string (kept as text; each character one octet)."""
        return cls(type=DataType.VISIBLE_STRING, value=value)

    @classmethod
    def utf8_string(cls, value: str) -> Data:
        """utf8-string."""
        return cls(type=DataType.UTF8_STRING, value=value)

    @classmethod
    def date_time(cls, value: CosemDateTime) -> Data:
        """date-time (tag 25); most COSEM attributes carry date-times as octet-string instead."""
        return cls(type=DataType.DATE_TIME, value=value)

    @classmethod
    def date(cls, value: CosemDate) -> Data:
        """date (tag 26)."""
        return cls(type=DataType.DATE, value=value)

    @classmethod
    def time(cls, value: CosemTime) -> Data:
        """time (tag 27)."""
        return cls(type=DataType.TIME, value=value)

    @classmethod
    def compact_array(cls, description: TypeDescription, elements: Iterable[Data]) -> Data:
        """compact-array of elements that all fit `description`."""
        return cls(
            type=DataType.COMPACT_ARRAY,
            value=CompactArray(description=description, elements=tuple(elements)),
        )

    @classmethod
    def octet_date_time(cls, value: CosemDateTime) -> Data:
        """A date-time as the 12-octet octet-string COSEM attributes use (e.g. Clock time)."""
        return cls(type=DataType.OCTET_STRING, value=value.to_bytes())

    # access ---------------------------------------------------------------------------------------
    @property
    def items(self) -> tuple[Data, ...]:
        """The members of an array, structure or compact-array; DecodeError for other types."""
        if isinstance(self.value, tuple):
            return self.value
        if isinstance(self.value, CompactArray):
            return self.value.elements
        raise DecodeError(f"expected an array or structure, got {self.type.label}")

    def as_int(self) -> int:
        """The integer of an integer, enum or bcd value; DecodeError otherwise."""
        if self.type in INTEGER_TYPES and isinstance(self.value, int):
            return self.value
        raise DecodeError(f"expected an integer, got {self.type.label}")

    def as_number(self) -> int | float:
        """The number of an integer or float value; DecodeError otherwise."""
        if self.type in FLOAT_TYPES and isinstance(self.value, float):
            return self.value
        return self.as_int()

    def as_bool(self) -> bool:
        """The truth of a boolean value; DecodeError otherwise."""
        if self.type is DataType.BOOLEAN and isinstance(self.value, bool):
            return self.value
        raise DecodeError(f"expected a boolean, got {self.type.label}")

    def as_bytes(self) -> bytes:
        """The octets of an octet-string (or the text of a visible-string as Latin-1)."""
        if isinstance(self.value, bytes):
            return self.value
        if self.type is DataType.VISIBLE_STRING and isinstance(self.value, str):
            return self.value.encode("latin-1")
        raise DecodeError(f"expected an octet-string, got {self.type.label}")

    def as_str(self) -> str:
        """The text of a visible/utf8-string, or an octet-string read as Latin-1."""
        if isinstance(self.value, str):
            return self.value
        if isinstance(self.value, bytes):
            return self.value.decode("latin-1")
        raise DecodeError(f"expected a string, got {self.type.label}")

    def as_bit_string(self) -> BitString:
        """The bits of a bit-string; DecodeError otherwise."""
        if isinstance(self.value, BitString):
            return self.value
        raise DecodeError(f"expected a bit-string, got {self.type.label}")

    def as_date_time(self) -> CosemDateTime:
        """A date-time from a date-time value or a 12-octet octet-string; DecodeError otherwise."""
        if isinstance(self.value, CosemDateTime):
            return self.value
        if self.type is DataType.OCTET_STRING and isinstance(self.value, bytes) and len(self.value) == 12:
            return CosemDateTime.from_bytes(self.value)
        raise DecodeError(f"expected a date-time, got {self.type.label}")

    def to_python(self) -> Any:
        """Plain Python: lists for arrays/structures, bytes, str, int, float, bool, date-time objects."""
        if isinstance(self.value, tuple):
            return [item.to_python() for item in self.value]
        if isinstance(self.value, CompactArray):
            return [item.to_python() for item in self.value.elements]
        if isinstance(self.value, BitString):
            return self.value.bits
        return self.value

    # codec ----------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The tagged A-XDR encoding."""
        out = bytearray()
        _encode(self, out, 0, tagged=True)
        return bytes(out)

    @classmethod
    def from_bytes(cls, raw: bytes) -> Data:
        """Decode exactly one tagged value."""
        reader = Reader(bytes(raw))
        value = decode_data(reader)
        reader.expect_end("the data")
        return value

    def __str__(self) -> str:
        return f"{self.type.label}:{self.to_python()!r}"


def decode_data(reader: Reader, depth: int = 0) -> Data:
    """Read one tagged Data value."""
    if depth > MAX_DEPTH:
        raise DecodeError("data nested too deeply", offset=reader.pos)
    tag_at = reader.pos
    tag = reader.u8()
    fixed = _FIXED_INTEGERS.get(tag)
    if fixed is not None:  # the common case, kept short: profile buffers are mostly integers
        int_type, size, signed = fixed
        stop = reader.pos + size
        if stop > reader.end:
            raise DecodeError(f"{int_type.label} runs past the data", offset=tag_at)
        value = int.from_bytes(reader.data[reader.pos : stop], "big", signed=signed)
        reader.pos = stop
        return Data(type=int_type, value=value)
    data_type = _TYPES.get(tag)
    if data_type is None:
        raise DecodeError(f"unknown data tag {tag}", offset=tag_at)
    if data_type is DataType.ARRAY or data_type is DataType.STRUCTURE:
        count = reader.length()
        if count > reader.remaining():
            raise DecodeError(f"{data_type.label} of {count} elements runs past the data", offset=tag_at)
        return Data(type=data_type, value=tuple(decode_data(reader, depth + 1) for _ in range(count)))
    if data_type is DataType.COMPACT_ARRAY:
        return _decode_compact_array(reader, depth)
    return _decode_untagged(data_type, reader)


def _decode_untagged(data_type: DataType, reader: Reader) -> Data:
    size_sign = INTEGER_TYPES.get(data_type)
    if size_sign is not None:
        size, signed = size_sign
        return Data(type=data_type, value=int.from_bytes(reader.take(size), "big", signed=signed))
    if data_type is DataType.OCTET_STRING:
        return Data(type=data_type, value=reader.take(reader.length()))
    if data_type is DataType.VISIBLE_STRING:
        return Data(type=data_type, value=reader.take(reader.length()).decode("latin-1"))
    if data_type is DataType.UTF8_STRING:
        raw = reader.take(reader.length())
        try:
            return Data(type=data_type, value=raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DecodeError("utf8-string is not valid UTF-8", offset=reader.pos - len(raw)) from exc
    if data_type is DataType.BOOLEAN:
        return Data(type=data_type, value=reader.u8() != 0)
    if data_type is DataType.BIT_STRING:
        bits = reader.length()
        return Data(type=data_type, value=BitString(length=bits, data=reader.take((bits + 7) // 8)))
    if data_type in FLOAT_TYPES:
        return Data(type=data_type, value=_unpack_float(reader.take(FLOAT_TYPES[data_type])))
    if data_type is DataType.DATE_TIME:
        return Data(type=data_type, value=CosemDateTime.from_bytes(reader.take(12)))
    if data_type is DataType.DATE:
        return Data(type=data_type, value=CosemDate.from_bytes(reader.take(5)))
    if data_type is DataType.TIME:
        return Data(type=data_type, value=CosemTime.from_bytes(reader.take(4)))
    if data_type is DataType.NULL_DATA or data_type is DataType.DONT_CARE:
        return Data(type=data_type)
    raise DecodeError(f"{data_type.label} cannot appear here", offset=reader.pos)


def _decode_compact_array(reader: Reader, depth: int) -> Data:
    description = TypeDescription.decode(reader)
    if description.min_size() == 0:
        raise DecodeError("compact-array element type takes no bytes", offset=reader.pos)
    size = reader.length()
    contents = Reader(reader.data, reader.pos, reader.pos + size)
    reader.take(size)
    elements = []
    while not contents.at_end():
        elements.append(_decode_described(description, contents, depth + 1))
    return Data(
        type=DataType.COMPACT_ARRAY, value=CompactArray(description=description, elements=tuple(elements))
    )


def _decode_described(description: TypeDescription, reader: Reader, depth: int) -> Data:
    if depth > MAX_DEPTH:
        raise DecodeError("compact-array nested too deeply", offset=reader.pos)
    if description.type is DataType.ARRAY:
        element = description.members[0]
        if description.length * max(element.min_size(), 1) > reader.remaining():
            raise DecodeError("compact-array element runs past its contents", offset=reader.pos)
        items = tuple(_decode_described(element, reader, depth + 1) for _ in range(description.length))
        return Data(type=DataType.ARRAY, value=items)
    if description.type is DataType.STRUCTURE:
        items = tuple(_decode_described(m, reader, depth + 1) for m in description.members)
        return Data(type=DataType.STRUCTURE, value=items)
    return _decode_untagged(description.type, reader)


def _unpack_float(raw: bytes) -> float:
    # struct quiets signalling NaNs when packing float32, so NaN payloads are carried by hand
    if len(raw) == 4:
        bits = int.from_bytes(raw, "big")
        if bits & 0x7F800000 == 0x7F800000 and bits & 0x007FFFFF:
            double = (bits & 0x80000000) << 32 | 0x7FF << 52 | (bits & 0x007FFFFF) << 29
            return float(struct.unpack(">d", double.to_bytes(8, "big"))[0])
        return float(struct.unpack(">f", raw)[0])
    return float(struct.unpack(">d", raw)[0])


def _pack_float(value: float, size: int) -> bytes:
    if size == 8:
        return struct.pack(">d", value)
    if math.isnan(value):
        double = int.from_bytes(struct.pack(">d", value), "big")
        payload = (double >> 29) & 0x007FFFFF or 0x00400000
        return ((double >> 32) & 0x80000000 | 0x7F800000 | payload).to_bytes(4, "big")
    try:
        return struct.pack(">f", value)
    except OverflowError as exc:
        raise LocalProtocolError(f"{value} does not fit float32") from exc


def _encode(data: Data, out: bytearray, depth: int, *, tagged: bool) -> None:
    if depth > MAX_DEPTH:
        raise LocalProtocolError("data nested too deeply")
    data_type = data.type
    value = data.value
    if tagged:
        out.append(data_type)
    if data_type is DataType.ARRAY or data_type is DataType.STRUCTURE:
        if not isinstance(value, tuple):
            raise LocalProtocolError(f"{data_type.label} needs a tuple of Data")
        if tagged:
            out += encode_length(len(value))
        for item in value:
            _encode(item, out, depth + 1, tagged=tagged)
        return
    size_sign = INTEGER_TYPES.get(data_type)
    if size_sign is not None:
        if type(value) is not int:
            raise LocalProtocolError(f"{data_type.label} needs an int, got {type(value).__name__}")
        low, high = integer_range(data_type)
        if not low <= value <= high:
            raise LocalProtocolError(f"{value} out of range for {data_type.label} ({low}..{high})")
        out += value.to_bytes(size_sign[0], "big", signed=size_sign[1])
        return
    if data_type is DataType.OCTET_STRING:
        if not isinstance(value, bytes):
            raise LocalProtocolError("octet-string needs bytes")
        out += encode_length(len(value)) + value
        return
    if data_type is DataType.VISIBLE_STRING or data_type is DataType.UTF8_STRING:
        if not isinstance(value, str):
            raise LocalProtocolError(f"{data_type.label} needs str")
        try:
            raw = value.encode("latin-1" if data_type is DataType.VISIBLE_STRING else "utf-8")
        except UnicodeEncodeError as exc:
            raise LocalProtocolError(f"{value!r} does not fit {data_type.label}") from exc
        out += encode_length(len(raw)) + raw
        return
    if data_type is DataType.BOOLEAN:
        if not isinstance(value, bool):
            raise LocalProtocolError("boolean needs bool")
        out.append(1 if value else 0)
        return
    if data_type is DataType.BIT_STRING:
        if not isinstance(value, BitString) or len(value.data) != (value.length + 7) // 8:
            raise LocalProtocolError("bit-string needs a BitString whose data fits its length")
        out += encode_length(value.length) + value.data
        return
    if data_type in FLOAT_TYPES:
        if not isinstance(value, float):
            raise LocalProtocolError(f"{data_type.label} needs float")
        out += _pack_float(value, FLOAT_TYPES[data_type])
        return
    if data_type in TIME_TYPES:
        expected = {DataType.DATE_TIME: CosemDateTime, DataType.DATE: CosemDate, DataType.TIME: CosemTime}
        if not isinstance(value, expected[data_type]):
            raise LocalProtocolError(f"{data_type.label} needs {expected[data_type].__name__}")
        out += value.to_bytes()  # type: ignore[union-attr]
        return
    if data_type is DataType.COMPACT_ARRAY:
        if not isinstance(value, CompactArray):
            raise LocalProtocolError("compact-array needs a CompactArray")
        if not tagged:
            raise LocalProtocolError("a compact-array cannot nest a compact-array")
        description = value.description
        if description.min_size() == 0:
            raise LocalProtocolError("compact-array element type takes no bytes")
        out += description.to_bytes()
        contents = bytearray()
        for element in value.elements:
            _encode_described(description, element, contents, depth + 1)
        out += encode_length(len(contents)) + contents
        return
    if data_type is DataType.NULL_DATA or data_type is DataType.DONT_CARE:
        if value is not None:
            raise LocalProtocolError(f"{data_type.label} carries no value")
        return
    raise LocalProtocolError(f"cannot encode {data_type!r}")


def _encode_described(description: TypeDescription, data: Data, out: bytearray, depth: int) -> None:
    if data.type is not description.type:
        raise LocalProtocolError(f"compact-array element {data.type.label} is not {description.type.label}")
    if description.type is DataType.ARRAY:
        items = data.items
        if len(items) != description.length:
            raise LocalProtocolError(
                f"compact-array element has {len(items)} items, not {description.length}"
            )
        for item in items:
            _encode_described(description.members[0], item, out, depth + 1)
    elif description.type is DataType.STRUCTURE:
        items = data.items
        if len(items) != len(description.members):
            raise LocalProtocolError("compact-array structure has the wrong number of members")
        for member, item in zip(description.members, items, strict=True):
            _encode_described(member, item, out, depth + 1)
    else:
        _encode(data, out, depth, tagged=False)
