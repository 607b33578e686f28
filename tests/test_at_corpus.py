"""The AT engine and command parsers replaying real modem transcripts: gammu's dumps and python-gsmmodem's
fake modems (read from ../shared/corpora, never copied here; skipped when absent)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import GwtermError
from app.protocols.at import commands
from app.protocols.at.commands import StoredPdu
from app.protocols.at.engine import AtEngine, Response, ResultCode, Timeout, Urc
from app.protocols.at.pdu import SmsDeliver, SmsStatusReport, SmsSubmit
from app.protocols.at.textmode import TextMessage

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
GAMMU = CORPORA / "gammu"
FAKEMODEMS = CORPORA / "extracted" / "python_gsmmodem_at_fakemodems.json"
needs_gammu = pytest.mark.skipif(not GAMMU.is_dir(), reason=f"gammu corpus not found at {GAMMU}")
needs_fakemodems = pytest.mark.skipif(
    not FAKEMODEMS.is_file(), reason=f"fake modems not found at {FAKEMODEMS}"
)

# dumps that start with the modem's answer rather than the echoed command: what gammu had sent
IMPLIED_COMMAND = {"at-cscs-huawei": "AT+CSCS?", "at-ussd": None}


def _dumps() -> list[Path]:
    return sorted(p for p in GAMMU.glob("at-*/*.dump") if p.parent.name != "at-sms-encode")


def _replay(raw: bytes, command: str | None, *, chunk: int) -> list[object]:
    engine = AtEngine()
    if command is not None:
        assert engine.send_command(command, deadline=5.0) == command.encode("latin-1") + b"\r"
    for i in range(0, len(raw), chunk):  # odd chunk sizes: lines split anywhere must still parse
        engine.receive_data(raw[i : i + chunk])
    engine.tick(10.0)
    return engine.events()


def _transcript(path: Path) -> tuple[str | None, bytes]:
    raw = path.read_bytes()
    first = raw.split(b"\n", 1)[0].rstrip(b"\r").decode("latin-1")
    if first.upper().startswith("AT"):
        return first, raw
    return IMPLIED_COMMAND[path.parent.name], raw


@needs_gammu
def test_every_gammu_transcript_parses() -> None:
    dumps = _dumps()
    parsed = 0
    for path in dumps:
        command, raw = _transcript(path)
        for chunk in (1, 7, len(raw)):
            events = _replay(raw, command, chunk=chunk)
            if command is None:  # USSD dumps hold one unsolicited +CUSD line
                assert [type(e) for e in events] == [Urc], path
                assert isinstance(events[0], Urc) and events[0].name == "+CUSD"
                continue
            assert len(events) == 1 and isinstance(events[0], Response), (path, events)
            response = events[0]
            assert response.result.code is ResultCode.OK, path
            assert all(line.upper() != command.upper() for line in response.lines), "echo not skipped"
        parsed += 1
    assert parsed == len(dumps) == 101


def _response(path: Path) -> Response:
    command, raw = _transcript(path)
    (event,) = _replay(raw, command, chunk=len(raw))
    assert isinstance(event, Response)
    return event


@needs_gammu
def test_registration_answers_including_corner_cases() -> None:
    expected = {
        "at-creg/empty.dump": None,
        "at-creg/huawei.dump": (2, 1, "4CA", "81DE445", None),
        "at-creg/none.dump": (0, 0, None, None, None),
        "at-creg/siemens.dump": (0, 1, "5E25", "605F", None),
        "at-creg/sierra312u.dump": (2, 5, "2AF5", "0B88E350", 2),
        "at-creg/telit.dump": (0, 1, "5E25", "605F", 2),
        "at-creg-corner/empty-lac.dump": (2, 1, None, "605F", None),
        "at-creg-corner/mismatched-quotes.dump": (2, 1, "0B", "0100701", 7),
        "at-creg-corner/single-quote.dump": (2, 1, "5E25", None, None),
    }
    for name, want in expected.items():
        reg = commands.parse_registration(_response(GAMMU / name).lines)
        got = (
            None if reg is None else (reg.mode, int(reg.status), reg.lac, reg.cell_id, reg.access_technology)
        )
        assert got == want, name
    sierra = commands.parse_registration(_response(GAMMU / "at-creg/sierra312u.dump").lines)
    assert sierra is not None and sierra.registered and sierra.technology == "UTRAN"


@needs_gammu
def test_storage_indication_and_service_centre_answers() -> None:
    storage = {
        "at-cpms/alcatel-s320.dump": (("SM", "ME", "SM_P", "ME_P", "MT"),) * 3,
        "at-cpms/brovi-e3372-325.dump": (("SM", "ME"),) * 3,
        "at-cpms/generic.dump": (("SM", "ME"),) * 3,
        "at-cpms/samsung-j700.dump": (),
        "at-cpms-sm/iwow.dump": (("SM",),) * 3,
        "at-cpms-sr/generic.dump": (("ME", "SR"), ("ME", "SR"), ("ME",)),
    }
    for name, want in storage.items():
        assert commands.parse_storage_test(_response(GAMMU / name).lines) == want, name
    indications = {
        "at-cnmi/01.dump": ((2,), (0, 1, 3), (0, 2), (0, 1), (0,)),
        "at-cnmi/02.dump": ((0, 1, 2), (0, 1, 3), (0,), (0, 1), (0, 1)),
        "at-cnmi/03.dump": ((0, 1, 2, 3), (0, 1, 2, 3), (0, 1, 2, 3), (0, 1), (0, 1)),
    }
    for name, want_cnmi in indications.items():
        assert commands.parse_indications_test(_response(GAMMU / name).lines) == want_cnmi, name
    centres = {
        "at-smsc/01.dump": "+97254120032",  # UCS-2 hex, unquoted
        "at-smsc/02.dump": "+79168999100",
        "at-smsc/03.dump": "+6281100000",  # digits without '+', type 145
        "at-smsc/05.dump": "+447802092035",  # UCS-2 hex, quoted
        "at-smsc-failing/04.dump": None,
    }
    for name, want_sca in centres.items():
        sca = commands.parse_service_centre(_response(GAMMU / name).lines)
        assert (None if sca is None else str(sca)) == want_sca, name


@needs_gammu
def test_stored_messages_in_pdu_and_text_mode() -> None:
    decoded = {SmsDeliver: 0, SmsSubmit: 0, SmsStatusReport: 0}
    for path in sorted((GAMMU / "at-sms").glob("*.dump")):
        stored = commands.parse_read_message(_response(path).lines, index=1)
        assert isinstance(stored, StoredPdu), path
        decoded[type(stored.decode())] += 1  # lenient: real phones pad, truncate and mis-set lengths
    assert decoded == {SmsDeliver: 19, SmsSubmit: 12, SmsStatusReport: 5}
    failing = 0
    for path in sorted((GAMMU / "at-sms-failing").glob("*.dump")):
        try:
            stored = commands.parse_read_message(_response(path).lines)
            assert isinstance(stored, StoredPdu)
            stored.decode(strict=True)
        except GwtermError:
            failing += 1
    assert failing == 10  # all of gammu's failing PDUs fail strict decoding (35 reads leniently)

    tz = commands.parse_read_message(_response(GAMMU / "at-sms-txt/timezone.dump").lines)
    assert isinstance(tz, TextMessage)
    assert (tz.number, tz.text, tz.status) == ("+31625044454", "Test message 2", "REC READ")
    assert tz.timestamp == dt.datetime(2007, 7, 5, 9, 56, 3, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    long = commands.parse_read_message(_response(GAMMU / "at-sms-txt/motorola-long.dump").lines)
    assert isinstance(long, TextMessage) and long.text.count("\n") == 3 and long.timestamp is not None
    sample = commands.parse_read_message(_response(GAMMU / "at-sms-txt-detail/sample2.dump").lines)
    assert isinstance(sample, TextMessage)
    assert (sample.smsc, sample.length, sample.text[:10]) == ("+85290000000", 49, "It is easy")
    unsent = commands.parse_read_message(_response(GAMMU / "at-sms-txt-detail/unsent.dump").lines)
    assert isinstance(unsent, TextMessage)
    assert (unsent.kind.name, unsent.number, unsent.text, unsent.smsc) == (
        "SUBMIT",
        "+10011",
        "Hello World",
        "+8613800100500",
    )


# ------------------------------------------------------------------------------------------------ fake modems


def _modems() -> list[Any]:
    return json.loads(FAKEMODEMS.read_text())["modems"]


@needs_fakemodems
def test_every_gsmmodem_fake_modem_transcript_parses() -> None:
    transcripts = 0
    for modem in _modems():
        responses: Any = modem["responses"]
        for n, (command, lines) in enumerate({**responses, "AT\r": modem["default_response"]}.items()):
            echo = command.encode() + b"\r\n" if n % 2 else b""  # half with echo on
            events = _replay(echo + "".join(lines).encode(), command.rstrip("\r"), chunk=5)
            assert len(events) == 1, (modem["class"], command, events)
            event = events[0]
            body = [line.strip() for line in lines[:-1]]
            if isinstance(event, Timeout):  # Wavecom answers +CPIN? without a final result code
                assert (modem["class"], command) == ("WavecomMultiband900E1800", "AT+CPIN?\r")
                assert event.lines == ("+CPIN: READY",)
            else:
                assert isinstance(event, Response)
                assert list(event.lines) == body
                assert event.result.code in (ResultCode.OK, ResultCode.ERROR)
                if lines[-1].strip() == "COMMAND NOT SUPPORT":
                    assert event.result.code is ResultCode.ERROR and not event.ok
            transcripts += 1
    assert transcripts == 94


@needs_fakemodems
def test_gsmmodem_call_notifications_arrive_as_urcs() -> None:
    for modem in _modems():
        engine = AtEngine()
        engine.send_command("ATD123;", deadline=5.0)  # a voice call: OK (or CONNECT) leaves command state
        sequence = [
            *modem["getAtdResponse"],
            *modem["getCallInitNotification"],
            *modem["getRemoteAnsweredNotification"],
            *modem["getRemoteHangupNotification"],
        ]
        for item in sequence:
            if isinstance(item, str):
                engine.receive_data(item.encode())
        engine.tick(10.0)
        events = engine.events()
        finals = [e for e in events if isinstance(e, Response)]
        urcs = [e.name for e in events if isinstance(e, Urc)]
        assert len(finals) == 1 and finals[0].ok, modem["class"]
        assert engine.state.value == "command", modem["class"]
        if modem["class"] in ("HuaweiE1752", "HuaweiK3715"):
            assert urcs == ["^ORIG", "^CONF", "^CONN", "^CEND"]
        if modem["class"] == "WavecomMultiband900E1800":
            assert urcs == ["+WIND", "+WIND", "NO CARRIER", "+WIND"]
