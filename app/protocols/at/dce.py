"""The modem (DCE) side of the AT dialogue, sans-I/O: what a simulated modem needs (ITU-T V.250 §5-§6).

Reads what the terminal types: command lines (with echo and backspace), message bodies after a `> ` prompt
(TS 27.005 §3.5.1, ended by Ctrl-Z or abandoned by ESC), data during a call, and the '+++' escape framed by
guard times (V.250 §6.3.9; time is an input). Formats information lines, final and unsolicited result codes
in verbose (ATV1) or numeric (ATV0) form.
"""

from __future__ import annotations

import enum
import re
from collections import deque
from dataclasses import dataclass

from app.errors import LocalProtocolError
from app.protocols.at.engine import NUMERIC_CODES, ResultCode

MAX_COMMAND_LINE = 1024  # V.250 §5.2.1 asks for at least 40 characters
_NUMERIC_OF = {code: number for number, code in NUMERIC_CODES.items()}


class DceState(enum.Enum):
    """What the modem expects from the terminal."""

    COMMAND = "command"
    BODY = "body"
    DATA = "data"


@dataclass(frozen=True, kw_only=True)
class CommandLine:
    """A command line the terminal ended with CR; `commands` are its parts ('E0', '+CMGF=0', 'D123')."""

    line: str
    commands: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class MessageBody:
    """The text typed after a `> ` prompt: ended by Ctrl-Z, or `cancelled` by ESC."""

    text: str
    cancelled: bool = False


@dataclass(frozen=True, kw_only=True)
class DteData:
    """Bytes the terminal sent during a data call."""

    data: bytes


@dataclass(frozen=True, kw_only=True)
class EscapeSequence:
    """'+++' framed by silence: the modem goes to online command mode and answers OK."""


DceEvent = CommandLine | MessageBody | DteData | EscapeSequence


def split_commands(line: str) -> tuple[str, ...]:
    """The commands of one line after 'AT' (V.250 §5.4): basic ones one by one, extended ones up to ';'."""
    text = line.strip()
    if text[:2].upper() != "AT":
        return ()
    out: list[str] = []
    i, n = 2, len(text)
    while i < n:
        ch = text[i]
        if ch in " ;":
            i += 1
            continue
        if ch in "+^$%#*":
            end = text.find(";", i)
            end = n if end < 0 else end
            out.append(text[i:end].strip())
            i = end + 1
            continue
        if ch.upper() == "D":  # V.250 §6.3.1: the dial string runs to the end of the line
            out.append("D" + text[i + 1 :].strip())
            break
        start = i
        i += 1
        if ch == "&" and i < n:
            i += 1
        elif ch.upper() == "S":
            while i < n and text[i].isdigit():
                i += 1
            if i < n and text[i] == "?":
                i += 1
            elif i < n and text[i] == "=":
                i += 1
                while i < n and text[i].isdigit():
                    i += 1
            out.append(text[start:i].upper())
            continue
        while i < n and text[i].isdigit():
            i += 1
        out.append(text[start:i].upper())
    return tuple(out)


class DceParser:
    """Turns terminal bytes into command lines, message bodies, data and escapes; echoes when asked."""

    def __init__(self, *, echo: bool = True, verbose: bool = True, guard_time: float = 1.0) -> None:
        self.echo = echo
        self.verbose = verbose
        self.guard_time = guard_time
        self.state = DceState.COMMAND
        self._line = bytearray()
        self._body = bytearray()
        self._events: deque[DceEvent] = deque()
        self._out = bytearray()
        self._last_rx: float | None = None
        self._plus: tuple[float, int] | None = None  # when '+' of a possible escape began, and how many

    # ---------------------------------------------------------------------------------------- states

    def prompt(self) -> bytes:
        """Show the `> ` prompt and read a message body next (after AT+CMGS/+CMGW)."""
        if self.state is not DceState.COMMAND:
            raise LocalProtocolError("a prompt is only shown in command state")
        self.state = DceState.BODY
        self._body.clear()
        return b"\r\n> "

    def enter_data(self) -> None:
        """The call is connected (after CONNECT): bytes now go to the remote end."""
        self.state = DceState.DATA
        self._plus = None

    def enter_command(self) -> None:
        """Back to command state (escape accepted, or the call ended)."""
        self.state = DceState.COMMAND
        self._line.clear()
        self._plus = None

    # ---------------------------------------------------------------------------------------- input

    def receive_data(self, data: bytes, now: float) -> None:
        """Bytes from the terminal, received at `now`."""
        if self.state is DceState.DATA:
            self._data(bytes(data), now)
        else:
            for byte in data:
                if self.state is DceState.BODY:
                    self._body_byte(byte)
                else:
                    self._command_byte(byte)
        self._last_rx = now

    def tick(self, now: float) -> None:
        """Let time pass: '+++' followed by the guard time of silence becomes an EscapeSequence."""
        if self.state is DceState.DATA and self._plus is not None:
            _, count = self._plus
            if count == 3 and self._last_rx is not None and now - self._last_rx >= self.guard_time:
                self._plus = None
                self.state = DceState.COMMAND
                self._events.append(EscapeSequence())

    def next_event(self) -> DceEvent | None:
        """The next event, or None."""
        return self._events.popleft() if self._events else None

    def events(self) -> list[DceEvent]:
        """Every event ready now."""
        out = list(self._events)
        self._events.clear()
        return out

    def data_to_send(self) -> bytes:
        """Echo (and continuation prompts) to write back to the terminal."""
        out = bytes(self._out)
        self._out.clear()
        return out

    def _command_byte(self, byte: int) -> None:
        if byte in (0x0D,):  # S3: end of command line
            if self.echo:
                self._out += b"\r"
            line = self._line.decode("latin-1").strip()
            self._line.clear()
            if line[:2].upper() == "AT":
                self._events.append(CommandLine(line=line, commands=split_commands(line)))
            return
        if byte == 0x0A:  # LF after CR is ignored
            return
        if byte in (0x08, 0x7F):  # S5: backspace
            if self._line:
                del self._line[-1]
                if self.echo:
                    self._out += b"\x08 \x08"
            return
        if len(self._line) < MAX_COMMAND_LINE:
            self._line.append(byte)
        if self.echo:
            self._out.append(byte)

    def _body_byte(self, byte: int) -> None:
        if byte == 0x1A:
            self._finish_body(cancelled=False)
            return
        if byte == 0x1B:
            self._finish_body(cancelled=True)
            return
        if byte == 0x0D:  # TS 27.005 §3.5.1: CR in the body gives a new prompt line
            self._body += b"\n"
            self._out += b"\r\n> "
            return
        if byte == 0x0A:
            return
        if byte in (0x08, 0x7F):
            if self._body:
                del self._body[-1]
            return
        self._body.append(byte)
        if self.echo:
            self._out.append(byte)

    def _finish_body(self, *, cancelled: bool) -> None:
        text = self._body.decode("latin-1")
        self._body.clear()
        self.state = DceState.COMMAND
        self._events.append(MessageBody(text="" if cancelled else text, cancelled=cancelled))

    def _data(self, data: bytes, now: float) -> None:
        # V.250 §6.3.9 / S2, S12: '+++' counts only after guard-time silence and before more silence
        silent_before = self._last_rx is None or now - self._last_rx >= self.guard_time
        if self._plus is None and silent_before and data and set(data) == {ord("+")} and len(data) <= 3:
            self._plus = (now, len(data))
            return
        if self._plus is not None:
            start, count = self._plus
            if set(data) == {ord("+")} and count + len(data) <= 3:
                self._plus = (start, count + len(data))
                return
            self._events.append(DteData(data=b"+" * count))
            self._plus = None
        if data:
            self._events.append(DteData(data=data))

    # ---------------------------------------------------------------------------------------- output

    def info(self, line: str) -> bytes:
        """An information line ('+CSQ: 20,99') framed for the current ATV setting (V.250 §5.7.1)."""
        body = line.encode("latin-1", "replace")
        return b"\r\n" + body + b"\r\n" if self.verbose else body + b"\r\n"

    def result(self, code: ResultCode, detail: str = "") -> bytes:
        """A final result code; `detail` follows CONNECT (speed) or +CME/+CMS ERROR (the error)."""
        if code in (ResultCode.CME_ERROR, ResultCode.CMS_ERROR):
            return self.info(f"{code.value}: {detail}")
        if not self.verbose:
            return f"{_NUMERIC_OF[code]}\r".encode()
        text = f"{code.value} {detail}".strip() if code is ResultCode.CONNECT else code.value
        return b"\r\n" + text.encode("latin-1") + b"\r\n"

    def unsolicited(self, line: str, body: str | None = None) -> bytes:
        """An unsolicited result code, with the PDU/text line of +CMT/+CDS when given."""
        out = self.info(line)
        if body is not None:
            out += body.encode("latin-1", "replace") + b"\r\n"
        return out


_EXTENDED = re.compile(r"^([+^$%#*][A-Za-z0-9_]+)(=\?|\?|=(.*))?$", re.DOTALL)


@dataclass(frozen=True, kw_only=True)
class ExtendedCommand:
    """One extended command split up (V.250 §5.4.2): name, form and argument text."""

    name: str  # '+CMGS'
    form: str  # 'action', 'set', 'read' or 'test'
    args: str = ""


def parse_extended(command: str) -> ExtendedCommand | None:
    """'+CMGS=23' → (+CMGS, set, '23'); '+CREG?' → read; '+CNMI=?' → test; None if not extended."""
    match = _EXTENDED.match(command.strip())
    if not match:
        return None
    suffix = match.group(2)
    if suffix is None:
        return ExtendedCommand(name=match.group(1).upper(), form="action")
    if suffix == "=?":
        return ExtendedCommand(name=match.group(1).upper(), form="test")
    if suffix == "?":
        return ExtendedCommand(name=match.group(1).upper(), form="read")
    return ExtendedCommand(name=match.group(1).upper(), form="set", args=match.group(3) or "")
