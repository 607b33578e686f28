"""A local AT modem on a byte stream, driven asynchronously: commands, SMS and data calls.

The sans-I/O CsdCall (and its AtEngine) does the talking; this driver feeds it the modem's bytes, lets time
pass, writes what it asks for, and hands each event to whoever waits for it: the running operation (a
command's Response, a dial's CallConnected, …), the data of a call, or `events` for everything unsolicited
(RING, +CMTI, +CDS, a remote hang-up).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Callable

from app.errors import GwtermError, TransportError
from app.protocols.at.csd import (
    CallConnected,
    CallEnded,
    CallEvent,
    CallFailed,
    CallFailure,
    CallState,
    CommandMode,
    CsdCall,
    EscapeFailed,
)
from app.protocols.at.engine import Data, Prompt, Response, Timeout
from app.transports.registry import open_stream
from app.transports.stream import Stream

TICK = 0.05  # how often deadlines are checked
DEFAULT_GUARD = 1.0  # V.250 §6.3.9 S12 default: 50 fiftieths of a second
MAX_EVENTS = 1000


class ModemError(TransportError):
    """The local modem refused a command or did not answer it."""


class CallError(TransportError):
    """A data call did not connect; `reason` tells busy, no answer, no carrier and no dial tone apart."""

    def __init__(self, message: str, reason: CallFailure) -> None:
        super().__init__(message)
        self.reason = reason


class GsmModem:
    """One AT modem: one operation at a time, unsolicited events in `events`, call data via read/write."""

    def __init__(self, stream: Stream) -> None:
        self.stream = stream
        self.url = stream.url
        self.call = CsdCall()
        self.guard_time = DEFAULT_GUARD
        self.events: asyncio.Queue[CallEvent] = asyncio.Queue()
        self._data: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._out: asyncio.Queue[bytes] = asyncio.Queue()
        self._lock = asyncio.Lock()
        self._waiting: tuple[tuple[type, ...], asyncio.Future[CallEvent]] | None = None
        self._failure: GwtermError | None = None
        self.closed = asyncio.Event()  # set once the modem cannot be used any more
        self._tasks = [
            asyncio.ensure_future(self._read_loop()),
            asyncio.ensure_future(self._write_loop()),
            asyncio.ensure_future(self._tick_loop()),
        ]

    @classmethod
    async def open(cls, url: str, *, timeout: float = 10.0) -> GsmModem:
        """Open the modem's port and check it answers AT; TransportError if not."""
        modem = cls(await open_stream(url, timeout=timeout))
        try:
            for attempt in range(3):  # a modem left in a half-typed line answers the second AT
                try:
                    await modem.check("AT", timeout=2.0)
                    break
                except ModemError:
                    if attempt == 2:
                        raise
        except BaseException:
            await modem.close()
            raise
        return modem

    # ---------------------------------------------------------------------------------------- plumbing

    async def _read_loop(self) -> None:
        try:
            while True:
                data = await self.stream.read()
                self.call.receive_data(data)
                self._pump()
        except GwtermError as exc:
            self._fail(TransportError(f"{self.url}: the modem's port closed ({exc})"))
        except asyncio.CancelledError:
            self._fail(TransportError(f"{self.url}: the modem was closed"))
            raise

    async def _write_loop(self) -> None:
        while True:
            data = await self._out.get()
            try:
                await self.stream.write(data)
            except GwtermError as exc:
                self._fail(TransportError(f"{self.url}: cannot write to the modem ({exc})"))
            finally:
                self._out.task_done()

    async def _tick_loop(self) -> None:
        while True:
            await asyncio.sleep(TICK)
            self.call.tick(time.monotonic())
            self._pump()

    def _fail(self, exc: GwtermError) -> None:
        if self._failure is None:
            self._failure = exc
        self.closed.set()
        self._data.put_nowait(None)
        if self._waiting is not None and not self._waiting[1].done():
            self._waiting[1].set_exception(self._failure)
            self._waiting = None

    def _pump(self) -> None:
        for event in self.call.events():
            self._route(event)
        out = self.call.data_to_send()
        if out:
            self._out.put_nowait(out)

    def _route(self, event: CallEvent) -> None:
        if isinstance(event, Data):
            self._data.put_nowait(event.data)
            return
        if isinstance(event, CallEnded) and event.by_remote:
            self._data.put_nowait(None)
        waiting = self._waiting
        if waiting is not None and isinstance(event, waiting[0]) and not waiting[1].done():
            self._waiting = None
            waiting[1].set_result(event)
            return
        if self.events.qsize() >= MAX_EVENTS:  # nobody listens: keep the newest
            self.events.get_nowait()
        self.events.put_nowait(event)

    async def _op(
        self, start: Callable[[float], None], expect: tuple[type, ...], timeout: float
    ) -> CallEvent:
        async with self._lock:
            return await self._op_locked(start, expect, timeout)

    async def _op_locked(
        self, start: Callable[[float], None], expect: tuple[type, ...], timeout: float
    ) -> CallEvent:
        """Start one operation (`start(deadline)`) and wait for the first event of an `expect` type."""
        if self._failure is not None:
            raise self._failure
        future: asyncio.Future[CallEvent] = asyncio.get_running_loop().create_future()
        self._waiting = (expect, future)
        try:
            start(time.monotonic() + timeout)
            self._pump()
            # the engine's own deadline ends the wait with a Timeout event; this bound is a safety net
            return await asyncio.wait_for(asyncio.shield(future), timeout + 5.0)
        except TimeoutError:
            raise ModemError(f"{self.url}: the modem stopped answering") from None
        finally:
            if self._waiting is not None and self._waiting[1] is future:
                self._waiting = None

    # ---------------------------------------------------------------------------------------- commands

    async def command(self, line: str, *, timeout: float = 10.0) -> Response:
        """Run one command line; its Response (OK or not). ModemError when it gets no final result."""

        def start(deadline: float) -> None:
            self.call.command(line, deadline=deadline)

        event = await self._op(start, (Response, Timeout), timeout)
        if isinstance(event, Timeout):
            raise ModemError(f"{self.url}: no answer to {line} within {timeout:g} s")
        assert isinstance(event, Response)
        return event

    async def check(self, line: str, *, timeout: float = 10.0) -> tuple[str, ...]:
        """Run one command line that must succeed; its information lines, else ModemError."""
        response = await self.command(line, timeout=timeout)
        if not response.ok:
            raise ModemError(f"{self.url}: {line}: {response.result.description}")
        return response.lines

    async def command_with_body(self, line: str, body: str, *, timeout: float = 30.0) -> Response:
        """A command that shows the `> ` prompt (AT+CMGS, AT+CMGW): the line, then the body and Ctrl-Z."""
        async with self._lock:

            def ask(deadline: float) -> None:
                self.call.command(line, deadline=deadline, expect_prompt=True)

            def give(deadline: float) -> None:
                self.call.send_body(body, deadline=deadline)

            event = await self._op_locked(ask, (Prompt, Response, Timeout), timeout)
            if isinstance(event, Prompt):
                event = await self._op_locked(give, (Response, Timeout), timeout)
        if isinstance(event, Timeout):
            raise ModemError(f"{self.url}: no answer to {line} within {timeout:g} s")
        assert isinstance(event, Response)
        return event

    async def guard_time_setting(self) -> float:
        """The modem's escape guard time (S12, fiftieths of a second), or the V.250 default if unreadable."""
        with contextlib.suppress(ModemError):
            lines = await self.check("ATS12?", timeout=2.0)
            match = re.search(r"(\d{1,3})", " ".join(lines))
            if match:
                self.guard_time = max(0.02, int(match.group(1)) / 50)
        return self.guard_time

    # ---------------------------------------------------------------------------------------- calls

    async def dial(self, number: str, *, timeout: float = 60.0) -> CallConnected:
        """ATD<number>: CallConnected, or CallError saying busy, no answer, no carrier or no dial tone."""

        def start(deadline: float) -> None:
            self.call.dial(number, deadline=deadline)

        self._drain_data()
        event = await self._op(start, (CallConnected, CallFailed), timeout)
        if isinstance(event, CallFailed):
            raise CallError(f"{self.url}: calling {number}: {event.reason.value.upper()}", event.reason)
        assert isinstance(event, CallConnected)
        return event

    async def answer(self, *, timeout: float = 30.0) -> CallConnected:
        """ATA for a ringing call: CallConnected, or CallError."""

        def start(deadline: float) -> None:
            self.call.answer(deadline=deadline)

        self._drain_data()
        event = await self._op(start, (CallConnected, CallFailed), timeout)
        if isinstance(event, CallFailed):
            raise CallError(f"{self.url}: answering: {event.reason.value.upper()}", event.reason)
        assert isinstance(event, CallConnected)
        return event

    def _drain_data(self) -> None:
        """A new call: forget what the last one left (its end-of-call mark included)."""
        while not self._data.empty():
            self._data.get_nowait()

    @property
    def in_call(self) -> bool:
        """Whether a call is up (in data or online command mode)."""
        return self.call.state in (CallState.CONNECTED, CallState.ESCAPING, CallState.ONLINE_COMMAND)

    async def read_data(self) -> bytes:
        """Bytes of the call; TransportError once it has ended (NO CARRIER) or the port closed."""
        data = await self._data.get()
        if data is None:
            self._data.put_nowait(None)
            raise self._failure or TransportError(f"{self.url}: NO CARRIER, the call has ended")
        return data

    async def write_data(self, data: bytes) -> None:
        """Send bytes to the far end of the call."""
        if self._failure is not None:
            raise self._failure
        if self.call.state is not CallState.CONNECTED:
            raise TransportError(f"{self.url}: no call in data mode (NO CARRIER)")
        self.call.send(data)
        self._pump()
        await self._out.join()

    async def escape(self) -> bool:
        """'+++' between guard times: True once in online command mode (the call stays up)."""
        await self._quiet()

        def start(deadline: float) -> None:
            self.call.escape(deadline=deadline)

        event = await self._op(start, (CommandMode, EscapeFailed, CallEnded), self.guard_time + 5.0)
        return isinstance(event, CommandMode)

    async def resume(self, *, timeout: float = 10.0) -> CallConnected:
        """ATO: back to data mode from online command mode."""

        def start(deadline: float) -> None:
            self.call.resume(deadline=deadline)

        event = await self._op(start, (CallConnected, CallFailed), timeout)
        if isinstance(event, CallFailed):
            raise CallError(f"{self.url}: ATO: {event.reason.value.upper()}", event.reason)
        assert isinstance(event, CallConnected)
        return event

    async def hang_up(self, *, timeout: float = 10.0) -> None:
        """End the call ('+++' with its guard times when in data mode, then ATH); quiet when none is up."""
        if self.call.state is CallState.IDLE or self._failure is not None:
            return
        if self.call.state is CallState.CONNECTED:
            await self._quiet()

        def start(deadline: float) -> None:
            self.call.hang_up(deadline=deadline)

        await self._op(start, (CallEnded, EscapeFailed), timeout + self.guard_time)

    async def _quiet(self) -> None:
        """V.250 §6.3.9: a guard time of silence before '+++' (after what is queued has gone out)."""
        await self._out.join()
        await asyncio.sleep(self.guard_time * 1.2 + 0.05)

    # ---------------------------------------------------------------------------------------- closing

    @property
    def failure(self) -> GwtermError | None:
        """Why the modem cannot be used any more, or None."""
        return self._failure

    async def close(self) -> None:
        """Hang up a call still up (best effort) and close the port."""
        if self.call.state is not CallState.IDLE and self._failure is None:  # a call up, or being set up
            with contextlib.suppress(GwtermError, TimeoutError):
                await asyncio.wait_for(self.hang_up(), self.guard_time * 2 + 6.0)
        with contextlib.suppress(GwtermError, TimeoutError):
            await asyncio.wait_for(self._out.join(), 2.0)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.stream.close()
        self.stream._hooks.clear()  # trace subscribers (GUI objects) must not live on in reference cycles

    async def __aenter__(self) -> GsmModem:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def describe(event: CallEvent) -> str:
    """A short text for an unsolicited event (the AT terminal prints these)."""
    if isinstance(event, CallEnded):
        return "NO CARRIER" if event.by_remote else "call ended"
    line = getattr(event, "line", None)
    if isinstance(line, str):
        body = getattr(event, "body", None)
        return f"{line}\n{body}" if body else line
    return type(event).__name__
