"""A simulated M-Bus: meters answering a master's requests, colliding on the wire as a real bus does."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from app.errors import GwtermError
from app.protocols.mbus.frames import (
    ACK,
    ADDRESS_BROADCAST,
    ADDRESS_NETWORK_LAYER,
    ADDRESS_TEST,
    C_SND_NKE,
    CI_APPLICATION_RESET,
    CI_SELECT,
    CI_SET_PRIMARY,
    AckFrame,
    Frame,
    FrameDecoder,
    LongFrame,
    ShortFrame,
)
from app.protocols.mbus.secondary import SecondaryAddress
from app.sim.mbus_meters import MeterSet, SimMeter
from app.transports import Stream

WAKEUP_BYTE = 0x55


@dataclass
class BusStats:
    """What crossed the simulated bus."""

    requests: int = 0
    answered: int = 0
    collisions: int = 0
    request_bytes: int = 0
    response_bytes: int = 0


def overlay(answers: list[tuple[float, bytes]], byte_time: float) -> bytes:
    """Several slaves sending at once: a space (0 bit) from anyone wins, so bytes combine by AND."""
    if len(answers) == 1:
        return answers[0][1]
    start = min(delay for delay, _ in answers)
    slots: dict[int, int] = {}
    for delay, data in answers:
        shift = round((delay - start) / byte_time) if byte_time else 0
        for i, byte in enumerate(data):
            slots[shift + i] = slots.get(shift + i, 0xFF) & byte
    return bytes(slots[i] for i in range(max(slots) + 1))


@dataclass
class MbusBusSimulator:
    """Serves one master on a byte stream; `echo` mimics level converters that echo what they send."""

    meters: MeterSet
    echo: bool = False
    byte_time: float = 11 / 2400
    stats: BusStats = field(default_factory=BusStats)
    asleep_until_woken: set[int] = field(default_factory=set)  # primary addresses of battery meters
    _woken: set[int] = field(default_factory=set)

    def answer(self, frame: Frame, *, woken: bool = False) -> tuple[bytes, float]:
        """The bytes the bus carries back for one request, and after how long (0 delay when silent)."""
        self.stats.requests += 1
        if woken:
            self._woken |= self.asleep_until_woken
        responders = self._addressed(frame)
        awake = [
            m for m in responders if m.primary not in self.asleep_until_woken or m.primary in self._woken
        ]
        answers = [(m.response_delay, reply) for m in awake if (reply := self._apply(m, frame)) is not None]
        if not answers:
            return b"", 0.0
        self.stats.answered += 1
        if len(answers) > 1:
            self.stats.collisions += 1
        data = overlay(answers, self.byte_time)
        self.stats.response_bytes += len(data)
        return data, min(delay for delay, _ in answers)

    def _addressed(self, frame: Frame) -> list[SimMeter]:
        if isinstance(frame, AckFrame):
            return []
        address = frame.a
        if address == ADDRESS_BROADCAST:
            for meter in self.meters.meters:
                self._apply(meter, frame)
            return []
        if isinstance(frame, LongFrame) and frame.ci == CI_SELECT and address == ADDRESS_NETWORK_LAYER:
            try:
                mask = SecondaryAddress.from_bytes(frame.data[:8])
            except GwtermError:
                return []
            for meter in self.meters.meters:
                meter.selected = mask.matches(meter.secondary)
                if meter.selected:
                    meter.last_fcb = None  # a selection opens a new link: the next FCB counts as fresh
            return [m for m in self.meters.meters if m.selected]
        if address == ADDRESS_NETWORK_LAYER:
            return [m for m in self.meters.meters if m.selected]
        if address == ADDRESS_TEST:
            return list(self.meters.meters)
        return [m for m in self.meters.meters if m.primary == address]

    def _apply(self, meter: SimMeter, frame: Frame) -> bytes | None:
        if isinstance(frame, ShortFrame):
            if frame.c == C_SND_NKE:
                meter.reset()
                if frame.a == ADDRESS_NETWORK_LAYER:
                    meter.selected = False
                return bytes((ACK,))
            if frame.c & 0xCF == 0x4B:  # REQ_UD2 (5B/7B)
                return meter.respond(bool(frame.c & 0x20)).to_bytes()
            return None  # REQ_UD1: these meters have no alarm data (EN 13757-2: no answer is allowed)
        if isinstance(frame, LongFrame) and frame.c & 0xCF == 0x43:  # SND_UD (53/73)
            if frame.ci == CI_SET_PRIMARY and frame.data[:2] == b"\x01\x7a" and len(frame.data) >= 3:
                meter.primary = frame.data[2]
            elif frame.ci == CI_APPLICATION_RESET:
                meter.reset()
            return bytes((ACK,))
        return None

    async def serve(self, stream: Stream) -> None:
        """Answer requests arriving on `stream` until it closes."""
        decoder = FrameDecoder()
        wake_run = 0
        while True:
            try:
                data = await stream.read()
            except GwtermError:
                return
            self.stats.request_bytes += len(data)
            if self.echo:
                await stream.write(data)
            requests: list[tuple[Frame, bool]] = []
            for byte in data:
                if byte == WAKEUP_BYTE and decoder.pending() == 0:
                    wake_run += 1  # a wake-up preamble between frames (battery meters need >= 8)
                    continue
                decoder.receive_data(bytes((byte,)))
                while (frame := decoder.next_frame()) is not None:
                    requests.append((frame, wake_run >= 8))
                    wake_run = 0
            for frame, woken in requests:
                reply, delay = self.answer(frame, woken=woken)
                if reply:
                    if delay:
                        await asyncio.sleep(delay)
                    await stream.write(reply)
