"""Compact frames (EN 13757-3 / OMS Vol. 2, CI 79h/7Bh/73h): data without DIF/VIF, told by a signature.

A compact frame sends only the data fields, a format signature (CRC of the DIB/VIB list of the full
frame) and a full-frame CRC (CRC of the full record bytes). The receiver must have seen a full frame
of that meter and kept its DIB/VIB list: `FormatCache` is that memory, a plain object the caller owns.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import TypeVar

from app.protocols.mbus.datatypes import LENGTHS, Coding, lvar_length
from app.protocols.mbus.records import Function, Record
from app.protocols.wmbus.crc import crc16_en13757
from app.protocols.wmbus.errors import CorruptTelegramError

Layout = tuple[bytes, ...]  # DIB + VIB of every data record, in frame order
MeterKey = tuple[int, str, int, int]  # manufacturer code, id, version, device type
ModelKey = tuple[int, int, int]  # manufacturer code, version, device type

_Key = TypeVar("_Key")
_DATA_FUNCTIONS = frozenset((Function.INSTANTANEOUS, Function.MAXIMUM, Function.MINIMUM, Function.ERROR))


def layout_of(records: Iterable[Record]) -> Layout | None:
    """The DIB/VIB list of a full frame's data records; None if it has none or ends in manufacturer data."""
    layout = []
    for record in records:
        if record.function in _DATA_FUNCTIONS:
            layout.append(record.dib + record.vib)
        elif record.function in (Function.MANUFACTURER_SPECIFIC, Function.MORE_RECORDS_FOLLOW):
            return None  # a compact frame cannot stand for manufacturer data of unknown length
    return tuple(layout) if layout else None


def compact_data(records: Iterable[Record]) -> bytes:
    """The data fields of the data records back to back: what a compact frame sends of them."""
    return b"".join(r.data for r in records if r.function in _DATA_FUNCTIONS)


def format_signature(layout: Layout) -> int:
    """The format signature: CRC-16/EN-13757 over the concatenated DIBs and VIBs."""
    return crc16_en13757(b"".join(layout))


def expand(layout: Layout, data: bytes) -> bytes:
    """The full record bytes: each DIB/VIB of `layout` followed by its data field taken from `data`."""
    out = bytearray()
    pos = 0
    end = len(data)
    for entry in layout:
        coding = entry[0] & 0x0F
        size = LENGTHS[coding]
        if coding == Coding.VARIABLE:
            if pos >= end:
                raise CorruptTelegramError("compact frame ends before an LVAR byte", offset=pos)
            size = 1 + lvar_length(data[pos])  # a reserved LVAR raises DecodeError
        elif size < 0:
            raise CorruptTelegramError("a remembered format holds a special-function DIF")
        if pos + size > end:
            raise CorruptTelegramError("compact frame is shorter than its remembered format", offset=pos)
        out += entry
        out += data[pos : pos + size]
        pos += size
    if pos != end:
        raise CorruptTelegramError(f"compact frame has {end - pos} bytes more than its remembered format")
    return bytes(out)


class FormatCache:
    """Full-frame layouts by meter and format signature, least recently used dropped beyond `max_entries`.

    The decoder teaches it every full frame it decodes and asks it for every compact frame. A layout is
    found for the same meter first, then for any meter of the same manufacturer, version and device
    type (meters of one model share layouts; the full-frame CRC rules out a wrong pick).
    """

    def __init__(self, max_entries: int = 4096) -> None:
        self.max_entries = max_entries
        self._by_meter: OrderedDict[tuple[MeterKey, int], Layout] = OrderedDict()
        self._by_model: OrderedDict[tuple[ModelKey, int], Layout] = OrderedDict()

    def __len__(self) -> int:
        return len(self._by_meter)

    def learn(self, meter: MeterKey, records: Iterable[Record]) -> int | None:
        """Remember the layout of a full frame from `meter`; returns its signature (None: nothing kept)."""
        layout = layout_of(records)
        return None if layout is None else self.remember(meter, layout)

    def remember(self, meter: MeterKey, layout: Layout) -> int:
        """Remember a layout given directly (e.g. restored from storage); returns its signature."""
        layout = tuple(layout)
        signature = format_signature(layout)
        self._put(self._by_meter, (meter, signature), layout)
        self._put(self._by_model, ((meter[0], meter[2], meter[3]), signature), layout)
        return signature

    def lookup(self, meter: MeterKey, signature: int) -> Layout | None:
        """The layout with this signature for this meter, else for its model, else None."""
        layout = self._by_meter.get((meter, signature))
        if layout is not None:
            self._by_meter.move_to_end((meter, signature))
            return layout
        model = ((meter[0], meter[2], meter[3]), signature)
        layout = self._by_model.get(model)
        if layout is not None:
            self._by_model.move_to_end(model)
        return layout

    def layouts(self) -> dict[tuple[MeterKey, int], Layout]:
        """Every remembered (meter, signature) and its layout, e.g. to persist them."""
        return dict(self._by_meter)

    def _put(self, table: OrderedDict[_Key, Layout], key: _Key, layout: Layout) -> None:
        table[key] = layout
        table.move_to_end(key)
        while len(table) > self.max_entries:
            table.popitem(last=False)
