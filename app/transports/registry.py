"""Open a stream, or listen for streams, by URL."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from collections.abc import Awaitable, Callable
from typing import Protocol

from app.errors import TransportError, ValidationError
from app.transports.stream import Stream
from app.transports.url import ConnectionUrl, parse_url, serial_format

Handler = Callable[[Stream], Awaitable[None]]
DEFAULT_PORT = 9001
_loop_servers: dict[str, Handler] = {}


class Listener(Protocol):
    """A running server; `close()` stops accepting and ends its connections."""

    url: str

    async def close(self) -> None:
        """Stop listening."""


async def open_stream(text: str, *, timeout: float = 10.0) -> Stream:
    """Connect to the URL; TransportError says why not."""
    url = parse_url(text, default_port=DEFAULT_PORT)
    if url.scheme == "csd":  # ringing and connecting a data call takes longer than a TCP connect
        from app.transports.csd import dial_timeout  # noqa: PLC0415

        timeout = max(timeout, dial_timeout(url) + 20.0)
    try:
        return await asyncio.wait_for(_open(url), timeout)
    except TimeoutError:
        raise TransportError(f"{text}: no connection within {timeout:g} s") from None
    except ssl.SSLError as exc:
        raise TransportError(f"{text}: TLS handshake failed: {exc.reason or exc}") from None
    except OSError as exc:
        raise TransportError(f"{text}: cannot connect: {exc.strerror or exc}") from None


async def _open(url: ConnectionUrl) -> Stream:
    if url.scheme == "tcp":
        reader, writer = await asyncio.open_connection(url.host, url.port)
        _tune_socket(writer)
        return Stream(url.text, reader, writer)
    if url.scheme == "tls":
        context = client_tls_context(url)
        server_name = url.option("server_name") or url.host
        reader, writer = await asyncio.open_connection(
            url.host, url.port, ssl=context, server_hostname=server_name
        )
        _tune_socket(writer)
        return Stream(url.text, reader, writer)
    if url.scheme == "serial":
        return await _open_serial(url)
    if url.scheme == "csd":
        from app.transports.csd import open_csd  # noqa: PLC0415 - the AT stack only for GSM users

        return await open_csd(url)
    if url.scheme == "sms":
        raise TransportError(
            f"{url.text}: sms:// is a message channel, not a byte stream (only SMS dialects run over it)"
        )
    if url.scheme == "loop":
        handler = _loop_servers.get(url.host)
        if handler is None:
            raise TransportError(f"{url.text}: nothing listens on loop://{url.host}")
        ours, theirs = socket.socketpair()
        their_stream = Stream(url.text, *await asyncio.open_connection(sock=theirs))
        _spawn(handler(their_stream), their_stream)
        return Stream(url.text, *await asyncio.open_connection(sock=ours))
    raise TransportError(f"{url.text}: {url.scheme}:// is not a byte stream transport")


async def _open_serial(url: ConnectionUrl) -> Stream:
    import serial  # noqa: PLC0415 - only serial users pay for the import
    import serial_asyncio_fast  # noqa: PLC0415

    bytesize, parity, stopbits = serial_format(url.option("format", "8N1"))
    try:
        baud = int(url.option("baud", "9600"))
    except ValueError:
        raise ValidationError("url", f"{url.text}: baud must be a number") from None
    try:
        reader, writer = await serial_asyncio_fast.open_serial_connection(
            url=url.path, baudrate=baud, bytesize=bytesize, parity=parity, stopbits=stopbits
        )
    except (serial.SerialException, OSError) as exc:  # termios.error is an OSError on some systems
        raise TransportError(f"{url.text}: cannot open serial port: {exc}") from None
    except Exception as exc:  # termios.error (not an OSError) when the device refuses the line settings
        if type(exc).__module__ != "termios":
            raise
        raise TransportError(
            f"{url.text}: the port refuses {bytesize}{parity}{stopbits:g} at {baud} baud: {exc}"
        ) from None
    return Stream(url.text, reader, writer)


def client_tls_context(url: ConnectionUrl) -> ssl.SSLContext:
    """TLS client settings from the URL: `ca`, `cert`, `key`, `insecure=1`."""
    context = ssl.create_default_context(cafile=url.option("ca") or None)
    if url.option("cert"):
        context.load_cert_chain(url.option("cert"), url.option("key") or None)
    if url.option("insecure") in ("1", "true", "yes"):
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def server_tls_context(url: ConnectionUrl) -> ssl.SSLContext:
    """TLS server settings from the URL: `cert`, `key`, and `ca` to require client certificates."""
    if not url.option("cert"):
        raise ValidationError("url", f"{url.text}: a TLS listener needs cert= (and key=)")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(url.option("cert"), url.option("key") or None)
    if url.option("ca"):
        context.load_verify_locations(url.option("ca"))
        context.verify_mode = ssl.CERT_REQUIRED
    return context


def _tune_socket(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


_tasks: set[asyncio.Task[None]] = set()


def _spawn(coro: Awaitable[None], stream: Stream) -> asyncio.Task[None]:
    async def run() -> None:
        try:
            await coro
        finally:
            await stream.close()

    task = asyncio.ensure_future(run())
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return task


class _SocketListener:
    def __init__(self, url: str, server: asyncio.Server, tasks: set[asyncio.Task[None]]) -> None:
        self.url = url
        self._server = server
        self._tasks = tasks

    @property
    def port(self) -> int:
        """The bound port (useful with port 0)."""
        return int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 2)


class _LoopListener:
    def __init__(self, url: str, name: str) -> None:
        self.url = url
        self._name = name

    async def close(self) -> None:
        _loop_servers.pop(self._name, None)


class _SerialListener:
    def __init__(self, url: str, task: asyncio.Task[None]) -> None:
        self.url = url
        self._task = task

    async def close(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._task


async def listen(text: str, handler: Handler) -> Listener:
    """Serve `handler` for each stream that arrives at the URL (serial: the port itself, reopened)."""
    url = parse_url(text, default_port=DEFAULT_PORT)
    if url.scheme in ("tcp", "tls"):
        tasks: set[asyncio.Task[None]] = set()
        context = server_tls_context(url) if url.scheme == "tls" else None

        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            _tune_socket(writer)
            peer = writer.get_extra_info("peername")
            stream = Stream(f"{url.scheme}://{peer[0]}:{peer[1]}" if peer else text, reader, writer)
            task = asyncio.current_task()
            assert task is not None
            tasks.add(task)
            try:
                await handler(stream)
            except asyncio.CancelledError:
                pass  # the listener closed: the connection ends here (asyncio would log a cancelled callback)
            finally:
                tasks.discard(task)
                await stream.close()

        try:
            server = await asyncio.start_server(accept, url.host, url.port, ssl=context)
        except OSError as exc:
            raise TransportError(f"{text}: cannot listen: {exc.strerror or exc}") from None
        return _SocketListener(text, server, tasks)
    if url.scheme == "loop":
        if url.host in _loop_servers:
            raise TransportError(f"{text}: already in use")
        _loop_servers[url.host] = handler
        return _LoopListener(text, url.host)
    if url.scheme == "serial":
        stream = await open_stream(text)

        async def serve_port() -> None:
            try:
                await handler(stream)
            finally:
                await stream.close()

        return _SerialListener(text, asyncio.ensure_future(serve_port()))
    raise TransportError(f"{text}: cannot listen on {url.scheme}://")
