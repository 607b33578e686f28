"""M-Bus link layer frames (EN 13757-2 §5): single character, short, control and long frames."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError

ACK = 0xE5
START_SHORT = 0x10
START_LONG = 0x68
STOP = 0x16

# C-field values (EN 13757-2 §5.5); FCB is bit 5 (0x20), FCV bit 4 (0x10) on requests from the master
C_SND_NKE = 0x40
C_SND_UD = 0x53
C_REQ_UD2 = 0x5B
C_REQ_UD1 = 0x5A
C_RSP_UD = 0x08
FCB = 0x20
FCV = 0x10
ACD = 0x20  # on responses: access demand
DFC = 0x10  # on responses: data flow control

ADDRESS_UNCONFIGURED = 0
ADDRESS_MAX_PRIMARY = 250
ADDRESS_NETWORK_LAYER = 253  # secondary addressing: talk to the selected slave
ADDRESS_TEST = 254  # every slave answers (point to point)
ADDRESS_BROADCAST = 255  # no slave answers

CI_APPLICATION_RESET = 0x50
CI_SET_PRIMARY = 0x51  # SND_UD data send (mode 1)
CI_SELECT = 0x52
CI_BAUD = {300: 0xB8, 600: 0xB9, 1200: 0xBA, 2400: 0xBB, 4800: 0xBC, 9600: 0xBD, 19200: 0xBE, 38400: 0xBF}


def checksum(data: bytes) -> int:
    """The arithmetic sum of the bytes modulo 256 (EN 13757-2 §5.3)."""
    return sum(data) & 0xFF


@dataclass(frozen=True, kw_only=True)
class AckFrame:
    """The single character 0xE5."""

    def to_bytes(self) -> bytes:
        """Wire form."""
        return bytes((ACK,))


@dataclass(frozen=True, kw_only=True)
class ShortFrame:
    """10 C A CS 16: SND_NKE, REQ_UD1/2."""

    c: int
    a: int

    def to_bytes(self) -> bytes:
        """Wire form."""
        _check_byte(self.c, "C")
        _check_byte(self.a, "A")
        return bytes((START_SHORT, self.c, self.a, checksum(bytes((self.c, self.a))), STOP))


@dataclass(frozen=True, kw_only=True)
class LongFrame:
    """68 L L 68 C A CI data CS 16; a control frame is a long frame without data."""

    c: int
    a: int
    ci: int
    data: bytes = b""

    def to_bytes(self) -> bytes:
        """Wire form."""
        for value, name in ((self.c, "C"), (self.a, "A"), (self.ci, "CI")):
            _check_byte(value, name)
        body = bytes((self.c, self.a, self.ci)) + self.data
        if len(body) > 255:
            raise LocalProtocolError(f"long frame user data of {len(self.data)} bytes exceeds 252")
        return bytes((START_LONG, len(body), len(body), START_LONG)) + body + bytes((checksum(body), STOP))

    @property
    def is_control(self) -> bool:
        """True for a control frame (no user data)."""
        return not self.data


Frame = AckFrame | ShortFrame | LongFrame


def _check_byte(value: int, name: str) -> None:
    if not 0 <= value <= 0xFF:
        raise LocalProtocolError(f"{name} field {value} is not a byte")


def _parse_at(buf: bytes, pos: int) -> tuple[Frame | None, int]:
    """A frame starting at `pos`, and its length; (None, 0) if more bytes are needed."""
    start = buf[pos]
    if start == ACK:
        return AckFrame(), 1
    if start == START_SHORT:
        if len(buf) - pos < 5:
            return None, 0
        c, a, cs, stop = buf[pos + 1 : pos + 5]
        if stop != STOP:
            raise DecodeError("short frame without stop byte 16h", offset=pos + 4)
        if checksum(bytes((c, a))) != cs:
            raise DecodeError("short frame checksum mismatch", offset=pos + 3)
        return ShortFrame(c=c, a=a), 5
    if start == START_LONG:
        if len(buf) - pos < 4:
            return None, 0
        length, length2, start2 = buf[pos + 1 : pos + 4]
        if length != length2 or start2 != START_LONG:
            raise DecodeError("long frame header broken (L fields differ or second 68h missing)", offset=pos)
        if length < 3:
            raise DecodeError(
                f"long frame length {length} is below the 3 bytes of C, A and CI", offset=pos + 1
            )
        end = pos + 4 + length + 2
        if len(buf) < end:
            return None, 0
        body = buf[pos + 4 : pos + 4 + length]
        if buf[end - 1] != STOP:
            raise DecodeError("long frame without stop byte 16h", offset=end - 1)
        if checksum(body) != buf[end - 2]:
            raise DecodeError("long frame checksum mismatch", offset=end - 2)
        return LongFrame(c=body[0], a=body[1], ci=body[2], data=bytes(body[3:])), end - pos
    raise DecodeError(f"0x{start:02X} starts no M-Bus frame", offset=pos)


def parse_frame(raw: bytes) -> Frame:
    """Exactly one frame; DecodeError says what is wrong and where."""
    raw = bytes(raw)
    if not raw:
        raise DecodeError("no bytes")
    frame, used = _parse_at(raw, 0)
    if frame is None:
        raise DecodeError(f"frame incomplete: {len(raw)} bytes")
    if used != len(raw):
        raise DecodeError("bytes after the end of the frame", offset=used)
    return frame


def parse_hex(text: str) -> Frame:
    """A frame written as hex text (spaces and line breaks allowed)."""
    try:
        raw = bytes.fromhex("".join(text.split()))
    except ValueError:
        raise DecodeError("not hex text") from None
    return parse_frame(raw)


class FrameDecoder:
    """Incremental: feed bytes, take frames; bytes that start no frame are skipped and counted."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.skipped = 0
        self.errors: list[DecodeError] = []

    def receive_data(self, data: bytes) -> None:
        """Add received bytes."""
        self._buffer += data

    def next_frame(self) -> Frame | None:
        """The next complete frame, or None until more bytes arrive."""
        while self._buffer:
            try:
                frame, used = _parse_at(bytes(self._buffer), 0)
            except DecodeError as exc:
                self.errors.append(exc)
                del self._buffer[:1]
                self.skipped += 1
                continue
            if frame is None:
                return None
            del self._buffer[:used]
            return frame
        return None

    def pending(self) -> int:
        """Bytes held that do not yet form a frame."""
        return len(self._buffer)

    def clear(self) -> None:
        """Drop everything held (e.g. after a collision)."""
        self.skipped += len(self._buffer)
        self._buffer.clear()


# -- master requests (EN 13757-2 §5.5, EN 13757-3 §6) -----------------------------------------


def snd_nke(address: int) -> ShortFrame:
    """Link reset (also ends a secondary selection); the slave answers E5."""
    return ShortFrame(c=C_SND_NKE, a=address)


def req_ud2(address: int, fcb: bool) -> ShortFrame:
    """Request class 2 data with the frame count bit (FCV set)."""
    return ShortFrame(c=C_REQ_UD2 | FCV | (FCB if fcb else 0), a=address)


def req_ud1(address: int, fcb: bool) -> ShortFrame:
    """Request class 1 (alarm) data."""
    return ShortFrame(c=C_REQ_UD1 | FCV | (FCB if fcb else 0), a=address)


def snd_ud(address: int, ci: int, data: bytes = b"", fcb: bool = False) -> LongFrame:
    """Send user data to a slave."""
    return LongFrame(c=C_SND_UD | (FCB if fcb else 0), a=address, ci=ci, data=data)


def set_primary_address(address: int, new: int) -> LongFrame:
    """SND_UD with DIF 01, VIF 7A (bus address) = new (EN 13757-3 §6.4)."""
    if not 0 <= new <= ADDRESS_MAX_PRIMARY:
        raise LocalProtocolError(f"primary address {new} is outside 0..250")
    return snd_ud(address, CI_SET_PRIMARY, bytes((0x01, 0x7A, new)))


def switch_baud_rate(address: int, baud: int) -> LongFrame:
    """Control frame with CI B8..BF selecting the slave's new baud rate."""
    if baud not in CI_BAUD:
        raise LocalProtocolError(f"no M-Bus baud rate code for {baud}")
    return LongFrame(c=C_SND_UD, a=address, ci=CI_BAUD[baud])


def application_reset(address: int, subcode: int | None = None) -> LongFrame:
    """CI 50, optionally with a subcode selecting what to reset or which telegrams to send."""
    return LongFrame(
        c=C_SND_UD, a=address, ci=CI_APPLICATION_RESET, data=b"" if subcode is None else bytes((subcode,))
    )


def is_rsp_ud(frame: Frame) -> bool:
    """A long frame answering a data request (C = 08 plus ACD/DFC bits)."""
    return isinstance(frame, LongFrame) and frame.c & 0xCF == C_RSP_UD
