"""The soft-gateway executing command SMS in its model's dialect against its config store.

Every SMS is applied whole or not at all (one atomic commit of the config store); a wrong password changes
nothing and gets what the dialect gives: silence for WM-E (the modem cannot process it), `Password
incorrect` for the 2N MeterCom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.devices.sms_dialects import (
    MCP,
    MCP_DEFAULT_PASSWORD,
    WME,
    WME_PASSWORD_KEY,
    mcp_keys,
    mcp_password_key,
)
from app.errors import ConfigFileError, DecodeError, ValidationError, ValidationErrors
from app.gateway.config_store import PASSWORD_KEY, ConfigStore
from app.params.values import Value, format_text, parse_text, to_wire
from app.protocols.gwcp import auth
from app.protocols.smscmd import metercom, wme

NOT_SAVED = -2  # our result code when a value is invalid and nothing was saved (the manual lists 0 and -1)
CERT_RESET_KEYS = (
    "dm.tls_enable",
    "dm.cert",
    "dm.ca_cert",
    "dm.verify",
    "tm.tls_enable",
    "tm.cert",
    "tm.ca_cert",
    "tm.verify",
)  # WM-E2S manual §4.6 cmd=certreset: these go to 0


@dataclass(frozen=True, kw_only=True)
class SmsOutcome:
    """What a command SMS did: the reply to send (None: no reply), changed keys, a restart to follow."""

    reply: str | None
    changed: list[str] = field(default_factory=list)
    restart: bool = False
    note: str = ""  # for the gateway's event log (never values or passwords)


class WmeExecutor:
    """WM-E2S manual §4.6: `[pw=<password>.]cmd=<items>`; queries, settings and the four actions."""

    dialect = WME

    def __init__(self, store: Callable[[], ConfigStore]) -> None:
        self.store = store

    def execute(self, text: str, *, ucs2: bool = False, concatenated: bool = False) -> SmsOutcome:
        """Run one received SMS."""
        store = self.store()
        try:
            command = wme.parse_command(text)
        except DecodeError:
            return SmsOutcome(reply=None, note="not a WM-E command SMS, ignored")
        configured = store.secret(WME_PASSWORD_KEY) if WME_PASSWORD_KEY in store.profile.by_key else ""
        if not wme.authorized(command, configured or None):
            return SmsOutcome(reply=None, note="command SMS with a wrong password ignored")
        profile = store.profile
        errors: dict[str, str] = {}
        wire: dict[str, Any] = {}
        for item in command.items:
            if isinstance(item, wme.Assign):
                spec = profile.by_key.get(item.key)
                if spec is None:
                    errors[item.key] = "unknown parameter"
                    continue
                try:
                    wire[item.key] = to_wire(spec, parse_text(spec, item.value))
                except ValidationError as exc:
                    errors[item.key] = exc.reason
        save_result = 0
        changed: list[str] = []
        if wire or errors:
            if errors:
                save_result = NOT_SAVED
            else:
                save_result, changed = _apply(store, wire, errors)
        reset_result = 0
        for item in command.items:
            if isinstance(item, wme.Action) and item.action is wme.WmeAction.FACTORY_RESET:
                reset_result, done = _apply(store, _factory_values(store), errors)
                changed += done
            elif isinstance(item, wme.Action) and item.action is wme.WmeAction.CERT_RESET:
                reset = {
                    k: to_wire(profile.by_key[k], _zero(profile.by_key[k].default))
                    for k in CERT_RESET_KEYS
                    if k in profile.by_key
                }
                reset_result, done = _apply(store, reset, errors)
                changed += done
        values: dict[str, str] = {}
        current = store.typed_values()
        for item in command.items:
            if isinstance(item, wme.Query):
                spec = profile.by_key.get(item.key) or _by_underscored(store, item.key)
                if spec is None:
                    errors[item.key] = "unknown parameter"
                elif spec.secret:
                    errors[item.key] = "secret, cannot be read"
                else:
                    values[item.key] = format_text(spec, current[spec.key])
        restart = any(isinstance(i, wme.Action) and i.action is wme.WmeAction.RESTART for i in command.items)
        restart |= any(profile.by_key[k].restart for k in changed if k in profile.by_key)
        outcome = wme.WmeOutcome(
            values=values, key_errors=errors, save_result=save_result, reset_result=reset_result
        )
        note = f"SMS command: {len(command.items)} item(s)" + (
            f", changed {', '.join(changed)}" if changed else ""
        )
        return SmsOutcome(
            reply=wme.device_reply(command, outcome), changed=changed, restart=restart, note=note
        )


class McpExecutor:
    """2N MeterCom PRO manual §4.2: `MCP INFO|CNF|RESET PWD=…`, error replies when anything is wrong."""

    dialect = MCP

    def __init__(self, store: Callable[[], ConfigStore], info: Callable[[], metercom.McpInfo]) -> None:
        self.store = store
        self.info = info

    def execute(self, text: str, *, ucs2: bool = False, concatenated: bool = False) -> SmsOutcome:
        """Run one received SMS."""
        store = self.store()
        refused = metercom.encoding_error(ucs2=ucs2, concatenated=concatenated)
        if refused is not None:
            return SmsOutcome(reply=metercom.error_reply(refused), note="UCS-2 or long SMS refused")
        password_key = mcp_password_key(store.profile)
        try:
            if password_key == PASSWORD_KEY:  # the store keeps only the login key derived from it
                request = metercom.parse_request(text, check=lambda given: _login_matches(store, given))
            else:
                password = (store.secret(password_key) if password_key else "") or MCP_DEFAULT_PASSWORD
                request = metercom.parse_request(text, password=password)
        except metercom.McpRequestError as exc:
            return SmsOutcome(
                reply=metercom.error_reply(exc.error), note=f"SMS command refused: {exc.error.value}"
            )
        if request.command is metercom.McpCommand.INFO:
            return SmsOutcome(reply=metercom.info_reply(self.info()), note="SMS INFO answered")
        if request.command is metercom.McpCommand.RESET:
            return SmsOutcome(reply=metercom.reset_reply(), restart=True, note="SMS RESET")
        keys = mcp_keys(store.profile)
        wire: dict[str, Any] = {}
        for name, value in request.params:
            key = keys.get(name)
            if key is None:
                return SmsOutcome(reply=metercom.error_reply(metercom.McpError.UNKNOWN_PARAMETER))
            spec = store.profile.by_key[key]
            try:
                wire[key] = to_wire(spec, parse_text(spec, value))
            except ValidationError:
                return SmsOutcome(reply=metercom.error_reply(metercom.McpError.PARAMETER_VALUE_INCORRECT))
        errors: dict[str, str] = {}
        result, changed = _apply(store, wire, errors) if wire else (0, [])
        if result != 0:
            return SmsOutcome(reply=metercom.error_reply(metercom.McpError.PARAMETER_VALUE_INCORRECT))
        current = store.typed_values()
        settings = {
            name: ""
            if store.profile.by_key[key].secret
            else format_text(store.profile.by_key[key], current[key])
            for name, key in keys.items()
        }
        restart = any(store.profile.by_key[k].restart for k in changed)
        note = "SMS CNF" + (f", changed {', '.join(changed)}" if changed else "")
        return SmsOutcome(reply=metercom.config_reply(settings), changed=changed, restart=restart, note=note)


Executor = WmeExecutor | McpExecutor


def _apply(store: ConfigStore, wire: dict[str, Any], errors: dict[str, str]) -> tuple[int, list[str]]:
    """Commit a batch atomically: (0, changed), or (NOT_SAVED / -1, []) with the reasons in `errors`."""
    try:
        return 0, store.apply(wire)
    except ValidationErrors as exc:
        errors.update(exc.errors)
        return NOT_SAVED, []
    except ConfigFileError:
        return -1, []


def _login_matches(store: ConfigStore, given: str) -> bool:
    key, salt, iterations = store.login_key()
    return auth.proofs_equal(auth.derive_key(given, salt, iterations), key)


def _factory_values(store: ConfigStore) -> dict[str, Any]:
    # secrets (the passwords) stay: a reset by SMS must neither lock the owner out nor open the device
    return {p.key: to_wire(p, p.default) for p in store.profile.params if not p.secret}


def _zero(default: object) -> Value:
    return False if isinstance(default, bool) else 0


def _by_underscored(store: ConfigStore, key: str) -> Any:
    """The manual's own example asks '?conn.apn_name' and answers 'conn_apn_name': accept either."""
    wanted = key.lower().replace("_", ".")
    return next((p for p in store.profile.params if p.key.replace("_", ".") == wanted), None)
