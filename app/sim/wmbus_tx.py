"""Simulated wireless meters: water meters sending encrypted telegrams, heard through a simulated receiver."""

from __future__ import annotations

import asyncio
import os
import random
from dataclasses import dataclass, field
from decimal import Decimal

from app.errors import GwtermError
from app.protocols.mbus.datatypes import Coding
from app.protocols.mbus.records import Record, build_record
from app.protocols.wmbus import im871a
from app.protocols.wmbus.telegram import encode_telegram
from app.transports import Stream

DEVICE_WATER = 0x07
VOLUME_LITRE = b"\x13"  # VIF 13h: volume in 10^-3 m^3
FLOW_LITRE_H = b"\x3b"  # VIF 3Bh: volume flow in 10^-3 m^3/h


@dataclass
class SimWirelessMeter:
    """A meter that counts up and sends a telegram each `interval` seconds (mode 5, 7 or 0)."""

    id: str
    key: bytes = field(default_factory=lambda: os.urandom(16))
    mode: int = 5
    manufacturer: str = "GWT"
    version: int = 0x01
    device_type: int = DEVICE_WATER
    interval: float = 10.0
    litres: int = 0
    access_number: int = 0

    def records(self) -> list[Record]:
        """The values this telegram carries."""
        return [
            build_record(vib=VOLUME_LITRE, coding=Coding.INT32, value=Decimal(self.litres) / 1000),
            build_record(
                vib=FLOW_LITRE_H, coding=Coding.INT16, value=Decimal(random.randrange(0, 900)) / 1000
            ),
        ]

    def next_telegram(self, *, rssi: int | None = None) -> bytes:
        """The next telegram (link-layer CRCs stripped, as receivers hand them over)."""
        self.litres += random.randrange(1, 40)
        self.access_number = (self.access_number + 1) & 0xFF
        return encode_telegram(
            manufacturer=self.manufacturer,
            meter_id=self.id,
            version=self.version,
            device_type=self.device_type,
            records=self.records(),
            access_number=self.access_number,
            mode=self.mode,
            key=self.key if self.mode else None,
            crc=False,
            rssi=rssi,
        )


@dataclass
class SimulatedAir:
    """The meters in range of a receiver; `serve` plays them onto a stream as an iM871A stick or hex lines."""

    meters: list[SimWirelessMeter]
    receiver: str = "im871a"
    speedup: float = 1.0  # >1 sends faster than the meters' intervals (tests)

    @classmethod
    def generated(cls, count: int, *, mode: int = 5, interval: float = 10.0, seed: int = 3) -> SimulatedAir:
        """`count` water meters with random ids and keys."""
        rng = random.Random(seed)
        meters = [
            SimWirelessMeter(
                id=f"{rng.randrange(10**8):08d}",
                key=bytes(rng.randrange(256) for _ in range(16)),
                mode=mode,
                interval=interval,
            )
            for _ in range(count)
        ]
        return cls(meters)

    def frame(self, meter: SimWirelessMeter) -> bytes:
        """One transmission as the receiver passes it to the host."""
        rssi = random.randrange(0x40, 0xC0)
        telegram = meter.next_telegram()
        if self.receiver == "im871a":
            return im871a.indication(telegram, rssi=rssi)
        return (telegram.hex().upper() + "\n").encode()

    async def serve(self, stream: Stream) -> None:
        """Transmit until the stream closes; meters start at random offsets within their interval."""
        loop = asyncio.get_running_loop()
        due = {m.id: loop.time() + random.random() * m.interval / self.speedup for m in self.meters}
        try:
            while True:
                meter = min(self.meters, key=lambda m: due[m.id])
                await asyncio.sleep(max(0.0, due[meter.id] - loop.time()))
                await stream.write(self.frame(meter))
                due[meter.id] = loop.time() + meter.interval / self.speedup
        except GwtermError:
            return

    def keys_csv(self) -> str:
        """The meters' keys in the CMe3100 columns, ready for `gwterm keys import`."""
        lines = ["Address;Key;Manufacturer;DeviceType;Version"]
        lines += [
            f"{m.id};{m.key.hex().upper()};{m.manufacturer};{m.device_type};{m.version}" for m in self.meters
        ]
        return "\n".join(lines) + "\n"
