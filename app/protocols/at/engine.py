"""Sans-I/O AT command engine (ITU-T V.250 §5, 3GPP TS 27.007 §4 and §9.2, TS 27.005 §3 and §4).

The caller writes what `send_command` returns, feeds every byte the modem sends to `receive_data`, calls
`tick(now)` with its clock so deadlines can pass, and takes events from `next_event()`:

- `Response`: a command finished with its information lines and final result code (verbose or numeric);
- `Urc`: an unsolicited result code (RING, +CMTI, +CMT with its PDU line, +CREG, NO CARRIER, …), also
  when it arrives in the middle of a command's response;
- `Prompt`: the `> ` of AT+CMGS/+CMGW; answer with `send_body` (PDU or text, then Ctrl-Z) or `cancel_body`;
- `Timeout`: the command's deadline passed without a final result code;
- `Data` / `CarrierLost`: bytes of a data call after CONNECT, and the NO CARRIER that ends it.

Modem output never raises: whatever arrives becomes an event. Misuse by the caller (a second command while
one is pending) raises LocalProtocolError. In data mode bytes are passed on as they arrive, so when NO CARRIER
is split across two reads its first bytes end the last Data event (the call is over by then anyway).
"""

from __future__ import annotations

import enum
import re
from collections import deque
from dataclasses import dataclass, field

from app.errors import DeviceError, LocalProtocolError

CR = b"\r"
CTRL_Z = b"\x1a"
ESC = b"\x1b"
MAX_LINE = 65536
_NO_CARRIER = b"\r\nNO CARRIER\r\n"
_ESCAPE_OK = b"\r\nOK\r\n"


class ResultCode(enum.Enum):
    """Final result codes (V.250 §5.7.1 table 1; TS 27.007 §9.2; TS 27.005 §3.2.5)."""

    OK = "OK"
    CONNECT = "CONNECT"
    RING = "RING"
    NO_CARRIER = "NO CARRIER"
    ERROR = "ERROR"
    NO_DIALTONE = "NO DIALTONE"
    BUSY = "BUSY"
    NO_ANSWER = "NO ANSWER"
    CME_ERROR = "+CME ERROR"
    CMS_ERROR = "+CMS ERROR"


# V.250 §5.7.1 table 1: numeric forms (ATV0)
NUMERIC_CODES = {
    0: ResultCode.OK,
    1: ResultCode.CONNECT,
    2: ResultCode.RING,
    3: ResultCode.NO_CARRIER,
    4: ResultCode.ERROR,
    6: ResultCode.NO_DIALTONE,
    7: ResultCode.BUSY,
    8: ResultCode.NO_ANSWER,
}
_CALL_CODES = {
    ResultCode.CONNECT,
    ResultCode.NO_CARRIER,
    ResultCode.NO_DIALTONE,
    ResultCode.BUSY,
    ResultCode.NO_ANSWER,
}
# vendor spellings of ERROR seen in the wild (Huawei E1752 answers unknown commands with the first)
_VENDOR_ERRORS = {"COMMAND NOT SUPPORT", "TOO MANY PARAMETERS", "ABORTED"}

# TS 27.007 §9.2.1/§9.2.2 mobile termination error codes (+CME ERROR)
CME_ERRORS = {
    0: "phone failure",
    1: "no connection to phone",
    2: "phone-adaptor link reserved",
    3: "operation not allowed",
    4: "operation not supported",
    5: "PH-SIM PIN required",
    6: "PH-FSIM PIN required",
    7: "PH-FSIM PUK required",
    10: "SIM not inserted",
    11: "SIM PIN required",
    12: "SIM PUK required",
    13: "SIM failure",
    14: "SIM busy",
    15: "SIM wrong",
    16: "incorrect password",
    17: "SIM PIN2 required",
    18: "SIM PUK2 required",
    20: "memory full",
    21: "invalid index",
    22: "not found",
    23: "memory failure",
    24: "text string too long",
    25: "invalid characters in text string",
    26: "dial string too long",
    27: "invalid characters in dial string",
    30: "no network service",
    31: "network timeout",
    32: "network not allowed - emergency calls only",
    40: "network personalization PIN required",
    41: "network personalization PUK required",
    42: "network subset personalization PIN required",
    43: "network subset personalization PUK required",
    44: "service provider personalization PIN required",
    45: "service provider personalization PUK required",
    46: "corporate personalization PIN required",
    47: "corporate personalization PUK required",
    48: "hidden key required",
    49: "EAP method not supported",
    50: "incorrect parameters",
    100: "unknown",
    103: "illegal MS",
    106: "illegal ME",
    107: "GPRS services not allowed",
    111: "PLMN not allowed",
    112: "location area not allowed",
    113: "roaming not allowed in this location area",
    132: "service option not supported",
    133: "requested service option not subscribed",
    134: "service option temporarily out of order",
    148: "unspecified GPRS error",
    149: "PDP authentication failure",
    150: "invalid mobile class",
}

# TS 27.005 §3.2.5 message service failure codes (+CMS ERROR); 0-127 are TS 24.011 / TS 23.040 causes
CMS_ERRORS = {
    1: "unassigned (unallocated) number",
    8: "operator determined barring",
    10: "call barred",
    21: "short message transfer rejected",
    27: "destination out of service",
    28: "unidentified subscriber",
    29: "facility rejected",
    30: "unknown subscriber",
    38: "network out of order",
    41: "temporary failure",
    42: "congestion",
    47: "resources unavailable, unspecified",
    50: "requested facility not subscribed",
    69: "requested facility not implemented",
    81: "invalid short message transfer reference value",
    95: "invalid message, unspecified",
    96: "invalid mandatory information",
    97: "message type non-existent or not implemented",
    98: "message not compatible with short message protocol state",
    99: "information element non-existent or not implemented",
    111: "protocol error, unspecified",
    127: "interworking, unspecified",
    300: "ME failure",
    301: "SMS service of ME reserved",
    302: "operation not allowed",
    303: "operation not supported",
    304: "invalid PDU mode parameter",
    305: "invalid text mode parameter",
    310: "(U)SIM not inserted",
    311: "(U)SIM PIN required",
    312: "PH-(U)SIM PIN required",
    313: "(U)SIM failure",
    314: "(U)SIM busy",
    315: "(U)SIM wrong",
    316: "(U)SIM PUK required",
    317: "(U)SIM PIN2 required",
    318: "(U)SIM PUK2 required",
    320: "memory failure",
    321: "invalid memory index",
    322: "memory full",
    330: "SMSC address unknown",
    331: "no network service",
    332: "network timeout",
    340: "no +CNMA acknowledgement expected",
    500: "unknown error",
}

# Unsolicited result codes recognised even while a command is pending (TS 27.007 §7-§10, TS 27.005 §3.4.1)
URC_NAMES = frozenset(
    {
        "RING",
        "+CRING",
        "+CLIP",
        "+CCWA",
        "+COLP",
        "+CMTI",
        "+CMT",
        "+CDS",
        "+CDSI",
        "+CBM",
        "+CBMI",
        "+CREG",
        "+CGREG",
        "+CEREG",
        "+C5GREG",
        "+CUSD",
        "+CIEV",
        "+CSSI",
        "+CSSU",
        "+CGEV",
        "+CTZV",
        "+CTZE",
        "+CPIN",
        "+CFUN",
        "+WIND",
        "+STIN",
        "+PACSP",
        "+QIND",
        "+QUSIM",
        "+CMGS",  # only unsolicited when not the pending command (e.g. a late answer)
        "HANGUP",
        "RDY",
        "CALL READY",
        "SMS READY",
    }
)
# URCs that are a bare word rather than 'NAME: args' (V.250 §5.7.1, vendor start-up messages)
_BARE_URCS = frozenset(
    {"RING", "NO CARRIER", "BUSY", "NO ANSWER", "NO DIALTONE", "CONNECT", "RDY", "CALL READY", "SMS READY"}
)
# URCs followed by one more line: the PDU (PDU mode) or the text (text mode), TS 27.005 §3.4.1
_URC_WITH_BODY = frozenset({"+CMT", "+CBM"})


@dataclass(frozen=True, kw_only=True)
class FinalResult:
    """A final result code as received, with its meaning."""

    code: ResultCode
    line: str
    error_code: int | None = None  # <err> of +CME/+CMS ERROR when numeric
    detail: str = ""  # text of +CME/+CMS ERROR, or what follows CONNECT (the speed)

    @property
    def ok(self) -> bool:
        """OK or CONNECT."""
        return self.code in (ResultCode.OK, ResultCode.CONNECT)

    @property
    def description(self) -> str:
        """A readable meaning: the error text from TS 27.007/27.005 tables, else the line."""
        if self.code is ResultCode.CME_ERROR and self.error_code is not None:
            return CME_ERRORS.get(self.error_code, f"CME error {self.error_code}")
        if self.code is ResultCode.CMS_ERROR and self.error_code is not None:
            return CMS_ERRORS.get(self.error_code, f"CMS error {self.error_code}")
        return self.detail or self.code.value


# ------------------------------------------------------------------------------------------------ events


@dataclass(frozen=True, kw_only=True)
class Response:
    """A command finished: its information lines (echo removed) and its final result code."""

    command: str
    lines: tuple[str, ...]
    result: FinalResult

    @property
    def ok(self) -> bool:
        """The final result code was OK or CONNECT."""
        return self.result.ok

    def raise_for_error(self) -> Response:
        """Self when OK/CONNECT, else DeviceError with code like 'ERROR', '+CME ERROR: 10', 'BUSY'."""
        if self.ok:
            return self
        result = self.result
        code = result.code.value if result.error_code is None else f"{result.code.value}: {result.error_code}"
        raise DeviceError(f"{self.command}: {result.description}", code=code)


@dataclass(frozen=True, kw_only=True)
class Urc:
    """An unsolicited result code: `name` like '+CMTI', 'RING'; `body` the line after +CMT/+CDS/+CBM."""

    name: str
    args: str
    line: str
    body: str | None = None


@dataclass(frozen=True, kw_only=True)
class Prompt:
    """The modem shows `> ` and waits for the message body (TS 27.005 §3.5.1, §4.3)."""

    command: str


@dataclass(frozen=True, kw_only=True)
class Timeout:
    """The command's deadline passed with no final result code; `lines` is what did arrive."""

    command: str
    lines: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Data:
    """Bytes of an established data call (online data state, V.250 §5.2.3)."""

    data: bytes


@dataclass(frozen=True, kw_only=True)
class CarrierLost:
    """NO CARRIER during a data call: the line dropped, the modem is back in command state."""

    line: str = "NO CARRIER"


Event = Response | Urc | Prompt | Timeout | Data | CarrierLost


# ------------------------------------------------------------------------------------------------ states


class State(enum.Enum):
    """Where the engine is in the V.250 command/data dialogue."""

    COMMAND = "command"  # idle, ready for a command
    RESPONSE = "response"  # a command is pending
    PROMPT_WAIT = "prompt-wait"  # AT+CMGS/+CMGW sent, waiting for '> '
    PROMPT = "prompt"  # '> ' seen, the caller owes the body
    DATA = "data"  # online data state after CONNECT
    ESCAPING = "escaping"  # '+++' sent, waiting for OK


class _Trigger(enum.Enum):
    SEND = "send"
    SEND_FOR_PROMPT = "send-for-prompt"
    PROMPT = "prompt"
    BODY = "body"
    FINAL = "final"
    CONNECT = "connect"
    TIMEOUT = "timeout"
    ESCAPE = "escape"
    CARRIER_LOST = "carrier-lost"


_TRANSITIONS: dict[tuple[State, _Trigger], State] = {
    (State.COMMAND, _Trigger.SEND): State.RESPONSE,
    (State.COMMAND, _Trigger.SEND_FOR_PROMPT): State.PROMPT_WAIT,
    (State.RESPONSE, _Trigger.FINAL): State.COMMAND,
    (State.RESPONSE, _Trigger.CONNECT): State.DATA,
    (State.RESPONSE, _Trigger.TIMEOUT): State.COMMAND,
    (State.PROMPT_WAIT, _Trigger.PROMPT): State.PROMPT,
    (State.PROMPT_WAIT, _Trigger.FINAL): State.COMMAND,
    (State.PROMPT_WAIT, _Trigger.TIMEOUT): State.COMMAND,
    (State.PROMPT, _Trigger.BODY): State.RESPONSE,
    (State.PROMPT, _Trigger.FINAL): State.COMMAND,
    (State.PROMPT, _Trigger.TIMEOUT): State.COMMAND,
    (State.DATA, _Trigger.ESCAPE): State.ESCAPING,
    (State.DATA, _Trigger.CARRIER_LOST): State.COMMAND,
    (State.ESCAPING, _Trigger.FINAL): State.COMMAND,
    (State.ESCAPING, _Trigger.CARRIER_LOST): State.COMMAND,
    (State.ESCAPING, _Trigger.TIMEOUT): State.DATA,
}


_NAME = re.compile(r"^([+^$%*#][A-Za-z0-9_]+|[A-Za-z][A-Za-z0-9 _]*?)\s*:")


def urc_name(line: str) -> tuple[str, str]:
    """Split an unsolicited line into its name ('+CMTI', 'RING') and arguments."""
    stripped = line.strip()
    match = _NAME.match(stripped)
    if match:
        return match.group(1).upper(), stripped[match.end() :].strip()
    return stripped.upper(), ""


def response_prefix(command: str) -> str | None:
    """The information-response prefix of an extended command ('AT+CREG?' → '+CREG'), V.250 §5.4.2.3."""
    match = re.match(r"^\s*AT\s*([+^$%#*][A-Za-z0-9_]+)", command, re.IGNORECASE)
    return match.group(1).upper() if match else None


def is_call_command(command: str) -> bool:
    """ATD, ATA, ATO or +CGDATA: commands whose outcome is CONNECT/BUSY/NO CARRIER… (V.250 §6.3)."""
    text = command.strip().upper()
    return text.startswith(("ATD", "ATA", "ATO")) or "+CGDATA" in text


def basic_settings(command: str) -> dict[str, str]:
    """Basic V.250 commands on a line (ATE0V1Q0 → {'E': '0', 'V': '1', 'Q': '0'}); Z/&F appear as keys."""
    text = command.strip().upper()
    if not text.startswith("AT"):
        return {}
    out: dict[str, str] = {}
    i, n = 2, len(text)
    while i < n:
        ch = text[i]
        if ch in "+^$%#*":  # an extended command runs to the next ';'
            end = text.find(";", i)
            if end < 0:
                break
            i = end + 1
            continue
        if ch == "D":  # the dial string is the rest of the line
            break
        if ch in "; ":
            i += 1
            continue
        name = ch
        i += 1
        if ch == "&" and i < n:
            name += text[i]
            i += 1
        elif ch == "S":  # S-parameter: Sn=v or Sn?
            j = i
            while j < n and text[j].isdigit():
                j += 1
            name += text[i:j]
            i = j + 1 if j < n and text[j] in "=?" else j
        j = i
        while j < n and text[j].isdigit():
            j += 1
        out[name] = text[i:j]
        i = j
    return out


def parse_final(line: str, *, numeric: bool, call: bool) -> FinalResult | None:
    """The final result code `line` is, or None; call-outcome codes only when `call` (ATD/ATA/ATO)."""
    text = line.strip()
    upper = text.upper()
    if numeric and text.isdigit() and len(text) <= 2:
        code = NUMERIC_CODES.get(int(text))
        if code is not None and code is not ResultCode.RING and (call or code not in _CALL_CODES):
            return FinalResult(code=code, line=text)
    for prefix, code in (("+CME ERROR", ResultCode.CME_ERROR), ("+CMS ERROR", ResultCode.CMS_ERROR)):
        if upper.startswith(prefix):
            rest = text[len(prefix) :].lstrip(" :").strip()
            number = int(rest) if rest.isdigit() else None
            return FinalResult(
                code=code, line=text, error_code=number, detail="" if number is not None else rest
            )
    if upper == "OK":
        return FinalResult(code=ResultCode.OK, line=text)
    if upper == "ERROR" or upper in _VENDOR_ERRORS:
        return FinalResult(code=ResultCode.ERROR, line=text, detail="" if upper == "ERROR" else text)
    if not call:
        return None
    if upper == "CONNECT" or upper.startswith("CONNECT "):
        return FinalResult(code=ResultCode.CONNECT, line=text, detail=text[7:].strip())
    for code in (ResultCode.NO_CARRIER, ResultCode.NO_DIALTONE, ResultCode.BUSY, ResultCode.NO_ANSWER):
        if upper == code.value:
            return FinalResult(code=code, line=text)
    if upper == "NO DIAL TONE":
        return FinalResult(code=ResultCode.NO_DIALTONE, line=text)
    return None


@dataclass
class _Pending:
    command: str
    deadline: float
    lines: list[str] = field(default_factory=list)
    body: str | None = None
    call: bool = False
    prefix: str | None = None
    numeric: bool = False


class AtEngine:
    """The DTE side of an AT dialogue: commands out, responses, URCs and data in."""

    def __init__(self, *, numeric: bool = False) -> None:
        self.state = State.COMMAND
        self.numeric = numeric  # the modem answers in ATV0 numeric form
        self._buffer = bytearray()
        self._events: deque[Event] = deque()
        self._pending: _Pending | None = None
        self._urc_header: tuple[str, str, str] | None = None
        self._tail = b""  # the last bytes passed on as data, to catch a marker split across reads
        self._escape_deadline: float | None = None
        self._skip_lf = False

    # ---------------------------------------------------------------------------------------- caller side

    def send_command(self, command: str, *, deadline: float, expect_prompt: bool = False) -> bytes:
        """The bytes for `command` (without CR); its Response, Prompt or Timeout follows as an event."""
        if "\r" in command or "\n" in command:
            raise LocalProtocolError("an AT command line cannot contain CR or LF")
        self._transition(_Trigger.SEND_FOR_PROMPT if expect_prompt else _Trigger.SEND)
        settings = basic_settings(command)
        self._pending = _Pending(
            command=command,
            deadline=deadline,
            call=is_call_command(command),
            prefix=response_prefix(command),
            numeric=self.numeric or settings.get("V") == "0",
        )
        self._process()  # bytes may already be waiting (a prompt racing our write)
        return _encode(command) + CR

    def send_body(self, body: str, *, deadline: float | None = None) -> bytes:
        """After a Prompt: the PDU hex (or text-mode text) followed by Ctrl-Z (TS 27.005 §3.5.1)."""
        if "\x1a" in body or "\x1b" in body:
            raise LocalProtocolError("a message body cannot contain Ctrl-Z or ESC")
        self._transition(_Trigger.BODY)
        assert self._pending is not None
        self._pending.body = body
        if deadline is not None:
            self._pending.deadline = deadline
        self._process()
        return _encode(body) + CTRL_Z

    def cancel_body(self) -> bytes:
        """After a Prompt: ESC, abandoning the message; the modem still answers with a final result code."""
        self._transition(_Trigger.BODY)
        assert self._pending is not None
        self._pending.body = ""
        self._process()
        return ESC

    def send_data(self, data: bytes) -> bytes:
        """Bytes for the remote end of a data call (only in the DATA state)."""
        if self.state is not State.DATA:
            raise LocalProtocolError(f"no data call: the engine is in the {self.state.value} state")
        return bytes(data)

    def escape(self, *, deadline: float) -> bytes:
        """'+++' to leave data mode (V.250 §6.3.9); the caller keeps the guard times silent around it."""
        self._transition(_Trigger.ESCAPE)
        self._escape_deadline = deadline
        self._tail = b""
        return b"+++"

    @property
    def deadline(self) -> float | None:
        """When `tick` will next have a timeout to report, or None."""
        if self.state is State.ESCAPING:
            return self._escape_deadline
        return self._pending.deadline if self._pending else None

    @property
    def busy(self) -> bool:
        """True while a command (or escape) waits for its answer."""
        return self.state not in (State.COMMAND, State.DATA)

    def tick(self, now: float) -> None:
        """Let time pass: a deadline at or before `now` yields a Timeout event."""
        if (
            self.state is State.ESCAPING
            and self._escape_deadline is not None
            and now >= self._escape_deadline
        ):
            self._transition(_Trigger.TIMEOUT)
            self._escape_deadline = None
            self._events.append(Timeout(command="+++", lines=()))
            return
        pending = self._pending
        if pending is not None and now >= pending.deadline and self.state is not State.DATA:
            self._pending = None
            self._transition(_Trigger.TIMEOUT)
            self._events.append(Timeout(command=pending.command, lines=tuple(pending.lines)))

    # ---------------------------------------------------------------------------------------- modem side

    def receive_data(self, data: bytes) -> None:
        """Feed bytes from the modem, in any pieces."""
        self._buffer += data
        self._process()

    def next_event(self) -> Event | None:
        """The next event, or None until more bytes (or time) arrive."""
        return self._events.popleft() if self._events else None

    def events(self) -> list[Event]:
        """Every event ready now."""
        out = list(self._events)
        self._events.clear()
        return out

    # ---------------------------------------------------------------------------------------- internals

    def _transition(self, trigger: _Trigger) -> None:
        target = _TRANSITIONS.get((self.state, trigger))
        if target is None:
            raise LocalProtocolError(f"cannot {trigger.value} in the {self.state.value} state")
        self.state = target

    def _process(self) -> None:
        while self._buffer:
            if self.state is State.DATA:
                if not self._process_data(_NO_CARRIER):
                    return
                continue
            if self.state is State.ESCAPING:
                if not self._process_data(_NO_CARRIER, _ESCAPE_OK):
                    return
                continue
            if self.state is State.PROMPT_WAIT and self._take_prompt():
                continue
            line = self._take_line()
            if line is None:
                return
            if line:
                self._handle_line(line)

    def _process_data(self, *markers: bytes) -> bool:
        """Pass data on, stopping at NO CARRIER (or, escaping, at OK); True if the state changed."""
        if self._skip_lf:  # the LF of the CR LF that ended CONNECT, when it arrives in a later read
            self._skip_lf = False
            if self._buffer[:1] == b"\n":
                del self._buffer[:1]
                if not self._buffer:
                    return False
        combined = self._tail + bytes(self._buffer)
        found: tuple[int, bytes] | None = None
        for marker in markers:
            at = combined.find(marker)
            if at >= 0 and (found is None or at < found[0]):
                found = (at, marker)
        if found is None:
            if self._buffer:
                self._events.append(Data(data=bytes(self._buffer)))
            self._tail = combined[-(max(len(m) for m in markers) - 1) :]
            self._buffer.clear()
            return False
        at, marker = found
        start = len(self._tail)
        if at > start:
            self._events.append(Data(data=combined[start:at]))
        del self._buffer[: max(0, at + len(marker) - start)]
        self._tail = b""
        if marker is _NO_CARRIER:
            self._transition(_Trigger.CARRIER_LOST)
            self._escape_deadline = None
            self._events.append(CarrierLost())
        else:
            self._transition(_Trigger.FINAL)
            self._escape_deadline = None
            self._events.append(
                Response(command="+++", lines=(), result=FinalResult(code=ResultCode.OK, line="OK"))
            )
        return True

    def _take_prompt(self) -> bool:
        buf = self._buffer
        i = 0
        while i < len(buf) and buf[i] in b"\r\n":
            i += 1
        if i >= len(buf) or buf[i] != ord(">"):
            return False
        end = i + 1
        if end < len(buf) and buf[end] == ord(" "):
            end += 1
        del buf[:end]
        self._transition(_Trigger.PROMPT)
        assert self._pending is not None
        self._events.append(Prompt(command=self._pending.command))
        return True

    def _take_line(self) -> str | None:
        buf = self._buffer
        cut = -1
        for i, byte in enumerate(buf):
            if byte in (0x0D, 0x0A):
                cut = i
                break
        if cut < 0:
            if len(buf) < MAX_LINE:
                return None
            cut = len(buf)  # an endless line: hand it over rather than grow without bound
        raw = bytes(buf[:cut])
        end = cut + 2 if buf[cut : cut + 2] == b"\r\n" else cut + 1
        del buf[:end]
        return _decode(raw).strip(" \t\x00")

    def _handle_line(self, line: str) -> None:
        if self._urc_header is not None:
            name, args, head = self._urc_header
            self._urc_header = None
            self._events.append(Urc(name=name, args=args, line=head, body=line))
            return
        pending = self._pending
        if pending is None:
            self._unsolicited(line)
            return
        if self._is_echo(line, pending):
            return
        final = parse_final(line, numeric=pending.numeric, call=pending.call)
        if final is not None:
            self._finish(pending, final)
            return
        if self._is_urc(line, pending):
            self._unsolicited(line)
            return
        pending.lines.append(line)

    def _is_echo(self, line: str, pending: _Pending) -> bool:
        if pending.lines:
            return False
        squeezed = "".join(line.split()).upper()
        if squeezed == "".join(pending.command.split()).upper():
            return True
        if pending.body is not None:
            body = line.replace("\x1a", "").replace("\x1b", "").lstrip("> ").strip()
            return body == "" or body == pending.body.strip()
        return False

    def _is_urc(self, line: str, pending: _Pending) -> bool:
        name, _ = urc_name(line)
        if name == pending.prefix:
            return False
        if name in _BARE_URCS:
            return line.strip().upper() == name
        if name in URC_NAMES and ":" in line:  # '+CREG' alone is an AT+CLAC entry, '+CREG: 1' a report
            return True
        # Huawei-style '^NAME:' reports arrive at any time (e.g. ^RSSI, ^BOOT, ^DSFLOWRPT)
        return line.startswith("^") and ":" in line and not (pending.prefix or "").startswith("^")

    def _unsolicited(self, line: str) -> None:
        name, args = urc_name(line)
        if name in _URC_WITH_BODY or (name == "+CDS" and args.strip().isdigit()):
            self._urc_header = (name, args, line)  # PDU mode '+CDS: <length>' has its PDU on the next line
            return
        self._events.append(Urc(name=name, args=args, line=line))

    def _finish(self, pending: _Pending, final: FinalResult) -> None:
        self._pending = None
        # V.250 §6.3.1: a dial string ending in ';' is a voice call, which stays in command state
        data_call = (
            final.code is ResultCode.CONNECT
            and not pending.command.rstrip().endswith(";")
            and self.state is State.RESPONSE  # a CONNECT while a '> ' prompt was awaited just ends it
        )
        self._transition(_Trigger.CONNECT if data_call else _Trigger.FINAL)
        if data_call:
            self._tail = b""
            self._skip_lf = True
        if final.code is ResultCode.OK:
            settings = basic_settings(pending.command)
            if "V" in settings:
                self.numeric = settings["V"] == "0"
            elif "Z" in settings or "&F" in settings:
                self.numeric = False
        self._events.append(Response(command=pending.command, lines=tuple(pending.lines), result=final))


def _encode(text: str) -> bytes:
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        raise LocalProtocolError("AT command lines carry ISO 8859-1 characters only") from None


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
