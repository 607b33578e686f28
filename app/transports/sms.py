"""SMS through a local AT modem (3GPP TS 27.005): sending, new-message indications, status reports.

`SmsService` works on a GsmModem whose events someone else reads (the soft-gateway's modem front shares
the modem with data calls); `SmsChannel` is the `sms://+NUMBER?modem=URL` message channel: texts to and
from one number, every other message left in the modem's storage untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import GwtermError, LocalProtocolError, TransportError, ValidationError
from app.protocols.at import commands, gsm7
from app.protocols.at.concat import AssembledMessage, Reassembler, submit_messages
from app.protocols.at.csd import CallEvent
from app.protocols.at.engine import Urc
from app.protocols.at.pdu import Alphabet, MessageType, SmsDeliver, SmsStatusReport
from app.protocols.at.textmode import TextMessage
from app.transports.csd import modem_url
from app.transports.gsm_modem import GsmModem, ModemError
from app.transports.stream import TraceHook
from app.transports.url import parse_url

REASSEMBLY_TIMEOUT = 300.0  # parts of a long message that never all arrive are handed over with gaps


@dataclass(frozen=True, kw_only=True)
class ReceivedSms:
    """A received message, its parts joined."""

    sender: str
    text: str
    timestamp: dt.datetime | None = None
    ucs2: bool = False
    parts: int = 1
    complete: bool = True


@dataclass(frozen=True, kw_only=True)
class DeliveryReport:
    """A status report: what became of the message the network numbered `reference`."""

    reference: int
    recipient: str
    delivered: bool
    final: bool  # False while the service centre still tries
    status: int
    description: str


def same_number(a: str, b: str) -> bool:
    """Whether two phone numbers name the same line ('+36201234567', '36201234567', '06201234567')."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if not da or not db:
        return a.strip() == b.strip()
    return da == db or (min(len(da), len(db)) >= 7 and da[-9:] == db[-9:])


class SmsService:
    """Sending and receiving on one modem; PDU mode, text mode only when the modem has no PDU mode."""

    def __init__(
        self,
        modem: GsmModem,
        *,
        keep: Callable[[str], bool] | None = None,
        reassembly_timeout: float = REASSEMBLY_TIMEOUT,
    ) -> None:
        self.modem = modem
        self.keep = keep  # which senders' messages to take (and delete); None takes all
        self.pdu_mode = True
        self.messages: asyncio.Queue[ReceivedSms] = asyncio.Queue()
        self.reports: asyncio.Queue[DeliveryReport] = asyncio.Queue()
        self._reassembler = Reassembler(timeout=reassembly_timeout)
        self._left: set[int] = set()  # stored messages that are not ours to take
        self._reference = random.randrange(256)

    async def start(self, *, leave_stored: bool = True) -> None:
        """Echo off, numeric errors, PDU (else text) mode, +CMTI and +CDS indications; stored ones stay."""
        await self.modem.check("ATE0")
        with contextlib.suppress(ModemError):
            await self.modem.check("AT+CMEE=1")
        try:
            await self.modem.check(commands.message_format(pdu=True))
        except ModemError:
            await self.modem.check(commands.message_format(pdu=False))
            self.pdu_mode = False
            with contextlib.suppress(ModemError):
                await self.modem.check("AT+CSDH=1")
        await self.modem.check(commands.new_message_indications())
        if leave_stored:  # (listing marks unread messages read)
            self._left = {m.index for m in await self.stored() if m.index is not None}

    # ---------------------------------------------------------------------------------------- sending

    async def send(self, number: str, text: str, *, status_report: bool = False) -> list[int]:
        """Send `text` (in concatenated parts when long); the network's TP-MR of each part."""
        if not self.pdu_mode:
            return [await self._send_text(number, text)]
        self._reference = (self._reference + 1) % 256
        try:
            parts = submit_messages(
                number, text, status_report_request=status_report, concat_reference=self._reference
            )
        except LocalProtocolError as exc:
            raise ValidationError("sms", str(exc)) from None
        references = []
        for part in parts:
            line, body = commands.submit_command(part)
            response = await self.modem.command_with_body(line, body, timeout=60.0)
            if not response.ok:
                raise ModemError(
                    f"{self.modem.url}: sending to {number} failed: {response.result.description}"
                )
            references.append(commands.parse_send_result(response.lines))
        return references

    async def _send_text(self, number: str, text: str) -> int:
        if not gsm7.is_gsm7(text) or gsm7.gsm7_length(text) > 160:
            raise ValidationError(
                "sms", "this modem has text mode only: one GSM 7-bit message of at most 160 characters"
            )
        response = await self.modem.command_with_body(commands.send_text(number), text, timeout=60.0)
        if not response.ok:
            raise ModemError(f"{self.modem.url}: sending to {number} failed: {response.result.description}")
        return commands.parse_send_result(response.lines)

    # ---------------------------------------------------------------------------------------- receiving

    async def stored(self) -> list[commands.StoredPdu | TextMessage]:
        """Every message in the modem's storage (AT+CMGL, all of them)."""
        line = commands.list_messages(4 if self.pdu_mode else "ALL")
        return commands.parse_list_messages(await self.modem.check(line, timeout=30.0))

    async def delete(self, index: int) -> None:
        """Delete one stored message."""
        await self.modem.check(commands.delete_message(index))

    async def take_stored(self) -> None:
        """Take the messages already stored that `keep` wants (at start-up, after a call)."""
        for entry in await self.stored():
            if entry.index is not None and entry.index not in self._left:
                await self._take(entry.index)

    async def handle(self, event: CallEvent) -> bool:
        """Act on a modem event if it concerns SMS (+CMTI, +CDSI, +CMT, +CDS); False if it does not."""
        if not isinstance(event, Urc) or event.name not in ("+CMTI", "+CDSI", "+CMT", "+CDS"):
            return False
        try:
            if event.name in ("+CMTI", "+CDSI"):
                await self._take(commands.parse_message_indication(event).index)
            else:
                self._received(commands.parse_delivered_message(event), index=None)
        except GwtermError as exc:
            if isinstance(exc, TransportError) and self.modem.failure is not None:
                raise
        return True

    async def _take(self, index: int) -> None:
        lines = await self.modem.check(commands.read_message(index))
        entry = commands.parse_read_message(lines, index=index)
        if entry is None:
            return
        if self._received(entry, index=index):
            await self.delete(index)
        else:
            self._left.add(index)

    def _received(self, entry: commands.StoredPdu | TextMessage, *, index: int | None) -> bool:
        """Queue a message or report; False when it is someone else's (left in storage)."""
        now = time.monotonic()
        if isinstance(entry, TextMessage):
            if entry.kind is MessageType.STATUS_REPORT:
                self._report_text(entry)
                return True
            if self.keep is not None and not self.keep(entry.number):
                return False
            self.messages.put_nowait(
                ReceivedSms(sender=entry.number, text=entry.text, timestamp=entry.timestamp)
            )
            return True
        message = entry.decode()
        if isinstance(message, SmsStatusReport):
            self.reports.put_nowait(
                DeliveryReport(
                    reference=message.reference,
                    recipient=str(message.recipient),
                    delivered=message.delivered,
                    final=message.status < 0x20 or message.status >= 0x40,
                    status=message.status,
                    description=message.status_text,
                )
            )
            return True
        if not isinstance(message, SmsDeliver):
            return index is None  # an SMS-SUBMIT someone stored: not a received message
        sender = str(message.originator)
        if self.keep is not None and not self.keep(sender):
            return False
        whole = self._reassembler.add(message, now)
        if whole is not None:
            self.messages.put_nowait(_received(whole))
        for incomplete in self._reassembler.expire(now):
            self.messages.put_nowait(
                ReceivedSms(
                    sender=str(incomplete.address),
                    text=incomplete.text,
                    parts=incomplete.total,
                    complete=False,
                )
            )
        return True

    def _report_text(self, entry: TextMessage) -> None:
        status = entry.report_status or 0
        self.reports.put_nowait(
            DeliveryReport(
                reference=entry.reference or 0,
                recipient=entry.number,
                delivered=status < 0x20,
                final=status < 0x20 or status >= 0x40,
                status=status,
                description=f"status {status}",
            )
        )


def _received(whole: AssembledMessage) -> ReceivedSms:
    first = whole.first
    assert isinstance(first, SmsDeliver)
    return ReceivedSms(
        sender=str(whole.address),
        text=whole.text,
        timestamp=first.timestamp,
        ucs2=first.dcs.alphabet is Alphabet.UCS2,
        parts=len(whole.parts),
    )


class SmsChannel:
    """`sms://+NUMBER?modem=URL`: texts to and from one number through a local modem."""

    def __init__(self, url: str, number: str, modem: GsmModem) -> None:
        self.url = url
        self.number = number
        self.modem = modem
        self.service = SmsService(modem, keep=lambda sender: same_number(sender, number))
        self._events: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, text: str, *, timeout: float = 10.0) -> SmsChannel:
        """Open the modem named by the URL and prepare it for SMS."""
        url = parse_url(text)
        if url.scheme != "sms":
            raise ValidationError("url", f"'{text}': not an sms:// URL")
        modem = await GsmModem.open(modem_url(url), timeout=timeout)
        channel = cls(text, url.host, modem)
        try:
            await channel.service.start()
        except BaseException:
            await modem.close()
            raise
        channel._events = asyncio.ensure_future(channel._pump())
        return channel

    def subscribe(self, hook: TraceHook) -> Callable[[], None]:
        """Trace the AT traffic with the modem."""
        return self.modem.stream.subscribe(hook)

    async def _pump(self) -> None:
        with contextlib.suppress(GwtermError):
            while True:
                await self.service.handle(await self.modem.events.get())

    async def send(self, text: str) -> list[int]:
        """Send a text to the channel's number."""
        return await self.service.send(self.number, text)

    async def receive(self) -> ReceivedSms:
        """The next message from the channel's number."""
        if self.modem.failure is not None and self.service.messages.empty():
            raise self.modem.failure
        return await self.service.messages.get()

    async def close(self) -> None:
        """Close the modem."""
        if self._events is not None:
            self._events.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._events
        await self.modem.close()
