"""gwcp message types and bodies (docs/gwcp.md §3): JSON objects, except raw transfer chunks."""

from __future__ import annotations

import enum
import json
import struct
from typing import Any

from app.errors import DecodeError

PROTOCOL_VERSION = 1
REPLY_BIT = 0x80
CHUNK_HEADER = struct.Struct(">I")


class MsgType(enum.IntEnum):
    """Request types; a reply has the request's type with bit 7 set, an error is ERROR."""

    HELLO = 0x01
    LOGIN = 0x02
    INFO = 0x03
    GET = 0x04
    SET = 0x05
    RESTART = 0x06
    LOG = 0x07
    AT = 0x08
    XFER_BEGIN = 0x09
    XFER_DATA = 0x0A
    XFER_END = 0x0B
    BYE = 0x0C
    PING = 0x0D
    READINGS = 0x0E
    FW_STATUS = 0x0F
    FW_INSTALL = 0x10
    FW_ACTIVATE = 0x11
    DATA = 0x12
    METERS = 0x13
    EVENTS = 0x14
    REPORT_STATUS = 0x15
    REPORT_TEST = 0x16
    REPORT_NOW = 0x17
    READ_NOW = 0x18
    ERROR = 0xFF

    @property
    def reply(self) -> int:
        """The type byte of this request's reply."""
        return int(self) | REPLY_BIT


class ErrorCode(enum.Enum):
    """The `code` of an ERROR reply."""

    MALFORMED = "malformed"
    UNKNOWN_TYPE = "unknown_type"
    AUTH_REQUIRED = "auth_required"
    AUTH_FAILED = "auth_failed"
    LOCKED = "locked"
    INVALID = "invalid"
    UNSUPPORTED = "unsupported"
    BUSY = "busy"
    XFER = "transfer"
    FIRMWARE = "firmware"
    INTERNAL = "internal"


def encode_body(body: dict[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def decode_body(payload: bytes) -> dict[str, Any]:
    """A JSON object body; DecodeError for anything else."""
    try:
        body = json.loads(payload.decode("utf-8")) if payload else {}
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DecodeError("message body is not UTF-8 JSON") from None
    if not isinstance(body, dict):
        raise DecodeError("message body is not a JSON object")
    return body


def encode_chunk(offset: int, data: bytes) -> bytes:
    """An XFER_DATA payload: 4-byte big-endian offset, then the data."""
    return CHUNK_HEADER.pack(offset) + data


def decode_chunk(payload: bytes) -> tuple[int, bytes]:
    """Offset and data of an XFER_DATA payload."""
    if len(payload) < CHUNK_HEADER.size:
        raise DecodeError("transfer chunk shorter than its offset field")
    (offset,) = CHUNK_HEADER.unpack_from(payload)
    return offset, payload[CHUNK_HEADER.size :]
