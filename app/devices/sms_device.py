"""A device configured by SMS commands over `sms://`: read, write and info in the WM-E or 2N dialect.

The URL names the local modem, and may say `dialect=wme|2n`, `model=…` (the profile; WM-E2S for WM-E, the
MeterCom's SMS settings for 2N), `reply_timeout=` seconds (default 60) and `retries=` (default 1).
"""

from __future__ import annotations

from typing import Any

from app.devices.native import Reading, WriteResult
from app.devices.session.gwcp import SessionOptions
from app.devices.session.sms import SmsOptions, SmsSession
from app.devices.sms_dialects import (
    DIALECTS,
    MCP,
    MCP_DEFAULT_PASSWORD,
    WME,
    WME_PASSWORD_KEY,
    dialect_for_model,
    mcp_keys,
    sms_profile,
)
from app.errors import DeviceError, GwtermError, ValidationError, ValidationErrors
from app.params.schema import Profile
from app.params.values import Value, format_text, parse_text
from app.protocols.smscmd import metercom, wme
from app.transports.stream import TraceHook
from app.transports.url import parse_url

WRONG_WME_PASSWORD = "a WM-E modem does not answer commands that carry a wrong password (pw=)"


class SmsDevice:
    """One device behind an sms:// URL; the same read/write/info surface as a gwcp device."""

    def __init__(self, session: SmsSession, profile: Profile, dialect: str, password: str) -> None:
        self.session = session
        self.profile = profile
        self.dialect = dialect
        self.restarting = False
        self._password = password  # in memory only: every command SMS carries it
        self.session.device = {
            "model": profile.model,
            "name": profile.name,
            "serial": "",
            "number": session.channel.number,
            "dialect": DIALECTS[dialect],
        }

    @classmethod
    async def connect(
        cls,
        url: str,
        password: str,
        options: SessionOptions | None = None,
        *,
        trace: TraceHook | None = None,
    ) -> SmsDevice:
        """Open the local modem for SMS with the device's number; nothing is sent yet."""
        parsed = parse_url(url)
        model = parsed.option("model") or None
        dialect = parsed.option("dialect") or (dialect_for_model(model) if model else None) or WME
        if dialect not in DIALECTS:
            raise ValidationError("url", f"'{url}': dialect must be one of {', '.join(DIALECTS)}")
        try:
            sms_options = SmsOptions(
                reply_timeout=float(parsed.option("reply_timeout", "60")),
                retries=int(parsed.option("retries", "1")),
            )
        except ValueError:
            raise ValidationError("url", f"'{url}': reply_timeout and retries must be numbers") from None
        profile = sms_profile(model, dialect)
        session = await SmsSession.connect(url, sms_options, trace=trace)
        return cls(session, profile, dialect, password)

    # ---------------------------------------------------------------------------------------- reading

    async def read(self, keys: list[str] | None = None) -> Reading:
        """Query the given keys (secrets are never read back), in as few SMS as possible."""
        asked = keys if keys is not None else [p.key for p in self.profile.params]
        unknown = {
            k: f"unknown parameter for {self.profile.name}" for k in asked if k not in self.profile.by_key
        }
        if unknown:
            raise ValidationErrors(unknown)
        wanted = [k for k in asked if not self.profile.by_key[k].secret]
        if not wanted:
            return Reading(values={})
        if self.dialect == MCP:
            return await self._read_mcp(wanted)
        requests = wme.plan_query(wanted, password=self._password or None)
        results = await self.session.exchange_many(
            [(r.text, _wme_interpreter(r)) for r in requests], no_reply=WRONG_WME_PASSWORD
        )
        values: dict[str, Value] = {}
        errors: dict[str, str] = {}
        for result in results:
            for key, outcome in result.results.items():
                if outcome.ok and outcome.value is not None:
                    try:
                        values[key] = parse_text(self.profile.by_key[key], outcome.value)
                    except ValidationError as exc:
                        errors[key] = f"the device answered {outcome.value!r}: {exc.reason}"
                else:
                    errors[key] = outcome.error
        if errors and keys is not None:
            raise DeviceError("the device could not report every value", code="read", key_errors=errors)
        return Reading(values=values)

    async def _read_mcp(self, wanted: list[str]) -> Reading:
        # a CNF without parameters changes nothing and answers with the settings in force
        request = metercom.McpRequest(command=metercom.McpCommand.CNF, password=self._mcp_password())
        result = await self.session.exchange(request.to_text(), _mcp_interpreter(request))
        result.reply.raise_for_error()
        values: dict[str, Value] = {}
        for name, key in mcp_keys(self.profile).items():
            text = result.reply.fields.get(name)
            spec = self.profile.by_key[key]
            if key in wanted and text is not None and not spec.secret:
                try:
                    values[key] = parse_text(spec, text)
                except ValidationError:
                    continue
        return Reading(values=values)

    # ---------------------------------------------------------------------------------------- writing

    async def write(self, values: dict[str, Value]) -> list[str]:
        """Write values; each SMS is applied whole or not at all, the keys the device confirmed."""
        return (await self.write_batch(values)).changed

    async def write_batch(self, values: dict[str, Value]) -> WriteResult:
        """Write values in as few SMS as fit; DeviceError with per-key reasons for what was refused."""
        texts: dict[str, str] = {}
        errors: dict[str, str] = {}
        for key, value in values.items():
            spec = self.profile.by_key.get(key)
            if spec is None:
                errors[key] = f"unknown parameter for {self.profile.name}"
            else:
                texts[key] = format_text(spec, value)
        if errors:
            raise ValidationErrors(errors)
        if self.dialect == MCP:
            return await self._write_mcp(texts)
        return await self._write_wme(texts)

    async def _write_wme(self, texts: dict[str, str]) -> WriteResult:
        requests = wme.plan_write(texts, password=self._password or None, password_key=WME_PASSWORD_KEY)
        changed: list[str] = []
        errors: dict[str, str] = {}
        for request in requests:  # one at a time: "changed result: 0" replies look all alike
            try:
                result = await self.session.exchange(
                    request.text, _wme_interpreter(request), no_reply=WRONG_WME_PASSWORD
                )
            except GwtermError as exc:
                if not changed:
                    raise  # nothing written: the plain reason (no reply, link down) says it best
                for key in request.keys:
                    errors[key] = str(exc)
                break
            for key, outcome in result.results.items():
                if outcome.ok:
                    changed.append(key)
                else:
                    errors[key] = outcome.error
            if WME_PASSWORD_KEY in texts and WME_PASSWORD_KEY in changed:
                self._password = texts[WME_PASSWORD_KEY]
        return _outcome(changed, errors, texts)

    async def _write_mcp(self, texts: dict[str, str]) -> WriteResult:
        names = {key: name for name, key in mcp_keys(self.profile).items()}
        unmapped = {k: "the 2N MeterCom cannot set this by SMS" for k in texts if k not in names}
        if unmapped:
            raise ValidationErrors(unmapped)
        params = {names[k]: v for k, v in texts.items()}
        requests = metercom.plan_configuration(params, password=self._mcp_password())
        changed: list[str] = []
        errors: dict[str, str] = {}
        for request in requests:
            result = await self.session.exchange(request.to_text(), _mcp_interpreter(request))
            result.reply.raise_for_error()
            for name, outcome in result.results.items():
                key = mcp_keys(self.profile)[name]
                if outcome.ok:
                    changed.append(key)
                else:
                    errors[key] = outcome.error
            if "NPWD" in request.keys and "NPWD" in params:
                self._password = params["NPWD"]
        return _outcome(changed, errors, texts)

    def _mcp_password(self) -> str:
        return self._password or MCP_DEFAULT_PASSWORD

    # ---------------------------------------------------------------------------------------- the rest

    async def info(self) -> dict[str, Any]:
        """Device information: the 2N INFO reply; the WM-E dialect has no such command."""
        base = dict(self.session.device)
        if self.dialect != MCP:
            return base
        request = metercom.info_request(self._mcp_password())
        result = await self.session.exchange(request.to_text(), _mcp_interpreter(request))
        info = result.reply.raise_for_error().info
        base.update(
            serial=info.serial,
            meter_id=info.meter_id,
            rssi_dbm=info.signal_dbm if info.signal_dbm is not None else "",
            ip=info.ip,
            state=info.state,
            technology=info.technology,
        )
        return base

    async def follow_restart(self, *, timeout: float = 90.0, interval: float = 1.0) -> None:
        """Nothing to follow: SMS needs no session."""
        self.restarting = False

    async def close(self) -> None:
        """Close the local modem."""
        await self.session.close()

    async def __aenter__(self) -> SmsDevice:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _wme_interpreter(request: wme.WmeRequest) -> Any:
    return lambda text: wme.interpret_reply(request, text)


def _mcp_interpreter(request: metercom.McpRequest) -> Any:
    return lambda text: metercom.interpret_reply(request, text)


def _outcome(changed: list[str], errors: dict[str, str], texts: dict[str, str]) -> WriteResult:
    if errors:
        done = f"; {', '.join(changed)} written" if changed else "; nothing was written"
        raise DeviceError(f"the device refused some values{done}", code="invalid", key_errors=errors)
    return WriteResult(changed=changed, previous={})
