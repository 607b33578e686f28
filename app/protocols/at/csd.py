"""CSD data call state machine, sans-I/O, on top of AtEngine (ITU-T V.250 §6.3, 3GPP TS 27.007 §6).

idle → dialling → connected (bytes pass through) → escaping (+++) → online command → hanging up → idle;
incoming: RING … RING → answering (ATA after `answer_after_rings`) → connected. Outcomes NO CARRIER, BUSY,
NO ANSWER, NO DIALTONE, ERROR and a passed deadline are distinct `CallFailed` reasons.

After every call into this object, write `data_to_send()` to the modem; feed what the modem sends to
`receive_data`, call `tick(now)` regularly, and read `next_event()`.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass

from app.errors import GwtermError, LocalProtocolError
from app.protocols.at import commands
from app.protocols.at.engine import (
    AtEngine,
    CarrierLost,
    Data,
    Prompt,
    Response,
    ResultCode,
    Timeout,
    Urc,
)


class CallState(enum.Enum):
    """Where the data call is."""

    IDLE = "idle"
    DIALLING = "dialling"
    RINGING = "ringing"
    ANSWERING = "answering"
    CONNECTED = "connected"
    ESCAPING = "escaping"
    ONLINE_COMMAND = "online-command"
    RESUMING = "resuming"
    HANGING_UP = "hanging-up"


class CallFailure(enum.Enum):
    """Why a call could not be set up (or resumed)."""

    NO_CARRIER = "no carrier"
    BUSY = "busy"
    NO_ANSWER = "no answer"
    NO_DIALTONE = "no dial tone"
    ERROR = "error"
    TIMEOUT = "timeout"


_FAILURES = {
    ResultCode.NO_CARRIER: CallFailure.NO_CARRIER,
    ResultCode.BUSY: CallFailure.BUSY,
    ResultCode.NO_ANSWER: CallFailure.NO_ANSWER,
    ResultCode.NO_DIALTONE: CallFailure.NO_DIALTONE,
}


@dataclass(frozen=True, kw_only=True)
class IncomingCall:
    """A RING; `rings` counts them, `caller` is the +CLIP number when the modem reports it."""

    rings: int
    caller: str | None = None


@dataclass(frozen=True, kw_only=True)
class CallConnected:
    """CONNECT: the call carries data now; `speed` is what followed CONNECT (may be empty)."""

    speed: str
    incoming: bool = False
    resumed: bool = False


@dataclass(frozen=True, kw_only=True)
class CallFailed:
    """Dialling, answering or resuming did not give CONNECT."""

    reason: CallFailure
    detail: str = ""


@dataclass(frozen=True, kw_only=True)
class CommandMode:
    """The escape worked: the call is up but the modem takes commands (ATO resumes, ATH ends)."""


@dataclass(frozen=True, kw_only=True)
class EscapeFailed:
    """'+++' got no OK before its deadline: the call is still in data mode."""


@dataclass(frozen=True, kw_only=True)
class CallEnded:
    """The call is over: `by_remote` for NO CARRIER or a caller who gave up ringing."""

    by_remote: bool
    detail: str = ""


CallEvent = (
    IncomingCall
    | CallConnected
    | CallFailed
    | CommandMode
    | EscapeFailed
    | CallEnded
    | Data
    | Response
    | Urc
    | Timeout
    | Prompt
)


class _Trigger(enum.Enum):
    DIAL = "dial"
    RING = "ring"
    ANSWER = "answer"
    CONNECT = "connect"
    FAIL = "fail"
    ESCAPE = "escape"
    ESCAPED = "escaped"
    ESCAPE_FAILED = "escape-failed"
    RESUME = "resume"
    HANG_UP = "hang-up"
    DONE = "done"
    DROPPED = "dropped"
    TIMEOUT = "timeout"


_TRANSITIONS: dict[tuple[CallState, _Trigger], CallState] = {
    (CallState.IDLE, _Trigger.DIAL): CallState.DIALLING,
    (CallState.IDLE, _Trigger.RING): CallState.RINGING,
    (CallState.RINGING, _Trigger.RING): CallState.RINGING,
    (CallState.RINGING, _Trigger.ANSWER): CallState.ANSWERING,
    (CallState.RINGING, _Trigger.DROPPED): CallState.IDLE,
    (CallState.RINGING, _Trigger.HANG_UP): CallState.HANGING_UP,
    (CallState.DIALLING, _Trigger.CONNECT): CallState.CONNECTED,
    (CallState.DIALLING, _Trigger.FAIL): CallState.IDLE,
    (CallState.DIALLING, _Trigger.HANG_UP): CallState.HANGING_UP,
    (CallState.ANSWERING, _Trigger.CONNECT): CallState.CONNECTED,
    (CallState.ANSWERING, _Trigger.FAIL): CallState.IDLE,
    (CallState.ANSWERING, _Trigger.HANG_UP): CallState.HANGING_UP,
    (CallState.CONNECTED, _Trigger.ESCAPE): CallState.ESCAPING,
    (CallState.CONNECTED, _Trigger.DROPPED): CallState.IDLE,
    (CallState.ESCAPING, _Trigger.ESCAPED): CallState.ONLINE_COMMAND,
    (CallState.ESCAPING, _Trigger.ESCAPE_FAILED): CallState.CONNECTED,
    (CallState.ESCAPING, _Trigger.DROPPED): CallState.IDLE,
    (CallState.ONLINE_COMMAND, _Trigger.RESUME): CallState.RESUMING,
    (CallState.ONLINE_COMMAND, _Trigger.HANG_UP): CallState.HANGING_UP,
    (CallState.ONLINE_COMMAND, _Trigger.DROPPED): CallState.IDLE,
    (CallState.RESUMING, _Trigger.CONNECT): CallState.CONNECTED,
    (CallState.RESUMING, _Trigger.FAIL): CallState.IDLE,
    (CallState.RESUMING, _Trigger.TIMEOUT): CallState.ONLINE_COMMAND,
    (CallState.HANGING_UP, _Trigger.DONE): CallState.IDLE,
}


class CsdCall:
    """One modem's data call, placed (`dial`) or taken (RING → `answer`, or automatically)."""

    def __init__(
        self,
        engine: AtEngine | None = None,
        *,
        answer_after_rings: int | None = None,
        answer_timeout: float = 60.0,
        ring_timeout: float = 10.0,
    ) -> None:
        self.engine = engine or AtEngine()
        self.state = CallState.IDLE
        self.answer_after_rings = answer_after_rings
        self.answer_timeout = answer_timeout
        self.ring_timeout = ring_timeout
        self.rings = 0
        self.caller: str | None = None
        self.speed = ""
        self._out = bytearray()
        self._events: deque[CallEvent] = deque()
        self._now: float | None = None
        self._ring_clock: float | None = None
        self._hang_up_after_escape: float | None = None  # ATH deadline when hang_up() began with +++
        self._incoming = False
        self._answer_due = False
        self._prompt_expected = False

    # ---------------------------------------------------------------------------------------- caller side

    def data_to_send(self) -> bytes:
        """Bytes to write to the modem now (commands, +++, or data for the remote end)."""
        out = bytes(self._out)
        self._out.clear()
        return out

    def command(self, line: str, *, deadline: float, expect_prompt: bool = False) -> None:
        """Run another command (setup, SMS, or online command mode); `expect_prompt` for AT+CMGS/+CMGW."""
        if self.state not in (CallState.IDLE, CallState.ONLINE_COMMAND, CallState.RINGING):
            raise LocalProtocolError(f"cannot run commands while the call is {self.state.value}")
        self._out += self.engine.send_command(line, deadline=deadline, expect_prompt=expect_prompt)
        self._prompt_expected = expect_prompt

    def send_body(self, body: str, *, deadline: float | None = None) -> None:
        """After a Prompt event: the message body (PDU hex or text); the Response follows."""
        self._prompt_expected = False
        self._out += self.engine.send_body(body, deadline=deadline)

    def cancel_body(self) -> None:
        """After a Prompt event: abandon the message (ESC)."""
        self._prompt_expected = False
        self._out += self.engine.cancel_body()

    def dial(self, number: str, *, deadline: float) -> None:
        """ATD<number>; a CallConnected or CallFailed follows."""
        self._require_idle_engine()
        self._transition(_Trigger.DIAL)
        self._incoming = False
        self._out += self.engine.send_command(commands.dial(number), deadline=deadline)

    def answer(self, *, deadline: float) -> None:
        """ATA for a ringing call."""
        self._require_idle_engine()
        self._transition(_Trigger.ANSWER)
        self._incoming = True
        self._out += self.engine.send_command(commands.ANSWER, deadline=deadline)

    def send(self, data: bytes) -> None:
        """Bytes for the remote end (connected only)."""
        if self.state is not CallState.CONNECTED:
            raise LocalProtocolError(f"cannot send data while the call is {self.state.value}")
        self._out += self.engine.send_data(data)

    def escape(self, *, deadline: float) -> None:
        """'+++' (the caller keeps the guard time silent before and after); CommandMode follows."""
        self._transition(_Trigger.ESCAPE)
        self._out += self.engine.escape(deadline=deadline)

    def resume(self, *, deadline: float) -> None:
        """ATO: back to data mode from online command mode."""
        self._require_idle_engine()
        self._transition(_Trigger.RESUME)
        self._out += self.engine.send_command(commands.RETURN_ONLINE, deadline=deadline)

    def hang_up(self, *, deadline: float) -> None:
        """Hang up: '+++' first when connected (guard time is the caller's), then ATH; CallEnded follows."""
        if self.state is CallState.CONNECTED:
            self._hang_up_after_escape = deadline
            self.escape(deadline=deadline)
            return
        if self.state is CallState.IDLE:
            return
        self._transition(_Trigger.HANG_UP)
        self._send_hang_up(deadline)

    # ---------------------------------------------------------------------------------------- modem side

    def receive_data(self, data: bytes) -> None:
        """Feed bytes from the modem."""
        self.engine.receive_data(data)
        self._pump()

    def tick(self, now: float) -> None:
        """Let time pass: command deadlines, and a caller who stopped ringing."""
        self._now = now
        self.engine.tick(now)
        self._pump()
        if self.state is CallState.RINGING:
            if self._ring_clock is None:
                self._ring_clock = now
            elif now - self._ring_clock >= self.ring_timeout:
                self._transition(_Trigger.DROPPED)
                self._events.append(
                    CallEnded(by_remote=True, detail=f"caller gave up after {self.rings} rings")
                )
                self.rings = 0

    def next_event(self) -> CallEvent | None:
        """The next event, or None."""
        return self._events.popleft() if self._events else None

    def events(self) -> list[CallEvent]:
        """Every event ready now."""
        out = list(self._events)
        self._events.clear()
        return out

    # ---------------------------------------------------------------------------------------- internals

    def _require_idle_engine(self) -> None:
        if self.engine.busy:
            raise LocalProtocolError("the modem is still busy with a command")

    def _transition(self, trigger: _Trigger) -> None:
        target = _TRANSITIONS.get((self.state, trigger))
        if target is None:
            raise LocalProtocolError(f"cannot {trigger.value} while the call is {self.state.value}")
        self.state = target

    def _send_hang_up(self, deadline: float) -> None:
        if self.engine.busy:
            # abandon the pending ATD/ATA (V.250 §6.3.1: any character aborts it); ATH then ends the call
            self.engine.tick(float("inf"))
            self.engine.events()
        self._out += self.engine.send_command(commands.HANG_UP, deadline=deadline)

    def _pump(self) -> None:
        while (event := self.engine.next_event()) is not None:
            self._handle(event)
            if self._answer_due and self.state is CallState.RINGING and not self.engine.busy:
                self._answer_due = False
                self.answer(deadline=(self._now or 0.0) + self.answer_timeout)

    def _handle(self, event: object) -> None:
        state = self.state
        if isinstance(event, Data):
            self._events.append(event)
            return
        if isinstance(event, CarrierLost):
            if state in (CallState.CONNECTED, CallState.ESCAPING):
                self._transition(_Trigger.DROPPED)
                self._hang_up_after_escape = None
                self._events.append(CallEnded(by_remote=True, detail="NO CARRIER"))
            return
        if isinstance(event, Urc):
            self._handle_urc(event)
            return
        if isinstance(event, Response):
            self._handle_response(event)
            return
        if isinstance(event, Timeout):
            self._handle_timeout(event)
            return
        if isinstance(event, Prompt):
            if self._prompt_expected:
                self._events.append(event)
            else:  # a stray prompt: nothing of ours asked for one
                self._out += self.engine.cancel_body()

    def _handle_urc(self, urc: Urc) -> None:
        state = self.state
        if urc.name in ("RING", "+CRING") and state in (CallState.IDLE, CallState.RINGING):
            self._transition(_Trigger.RING)
            self.rings += 1
            self._ring_clock = None
            self._events.append(IncomingCall(rings=self.rings, caller=self.caller))
            if self.answer_after_rings is not None and self.rings >= self.answer_after_rings:
                self._answer_due = True  # answered as soon as the modem is not busy with a command
            return
        if urc.name == "+CLIP":
            try:
                self.caller = commands.parse_caller_id(urc).address
            except GwtermError:
                self.caller = None
            if state is CallState.RINGING and self.rings:
                self._events.append(IncomingCall(rings=self.rings, caller=self.caller))
            return
        if urc.name == "NO CARRIER" and state in (CallState.ONLINE_COMMAND, CallState.RINGING):
            self._transition(_Trigger.DROPPED)
            self.rings = 0
            self._events.append(CallEnded(by_remote=True, detail="NO CARRIER"))
            return
        self._events.append(urc)

    def _handle_response(self, response: Response) -> None:
        state = self.state
        result = response.result
        if state is CallState.ESCAPING and response.command == "+++":
            if self._hang_up_after_escape is not None:
                deadline = self._hang_up_after_escape
                self._hang_up_after_escape = None
                self._transition(_Trigger.ESCAPED)
                self._transition(_Trigger.HANG_UP)
                self._send_hang_up(deadline)
                return
            self._transition(_Trigger.ESCAPED)
            self._events.append(CommandMode())
            return
        if state in (CallState.DIALLING, CallState.ANSWERING, CallState.RESUMING) and _is_call(
            response.command
        ):
            if result.code is ResultCode.CONNECT:
                self._transition(_Trigger.CONNECT)
                self.speed = result.detail
                self.rings = 0
                self._events.append(
                    CallConnected(
                        speed=result.detail, incoming=self._incoming, resumed=state is CallState.RESUMING
                    )
                )
                return
            self._transition(_Trigger.FAIL)
            self.rings = 0
            reason = _FAILURES.get(result.code, CallFailure.ERROR)
            self._events.append(CallFailed(reason=reason, detail=result.line))
            return
        if state is CallState.HANGING_UP and response.command == commands.HANG_UP:
            self._transition(_Trigger.DONE)
            self.rings = 0
            self._events.append(CallEnded(by_remote=False, detail=result.line))
            return
        self._events.append(response)

    def _handle_timeout(self, timeout: Timeout) -> None:
        state = self.state
        if state is CallState.ESCAPING and timeout.command == "+++":
            self._hang_up_after_escape = None
            self._transition(_Trigger.ESCAPE_FAILED)
            self._events.append(EscapeFailed())
            return
        if state in (CallState.DIALLING, CallState.ANSWERING) and _is_call(timeout.command):
            self._events.append(
                CallFailed(reason=CallFailure.TIMEOUT, detail=f"no answer to {timeout.command}")
            )
            self._transition(_Trigger.HANG_UP)
            self._send_hang_up((self._now or 0.0) + self.answer_timeout)
            return
        if state is CallState.RESUMING and _is_call(timeout.command):
            self._transition(_Trigger.TIMEOUT)
            self._events.append(CallFailed(reason=CallFailure.TIMEOUT, detail="no answer to ATO"))
            return
        if state is CallState.HANGING_UP and timeout.command == commands.HANG_UP:
            self._transition(_Trigger.DONE)
            self._events.append(CallEnded(by_remote=False, detail="no answer to ATH"))
            return
        self._events.append(timeout)


def _is_call(command: str) -> bool:
    text = command.strip().upper()
    return text.startswith(("ATD", "ATA", "ATO"))
