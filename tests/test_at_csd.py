"""CSD data call state machine: dialling, answering after N rings, data, escape, hang-up, failures."""

from __future__ import annotations

import pytest

from app.errors import LocalProtocolError
from app.protocols.at.csd import (
    CallConnected,
    CallEnded,
    CallFailed,
    CallFailure,
    CallState,
    CommandMode,
    CsdCall,
    EscapeFailed,
    IncomingCall,
)
from app.protocols.at.engine import Data, Response, Timeout


def test_dial_data_escape_hang_up() -> None:
    call = CsdCall()
    call.command("AT+CBST=7,0,1", deadline=1.0)
    assert call.data_to_send() == b"AT+CBST=7,0,1\r"
    call.receive_data(b"\r\nOK\r\n")
    (setup,) = call.events()
    assert isinstance(setup, Response) and setup.ok
    call.dial("+36201234567", deadline=60.0)
    assert call.data_to_send() == b"ATD+36201234567\r" and call.state is CallState.DIALLING
    call.receive_data(b"\r\nCONNECT 9600\r\nhello")
    assert call.events() == [CallConnected(speed="9600"), Data(data=b"hello")]
    call.send(b"/?!\r\n")
    assert call.data_to_send() == b"/?!\r\n"
    call.hang_up(deadline=10.0)  # from data mode: '+++' first, the caller kept the guard time
    assert call.data_to_send() == b"+++" and call.state is CallState.ESCAPING
    call.receive_data(b"\r\nOK\r\n")
    assert call.data_to_send() == b"ATH\r" and call.state is CallState.HANGING_UP
    call.receive_data(b"\r\nOK\r\n")
    assert call.events() == [CallEnded(by_remote=False, detail="OK")] and call.state is CallState.IDLE


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (b"BUSY", CallFailure.BUSY),
        (b"NO ANSWER", CallFailure.NO_ANSWER),
        (b"NO DIALTONE", CallFailure.NO_DIALTONE),
        (b"NO CARRIER", CallFailure.NO_CARRIER),
        (b"ERROR", CallFailure.ERROR),
        (b"+CME ERROR: 30", CallFailure.ERROR),
    ],
)
def test_dial_failures_are_distinct(reply: bytes, reason: CallFailure) -> None:
    call = CsdCall()
    call.dial("123", deadline=60.0)
    call.receive_data(b"\r\n" + reply + b"\r\n")
    (event,) = call.events()
    assert isinstance(event, CallFailed) and event.reason is reason and call.state is CallState.IDLE


def test_dial_timeout_aborts_with_ath() -> None:
    call = CsdCall()
    call.dial("123", deadline=60.0)
    call.data_to_send()
    call.tick(60.0)
    (event,) = call.events()
    assert event == CallFailed(reason=CallFailure.TIMEOUT, detail="no answer to ATD123")
    assert call.data_to_send() == b"ATH\r" and call.state is CallState.HANGING_UP
    call.receive_data(b"\r\nNO CARRIER\r\n\r\nOK\r\n")  # the aborted dial, then ATH's answer
    events = call.events()
    assert isinstance(events[-1], CallEnded) and call.state is CallState.IDLE


def test_incoming_call_answered_after_two_rings() -> None:
    call = CsdCall(answer_after_rings=2)
    call.tick(0.0)
    call.receive_data(b'\r\nRING\r\n\r\n+CLIP: "36201234567",145\r\n')
    assert call.events() == [IncomingCall(rings=1), IncomingCall(rings=1, caller="+36201234567")]
    assert call.data_to_send() == b""
    call.receive_data(b"\r\nRING\r\n")
    assert call.events() == [IncomingCall(rings=2, caller="+36201234567")]
    assert call.data_to_send() == b"ATA\r" and call.state is CallState.ANSWERING
    call.receive_data(b"\r\nCONNECT 9600\r\n")
    assert call.events() == [CallConnected(speed="9600", incoming=True)]
    call.receive_data(b"data\r\nNO CARRIER\r\n")
    assert call.events() == [Data(data=b"data"), CallEnded(by_remote=True, detail="NO CARRIER")]
    assert call.state is CallState.IDLE and call.rings == 0


def test_answer_waits_for_a_busy_modem() -> None:
    call = CsdCall(answer_after_rings=1)
    call.command("AT+CSQ", deadline=5.0)
    call.data_to_send()
    call.receive_data(b"\r\nRING\r\n")
    assert call.data_to_send() == b""  # AT+CSQ still pending
    call.receive_data(b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n")
    assert call.data_to_send() == b"ATA\r"


def test_caller_gives_up_ringing() -> None:
    call = CsdCall(ring_timeout=8.0)
    call.receive_data(b"\r\nRING\r\n")
    call.tick(100.0)
    call.tick(107.0)
    assert call.state is CallState.RINGING
    call.tick(108.0)
    events = call.events()
    assert isinstance(events[-1], CallEnded) and events[-1].by_remote and call.state is CallState.IDLE


def test_escape_command_mode_and_resume() -> None:
    call = CsdCall()
    call.dial("123", deadline=60.0)
    call.receive_data(b"\r\nCONNECT\r\n")
    call.escape(deadline=5.0)
    call.receive_data(b"\r\nOK\r\n")
    assert call.events()[-1] == CommandMode() and call.state is CallState.ONLINE_COMMAND
    call.data_to_send()
    call.command("AT+CSQ", deadline=10.0)
    call.receive_data(b"\r\n+CSQ: 12,0\r\n\r\nOK\r\n")
    (csq,) = call.events()
    assert isinstance(csq, Response) and csq.lines == ("+CSQ: 12,0",)
    call.resume(deadline=20.0)
    assert call.data_to_send() == b"AT+CSQ\rATO\r"
    call.receive_data(b"\r\nCONNECT 9600\r\n")
    assert call.events() == [CallConnected(speed="9600", resumed=True)]
    call.escape(deadline=30.0)
    call.tick(30.0)
    assert call.events() == [EscapeFailed()] and call.state is CallState.CONNECTED


def test_remote_hang_up_in_online_command_mode() -> None:
    call = CsdCall()
    call.dial("123", deadline=60.0)
    call.receive_data(b"\r\nCONNECT\r\n")
    call.escape(deadline=5.0)
    call.receive_data(b"\r\nOK\r\n\r\nNO CARRIER\r\n")
    assert call.events()[-1] == CallEnded(by_remote=True, detail="NO CARRIER")


def test_misuse_is_refused() -> None:
    call = CsdCall()
    with pytest.raises(LocalProtocolError):
        call.send(b"x")
    with pytest.raises(LocalProtocolError):
        call.escape(deadline=1.0)
    call.dial("123", deadline=5.0)
    with pytest.raises(LocalProtocolError):
        call.dial("123", deadline=5.0)
    with pytest.raises(LocalProtocolError):
        call.command("AT", deadline=5.0)
    call.hang_up(deadline=6.0)  # abandons the dial
    assert call.data_to_send().endswith(b"ATH\r")
    call.tick(6.0)
    assert isinstance(call.events()[-1], CallEnded)
    other = CsdCall()
    other.command("AT+CSQ", deadline=1.0)
    other.tick(1.0)
    assert isinstance(other.events()[-1], Timeout)
