"""The machine-readable shape of a decoded telegram (`gwterm mbus decode --json`, DESIGN.md).

Values: integers stay ints; exact decimals (scaled integer and BCD data) become a JSON number whose
text is exactly the decimal, i.e. a float whose shortest repr is that decimal, which holds for up to
15 significant digits; longer exact decimals become a decimal string rather than lose digits.
Real (float) data stays a float (non-finite ones become the strings "nan", "inf", "-inf"); dates are
ISO 8601 text in meter local time; raw bytes and non-decimal BCD are upper-case hex strings.
A record's combinable VIFE qualifiers follow its quantity, colon separated
("energy:accumulation_negative"); a reserved code reads "unknown:vif_FD7C".
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from app.protocols.mbus.datatypes import TimePoint
from app.protocols.mbus.records import Function, Record, Value
from app.protocols.mbus.telegram import Header, Telegram

JsonValue = int | float | str | None


def json_value(value: Value) -> JsonValue:
    """A record value as JSON: int, a float that prints as the exact decimal, str, or None."""
    if value is None or type(value) is int or type(value) is str:
        return value
    if isinstance(value, Decimal):
        as_float = float(value)
        if Decimal(repr(as_float)) == value:
            return as_float
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, TimePoint):
        return value.text
    return str(value)


def header_to_json(header: Header | None) -> dict[str, Any]:
    """The header object; fields neither header nor link layer carried are null."""
    h = header or Header()
    return {
        "id": h.id,
        "manufacturer": h.manufacturer,
        "version": h.version,
        "medium": h.medium,
        "access_number": h.access_number,
        "status": h.status,
        "signature": h.signature,
    }


_NO_DATA = (Function.IDLE_FILLER, Function.GLOBAL_READOUT)


def record_to_json(record: Record) -> dict[str, Any]:
    """One record object."""
    quantity = record.quantity
    if record.qualifiers:
        quantity = ":".join((quantity, *record.qualifiers))
    return {
        "function": str(record.function),
        "storage": record.storage,
        "tariff": record.tariff,
        "subunit": record.subunit,
        "quantity": quantity,
        "unit": record.unit,
        "value": json_value(record.value),
    }


def telegram_to_json(telegram: Telegram) -> dict[str, Any]:
    """{"header": {...}, "records": [...]} exactly as DESIGN.md gives it."""
    return {
        "header": header_to_json(telegram.header),
        "records": [record_to_json(r) for r in telegram.records if r.function not in _NO_DATA],
    }
