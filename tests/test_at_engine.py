"""The sans-I/O AT engine: responses, URCs in between, prompts, numeric codes, deadlines, data mode."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import DeviceError, GwtermError, LocalProtocolError
from app.protocols.at import commands
from app.protocols.at.engine import (
    AtEngine,
    CarrierLost,
    Data,
    Event,
    Prompt,
    Response,
    ResultCode,
    State,
    Timeout,
    Urc,
    basic_settings,
    parse_final,
    response_prefix,
    urc_name,
)

PDU = "0791534850020200040C9153486507895500006090608164138004D4F29C0E"


def run(engine: AtEngine, command: str, reply: bytes, **kw: object) -> list[Event]:
    engine.send_command(command, deadline=10.0, **kw)
    engine.receive_data(reply)
    return engine.events()


def test_echo_is_skipped_and_information_lines_kept() -> None:
    (response,) = run(AtEngine(), "AT+CSQ", b"AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n")
    assert isinstance(response, Response) and response.ok
    assert response.lines == ("+CSQ: 20,99",)
    assert commands.parse_signal_quality(response.lines).dbm == -73


def test_urcs_between_response_lines_come_out_separately() -> None:
    reply = (
        b"\r\n+CMGL: 1,1,,23\r\n" + PDU.encode() + b"\r\n"
        b'+CMTI: "SM",3\r\n'
        b"RING\r\n"
        b'+CREG: 5,"2AF5","0B88E350"\r\n'
        b"+CMGL: 2,1,,23\r\n" + PDU.encode() + b"\r\n"
        b"\r\nOK\r\n"
    )
    events = run(AtEngine(), commands.list_messages(4), reply)
    urcs = [e for e in events if isinstance(e, Urc)]
    assert [u.name for u in urcs] == ["+CMTI", "RING", "+CREG"]
    assert commands.parse_message_indication(urcs[0]) == commands.MessageIndication(memory="SM", index=3)
    assert commands.parse_registration_urc(urcs[2]).lac == "2AF5"
    (response,) = [e for e in events if isinstance(e, Response)]
    entries = commands.parse_list_messages(response.lines)
    assert [e.index for e in entries] == [1, 2]
    assert all(isinstance(e, commands.StoredPdu) and e.decode().text == "Test" for e in entries)


def test_own_prefix_is_a_response_not_a_urc() -> None:
    (response,) = run(AtEngine(), "AT+CREG?", b'\r\n+CREG: 2,1,"5E25","605F"\r\n\r\nOK\r\n')
    assert isinstance(response, Response)
    reg = commands.parse_registration(response.lines)
    assert reg is not None and reg.registered and reg.mode == 2


def test_cmt_and_cds_carry_their_pdu_line() -> None:
    engine = AtEngine()
    engine.receive_data(b"\r\n+CMT: ,23\r\n" + PDU.encode()[:20])
    assert engine.events() == []  # the PDU line is not complete yet
    engine.receive_data(
        PDU.encode()[20:] + b"\r\n\r\n+CDS: 25\r\n0006D60B911326880736F4111011719551401110117195714000\r\n"
    )
    cmt, cds = engine.events()
    assert isinstance(cmt, Urc) and cmt.name == "+CMT" and cmt.body == PDU
    stored = commands.parse_delivered_message(cmt)
    assert isinstance(stored, commands.StoredPdu) and stored.decode().text == "Test"
    assert isinstance(cds, Urc) and cds.name == "+CDS" and cds.body is not None
    # text mode +CDS has no PDU line after it
    engine.receive_data(b'+CDS: 6,214,"+31628870634",145,"11/01/11,17:59:15+04","11/01/11,17:59:17+04",0\r\n')
    (text_cds,) = engine.events()
    assert isinstance(text_cds, Urc) and text_cds.body is None
    # +CMT in text mode: header then the text
    engine.receive_data(b'+CMT: "+36201234567",,"24/05/01,12:00:00+08"\r\nhello\r\n')
    (text_cmt,) = engine.events()
    message = commands.parse_delivered_message(text_cmt)
    assert not isinstance(message, commands.StoredPdu) and (message.number, message.text) == (
        "+36201234567",
        "hello",
    )


def test_cmt_interleaved_with_a_pending_command() -> None:
    events = run(AtEngine(), "AT+CSQ", b"\r\n+CMT: ,23\r\n" + PDU.encode() + b"\r\n+CSQ: 31,0\r\n\r\nOK\r\n")
    assert [type(e) for e in events] == [Urc, Response]
    assert events[0].body == PDU
    assert events[1].lines == ("+CSQ: 31,0",)


def test_prompt_body_and_send_result() -> None:
    engine = AtEngine()
    from app.protocols.at.concat import submit_messages

    (message,) = submit_messages("+36201234567", "hello")
    line, body = commands.submit_command(message)
    assert line == f"AT+CMGS={len(message.tpdu())}"
    engine.send_command(line, deadline=5.0, expect_prompt=True)
    engine.receive_data(line.encode() + b"\r\r\n> ")
    (prompt,) = engine.events()
    assert isinstance(prompt, Prompt) and engine.state is State.PROMPT
    assert engine.send_body(body, deadline=60.0) == body.encode() + b"\x1a"
    engine.receive_data(body.encode() + b"\x1a\r\n+CMGS: 12\r\n\r\nOK\r\n")  # modem echoes the PDU
    (response,) = engine.events()
    assert isinstance(response, Response) and commands.parse_send_result(response.lines) == 12
    assert engine.deadline is None


def test_prompt_refused_and_prompt_cancelled() -> None:
    engine = AtEngine()
    (response,) = run(engine, "AT+CMGS=23", b"\r\n+CMS ERROR: 330\r\n", expect_prompt=True)
    assert isinstance(response, Response) and response.result.description == "SMSC address unknown"
    engine.send_command("AT+CMGS=23", deadline=5.0, expect_prompt=True)
    engine.receive_data(b"\r\n>")
    assert isinstance(engine.next_event(), Prompt)
    assert engine.cancel_body() == b"\x1b"
    engine.receive_data(b"\r\nOK\r\n")
    assert isinstance(engine.next_event(), Response)


def test_numeric_result_codes_after_atv0() -> None:
    engine = AtEngine()
    (response,) = run(engine, "ATE0V0", b"0\r")
    assert isinstance(response, Response) and response.ok and engine.numeric
    (response,) = run(engine, "AT+CSQ", b"+CSQ: 5,99\r\n0\r")
    assert isinstance(response, Response) and response.ok and response.lines == ("+CSQ: 5,99",)
    (response,) = run(engine, "AT+CGSN", b"4\r")
    assert isinstance(response, Response) and response.result.code is ResultCode.ERROR
    for code, expected in (
        (b"3", ResultCode.NO_CARRIER),
        (b"7", ResultCode.BUSY),
        (b"8", ResultCode.NO_ANSWER),
    ):
        (response,) = run(engine, "ATD123", code + b"\r")
        assert isinstance(response, Response) and response.result.code is expected
    (response,) = run(engine, "ATD123", b"1\r")
    assert isinstance(response, Response) and response.result.code is ResultCode.CONNECT
    assert engine.state is State.DATA


def test_error_codes_and_raise_for_error() -> None:
    (response,) = run(AtEngine(), "AT+CPIN?", b"\r\n+CME ERROR: 10\r\n")
    assert isinstance(response, Response) and response.result.description == "SIM not inserted"
    with pytest.raises(DeviceError) as info:
        response.raise_for_error()
    assert info.value.code == "+CME ERROR: 10"
    (verbose,) = run(AtEngine(), "AT+CPIN?", b"\r\n+CME ERROR: SIM PIN required\r\n")
    assert isinstance(verbose, Response) and verbose.result.description == "SIM PIN required"
    (vendor,) = run(AtEngine(), "AT+WIND?", b"\r\nCOMMAND NOT SUPPORT\r\n")
    assert isinstance(vendor, Response) and vendor.result.code is ResultCode.ERROR


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("NO CARRIER", ResultCode.NO_CARRIER),
        ("BUSY", ResultCode.BUSY),
        ("NO ANSWER", ResultCode.NO_ANSWER),
        ("NO DIALTONE", ResultCode.NO_DIALTONE),
        ("NO DIAL TONE", ResultCode.NO_DIALTONE),
        ("ERROR", ResultCode.ERROR),
        ("CONNECT 9600", ResultCode.CONNECT),
    ],
)
def test_call_outcomes_end_a_dial(line: str, code: ResultCode) -> None:
    (response,) = run(AtEngine(), "ATD+36201234567", b"\r\n" + line.encode() + b"\r\n")
    assert isinstance(response, Response) and response.result.code is code


def test_call_outcomes_are_unsolicited_for_other_commands() -> None:
    events = run(AtEngine(), "AT+CSQ", b"\r\nNO CARRIER\r\n+CSQ: 9,99\r\n\r\nOK\r\n")
    assert [type(e) for e in events] == [Urc, Response]
    assert events[0].name == "NO CARRIER"


def test_deadline_passes_then_a_late_answer_is_unsolicited() -> None:
    engine = AtEngine()
    engine.send_command("AT+COPS=?", deadline=100.0)
    engine.receive_data(b'\r\n+COPS: (2,"Telekom","TK","21630",7)\r\n')
    engine.tick(99.9)
    assert engine.events() == [] and engine.deadline == 100.0
    engine.tick(100.0)
    (timeout,) = engine.events()
    assert isinstance(timeout, Timeout) and timeout.lines == ('+COPS: (2,"Telekom","TK","21630",7)',)
    assert not engine.busy
    engine.receive_data(b"\r\nOK\r\n")
    (late,) = engine.events()
    assert isinstance(late, Urc) and late.name == "OK"


def test_data_mode_passes_bytes_until_no_carrier() -> None:
    engine = AtEngine()
    connect, first = run(engine, "ATD+36201234567", b"\r\nCONNECT 9600\r\n/?!\r\n")
    assert isinstance(connect, Response) and connect.result.detail == "9600"
    assert first == Data(data=b"/?!\r\n")  # bytes after CONNECT in the same read are data
    assert engine.state is State.DATA
    assert engine.send_data(b"ping") == b"ping"
    # NO CARRIER split across reads: what was passed on before the split cannot be taken back
    engine.receive_data(b"meter data\r\nNO CAR")
    engine.receive_data(b'RIER\r\n+CMTI: "SM",1\r\n')
    events = engine.events()
    data = b"".join(e.data for e in events if isinstance(e, Data))
    assert data == b"meter data\r\nNO CAR"
    assert isinstance(events[-2], CarrierLost) and engine.state is State.COMMAND
    assert isinstance(events[-1], Urc) and events[-1].name == "+CMTI"


def test_no_carrier_inside_one_read_is_not_passed_on() -> None:
    engine = AtEngine()
    run(engine, "ATA", b"\r\nCONNECT\r\n")
    engine.receive_data(b"abc\r\nNO CARRIER\r\n")
    assert engine.events() == [Data(data=b"abc"), CarrierLost()]


def test_escape_to_command_mode_and_back() -> None:
    engine = AtEngine()
    run(engine, "ATD123", b"\r\nCONNECT\r\n")
    assert engine.escape(deadline=5.0) == b"+++"
    engine.receive_data(b"late data\r\nOK\r\n")
    data, ok = engine.events()
    assert data == Data(data=b"late data") and isinstance(ok, Response) and ok.command == "+++"
    assert engine.state is State.COMMAND
    (resumed,) = run(engine, "ATO", b"\r\nCONNECT 9600\r\n")
    assert isinstance(resumed, Response) and engine.state is State.DATA
    engine.escape(deadline=7.0)
    engine.tick(7.0)
    (failed,) = engine.events()
    assert isinstance(failed, Timeout) and failed.command == "+++" and engine.state is State.DATA


def test_voice_dial_connect_stays_in_command_state() -> None:
    engine = AtEngine()
    (response,) = run(engine, "ATD123;", b"\r\nCONNECT\r\n")
    assert isinstance(response, Response) and engine.state is State.COMMAND


def test_caller_mistakes_raise_local_protocol_error() -> None:
    engine = AtEngine()
    engine.send_command("AT", deadline=1.0)
    with pytest.raises(LocalProtocolError):
        engine.send_command("AT", deadline=1.0)
    with pytest.raises(LocalProtocolError):
        engine.send_body("00")
    with pytest.raises(LocalProtocolError):
        engine.send_data(b"x")
    with pytest.raises(LocalProtocolError):
        AtEngine().send_command("AT\rAT", deadline=1.0)
    with pytest.raises(LocalProtocolError):
        AtEngine().send_command('AT+CPBW=1,"ő\u4e16"', deadline=1.0)


def test_helpers() -> None:
    assert basic_settings("ATE0V1Q0S0=2&FX4") == {"E": "0", "V": "1", "Q": "0", "S0": "2", "&F": "", "X": "4"}
    assert basic_settings("ATE0+CMEE=1;V0") == {"E": "0", "V": "0"}
    assert basic_settings("ATDT123V0") == {}
    assert response_prefix("at+creg?") == "+CREG" and response_prefix("AT^SYSINFO") == "^SYSINFO"
    assert response_prefix("ATI") is None
    assert urc_name('+CMTI: "SM",1') == ("+CMTI", '"SM",1')
    assert urc_name("^CEND:1,5,29,16") == ("^CEND", "1,5,29,16")
    assert urc_name("RING") == ("RING", "")
    assert parse_final("OK", numeric=False, call=False) is not None
    assert parse_final("0", numeric=False, call=False) is None
    assert parse_final("BUSY", numeric=False, call=False) is None


commands_st = st.sampled_from(
    ["AT", "AT+CSQ", "AT+CMGL=4", "ATD123", "AT+CREG?", "ATE0V0", "AT+CMGR=1", "ATA", "AT^SYSINFO"]
)
modem_bytes = st.lists(
    st.one_of(
        st.binary(max_size=30),
        st.sampled_from(
            [
                b"\r\n",
                b"OK",
                b"ERROR",
                b"> ",
                b"+CMT: ,23\r\n",
                b"RING",
                b"NO CARRIER",
                b"CONNECT",
                b"0\r",
                b"\x00",
            ]
        ),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(commands_st, st.booleans(), modem_bytes, st.lists(st.floats(0, 20), max_size=3))
def test_random_modem_output_never_raises(
    command: str, prompt: bool, chunks: list[bytes], ticks: list[float]
) -> None:
    engine = AtEngine()
    engine.send_command(command, deadline=10.0, expect_prompt=prompt)
    for i, chunk in enumerate(chunks):
        engine.receive_data(chunk)
        if ticks and i % 5 == 0:
            engine.tick(ticks[i % len(ticks)])
        for event in engine.events():
            if isinstance(event, Prompt) and engine.state is State.PROMPT:
                engine.send_body(PDU)
            elif isinstance(event, Response) and event.lines:
                for parser in (
                    commands.parse_signal_quality,
                    commands.parse_registration,
                    commands.parse_list_messages,
                    commands.parse_read_message,
                    commands.parse_operator,
                    commands.parse_storage,
                    commands.parse_service_centre,
                    commands.parse_imei,
                ):
                    with contextlib.suppress(GwtermError):
                        parser(event.lines)
    engine.tick(1e9)
    assert not engine.busy or engine.state in (State.DATA,)
