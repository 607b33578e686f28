"""COSEM values as people type and read them, shared by `gwterm dlms` and the DLMS tab: `OBIS[:N]`
targets, typed values from text (and back), register scaling, and profile generic columns and cells."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.errors import GwtermError, LocalProtocolError, ValidationError
from app.protocols.dlms.axdr import FLOAT_TYPES, INTEGER_TYPES, Data, DataType
from app.protocols.dlms.cosem import CaptureObject, scaler_unit_from_data
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.decode import data_json
from app.protocols.dlms.obis import Obis, ScalerUnit

REGISTER_CLASSES = (3, 4, 5)  # classes whose value attributes carry a scaler_unit
AXDR_HEX = "axdr-hex"  # a whole tagged A-XDR value as hex (structures, arrays, anything else)
NO_VALUE = "none"  # a method invoked without a parameter


def parse_when(text: str) -> datetime.datetime:
    """An ISO time; a naive one is read as the PC's local time. ValidationError if unreadable."""
    try:
        when = datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("time", f"'{text}' is not an ISO time like 2026-11-01T00:00") from None
    return when if when.tzinfo is not None else when.astimezone()


VALUE_TYPES: dict[str, Callable[[str], Data]] = {
    "boolean": lambda t: Data.boolean(t.strip().lower() in ("1", "true", "yes", "on")),
    "integer": lambda t: Data.integer(int(t, 0)),
    "long": lambda t: Data.long(int(t, 0)),
    "double-long": lambda t: Data.double_long(int(t, 0)),
    "long64": lambda t: Data.long64(int(t, 0)),
    "unsigned": lambda t: Data.unsigned(int(t, 0)),
    "long-unsigned": lambda t: Data.long_unsigned(int(t, 0)),
    "double-long-unsigned": lambda t: Data.double_long_unsigned(int(t, 0)),
    "long64-unsigned": lambda t: Data.long64_unsigned(int(t, 0)),
    "enum": lambda t: Data.enum(int(t, 0)),
    "float32": lambda t: Data.float32(float(t)),
    "float64": lambda t: Data.float64(float(t)),
    "octet-string": lambda t: Data.octet_string(t.encode("latin-1")),
    "octet-string-hex": lambda t: Data.octet_string(bytes.fromhex(t)),
    "visible-string": Data.visible_string,
    "utf8-string": Data.utf8_string,
    "bit-string": lambda t: Data.bit_string(t.strip()),
    "date-time": lambda t: Data.octet_date_time(CosemDateTime.from_datetime(parse_when(t))),
    "date-time-tagged": lambda t: Data.date_time(CosemDateTime.from_datetime(parse_when(t))),
    "null": lambda t: Data.null(),
}
INTEGER_VALUE_TYPES = {t.label: t for t in INTEGER_TYPES if t is not DataType.BCD}


def parse_target(text: str, *, default: int | None = 2) -> tuple[Obis, int]:
    """`OBIS[:N]` as a logical name and attribute (or method) index."""
    name, colon, index = text.rpartition(":") if text.count(":") else (text, "", "")
    if not colon or "-" in index or "*" in index:  # `1-0:1.8.0*255` is a whole OBIS code
        name, index = text, ""
    try:
        obis = Obis.coerce(name)
    except (ValueError, GwtermError) as exc:
        raise ValidationError("obis", f"'{name}': {exc}") from None
    if not index:
        if default is None:
            raise ValidationError("target", f"'{text}': give OBIS:INDEX")
        return obis, default
    if not index.isdigit():
        raise ValidationError("target", f"'{text}': the index after ':' must be a number")
    return obis, int(index)


def parse_axdr_hex(text: str) -> Data:
    """One tagged A-XDR value from hex (spaces allowed); ValidationError with the reason otherwise."""
    try:
        raw = bytes.fromhex(text.replace(" ", "").replace("\n", ""))
    except ValueError:
        raise ValidationError("hex", f"'{text}' is not hex") from None
    if not raw:
        raise ValidationError("hex", "give the value's A-XDR bytes")
    try:
        return Data.from_bytes(raw)
    except GwtermError as exc:
        raise ValidationError("hex", f"not one A-XDR value: {exc}") from None


def parse_typed(type_name: str, text: str) -> Data:
    """`text` read as a value of `type_name` (a VALUE_TYPES key or AXDR_HEX), checked to encode;
    ValidationError with the reason otherwise."""
    if type_name == AXDR_HEX:
        return parse_axdr_hex(text)
    maker = VALUE_TYPES.get(type_name)
    if maker is None:
        raise ValidationError("type", f"unknown value type '{type_name}'")
    try:
        data = maker(text)
    except ValidationError:
        raise
    except (ValueError, OverflowError, GwtermError) as exc:
        raise ValidationError("value", f"'{text}' is not a valid {type_name}: {exc}") from None
    try:
        data.to_bytes()
    except LocalProtocolError as exc:
        raise ValidationError("value", str(exc)) from None
    return data


def _printable(raw: bytes) -> bool:
    return all(0x20 <= b < 0x7F for b in raw)


def date_time_of(data: Data) -> CosemDateTime | None:
    """The date-time a value carries (tag 25, or a 12-octet octet-string that reads as a full time)."""
    if isinstance(data.value, CosemDateTime):
        return data.value
    if data.type is DataType.OCTET_STRING and isinstance(data.value, bytes) and len(data.value) == 12:
        try:
            stamp = CosemDateTime.from_bytes(data.value)
            return stamp if stamp.to_datetime() is not None else None
        except GwtermError:
            return None
    return None


def value_type_of(data: Data) -> str:
    """The VALUE_TYPES key (or AXDR_HEX) whose text form reproduces this value."""
    if data.type is DataType.DATE_TIME:
        return "date-time-tagged" if date_time_of(data) is not None else AXDR_HEX
    if data.type is DataType.OCTET_STRING and isinstance(data.value, bytes):
        if date_time_of(data) is not None:
            return "date-time"
        return "octet-string" if _printable(data.value) else "octet-string-hex"
    label = data.type.label
    if label in VALUE_TYPES and data.type is not DataType.NULL_DATA:
        return label
    return "null" if data.type is DataType.NULL_DATA else AXDR_HEX


def value_text(data: Data, type_name: str | None = None) -> str:
    """The text that `parse_typed(type_name, …)` reads back as this value (the type from value_type_of)."""
    kind = type_name or value_type_of(data)
    value = data.value
    if kind in ("date-time", "date-time-tagged"):
        stamp = date_time_of(data)
        moment = stamp.to_datetime() if stamp is not None else None
        if moment is not None:
            return (moment.astimezone() if moment.tzinfo else moment).replace(tzinfo=None).isoformat()
        return ""
    if kind == "octet-string-hex" and isinstance(value, bytes):
        return value.hex().upper()
    if kind == "octet-string" and isinstance(value, bytes):
        return value.decode("latin-1")
    if kind == "boolean" and isinstance(value, bool):
        return "true" if value else "false"
    if kind == "bit-string":
        return data.as_bit_string().bits
    if kind == AXDR_HEX:
        return data.to_bytes().hex(" ").upper()
    if kind == "null" or value is None:
        return ""
    return str(value)


def display_text(data: Data) -> str:
    """A value as one line for people: numbers, ISO times, text or hex, JSON for arrays/structures."""
    shown = data_json(data, text=True)
    if isinstance(shown, list):
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(shown, bool):
        return "true" if shown else "false"
    if shown is None:
        return ""
    return str(shown)


# --- registers ------------------------------------------------------------------------------------


def scaler_unit_index(class_id: int) -> int | None:
    """The scaler_unit attribute of a register class (3 for Register/Extended register, 4 for Demand)."""
    return {3: 3, 4: 3, 5: 4}.get(class_id)


def is_scaled(class_id: int, index: int) -> bool:
    """True for the attributes a scaler_unit applies to (value; current and last average of a Demand)."""
    return (class_id in (3, 4) and index == 2) or (class_id == 5 and index in (2, 3))


def scaled_number(data: Data, scaler_unit: ScalerUnit | None) -> int | float | Decimal | None:
    """value × 10^scaler for a numeric value (plain when no scaler_unit), None for other types."""
    if data.type not in INTEGER_TYPES and data.type not in FLOAT_TYPES:
        return None
    if data.type in (DataType.ENUM, DataType.BCD) or isinstance(data.value, bool):
        return None
    number = data.as_number()
    if scaler_unit is None or not scaler_unit.scaler:
        return number
    return scaler_unit.scale(number)


def number_text(value: int | float | Decimal) -> str:
    """A number as plain text (no exponent, no grouping): what a CSV file holds."""
    if isinstance(value, Decimal):
        return format(value, "f")
    return repr(value) if isinstance(value, float) else str(value)


def scaler_unit_or_none(data: Data) -> ScalerUnit | None:
    """A scaler_unit structure, None when the value is not one."""
    try:
        return scaler_unit_from_data(data)
    except GwtermError:
        return None


# --- profile generic ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ProfileColumn:
    """One column of a profile buffer: what it captures and, for registers, its scaler_unit."""

    capture: CaptureObject
    scaler_unit: ScalerUnit | None = None

    @property
    def is_clock(self) -> bool:
        """True for a Clock time column (the x axis of a plot, the range selector's column)."""
        return self.capture.class_id == 8 and self.capture.attribute == 2

    @property
    def title(self) -> str:
        """`1-0:1.8.0*255:2` (with `/N` for a data index) and the unit when known."""
        capture = self.capture
        text = f"{capture.logical_name.display}:{capture.attribute}"
        if capture.data_index:
            text += f"/{capture.data_index}"
        if self.scaler_unit is not None and self.scaler_unit.symbol:
            text += f" [{self.scaler_unit.symbol}]"
        return text

    @property
    def scaled(self) -> bool:
        """True when a scaler_unit applies to this column's values."""
        return self.scaler_unit is not None and is_scaled(self.capture.class_id, self.capture.attribute)


def profile_rows(buffer: Data) -> list[tuple[Data, ...]]:
    """The rows of a buffer (array of structures); a row that is not a structure becomes one cell."""
    rows: list[tuple[Data, ...]] = []
    for row in buffer.items:
        rows.append(row.items if row.type in (DataType.STRUCTURE, DataType.ARRAY) else (row,))
    return rows


def moment_of(data: Data) -> datetime.datetime | None:
    """The instant a date-time cell holds (aware when the device gave a deviation), else None."""
    stamp = date_time_of(data)
    if stamp is None:
        return None
    try:
        return stamp.to_datetime()
    except GwtermError:
        return None


def cell_number(data: Data, column: ProfileColumn | None) -> int | float | Decimal | None:
    """The (scaled) number a cell holds, None when it is not numeric."""
    return scaled_number(data, column.scaler_unit if column is not None and column.scaled else None)


def rows_numbers(
    rows: Sequence[tuple[Data, ...]], index: int, column: ProfileColumn | None
) -> list[float | None]:
    """One column as floats (None where a cell is not a number)."""
    out: list[float | None] = []
    for row in rows:
        number = cell_number(row[index], column) if index < len(row) else None
        out.append(None if number is None else float(number))
    return out
