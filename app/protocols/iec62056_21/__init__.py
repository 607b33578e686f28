"""IEC 62056-21 (direct local data exchange, "D0"/optical port) as sans-I/O codecs and a decoder.

Clause numbers in comments are those of IEC 62056-21:2002 (first edition). Messages are frozen
dataclasses with `to_bytes()` / `from_bytes()`; `IecDecoder` turns bytes in any pieces into them.
"""

from app.protocols.iec62056_21.decoder import Event, Garbled, IecDecoder
from app.protocols.iec62056_21.follower import SIGN_ON_LINE, LineFollower, LineSetting
from app.protocols.iec62056_21.messages import (
    Ack,
    Command,
    DataBlock,
    DataLine,
    DataSet,
    DataValue,
    Identification,
    Message,
    Nak,
    OptionSelect,
    SignOnRequest,
    add_even_parity,
    bcc,
    break_message,
    crc16_arc,
    strip_parity,
)
from app.protocols.iec62056_21.modes import (
    INITIAL_BAUD,
    MODE_D_BAUD,
    ProtocolMode,
    baud_char,
    baud_of,
    looks_like_iec_sign_on,
    mode_of,
    parse_mode,
    reaction_time,
    select_baud,
)
from app.protocols.iec62056_21.readout import Readout, capture_bytes, decode_capture, parse_obis

__all__ = [
    "INITIAL_BAUD",
    "MODE_D_BAUD",
    "SIGN_ON_LINE",
    "Ack",
    "Command",
    "DataBlock",
    "DataLine",
    "DataSet",
    "DataValue",
    "Event",
    "Garbled",
    "Identification",
    "IecDecoder",
    "LineFollower",
    "LineSetting",
    "Message",
    "Nak",
    "OptionSelect",
    "ProtocolMode",
    "Readout",
    "SignOnRequest",
    "add_even_parity",
    "baud_char",
    "baud_of",
    "bcc",
    "break_message",
    "capture_bytes",
    "crc16_arc",
    "decode_capture",
    "looks_like_iec_sign_on",
    "mode_of",
    "parse_mode",
    "parse_obis",
    "reaction_time",
    "select_baud",
    "strip_parity",
]
