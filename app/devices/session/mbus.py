"""An M-Bus master on one bus: timing, retries, echo cancellation, wake-up, FCB, scans, multi-telegrams."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import DecodeError, DeviceTimeoutError, GwtermError, RemoteProtocolError
from app.protocols.mbus.frames import (
    ADDRESS_MAX_PRIMARY,
    ADDRESS_NETWORK_LAYER,
    AckFrame,
    Frame,
    FrameDecoder,
    LongFrame,
    application_reset,
    is_rsp_ud,
    req_ud2,
    set_primary_address,
    snd_nke,
)
from app.protocols.mbus.scan import Answer, SecondaryScan
from app.protocols.mbus.secondary import SecondaryAddress, manufacturer_text, select
from app.protocols.mbus.telegram import decode_frame
from app.transports import Stream

ScanProgress = Callable[[int, int, str], None]
WAKEUP = b"\x55"


@dataclass(frozen=True, kw_only=True)
class MbusOptions:
    """Bus timing as the MUC.one / CMe3100 expose it (seconds)."""

    response_timeout: float = 0.5  # until the first byte of an answer (MUC.one "M-Bus timeout")
    idle_timeout: float = 0.1  # silence that ends an answer
    full_timeout: float = 10.0  # longest single answer
    retries: int = 3  # repeats of a request that got no answer
    scan_retries: int = 0  # the same during scans (a scan would otherwise take minutes)
    request_idle: float = 0.0  # pause between two requests
    collision_idle: float = 0.05  # pause after a collision before the next request
    echo: bool = False  # the level converter echoes what we send: drop it from what we read
    wakeup: bool = False  # send a 0x55 preamble before each request (battery meters)
    wakeup_bytes: int = 32
    max_telegrams: int = 32  # multi-telegram reads stop here


@dataclass(frozen=True, kw_only=True)
class Exchange:
    """One request's outcome on the bus."""

    answer: Answer
    frame: Frame | None = None
    raw: bytes = b""


@dataclass
class BusCounters:
    """Transactions and bus time spent, for scans and benchmarks."""

    transactions: int = 0
    timeouts: int = 0
    collisions: int = 0
    seconds: float = 0.0


@dataclass
class FoundMeter:
    """A meter found by a scan."""

    primary: int | None
    secondary: SecondaryAddress | None
    frame: LongFrame | None = None

    def as_row(self) -> dict[str, Any]:
        """Output fields: addresses, id, manufacturer letters, version, medium, collision flag."""
        sec = self.secondary
        return {
            "primary": self.primary,
            "secondary": sec.text() if sec else None,
            "id": sec.id if sec else None,
            "manufacturer": manufacturer_text(sec.manufacturer) if sec else None,
            "version": sec.version if sec else None,
            "medium": sec.medium if sec else None,
            "collision": sec is None and self.frame is None,
        }


@dataclass
class MbusMaster:
    """Talks to the slaves on `stream`; one request at a time."""

    stream: Stream
    options: MbusOptions = field(default_factory=MbusOptions)
    counters: BusCounters = field(default_factory=BusCounters)

    def __post_init__(self) -> None:
        self._rx = bytearray()
        self._arrived = asyncio.Event()
        self._closed: GwtermError | None = None
        self._lock = asyncio.Lock()
        self._fcb: dict[int, bool] = {}
        self._reader = asyncio.ensure_future(self._read_loop())

    async def _read_loop(self) -> None:
        try:
            while True:
                self._rx += await self.stream.read()
                self._arrived.set()
        except GwtermError as exc:
            self._closed = exc
            self._arrived.set()

    async def close(self) -> None:
        """Stop reading and close the stream."""
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reader
        await self.stream.close()

    # -- one request ------------------------------------------------------------------------

    async def exchange(self, frame: Frame, *, retries: int | None = None, expect: bool = True) -> Exchange:
        """Send a request, repeating it on silence; return what came back (nothing, clean, collision)."""
        attempts = 1 + (self.options.retries if retries is None else retries)
        async with self._lock:
            result = Exchange(answer=Answer.NOTHING)
            for _ in range(attempts):
                result = await self._once(frame.to_bytes(), expect)
                if result.answer is not Answer.NOTHING or not expect:
                    break
                self.counters.timeouts += 1
            if result.answer is Answer.COLLISION:
                self.counters.collisions += 1
                await asyncio.sleep(self.options.collision_idle)
            elif self.options.request_idle:
                await asyncio.sleep(self.options.request_idle)
            return result

    async def _once(self, request: bytes, expect: bool) -> Exchange:
        if self._closed is not None:
            raise self._closed
        started = time.monotonic()
        self._rx.clear()
        self.counters.transactions += 1
        preamble = WAKEUP * self.options.wakeup_bytes if self.options.wakeup else b""
        await self.stream.write(preamble + request)
        raw = await self._collect(len(preamble) + len(request) if self.options.echo else 0, expect)
        self.counters.seconds += time.monotonic() - started
        return classify(raw)

    async def _collect(self, echo_bytes: int, expect: bool) -> bytes:
        """One answer's bytes: wait for the first, then until silence, a whole frame, or the hard limit."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        deadline_first = start + self.options.response_timeout + echo_bytes * 0.002
        deadline_full = start + self.options.full_timeout
        last_size, last_change = 0, start
        while True:
            if self._closed is not None:
                raise self._closed
            data = bytes(self._rx[echo_bytes:]) if len(self._rx) >= echo_bytes else b""
            now = loop.time()
            if data and complete(data):
                return data
            if len(self._rx) != last_size:
                last_size, last_change = len(self._rx), now
            if not data and now >= deadline_first:
                return b""
            if data and now - last_change >= self.options.idle_timeout:
                return data
            if now >= deadline_full:
                return data
            if not expect and not data and now >= start + self.options.idle_timeout:
                return b""
            self._arrived.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(
                    self._arrived.wait(), max(0.005, min(self.options.idle_timeout, deadline_full - now))
                )

    # -- operations ---------------------------------------------------------------------------

    async def ping(self, address: int, *, retries: int | None = None) -> Answer:
        """SND_NKE: whether a slave answers at this primary address."""
        result = await self.exchange(snd_nke(address), retries=retries)
        if result.answer is Answer.CLEAN and not isinstance(result.frame, AckFrame):
            return Answer.COLLISION
        return result.answer

    async def request_data(self, address: int, *, retries: int | None = None) -> Exchange:
        """One REQ_UD2 with the FCB toggled from the previous one to this address."""
        fcb = not self._fcb.get(address, False)
        result = await self.exchange(req_ud2(address, fcb), retries=retries)
        if result.answer is Answer.CLEAN:
            self._fcb[address] = fcb  # a repeat after silence keeps the FCB; an answer moves it on
        return result

    async def read(self, address: int | SecondaryAddress) -> list[LongFrame]:
        """All telegrams of a meter (following 'more records follow'); DeviceTimeoutError if it is silent."""
        target = await self._address(address)
        telegrams: list[LongFrame] = []
        while len(telegrams) < self.options.max_telegrams:
            result = await self.request_data(target)
            if result.answer is Answer.NOTHING:
                raise DeviceTimeoutError(f"{self.stream.url}: no answer from meter {describe(address)}")
            if (
                result.answer is Answer.COLLISION
                or not isinstance(result.frame, LongFrame)
                or not is_rsp_ud(result.frame)
            ):
                raise RemoteProtocolError(
                    f"{self.stream.url}: garbled answer from meter {describe(address)} (collision?)"
                )
            telegrams.append(result.frame)
            try:
                more = decode_frame(result.frame).more_records_follow
            except DecodeError:
                more = False
            if not more:
                break
        return telegrams

    async def _address(self, address: int | SecondaryAddress) -> int:
        """The primary address to request from; selects a secondary address first."""
        if isinstance(address, SecondaryAddress):
            result = await self.exchange(select(address))
            if result.answer is Answer.NOTHING:
                raise DeviceTimeoutError(
                    f"{self.stream.url}: no meter answers to secondary address {address.text()}"
                )
            if result.answer is Answer.COLLISION:
                raise RemoteProtocolError(f"{self.stream.url}: several meters match {address.text()}")
            # an application reset makes the slave start again at its first telegram (EN 13757-3 §6.1)
            await self.exchange(application_reset(ADDRESS_NETWORK_LAYER), retries=0)
            self._fcb.pop(ADDRESS_NETWORK_LAYER, None)
            return ADDRESS_NETWORK_LAYER
        if not 0 <= address <= ADDRESS_MAX_PRIMARY and address != 254:
            raise RemoteProtocolError(f"primary address {address} is outside 0..250")
        result = await self.exchange(snd_nke(address))
        if result.answer is Answer.NOTHING:
            raise DeviceTimeoutError(f"{self.stream.url}: no meter answers at primary address {address}")
        self._fcb.pop(address, None)
        return address

    async def set_primary_address(self, address: int | SecondaryAddress, new: int) -> None:
        """Give a meter a new primary address, then check it answers there."""
        target = await self._address(address)
        result = await self.exchange(set_primary_address(target, new))
        if result.answer is not Answer.CLEAN or not isinstance(result.frame, AckFrame):
            raise RemoteProtocolError(f"{self.stream.url}: the meter did not confirm the new address {new}")
        if await self.ping(new) is not Answer.CLEAN:
            raise RemoteProtocolError(f"{self.stream.url}: nothing answers at the new address {new}")

    async def scan_primary(
        self, addresses: range = range(0, 251), progress: ScanProgress | None = None
    ) -> list[FoundMeter]:
        """Probe each primary address with SND_NKE, then read who answered."""
        found = []
        for n, address in enumerate(addresses):
            if progress:
                progress(n, len(addresses), f"{address}")
            answer = await self.ping(address, retries=self.options.scan_retries)
            if answer is Answer.NOTHING:
                continue
            if answer is Answer.COLLISION:
                found.append(FoundMeter(primary=address, secondary=None))
                continue
            self._fcb.pop(address, None)
            result = await self.request_data(address, retries=self.options.scan_retries)
            frame = result.frame if isinstance(result.frame, LongFrame) else None
            found.append(FoundMeter(primary=address, secondary=header_address(frame), frame=frame))
        if progress:
            progress(len(addresses), len(addresses), "")
        return found

    async def scan_secondary(
        self, progress: ScanProgress | None = None, *, root: SecondaryAddress | None = None
    ) -> tuple[list[FoundMeter], SecondaryScan]:
        """Find every meter by wildcard tree descent; also returns the planner with its counts."""
        plan = SecondaryScan(root=root) if root else SecondaryScan()
        await self.exchange(snd_nke(ADDRESS_NETWORK_LAYER), retries=0, expect=False)
        meters: list[FoundMeter] = []
        while (mask := plan.next_mask()) is not None:
            if progress:
                progress(len(plan.found), 0, mask.id)
            result = await self.exchange(select(mask), retries=self.options.scan_retries)
            answer = (
                result.answer
                if result.answer is not Answer.CLEAN or isinstance(result.frame, AckFrame)
                else Answer.COLLISION
            )
            plan.selected(answer)
            if plan.wants_read:
                self._fcb.pop(ADDRESS_NETWORK_LAYER, None)
                read = await self.request_data(ADDRESS_NETWORK_LAYER, retries=self.options.scan_retries)
                frame = read.frame if isinstance(read.frame, LongFrame) and is_rsp_ud(read.frame) else None
                address = header_address(frame)
                answer = (
                    read.answer
                    if (read.answer is not Answer.CLEAN or address is not None)
                    else Answer.COLLISION
                )
                plan.read(answer, address)
                if plan.wants_verify is not None:
                    check = await self.exchange(select(plan.wants_verify), retries=self.options.scan_retries)
                    clean = check.answer is Answer.CLEAN and isinstance(check.frame, AckFrame)
                    plan.verified(
                        Answer.CLEAN
                        if clean
                        else (Answer.NOTHING if check.answer is Answer.NOTHING else Answer.COLLISION)
                    )
                if (
                    address is not None
                    and address in plan.found
                    and all(m.secondary != address for m in meters)
                ):
                    meters.append(
                        FoundMeter(primary=frame.a if frame else None, secondary=address, frame=frame)
                    )
        await self.exchange(snd_nke(ADDRESS_NETWORK_LAYER), retries=0, expect=False)
        return meters, plan


def complete(data: bytes) -> bool:
    """Whether `data` is exactly one valid frame."""
    decoder = FrameDecoder()
    decoder.receive_data(data)
    frame = decoder.next_frame()
    return frame is not None and decoder.pending() == 0 and decoder.skipped == 0


def classify(raw: bytes) -> Exchange:
    """Nothing, one clean frame, or a collision (bytes that are not exactly one valid frame)."""
    if not raw:
        return Exchange(answer=Answer.NOTHING)
    decoder = FrameDecoder()
    decoder.receive_data(raw)
    frame = decoder.next_frame()
    if frame is None or decoder.skipped or decoder.pending():
        return Exchange(answer=Answer.COLLISION, raw=raw)
    return Exchange(answer=Answer.CLEAN, frame=frame, raw=raw)


def header_address(frame: LongFrame | None) -> SecondaryAddress | None:
    """The secondary address in a RSP_UD's long header (CI 72/76), if there is one."""
    if frame is None or frame.ci not in (0x72, 0x76) or len(frame.data) < 8:
        return None
    try:
        return SecondaryAddress.from_bytes(frame.data[:8])
    except GwtermError:
        return None


def describe(address: int | SecondaryAddress) -> str:
    """An address as a user writes it."""
    return address.text() if isinstance(address, SecondaryAddress) else str(address)
