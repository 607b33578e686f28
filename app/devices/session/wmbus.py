"""Wireless M-Bus receivers: an iM871A stick, hex lines (file, stdin, TCP), the simulator's stream."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import GwtermError, ValidationError
from app.protocols.wmbus import im871a
from app.transports import Stream, open_stream
from app.transports.url import parse_url


@dataclass(frozen=True, kw_only=True)
class Received:
    """One telegram as it came off the air (or the file): bytes with L-field, signal in dBm if known, time."""

    raw: bytes
    rssi: int | None  # dBm, from a receiver that reports it on a known scale
    at: float
    source: str


def hex_telegram(line: str) -> bytes | None:
    """A telegram from a hex line: plain hex, or rtl-wmbus style `T1;1;1;…;0x4E44…` (last field)."""
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    field = text.split(";")[-1].strip()
    field = field[2:] if field.lower().startswith("0x") else field
    try:
        return bytes.fromhex(field.replace(" ", ""))
    except ValueError:
        return None


async def receive(source: str, *, mode: str = "t1") -> AsyncIterator[Received]:
    """Telegrams from SOURCE: a file or '-' (hex lines), or a URL (`?receiver=im871a|hex`)."""
    if source == "-" or "://" not in source:
        async for item in _hex_file(source):
            yield item
        return
    url = parse_url(source)
    kind = url.option("receiver", "im871a" if url.scheme == "serial" else "hex")
    if kind not in ("im871a", "hex"):
        raise ValidationError("receiver", f"unknown receiver '{kind}' (im871a or hex)")
    target = source
    if url.scheme == "serial" and "baud=" not in source:
        target += ("&" if "?" in source else "?") + f"baud={im871a.BAUD}"
    stream = await open_stream(target)
    try:
        if kind == "im871a":
            await stream.write(im871a.set_link_mode(url.option("mode", mode)))
            async for item in _hci(stream, source):
                yield item
        else:
            async for item in _hex_stream(stream, source):
                yield item
    finally:
        await stream.close()


async def _hci(stream: Stream, source: str) -> AsyncIterator[Received]:
    decoder = im871a.HciDecoder()
    while True:
        try:
            data = await stream.read()
        except GwtermError:
            return
        decoder.receive_data(data)
        while (message := decoder.next_message()) is not None:
            telegram = message.telegram
            if telegram is not None:
                rssi = im871a.rssi_dbm(message.rssi) if message.rssi is not None else None
                yield Received(raw=telegram, rssi=rssi, at=time.time(), source=source)


async def _hex_stream(stream: Stream, source: str) -> AsyncIterator[Received]:
    pending = b""
    while True:
        try:
            pending += await stream.read()
        except GwtermError:
            return
        *lines, pending = pending.split(b"\n")
        for line in lines:
            raw = hex_telegram(line.decode("ascii", errors="replace"))
            if raw:
                yield Received(raw=raw, rssi=None, at=time.time(), source=source)


async def _hex_file(source: str) -> AsyncIterator[Received]:
    if source == "-":
        loop = asyncio.get_running_loop()
        while line := await loop.run_in_executor(None, sys.stdin.readline):
            raw = hex_telegram(line)
            if raw:
                yield Received(raw=raw, rssi=None, at=time.time(), source="stdin")
        return
    try:
        text = Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ValidationError(source, f"cannot read ({exc.strerror or exc})") from None
    for line in text.splitlines():
        raw = hex_telegram(line)
        if raw:
            yield Received(raw=raw, rssi=None, at=time.time(), source=source)
