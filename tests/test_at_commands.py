"""Modem command builders and answer parsers (TS 27.007, TS 27.005, V.250)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.at import commands
from app.protocols.at.engine import Urc
from app.protocols.at.pdu import Address, TypeOfNumber
from app.protocols.at.textmode import format_text_time, parse_text_time


def test_builders() -> None:
    assert commands.echo(False) == "ATE0" and commands.verbose(True) == "ATV1"
    assert commands.report_errors(2) == "AT+CMEE=2"
    assert commands.message_format(pdu=True) == "AT+CMGF=0"
    assert commands.message_format(pdu=False) == "AT+CMGF=1"
    assert commands.new_message_indications() == "AT+CNMI=2,1,0,1,0"
    assert commands.preferred_storage("SM", "SM", "SM") == 'AT+CPMS="SM","SM","SM"'
    assert commands.registration_reports(2) == "AT+CREG=2"
    assert commands.bearer_service() == "AT+CBST=7,0,1"
    assert commands.dial("+36201234567") == "ATD+36201234567"
    assert commands.send_pdu(23) == "AT+CMGS=23"
    assert commands.send_text("+36201234567") == 'AT+CMGS="+36201234567",145'
    assert commands.read_message(3) == "AT+CMGR=3"
    assert commands.list_messages(4) == "AT+CMGL=4" and commands.list_messages("ALL") == 'AT+CMGL="ALL"'
    assert commands.delete_message(3) == "AT+CMGD=3" and commands.delete_message(1, 4) == "AT+CMGD=1,4"
    assert commands.set_service_centre("+36209300099") == 'AT+CSCA="+36209300099",145'
    assert commands.set_service_centre("0620930") == 'AT+CSCA="0620930",129'
    assert commands.caller_id() == "AT+CLIP=1"
    assert commands.send_text("+36 (20) 123-4567") == 'AT+CMGS="+36201234567",145'
    assert commands.sms_setup() == [
        "ATE0",
        "AT+CMEE=1",
        "AT+CMGF=0",
        "AT+CNMI=2,1,0,1,0",
        'AT+CPMS="SM","SM","SM"',
    ]
    assert commands.csd_setup() == ["ATE0", "AT+CMEE=1", "AT+CBST=7,0,1", "AT+CLIP=1"]
    for bad in (
        lambda: commands.report_errors(3),
        lambda: commands.dial("123; AT+CFUN=0"),
        lambda: commands.send_pdu(0),
        lambda: commands.preferred_storage('SM"'),
        lambda: commands.delete_message(1, 9),
        lambda: commands.send_text("ACME"),
    ):
        with pytest.raises(LocalProtocolError):
            bad()


@pytest.mark.parametrize(
    ("rssi", "dbm"), [(0, -113), (1, -111), (2, -109), (15, -83), (30, -53), (31, -51), (99, None)]
)
def test_csq_dbm_conversion(rssi: int, dbm: int | None) -> None:
    assert commands.csq_to_dbm(rssi) == dbm
    assert commands.dbm_to_csq(dbm) == rssi
    assert commands.parse_signal_quality([f"+CSQ: {rssi},99"]).dbm == dbm


def test_identity_answers() -> None:
    assert commands.parse_imei(["356938035643809"]) == "356938035643809"
    assert commands.parse_imei(['+CGSN: "356938035643809"']) == "356938035643809"
    assert commands.parse_imsi(["216301234567890"]) == "216301234567890"
    assert commands.parse_iccid(["+CCID: 8936301234567890123F"]) == "8936301234567890123"
    assert commands.parse_iccid(['^ICCID: "89363012345678901234"']) == "89363012345678901234"
    assert commands.parse_iccid(["89363012345678901234"]) == "89363012345678901234"
    assert commands.parse_pin_state(["+CPIN: READY"]) == "READY"
    with pytest.raises(DecodeError):
        commands.parse_imei(["ERROR"])


def test_network_answers() -> None:
    op = commands.parse_operator(['+COPS: 0,0,"Telekom HU",7'])
    assert (op.mode, op.name, op.technology) == (0, "Telekom HU", "E-UTRAN")
    assert commands.parse_operator(["+COPS: 0"]).name is None
    assert commands.parse_bearer_service(["+CBST: 7,0,1"]) == commands.BearerService(speed=7, name=0, ce=1)
    urc = Urc(name="+CREG", args='1,"5E25","605F",0', line='+CREG: 1,"5E25","605F",0')
    reg = commands.parse_registration_urc(urc)
    assert reg.registered and reg.mode is None and reg.technology == "GSM"


def test_storage_answers() -> None:
    read = commands.parse_storage(['+CPMS: "SM",3,30,"SM",3,30,"ME",0,100'])
    assert read[2] == commands.MemoryStatus(memory="ME", used=0, total=100)
    assert commands.parse_storage(["+CPMS: 14,50,14,50"])[1] == commands.MemoryStatus(
        memory=None, used=14, total=50
    )
    nokia = commands.parse_storage(["+CPMS: ,,,,,,,,"])
    assert len(nokia) == 3 and nokia[0].memory is None
    assert commands.parse_storage_test(['+CPMS: (("SM","BM","SR"),("SM"))']) == (("SM", "BM", "SR"), ("SM",))
    assert commands.parse_storage_test(["+CPMS: (),(),()"]) == ((), (), ())


def test_message_listing_in_text_mode() -> None:
    lines = [
        '+CMGL: 1,"REC UNREAD","+36201234567",,"24/05/01,12:00:00+08"',
        "first line",
        "second line",
        '+CMGL: 2,"STO UNSENT","+36209999999",,',
        "draft",
    ]
    first, second = commands.parse_list_messages(lines)
    assert not isinstance(first, commands.StoredPdu) and not isinstance(second, commands.StoredPdu)
    assert (first.index, first.text, first.kind.name) == (1, "first line\nsecond line", "DELIVER")
    assert (second.index, second.text, second.kind.name) == (2, "draft", "SUBMIT")


def test_urc_parsers() -> None:
    clip = commands.parse_caller_id(Urc(name="+CLIP", args='"36201234567",145,,,,0', line=""))
    assert clip.address == "+36201234567"
    cdsi = commands.parse_message_indication(Urc(name="+CDSI", args='"SR",4', line=""))
    assert cdsi.status_report and cdsi.index == 4
    with pytest.raises(DecodeError):
        commands.parse_delivered_message(Urc(name="+CMT", args=",23", line="+CMT: ,23"))


def test_text_mode_times() -> None:
    when = parse_text_time("07/07/05,09:56:03+08")
    assert when is not None and format_text_time(when) == "07/07/05,09:56:03+08"
    assert parse_text_time("2009/8/18,19:11:45") is not None
    assert parse_text_time("not a time") is None
    west = parse_text_time("24/01/31,23:59:59-20")
    assert west is not None and format_text_time(west) == "24/01/31,23:59:59-20"


def test_service_centre_with_unknown_type() -> None:
    sca = commands.parse_service_centre(['+CSCA: "0620930",129'])
    assert sca == Address(value="0620930", ton=TypeOfNumber.UNKNOWN)


parsers = [
    commands.parse_signal_quality,
    commands.parse_registration,
    commands.parse_operator,
    commands.parse_storage,
    commands.parse_storage_test,
    commands.parse_indications_test,
    commands.parse_service_centre,
    commands.parse_read_message,
    commands.parse_list_messages,
    commands.parse_send_result,
    commands.parse_imei,
    commands.parse_iccid,
    commands.parse_bearer_service,
    commands.parse_pin_state,
]
line_st = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda p, a: p + a,
        st.sampled_from(
            ["+CSQ: ", "+CREG: ", "+COPS: ", "+CPMS: ", "+CNMI: ", "+CSCA: ", "+CMGR: ", "+CMGL: "]
        ),
        st.text(alphabet='0123456789,"()-+ABCDEF SMREC', max_size=30),
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(parsers), st.lists(line_st, max_size=4))
def test_parsers_raise_only_our_errors(parser: object, lines: list[str]) -> None:
    with contextlib.suppress(GwtermError):
        parser(lines)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet='0123456789,"+ABCDEFabc: ', max_size=40))
def test_urc_parsers_raise_only_our_errors(args: str) -> None:
    for name, parser in (
        ("+CMTI", commands.parse_message_indication),
        ("+CLIP", commands.parse_caller_id),
        ("+CREG", commands.parse_registration_urc),
        ("+CMT", commands.parse_delivered_message),
    ):
        with contextlib.suppress(GwtermError):
            parser(Urc(name=name, args=args, line=f"{name}: {args}", body=args))
