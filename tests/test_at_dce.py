"""The modem side (DCE): command lines, prompts and bodies, data and '+++', and a DTE talking to it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.protocols.at import commands
from app.protocols.at.concat import submit_messages
from app.protocols.at.csd import CallConnected, CallEnded, CsdCall
from app.protocols.at.dce import (
    CommandLine,
    DceParser,
    DceState,
    DteData,
    EscapeSequence,
    ExtendedCommand,
    MessageBody,
    parse_extended,
    split_commands,
)
from app.protocols.at.engine import AtEngine, Data, Prompt, Response, ResultCode
from app.protocols.at.pdu import SmsSubmit, decode_pdu_hex


def test_split_commands() -> None:
    assert split_commands("ATE0V1+CMEE=1;+CMGF=0") == ("E0", "V1", "+CMEE=1", "+CMGF=0")
    assert split_commands("ATD+36201234567;") == ("D+36201234567;",)
    assert split_commands("ATS0=2&F Z") == ("S0=2", "&F", "Z")
    assert split_commands("at+creg?") == ("+creg?",)
    assert split_commands("hello") == ()
    assert parse_extended("+CMGS=23") == ExtendedCommand(name="+CMGS", form="set", args="23")
    assert parse_extended("+creg?") == ExtendedCommand(name="+CREG", form="read")
    assert parse_extended("+CNMI=?") == ExtendedCommand(name="+CNMI", form="test")
    assert parse_extended("+CGSN") == ExtendedCommand(name="+CGSN", form="action")
    assert parse_extended("E0") is None


def test_command_lines_echo_and_backspace() -> None:
    dce = DceParser(echo=True)
    dce.receive_data(b"AT+CSX\x08Q\r\n", now=0.0)
    assert dce.events() == [CommandLine(line="AT+CSQ", commands=("+CSQ",))]
    assert dce.data_to_send() == b"AT+CSX\x08 \x08Q\r"
    quiet = DceParser(echo=False)
    quiet.receive_data(b"garbage\rATI\r", now=0.0)
    assert quiet.events() == [CommandLine(line="ATI", commands=("I",))] and quiet.data_to_send() == b""


def test_prompt_body_ctrl_z_and_esc() -> None:
    dce = DceParser(echo=False)
    assert dce.prompt() == b"\r\n> "
    dce.receive_data(b"0011\x1a", now=0.0)
    assert dce.events() == [MessageBody(text="0011")] and dce.state is DceState.COMMAND
    dce.prompt()
    dce.receive_data(b"line one\rline two\x1b", now=0.0)
    assert dce.events() == [MessageBody(text="", cancelled=True)]
    assert dce.data_to_send() == b"\r\n> "


def test_data_and_escape_with_guard_times() -> None:
    dce = DceParser(guard_time=1.0)
    dce.enter_data()
    dce.receive_data(b"abc+++def", now=10.0)  # '+++' inside data is data
    dce.receive_data(b"+++", now=10.2)  # no silence before: data
    dce.receive_data(b"x", now=10.3)
    assert b"".join(e.data for e in dce.events() if isinstance(e, DteData)) == b"abc+++def+++x"
    dce.receive_data(b"++", now=12.0)
    dce.receive_data(b"+", now=12.1)
    dce.tick(12.5)
    assert dce.events() == [] and dce.state is DceState.DATA
    dce.tick(13.1)
    assert dce.events() == [EscapeSequence()] and dce.state is DceState.COMMAND
    dce.enter_data()
    dce.receive_data(b"+++", now=20.0)
    dce.receive_data(b"y", now=20.5)  # data within the guard time: not an escape
    assert [e for e in dce.events()] == [DteData(data=b"+++"), DteData(data=b"y")]


def test_result_formatting() -> None:
    dce = DceParser()
    assert dce.result(ResultCode.OK) == b"\r\nOK\r\n"
    assert dce.result(ResultCode.CONNECT, "9600") == b"\r\nCONNECT 9600\r\n"
    assert dce.result(ResultCode.CMS_ERROR, "330") == b"\r\n+CMS ERROR: 330\r\n"
    assert dce.unsolicited("+CMT: ,23", "0011") == b"\r\n+CMT: ,23\r\n0011\r\n"
    dce.verbose = False
    assert dce.result(ResultCode.NO_CARRIER) == b"3\r" and dce.info("+CSQ: 1,1") == b"+CSQ: 1,1\r\n"


class TinyModem:
    """A few lines of simulated modem: enough to prove the DTE and DCE sides understand each other."""

    def __init__(self) -> None:
        self.dce = DceParser(echo=True)
        self.sent: list[SmsSubmit] = []
        self.now = 0.0

    def feed(self, data: bytes) -> bytes:
        self.now += 0.01
        self.dce.receive_data(data, now=self.now)
        out = self.dce.data_to_send()
        for event in self.dce.events():
            if isinstance(event, CommandLine):
                out += self.execute(event)
            elif isinstance(event, MessageBody):
                message = decode_pdu_hex(event.text)
                assert isinstance(message, SmsSubmit)
                self.sent.append(message)
                out += self.dce.info(f"+CMGS: {len(self.sent)}") + self.dce.result(ResultCode.OK)
            elif isinstance(event, DteData):
                out += event.data.upper()  # a remote end that shouts back
        return out

    def execute(self, line: CommandLine) -> bytes:
        out = b""
        for command in line.commands:
            if command == "E0":
                self.dce.echo = False
            elif command == "+CSQ":
                out += self.dce.info("+CSQ: 17,99")
            elif command.startswith("+CMGS="):
                return out + self.dce.prompt()
            elif command.startswith("D"):
                self.dce.enter_data()
                return out + self.dce.result(ResultCode.CONNECT, "9600")
        return out + self.dce.result(ResultCode.OK)


def test_engine_talks_to_dce() -> None:
    modem = TinyModem()
    engine = AtEngine()
    engine.receive_data(modem.feed(engine.send_command("AT+CSQ", deadline=5.0)))
    (csq,) = engine.events()
    assert isinstance(csq, Response) and commands.parse_signal_quality(csq.lines).dbm == -79
    engine.receive_data(modem.feed(engine.send_command("ATE0", deadline=5.0)))
    assert engine.events()[0].ok
    (message,) = submit_messages("+36201234567", "cmd=?conn.apn_name")
    line, body = commands.submit_command(message)
    engine.receive_data(modem.feed(engine.send_command(line, deadline=5.0, expect_prompt=True)))
    assert isinstance(engine.next_event(), Prompt)
    engine.receive_data(modem.feed(engine.send_body(body)))
    (sent,) = engine.events()
    assert isinstance(sent, Response) and commands.parse_send_result(sent.lines) == 1
    assert modem.sent[0].text == "cmd=?conn.apn_name"


def test_csd_call_talks_to_dce() -> None:
    modem = TinyModem()
    call = CsdCall()
    call.dial("+36201234567", deadline=60.0)
    call.receive_data(modem.feed(call.data_to_send()))
    assert call.events() == [CallConnected(speed="9600")]
    call.send(b"hello")
    call.receive_data(modem.feed(call.data_to_send()))
    assert call.events() == [Data(data=b"HELLO")]
    modem.dce.enter_command()
    call.receive_data(modem.dce.result(ResultCode.NO_CARRIER))
    assert call.events() == [CallEnded(by_remote=True, detail="NO CARRIER")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=20), max_size=20), st.booleans())
def test_random_terminal_bytes_never_raise(chunks: list[bytes], data_mode: bool) -> None:
    dce = DceParser()
    if data_mode:
        dce.enter_data()
    for i, chunk in enumerate(chunks):
        dce.receive_data(chunk, now=float(i))
        dce.tick(i + 0.5)
        for event in dce.events():
            if (
                isinstance(event, CommandLine)
                and "+CMGS" in event.line.upper()
                and dce.state is DceState.COMMAND
            ):
                dce.prompt()
    dce.data_to_send()
