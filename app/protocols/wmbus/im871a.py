"""IMST iM871A host controller interface (HCI), the serial protocol of the iM871A USB stick.

Framing as the iM871A user manual (3.2.2) and HCI specification describe it: 57600 8N1;
SOF 0xA5, a byte of control flags (high nibble: bit 1 time stamp attached, bit 2 RSSI attached,
bit 3 CRC attached) and endpoint id (low nibble), message id, length, payload, then the optional
32-bit time stamp, 8-bit RSSI and 16-bit CRC (CRC-16/CCITT, initial 0xFFFF, result inverted,
sent least significant byte first) over everything after SOF. A received wireless M-Bus telegram
arrives on the radio-link endpoint as message 0x03 with the telegram from the C-field on; the
L-field is the payload length.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError
from app.protocols._common.crc import crc16_ccitt

SOF = 0xA5
FLAG_TIMESTAMP = 0x2
FLAG_RSSI = 0x4
FLAG_CRC = 0x8
BAUD = 57600


class Endpoint(enum.IntEnum):
    """HCI endpoints."""

    DEVMGMT = 0x01
    RADIOLINK = 0x02


class DevMsg(enum.IntEnum):
    """Device management message ids (request, response pairs)."""

    PING_REQ = 0x01
    PING_RSP = 0x02
    SET_CONFIG_REQ = 0x03
    SET_CONFIG_RSP = 0x04
    GET_DEVICEINFO_REQ = 0x0F
    GET_DEVICEINFO_RSP = 0x10


class RadioMsg(enum.IntEnum):
    """Radio link message ids."""

    WMBUSMSG_REQ = 0x01
    WMBUSMSG_RSP = 0x02
    WMBUSMSG_IND = 0x03


def rssi_dbm(raw: int) -> int:
    """The received power in dBm for an iM871A RSSI byte (its Si1002 radio: 0.5 dB a step, 0 dBm at most)."""
    # The radio's RSSI-versus-input-power curve is close to linear from -100 dBm (45) to -20 dBm (205).
    return min(0, round(raw / 2 - 122.5))


LINK_MODES = {"s1": 0, "s1m": 1, "s2": 2, "t1": 3, "t2": 4, "r2": 5, "c1a": 6, "c1b": 7, "c2a": 8, "c2b": 9}


@dataclass(frozen=True, kw_only=True)
class HciMessage:
    """One HCI message."""

    endpoint: int
    msg_id: int
    payload: bytes = b""
    timestamp: int | None = None
    rssi: int | None = None
    with_crc: bool = True

    def to_bytes(self) -> bytes:
        """Wire form."""
        if not 0 <= self.endpoint <= 0x0F or not 0 <= self.msg_id <= 0xFF or len(self.payload) > 0xFF:
            raise LocalProtocolError("HCI endpoint, message id or payload out of range")
        flags = (FLAG_TIMESTAMP if self.timestamp is not None else 0) | (
            FLAG_RSSI if self.rssi is not None else 0
        )
        flags |= FLAG_CRC if self.with_crc else 0
        body = bytes((flags << 4 | self.endpoint, self.msg_id, len(self.payload))) + self.payload
        if self.timestamp is not None:
            body += self.timestamp.to_bytes(4, "big")
        if self.rssi is not None:
            body += bytes((self.rssi & 0xFF,))
        if self.with_crc:
            body += (crc16_ccitt(body) ^ 0xFFFF).to_bytes(2, "little")
        return bytes((SOF,)) + body

    @property
    def telegram(self) -> bytes | None:
        """For a received wireless telegram: the telegram with its L-field, else None."""
        if self.endpoint == Endpoint.RADIOLINK and self.msg_id == RadioMsg.WMBUSMSG_IND and self.payload:
            return bytes((len(self.payload),)) + self.payload
        return None


class HciDecoder:
    """Incremental decoder; bytes before a SOF and frames with a bad CRC are skipped (counted)."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.skipped = 0

    def receive_data(self, data: bytes) -> None:
        """Add received bytes."""
        self._buffer += data

    def next_message(self) -> HciMessage | None:
        """The next complete message, or None until more bytes arrive."""
        buf = self._buffer
        while buf:
            if buf[0] != SOF:
                start = buf.find(bytes((SOF,)))
                dropped = len(buf) if start < 0 else start
                del buf[:dropped]
                self.skipped += dropped
                continue
            if len(buf) < 4:
                return None
            flags, endpoint = buf[1] >> 4, buf[1] & 0x0F
            length = buf[3]
            size = 4 + length + (4 if flags & FLAG_TIMESTAMP else 0) + (1 if flags & FLAG_RSSI else 0)
            size += 2 if flags & FLAG_CRC else 0
            if len(buf) < size:
                return None
            frame = bytes(buf[:size])
            if flags & FLAG_CRC and (crc16_ccitt(frame[1:-2]) ^ 0xFFFF).to_bytes(2, "little") != frame[-2:]:
                del buf[:1]
                self.skipped += 1
                continue
            del buf[:size]
            at = 4 + length
            timestamp = int.from_bytes(frame[at : at + 4], "big") if flags & FLAG_TIMESTAMP else None
            at += 4 if flags & FLAG_TIMESTAMP else 0
            rssi = frame[at] if flags & FLAG_RSSI else None
            return HciMessage(
                endpoint=endpoint,
                msg_id=frame[2],
                payload=frame[4 : 4 + length],
                timestamp=timestamp,
                rssi=rssi,
                with_crc=bool(flags & FLAG_CRC),
            )
        return None


def ping() -> bytes:
    """A ping request."""
    return HciMessage(endpoint=Endpoint.DEVMGMT, msg_id=DevMsg.PING_REQ).to_bytes()


def set_link_mode(mode: str) -> bytes:
    """Set the receiver's link mode (volatile): NVM flag 0, then 'link mode present' and the mode."""
    try:
        code = LINK_MODES[mode.lower().replace("-", "")]
    except KeyError:
        raise LocalProtocolError(f"unknown wM-Bus link mode '{mode}' (use {', '.join(LINK_MODES)})") from None
    return HciMessage(
        endpoint=Endpoint.DEVMGMT, msg_id=DevMsg.SET_CONFIG_REQ, payload=bytes((0x00, 0x02, code))
    ).to_bytes()


def indication(telegram: bytes, *, rssi: int | None = None, timestamp: int | None = None) -> bytes:
    """What the stick sends for a received telegram (used by the simulated receiver)."""
    if not telegram or telegram[0] != len(telegram) - 1:
        raise DecodeError(
            "a telegram for an HCI indication must start with a matching L-field (no CRC blocks)"
        )
    return HciMessage(
        endpoint=Endpoint.RADIOLINK,
        msg_id=RadioMsg.WMBUSMSG_IND,
        payload=telegram[1:],
        rssi=rssi,
        timestamp=timestamp,
    ).to_bytes()
