"""A simulated IEC 62056-21 electricity meter on a byte stream (pty pair or TCP): modes A-D, mode E's
switch to HDLC, data readout, programming mode with a P1 password and a register table.

Error messages it sends in programming mode: `(ER01)` unknown address, `(ER02)` write-protected,
`(ER03)` command not allowed here.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import os
import termios
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, auto

from app.errors import GwtermError
from app.protocols.iec62056_21 import (
    INITIAL_BAUD,
    MODE_D_BAUD,
    Ack,
    Command,
    DataBlock,
    DataLine,
    DataSet,
    DataValue,
    Event,
    Garbled,
    Identification,
    IecDecoder,
    Nak,
    OptionSelect,
    ProtocolMode,
    SignOnRequest,
    add_even_parity,
    baud_char,
    baud_of,
    crc16_arc,
    strip_parity,
)
from app.protocols.iec62056_21.messages import SOH
from app.protocols.iec62056_21.modes import (
    IDENTIFICATION_WAIT,
    MODE_BINARY,
    MODE_PROGRAMMING,
    MODE_READOUT,
    PROGRAMMING_INACTIVITY,
    PROTOCOL_HDLC,
    PROTOCOL_NORMAL,
    REACTION_MIN,
)
from app.transports import Stream

MODE_A_BAUD_CHAR = ":"  # 6.3.14: mode A meters may send any character but A-I, 0-9, / and !
ERROR_UNKNOWN = "ER01"
ERROR_READ_ONLY = "ER02"
ERROR_NOT_ALLOWED = "ER03"


@dataclass
class SimRegister:
    """One register: its values, whether W1 may change it, whether the data readout lists it."""

    values: tuple[DataValue, ...]
    writable: bool = False
    in_readout: bool = True


def _register(text: str, *, writable: bool = False, in_readout: bool = True) -> tuple[str, SimRegister]:
    dataset = DataSet.parse(text)
    return dataset.address, SimRegister(values=dataset.values, writable=writable, in_readout=in_readout)


def default_registers(now: datetime.datetime, serial: str) -> dict[str, SimRegister]:
    """A plausible three-phase electricity meter: energies, demand, voltages, currents, date and time."""
    profile = "".join(f"({0.1 + hour * 0.013:.3f}*kWh)" for hour in range(24))
    return dict(
        [
            _register("F.F(00000000)"),
            _register(f"0.0.0({serial})", writable=True),
            _register(f"C.1.0({serial})"),
            _register(f"0.9.1({now:%H:%M:%S})", writable=True),
            _register(f"0.9.2({now:%y-%m-%d})", writable=True),
            _register("1.8.0(012345.678*kWh)"),
            _register("1.8.1(008765.432*kWh)"),
            _register("1.8.2(003580.246*kWh)"),
            _register("2.8.0(000123.456*kWh)"),
            _register("1.6.0(02.345*kW)(24-01-15 10:15)"),
            _register("32.7.0(230.1*V)"),
            _register("52.7.0(231.4*V)"),
            _register("72.7.0(229.8*V)"),
            _register("31.7.0(001.23*A)"),
            _register("51.7.0(000.98*A)"),
            _register("71.7.0(001.05*A)"),
            _register("14.7.0(50.00*Hz)"),
            _register("0.2.0(GWT-1.00)"),
            _register("0.2.2(T01)", writable=True, in_readout=False),
            _register("C.7.0(0003)", in_readout=False),
            _register(f"P.01{profile}", in_readout=False),
        ]
    )


@dataclass
class MeterStats:
    """What happened on the simulated meter's port."""

    sign_ons: int = 0
    readouts: int = 0
    programming_sessions: int = 0
    password_failures: int = 0
    reads: int = 0
    writes: int = 0
    naks_sent: int = 0
    naks_received: int = 0
    parity_errors: int = 0
    baud_switches: list[int] = field(default_factory=list)
    sent_at_wrong_speed: int = 0  # messages the reader could not have understood (its port was elsewhere)
    hdlc_switches: int = 0


class _State(Enum):
    IDLE = auto()
    AWAIT_OPTION = auto()  # identification sent in mode C: waiting for ACK V Z Y
    AWAIT_PASSWORD = auto()  # P0 sent: waiting for P1
    PROGRAMMING = auto()
    HDLC = auto()  # mode E: the line carries HDLC now; back to IDLE after silence


@dataclass(frozen=True, kw_only=True)
class _Send:
    data: bytes


@dataclass(frozen=True, kw_only=True)
class _Pause:
    seconds: float


@dataclass(frozen=True, kw_only=True)
class _Baud:
    baud: int


_Step = _Send | _Pause | _Baud


@dataclass
class IecMeterSimulator:
    """The meter's configuration and register table, shared by every connection `serve` handles."""

    mode: str = "C"
    manufacturer: str = "GWT"  # a lower-case third letter announces 20 ms reaction times
    model: str = "GWTERM-SIM"
    max_baud: int = 9600
    address: str = "12345678"
    password: str = "00000000"
    registers: dict[str, SimRegister] | None = None
    reaction_time: float = REACTION_MIN  # tr: the pause before every answer
    hdlc: bool = False  # announce mode E (\2) and accept ACK 2 Z 2
    push_interval: float = 1.0  # mode D: seconds between telegrams
    mode_d_crc: bool = False  # mode D: end with !XXXX (CRC-16 as DSMR P1 does)
    max_block: int = 128  # programming answers longer than this go out in partial blocks (6.3.12)
    option_timeout: float = IDENTIFICATION_WAIT[1]  # mode C: give up waiting for the option select
    session_timeout: float = PROGRAMMING_INACTIVITY[0]  # programming/HDLC: silence that ends the session
    clock: Callable[[], datetime.datetime] = datetime.datetime.now
    stats: MeterStats = field(default_factory=MeterStats)

    def __post_init__(self) -> None:
        self.mode = ProtocolMode(self.mode.upper()).value
        if self.registers is None:
            self.registers = default_registers(self.clock(), self.address or "12345678")

    @property
    def table(self) -> dict[str, SimRegister]:
        """The register table."""
        assert self.registers is not None
        return self.registers

    def identification(self) -> Identification:
        """What the meter sends after a request (or first, in mode D)."""
        protocol = ProtocolMode(self.mode)
        if protocol is ProtocolMode.A:
            char = MODE_A_BAUD_CHAR
        elif protocol is ProtocolMode.D:
            char = baud_char(MODE_D_BAUD, ProtocolMode.C)
        else:
            char = baud_char(self.max_baud, ProtocolMode.B if protocol is ProtocolMode.B else ProtocolMode.C)
        capabilities = "2" if self.hdlc and protocol in (ProtocolMode.C, ProtocolMode.E) else ""
        return Identification(
            manufacturer=self.manufacturer,
            baud_char=char,
            identification=self.model,
            capabilities=capabilities,
        )

    def readout(self) -> DataBlock:
        """The data message: every register the readout lists."""
        return DataBlock.readout(
            DataSet(address=address, values=register.values)
            for address, register in self.table.items()
            if register.in_readout
        )

    def mode_d_telegram(self) -> bytes:
        """Identification, a blank line, the data lines and `!` (with the CRC-16 when `mode_d_crc`)."""
        ident = self.identification().to_bytes()
        block = self.readout()
        body = DataBlock(lines=(DataLine(), *block.lines[:-1]), framed=False).to_bytes()
        if not self.mode_d_crc:
            return ident + body + b"!\r\n"
        return ident + body + f"!{crc16_arc(ident + body + b'!'):04X}\r\n".encode("ascii")

    async def serve(
        self,
        stream: Stream,
        *,
        software_parity: bool = False,
        peer_baud: Callable[[], int | None] | None = None,
        on_baud: Callable[[int], None] | None = None,
    ) -> None:
        """Be the meter on `stream` until it closes.

        `software_parity`: the stream is an 8N1 port standing in for a 7E1 line, so send with even
        parity and treat received characters with the wrong parity as damaged. `peer_baud` tells the
        speed the reader's end is set to (a pty's termios): what is sent while it differs is garbled,
        as on a real line. `on_baud` hears each switch (to pace a virtual line).
        """
        session = _Session(self, stream, software_parity, peer_baud, on_baud)
        if self.mode == ProtocolMode.D.value:
            await self._push(session)
            return
        decoder = IecDecoder()
        while True:
            timeout = session.timeout()
            try:
                data = await (asyncio.wait_for(stream.read(), timeout) if timeout else stream.read())
            except TimeoutError:
                await self._run(session, session.on_silence())
                decoder = IecDecoder()
                continue
            except GwtermError:
                return
            if session.in_hdlc():
                continue  # HDLC frames are for a DLMS server, which this meter does not have
            if software_parity:
                data, errors = strip_parity(data)
                if errors:
                    self.stats.parity_errors += errors
                    session.damaged = True
            decoder.receive_data(data)
            for event in decoder.events():
                await self._run(session, session.handle(event))
                if session.in_hdlc():
                    break

    async def _run(self, session: _Session, steps: list[_Step]) -> None:
        for step in steps:
            if isinstance(step, _Pause):
                await asyncio.sleep(step.seconds)
            elif isinstance(step, _Baud):
                if step.baud != session.baud:
                    session.baud = step.baud
                    self.stats.baud_switches.append(step.baud)
                    if session.on_baud:
                        session.on_baud(step.baud)
            else:
                data = add_even_parity(step.data) if session.software_parity else step.data
                reader_baud = session.peer_baud() if session.peer_baud else None
                if reader_baud is not None and reader_baud != session.baud:
                    self.stats.sent_at_wrong_speed += 1
                    data = b"\xff\x00" * (len(data) // 2 + 1)  # what a UART at another speed makes of it
                session.last_sent = step.data
                await session.stream.write(data)

    async def _push(self, session: _Session) -> None:
        """Mode D: a telegram every `push_interval` seconds at 2400 Bd; input is ignored."""

        async def drain() -> None:
            with contextlib.suppress(GwtermError):
                while True:
                    await session.stream.read()

        reader = asyncio.ensure_future(drain())
        try:
            await self._run(session, [_Baud(baud=MODE_D_BAUD)])
            while not reader.done():
                self.stats.readouts += 1
                try:
                    await self._run(session, [_Send(data=self.mode_d_telegram())])
                except GwtermError:
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(reader), self.push_interval)
        finally:
            reader.cancel()


class _Session:
    """One reader's conversation with the meter: state, speed, and the answer to repeat on NAK."""

    def __init__(
        self,
        meter: IecMeterSimulator,
        stream: Stream,
        software_parity: bool,
        peer_baud: Callable[[], int | None] | None,
        on_baud: Callable[[int], None] | None,
    ) -> None:
        self.meter = meter
        self.stream = stream
        self.software_parity = software_parity
        self.peer_baud = peer_baud
        self.on_baud = on_baud
        self.state = _State.IDLE
        self.baud = INITIAL_BAUD
        self.damaged = False  # parity errors since the last message: treat it as garbled
        self.last_sent = b""
        self.pending_blocks: list[bytes] = []
        # one transition table: (state, message type) -> handler
        self._table: dict[tuple[_State, type], Callable[[Event], list[_Step]]] = {
            (_State.AWAIT_OPTION, OptionSelect): self._option_select,
            (_State.AWAIT_PASSWORD, Command): self._password,
            (_State.PROGRAMMING, Command): self._command,
            (_State.PROGRAMMING, Ack): self._next_block,
            (_State.AWAIT_PASSWORD, Nak): self._repeat,
            (_State.PROGRAMMING, Nak): self._repeat,
            (_State.AWAIT_PASSWORD, Garbled): self._garbled,
            (_State.PROGRAMMING, Garbled): self._garbled,
        }

    def in_hdlc(self) -> bool:
        """Whether the line has been handed over to HDLC (mode E)."""
        return self.state is _State.HDLC

    def timeout(self) -> float | None:
        """How long the meter waits in this state before giving up on the reader."""
        if self.state is _State.AWAIT_OPTION:
            return self.meter.option_timeout
        if self.state in (_State.AWAIT_PASSWORD, _State.PROGRAMMING, _State.HDLC):
            return self.meter.session_timeout
        return None

    def on_silence(self) -> list[_Step]:
        """The reader went quiet: back to the sign-on state at 300 Bd."""
        self.state = _State.IDLE
        return [_Baud(baud=INITIAL_BAUD)]

    def handle(self, event: Event) -> list[_Step]:
        """The meter's reaction to one received message."""
        damaged, self.damaged = self.damaged, False
        if isinstance(event, SignOnRequest):
            if damaged:
                return []
            return self._sign_on(event)
        if damaged and self.state in (_State.AWAIT_PASSWORD, _State.PROGRAMMING):
            return self._nak()
        handler = self._table.get((self.state, type(event)))
        return handler(event) if handler else []

    def _reply(self, data: bytes, *, then: list[_Step] | None = None) -> list[_Step]:
        return [_Pause(seconds=self.meter.reaction_time), _Send(data=data), *(then or [])]

    def _nak(self) -> list[_Step]:
        self.meter.stats.naks_sent += 1
        return [_Pause(seconds=self.meter.reaction_time), _Send(data=Nak().to_bytes())]

    def _sign_on(self, request: SignOnRequest) -> list[_Step]:
        """6.3.1: answer our address or none; the identification (6.3.2) and, in A/B, the data at once."""
        own = self.meter.address.lstrip("0")
        if request.address and request.address.lstrip("0") != own:
            self.state = _State.IDLE
            return []
        meter = self.meter
        meter.stats.sign_ons += 1
        ident = meter.identification()
        steps: list[_Step] = [_Baud(baud=INITIAL_BAUD), *self._reply(ident.to_bytes())]
        mode = ProtocolMode(meter.mode)
        if mode is ProtocolMode.A:
            self.state = _State.IDLE
            meter.stats.readouts += 1
            return [*steps, *self._reply(meter.readout().to_bytes())]
        if mode is ProtocolMode.B:
            # 6.4 mode B: switch right after the identification, send the data after tr, switch back
            self.state = _State.IDLE
            meter.stats.readouts += 1
            fast = baud_of(ident.baud_char, ProtocolMode.B) or INITIAL_BAUD
            data = self._reply(meter.readout().to_bytes(), then=[_Baud(baud=INITIAL_BAUD)])
            return [*steps, _Baud(baud=fast), *data]
        self.state = _State.AWAIT_OPTION
        return steps

    def _option_select(self, event: Event) -> list[_Step]:
        """6.3.3 in mode C: readout (Y 0), programming (Y 1, send P0), HDLC (V 2 Y 2, mode E)."""
        assert isinstance(event, OptionSelect)
        meter = self.meter
        baud = baud_of(event.baud_char, ProtocolMode.C)
        if baud is None or baud > meter.max_baud:
            baud = INITIAL_BAUD  # a speed the meter does not offer: it stays at the sign-on speed
        switch = _Baud(baud=baud)
        if event.protocol == PROTOCOL_NORMAL and event.mode == MODE_READOUT:
            self.state = _State.IDLE
            meter.stats.readouts += 1
            return [switch, *self._reply(meter.readout().to_bytes(), then=[_Baud(baud=INITIAL_BAUD)])]
        if event.protocol == PROTOCOL_NORMAL and event.mode == MODE_PROGRAMMING:
            self.state = _State.AWAIT_PASSWORD
            operand = Command(command="P", command_type="0", data=DataSet.of("", meter.address))
            return [switch, *self._reply(operand.to_bytes())]
        if event.protocol == PROTOCOL_HDLC and event.mode == MODE_BINARY and meter.hdlc:
            self.state = _State.HDLC
            meter.stats.hdlc_switches += 1
            return [switch]
        self.state = _State.IDLE
        return []

    def _password(self, event: Event) -> list[_Step]:
        """P1 with the right password: ACK; a wrong one: break (B0) and back to the sign-on state."""
        assert isinstance(event, Command)
        meter = self.meter
        if event.command == "B":
            return self._leave()
        if event.command != "P":
            return self._reply(DataBlock.error_message(ERROR_NOT_ALLOWED).to_bytes())
        if event.command_type == "1" and event.data is not None and event.data.value == meter.password:
            self.state = _State.PROGRAMMING
            meter.stats.programming_sessions += 1
            return self._reply(Ack().to_bytes())
        meter.stats.password_failures += 1
        self.state = _State.IDLE
        return self._reply(Command(command="B", command_type="0").to_bytes(), then=[_Baud(baud=INITIAL_BAUD)])

    def _command(self, event: Event) -> list[_Step]:
        """R (read), W (write), B (break) in programming mode (6.3.7, 6.3.11)."""
        assert isinstance(event, Command)
        meter = self.meter
        if event.command == "B":
            return self._leave()
        data = event.data
        if event.command not in ("R", "W") or data is None:
            return self._reply(DataBlock.error_message(ERROR_NOT_ALLOWED).to_bytes())
        register = meter.table.get(data.address)
        if register is None:
            return self._reply(DataBlock.error_message(ERROR_UNKNOWN).to_bytes())
        if event.command == "W":
            if not register.writable:
                return self._reply(DataBlock.error_message(ERROR_READ_ONLY).to_bytes())
            register.values = data.values
            meter.stats.writes += 1
            return self._reply(Ack().to_bytes())
        meter.stats.reads += 1
        self.pending_blocks = self._blocks(data.address, register.values)
        return self._reply(self.pending_blocks.pop(0))

    def _blocks(self, address: str, values: tuple[DataValue, ...]) -> list[bytes]:
        """The answer, in partial blocks (EOT) of at most `max_block` characters when it is long."""
        chunks: list[list[DataValue]] = [[]]
        size = len(address)
        for value in values:
            if chunks[-1] and size + len(value.text()) > self.meter.max_block:
                chunks.append([])
                size = 0
            chunks[-1].append(value)
            size += len(value.text())
        return [
            DataBlock.answer(
                DataSet(address=address if n == 0 else "", values=tuple(chunk)), final=n == len(chunks) - 1
            ).to_bytes()
            for n, chunk in enumerate(chunks)
        ]

    def _next_block(self, event: Event) -> list[_Step]:
        """6.3.12: the reader's ACK asks for the next partial block."""
        return self._reply(self.pending_blocks.pop(0)) if self.pending_blocks else []

    def _repeat(self, event: Event) -> list[_Step]:
        """6.3.6: NAK asks for the last message again."""
        self.meter.stats.naks_received += 1
        return self._reply(self.last_sent) if self.last_sent else []

    def _garbled(self, event: Event) -> list[_Step]:
        """A command that failed its BCC: ask for it again (6.3.6)."""
        assert isinstance(event, Garbled)
        return self._nak() if event.raw[:1] == bytes((SOH,)) else []

    def _leave(self) -> list[_Step]:
        """6.3.11 break: out of programming mode, back to 300 Bd, no answer."""
        self.state = _State.IDLE
        self.pending_blocks = []
        return [_Baud(baud=INITIAL_BAUD)]


def pty_baud(path: str) -> int | None:
    """The speed a pty end is set to (its termios output speed), None if it cannot be read."""
    speeds = {getattr(termios, f"B{rate}"): rate for rate in (300, 600, 1200, 2400, 4800, 9600, 19200, 38400)}
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        return speeds.get(termios.tcgetattr(fd)[5])
    except termios.error:
        return None
    finally:
        os.close(fd)
