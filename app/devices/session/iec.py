"""An IEC 62056-21 reader (the standard's HHU): sign-on, baud switches of modes A-E, readout, programming.

Timeouts, retries and the reaction times of IEC 62056-21 (6.3.14, 6.4) live here; the messages and
their decoding are sans-I/O in `app.protocols.iec62056_21`.

Line format: modes A-D use 7E1. On a serial port opened 7E1 the UART makes the parity; on a port
opened 8N1 (ptys, adapters without parity) this client makes it in software (`software_parity`),
which is the same signal on the wire. Baud switches change the open port in place through pyserial
(after draining what was sent) or, where that is not reachable, close and reopen the URL at the new
speed. Over TCP nothing is switched here: the far end (a transparent gateway port) has to follow,
see `app.protocols.iec62056_21.follower`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from app.errors import (
    AuthError,
    DeviceError,
    DeviceTimeoutError,
    GwtermError,
    LocalProtocolError,
    RemoteProtocolError,
)
from app.protocols.iec62056_21 import (
    INITIAL_BAUD,
    MODE_D_BAUD,
    Ack,
    Command,
    DataBlock,
    DataSet,
    DataValue,
    Event,
    Garbled,
    Identification,
    IecDecoder,
    Nak,
    OptionSelect,
    ProtocolMode,
    Readout,
    SignOnRequest,
    add_even_parity,
    baud_of,
    break_message,
    mode_of,
    parse_mode,
    reaction_time,
    select_baud,
    strip_parity,
)
from app.protocols.iec62056_21.messages import SOH
from app.protocols.iec62056_21.modes import (
    MODE_BINARY,
    MODE_PROGRAMMING,
    MODE_READOUT,
    PROTOCOL_HDLC,
    PROTOCOL_NORMAL,
    WAKEUP_NUL_SECONDS,
    WAKEUP_PAUSE_SECONDS,
)
from app.transports import Stream, TraceHook, open_stream
from app.transports.serial_control import set_line
from app.transports.url import parse_url, serial_format

MAX_BAUD = 19200


@dataclass(frozen=True, kw_only=True)
class IecOptions:
    """Reader timing (seconds) and line handling; the defaults are the standard's limits."""

    answer_timeout: float = 2.2  # until an answer starts: tr <= 1.5 s, plus tt's margin (6.3.14, 6.4)
    character_timeout: float = 1.5  # ta: silence inside a message that means it was cut off
    readout_timeout: float = 900.0  # a whole data message (a long readout at 300 Bd takes minutes)
    push_timeout: float = 30.0  # mode D: how long to wait for the meter to send
    reaction_time: float | None = None  # our pause before sending (tr min); None: 200 ms, 20 ms if allowed
    retries: int = 2  # further attempts of a sign-on/readout that failed
    retry_pause: float = 2.2  # before a new attempt, so the meter is back at its sign-on state (tt)
    repeat_requests: int = 3  # programming mode: NAKs for a damaged answer, repeats of an unanswered command
    software_parity: bool | None = None  # make 7E1 on an 8-bit port; None: when the serial port is 8-bit
    wakeup: bool = False  # battery meters: NUL characters first (Annex B)
    initial_baud: int = INITIAL_BAUD
    mode_d_baud: int = MODE_D_BAUD


def iec_url(
    url: str, *, baud: int | None = None, data_format: str | None = None, default_baud: int = INITIAL_BAUD
) -> str:
    """The URL with IEC defaults for serial ports (300 Bd, 7E1), or the given baud/format put in."""
    parsed = parse_url(url)
    if parsed.scheme != "serial":
        return url
    parts = urlsplit(url)
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    if baud is not None:
        options["baud"] = str(baud)
    if data_format is not None:
        options["format"] = data_format
    options.setdefault("baud", str(default_baud))
    options.setdefault("format", "7E1")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(options), parts.fragment))


@dataclass
class IecClient:
    """Talks to one meter on `stream`; one operation at a time. `trace` sees every stream it uses."""

    stream: Stream
    options: IecOptions = field(default_factory=IecOptions)
    trace: TraceHook | None = None

    def __post_init__(self) -> None:
        url = parse_url(self.stream.url)
        self._serial = url.scheme == "serial"
        self.port_format = url.option("format", "8N1").upper() if self._serial else ""
        seven_bit_port = self._serial and serial_format(self.port_format)[0] == 7
        self._hardware_parity = seven_bit_port  # the UART makes 7E1; switch the port itself for 8N1
        allowed = self.options.software_parity
        self._may_make_parity = (self._serial and not seven_bit_port) if allowed is None else allowed
        self.software_parity = self._may_make_parity
        self.baud = int(url.option("baud", "9600")) if self._serial else INITIAL_BAUD
        self.identification: Identification | None = None
        self.baud_history: list[int] = []  # every speed switched to, for traces and tests
        self.parity_errors = 0
        self.garbled = 0
        self._decoder = IecDecoder()
        self._arrived = asyncio.Event()
        self._closed: GwtermError | None = None
        self._last_rx = 0.0
        self._lock = asyncio.Lock()
        self._unsubscribe: Callable[[], None] | None = None
        self._attach(self.stream)

    @classmethod
    async def connect(
        cls, url: str, options: IecOptions | None = None, *, default_baud: int = INITIAL_BAUD, **kwargs: Any
    ) -> IecClient:
        """Open the URL (serial ports at 300 Bd 7E1 unless it says otherwise) and talk IEC on it."""
        stream = await open_stream(iec_url(url, default_baud=default_baud))
        return cls(stream, options or IecOptions(), **kwargs)

    # -- the link ------------------------------------------------------------------------------------

    def _attach(self, stream: Stream) -> None:
        self.stream = stream
        self._closed = None
        self._decoder = IecDecoder()
        self._unsubscribe = stream.subscribe(self.trace) if self.trace else None
        self._reader = asyncio.ensure_future(self._read_loop(stream))

    async def _detach(self) -> Stream:
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reader
        if self._unsubscribe:
            self._unsubscribe()
        return self.stream

    async def _read_loop(self, stream: Stream) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                data = await stream.read()
                if self.software_parity:
                    data, errors = strip_parity(data)
                    self.parity_errors += errors
                self._decoder.receive_data(data)
                self._last_rx = loop.time()
                self._arrived.set()
        except GwtermError as exc:
            self._closed = exc
            self._arrived.set()

    async def close(self) -> None:
        """Stop reading and close the stream."""
        stream = await self._detach()
        await stream.close()

    async def _send(self, data: bytes) -> None:
        await self.stream.write(add_even_parity(data) if self.software_parity else data)

    async def _receive(
        self, accept: Callable[[Event], bool], *, first: float, total: float | None = None
    ) -> Event:
        """The next event `accept` takes; others (our echo, noise) are skipped. Silence raises."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        first_deadline = start + first
        while True:
            event = self._decoder.next_event()
            if event is not None:
                if accept(event):
                    return event
                if isinstance(event, Garbled):
                    self.garbled += 1
                continue
            if self._closed is not None:
                raise self._closed
            now = loop.time()
            deadline = (
                self._last_rx + self.options.character_timeout if self._decoder.pending() else first_deadline
            )
            if total is not None:
                deadline = min(deadline, start + total)
            if now >= deadline:
                what = (
                    "stopped sending in the middle of a message"
                    if self._decoder.pending()
                    else "did not answer"
                )
                raise DeviceTimeoutError(f"{self.stream.url}: the meter {what} (after {now - start:.1f} s)")
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), deadline - now)

    async def _switch(self, baud: int, line_format: str = "7E1") -> None:
        """Our end of the line to `baud` and `line_format` (7E1, 8N1 for HDLC); the meter moves by itself."""
        port_format = line_format if self._hardware_parity else self.port_format
        software = self._may_make_parity and line_format == "7E1"
        if (baud, port_format, software) == (self.baud, self.port_format, self.software_parity):
            return
        # 6.4: a switch follows our last message, which must have left the UART first
        if self._serial and not await set_line(self.stream, baud, port_format):
            stream = await self._detach()
            await stream.close()  # closing a port waits until its output has been sent
            self._attach(await open_stream(iec_url(stream.url, baud=baud, data_format=port_format)))
        self.baud, self.port_format, self.software_parity = baud, port_format, software
        self.baud_history.append(baud)
        self._decoder = IecDecoder()

    def _reaction(self) -> float:
        if self.options.reaction_time is not None:
            return self.options.reaction_time
        return reaction_time(self.identification)

    # -- sign-on ---------------------------------------------------------------------------------------

    async def sign_on(self, address: str = "") -> Identification:
        """6.3.1/6.3.2: at 300 Bd 7E1, send the request and take the identification."""
        request = SignOnRequest(address=address).to_bytes()
        await self._switch(self.options.initial_baud)
        self._decoder = IecDecoder()
        if self.options.wakeup:
            # Annex B: NUL characters for 2.1-2.3 s wake a battery meter, then a pause of 1.5-1.7 s
            nul_seconds = sum(WAKEUP_NUL_SECONDS) / 2
            await self._send(b"\x00" * max(1, int(nul_seconds * self.baud / 10)))
            await asyncio.sleep(nul_seconds + sum(WAKEUP_PAUSE_SECONDS) / 2)
        await self._send(request)
        event = await self._receive(
            lambda e: isinstance(e, Identification), first=self.options.answer_timeout
        )
        assert isinstance(event, Identification)
        self.identification = event
        return event

    async def _attempts(self, what: str, operation: Callable[[], Any]) -> Any:
        """Run a sign-on based operation, again after a pause when the meter was silent or garbled."""
        last: GwtermError | None = None
        for attempt in range(1 + self.options.retries):
            if attempt:
                await asyncio.sleep(self.options.retry_pause)
            try:
                return await operation()
            except (DeviceTimeoutError, RemoteProtocolError) as exc:
                last = exc
        assert last is not None
        raise type(last)(f"{what}: {last} ({1 + self.options.retries} attempts)") from None

    # -- data readout ----------------------------------------------------------------------------------

    async def read_out(self, address: str = "", mode: str = "C", max_baud: int = MAX_BAUD) -> Readout:
        """A data readout: A-C sign on and follow the mode the identification announces; D listens.

        Mode D waits up to `push_timeout` for the meter's telegram at `mode_d_baud` (2400 Bd).
        """
        wanted = parse_mode(mode)
        async with self._lock:
            if wanted is ProtocolMode.D:
                result: Readout = await self._attempts("mode D readout", self._listen_mode_d)
                return result
            if wanted is ProtocolMode.E:
                raise LocalProtocolError("mode E hands over to HDLC: use switch_to_hdlc(), not read_out()")
            result = await self._attempts("readout", lambda: self._read_out_once(address, max_baud))
            return result

    async def _read_out_once(self, address: str, max_baud: int) -> Readout:
        ident = await self.sign_on(address)
        mode = mode_of(ident)
        if mode is ProtocolMode.B:
            # 6.4 mode B: the meter switches right after its identification; so do we, before its data
            await self._switch(baud_of(ident.baud_char, mode) or INITIAL_BAUD)
        elif mode is ProtocolMode.C:
            await self._select(ident, max_baud, PROTOCOL_NORMAL, MODE_READOUT)
        event = await self._receive(
            lambda e: isinstance(e, DataBlock),
            first=self.options.answer_timeout,
            total=self.options.readout_timeout,
        )
        assert isinstance(event, DataBlock)
        if not event.check_ok:
            raise RemoteProtocolError(f"{self.stream.url}: the data message failed its BCC check")
        return Readout(identification=ident, block=event, mode=mode.value, baud=self.baud)

    async def _select(self, ident: Identification, max_baud: int, protocol: str, mode: str) -> None:
        """6.3.3 option select after tr, then the switch to the chosen speed (6.4 mode C/E)."""
        offered = baud_of(ident.baud_char, ProtocolMode.C) or INITIAL_BAUD
        char, baud = select_baud(offered, max_baud)
        await asyncio.sleep(self._reaction())
        await self._send(OptionSelect(protocol=protocol, baud_char=char, mode=mode).to_bytes())
        await self._switch(baud, "8N1" if protocol == PROTOCOL_HDLC else "7E1")

    async def _listen_mode_d(self) -> Readout:
        await self._switch(self.options.mode_d_baud)
        loop = asyncio.get_running_loop()
        until = loop.time() + self.options.push_timeout
        ident: Identification | None = None
        while True:
            event = await self._receive(
                lambda e: isinstance(e, Identification | DataBlock),
                first=max(0.0, until - loop.time()),
                total=self.options.readout_timeout,
            )
            if isinstance(event, Identification):
                ident = self.identification = event
            elif isinstance(event, DataBlock) and ident is not None:
                if not event.check_ok:
                    raise RemoteProtocolError(
                        f"{self.stream.url}: the telegram failed its {event.check} check"
                    )
                return Readout(identification=ident, block=event, mode="D", baud=self.baud)

    # -- mode E ----------------------------------------------------------------------------------------

    async def switch_to_hdlc(self, address: str = "", max_baud: int = MAX_BAUD) -> Stream:
        """Mode E (Annex E): sign on, ask for HDLC, switch to 8N1 and hand the stream to the DLMS layer.

        The option select is ACK 2 Z 2; afterwards this client no longer reads the returned stream.
        """
        async with self._lock:

            async def once() -> Identification:
                ident = await self.sign_on(address)
                if mode_of(ident) is not ProtocolMode.C or not ident.supports_hdlc:
                    raise DeviceError(f"meter {ident.text()} does not offer mode E (no \\2)", code="no_hdlc")
                await self._select(ident, max_baud, PROTOCOL_HDLC, MODE_BINARY)
                return ident

            await self._attempts("mode E sign-on", once)
            return await self._detach()

    # -- programming mode ------------------------------------------------------------------------------

    async def program(
        self,
        password: str,
        *,
        address: str = "",
        max_baud: int = MAX_BAUD,
        password_type: str = "1",
        answer_operand: Callable[[str], str] | None = None,
    ) -> IecProgrammingSession:
        """Enter programming mode (mode C, option 1), send the password (P1), return the session.

        `answer_operand` turns the meter's P0 operand into what is sent (for manufacturer-specific
        secure algorithms with `password_type` "2"); by default the password itself is sent.
        """
        async with self._lock:

            async def once() -> str:
                ident = await self.sign_on(address)
                if mode_of(ident) is not ProtocolMode.C:
                    raise DeviceError(
                        f"meter {ident.text()} runs protocol mode {mode_of(ident)}: programming needs mode C",
                        code="no_programming",
                    )
                await self._select(ident, max_baud, PROTOCOL_NORMAL, MODE_PROGRAMMING)
                event = await self._answer(
                    lambda e: (isinstance(e, Command) and e.command == "P") or isinstance(e, DataBlock)
                )
                if isinstance(event, DataBlock):
                    raise DeviceError(f"the meter refused programming mode: {event.error or event.datasets}")
                assert isinstance(event, Command)
                return event.data.value if event.data else ""  # the P0 operand (6.3.7)

            operand: str = await self._attempts("programming sign-on", once)
            session = IecProgrammingSession(self, operand=operand)
            secret = answer_operand(operand) if answer_operand else password
            await session._password(secret, password_type)
            return session

    async def _answer(self, accept: Callable[[Event], bool]) -> Event:
        """The meter's next message; a damaged one is asked for again with NAK (6.3.6)."""
        for _ in range(self.options.repeat_requests):
            event = await self._receive(lambda e: accept(e) or _damaged(e), first=self.options.answer_timeout)
            if not _damaged(event):
                return event
            await asyncio.sleep(self._reaction())
            await self._send(Nak().to_bytes())
        return await self._receive(accept, first=self.options.answer_timeout)

    async def _exchange(self, message: bytes, accept: Callable[[Event], bool]) -> Event:
        """One programming exchange: NAK a damaged answer (6.3.6); repeat on the meter's NAK or silence."""
        outgoing = message
        for _ in range(1 + self.options.repeat_requests):
            self._decoder.events()  # whatever arrived before our message is not its answer
            await asyncio.sleep(self._reaction())
            await self._send(outgoing)
            try:
                event = await self._receive(
                    lambda e: accept(e) or isinstance(e, Nak) or _damaged(e),
                    first=self.options.answer_timeout,
                )
            except DeviceTimeoutError:
                if self._closed is not None:
                    raise
                outgoing = message
                continue
            if isinstance(event, Nak):
                outgoing = message  # the meter asks for our message again
            elif _damaged(event):
                outgoing = Nak().to_bytes()  # we ask for its answer again
            else:
                return event
        raise DeviceTimeoutError(
            f"{self.stream.url}: no clean answer after {1 + self.options.repeat_requests} tries"
        )


def _damaged(event: Event) -> bool:
    """An answer that arrived broken: a data message failing its BCC, or a command with a wrong BCC."""
    if isinstance(event, DataBlock):
        return not event.check_ok
    return isinstance(event, Garbled) and event.raw[:1] == bytes((SOH,))


@dataclass
class IecProgrammingSession:
    """A meter in programming mode: read and write registers, then `break_()` (also on `async with` exit)."""

    client: IecClient
    operand: str = ""  # what the meter sent with P0
    active: bool = True

    async def __aenter__(self) -> IecProgrammingSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.active:
            with contextlib.suppress(GwtermError):
                await self.break_()

    def _check_active(self) -> None:
        if not self.active:
            raise LocalProtocolError("the programming session has ended (break sent or password refused)")

    async def _password(self, secret: str, password_type: str) -> None:
        command = Command(
            command="P",
            command_type=password_type,
            data=DataSet(address="", values=(DataValue(value=secret),)),
        )
        event = await self.client._exchange(
            command.to_bytes(),
            lambda e: isinstance(e, Ack | DataBlock) or (isinstance(e, Command) and e.command == "B"),
        )
        if isinstance(event, Ack):
            return
        self.active = False
        if isinstance(event, DataBlock):
            raise AuthError(f"the meter refused the password: {event.error or 'error message'}")
        raise AuthError("the meter refused the password and ended programming mode (break)")

    async def read_register(self, address: str, *, data: str = "", command_type: str = "1") -> DataSet:
        """R1 (6.3.7): the register's data set; partial blocks are acknowledged and joined."""
        self._check_active()
        command = Command(command="R", command_type=command_type, data=DataSet.of(address, data))
        blocks = [await self._answer(command.to_bytes())]
        while not blocks[-1].final:
            blocks.append(await self._answer(Ack().to_bytes()))  # 6.3.12: ACK asks for the next block
        error = blocks[0].error
        if error is not None:
            raise DeviceError(f"reading {address}: the meter answered {error}", code=error)
        datasets = [d for block in blocks for d in block.datasets]
        if not datasets:
            raise RemoteProtocolError(f"reading {address}: the answer holds no data set")
        if len(datasets) == 1:
            found = datasets[0]
            return found if found.address else DataSet(address=address, values=found.values)
        return DataSet(address=address, values=tuple(v for d in datasets for v in d.values))

    async def write_register(
        self, address: str, value: str, *, unit: str | None = None, command_type: str = "1"
    ) -> None:
        """W1 (6.3.7): the meter acknowledges, or DeviceError with its error message."""
        self._check_active()
        command = Command(command="W", command_type=command_type, data=DataSet.of(address, value, unit))
        event = await self.client._exchange(command.to_bytes(), lambda e: isinstance(e, Ack | DataBlock))
        if isinstance(event, DataBlock):
            error = event.error or "an unexpected data message"
            raise DeviceError(f"writing {address}: the meter answered {error}", code=error)

    async def break_(self) -> None:
        """6.3.11 break (B0): the meter leaves programming mode and returns to 300 Bd."""
        self._check_active()
        self.active = False
        await asyncio.sleep(self.client._reaction())
        await self.client._send(break_message().to_bytes())

    async def _answer(self, message: bytes) -> DataBlock:
        event = await self.client._exchange(message, lambda e: isinstance(e, DataBlock))
        assert isinstance(event, DataBlock)
        return event
