"""A gwcp session with one device: timeouts, retransmission, the request lock, windowed transfers."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.errors import (
    AuthError,
    DeviceError,
    DeviceTimeoutError,
    GwtermError,
    LockedOutError,
    RemoteProtocolError,
    TransportError,
)
from app.protocols.gwcp.connection import ClientConnection, Duplicate, Malformed, Message
from app.protocols.gwcp.messages import ErrorCode, MsgType
from app.transports import Stream, TraceHook, open_stream

Progress = Callable[[int, int], None]
SLOW_TIMEOUT = 30.0  # REPORT_TEST, REPORT_NOW, READ_NOW: the device answers within 20 s (docs/gwcp.md §3.4)


@dataclass(frozen=True, kw_only=True)
class SessionOptions:
    """Timing of a session: seconds of silence before a retry, and how many retries."""

    timeout: float = 3.0
    retries: int = 3
    encrypt: bool = False
    connect_timeout: float = 10.0
    window: int = 8192
    chunk: int = 1024
    line_rate: float = 960.0  # bytes/s of the slowest link allowed for (9600 baud) before silence counts


class GwcpSession:
    """Requests to one device over one stream, one at a time, with retransmission on silence."""

    def __init__(self, stream: Stream, options: SessionOptions | None = None) -> None:
        self.stream = stream
        self.options = options or SessionOptions()
        self.conn = ClientConnection()
        self.round_trips = 0
        self.device: dict[str, Any] = {}
        self._lock = asyncio.Lock()
        self._replies: asyncio.Queue[Message | Malformed | None] = asyncio.Queue()
        self._last_rx = time.monotonic()
        self._failure: GwtermError | None = None
        self._reader = asyncio.ensure_future(self._read_loop())

    @classmethod
    async def connect(
        cls,
        url: str,
        password: str,
        options: SessionOptions | None = None,
        *,
        trace: TraceHook | None = None,
    ) -> GwcpSession:
        """Open the URL and log in; AuthError, TransportError or DeviceTimeoutError say why not."""
        opts = options or SessionOptions()
        stream = await open_stream(url, timeout=opts.connect_timeout)
        if trace is not None:
            stream.subscribe(trace)
        session = cls(stream, opts)
        try:
            await session.login(password)
        except BaseException:
            await session.close(polite=False)
            raise
        return session

    async def _read_loop(self) -> None:
        try:
            while True:
                data = await self.stream.read()
                self._last_rx = time.monotonic()
                self.conn.receive_data(data)
                while (event := self.conn.next_event()) is not None:
                    if not isinstance(event, Duplicate):
                        self._replies.put_nowait(event)
        except GwtermError as exc:
            self._failure = exc
        except asyncio.CancelledError:
            self._failure = TransportError(f"{self.stream.url}: session closed")
            raise
        finally:
            self._replies.put_nowait(None)

    async def _wait_reply(
        self, seq: int, resend: Callable[[], bytes] | None, sent: int = 0, timeout: float | None = None
    ) -> Message:
        """The reply to `seq`, resending after each silent timeout; stale replies are dropped."""
        attempts = 0
        # the device cannot answer before our request has crossed the line
        allowance = sent / self.options.line_rate
        silence = self.options.timeout if timeout is None else timeout
        while True:
            if self._failure is not None:
                raise self._failure
            limit = silence + allowance
            silence = time.monotonic() - self._last_rx
            try:
                event = await asyncio.wait_for(self._next_reply(), max(0.01, limit - silence))
            except TimeoutError:
                if self._failure is not None:
                    raise self._failure from None
                if time.monotonic() - self._last_rx < limit:
                    continue  # bytes are still arriving: the reply is on its way
                attempts += 1
                if resend is None or attempts > self.options.retries:
                    raise DeviceTimeoutError(
                        f"{self.stream.url}: no answer after {attempts} tries of {silence:g} s"
                    ) from None
                self._last_rx = time.monotonic()
                await self.stream.write(resend())
                continue
            if event.seq == seq:
                if isinstance(event, Malformed):
                    raise RemoteProtocolError(f"malformed reply from the device: {event.reason}")
                return event

    async def _next_reply(self) -> Message | Malformed:
        event = await self._replies.get()
        if event is None:
            self._replies.put_nowait(None)  # every later wait fails the same way
            raise self._failure or TransportError(f"{self.stream.url}: link closed")
        return event

    async def request(
        self, mtype: MsgType, body: dict[str, Any] | None = None, *, timeout: float | None = None
    ) -> dict[str, Any]:
        """Send one request and return its reply body; DeviceError for an error reply.

        `timeout` replaces the silence before a retry for a request the device takes long to answer.
        """
        async with self._lock:
            seq, data = self.conn.request(mtype, body)
            return await self._exchange(seq, data, timeout)

    async def _exchange(self, seq: int, data: bytes, timeout: float | None = None) -> dict[str, Any]:
        self._last_rx = time.monotonic()
        await self.stream.write(data)
        self.round_trips += 1
        reply = await self._wait_reply(seq, lambda: self.conn.resend(seq), len(data), timeout)
        if reply.is_error:
            raise _device_error(reply.body)
        return reply.body

    async def login(self, password: str) -> None:
        """HELLO then LOGIN; AuthError for a wrong password or a locked device."""
        async with self._lock:
            seq, data = self.conn.hello()
            self.device = await self._exchange(seq, data)
            seq, data = self.conn.login(self.device, password, encrypt=self.options.encrypt)
            try:
                reply = await self._exchange(seq, data)
            except DeviceError as exc:
                if exc.code == ErrorCode.LOCKED.value:
                    raise LockedOutError(f"{self.stream.url}: {exc}", retry_after=exc.retry_after) from None
                if exc.code == ErrorCode.AUTH_FAILED.value:
                    raise AuthError(f"{self.stream.url}: {exc}") from None
                raise
            self.conn.login_succeeded(reply)

    async def info(self) -> dict[str, Any]:
        """Device information fields."""
        return await self.request(MsgType.INFO)

    async def get(self, keys: list[str] | None = None) -> dict[str, Any]:
        """Parameter values (all when `keys` is None) and the list of secrets that are set."""
        return await self.request(MsgType.GET, {"keys": keys})

    async def set(self, values: dict[str, Any]) -> dict[str, Any]:
        """Write a batch atomically; DeviceError with per-key errors if any value is refused."""
        return await self.request(MsgType.SET, {"values": values})

    async def log(self, after: int = 0, limit: int = 200) -> list[dict[str, Any]]:
        """Device log entries newer than `after`."""
        reply = await self.request(MsgType.LOG, {"after": after, "limit": limit})
        return list(reply.get("entries", []))

    async def readings(self) -> list[dict[str, Any]]:
        """The latest meter readings the device keeps (every page)."""
        return (await self.latest())["meters"]

    async def latest(self) -> dict[str, list[dict[str, Any]]]:
        """`{"meters": [...], "heard": [...]}`: READINGS page by page until `next` is null."""
        out: dict[str, list[dict[str, Any]]] = {"meters": [], "heard": []}
        cursor: str | None = None
        for _ in range(100_000):  # a device that never ends its pages is a broken one
            reply = await self.request(MsgType.READINGS, {} if cursor is None else {"cursor": cursor})
            out["meters"] += list(reply.get("meters", []))
            out["heard"] += list(reply.get("heard", []))
            if not reply.get("next"):
                break
            cursor = str(reply["next"])
        return out

    async def restart(self) -> dict[str, Any]:
        """Ask the device to restart."""
        return await self.request(MsgType.RESTART)

    async def data(
        self,
        *,
        meter: str | None = None,
        start: int | None = None,
        end: int | None = None,
        cursor: str | None = None,
        limit: int = 1000,
        form: str | None = None,
    ) -> dict[str, Any]:
        """One page of stored readings: `{"readings": [...], "next": cursor or None}` (DATA); form "table":
        `{"form": "table", "meters", "keys", "rows", "next"}` from a device that knows it."""
        body = {"meter": meter, "from": start, "to": end, "cursor": cursor, "limit": limit, "form": form}
        return await self.request(MsgType.DATA, {k: v for k, v in body.items() if v is not None})

    async def meters(self, *, cursor: str | None = None, limit: int = 1000) -> dict[str, Any]:
        """One page of the meters the device has stored readings of (METERS)."""
        body: dict[str, Any] = {"limit": limit} if cursor is None else {"cursor": cursor, "limit": limit}
        return await self.request(MsgType.METERS, body)

    async def events(self, *, cursor: str | None = None, limit: int = 1000) -> dict[str, Any]:
        """One page of recorded events, oldest first (EVENTS)."""
        body: dict[str, Any] = {"limit": limit} if cursor is None else {"cursor": cursor, "limit": limit}
        return await self.request(MsgType.EVENTS, body)

    async def report_status(self) -> dict[str, Any]:
        """The readout cycle and every report instance's queue (REPORT_STATUS)."""
        return await self.request(MsgType.REPORT_STATUS)

    async def report_test(
        self, instance: int, values: dict[str, Any], *, password: str | None = None
    ) -> dict[str, Any]:
        """Send a test report with these (maybe unsaved) wire values; the server's answer (REPORT_TEST)."""
        body: dict[str, Any] = {"instance": instance, "values": values}
        if password is not None:
            body["password"] = password
        return await self.request(MsgType.REPORT_TEST, body, timeout=max(self.options.timeout, SLOW_TIMEOUT))

    async def report_now(self, instance: int) -> dict[str, Any]:
        """Seal and deliver what report `instance` has waiting (REPORT_NOW)."""
        return await self.request(
            MsgType.REPORT_NOW, {"instance": instance}, timeout=max(self.options.timeout, SLOW_TIMEOUT)
        )

    async def read_now(self) -> dict[str, Any]:
        """Read the meters now and store the readout (READ_NOW)."""
        return await self.request(MsgType.READ_NOW, timeout=max(self.options.timeout, SLOW_TIMEOUT))

    async def transfer(self, name: str, data: bytes, *, progress: Progress | None = None) -> dict[str, Any]:
        """Send `data` as a resumable bulk transfer; resumes where the device's partial copy ends."""
        digest = hashlib.sha256(data).hexdigest()
        begin = {"name": name, "size": len(data), "sha256": digest, "window": self.options.window}
        ready = await self.request(MsgType.XFER_BEGIN, begin)
        chunk = max(64, min(int(ready.get("chunk", self.options.chunk)), self.options.chunk))
        window = max(chunk, min(int(ready.get("window", self.options.window)), self.options.window))
        async with self._lock:
            await self._send_window(data, int(ready.get("offset", 0)), chunk, window, progress)
        return await self.request(MsgType.XFER_END, {"sha256": digest})

    async def _send_window(
        self, data: bytes, start: int, chunk: int, window: int, progress: Progress | None
    ) -> None:
        size = len(data)
        acked = sent = start
        ack_every = max(chunk, window // 2)
        since_ack_request = 0
        generation = 0
        pending: dict[int, tuple[int, int]] = {}  # seq of an ack-requesting chunk → (end, generation)
        failures = 0
        last_gap = -1
        started = time.monotonic()
        if progress:
            progress(acked, size)
        while acked < size:
            while sent < size and sent - acked < window:
                piece = data[sent : sent + chunk]
                since_ack_request += len(piece)
                ask = (
                    since_ack_request >= ack_every
                    or sent + len(piece) >= size
                    or sent - acked + len(piece) >= window
                )
                seq, frame = self.conn.chunk(sent, piece, ack=ask)
                if ask:
                    pending[seq] = (sent + len(piece), generation)
                    since_ack_request = 0
                self._last_rx = time.monotonic()
                await self.stream.write(frame)
                sent += len(piece)
            elapsed = time.monotonic() - started
            rate = (acked - start) / elapsed if acked > start and elapsed > 0 else self.options.line_rate
            limit = self.options.timeout + (sent - acked) / rate  # unacked bytes still crossing the line
            try:
                reply = await asyncio.wait_for(
                    self._next_reply(), max(0.01, limit - (time.monotonic() - self._last_rx))
                )
            except TimeoutError:
                if time.monotonic() - self._last_rx < limit:
                    continue
                failures += 1
                if failures > self.options.retries:
                    raise DeviceTimeoutError(
                        f"{self.stream.url}: transfer stalled at byte {acked} of {size}"
                    ) from None
                sent, since_ack_request, generation = acked, ack_every, generation + 1
                continue
            if not isinstance(reply, Message) or reply.type != MsgType.XFER_DATA.reply:
                if isinstance(reply, Message) and reply.is_error:
                    raise _device_error(reply.body)
                continue
            self.round_trips += 1
            failures = 0
            offset = int(reply.body.get("offset", acked))
            end, gen = pending.pop(reply.seq, (offset, -1))
            acked = max(acked, min(offset, size))
            gap = bool(reply.body.get("gap")) and offset != last_gap
            if gap or (offset < end and gen == generation):
                last_gap = offset
                sent, since_ack_request, generation = acked, ack_every, generation + 1  # go back
            if progress:
                progress(acked, size)

    async def close(self, *, polite: bool = True) -> None:
        """Say BYE (when logged in and the link is up) and close the stream."""
        if polite and self._failure is None and not self._reader.done():
            with contextlib.suppress(GwtermError, asyncio.TimeoutError, Exception):
                async with self._lock:
                    seq, data = self.conn.request(MsgType.BYE)
                    await self.stream.write(data)
                    await asyncio.wait_for(self._wait_reply(seq, None), 1.0)
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reader
        await self.stream.close()

    async def __aenter__(self) -> GwcpSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _device_error(body: dict[str, Any]) -> DeviceError:
    code = str(body.get("code", "error"))
    message = str(body.get("message", "the device refused the request"))
    errors = body.get("errors") if isinstance(body.get("errors"), dict) else None
    return DeviceError(
        message, code=code, key_errors=errors, retry_after=float(body.get("retry_after", 0) or 0)
    )
