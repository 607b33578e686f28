"""The virtual GSM network on real ptys: 9600 bit/s calls, busy, no answer, dropped calls, SMS and reports."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from app.errors import TransportError
from app.protocols.at import commands
from app.protocols.at.csd import CallEnded, CallFailure, CsdCall, IncomingCall
from app.protocols.at.engine import Prompt, Response
from app.sim.gsm_network import GsmNetwork
from app.transports import open_stream
from app.transports.gsm_modem import CallError, GsmModem
from app.transports.sms import SmsService, same_number

A, B = "+36200000001", "+36201000001"


@pytest.fixture
async def network() -> AsyncIterator[GsmNetwork]:
    net = GsmNetwork(ring_interval=0.05, max_rings=6)
    net.add(A)
    net.add(B)
    yield net
    await net.close()


async def _modems(net: GsmNetwork) -> tuple[GsmModem, GsmModem]:
    a = await GsmModem.open(net.subscribers[A].url)
    b = await GsmModem.open(net.subscribers[B].url)
    for modem in (a, b):
        for line in commands.csd_setup():
            await modem.check(line)
        await modem.guard_time_setting()
    return a, b


async def _answer_after(modem: GsmModem, rings: int) -> None:
    while True:
        event = await modem.events.get()
        if isinstance(event, IncomingCall) and event.rings >= rings:
            await modem.answer()
            return


async def test_call_carries_bytes_at_the_line_rate_both_ways_then_hangs_up(network: GsmNetwork) -> None:
    a, b = await _modems(network)
    answering = asyncio.ensure_future(_answer_after(b, 2))
    connected = await a.dial(B)
    await answering
    assert connected.speed == "9600" and a.in_call and b.in_call
    assert a.guard_time == pytest.approx(0.2)
    payload = bytes(range(256)) * 2  # 512 bytes: 0.53 s at 960 bytes/s
    started = time.monotonic()
    await a.write_data(payload)
    got = b""
    while len(got) < len(payload):
        got += await b.read_data()
    elapsed = time.monotonic() - started
    assert got == payload  # binary-clean, including the bytes of '+++' and CR LF
    assert 0.45 < elapsed < 1.5, elapsed
    await b.write_data(b"back")
    assert await a.read_data() == b"back"
    await a.hang_up()
    with pytest.raises(TransportError, match="NO CARRIER"):
        while True:
            await b.read_data()
    assert not a.in_call and not b.in_call
    assert CallEnded(by_remote=True, detail="NO CARRIER") in [
        b.events.get_nowait() for _ in range(b.events.qsize())
    ]
    await a.close()
    await b.close()


async def test_busy_no_answer_and_unknown_numbers_are_distinct(network: GsmNetwork) -> None:
    a, b = await _modems(network)
    network.busy.add(B)
    with pytest.raises(CallError) as busy:
        await a.dial(B)
    assert busy.value.reason is CallFailure.BUSY
    network.busy.clear()
    with pytest.raises(CallError) as unanswered:
        await a.dial(B)  # nobody answers within six rings
    assert unanswered.value.reason is CallFailure.NO_ANSWER
    with pytest.raises(CallError) as unknown:
        await a.dial("+36209999999")
    assert unknown.value.reason is CallFailure.NO_CARRIER
    assert "NO CARRIER" in str(unknown.value)
    await a.close()
    await b.close()


async def test_dropped_call_is_no_carrier_at_both_ends(network: GsmNetwork) -> None:
    a, b = await _modems(network)
    answering = asyncio.ensure_future(_answer_after(b, 1))
    await a.dial(B)
    await answering
    await a.write_data(b"before the drop")
    assert await b.read_data() == b"before the drop"
    assert network.drop_call(B)
    for modem in (a, b):
        with pytest.raises(TransportError, match="NO CARRIER"):
            await asyncio.wait_for(modem.read_data(), 2)
        assert not modem.in_call
    assert not network.drop_call(B)
    await a.close()
    await b.close()


async def test_modem_answers_by_itself_after_s0_rings(network: GsmNetwork) -> None:
    callee = await open_stream(network.subscribers[B].url)
    await callee.write(b"ATE0S0=2\r")
    assert b"OK" in await callee.read()
    caller = await GsmModem.open(network.subscribers[A].url)
    connected = await caller.dial(B)
    heard = b""
    while b"CONNECT 9600" not in heard:
        heard += await asyncio.wait_for(callee.read(), 2)
    assert heard.count(b"RING") == 2 and connected.speed == "9600"
    await caller.write_data(b"data")
    assert await asyncio.wait_for(callee.read(), 2) == b"data"
    await caller.close()
    await callee.close()


async def test_sms_in_pdu_mode_long_and_with_status_reports(network: GsmNetwork) -> None:
    a, b = await _modems(network)
    sender, receiver = SmsService(a), SmsService(b, keep=lambda number: same_number(number, A))
    await sender.start()
    await receiver.start()
    pumps = [
        asyncio.ensure_future(_pump(a, sender)),
        asyncio.ensure_future(_pump(b, receiver)),
    ]
    text = "Szőlőhegy a hálózaton, " * 10  # 'ő' is not GSM 7-bit: UCS-2, 67 characters a part
    references = await sender.send(B, text, status_report=True)
    assert len(references) == 4
    message = await asyncio.wait_for(receiver.messages.get(), 5)
    assert (message.text, message.parts, message.ucs2) == (text, 4, True)
    assert same_number(message.sender, A)
    reports = [await asyncio.wait_for(sender.reports.get(), 5) for _ in references]
    assert sorted(r.reference for r in reports) == sorted(references)
    assert all(r.delivered and r.final for r in reports)
    # the stored copy was taken and deleted; to an unknown number the report says so
    assert await receiver.stored() == []
    (reference,) = await sender.send("+36209999999", "anyone?", status_report=True)
    report = await asyncio.wait_for(sender.reports.get(), 5)
    assert (report.reference, report.delivered, report.final) == (reference, False, True)
    for pump in pumps:
        pump.cancel()
    await a.close()
    await b.close()


async def _pump(modem: GsmModem, service: SmsService) -> None:
    while True:
        await service.handle(await modem.events.get())


async def test_text_mode_and_in_process_loop_url(network: GsmNetwork) -> None:
    listener = await network.subscribers[A].serve_loop("gsm-a")
    modem = await GsmModem.open("loop://gsm-a")
    b = await GsmModem.open(network.subscribers[B].url)
    for line in ("ATE0", "AT+CMGF=1", "AT+CSMP=49,167,0,0"):
        assert (await modem.check(line)) == ()
    await b.check("AT+CMGF=1")
    await b.check("AT+CNMI=2,1,0,0,0")
    response = await modem.command_with_body(f'AT+CMGS="{B}"', "plain text")
    assert response.ok and response.lines[0].startswith("+CMGS: ")
    indication = await asyncio.wait_for(b.events.get(), 5)
    index = commands.parse_message_indication(indication).index  # type: ignore[arg-type]
    stored = commands.parse_read_message(await b.check(commands.read_message(index)), index=index)
    assert stored is not None and stored.text == "plain text" and same_number(stored.number, A)  # type: ignore[union-attr]
    listed = commands.parse_list_messages(await b.check('AT+CMGL="ALL"'))
    assert [m.index for m in listed] == [index]
    await modem.close()
    await b.close()
    await listener.close()


async def test_modem_answers_identity_and_refuses_garbage(network: GsmNetwork) -> None:
    stream = await open_stream(network.subscribers[A].url)
    modem = GsmModem(stream)
    assert commands.parse_imei(await modem.check(commands.IMEI)).startswith("35693803")
    assert commands.parse_signal_quality(await modem.check(commands.SIGNAL_QUALITY)).rssi == 21
    registration = commands.parse_registration(await modem.check(commands.REGISTRATION_QUERY))
    assert registration is not None and registration.registered
    assert commands.parse_operator(await modem.check(commands.OPERATOR_QUERY)).name == "gwterm GSM"
    assert not (await modem.command("AT+NONSENSE")).ok
    await modem.check("AT+CMEE=1")
    failed = await modem.command("AT+CMGR=29")
    assert failed.result.line == "+CMS ERROR: 321"
    assert (await modem.check("ATS12?")) == ("010",)
    await modem.close()


def test_csd_call_passes_a_prompt_it_asked_for() -> None:
    call = CsdCall()
    call.command("AT+CMGS=23", deadline=5.0, expect_prompt=True)
    call.receive_data(b"\r\n> ")
    (prompt,) = call.events()
    assert isinstance(prompt, Prompt)
    call.send_body("0011", deadline=5.0)
    assert call.data_to_send() == b"AT+CMGS=23\r0011\x1a"
    call.receive_data(b"\r\n+CMGS: 7\r\n\r\nOK\r\n")
    (done,) = call.events()
    assert isinstance(done, Response) and done.ok and done.lines == ("+CMGS: 7",)
