"""Readings, meters and events a concentrator stores (gwcp DATA, METERS, EVENTS), and their exports.

Exports (`gwterm data`, the GUI's readings tab): semicolon CSV in the CMe3100 style (`.` decimals,
`YYYY-MM-DD hh:mm:ss` UTC, CRLF, UTF-8), XLSX (one sheet of readings, one of meters) and JSON.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.errors import ConfigFileError, RemoteProtocolError

StoredValue = int | float | str | None
READING_COLUMNS = (
    "MeterAddress", "MeterId", "Manufacturer", "Medium", "Interface", "MeterName", "ReadingTime",
    "Quantity", "Function", "Storage", "Tariff", "Subunit", "Value", "Unit", "Status", "Key",
)  # fmt: skip
METER_COLUMNS = (
    "MeterAddress", "MeterId", "Manufacturer", "Version", "Medium", "Interface", "MeterName", "LastReading",
)  # fmt: skip


@dataclass(frozen=True, kw_only=True, slots=True)
class StoredReading:
    """One stored value: meter address, record key (`quantity/function/storage/tariff/subunit`), time."""

    meter: str
    key: str
    value: StoredValue
    unit: str
    ts: int  # POSIX seconds, UTC
    status: str = "ok"  # ok | error (value: the reason) | stale

    @classmethod
    def from_wire(cls, row: Mapping[str, Any]) -> StoredReading:
        """A row of a DATA reply."""
        try:
            value = row.get("value")
            return cls(
                meter=str(row["meter"]),
                key=str(row["key"]),
                value=value if value is None or isinstance(value, (int, float, str)) else str(value),
                unit=str(row.get("unit", "")),
                ts=int(row["ts"]),
                status=str(row.get("status", "ok")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RemoteProtocolError(f"malformed reading in a DATA reply: {exc}") from None

    @property
    def parts(self) -> dict[str, Any]:
        """The record key split: quantity, function, storage, tariff, subunit (a `#n` suffix dropped)."""
        return split_key(self.key)


def readings_from_table(reply: Mapping[str, Any]) -> list[StoredReading]:
    """The readings of a DATA reply in the "table" form (docs/gwcp.md): rows index the meter and
    [key, unit] tables and carry the time as a delta from the row before."""
    meters, keys, rows = reply.get("meters"), reply.get("keys"), reply.get("rows")
    if not (isinstance(meters, list) and isinstance(keys, list) and isinstance(rows, list)):
        raise RemoteProtocolError("DATA table reply without meters, keys and rows")
    out: list[StoredReading] = []
    ts = 0
    for number, row in enumerate(rows):
        try:
            if not isinstance(row, list) or len(row) not in (4, 5):
                raise ValueError("a row has 4 or 5 cells")
            meter, key_index, delta, value = row[:4]
            if not all(type(cell) is int for cell in (meter, key_index, delta)) or min(meter, key_index) < 0:
                raise ValueError("meter and key indexes and the time delta are integers, the indexes >= 0")
            key, unit = keys[key_index]
            ts += int(delta)
            out.append(
                StoredReading(
                    meter=str(meters[meter]),
                    key=str(key),
                    value=value if value is None or isinstance(value, (int, float, str)) else str(value),
                    unit=str(unit),
                    ts=ts,
                    status=str(row[4]) if len(row) == 5 else "ok",
                )
            )
        except (IndexError, TypeError, ValueError) as exc:
            raise RemoteProtocolError(f"malformed row {number} in a DATA table reply: {exc}") from None
    return out


@dataclass(frozen=True, kw_only=True, slots=True)
class StoredMeter:
    """A meter the device has readings of, with what its telegram header said."""

    address: str
    name: str = ""
    interface: str = "mbus"  # mbus | wmbus
    serial: str = ""
    manufacturer: str = ""
    version: int | None = None
    medium: int | None = None
    last: int | None = None  # the newest reading's time

    @classmethod
    def from_wire(cls, row: Mapping[str, Any]) -> StoredMeter:
        """A row of a METERS reply."""
        try:
            return cls(
                address=str(row["address"]),
                name=str(row.get("name") or ""),
                interface=str(row.get("interface") or "mbus"),
                serial=str(row.get("serial") or ""),
                manufacturer=str(row.get("manufacturer") or ""),
                version=_int_or_none(row.get("version")),
                medium=_int_or_none(row.get("medium")),
                last=_int_or_none(row.get("last")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RemoteProtocolError(f"malformed meter in a METERS reply: {exc}") from None


@dataclass(frozen=True, kw_only=True, slots=True)
class StoredEvent:
    """A recorded event: meter unreadable/readable, decryption failed, power lost/returned, …."""

    id: int
    at: int
    kind: str
    level: str
    meter: str
    message: str

    @classmethod
    def from_wire(cls, row: Mapping[str, Any]) -> StoredEvent:
        """A row of an EVENTS reply."""
        try:
            return cls(
                id=int(row["id"]),
                at=int(row["at"]),
                kind=str(row["kind"]),
                level=str(row.get("level", "")),
                meter=str(row.get("meter", "")),
                message=str(row.get("message", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RemoteProtocolError(f"malformed event in an EVENTS reply: {exc}") from None


def _int_or_none(value: object) -> int | None:
    return None if value is None or value == "" else int(str(value))


def split_key(key: str) -> dict[str, Any]:
    """`energy/instantaneous/0/0/0` → quantity, function, storage, tariff, subunit (ints)."""
    parts = key.split("#", 1)[0].rsplit("/", 4)
    if len(parts) != 5:
        return {"quantity": key, "function": "", "storage": 0, "tariff": 0, "subunit": 0}
    quantity, function, *numbers = parts
    storage, tariff, subunit = (int(n) if n.isdigit() else 0 for n in numbers)
    return {
        "quantity": quantity,
        "function": function,
        "storage": storage,
        "tariff": tariff,
        "subunit": subunit,
    }


def utc_text(ts: int) -> str:
    """`YYYY-MM-DD hh:mm:ss` in UTC (the CMe3100 CSV time format)."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts))


def iso_text(ts: int | None) -> str | None:
    """ISO 8601 UTC `YYYY-MM-DDThh:mm:ssZ`, or None."""
    return None if ts is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def _reading_row(reading: StoredReading, meter: StoredMeter | None) -> tuple[Any, ...]:
    m = meter or StoredMeter(address=reading.meter)
    key = reading.parts
    return (
        reading.meter,
        m.serial,
        m.manufacturer,
        "" if m.medium is None else m.medium,
        m.interface,
        m.name,
        utc_text(reading.ts),
        key["quantity"],
        key["function"],
        key["storage"],
        key["tariff"],
        key["subunit"],
        "" if reading.value is None else reading.value,
        reading.unit,
        reading.status,
        reading.key,
    )


def readings_csv(
    readings: Iterable[StoredReading], meters: Iterable[StoredMeter] = (), *, delimiter: str = ";"
) -> str:
    """The readings as CSV (CMe3100 style: `;`, `.` decimals, UTC times, CRLF); a header row first."""
    by_address = {m.address: m for m in meters}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(READING_COLUMNS)
    for reading in readings:
        writer.writerow(_reading_row(reading, by_address.get(reading.meter)))
    return out.getvalue()


def readings_json(readings: Iterable[StoredReading], meters: Iterable[StoredMeter] = ()) -> str:
    """`{"meters": [...], "readings": [...]}`; each reading also carries `time` (ISO 8601 UTC)."""
    doc = {
        "meters": [{**asdict(m), "last_time": iso_text(m.last)} for m in meters],
        "readings": [{**asdict(r), "time": iso_text(r.ts)} for r in readings],
    }
    return json.dumps(doc, ensure_ascii=False) + "\n"


def write_readings_xlsx(
    path: Path, readings: Sequence[StoredReading], meters: Sequence[StoredMeter] = ()
) -> None:
    """An XLSX workbook: sheet `Readings` (as the CSV, times as dates) and sheet `Meters`; atomic."""
    try:
        import openpyxl  # noqa: PLC0415 - only XLSX exports need it
    except ImportError:  # pragma: no cover - a dependency of gwterm
        raise ConfigFileError("writing XLSX needs openpyxl (pip install openpyxl)") from None
    import datetime  # noqa: PLC0415

    def when(ts: int | None) -> datetime.datetime | None:
        if ts is None:
            return None
        return datetime.datetime.fromtimestamp(ts, datetime.UTC).replace(tzinfo=None)

    by_address = {m.address: m for m in meters}
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Readings")
    sheet.append(list(READING_COLUMNS))
    for reading in readings:
        row = list(_reading_row(reading, by_address.get(reading.meter)))
        row[6] = when(reading.ts)  # a real date cell (UTC), sortable and plottable in the spreadsheet
        sheet.append(row)
    listing = book.create_sheet("Meters")
    listing.append(list(METER_COLUMNS))
    for m in meters:
        version = "" if m.version is None else m.version
        medium = "" if m.medium is None else m.medium
        listing.append(
            [m.address, m.serial, m.manufacturer, version, medium, m.interface, m.name, when(m.last)]
        )
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConfigFileError(f"{path}: cannot write ({exc.strerror or exc})") from None
