"""The soft-gateway's AT modem: answers data calls with gwcp, executes command SMS, sends LastGasp SMS.

Over a call the gateway speaks gwcp unchanged; when a CSD password is set (`csd.password`, WM-E2S manual
§4.6), it is the only password a login over the call accepts. Command SMS run in the model's dialect and are
answered by SMS to the sender. When the modem's port fails the front reopens it every few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.devices.sms_dialects import MCP, WME, WME_PASSWORD_KEY, dialect_for_model
from app.errors import GwtermError
from app.gateway.sms_commands import Executor, McpExecutor, WmeExecutor
from app.protocols.at import commands
from app.protocols.at.csd import CallState, IncomingCall
from app.protocols.gwcp import auth
from app.protocols.smscmd import metercom
from app.transports.csd import CsdStream
from app.transports.gsm_modem import GsmModem, ModemError
from app.transports.sms import ReceivedSms, SmsService

if TYPE_CHECKING:
    from app.gateway.runtime import SoftGateway

RETRY_SECONDS = 5.0
POWER_LOST = "POWER LOST"  # WM-E2S manual §3.8: the LastGasp texts
POWER_RETURN = "POWER RETURN"


@dataclass(frozen=True, kw_only=True)
class _Outgoing:
    number: str
    text: str
    why: str


class _ModemGone:
    """The modem's port failed: reopen it."""


class ModemFront:
    """One gateway's modem: calls answered after `rings` rings, SMS commands executed and answered."""

    def __init__(self, gateway: SoftGateway, modem_url: str, *, rings: int = 2) -> None:
        self.gateway = gateway
        self.url = modem_url
        self.rings = max(1, rings)
        self.modem: GsmModem | None = None
        self.service: SmsService | None = None
        self.ready = asyncio.Event()  # set while the modem is open and prepared
        self.calls = 0
        self.dialect = dialect_for_model(gateway.model)
        self.executor: Executor | None = None
        if self.dialect == WME:
            self.executor = WmeExecutor(lambda: gateway.server.store)
        elif self.dialect == MCP:
            self.executor = McpExecutor(lambda: gateway.server.store, self._mcp_info)
        self._work: asyncio.Queue[object] = asyncio.Queue()
        self._salt = os.urandom(16)
        self._keys: dict[bytes, bytes] = {}  # digest of a CSD password → its login key (memory only)

    def _log(self, level: str, message: str) -> None:
        self.gateway.events.add(level, message)

    # ---------------------------------------------------------------------------------------- running

    async def run(self) -> None:
        """Serve the modem until cancelled, reopening it after failures."""
        last = ""
        while True:
            try:
                await self._session()
            except GwtermError as exc:
                if self.ready.is_set():  # it worked for a while: a new failure is news
                    last = ""
                if str(exc) != last:  # a modem that stays away is logged once, not every few seconds
                    self._log("warning", f"modem not usable ({exc}); trying again every {RETRY_SECONDS:g} s")
                last = str(exc)
            finally:
                self.ready.clear()
                if self.modem is not None:
                    with contextlib.suppress(Exception):
                        await self.modem.close()
                self.modem = self.service = None
            await asyncio.sleep(RETRY_SECONDS)

    async def _session(self) -> None:
        self.modem = modem = await GsmModem.open(self.url)
        self.service = service = SmsService(modem)
        await service.start()
        for line in (commands.bearer_service(), commands.caller_id(True)):
            with contextlib.suppress(ModemError):
                await modem.check(line)
        await modem.guard_time_setting()
        await service.take_stored()  # messages that arrived while the gateway was down
        await self._run_commands()
        forward = asyncio.ensure_future(self._forward(modem))
        self.ready.set()
        self._log("info", f"modem {self.url.split('?', maxsplit=1)[0]} ready for calls and SMS")
        try:
            while True:
                item = await self._work.get()
                if isinstance(item, _ModemGone):
                    raise modem.failure or ModemError(f"{self.url}: the modem closed")
                if isinstance(item, _Outgoing):
                    await self._send(item)
                elif isinstance(item, IncomingCall):
                    if item.rings >= self.rings and modem.call.state is CallState.RINGING:
                        await self._take_call(item.caller or modem.call.caller or "unknown")
                elif await service.handle(item):  # type: ignore[arg-type]
                    await self._run_commands()
        finally:
            forward.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await forward

    async def _forward(self, modem: GsmModem) -> None:
        """Modem events (and its failure) into the work queue, beside outgoing SMS."""
        while True:
            get = asyncio.ensure_future(modem.events.get())
            gone = asyncio.ensure_future(modem.closed.wait())
            try:
                done, _ = await asyncio.wait({get, gone}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                gone.cancel()
                if not get.done():
                    get.cancel()
            if get in done:
                self._work.put_nowait(get.result())
            else:
                self._work.put_nowait(_ModemGone())
                return

    # ---------------------------------------------------------------------------------------- calls

    async def _take_call(self, caller: str) -> None:
        modem = self.modem
        assert modem is not None
        try:
            await modem.answer()
        except GwtermError as exc:
            self._log("warning", f"data call from {caller} not answered: {exc}")
            return
        self.calls += 1
        self._log("info", f"data call from {caller} answered")
        stream = CsdStream(f"csd://{caller}", modem, owns_modem=False)
        session = asyncio.ensure_future(self.gateway.server.handle(stream, login_key=self._csd_login_key()))
        self.gateway.track_session(session)  # a restart drops the call, as on the device
        await asyncio.wait({session})
        with contextlib.suppress(GwtermError):
            await stream.close()
        self._log("info", f"data call from {caller} ended")
        service = self.service
        if service is not None and modem.failure is None:
            await service.take_stored()  # SMS that came while the line was in data mode
            await self._run_commands()

    def _csd_login_key(self) -> Callable[[], tuple[bytes, bytes, int]] | None:
        """With a CSD password set, logins over a call must prove that one (not the communication one)."""
        store = self.gateway.server.store
        if WME_PASSWORD_KEY not in store.profile.by_key:
            return None

        def key() -> tuple[bytes, bytes, int]:
            current = self.gateway.server.store
            password = current.secret(WME_PASSWORD_KEY)
            if not password:
                return current.login_key()
            digest = hashlib.sha256(self._salt + password.encode()).digest()
            if digest not in self._keys:
                self._keys = {digest: auth.derive_key(password, self._salt, auth.DEFAULT_ITERATIONS)}
            return self._keys[digest], self._salt, auth.DEFAULT_ITERATIONS

        return key

    # ---------------------------------------------------------------------------------------- SMS

    async def _run_commands(self) -> None:
        service = self.service
        assert service is not None
        while not service.messages.empty():
            message = service.messages.get_nowait()
            await self._execute(message)

    async def _execute(self, message: ReceivedSms) -> None:
        if self.executor is None:
            self._log(
                "info", f"SMS from {message.sender} ignored: {self.gateway.model} takes no SMS commands"
            )
            return
        outcome = self.executor.execute(
            message.text, ucs2=message.ucs2, concatenated=message.parts > 1 or not message.complete
        )
        self._log(
            "info" if outcome.reply is not None else "warning", f"{outcome.note} (from {message.sender})"
        )
        if outcome.reply is not None:
            await self._send(_Outgoing(number=message.sender, text=outcome.reply, why="reply"))
        if outcome.restart:
            self.gateway.reload()

    async def _send(self, item: _Outgoing) -> None:
        service = self.service
        if service is None or self.modem is None or self.modem.in_call:
            self._work.put_nowait(item)  # after the call (or once the modem is back)
            await asyncio.sleep(0.5)
            return
        try:
            await service.send(item.number, item.text)
            self._log("info", f"SMS {item.why} sent to {item.number}")
        except GwtermError as exc:
            self._log("warning", f"SMS {item.why} to {item.number} not sent: {exc}")

    def send_sms(self, number: str, text: str, why: str = "message") -> None:
        """Queue a text for `number` (sent when the modem is free)."""
        self._work.put_nowait(_Outgoing(number=number, text=text, why=why))

    def power_changed(self, lost: bool) -> bool:
        """LastGasp (WM-E2S manual §3.8): POWER LOST / POWER RETURN to the configured number, if enabled."""
        values = self.gateway.server.store.typed_values()
        number = str(values.get("iec.lastgasp_phone") or "")
        if not values.get("iec.lastgasp_enable") or not number:
            return False
        self.send_sms(number, POWER_LOST if lost else POWER_RETURN, why="LastGasp")
        return True

    def _mcp_info(self) -> metercom.McpInfo:
        store = self.gateway.server.store
        radio = self.gateway.server.radio
        return metercom.McpInfo(
            meter_id=store.identity.get("serial", "")[-8:],
            serial=store.identity.get("serial", ""),
            signal_dbm=radio.rssi_dbm if radio is not None else None,
            ip=radio.ip if radio is not None else "",
            state="LISTEN",
            technology="GPRS",
        )
