"""A virtual GSM network on loopback: subscribers' modems, SMS with delay and status reports, data calls.

Data calls connect at 9600 bit/s and carry bytes at that rate (10 bits a character, as the DTE's 8N1 line);
BUSY, NO ANSWER and NO CARRIER happen as on a real network, and `drop_call` cuts a call mid-way for tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from dataclasses import dataclass, field

from app.protocols.at.engine import ResultCode
from app.protocols.at.pdu import Address, SmsDeliver, SmsStatusReport, SmsSubmit
from app.sim.impaired_link import LinePacer
from app.sim.modem_emulator import ModemEmulator, utc_now
from app.transports.sms import same_number

CSD_RATE = 960.0  # bytes/s: 9600 bit/s, 10 bits a character
SLICE_SECONDS = 0.02  # bytes cross in slices this long, so a reader sees a steady trickle
NOT_OBTAINABLE = 0x43  # TS 23.040 §9.2.3.15: permanent error, the recipient does not exist
RECIPIENT_ERROR = 0x65  # temporary error, service centre stopped trying (recipient's memory full)


@dataclass(frozen=True, kw_only=True)
class SmsRecord:
    """One message part that crossed the network (for tests and the demo)."""

    sender: str
    recipient: str
    text: str
    reference: int
    delivered: bool
    when: dt.datetime


@dataclass
class _Call:
    caller: ModemEmulator
    callee: ModemEmulator
    state: str = "ringing"  # ringing, connected, ended
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    queues: dict[int, asyncio.Queue[bytes]] = field(default_factory=dict)
    moved: int = 0

    def other(self, modem: ModemEmulator) -> ModemEmulator:
        return self.callee if modem is self.caller else self.caller


class GsmNetwork:
    """Subscribers by number; a service centre; calls between subscribers."""

    def __init__(
        self,
        *,
        smsc: str = "+36309888000",
        operator: str = "gwterm GSM",
        sms_delay: float = 0.05,
        report_delay: float = 0.05,
        ring_interval: float = 0.25,
        max_rings: int = 40,
        data_rate: float = CSD_RATE,
        setup_delay: float = 0.05,
    ) -> None:
        self.smsc = smsc
        self.operator = operator
        self.sms_delay = sms_delay
        self.report_delay = report_delay
        self.ring_interval = ring_interval
        self.max_rings = max_rings
        self.data_rate = data_rate
        self.setup_delay = setup_delay
        self.subscribers: dict[str, ModemEmulator] = {}
        self.busy: set[str] = set()  # test hook: these numbers answer BUSY
        self.records: list[SmsRecord] = []
        self.calls: list[_Call] = []
        self._references: dict[str, int] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    # ---------------------------------------------------------------------------------------- subscribers

    def add(self, number: str, *, pty: bool = True, guard_time: float = 0.2) -> ModemEmulator:
        """A new subscriber and its modem (on a new pty unless `pty` is False)."""
        if self.lookup(number) is not None:
            raise ValueError(f"{number} is already on the network")
        serial = f"{len(self.subscribers) + 1:06d}"
        modem = ModemEmulator(
            self,
            number,
            imei=_imei("35693803" + serial),
            imsi="21630" + serial.rjust(10, "0"),
            iccid="893630" + serial.rjust(13, "0"),
            guard_time=guard_time,
        )
        self.subscribers[number] = modem
        if pty:
            modem.start_pty()
        return modem

    def lookup(self, number: str) -> ModemEmulator | None:
        """The subscriber with this number, written any usual way."""
        for known, modem in self.subscribers.items():
            if same_number(known, number):
                return modem
        return None

    def _later(self, delay: float, job: object) -> None:
        async def run() -> None:
            await asyncio.sleep(delay)
            assert callable(job)
            job()

        task = asyncio.ensure_future(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ---------------------------------------------------------------------------------------- SMS

    def submit(self, sender: ModemEmulator, submit: SmsSubmit) -> int:
        """The service centre takes a message (AT+CMGS) and delivers it after `sms_delay`; its TP-MR."""
        reference = self._references.get(sender.number, -1) + 1
        self._references[sender.number] = reference % 256
        received = utc_now()
        self._later(self.sms_delay, lambda: self._deliver(sender, submit, reference % 256, received))
        return reference % 256

    def _deliver(
        self, sender: ModemEmulator, submit: SmsSubmit, reference: int, received: dt.datetime
    ) -> None:
        recipient = self.lookup(str(submit.destination))
        message = SmsDeliver(
            originator=Address.phone(sender.number),
            timestamp=received,
            user_data=submit.user_data,
            smsc=Address.phone(self.smsc),
            pid=submit.pid,
            dcs=submit.dcs,
            status_report=submit.status_report_request,
        )
        delivered = recipient is not None and recipient.deliver(message)
        self.records.append(
            SmsRecord(
                sender=sender.number,
                recipient=str(submit.destination),
                text=submit.text,
                reference=reference,
                delivered=delivered,
                when=received,
            )
        )
        if not submit.status_report_request:
            return
        status = 0 if delivered else NOT_OBTAINABLE if recipient is None else RECIPIENT_ERROR
        report = SmsStatusReport(
            reference=reference,
            recipient=submit.destination,
            timestamp=received,
            discharge_time=utc_now(),
            status=status,
            smsc=Address.phone(self.smsc),
        )
        self._later(self.report_delay, lambda: sender.status_report(report))

    # ---------------------------------------------------------------------------------------- calls

    def _call_of(self, modem: ModemEmulator) -> _Call | None:
        for call in self.calls:
            if modem in (call.caller, call.callee) and call.state != "ended":
                return call
        return None

    def peer_of(self, modem: ModemEmulator) -> str | None:
        """The number at the other end of `modem`'s call."""
        call = self._call_of(modem)
        return call.other(modem).number if call is not None else None

    def is_callee(self, modem: ModemEmulator) -> bool:
        """Whether `modem` was called (rather than calling)."""
        call = self._call_of(modem)
        return call is not None and call.callee is modem

    def dial(self, caller: ModemEmulator, number: str) -> None:
        """ATD: ring the subscriber, or answer BUSY / NO CARRIER after the setup delay."""
        callee = self.lookup(number)
        if callee is None or callee is caller:
            self._later(self.setup_delay, lambda: caller.call_failed(ResultCode.NO_CARRIER))
            return
        if callee.number in self.busy or self._call_of(callee) is not None:
            self._later(self.setup_delay, lambda: caller.call_failed(ResultCode.BUSY))
            return
        call = _Call(caller=caller, callee=callee)
        self.calls.append(call)
        call.tasks.append(asyncio.ensure_future(self._ring(call)))

    async def _ring(self, call: _Call) -> None:
        await asyncio.sleep(self.setup_delay)
        for _ in range(self.max_rings):
            if call.state != "ringing":
                return
            call.callee.incoming_ring(call.caller.number)
            await asyncio.sleep(self.ring_interval)
        if call.state == "ringing":
            call.state = "ended"
            call.caller.call_failed(ResultCode.NO_ANSWER)
            call.callee.call_ended()

    def answer(self, callee: ModemEmulator) -> None:
        """ATA (or S0): both ends CONNECT and the data path opens."""
        call = self._call_of(callee)
        if call is None or call.state != "ringing" or call.callee is not callee:
            self._later(0.0, lambda: callee.call_failed(ResultCode.NO_CARRIER))
            return
        call.state = "connected"
        for task in call.tasks:
            task.cancel()
        call.tasks = [
            asyncio.ensure_future(self._pump(call, source)) for source in (call.caller, call.callee)
        ]
        call.caller.call_connected()
        call.callee.call_connected()

    def send_data(self, modem: ModemEmulator, data: bytes) -> None:
        """Bytes `modem`'s terminal sent in data mode, on their way to the other end."""
        call = self._call_of(modem)
        if call is not None and call.state == "connected":
            call.queues.setdefault(id(modem), asyncio.Queue()).put_nowait(data)

    async def _pump(self, call: _Call, source: ModemEmulator) -> None:
        loop = asyncio.get_running_loop()
        queue = call.queues.setdefault(id(source), asyncio.Queue())
        target = call.other(source)
        pacer = LinePacer(self.data_rate)
        step = max(1, int(self.data_rate * SLICE_SECONDS))
        while call.state == "connected":
            data = await queue.get()
            for start in range(0, len(data), step):
                piece = data[start : start + step]
                await asyncio.sleep(max(0.0, pacer.finish(loop.time(), len(piece)) - loop.time()))
                if call.state != "connected":
                    return
                target.call_data(piece)
                call.moved += len(piece)

    def hang_up(self, modem: ModemEmulator) -> None:
        """ATH from `modem`: the other end gets NO CARRIER (or BUSY while it was still ringing)."""
        call = self._call_of(modem)
        if call is None:
            return
        other = call.other(modem)
        ringing = call.state == "ringing"
        self._end(call)
        if ringing and modem is call.callee:
            other.call_failed(ResultCode.BUSY)  # a rejected call
        else:
            other.call_ended()

    def drop_call(self, number: str) -> bool:
        """Test hook: the network loses the call of `number`; both ends get NO CARRIER."""
        modem = self.lookup(number)
        call = self._call_of(modem) if modem is not None else None
        if call is None:
            return False
        self._end(call)
        call.caller.call_ended()
        call.callee.call_ended()
        return True

    def _end(self, call: _Call) -> None:
        call.state = "ended"
        for task in call.tasks:
            task.cancel()
        with contextlib.suppress(ValueError):
            self.calls.remove(call)

    async def close(self) -> None:
        """End every call and close every modem's pty."""
        for call in list(self.calls):
            self._end(call)
        for task in list(self._tasks):
            task.cancel()
        for modem in self.subscribers.values():
            modem.close()


def _imei(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)
