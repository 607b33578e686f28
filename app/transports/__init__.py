"""Byte streams opened by URL (serial, tcp, tls, loop), with trace hooks."""

from app.transports.registry import Listener, listen, open_stream
from app.transports.stream import RX, TX, Stream, TraceHook

__all__ = ["RX", "TX", "Listener", "Stream", "TraceHook", "listen", "open_stream"]
