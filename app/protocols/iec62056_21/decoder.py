"""An incremental IEC 62056-21 decoder: bytes in any pieces in, messages (6.3) out as events, sans-I/O."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from app.errors import DecodeError
from app.protocols.iec62056_21.messages import (
    ACK,
    EOT,
    ETX,
    NAK,
    SEVEN_BIT,
    SOH,
    STX,
    Ack,
    Command,
    DataBlock,
    Identification,
    Message,
    Nak,
    OptionSelect,
    SignOnRequest,
    bcc,
    crc16_arc,
    parse_lines,
)

MAX_SIGN_ON_LINE = 128  # a request or identification line longer than this is noise
MAX_COMMAND = 4096
_BAD_IN_LINE = re.compile(rb"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")
_HEX4 = re.compile(r"![0-9A-Fa-f]{4}")


@dataclass(frozen=True, kw_only=True)
class Garbled:
    """Bytes that were not a valid message (bad line, wrong command BCC, overlong or cut-off message)."""

    raw: bytes
    reason: str


Event = Message | Garbled


class _State(Enum):
    IDLE = auto()
    AFTER_IDENTIFICATION = auto()  # a mode D telegram may follow without STX (6.4, mode D)
    UNFRAMED = auto()  # collecting such a telegram's lines up to the `!` line


class IecDecoder:
    """Feed with `receive_data(bytes)`, take `next_event()` until None; never raises on bad input.

    Bit 7 of every byte is dropped (it is the parity bit when an 8N1 port reads a 7E1 line). Bytes
    between messages that start none (wake-up NULs, line noise) are counted in `skipped`.
    """

    def __init__(
        self, *, max_message: int = 1 << 20, max_line: int = 4096, expect_option_select: bool = False
    ) -> None:
        self.max_message = max_message
        self.max_line = max_line
        self.skipped = 0
        self._buf = bytearray()
        self._scan = 0  # how far the current message has been searched for its end
        self._state = _State.IDLE
        # an ACK may open an option select: right after a request or identification (or when told so)
        self._select_possible = expect_option_select
        self._identification_raw = b""
        self._events: deque[Event] = deque()
        # one transition table: the first byte of a message picks its parser
        self._starts: dict[int, Callable[[], bool]] = {
            ord("/"): self._slash_line,
            STX: self._data_block,
            SOH: self._command,
            ACK: self._ack,
            NAK: self._nak,
        }

    def receive_data(self, data: bytes) -> None:
        """Add received bytes and decode what is complete."""
        self._buf += data.translate(SEVEN_BIT)
        self._parse()

    def end_of_data(self) -> None:
        """The stream ended: finish a telegram cut after `!`, report anything else left as Garbled."""
        if self._state is _State.UNFRAMED and self._buf[self._scan :].startswith(b"!"):
            self._emit_unframed(len(self._buf))
        elif self._buf.startswith(bytes((ACK,))) and len(self._buf) < 6:
            self._consume(1, Ack())
            self._parse()
        if self._buf:
            self._garble(len(self._buf), "message cut off at the end of the data")
        self._state = _State.IDLE

    def next_event(self) -> Event | None:
        """The next decoded message (or Garbled), None when more bytes are needed."""
        return self._events.popleft() if self._events else None

    def events(self) -> list[Event]:
        """All events decoded so far."""
        found = list(self._events)
        self._events.clear()
        return found

    def pending(self) -> int:
        """Bytes held for a message that has started but not ended."""
        return len(self._buf)

    # -- parsing -------------------------------------------------------------------------------------

    def _parse(self) -> None:
        while self._buf:
            if self._state is _State.UNFRAMED:
                if not self._unframed_line():
                    return
                continue
            first = self._buf[0]
            parser = self._starts.get(first)
            if parser is not None:
                if not parser():
                    return
            elif self._state is _State.AFTER_IDENTIFICATION and (first in b"\r\n" or 0x20 <= first < 0x7F):
                self._state, self._scan = _State.UNFRAMED, 0
            else:
                del self._buf[:1]
                self.skipped += 1

    def _emit(self, event: Event) -> None:
        self._events.append(event)
        if isinstance(event, Garbled):
            return
        self._select_possible = isinstance(event, SignOnRequest | Identification)
        self._state = _State.AFTER_IDENTIFICATION if isinstance(event, Identification) else _State.IDLE

    def _consume(self, count: int, event: Event) -> None:
        del self._buf[:count]
        self._scan = 0
        self._emit(event)

    def _garble(self, count: int, reason: str) -> None:
        self._consume(count, Garbled(raw=bytes(self._buf[:count]), reason=reason))

    def _slash_line(self) -> bool:
        """6.3.1 request `/?…!` or 6.3.2 identification `/XXXZ…`, both ending in CR LF."""
        buf = self._buf
        limit = min(len(buf), MAX_SIGN_ON_LINE)
        lf = buf.find(b"\n", 1, limit)
        bad = _BAD_IN_LINE.search(buf, 1, lf if lf >= 0 else limit)
        if bad is not None or (lf < 0 and len(buf) >= MAX_SIGN_ON_LINE):
            del buf[:1]  # a stray '/': drop it and look again right after it
            self.skipped += 1
            return True
        if lf < 0:
            return False
        line = bytes(buf[: lf + 1])
        try:
            message: Message = (
                SignOnRequest.from_bytes(line) if line[1:2] == b"?" else Identification.from_bytes(line)
            )
        except DecodeError as exc:
            following = buf.find(b"/", 1, lf + 1)
            self._garble(following if following > 0 else lf + 1, str(exc))
            return True
        if isinstance(message, Identification):
            self._identification_raw = line
        self._consume(lf + 1, message)
        return True

    def _find_end(self, start: int, limit: int) -> int:
        """Index of the first ETX or EOT at or after the scan position, -1 (and remember) if none."""
        buf = self._buf
        at = max(self._scan, start)
        ends = [i for i in (buf.find(b"\x03", at), buf.find(b"\x04", at)) if i >= 0]
        if ends:
            return min(ends)
        self._scan = len(buf)
        if len(buf) > limit:
            return -2
        return -1

    def _data_block(self) -> bool:
        """6.3.4/6.3.9/6.3.10/6.3.12: STX data ETX|EOT BCC."""
        end = self._find_end(1, self.max_message)
        if end == -2:
            self._garble(len(self._buf), f"no ETX within {self.max_message} bytes")
            return True
        if end < 0 or end + 1 >= len(self._buf):
            return False
        body = bytes(self._buf[1 : end + 1])
        ok = bcc(body) == self._buf[end + 1]
        block = DataBlock.parse_body(body[:-1], final=body[-1] == ETX, check_ok=ok)
        self._consume(end + 2, block)
        return True

    def _command(self) -> bool:
        """6.3.7 programming command / 6.3.11 break: SOH C D [STX data] ETX BCC."""
        end = self._find_end(1, MAX_COMMAND)
        if end == -2:
            self._garble(len(self._buf), f"no ETX within {MAX_COMMAND} bytes of SOH")
            return True
        if end < 0 or end + 1 >= len(self._buf):
            return False
        raw = bytes(self._buf[: end + 2])
        if raw[end] == EOT:
            self._garble(end + 2, "command in partial blocks (EOT) is not supported")
            return True
        try:
            command = Command.from_bytes(raw)
        except DecodeError as exc:
            self._garble(end + 2, str(exc))
            return True
        self._consume(end + 2, command)
        return True

    def _ack(self) -> bool:
        """6.3.5 ACK, or 6.3.3 option select ACK V Z Y CR LF right after a request/identification."""
        buf = self._buf
        if self._select_possible:
            for k, byte in enumerate(buf[1:6], start=1):
                fits = byte == b"\r\n"[k - 4] if k >= 4 else chr(byte).isalnum()
                if not fits:
                    break
            else:
                if len(buf) < 6:
                    return False
                self._consume(6, OptionSelect.from_bytes(bytes(buf[:6])))
                return True
        self._consume(1, Ack())
        return True

    def _nak(self) -> bool:
        self._consume(1, Nak())
        return True

    def _unframed_line(self) -> bool:
        """One more line of a mode D telegram; emits the block at its `!` line."""
        buf = self._buf
        start = self._scan
        lf = buf.find(b"\n", start)
        stop = lf if lf >= 0 else len(buf)
        for control in (STX, SOH):
            at = buf.find(bytes((control,)), start, stop)
            if at >= 0:  # a framed message interrupts: what came before was no telegram
                self._state = _State.IDLE
                if at:
                    self._garble(at, "telegram interrupted by a framed message")
                return True
        if lf < 0:
            if len(buf) > self.max_message or len(buf) - start > self.max_line:
                self._state = _State.IDLE
                self._garble(len(buf), "telegram line too long")
                return True
            return False
        if buf.startswith(b"/", start) and start:  # a new identification: the telegram was cut off
            self._state = _State.IDLE
            self._garble(start, "telegram cut off by a new identification")
            return True
        if buf.startswith(b"!", start):
            self._emit_unframed(lf + 1)
            return True
        self._scan = lf + 1
        return True

    def _emit_unframed(self, end: int) -> None:
        body = bytes(self._buf[:end])
        lines = parse_lines(body.decode("ascii"))
        check, ok = "none", True
        end_line = next((line.rest for line in lines if line.is_end), "")
        if _HEX4.fullmatch(end_line):
            bang = body.rfind(b"!")
            check = "crc16"
            ok = crc16_arc(self._identification_raw + body[: bang + 1]) == int(end_line[1:], 16)
        self._consume(end, DataBlock(lines=lines, framed=False, check=check, check_ok=ok))
