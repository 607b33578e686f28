"""Changing an open serial port's speed and data format in place."""

from __future__ import annotations

import asyncio
from typing import Any

from app.errors import TransportError
from app.transports.stream import Stream
from app.transports.url import serial_format


def pyserial_port(stream: Stream) -> Any:
    """The pyserial object behind a serial Stream; None when the stream is not a local serial port."""
    port = stream.extra_info("serial")
    return port if hasattr(port, "baudrate") and hasattr(port, "flush") else None


async def set_line(stream: Stream, baud: int, data_format: str) -> bool:
    """Drain what was sent, then switch the port to `baud` and `data_format`; False if not a serial port."""
    port = pyserial_port(stream)
    if port is None:
        return False
    bits, parity, stop = serial_format(data_format)
    try:
        # a switch must follow the last byte out of the UART (tcdrain), not the last byte queued
        await asyncio.get_running_loop().run_in_executor(None, port.flush)
        port.baudrate, port.bytesize, port.parity, port.stopbits = baud, bits, parity, stop
    except Exception as exc:  # SerialException, termios.error, ValueError: the port refuses
        raise TransportError(f"{stream.url}: cannot switch to {baud} Bd {data_format}: {exc}") from None
    return True
