"""HDLC frame format type 3 for DLMS (IEC 62056-46 §6.4 / Green Book 8.4): frames, addresses, control
field, HCS/FCS, SNRM/UA parameters, LLC header, segmentation, and an incremental decoder that resyncs.

A frame is `7E | format(2) | destination | source | control | [HCS(2) | information] | FCS(2) | 7E`.
IEC 62056-46 delimits frames by the length in the format field, so information fields may contain 7E
without escaping; the decoder also has an `octet_stuffing` mode for the few meters that escape 7E/7D
the ISO/IEC 13239 asynchronous way (7D, byte XOR 0x20).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError
from app.protocols.dlms.axdr import Reader

FLAG = 0x7E
ESCAPE = 0x7D
FORMAT_TYPE_3 = 0xA  # §6.4.3: frame format type 3, top nibble of the format field
SEGMENTATION_BIT = 0x0800
MAX_FRAME_LENGTH = 0x7FF  # 11-bit frame length
MIN_FRAME_LENGTH = 7  # format(2) + destination(1) + source(1) + control(1) + FCS(2)

# §6.4.4.4.3.3 / Green Book 8.4.5.3: LLC header before the APDU in the first information field
LLC_COMMAND = b"\xe6\xe6\x00"  # client -> server
LLC_RESPONSE = b"\xe6\xe7\x00"  # server -> client (and pushed data)

DEFAULT_MAX_INFO = 128  # §6.4.4.4.3.2: defaults when SNRM/UA carry no parameter
DEFAULT_WINDOW = 1


def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_CRC_TABLE = _crc_table()


def crc16_x25(data: bytes) -> int:
    """CRC-16/X-25 as HDLC's FCS (ISO/IEC 13239 §4.2.5.2): 0x906E for b'123456789'; sent LSB first."""
    crc = 0xFFFF
    for byte in data:
        crc = (crc >> 8) ^ _CRC_TABLE[(crc ^ byte) & 0xFF]
    return crc ^ 0xFFFF


def check_sequence(data: bytes) -> bytes:
    """The 2-octet HCS/FCS over `data` as it goes on the wire (least significant octet first)."""
    return crc16_x25(data).to_bytes(2, "little")


def format_field(length: int, *, segmented: bool = False) -> bytes:
    """The 2-octet frame format field (§6.4.3.3): type 3 (0xA), S bit, 11-bit frame length."""
    if not 0 <= length <= MAX_FRAME_LENGTH:
        raise LocalProtocolError(f"frame length {length} does not fit 11 bits")
    return (FORMAT_TYPE_3 << 12 | (SEGMENTATION_BIT if segmented else 0) | length).to_bytes(2, "big")


def parse_format_field(raw: bytes) -> tuple[int, bool]:
    """(frame length, segmented) of a 2-octet format field; DecodeError if it is not type 3."""
    if len(raw) != 2:
        raise DecodeError(f"a format field has 2 octets, not {len(raw)}")
    value = int.from_bytes(raw, "big")
    if value >> 12 != FORMAT_TYPE_3:
        raise DecodeError(f"format field 0x{value:04X} is not frame format type 3")
    return value & MAX_FRAME_LENGTH, bool(value & SEGMENTATION_BIT)


# --- addresses (§6.4.2.2 / Green Book 8.4.2.2) ------------------------------------------------------

CLIENT_MANAGEMENT = 0x01
CLIENT_PUBLIC = 0x10
SERVER_MANAGEMENT_LOGICAL_DEVICE = 0x01
ALL_STATION = 0x7F  # one-byte broadcast; 0x3FFF in the four-byte form
NO_STATION = 0x00


@dataclass(frozen=True, kw_only=True, slots=True)
class HdlcAddress:
    """An HDLC address: `upper` (logical device / client SAP) and optional `lower` (physical device).

    `size` is 1, 2 or 4 octets on the wire; 0 asks for the smallest size that fits. One octet carries
    only the upper address (client addresses are always one octet); two carry 7 bits each, four 14.
    """

    upper: int
    lower: int | None = None
    size: int = 0

    def __post_init__(self) -> None:
        size = self.size
        if size == 0:
            if self.lower is None:
                size = 1 if self.upper < 0x80 else 4
            else:
                size = 2 if self.upper < 0x80 and self.lower < 0x80 else 4
            object.__setattr__(self, "size", size)
        limit = 0x80 if size in (1, 2) else 0x4000
        if size not in (1, 2, 4):
            raise LocalProtocolError(f"HDLC address size {size} is not 1, 2 or 4")
        if size == 1 and self.lower is not None:
            raise LocalProtocolError("a one-octet HDLC address has no lower address")
        lower = 0 if self.lower is None else self.lower
        if not 0 <= self.upper < limit or not 0 <= lower < limit:
            raise LocalProtocolError(f"HDLC address {self.upper}/{self.lower} does not fit {size} octets")

    @classmethod
    def server(
        cls, logical: int = SERVER_MANAGEMENT_LOGICAL_DEVICE, physical: int | None = None
    ) -> HdlcAddress:
        """A server address: logical device (upper) and physical device (lower, when given)."""
        return cls(upper=logical, lower=physical)

    @classmethod
    def client(cls, sap: int = CLIENT_PUBLIC) -> HdlcAddress:
        """A client address (one octet)."""
        return cls(upper=sap, size=1)

    def to_bytes(self) -> bytes:
        """The address octets; the last one has its low bit set."""
        lower = 0 if self.lower is None else self.lower
        if self.size == 1:
            return bytes(((self.upper << 1) | 1,))
        if self.size == 2:
            return bytes((self.upper << 1, (lower << 1) | 1))
        return bytes(
            (
                (self.upper >> 7) << 1,
                (self.upper & 0x7F) << 1,
                (lower >> 7) << 1,
                ((lower & 0x7F) << 1) | 1,
            )
        )

    @classmethod
    def decode(cls, reader: Reader) -> HdlcAddress:
        """Read an address: octets up to the one whose low bit is set (1, 2 or 4 of them)."""
        start = reader.pos
        octets = bytearray()
        while True:
            byte = reader.u8()
            octets.append(byte)
            if byte & 1:
                break
            if len(octets) == 4:
                raise DecodeError("HDLC address longer than 4 octets", offset=start)
        values = [b >> 1 for b in octets]
        if len(octets) == 1:
            return cls(upper=values[0], size=1)
        if len(octets) == 2:
            return cls(upper=values[0], lower=values[1], size=2)
        if len(octets) == 4:
            return cls(upper=values[0] << 7 | values[1], lower=values[2] << 7 | values[3], size=4)
        raise DecodeError("HDLC address of 3 octets", offset=start)

    def __str__(self) -> str:
        return f"{self.upper}" if self.lower is None else f"{self.upper}/{self.lower}"


# --- control field (§6.4.3.4 / ISO/IEC 13239 §5.4) --------------------------------------------------


class FrameKind(enum.Enum):
    """The frame types IEC 62056-46 uses (§6.4.4.3)."""

    I = "I"  # noqa: E741 - the standard's name
    RR = "RR"
    RNR = "RNR"
    SNRM = "SNRM"
    DISC = "DISC"
    UA = "UA"
    DM = "DM"
    FRMR = "FRMR"
    UI = "UI"


_S_CODES = {FrameKind.RR: 0x01, FrameKind.RNR: 0x05}
_U_CODES = {
    FrameKind.SNRM: 0x83,
    FrameKind.DISC: 0x43,
    FrameKind.UA: 0x63,
    FrameKind.DM: 0x0F,
    FrameKind.FRMR: 0x87,
    FrameKind.UI: 0x03,
}
_S_BY_CODE = {code: kind for kind, code in _S_CODES.items()}
_U_BY_CODE = {code: kind for kind, code in _U_CODES.items()}
POLL_FINAL = 0x10


@dataclass(frozen=True, kw_only=True, slots=True)
class Control:
    """The control field: frame kind, P/F bit, N(S) for I frames, N(R) for I and S frames."""

    kind: FrameKind
    poll_final: bool = True
    send_seq: int = 0
    recv_seq: int = 0

    def to_byte(self) -> int:
        """The control octet: I = RRR P SSS 0, S = RRR P xx01, U = mmm P mm11."""
        if not 0 <= self.send_seq < 8 or not 0 <= self.recv_seq < 8:
            raise LocalProtocolError("HDLC sequence numbers run 0..7")
        pf = POLL_FINAL if self.poll_final else 0
        if self.kind is FrameKind.I:
            return self.recv_seq << 5 | pf | self.send_seq << 1
        if self.kind in _S_CODES:
            if self.send_seq:
                raise LocalProtocolError(f"{self.kind.value} frames carry no N(S)")
            return self.recv_seq << 5 | pf | _S_CODES[self.kind]
        if self.send_seq or self.recv_seq:
            raise LocalProtocolError(f"{self.kind.value} frames carry no sequence numbers")
        return _U_CODES[self.kind] | pf

    @classmethod
    def from_byte(cls, byte: int) -> Control:
        """Decode a control octet; DecodeError for kinds IEC 62056-46 does not use (REJ, SREJ, …)."""
        pf = bool(byte & POLL_FINAL)
        if not byte & 1:
            return cls(kind=FrameKind.I, poll_final=pf, send_seq=(byte >> 1) & 7, recv_seq=byte >> 5)
        if byte & 3 == 1:
            kind = _S_BY_CODE.get(byte & 0x0F)
            if kind is None:
                raise DecodeError(f"supervisory frame 0x{byte:02X} not used by IEC 62056-46")
            return cls(kind=kind, poll_final=pf, recv_seq=byte >> 5)
        kind = _U_BY_CODE.get(byte & ~POLL_FINAL & 0xFF)
        if kind is None:
            raise DecodeError(f"unnumbered frame 0x{byte:02X} not used by IEC 62056-46")
        return cls(kind=kind, poll_final=pf)


# --- SNRM / UA parameter negotiation (§6.4.4.4.3.2) --------------------------------------------------

_PARAM_FORMAT = 0x81  # format identifier
_PARAM_GROUP = 0x80  # group identifier: HDLC parameters
_MAX_INFO_TX, _MAX_INFO_RX, _WINDOW_TX, _WINDOW_RX = 0x05, 0x06, 0x07, 0x08


@dataclass(frozen=True, kw_only=True, slots=True)
class HdlcParameters:
    """Negotiable HDLC parameters, as seen by the station that sends them (tx = what it transmits)."""

    max_info_tx: int = DEFAULT_MAX_INFO
    max_info_rx: int = DEFAULT_MAX_INFO
    window_tx: int = DEFAULT_WINDOW
    window_rx: int = DEFAULT_WINDOW

    def to_bytes(self) -> bytes:
        """The information field of an SNRM or UA: 81 80 len, then 05/06 (1-2 octets), 07/08 (4 octets)."""
        for name in ("max_info_tx", "max_info_rx"):
            if not 32 <= getattr(self, name) <= MAX_FRAME_LENGTH:
                raise LocalProtocolError(f"{name} must be 32..{MAX_FRAME_LENGTH}")
        for name in ("window_tx", "window_rx"):
            if not 1 <= getattr(self, name) <= 7:
                raise LocalProtocolError(f"{name} must be 1..7")
        body = bytearray()
        for ident, value in ((_MAX_INFO_TX, self.max_info_tx), (_MAX_INFO_RX, self.max_info_rx)):
            size = 1 if value < 0x100 else 2
            body += bytes((ident, size)) + value.to_bytes(size, "big")
        for ident, value in ((_WINDOW_TX, self.window_tx), (_WINDOW_RX, self.window_rx)):
            body += bytes((ident, 4)) + value.to_bytes(4, "big")
        return bytes((_PARAM_FORMAT, _PARAM_GROUP, len(body))) + bytes(body)

    @classmethod
    def from_bytes(cls, info: bytes) -> HdlcParameters:
        """Decode an SNRM/UA information field; empty means all defaults, absent parameters default."""
        if not info:
            return cls()
        reader = Reader(info)
        if reader.u8() != _PARAM_FORMAT or reader.u8() != _PARAM_GROUP:
            raise DecodeError("SNRM/UA information is not an HDLC parameter group (81 80)")
        size = reader.u8()
        group = Reader(reader.take(size))
        reader.expect_end("the HDLC parameter group")
        values = {
            _MAX_INFO_TX: DEFAULT_MAX_INFO,
            _MAX_INFO_RX: DEFAULT_MAX_INFO,
            _WINDOW_TX: DEFAULT_WINDOW,
            _WINDOW_RX: DEFAULT_WINDOW,
        }
        while not group.at_end():
            ident = group.u8()
            length = group.u8()
            if not 1 <= length <= 4:
                raise DecodeError(f"HDLC parameter 0x{ident:02X} has length {length}")
            value = group.uint(length)
            if ident in values:  # unknown parameters are skipped (§6.4.4.4.3.2: ignore what you don't know)
                values[ident] = value
        return cls(
            max_info_tx=values[_MAX_INFO_TX],
            max_info_rx=values[_MAX_INFO_RX],
            window_tx=values[_WINDOW_TX],
            window_rx=values[_WINDOW_RX],
        )

    def answer(self, own: HdlcParameters) -> HdlcParameters:
        """The UA a server with capabilities `own` gives to these SNRM proposals (each side's minimum)."""
        return HdlcParameters(
            max_info_tx=min(own.max_info_tx, self.max_info_rx),
            max_info_rx=min(own.max_info_rx, self.max_info_tx),
            window_tx=min(own.window_tx, self.window_rx),
            window_rx=min(own.window_rx, self.window_tx),
        )


# --- frames -----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class HdlcFrame:
    """One HDLC frame; `information` excludes HCS and FCS (the LLC header, when present, is inside)."""

    destination: HdlcAddress
    source: HdlcAddress
    control: Control
    information: bytes = b""
    segmented: bool = False

    @property
    def kind(self) -> FrameKind:
        """The frame kind."""
        return self.control.kind

    def to_bytes(self) -> bytes:
        """The frame with both flags; HCS only when there is an information field (§6.4.3.6)."""
        head_rest = self.destination.to_bytes() + self.source.to_bytes() + bytes((self.control.to_byte(),))
        length = 2 + len(head_rest) + 2 + (len(self.information) + 2 if self.information else 0)
        if length > MAX_FRAME_LENGTH:
            raise LocalProtocolError(f"HDLC frame of {length} octets exceeds {MAX_FRAME_LENGTH}")
        header = format_field(length, segmented=self.segmented) + head_rest
        body = header + check_sequence(header) + self.information if self.information else header
        return bytes((FLAG,)) + body + check_sequence(body) + bytes((FLAG,))

    @classmethod
    def from_bytes(cls, raw: bytes) -> HdlcFrame:
        """Decode one frame, with or without its opening and closing 7E flags."""
        data = bytes(raw)
        if data[:1] == b"\x7e" and data[-1:] == b"\x7e" and len(data) >= 2:
            data = data[1:-1]
        return _parse_body(data)

    def __str__(self) -> str:
        c = self.control
        seq = f" N(S)={c.send_seq} N(R)={c.recv_seq}" if c.kind is FrameKind.I else ""
        seq = seq or (f" N(R)={c.recv_seq}" if c.kind in _S_CODES else "")
        return (
            f"{c.kind.value}{seq}{' P/F' if c.poll_final else ''}{' S' if self.segmented else ''}"
            f" {self.source}->{self.destination} info={len(self.information)}"
        )


def _parse_body(data: bytes) -> HdlcFrame:
    """Decode the octets between the flags."""
    reader = Reader(data)
    fmt = reader.uint(2)
    if fmt >> 12 != FORMAT_TYPE_3:
        raise DecodeError(f"format field 0x{fmt:04X} is not frame format type 3", offset=0)
    length = fmt & MAX_FRAME_LENGTH
    if length != len(data):
        raise DecodeError(f"format field says {length} octets, frame has {len(data)}", offset=0)
    destination = HdlcAddress.decode(reader)
    source = HdlcAddress.decode(reader)
    control = Control.from_byte(reader.u8())
    header_end = reader.pos
    if len(data) < header_end + 2:
        raise DecodeError("frame ends inside its header", offset=header_end)
    information = b""
    if len(data) > header_end + 2:
        if len(data) < header_end + 4 + 1:
            raise DecodeError("HCS without an information field", offset=header_end)
        if data[header_end : header_end + 2] != check_sequence(data[:header_end]):
            raise DecodeError("header check sequence (HCS) does not match", offset=header_end)
        information = data[header_end + 2 : -2]
    if data[-2:] != check_sequence(data[:-2]):
        raise DecodeError("frame check sequence (FCS) does not match", offset=len(data) - 2)
    return HdlcFrame(
        destination=destination,
        source=source,
        control=control,
        information=information,
        segmented=bool(fmt & SEGMENTATION_BIT),
    )


def split_information(payload: bytes, max_info: int) -> list[bytes]:
    """Cut an information payload (LLC + APDU) into segments of at most `max_info` octets (§6.4.4.4.3.4)."""
    if max_info < 1:
        raise LocalProtocolError("max_info must be positive")
    if not payload:
        return [b""]
    return [payload[i : i + max_info] for i in range(0, len(payload), max_info)]


def strip_llc(information: bytes) -> tuple[bytes, bytes]:
    """(LLC header, APDU) of a first information field; DecodeError if there is no DLMS LLC header."""
    head = information[:3]
    if head not in (LLC_COMMAND, LLC_RESPONSE):
        raise DecodeError(f"information field does not start with an LLC header (E6 E6/E7 00): {head.hex()}")
    return head, information[3:]


# --- incremental decoder ----------------------------------------------------------------------------


class HdlcFrameDecoder:
    """Bytes in, frames out: finds 7E, checks format, length, HCS and FCS, and skips noise byte by byte.

    Frames may share a flag (`7E frame 7E frame 7E`) or be separated by several flags. A closing flag
    is left in the buffer as the next frame's opening flag. `discarded` counts octets thrown away.
    """

    def __init__(self, *, octet_stuffing: bool = False, max_buffer: int = 8 * (MAX_FRAME_LENGTH + 2)) -> None:
        self.octet_stuffing = octet_stuffing
        self.max_buffer = max_buffer
        self._buffer = bytearray()
        self.discarded = 0
        self.rejected = 0  # candidate frames that failed a check

    def receive_data(self, data: bytes) -> None:
        """Feed received bytes."""
        self._buffer += data
        if len(self._buffer) > self.max_buffer:
            drop = len(self._buffer) - self.max_buffer
            del self._buffer[:drop]
            self.discarded += drop

    def __iter__(self) -> Iterator[HdlcFrame]:
        while (frame := self.next_frame()) is not None:
            yield frame

    def next_frame(self) -> HdlcFrame | None:
        """The next complete, valid frame, or None until more bytes arrive."""
        if self.octet_stuffing:
            return self._next_stuffed()
        buf = self._buffer
        while True:
            start = buf.find(FLAG)
            if start < 0:
                self.discarded += len(buf)
                buf.clear()
                return None
            if start:
                del buf[:start]
                self.discarded += start
            if len(buf) < 3:
                return None
            status, frame = self._try_at(0)
            if status == "ok":
                assert frame is not None
                length = ((buf[1] & 0x07) << 8) | buf[2]
                del buf[: length + 1]  # keep the closing flag: it may open the next frame
                return frame
            if status == "wait":
                # a noise 7E may announce a long frame: a complete valid frame later on wins
                later = self._find_complete_later()
                if later is None:
                    return None
                self.discarded += later
                del buf[:later]
                continue
            del buf[:1]
            if status == "bad":
                self.rejected += 1
            else:
                self.discarded += 1

    def _try_at(self, pos: int) -> tuple[str, HdlcFrame | None]:
        """('ok', frame), ('wait', None), ('bad', None) for a failed check or ('skip', None) for a flag."""
        buf = self._buffer
        if pos + 3 > len(buf):
            return "wait", None
        if buf[pos + 1] == FLAG or buf[pos + 1] >> 4 != FORMAT_TYPE_3:
            return "skip", None
        length = ((buf[pos + 1] & 0x07) << 8) | buf[pos + 2]
        if length < MIN_FRAME_LENGTH:
            return "skip", None
        if pos + length + 2 > len(buf):
            return "wait", None
        if buf[pos + length + 1] != FLAG:
            return "bad", None
        try:
            return "ok", _parse_body(bytes(buf[pos + 1 : pos + length + 1]))
        except DecodeError:
            return "bad", None

    def _find_complete_later(self) -> int | None:
        buf = self._buffer
        pos = buf.find(FLAG, 1)
        while pos >= 0:
            status, _ = self._try_at(pos)
            if status == "ok":
                return pos
            pos = buf.find(FLAG, pos + 1)
        return None

    def _next_stuffed(self) -> HdlcFrame | None:
        buf = self._buffer
        while True:
            start = buf.find(FLAG)
            if start < 0:
                self.discarded += len(buf)
                buf.clear()
                return None
            end = buf.find(FLAG, start + 1)
            if end < 0:
                if start:
                    del buf[:start]
                    self.discarded += start
                return None
            raw = bytes(buf[start + 1 : end])
            self.discarded += start
            del buf[:end]  # the closing flag may open the next frame
            if not raw:
                continue
            body = _unstuff(raw)
            if body is None:  # 7D 7E: abort sequence (ISO/IEC 13239 §4.4.2)
                self.rejected += 1
                continue
            try:
                return _parse_body(body)
            except DecodeError:
                self.rejected += 1


def _unstuff(raw: bytes) -> bytes | None:
    if ESCAPE not in raw:
        return raw
    out = bytearray()
    escaped = False
    for byte in raw:
        if escaped:
            out.append(byte ^ 0x20)
            escaped = False
        elif byte == ESCAPE:
            escaped = True
        else:
            out.append(byte)
    return None if escaped else bytes(out)


def stuff(frame: bytes) -> bytes:
    """Escape 7E and 7D between the flags of an encoded frame (the octet-stuffing variant)."""
    inner = bytearray()
    for byte in frame[1:-1]:
        if byte in (FLAG, ESCAPE):
            inner += bytes((ESCAPE, byte ^ 0x20))
        else:
            inner.append(byte)
    return bytes((FLAG,)) + bytes(inner) + bytes((FLAG,))
