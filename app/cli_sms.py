"""`gwterm sms` (send, inbox, encode, decode) and `gwterm at` (an AT terminal on a local modem)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from typing import Any

from app.cli_common import UsageError
from app.errors import GwtermError, LocalProtocolError
from app.protocols.at import commands, gsm7
from app.protocols.at.concat import Reassembler, submit_messages
from app.protocols.at.csd import CallEnded
from app.protocols.at.json_shape import message_to_json
from app.protocols.at.pdu import (
    Address,
    Alphabet,
    SmsDeliver,
    SmsMessage,
    SmsStatusReport,
    SmsSubmit,
    decode_pdu_hex,
    relative_validity_duration,
)
from app.protocols.at.textmode import TextMessage
from app.transports.at_terminal import TerminalAnswer, in_data_mode, needs_body, run_line
from app.transports.gsm_modem import GsmModem, describe
from app.transports.sms import SmsService

EXIT_OK, EXIT_DEVICE = 0, 1
MAX_VALIDITY = relative_validity_duration(255)  # TP-VP relative, its largest value (63 weeks)


def register(sub: Any) -> None:
    """Add the `sms` and `at` commands."""
    p = sub.add_parser(
        "sms",
        help="SMS through a local modem; encode and decode PDUs.",
        description="Send and list SMS through a local AT modem, encode and decode SMS PDUs.",
    )
    actions = p.add_subparsers(title="SMS actions", metavar="ACTION")
    a = actions.add_parser("send", help="Send a text (long ones in concatenated parts).")
    a.add_argument("modem", help="the local modem, e.g. serial:///dev/ttyUSB1")
    a.add_argument("number", help="recipient, e.g. +36201234567")
    a.add_argument("text", help="the message")
    a.add_argument("--report", action="store_true", help="ask for status reports and wait for them")
    a.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for reports (default 60)")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.set_defaults(func=cmd_send, command_key="write")  # a command SMS changes devices
    a = actions.add_parser("inbox", help="List the messages stored in the modem.")
    a.add_argument("modem", help="the local modem, e.g. serial:///dev/ttyUSB1")
    a.add_argument("--delete", action="store_true", help="delete them after listing")
    a.add_argument("--json", action="store_true", help="one JSON line per message")
    a.set_defaults(func=cmd_inbox, command_key="read")
    a = actions.add_parser("encode", help="SMS-SUBMIT PDUs for a text (hex, SMSC first).")
    a.add_argument("text", help="the message")
    a.add_argument("--to", required=True, help="recipient number")
    a.add_argument("--smsc", help="service centre number (default: the SIM's, 00)")
    a.add_argument("--coding", choices=["gsm7", "ucs2"], help="alphabet (default: GSM 7-bit if it fits)")
    a.add_argument("--report", action="store_true", help="request a status report")
    a.add_argument("--reference", type=int, default=0, help="concatenation reference 0-255 (default 0)")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.set_defaults(func=cmd_encode)
    a = actions.add_parser("decode", help="Decode an SMS PDU (SMS-DELIVER, SMS-SUBMIT, STATUS-REPORT).")
    a.add_argument("hex", help="the PDU in hex, SMSC address first ('-' reads stdin)")
    a.add_argument("--no-smsc", action="store_true", help="the PDU has no SMSC address (a bare TPDU)")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.set_defaults(func=cmd_decode)

    p = sub.add_parser(
        "at",
        help="An AT terminal on a local modem.",
        description="Type AT commands (one per line); answers and unsolicited codes are printed. After "
        "AT+CMGS=… the next line is the message body. After CONNECT lines go to the far end; '+++' on a "
        "line of its own escapes to command mode.",
    )
    p.add_argument("modem", help="the local modem, e.g. serial:///dev/ttyUSB1")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds a command may take (default 10)")
    p.add_argument("--wait", type=float, default=0.5, help="seconds to keep listening after the input ends")
    p.add_argument("--json", action="store_true", help="one JSON line per answer")
    p.set_defaults(func=cmd_at, command_key="write")


# ------------------------------------------------------------------------------------------------ PDUs


def cmd_encode(args: argparse.Namespace) -> int:
    """gwterm sms encode."""
    alphabet = {"gsm7": Alphabet.GSM7, "ucs2": Alphabet.UCS2}.get(args.coding or "")
    text = args.text
    if alphabet is Alphabet.GSM7 and not gsm7.is_gsm7(text):
        text = gsm7.to_gsm7(text)  # as phones (and gammu) do: 'š' → 's'
    if not 0 <= args.reference <= 255:
        raise UsageError("--reference is 0-255")
    try:
        parts = submit_messages(
            Address.phone(args.to),
            text,
            smsc=Address.phone(args.smsc) if args.smsc else None,
            alphabet=alphabet,
            validity=MAX_VALIDITY,
            status_report_request=args.report,
            concat_reference=args.reference,
        )
    except LocalProtocolError as exc:
        raise UsageError(str(exc)) from None
    coding = parts[0].dcs.alphabet.value
    pdus = [p.to_bytes().hex().upper() for p in parts]
    lengths = [len(p.tpdu()) for p in parts]
    if args.json:
        print(json.dumps({"pdus": pdus, "lengths": lengths, "parts": len(parts), "coding": coding}))
    else:
        for pdu, length in zip(pdus, lengths, strict=True):
            print(f"AT+CMGS={length}\n{pdu}")
    return EXIT_OK


def cmd_decode(args: argparse.Namespace) -> int:
    """gwterm sms decode."""
    text = sys.stdin.read() if args.hex == "-" else args.hex
    message = decode_pdu_hex(text.strip(), with_smsc=not args.no_smsc, strict=False)
    if args.json:
        print(json.dumps(message_to_json(message)))
        return EXIT_OK
    for line in _describe(message):
        print(line)
    return EXIT_OK


def _describe(message: SmsMessage) -> list[str]:
    lines = [message.type.value]
    if message.smsc is not None:
        lines.append(f"service centre  {message.smsc}")
    if isinstance(message, SmsDeliver):
        lines += [f"from            {message.originator}", f"sent            {message.timestamp.isoformat()}"]
    elif isinstance(message, SmsSubmit):
        lines.append(f"to              {message.destination}")
    elif isinstance(message, SmsStatusReport):
        lines += [
            f"recipient       {message.recipient}",
            f"reference       {message.reference}",
            f"status          {message.status_text}",
        ]
    if not isinstance(message, SmsStatusReport):
        concat = message.user_data.concatenation
        if concat is not None:
            lines.append(
                f"part            {concat.sequence} of {concat.total} (reference {concat.reference})"
            )
        lines.append(f"coding          {message.dcs.alphabet.value}")
    if message.text:
        lines.append(f"text            {message.text}")
    return lines


# ------------------------------------------------------------------------------------------------ modem


async def _service(url: str, *, leave_stored: bool = True) -> SmsService:
    modem = await GsmModem.open(url)
    service = SmsService(modem)
    try:
        await service.start(leave_stored=leave_stored)
    except BaseException:
        await modem.close()
        raise
    return service


async def cmd_send(args: argparse.Namespace) -> int:
    """gwterm sms send."""
    service = await _service(args.modem)
    try:
        references = await service.send(args.number, args.text, status_report=args.report)
        reports: dict[int, dict[str, Any]] = {}
        if args.report:
            deadline = time.monotonic() + args.timeout
            while len(reports) < len(references) and time.monotonic() < deadline:
                with contextlib.suppress(TimeoutError):
                    event = await asyncio.wait_for(service.modem.events.get(), deadline - time.monotonic())
                    await service.handle(event)
                while not service.reports.empty():
                    report = service.reports.get_nowait()
                    if report.reference in references:
                        reports[report.reference] = {
                            "delivered": report.delivered,
                            "final": report.final,
                            "status": report.status,
                            "description": report.description,
                        }
    finally:
        await service.modem.close()
    delivered = all(r["delivered"] for r in reports.values()) and len(reports) == len(references)
    if args.json:
        print(json.dumps({"references": references, "parts": len(references), "reports": reports}))
    else:
        print(f"sent in {len(references)} part(s), reference(s) {', '.join(map(str, references))}")
        for reference, shown in reports.items():
            print(f"  {reference}: {shown['description']}")
        if args.report and len(reports) < len(references):
            print(
                f"  no status report for {len(references) - len(reports)} part(s) within {args.timeout:g} s"
            )
    return EXIT_OK if not args.report or delivered else EXIT_DEVICE


async def cmd_inbox(args: argparse.Namespace) -> int:
    """gwterm sms inbox: the stored messages, long ones joined."""
    service = await _service(args.modem, leave_stored=False)
    try:
        stored = await service.stored()
        rows = _inbox_rows(stored)
        if args.delete:
            for entry in stored:
                if entry.index is not None:
                    await service.delete(entry.index)
    finally:
        await service.modem.close()
    for row in rows:
        if args.json:
            print(json.dumps(row))
        else:
            who = row.get("from") or row.get("to") or ""
            print(f"[{','.join(map(str, row['indices']))}] {row['status']:<10} {who:<16} {row['time'] or ''}")
            print(f"    {row['text']}")
    if not rows and not args.json:
        print("no messages stored")
    return EXIT_OK


_STATUS = ("unread", "read", "unsent", "sent")


def _inbox_rows(stored: list[commands.StoredPdu | TextMessage]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    row: dict[str, Any]
    joiner = Reassembler(timeout=float("inf"))
    waiting: dict[int, dict[str, Any]] = {}
    for entry in stored:
        status = _STATUS[entry.status] if isinstance(entry.status, int) and 0 <= entry.status < 4 else "?"
        if isinstance(entry, TextMessage):
            when = entry.timestamp.isoformat() if entry.timestamp else None
            row = {"indices": [entry.index], "status": (entry.status or "").lower()}
            row.update(type=entry.kind.value, time=when, text=entry.text)
            row["from"] = entry.number
            rows.append(row)
            continue
        try:
            message = entry.decode()
        except GwtermError as exc:
            rows.append(
                {"indices": [entry.index], "status": status, "time": None, "text": "", "error": str(exc)}
            )
            continue
        row = {"indices": [entry.index], "status": status, "type": message.type.value}
        if isinstance(message, SmsStatusReport):
            row.update(
                to=str(message.recipient), time=message.discharge_time.isoformat(), text=message.status_text
            )
            rows.append(row)
            continue
        if isinstance(message, SmsSubmit):
            row.update(to=str(message.destination), time=None, text=message.text)
            rows.append(row)
            continue
        row.update({"from": str(message.originator), "time": message.timestamp.isoformat(), "text": ""})
        concat = message.user_data.concatenation
        if concat is None or concat.total < 2:
            row["text"] = message.text
            rows.append(row)
            continue
        whole = joiner.add(message, 0.0)
        key = id(message)
        waiting[key] = row
        if whole is not None:
            parts = [p for p in whole.parts if id(p) in waiting]
            merged = waiting[id(parts[0])]
            merged["indices"] = [i for p in parts for i in waiting.pop(id(p))["indices"]]
            merged.update(text=whole.text, parts=len(whole.parts))
            rows.append(merged)
    for incomplete in joiner.expire(float("inf")):
        parts = [p for p in incomplete.parts if id(p) in waiting]
        if parts:
            merged = waiting[id(parts[0])]
            merged["indices"] = [i for p in parts for i in waiting.pop(id(p))["indices"]]
            merged.update(text=incomplete.text, parts=incomplete.total, complete=False)
            rows.append(merged)
    return rows


# ------------------------------------------------------------------------------------------------ AT terminal


async def cmd_at(args: argparse.Namespace) -> int:
    """gwterm at: lines in, the modem's answers out; works with a pipe as with a terminal."""
    modem = await GsmModem.open(args.modem)
    out = _Printer(json_lines=args.json)
    loop = asyncio.get_running_loop()
    watcher = asyncio.ensure_future(_watch(modem, out))
    failed = False
    try:
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            body = None
            if needs_body(text) and not in_data_mode(modem):
                body = (await loop.run_in_executor(None, sys.stdin.readline)).rstrip("\r\n")
            answer = await run_line(modem, text, body=body, timeout=args.timeout)
            if answer is not None:
                out.answer(answer)
                failed |= not answer.ok
        await asyncio.sleep(args.wait)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        await modem.close()
    return EXIT_DEVICE if failed else EXIT_OK


async def _watch(modem: GsmModem, out: _Printer) -> None:
    """Print unsolicited codes, and the data of a call, as they come."""

    async def data() -> None:
        while True:
            try:
                chunk = await modem.read_data()
            except GwtermError:
                await asyncio.sleep(0.1)
                continue
            out.data(chunk)

    reader = asyncio.ensure_future(data())
    try:
        while True:
            event = await modem.events.get()
            if isinstance(event, CallEnded) and not event.by_remote:
                continue
            out.urc(describe(event))
    finally:
        reader.cancel()


class _Printer:
    """Answers as the modem gave them, or one JSON object a line."""

    def __init__(self, *, json_lines: bool) -> None:
        self.json_lines = json_lines

    def answer(self, answer: TerminalAnswer) -> None:
        if self.json_lines:
            body = {"command": answer.command, "lines": list(answer.lines), "result": answer.result}
            print(json.dumps({**body, "ok": answer.ok}), flush=True)
            return
        for line in answer.lines:
            print(line)
        print(answer.result, flush=True)

    def urc(self, text: str) -> None:
        if self.json_lines:
            print(json.dumps({"unsolicited": text}), flush=True)
        else:
            print(text, flush=True)

    def data(self, chunk: bytes) -> None:
        text = chunk.decode("latin-1")
        if self.json_lines:
            print(json.dumps({"data": text}), flush=True)
        else:
            print(text, end="", flush=True)
