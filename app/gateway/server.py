"""The gateway's gwcp config server: one ServerConnection per stream, requests applied to the store."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, ClassVar

from app.errors import ConfigFileError, FirmwareError, GwtermError, TransportError, ValidationErrors
from app.gateway.config_store import ConfigStore
from app.gateway.device_info import SimulatedRadio, device_info
from app.gateway.eventlog import EventLog
from app.gateway.lockout import LoginGuard
from app.gateway.transfers import MAX_WINDOW, TransferReceiver
from app.protocols.gwcp.connection import AuthState, Duplicate, Malformed, Message, ServerConnection
from app.protocols.gwcp.messages import PROTOCOL_VERSION, ErrorCode, MsgType
from app.transports import Stream

logger = logging.getLogger(__name__)
IDLE_TIMEOUT = 300.0
Reply = bytes | None
SlowReply = Coroutine[Any, Any, Reply]  # a request answered after awaiting something (a test report)
LoginKey = Callable[[], tuple[bytes, bytes, int]]  # the login key K, its salt and iteration count


class Refused(GwtermError):
    """A request the gateway declines with a specific error code."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


class ConfigServer:
    """Answers gwcp on any number of streams against one gateway's state."""

    def __init__(
        self,
        store: ConfigStore,
        guard: LoginGuard,
        events: EventLog,
        transfers: TransferReceiver,
        *,
        radio: SimulatedRadio | None = None,
        clock: Callable[[], float] = time.time,
        on_restart: Callable[[], None] | None = None,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        self.store = store
        self.guard = guard
        self.events = events
        self.transfers = transfers
        self.radio = radio
        self.clock = clock
        self.on_restart = on_restart
        self.idle_timeout = idle_timeout
        self.readings: Callable[[], list[dict[str, Any]]] | None = None  # set when the gateway reads meters
        self.firmware: Any = None  # FirmwareService
        self.heard: Callable[[], list[dict[str, Any]]] | None = None  # wireless listen mode
        self.on_activate: Callable[[], None] | None = None  # how this gateway starts the new slot
        self.on_change: Callable[[list[str]], None] | None = None  # told the keys every committed SET changed
        self.data: Any = None  # DataPath: stored readings, events and reports (gwterm-gw)
        self.read_meters: Callable[[], Awaitable[dict[str, Any]]] | None = None  # READ_NOW without storage
        self._side_tasks: set[asyncio.Task[Any]] = set()
        self._transfer_owner: ServerConnection | None = None
        self._login_keys: dict[ServerConnection, LoginKey] = {}  # streams whose login uses another key

    async def handle(
        self, stream: Stream, *, persistent: bool = False, login_key: LoginKey | None = None
    ) -> None:
        """Serve one stream until it closes (or idles); `login_key` replaces the store's (a CSD password)."""
        conn = self._new_connection(login_key)
        try:
            while True:
                try:
                    # asyncio.timeout, unlike wait_for on 3.11, never swallows a cancellation (a restart)
                    async with asyncio.timeout(self.idle_timeout):
                        data = await stream.read()
                except TimeoutError:
                    self._release_transfer(conn)
                    if not persistent:
                        return
                    conn = self._new_connection(login_key, conn)  # a silent serial line: logged out
                    continue
                except TransportError:
                    return
                conn.receive_data(data)
                while (event := conn.next_event()) is not None:
                    answer = self._dispatch(conn, event, stream.url)
                    # a slow request holds this stream only: a retransmission waits in the buffer and
                    # is answered from the duplicate cache once the reply has gone out
                    reply = await answer if asyncio.iscoroutine(answer) else answer
                    if reply:
                        await stream.write(reply)
                    if isinstance(event, Message) and event.type == MsgType.BYE:
                        self._release_transfer(conn)
                        conn = self._new_connection(login_key, conn)  # the next session on the same line
        finally:
            self._release_transfer(conn)  # however the connection ends, cancelled by a restart included
            self._login_keys.pop(conn, None)

    def _new_connection(
        self, login_key: LoginKey | None, old: ServerConnection | None = None
    ) -> ServerConnection:
        if old is not None:
            self._login_keys.pop(old, None)
        conn = ServerConnection()
        if login_key is not None:
            self._login_keys[conn] = login_key
        return conn

    def _login_key(self, conn: ServerConnection) -> tuple[bytes, bytes, int]:
        source = self._login_keys.get(conn)
        return source() if source is not None else self.store.login_key()

    def _release_transfer(self, conn: ServerConnection) -> None:
        """A connection ends: its transfer stops, keeping the confirmed part for a resume."""
        if self._transfer_owner is conn:
            self.transfers.abort()
            self._transfer_owner = None

    def _dispatch(
        self, conn: ServerConnection, event: Message | Malformed | Duplicate, peer: str
    ) -> Reply | SlowReply:
        if isinstance(event, Duplicate):
            return conn.resend_reply()
        if isinstance(event, Malformed):
            return conn.error(event, ErrorCode.MALFORMED, event.reason)
        try:
            return self._request(conn, event, peer)
        except Exception as exc:
            return self._failure(conn, event, exc)

    async def _slow(
        self, conn: ServerConnection, msg: Message, peer: str, work: Awaitable[dict[str, Any]]
    ) -> Reply:
        try:
            return conn.reply(msg, await work)
        except Exception as exc:
            return self._failure(conn, msg, exc)

    def _failure(self, conn: ServerConnection, event: Message, exc: Exception) -> Reply:
        """The ERROR reply for what a request raised."""
        if isinstance(exc, Refused):
            return conn.error(event, exc.code, str(exc))
        if isinstance(exc, ValidationErrors):
            what = "invalid values, nothing was changed" if event.type == MsgType.SET else "invalid request"
            return conn.error(event, ErrorCode.INVALID, what, errors=exc.errors)
        if isinstance(exc, FirmwareError):
            firmware = event.type in (MsgType.FW_STATUS, MsgType.FW_INSTALL, MsgType.FW_ACTIVATE)
            return conn.error(event, ErrorCode.FIRMWARE if firmware else ErrorCode.XFER, str(exc))
        if isinstance(exc, ConfigFileError):
            logger.error("state file problem answering %s: %s", event.type, exc)
            return conn.error(event, ErrorCode.INTERNAL, f"the gateway cannot store this: {exc}")
        if isinstance(exc, (GwtermError, KeyError, TypeError, ValueError)):
            return conn.error(event, ErrorCode.MALFORMED, f"bad request: {exc}")
        # the server must answer, never die, whatever a request does
        logger.error("internal error answering %s", event.type, exc_info=exc)
        return conn.error(event, ErrorCode.INTERNAL, f"internal error: {type(exc).__name__}")

    def _request(self, conn: ServerConnection, msg: Message, peer: str) -> Reply | SlowReply:
        kind = msg.type
        if kind == MsgType.HELLO:
            return self._hello(conn, msg)
        if kind == MsgType.LOGIN:
            return self._login(conn, msg, peer)
        if kind == MsgType.PING:
            return conn.reply(msg, {})
        if kind == MsgType.BYE:
            return conn.reply(msg, {})
        if conn.auth_state is not AuthState.AUTHENTICATED:
            return conn.error(msg, ErrorCode.AUTH_REQUIRED, "log in first")
        if kind in (MsgType.XFER_BEGIN, MsgType.XFER_DATA, MsgType.XFER_END):
            return self._transfer(conn, msg, peer)
        slow = self._slow_handlers.get(kind)
        if slow is not None:
            return self._slow(conn, msg, peer, slow(self, msg.body, msg, peer))
        handler = self._handlers.get(kind)
        if handler is None:
            return conn.error(msg, ErrorCode.UNKNOWN_TYPE, f"unknown request type 0x{kind:02X}")
        return conn.reply(msg, handler(self, msg.body, msg, peer))

    def _hello(self, conn: ServerConnection, msg: Message) -> Reply:
        _, salt, iterations = self._login_key(conn)
        nonce = conn.new_challenge()
        body = {
            "proto": PROTOCOL_VERSION,
            "model": self.store.profile.model,
            "serial": self.store.identity.get("serial", ""),
            "salt": salt.hex(),
            "iterations": iterations,
            "nonce": nonce.hex(),
            "encryption": ["aes-256-gcm"],
        }
        return conn.reply(msg, body)

    def _login(self, conn: ServerConnection, msg: Message, peer: str) -> Reply:
        now = self.clock()
        wait = self.guard.retry_after(now)
        if wait > 0:
            conn.check_login(b"", {})  # spend the nonce all the same
            return conn.error(
                msg,
                ErrorCode.LOCKED,
                f"too many failed logins, try again in {wait:.0f} s",
                retry_after=round(wait, 1),
            )
        key, _, _ = self._login_key(conn)
        proof = conn.check_login(key, msg.body)
        if proof is None:
            locked_for = self.guard.failed(now)
            self.events.add("warning", f"failed login from {peer}")
            if locked_for:
                self.events.add("warning", f"logins locked for {locked_for:.0f} s after repeated failures")
                return conn.error(
                    msg,
                    ErrorCode.LOCKED,
                    f"wrong password; logins locked for {locked_for:.0f} s",
                    retry_after=locked_for,
                )
            return conn.error(msg, ErrorCode.AUTH_FAILED, "wrong password")
        self.guard.succeeded()
        encrypt = bool(msg.body.get("encrypt"))
        reply = conn.reply(msg, {"proof": proof.hex(), "encrypt": encrypt})
        if encrypt:
            conn.start_encryption()
        self.events.add("info", f"login from {peer}")
        return reply

    def _info(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        profile = self.store.profile
        info = device_info(profile.model, profile.name, self.store.identity, self.radio)
        if self.firmware is not None:
            info["firmware"] = self.firmware.running_version()
        return info

    def _get(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        keys = body.get("keys")
        if keys is not None and not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
            raise ValidationErrors({"keys": "must be a list of parameter keys"})
        values, secrets_set = self.store.values(keys)
        return {"values": values, "secrets_set": secrets_set}

    def _set(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        values = body.get("values")
        if not isinstance(values, dict) or not values:
            raise ValidationErrors({"values": "must map parameter keys to values"})
        by_key = self.store.profile.by_key
        before, _ = self.store.values([k for k in values if k in by_key and not by_key[k].secret])
        changed = self.store.apply(values)
        previous = {k: before[k] for k in changed if k in before}  # the snapshot a rollback needs
        restart = any(by_key[k].restart for k in changed)
        if changed:
            self.events.add("info", f"configuration changed by {peer}: {', '.join(changed)}")
            if self.on_change is not None and not restart:  # a restart rereads everything anyway
                self.on_change(changed)
        if restart:
            self._schedule_restart("a changed parameter needs it")
        return {"changed": changed, "previous": previous, "restarting": restart}

    def _log(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        return {
            "entries": self.events.since(int(body.get("after", 0)), min(int(body.get("limit", 200)), 1000))
        }

    def _restart(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        self._schedule_restart(f"requested by {peer}")
        return {"restarting": True, "back_in": 2}

    def _schedule_restart(self, why: str) -> None:
        self.events.add("info", f"restarting: {why}")
        if self.on_restart is not None:
            asyncio.get_running_loop().call_later(0.2, self.on_restart)  # after the reply has gone out

    def _readings(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        if self.readings is None:
            raise Refused(ErrorCode.UNSUPPORTED, "this gateway reads no meters (no meter bus configured)")
        from app.gateway.data_pages import rows_that_fit  # noqa: PLC0415

        # one list, meters then the heard ones, paged by position so that every reply fits a frame
        meters = self.readings()
        heard = self.heard() if self.heard is not None else None
        items = [("meters", m) for m in meters] + [("heard", h) for h in heard or []]
        cursor = body.get("cursor")
        if cursor is not None and not (isinstance(cursor, str) and cursor.isdigit()):
            raise ValidationErrors({"cursor": "not a cursor this device gave"})
        start = int(cursor or 0)
        page = items[start:]
        envelope = len('{"heard":[],"meters":[],"next":""}') + 9  # the page's own fields, a cursor
        fit = rows_that_fit([entry for _, entry in page], overhead=envelope)
        reply: dict[str, Any] = {"meters": [e for kind, e in page[:fit] if kind == "meters"]}
        if heard is not None:
            reply["heard"] = [e for kind, e in page[:fit] if kind == "heard"]
        reply["next"] = str(start + fit) if start + fit < len(items) else None
        return reply

    def _data_path(self) -> Any:
        if self.data is None:
            raise Refused(ErrorCode.UNSUPPORTED, "this gateway keeps no stored readings or reports")
        return self.data

    def _data(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        return dict(self._data_path().query_readings(body))

    def _meters(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        return dict(self._data_path().query_meters(body))

    def _stored_events(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        return dict(self._data_path().query_events(body))

    def _report_status(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        return dict(self._data_path().report_status())

    async def _report_test(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        return dict(await self._data_path().report_test(body))

    async def stop_side_work(self) -> None:
        """Cancel work a reply did not wait for (a READ_NOW still reading)."""
        tasks = list(self._side_tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _read_now(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        if self.data is None and self.read_meters is None:
            raise Refused(ErrorCode.UNSUPPORTED, "this gateway reads no meters")
        self.events.add("info", f"meters to be read now, asked by {peer}")
        if self.data is not None:
            return dict(await self.data.read_now())
        from app.gateway.data_path import SLOW_REPLY_SECONDS  # noqa: PLC0415

        assert self.read_meters is not None
        task = asyncio.ensure_future(self.read_meters())
        self._side_tasks.add(task)  # the reading goes on after a reply that could not wait for it
        task.add_done_callback(self._side_tasks.discard)
        done, _ = await asyncio.wait({task}, timeout=SLOW_REPLY_SECONDS)
        return {"in_progress": True} if task not in done else {"in_progress": False, **task.result()}

    async def _report_now(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        self.events.add("info", f"report {body.get('instance')} to be sent now, asked by {peer}")
        return dict(await self._data_path().report_now(body))

    def _fw_status(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        if self.firmware is None:
            raise Refused(ErrorCode.UNSUPPORTED, "this gateway takes no firmware")
        return dict(self.firmware.status())

    def _fw_install(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        if self.firmware is None:
            raise Refused(ErrorCode.UNSUPPORTED, "this gateway takes no firmware")
        name = str(body.get("name", "firmware"))
        try:
            result = dict(self.firmware.install(self.transfers.directory / name))
        except FirmwareError as exc:
            self.events.add("warning", f"firmware from {peer} refused: {exc}")
            raise
        self.events.add("info", f"firmware {result['version']} installed in slot {result['slot']} by {peer}")
        return result

    def _fw_activate(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        if self.firmware is None or self.on_activate is None:
            raise Refused(ErrorCode.UNSUPPORTED, "this gateway takes no firmware")
        slot = str(body.get("slot") or self.firmware.slots.inactive())
        self.firmware.slots.activate(slot, confirm_within=self.firmware.confirm_seconds)
        self.events.add(
            "info",
            f"activating slot {slot} for {peer}; it must confirm within "
            f"{self.firmware.confirm_seconds:.0f} s or the gateway falls back",
        )
        asyncio.get_running_loop().call_later(0.2, self.on_activate)  # after the reply has gone out
        return {"slot": slot, "restarting": True, "confirm_within": self.firmware.confirm_seconds}

    def _at(self, body: dict[str, Any], msg: Message, peer: str) -> dict[str, Any]:
        raise Refused(ErrorCode.UNSUPPORTED, "this gateway has no AT modem configured")

    def _transfer(self, conn: ServerConnection, msg: Message, peer: str) -> Reply:
        """One transfer at a time, owned by the connection that began it."""
        owner = self._transfer_owner
        if msg.type == MsgType.XFER_BEGIN:
            if owner is not None and owner is not conn:
                raise Refused(ErrorCode.BUSY, "another connection is transferring; try again later")
            body = msg.body
            self._transfer_owner = None  # begin() stops any earlier transfer of this connection
            offset = self.transfers.begin(str(body["name"]), int(body["size"]), str(body["sha256"]))
            self._transfer_owner = conn
            window = max(4096, min(int(body.get("window", 8192)), MAX_WINDOW))
            return conn.reply(msg, {"offset": offset, "chunk": 4096, "window": window})
        if owner is not conn:
            raise FirmwareError("no transfer in progress on this connection: send XFER_BEGIN first")
        if msg.type == MsgType.XFER_DATA:
            ack = self.transfers.data(msg.offset, msg.data, ack=msg.wants_ack)
            return conn.reply(msg, ack) if ack is not None else None
        self._transfer_owner = None
        result = self.transfers.end()
        self.events.add("info", f"received {result['name']} ({result['size']} bytes) from {peer}")
        return conn.reply(msg, result)

    _handlers: ClassVar[dict[int, Callable[[ConfigServer, dict[str, Any], Message, str], dict[str, Any]]]] = {
        MsgType.INFO: _info,
        MsgType.GET: _get,
        MsgType.SET: _set,
        MsgType.LOG: _log,
        MsgType.RESTART: _restart,
        MsgType.AT: _at,
        MsgType.READINGS: _readings,
        MsgType.FW_STATUS: _fw_status,
        MsgType.FW_INSTALL: _fw_install,
        MsgType.FW_ACTIVATE: _fw_activate,
        MsgType.DATA: _data,
        MsgType.METERS: _meters,
        MsgType.EVENTS: _stored_events,
        MsgType.REPORT_STATUS: _report_status,
    }
    _slow_handlers: ClassVar[
        dict[int, Callable[[ConfigServer, dict[str, Any], Message, str], Awaitable[dict[str, Any]]]]
    ] = {
        MsgType.REPORT_TEST: _report_test,
        MsgType.REPORT_NOW: _report_now,
        MsgType.READ_NOW: _read_now,
    }
