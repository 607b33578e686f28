"""Simulated M-Bus meters: their addresses and the RSP_UD telegrams they answer with."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.protocols.mbus.datatypes import encode_datetime_f
from app.protocols.mbus.frames import C_RSP_UD, LongFrame, parse_hex
from app.protocols.mbus.secondary import SecondaryAddress, manufacturer_code

MEDIUM_WATER = 0x07
MEDIUM_HEAT = 0x04


@dataclass
class LiveWater:
    """A water meter whose volume grows with its flow as time passes, so stored readings make a curve."""

    litres: float
    flow_lph: float
    rng: random.Random
    clock: Callable[[], float] = time.time
    since: float = 0.0

    def records(self) -> bytes:
        """The records as of now: volume, date and time, storage 1 volume, error flags, volume flow."""
        now = self.clock()
        if self.since:
            self.litres += self.flow_lph * max(0.0, now - self.since) / 3600
        self.since = now
        self.flow_lph = min(2499.0, max(5.0, self.flow_lph * self.rng.uniform(0.8, 1.25)))
        t = time.gmtime(now)
        volume = int(self.litres)
        return (
            b"\x0c\x13" + _bcd(volume, 8)
            + b"\x04\x6d" + encode_datetime_f(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min)
            + b"\x4c\x13" + _bcd(volume // 2, 8)
            + b"\x02\xfd\x17" + bytes((0, 0))
            + b"\x0b\x3b" + _bcd(int(self.flow_lph), 6)
        )  # fmt: skip


@dataclass
class SimMeter:
    """A slave: primary and secondary address, telegrams (CI + data) sent one after another."""

    primary: int
    secondary: SecondaryAddress
    telegrams: list[tuple[int, bytes]]
    response_delay: float = 0.0
    access_number: int = 0
    next_telegram: int = 0
    last_fcb: bool | None = None
    selected: bool = False
    live: LiveWater | None = None  # values that move with time (a one-telegram meter)

    def reset(self) -> None:
        """SND_NKE: start again with the first telegram and a fresh FCB."""
        self.next_telegram = 0
        self.last_fcb = None

    def respond(self, fcb: bool) -> LongFrame:
        """The RSP_UD for a REQ_UD2 with this FCB: the same telegram again if the FCB did not toggle."""
        if self.last_fcb is not None and fcb == self.last_fcb:
            index = (self.next_telegram - 1) % len(self.telegrams)  # a repeated request: repeat the answer
        else:
            index = self.next_telegram % len(self.telegrams)
            self.next_telegram = index + 1
            self.access_number = (self.access_number + 1) & 0xFF
            if self.live is not None and len(self.telegrams) == 1:  # a fresh request: fresh values
                ci, data = self.telegrams[0]
                self.telegrams[0] = (ci, data[:12] + self.live.records())
        self.last_fcb = fcb
        ci, data = self.telegrams[index]
        if ci == 0x72 and len(data) >= 12:
            data = data[:8] + bytes((self.access_number,)) + data[9:]
        return LongFrame(c=C_RSP_UD, a=self.primary, ci=ci, data=data)


def _bcd(value: int, digits: int) -> bytes:
    text = f"{value:0{digits}d}"[-digits:]
    return bytes.fromhex(text)[::-1]


def generated_meter(
    primary: int,
    ident: str,
    *,
    telegrams: int = 1,
    medium: int = MEDIUM_WATER,
    seed: int = 0,
    live: bool = False,
) -> SimMeter:
    """A water (or heat) meter with plausible records; with telegrams > 1 it uses 'more records follow';
    `live` (one telegram): its volume grows with its flow between reads."""
    rng = random.Random(seed or int(ident))
    secondary = SecondaryAddress(id=ident, manufacturer=manufacturer_code("GWT"), version=0x01, medium=medium)
    header = secondary.to_bytes() + bytes((0, 0x00)) + b"\x00\x00"  # access number, status, signature
    frames: list[tuple[int, bytes]] = []
    volume = rng.randrange(1, 10_000_000)
    for index in range(telegrams):
        records = bytearray()
        records += b"\x0c\x13" + _bcd(volume + index, 8)  # volume, 8-digit BCD, litres
        records += b"\x04\x6d" + bytes((0x05, 0x0C, 0x21, 0x1B))  # date and time (type F)
        records += b"\x4c\x13" + _bcd(volume // 2 + index, 8)  # storage 1 volume
        records += b"\x02\xfd\x17" + bytes((0, 0))  # error flags
        records += b"\x0b\x3b" + _bcd(rng.randrange(0, 2500), 6)  # volume flow
        if index < telegrams - 1:
            records += b"\x1f"  # more records follow in the next telegram
        frames.append((0x72, header + bytes(records)))
    meter = SimMeter(primary=primary, secondary=secondary, telegrams=frames)
    if live and telegrams == 1:
        meter.live = LiveWater(litres=float(volume), flow_lph=float(rng.randrange(20, 800)), rng=rng)
    return meter


def meter_from_hex(primary: int, path: Path) -> SimMeter:
    """A meter that answers with a real captured RSP_UD frame (hex text file)."""
    frame = parse_hex(path.read_text(encoding="utf-8"))
    if not isinstance(frame, LongFrame) or frame.ci not in (0x72, 0x76) or len(frame.data) < 8:
        raise ValueError(f"{path}: not a RSP_UD with a long header")
    secondary = SecondaryAddress.from_bytes(frame.data[:8])
    return SimMeter(primary=primary, secondary=secondary, telegrams=[(frame.ci, frame.data)])


@dataclass
class MeterSet:
    """The meters on one bus."""

    meters: list[SimMeter] = field(default_factory=list)

    @classmethod
    def generated(
        cls, count: int, *, prefix: str = "", telegrams: int = 1, seed: int = 7, live: bool = False
    ) -> MeterSet:
        """`count` meters with distinct ids; a prefix makes ids share leading digits (a hard scan);
        `live`: values that move with time."""
        rng = random.Random(seed)
        ids: set[str] = set()
        width = 8 - len(prefix)
        while len(ids) < count:
            ids.add(prefix + f"{rng.randrange(10**width):0{width}d}")
        return cls(
            [
                generated_meter(n % 250 + 1, ident, telegrams=telegrams, live=live)
                for n, ident in enumerate(sorted(ids))
            ]
        )
