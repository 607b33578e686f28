"""The DLMS/COSEM transport wrapper for TCP and UDP (IEC 62056-47 §5 / Green Book 7.3.3.2).

Each APDU travels behind an 8-octet header: version (0x0001), source wPort, destination wPort and the
APDU length, all Unsigned16 big-endian. wPorts are the client/server SAPs (client 0x10 = public client,
server 0x01 = management logical device).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError

WRAPPER_VERSION = 0x0001
HEADER_SIZE = 8
MAX_APDU = 0xFFFF


@dataclass(frozen=True, kw_only=True, slots=True)
class WrapperFrame:
    """One wrapper PDU: header fields and the APDU it carries."""

    source_wport: int
    destination_wport: int
    apdu: bytes
    version: int = WRAPPER_VERSION

    def to_bytes(self) -> bytes:
        """Header and APDU."""
        for name in ("source_wport", "destination_wport", "version"):
            if not 0 <= getattr(self, name) <= 0xFFFF:
                raise LocalProtocolError(f"wrapper {name} must be 0..65535")
        if len(self.apdu) > MAX_APDU:
            raise LocalProtocolError(f"APDU of {len(self.apdu)} octets does not fit the wrapper")
        return (
            self.version.to_bytes(2, "big")
            + self.source_wport.to_bytes(2, "big")
            + self.destination_wport.to_bytes(2, "big")
            + len(self.apdu).to_bytes(2, "big")
            + self.apdu
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> WrapperFrame:
        """Decode exactly one wrapper PDU."""
        data = bytes(raw)
        if len(data) < HEADER_SIZE:
            raise DecodeError(f"wrapper header needs 8 octets, got {len(data)}")
        frame, used = _parse(data)
        if frame is None:
            raise DecodeError(
                f"wrapper says {int.from_bytes(data[6:8], 'big')} APDU octets, {len(data) - 8} given"
            )
        if used != len(data):
            raise DecodeError("bytes after the end of the wrapper PDU", offset=used)
        return frame

    @property
    def reply_to(self) -> tuple[int, int]:
        """(source, destination) wPorts for the answer: the two swapped."""
        return self.destination_wport, self.source_wport


def _parse(data: bytes | bytearray) -> tuple[WrapperFrame | None, int]:
    version = int.from_bytes(data[0:2], "big")
    if version != WRAPPER_VERSION:
        raise DecodeError(f"wrapper version 0x{version:04X} is not 0x0001", offset=0)
    length = int.from_bytes(data[6:8], "big")
    if len(data) < HEADER_SIZE + length:
        return None, 0
    frame = WrapperFrame(
        version=version,
        source_wport=int.from_bytes(data[2:4], "big"),
        destination_wport=int.from_bytes(data[4:6], "big"),
        apdu=bytes(data[HEADER_SIZE : HEADER_SIZE + length]),
    )
    return frame, HEADER_SIZE + length


class WrapperDecoder:
    """Bytes in, wrapper PDUs out. TCP cannot resync: a bad version raises DecodeError (drop the link)."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def receive_data(self, data: bytes) -> None:
        """Feed received bytes."""
        self._buffer += data

    def next_frame(self) -> WrapperFrame | None:
        """The next complete PDU, or None until more bytes arrive; DecodeError on a broken stream."""
        if len(self._buffer) < HEADER_SIZE:
            return None
        frame, used = _parse(self._buffer)
        if frame is None:
            return None
        del self._buffer[:used]
        return frame

    def __iter__(self) -> Iterator[WrapperFrame]:
        while (frame := self.next_frame()) is not None:
            yield frame

    @property
    def buffered(self) -> int:
        """Octets waiting for the rest of their PDU."""
        return len(self._buffer)
