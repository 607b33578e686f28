"""gwcp framing (docs/gwcp.md §2): magic, header with its own CRC, payload, CRC-32; resync on noise."""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError
from app.protocols._common.crc import crc16_ccitt, crc32

MAGIC = b"GW"
VERSION = 1
HEADER = struct.Struct(">2sBBBH")  # magic, version<<4|flags, type, seq, length
HEADER_SIZE = HEADER.size + 2  # plus header CRC-16
TRAILER_SIZE = 4
OVERHEAD = HEADER_SIZE + TRAILER_SIZE
MAX_PAYLOAD = 8192


class Flag(enum.IntFlag):
    """Frame flags in the low nibble of byte 2."""

    NONE = 0
    ENCRYPTED = 0x1
    ACK_REQUEST = 0x2


@dataclass(frozen=True, kw_only=True)
class Frame:
    """One gwcp frame: message type, sequence number, flags and raw payload."""

    type: int
    seq: int
    payload: bytes = b""
    flags: Flag = Flag.NONE

    def to_bytes(self) -> bytes:
        """The frame on the wire."""
        if not 0 <= self.type <= 0xFF or not 0 <= self.seq <= 0xFF:
            raise LocalProtocolError("frame type and seq must be bytes")
        if int(self.flags) & ~int(Flag.ENCRYPTED | Flag.ACK_REQUEST):
            raise LocalProtocolError(f"reserved frame flags 0x{int(self.flags):X}")
        if len(self.payload) > MAX_PAYLOAD:
            raise LocalProtocolError(f"payload of {len(self.payload)} bytes exceeds {MAX_PAYLOAD}")
        head = HEADER.pack(MAGIC, VERSION << 4 | int(self.flags), self.type, self.seq, len(self.payload))
        body = head + crc16_ccitt(head).to_bytes(2, "big") + self.payload
        return body + crc32(body).to_bytes(4, "big")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Frame:
        """Decode exactly one frame; DecodeError says what is wrong."""
        frame, used = _parse_at(bytes(raw), 0)
        if frame is None:
            raise DecodeError(f"incomplete frame: {len(raw)} bytes")
        if used != len(raw):
            raise DecodeError("bytes after the end of the frame", offset=used)
        return frame


class FrameDecoder:
    """Incremental decoder: feed bytes in any pieces, take whole frames out; skips line noise."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.discarded = 0

    def receive_data(self, data: bytes) -> None:
        """Add received bytes."""
        self._buffer += data

    def next_frame(self) -> Frame | None:
        """The next complete valid frame, or None until more bytes arrive."""
        buf = self._buffer
        while True:
            start = buf.find(MAGIC)
            if start < 0:
                keep = 1 if buf[-1:] == MAGIC[:1] else 0
                self._drop(len(buf) - keep)
                return None
            self._drop(start)
            try:
                frame, used = _parse_at(bytes(buf[: HEADER_SIZE + MAX_PAYLOAD + TRAILER_SIZE]), 0)
            except DecodeError:
                self._drop(1)  # a false start or a damaged frame: resynchronise on the next magic
                continue
            if frame is None:
                return None
            self._drop(used)
            self.discarded -= used
            return frame

    def _drop(self, count: int) -> None:
        del self._buffer[:count]
        self.discarded += count


def _parse_at(buf: bytes, pos: int) -> tuple[Frame | None, int]:
    if len(buf) - pos < HEADER_SIZE:
        return None, 0
    magic, vflags, ftype, seq, length = HEADER.unpack_from(buf, pos)
    if magic != MAGIC:
        raise DecodeError("bad magic", offset=pos)
    header_crc = int.from_bytes(buf[pos + HEADER.size : pos + HEADER_SIZE], "big")
    if crc16_ccitt(buf[pos : pos + HEADER.size]) != header_crc:
        raise DecodeError("header checksum mismatch", offset=pos)
    if vflags >> 4 != VERSION:
        raise DecodeError(f"unsupported frame version {vflags >> 4}", offset=pos + 2)
    if length > MAX_PAYLOAD:
        raise DecodeError(f"payload length {length} exceeds {MAX_PAYLOAD}", offset=pos + 5)
    end = pos + HEADER_SIZE + length + TRAILER_SIZE
    if len(buf) < end:
        return None, 0
    if crc32(buf[pos : end - TRAILER_SIZE]) != int.from_bytes(buf[end - TRAILER_SIZE : end], "big"):
        raise DecodeError("frame checksum mismatch", offset=end - TRAILER_SIZE)
    flags = Flag(vflags & 0x0F & int(Flag.ENCRYPTED | Flag.ACK_REQUEST))
    if vflags & 0x0F & ~int(Flag.ENCRYPTED | Flag.ACK_REQUEST):
        raise DecodeError("reserved flag bits set", offset=pos + 2)
    payload = buf[pos + HEADER_SIZE : end - TRAILER_SIZE]
    return Frame(type=ftype, seq=seq, payload=payload, flags=flags), end - pos
