"""Readouts as results and JSON (`gwterm iec read/decode`), captures, OBIS addresses (IEC 62056-61)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

from app.errors import DecodeError
from app.protocols.iec62056_21.decoder import IecDecoder
from app.protocols.iec62056_21.messages import DataBlock, DataSet, Identification, OptionSelect
from app.protocols.iec62056_21.modes import ProtocolMode, mode_of


@dataclass(frozen=True, kw_only=True)
class Readout:
    """One data readout: who sent it, in which mode and at what speed, and its data message."""

    identification: Identification | None
    block: DataBlock
    mode: str = ""
    baud: int | None = None

    @property
    def registers(self) -> tuple[DataSet, ...]:
        """The data sets of the readout, in order."""
        return self.block.datasets

    def to_json(self) -> dict[str, Any]:
        """The `gwterm iec read/decode --json` shape."""
        ident = self.identification
        body: dict[str, Any] = {
            "identification": None if ident is None else identification_json(ident),
            "mode": self.mode or None,
            "baud": self.baud,
            "check": self.block.check,
            "check_ok": self.block.check_ok,
            "end": self.block.end_line,
            "registers": [dataset_json(d) for d in self.registers],
        }
        if self.block.junk:
            body["unparsed"] = list(self.block.junk)
        return body


def identification_json(ident: Identification) -> dict[str, Any]:
    """An identification message's fields."""
    return {
        "text": ident.text(),
        "manufacturer": ident.manufacturer,
        "baud_char": ident.baud_char,
        "capabilities": ident.capabilities,
        "identification": ident.identification,
        "short_reaction_time": ident.short_reaction_time,
    }


def dataset_json(dataset: DataSet) -> dict[str, Any]:
    """`{"address": "1.8.0", "values": [{"value": "…", "unit": "kWh"}]}` (unit null when absent)."""
    return {
        "address": dataset.address,
        "values": [{"value": v.value, "unit": v.unit} for v in dataset.values],
    }


_HEX_TEXT = re.compile(r"(?:0x)?[0-9A-Fa-f]{2}(?:[\s,:]*(?:0x)?[0-9A-Fa-f]{2})*")


def capture_bytes(raw: bytes) -> bytes:
    """A capture as bytes: hex text (spaces, commas, colons, `0x` allowed) is decoded, anything else kept."""
    try:
        text = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        return raw
    if text and _HEX_TEXT.fullmatch(text):
        return bytes.fromhex("".join(c for c in text.replace("0x", "") if c in string.hexdigits))
    return raw


def decode_capture(data: bytes) -> list[Readout]:
    """Every readout in a capture (echoes, noise and the reader's own messages may be mixed in)."""
    decoder = IecDecoder()
    decoder.receive_data(data)
    decoder.end_of_data()
    readouts: list[Readout] = []
    ident: Identification | None = None
    selected = False
    for event in decoder.events():
        if isinstance(event, Identification):
            ident, selected = event, False
        elif isinstance(event, OptionSelect):
            selected = True
        elif isinstance(event, DataBlock) and (event.datasets or event.end_line is not None):
            readouts.append(Readout(identification=ident, block=event, mode=_mode(ident, event, selected)))
    if not readouts:
        raise DecodeError("no data message found (expected STX … ETX BCC, or /XXXZ… lines up to '!')")
    return readouts


def _mode(ident: Identification | None, block: DataBlock, selected: bool) -> str:
    if not block.framed:
        return ProtocolMode.D.value
    if ident is None:
        return ""
    mode = mode_of(ident)
    if mode is ProtocolMode.C and not selected:
        return ""  # a mode C meter that sent data without an option select in the capture: unknown
    return mode.value


# -- OBIS (IEC 62056-61) ---------------------------------------------------------------------------------

_OBIS = re.compile(
    r"(?:(?P<a>\d+)-)?(?:(?P<b>\d+):)?(?P<c>[0-9A-Z]+)\.(?P<d>[0-9A-Z]+)(?:\.(?P<e>[0-9A-Z]+))?"
    r"(?:[*&](?P<f>\d+))?"
)
_OBIS_FULL = re.compile(r"(\d+)\.(\d+)\.(\d+)\.(\d+)\.(\d+)\.(\d+)")
_LETTER_GROUPS = {"C": 96, "F": 97, "L": 98, "P": 99}  # IEC 62056-61: letters stand for codes 96-99


def parse_obis(address: str) -> tuple[int | None, ...] | None:
    """OBIS groups A-F of an address such as `1-0:1.8.0*255` or reduced `1.8.0`; None if not one.

    Groups the address leaves out are None; letters C, F, L, P in groups C-E stand for 96-99.
    """
    text = address.strip()
    full = _OBIS_FULL.fullmatch(text)
    if full:
        return tuple(int(g) for g in full.groups())
    match = _OBIS.fullmatch(text)
    if not match:
        return None
    groups: list[int | None] = []
    for name in "abcdef":
        part = match.group(name)
        if part is None:
            groups.append(None)
        elif part.isdigit():
            groups.append(int(part))
        elif part in _LETTER_GROUPS:
            groups.append(_LETTER_GROUPS[part])
        else:
            return None
    if any(g is not None and g > 255 for g in groups):
        return None
    return tuple(groups)
