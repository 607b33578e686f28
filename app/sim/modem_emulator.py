"""A simulated GSM modem: the AT commands a terminal meets (V.250, 3GPP TS 27.007, TS 27.005) on one line.

Built on the sans-I/O DceParser; the virtual GSM network (`gsm_network.py`) carries its calls and messages.
The terminal reaches it on a pty (`serial:///dev/pts/N`, exactly as a USB modem) or in process
(`loop://NAME`). Unsolicited result codes wait while the line is in data mode or a command is running.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import GwtermError
from app.protocols.at import textmode
from app.protocols.at.dce import (
    CommandLine,
    DceParser,
    DceState,
    DteData,
    EscapeSequence,
    MessageBody,
    parse_extended,
)
from app.protocols.at.engine import ResultCode
from app.protocols.at.pdu import (
    Address,
    DataCoding,
    MessageType,
    SmsDeliver,
    SmsStatusReport,
    SmsSubmit,
    UserData,
    decode_pdu,
    hex_to_bytes,
)
from app.sim.modem_storage import STATUS_NAMES, MessageStorage, StoredMessage, listing
from app.sim.pty_port import PtyPort
from app.transports import Listener, Stream, listen

if TYPE_CHECKING:
    from app.sim.gsm_network import GsmNetwork

STORAGE_SIZE = 30
CONNECT_SPEED = "9600"
_CNMI_DEFAULT = (2, 1, 0, 1, 0)


class _Deferred:
    """A command whose final result code comes later (ATD, ATA, AT+CMGS)."""


DEFERRED = _Deferred()


class _Failed(Exception):
    """A command failed: the line ends with this result (ERROR, +CME ERROR: n, +CMS ERROR: n)."""

    def __init__(self, code: ResultCode = ResultCode.ERROR, error: int | None = None) -> None:
        super().__init__(code.value)
        self.code = code
        self.error = error


@dataclass
class _Settings:
    cmee: int = 0
    cmgf: int = 0
    cnmi: tuple[int, ...] = _CNMI_DEFAULT
    csdh: int = 0
    csmp: tuple[int, int, int, int] = (17, 167, 0, 0)
    clip: int = 0
    creg: int = 0
    cbst: tuple[int, int, int] = (7, 0, 1)
    cscs: str = "GSM"
    registers: dict[int, int] = dataclasses.field(default_factory=lambda: {0: 0, 7: 60, 12: 10})


class ModemEmulator:
    """One subscriber's modem: the terminal side through `receive`/`attach`, the network side by calls."""

    def __init__(
        self,
        network: GsmNetwork,
        number: str,
        *,
        imei: str = "356938035643809",
        imsi: str = "216301234567890",
        iccid: str = "8936301234567890123",
        guard_time: float = 0.2,
        storage_size: int = STORAGE_SIZE,
    ) -> None:
        self.network = network
        self.number = number
        self.imei, self.imsi, self.iccid = imei, imsi, iccid
        self.settings = _Settings()
        self.settings.registers[12] = max(1, round(guard_time * 50))
        self.dce = DceParser(echo=True, verbose=True, guard_time=guard_time)
        self.storage = MessageStorage(storage_size)
        self.port: PtyPort | None = None
        self.call_state = "idle"  # idle, dialling, ringing, connected, online-command
        self.rings = 0
        self._write: Callable[[bytes], None] | None = None
        self._deferred: str | None = None  # 'dial', 'answer', 'cmgs', 'cmgs-text', 'cmgw'
        self._body_for: tuple[str, object] | None = None
        self._urcs: list[bytes] = []
        self._tick: asyncio.TimerHandle | None = None

    # ---------------------------------------------------------------------------------------- terminal side

    def attach(self, write: Callable[[bytes], None] | None) -> None:
        """Send what the modem says to `write` (None: nobody listens, output is lost)."""
        self._write = write

    def start_pty(self) -> str:
        """Expose the modem on a new pty; its /dev/pts path."""
        self.port = PtyPort(self.receive)
        path = self.port.start()
        self.attach(self.port.write)
        return path

    @property
    def url(self) -> str:
        """The serial:// URL of the pty (empty when not on one)."""
        return self.port.url if self.port is not None else ""

    async def serve_loop(self, name: str) -> Listener:
        """Also answer at `loop://NAME` (in process, for tests); one terminal at a time."""

        async def handler(stream: Stream) -> None:
            out: asyncio.Queue[bytes] = asyncio.Queue()
            self.attach(out.put_nowait)

            async def writer() -> None:
                with contextlib.suppress(GwtermError):
                    while True:
                        await stream.write(await out.get())

            task = asyncio.ensure_future(writer())
            try:
                while True:
                    self.receive(await stream.read())
            except GwtermError:
                pass
            finally:
                task.cancel()
                self.attach(self.port.write if self.port is not None else None)

        return await listen(f"loop://{name}", handler)

    def close(self) -> None:
        """Close the pty."""
        if self._tick is not None:
            self._tick.cancel()
        if self.port is not None:
            self.port.close()

    def _emit(self, data: bytes) -> None:
        if data and self._write is not None:
            self._write(data)

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def receive(self, data: bytes) -> None:
        """Bytes the terminal sent."""
        self.dce.receive_data(data, self._now())
        self._emit(self.dce.data_to_send())
        self._process()
        if self.dce.state is DceState.DATA and self._tick is None:
            self._tick = asyncio.get_running_loop().call_later(self.dce.guard_time + 0.02, self._on_tick)

    def _on_tick(self) -> None:
        self._tick = None
        self.dce.tick(self._now())
        self._process()
        if self.dce.state is DceState.DATA and self.call_state == "connected":
            self._tick = asyncio.get_running_loop().call_later(self.dce.guard_time / 2, self._on_tick)

    def _process(self) -> None:
        for event in self.dce.events():
            if isinstance(event, DteData):
                if self.call_state == "connected":
                    self.network.send_data(self, event.data)
            elif isinstance(event, EscapeSequence):
                self.call_state = "online-command"
                self._final(ResultCode.OK)
            elif isinstance(event, MessageBody):
                self._body(event)
            elif isinstance(event, CommandLine):
                self._command_line(event)

    # ---------------------------------------------------------------------------------------- output

    def _final(self, code: ResultCode, detail: str = "") -> None:
        self._emit(self.dce.result(code, detail))
        self._flush_urcs()

    def _fail(self, failure: _Failed) -> None:
        code, error = failure.code, failure.error
        if code in (ResultCode.CME_ERROR, ResultCode.CMS_ERROR) and (error is None or not self.settings.cmee):
            code = ResultCode.ERROR
        self._final(code, str(error) if error is not None else "")

    def _urc(self, line: str, body: str | None = None) -> None:
        data = self.dce.unsolicited(line, body)
        if self.dce.state is DceState.COMMAND and self._deferred is None:
            self._emit(data)
        else:
            self._urcs.append(data)

    def _flush_urcs(self) -> None:
        if self.dce.state is DceState.COMMAND and self._deferred is None:
            pending, self._urcs = self._urcs, []
            for data in pending:
                self._emit(data)

    # ---------------------------------------------------------------------------------------- commands

    def _command_line(self, line: CommandLine) -> None:
        if self._deferred in ("dial", "answer"):  # V.250 §6.3.1: any character aborts the call attempt
            self._deferred = None
            self.network.hang_up(self)
            self.call_state = "idle"
            self._final(ResultCode.NO_CARRIER)
        out = bytearray()
        for command in line.commands:
            try:
                result = self._run(command)
            except _Failed as failure:
                self._emit(bytes(out))
                self._fail(failure)
                return
            if result is DEFERRED:
                self._emit(bytes(out))
                return
            assert isinstance(result, list)
            for info in result:
                out += self.dce.info(info)
            if self.dce.state is DceState.BODY:  # AT+CMGS: the prompt is out, the body comes next
                self._emit(bytes(out))
                return
        self._emit(bytes(out))
        self._final(ResultCode.OK)

    def _run(self, command: str) -> list[str] | _Deferred:
        upper = command.upper()
        if not command:
            return []
        if command[0] in "+^$%#*":
            return self._extended(command)
        letter = upper[0]
        if letter == "D":
            return self._dial(command[1:])
        if letter == "S":
            return self._register(upper)
        if letter == "E":
            self.dce.echo = upper[1:] != "0"
            return []
        if letter == "V":
            self.dce.verbose = upper[1:] != "0"
            return []
        if upper in ("Z", "Z0", "&F", "&F0"):
            self._reset()
            return []
        if letter == "I":
            return ["gwterm virtual GSM modem", f"IMEI: {self.imei}"] if upper[1:] in ("", "0") else []
        if letter == "H":
            self.network.hang_up(self)
            self.call_state = "idle"
            return []
        if letter == "A":
            if self.call_state != "ringing":
                raise _Failed(ResultCode.NO_CARRIER)
            self._deferred = "answer"
            self.network.answer(self)
            return DEFERRED
        if letter == "O":
            if self.call_state != "online-command":
                raise _Failed(ResultCode.NO_CARRIER)
            self.call_state = "connected"
            self._emit(self.dce.result(ResultCode.CONNECT, CONNECT_SPEED))
            self.dce.enter_data()
            return DEFERRED
        if letter in "QXLMPT" or upper[:2] in ("&C", "&D", "&K", "&W", "&V", "&S"):
            return []
        raise _Failed()

    def _register(self, upper: str) -> list[str]:
        body = upper[1:]
        number, _, value = body.partition("=")
        if number.endswith("?"):
            register = int(number[:-1]) if number[:-1].isdigit() else -1
            if register not in self.settings.registers:
                raise _Failed()
            return [f"{self.settings.registers[register]:03d}"]
        if not number.isdigit() or not value.isdigit() or not 0 <= int(value) <= 255:
            raise _Failed()
        self.settings.registers[int(number)] = int(value)
        if int(number) == 12:
            self.dce.guard_time = max(0.02, int(value) / 50)
        return []

    def _reset(self) -> None:
        guard = self.settings.registers[12]
        self.settings = _Settings()
        self.settings.registers[12] = guard
        self.dce.echo = True
        self.dce.verbose = True

    def _dial(self, dial_string: str) -> list[str] | _Deferred:
        text = dial_string.strip()
        if text.endswith(";"):  # a voice call: this modem carries data only
            raise _Failed(ResultCode.NO_CARRIER)
        number = "".join(ch for ch in text if ch.isdigit() or ch in "+*#")
        if not number or self.call_state != "idle":
            raise _Failed(ResultCode.NO_CARRIER if number else ResultCode.ERROR)
        self._deferred = "dial"
        self.call_state = "dialling"
        self.network.dial(self, number)
        return DEFERRED

    def _extended(self, command: str) -> list[str] | _Deferred:
        parsed = parse_extended(command)
        if parsed is None:
            raise _Failed()
        name, form, args = parsed.name, parsed.form, parsed.args
        handler = _HANDLERS.get(name)
        if handler is None:
            raise _Failed()
        return handler(self, form, args)

    # -- settings --

    def _cmee(self, form: str, args: str) -> list[str]:
        return self._setting("cmee", form, args, "+CMEE", (0, 2))

    def _cmgf(self, form: str, args: str) -> list[str]:
        return self._setting("cmgf", form, args, "+CMGF", (0, 1))

    def _csdh(self, form: str, args: str) -> list[str]:
        return self._setting("csdh", form, args, "+CSDH", (0, 1))

    def _setting(self, attr: str, form: str, args: str, name: str, limits: tuple[int, int]) -> list[str]:
        if form == "read":
            return [f"{name}: {getattr(self.settings, attr)}"]
        if form == "test":
            return [f"{name}: ({limits[0]}-{limits[1]})"]
        value = _ints(args, 1)[0] if args.strip() else 0
        if not limits[0] <= value <= limits[1]:
            raise _Failed(ResultCode.CME_ERROR, 50)
        setattr(self.settings, attr, value)
        return []

    def _cnmi(self, form: str, args: str) -> list[str]:
        if form == "read":
            return ["+CNMI: " + ",".join(str(v) for v in self.settings.cnmi)]
        if form == "test":
            return ["+CNMI: (0-3),(0-3),(0-3),(0-2),(0,1)"]
        values = _ints(args, 5, default=0)
        if not all(0 <= v <= 3 for v in values):
            raise _Failed(ResultCode.CMS_ERROR, 303)
        self.settings.cnmi = tuple(values)
        return []

    def _cpms(self, form: str, args: str) -> list[str]:
        used, total = len(self.storage), self.storage.size
        if form == "test":
            return ['+CPMS: ("SM"),("SM"),("SM")']
        if form == "read":
            return [f'+CPMS: "SM",{used},{total},"SM",{used},{total},"SM",{used},{total}']
        mems = [m.strip().strip('"').upper() for m in args.split(",") if m.strip()]
        if any(m != "SM" for m in mems):
            raise _Failed(ResultCode.CMS_ERROR, 302)
        return [f"+CPMS: {used},{total},{used},{total},{used},{total}"]

    def _csca(self, form: str, args: str) -> list[str]:
        if form == "read":
            return [f'+CSCA: "{self.network.smsc}",145']
        return []

    def _csmp(self, form: str, args: str) -> list[str]:
        if form == "read":
            return ["+CSMP: " + ",".join(str(v) for v in self.settings.csmp)]
        values = _ints(args, 4, default=0)
        self.settings.csmp = (values[0], values[1], values[2], values[3])
        return []

    def _cscs(self, form: str, args: str) -> list[str]:
        if form == "read":
            return [f'+CSCS: "{self.settings.cscs}"']
        if form == "test":
            return ['+CSCS: ("GSM","IRA","UCS2")']
        self.settings.cscs = args.strip().strip('"').upper() or "GSM"
        return []

    def _cbst(self, form: str, args: str) -> list[str]:
        if form == "read":
            return ["+CBST: " + ",".join(str(v) for v in self.settings.cbst)]
        if form == "test":
            return ["+CBST: (0,4,6,7,70,71),(0),(1)"]
        values = _ints(args, 3, default=0)
        self.settings.cbst = (values[0], values[1], values[2] or 1)
        return []

    def _clip(self, form: str, args: str) -> list[str]:
        if form == "read":
            return [f"+CLIP: {self.settings.clip},1"]
        self.settings.clip = _ints(args, 1)[0] if args.strip() else 0
        return []

    def _creg(self, form: str, args: str) -> list[str]:
        if form == "read":
            return [f"+CREG: {self.settings.creg},1"]
        if form == "test":
            return ["+CREG: (0-2)"]
        self.settings.creg = _ints(args, 1)[0] if args.strip() else 0
        return []

    # -- identity and network --

    def _csq(self, form: str, args: str) -> list[str]:
        return ["+CSQ: 99,99"] if form == "test" else ["+CSQ: 21,99"]

    def _cops(self, form: str, args: str) -> list[str]:
        if form == "read":
            return [f'+COPS: 0,0,"{self.network.operator}",0']
        if form == "test":
            return [f'+COPS: (2,"{self.network.operator}","GWT","21699",0),,(0-4),(0-2)']
        return []

    def _clcc(self, form: str, args: str) -> list[str]:
        peer = self.network.peer_of(self)
        if peer is None or self.call_state in ("idle",):
            return []
        direction = 1 if self.call_state == "ringing" or self.network.is_callee(self) else 0
        state = 0 if self.call_state in ("connected", "online-command") else 4 if direction else 2
        return [f'+CLCC: 1,{direction},{state},1,0,"{peer}",145']

    def _chup(self, form: str, args: str) -> list[str]:
        self.network.hang_up(self)
        self.call_state = "idle"
        return []

    # -- messages --

    def _cmgs(self, form: str, args: str) -> list[str] | _Deferred:
        if form == "test":
            return []
        if self.settings.cmgf == 0:
            length = _ints(args, 1)[0]
            if not 1 <= length <= 255:
                raise _Failed(ResultCode.CMS_ERROR, 304)
            self._body_for = ("cmgs", length)
        else:
            fields = textmode.split_fields(args)
            if not fields or not fields[0]:
                raise _Failed(ResultCode.CMS_ERROR, 305)
            self._body_for = ("cmgs-text", fields[0])
        self._emit(self.dce.prompt())
        return DEFERRED

    def _cmgw(self, form: str, args: str) -> list[str] | _Deferred:
        if self.settings.cmgf != 0:
            raise _Failed(ResultCode.CMS_ERROR, 303)
        length = _ints(args, 1)[0]
        self._body_for = ("cmgw", length)
        self._emit(self.dce.prompt())
        return DEFERRED

    def _body(self, event: MessageBody) -> None:
        target, self._body_for = self._body_for, None
        if event.cancelled or target is None:
            self._final(ResultCode.OK)
            return
        kind, arg = target
        try:
            if kind == "cmgs-text":
                submit = self._text_submit(str(arg), event.text)
            else:
                submit = self._pdu_submit(event.text, int(str(arg)))
            if kind == "cmgw":
                index = self.storage.store(
                    StoredMessage(status=2, pdu=submit.to_bytes(), kind=MessageType.SUBMIT)
                )
                if index is None:
                    raise _Failed(ResultCode.CMS_ERROR, 322)
                self._emit(self.dce.info(f"+CMGW: {index}"))
            else:
                reference = self.network.submit(self, submit)
                self._emit(self.dce.info(f"+CMGS: {reference}"))
        except _Failed as failure:
            self._fail(failure)
            return
        self._final(ResultCode.OK)

    def _pdu_submit(self, text: str, length: int) -> SmsSubmit:
        try:
            raw = hex_to_bytes(text.replace("\n", "").strip())
            message = decode_pdu(raw)
        except GwtermError:
            raise _Failed(ResultCode.CMS_ERROR, 304) from None
        smsc_octets = raw[0] + 1
        if not isinstance(message, SmsSubmit) or len(raw) - smsc_octets != length:
            raise _Failed(ResultCode.CMS_ERROR, 304)
        return message

    def _text_submit(self, number: str, text: str) -> SmsSubmit:
        fo, _vp, pid, dcs = self.settings.csmp
        try:
            return SmsSubmit(
                destination=Address.phone(number),
                user_data=UserData(text=text),
                pid=pid,
                dcs=DataCoding(dcs),
                status_report_request=bool(fo & 0x20),
            )
        except GwtermError:
            raise _Failed(ResultCode.CMS_ERROR, 305) from None

    def _cmgr(self, form: str, args: str) -> list[str]:
        index = _ints(args, 1)[0]
        entry = self.storage.get(index)
        if entry is None:
            raise _Failed(ResultCode.CMS_ERROR, 321)
        lines = self._listing(entry, index=None)
        if entry.status == 0:
            entry.status = 1
        return lines

    def _cmgl(self, form: str, args: str) -> list[str]:
        if form == "test":
            return ["+CMGL: (0-4)" if self.settings.cmgf == 0 else '+CMGL: ("REC UNREAD","REC READ","ALL")']
        wanted = args.strip().strip('"').upper() or ("4" if self.settings.cmgf == 0 else "ALL")
        if wanted.isdigit() != (self.settings.cmgf == 0):
            raise _Failed(ResultCode.CMS_ERROR, 302)
        status = (
            int(wanted) if wanted.isdigit() else STATUS_NAMES.index(wanted) if wanted in STATUS_NAMES else -1
        )
        if not 0 <= status <= 4:
            raise _Failed(ResultCode.CMS_ERROR, 302)
        lines: list[str] = []
        for index, entry in self.storage.matching(status):
            lines += self._listing(entry, index=index)
            if entry.status == 0:
                entry.status = 1
        return lines

    def _listing(self, entry: StoredMessage, *, index: int | None) -> list[str]:
        return listing(entry, index=index, text_mode=self.settings.cmgf == 1, detail=bool(self.settings.csdh))

    def _cmgd(self, form: str, args: str) -> list[str]:
        index, flag = _ints(args, 2, default=0)
        if not self.storage.delete(index, flag):
            raise _Failed(ResultCode.CMS_ERROR, 321 if flag == 0 else 302)
        return []

    def _cnma(self, form: str, args: str) -> list[str]:
        return []

    # ---------------------------------------------------------------------------------------- network side

    def deliver(self, message: SmsDeliver) -> bool:
        """An SMS arrives: stored with +CMTI, or shown at once with +CMT (AT+CNMI <mt>); False if full."""
        mt = self.settings.cnmi[1] if len(self.settings.cnmi) > 1 else 0
        if mt == 2:
            if self.settings.cmgf == 0:
                self._urc_with_pdu("+CMT", f",{len(message.tpdu())}", message.to_bytes().hex().upper())
            else:
                when = textmode.format_text_time(message.timestamp)
                self._urc(f'+CMT: "{message.originator}",,"{when}"', message.text)
            return True
        index = self.storage.store(StoredMessage(status=0, pdu=message.to_bytes(), kind=MessageType.DELIVER))
        if index is None:
            return False
        if mt in (1, 3):
            self._urc(f'+CMTI: "SM",{index}')
        return True

    def status_report(self, report: SmsStatusReport) -> None:
        """A status report for a message this modem sent (AT+CNMI <ds>: +CDS, or stored with +CDSI)."""
        ds = self.settings.cnmi[3] if len(self.settings.cnmi) > 3 else 0
        if ds == 1 and self.settings.cmgf == 0:
            self._urc_with_pdu("+CDS", f"{len(report.tpdu())}", report.to_bytes().hex().upper())
            return
        if ds in (1, 2):
            stored = StoredMessage(status=0, pdu=report.to_bytes(), kind=MessageType.STATUS_REPORT)
            index = self.storage.store(stored)
            if index is not None:
                self._urc(f'+CDSI: "SM",{index}')

    def incoming_ring(self, caller: str) -> None:
        """The network rings this modem (RING, +CLIP); S0 answers automatically after that many rings."""
        self.call_state = "ringing"
        self.rings += 1
        self._urc("RING")
        if self.settings.clip:
            address = Address.phone(caller)
            self._urc(f'+CLIP: "{address}",{address.type_octet}')
        auto = self.settings.registers.get(0, 0)
        if auto and self.rings >= auto and self._deferred is None:
            self._deferred = "answer"
            self.network.answer(self)

    def call_connected(self) -> None:
        """The call is through: CONNECT, then data mode."""
        self.rings = 0
        self.call_state = "connected"
        self._deferred = None
        self._emit(self.dce.result(ResultCode.CONNECT, CONNECT_SPEED))
        self.dce.enter_data()

    def call_failed(self, code: ResultCode) -> None:
        """A dialled call did not connect: BUSY, NO ANSWER, NO CARRIER."""
        self.call_state = "idle"
        if self._deferred in ("dial", "answer"):
            self._deferred = None
            self._final(code)

    def call_ended(self) -> None:
        """The far end hung up or the network dropped the call: NO CARRIER."""
        state, self.call_state = self.call_state, "idle"
        self.rings = 0
        if state == "connected" and self.dce.state is DceState.DATA:
            self.dce.enter_command()
            self._final(ResultCode.NO_CARRIER)
        elif self._deferred in ("dial", "answer"):
            self._deferred = None
            self._final(ResultCode.NO_CARRIER)
        elif state in ("online-command", "ringing"):
            self._urc("NO CARRIER")

    def call_data(self, data: bytes) -> None:
        """Bytes from the far end of the call."""
        if self.call_state == "connected" and self.dce.state is DceState.DATA:
            self._emit(data)

    def _urc_with_pdu(self, name: str, args: str, pdu_hex: str) -> None:
        data = self.dce.unsolicited(f"{name}: {args}", pdu_hex)
        if self.dce.state is DceState.COMMAND and self._deferred is None:
            self._emit(data)
        else:
            self._urcs.append(data)


def _ints(args: str, count: int, *, default: int | None = None) -> list[int]:
    """The first `count` integer arguments; missing ones take `default` (else the command fails)."""
    parts = [p.strip().strip('"') for p in args.split(",")] if args.strip() else []
    out: list[int] = []
    for i in range(count):
        text = parts[i] if i < len(parts) else ""
        if text.isdigit():
            out.append(int(text))
        elif text == "" and default is not None:
            out.append(default)
        else:
            raise _Failed(ResultCode.CME_ERROR, 50)
    return out


def _fixed(*lines: str) -> Callable[[ModemEmulator, str, str], list[str]]:
    def handler(modem: ModemEmulator, form: str, args: str) -> list[str]:
        return [] if form == "test" else list(lines)

    return handler


def _identity(attr: str, prefix: str = "") -> Callable[[ModemEmulator, str, str], list[str]]:
    def handler(modem: ModemEmulator, form: str, args: str) -> list[str]:
        return [] if form == "test" else [f"{prefix}{getattr(modem, attr)}"]

    return handler


_Handler = Callable[[ModemEmulator, str, str], "list[str] | _Deferred"]
_HANDLERS: dict[str, _Handler] = {
    "+CMEE": ModemEmulator._cmee,
    "+CMGF": ModemEmulator._cmgf,
    "+CSDH": ModemEmulator._csdh,
    "+CNMI": ModemEmulator._cnmi,
    "+CPMS": ModemEmulator._cpms,
    "+CSCA": ModemEmulator._csca,
    "+CSMP": ModemEmulator._csmp,
    "+CSCS": ModemEmulator._cscs,
    "+CBST": ModemEmulator._cbst,
    "+CLIP": ModemEmulator._clip,
    "+CREG": ModemEmulator._creg,
    "+CGREG": ModemEmulator._creg,
    "+CEREG": ModemEmulator._creg,
    "+CSQ": ModemEmulator._csq,
    "+COPS": ModemEmulator._cops,
    "+CLCC": ModemEmulator._clcc,
    "+CHUP": ModemEmulator._chup,
    "+CMGS": ModemEmulator._cmgs,
    "+CMGW": ModemEmulator._cmgw,
    "+CMGR": ModemEmulator._cmgr,
    "+CMGL": ModemEmulator._cmgl,
    "+CMGD": ModemEmulator._cmgd,
    "+CNMA": ModemEmulator._cnma,
    "+CGSN": _identity("imei"),
    "+GSN": _identity("imei"),
    "+CIMI": _identity("imsi"),
    "+CCID": _identity("iccid", "+CCID: "),
    "+CPIN": _fixed("+CPIN: READY"),
    "+CFUN": _fixed("+CFUN: 1"),
    "+CGMI": _fixed("gwterm"),
    "+CGMM": _fixed("virtual GSM modem"),
    "+CGMR": _fixed("1.0"),
    "+GCAP": _fixed("+GCAP: +CGSM"),
}


def utc_now() -> dt.datetime:
    """Now, to the second, as a service centre time-stamps."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
