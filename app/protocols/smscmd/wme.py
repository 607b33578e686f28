"""The WM-E SMS command dialect (WM-E2S manual §4.6), tool side and device side.

A command SMS is `pw=<password>.cmd=<items>` (just `cmd=<items>` while no CSD password is set). Items are
`?key` (query), `key = value` (set; spaces around '=' are required, `key =` clears), `AT&F` (factory
reset), `ATR` (restart), `mread` (meter registers C.1.0, 0.9.2, 0.9.1) and `certreset` (TLS settings to
defaults), joined by the separator `\\r\\n`: the manual's four typed characters by default, a real CR LF
accepted too. One SMS holds at most 160 characters (GSM 7-bit; '\\' is an extension character, two septets).

Replies, as the manual gives them: `key = value` lines for queries, `Configuration structure changed
result: <n>` after settings (0 saved, -1 flash/RAM CRC mismatch), `Configuration structure reset result: <n>`
after AT&F and certreset, `Device reset requested after SMS answer` before a restart, and
`(<C.1.0>)`, `<0.9.2>`, `<0.9.1>` lines for mread. Where the manual is silent, per-key failures are
`key: <reason>` lines (an unknown key, a value out of range) and a wrong password gets no reply at all.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.errors import DecodeError, ValidationError
from app.protocols.smscmd.packing import SMS_LIMIT, pack, sms_length

SEPARATOR = "\\r\\n"  # the separator string of the manual: backslash, r, backslash, n
CRLF = "\r\n"
PASSWORD_KEY = "csd.password"  # setting it changes the password the next SMS must carry
CHANGED = "Configuration structure changed result: "
RESET = "Configuration structure reset result: "
RESTARTING = "Device reset requested after SMS answer"
RESULT_MEANINGS = {
    0: "saved",
    -1: "CRC in SPI flash and in RAM do not match",
    -2: "a value is invalid, nothing was saved",  # the soft-gateway's code; the manual gives 0 and -1
}

_KEY = re.compile(r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$")
_KEY_ERROR = re.compile(r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*: ")
_SPLIT = re.compile(r"\\r\\n|\r\n|\n|\r")


class WmeAction(enum.Enum):
    """Commands that are not parameter queries or settings."""

    FACTORY_RESET = "AT&F"
    RESTART = "ATR"
    METER_READ = "mread"
    CERT_RESET = "certreset"


@dataclass(frozen=True, kw_only=True)
class Query:
    """`?key`: read a parameter."""

    key: str


@dataclass(frozen=True, kw_only=True)
class Assign:
    """`key = value`: set a parameter (an empty value clears it)."""

    key: str
    value: str


@dataclass(frozen=True, kw_only=True)
class Action:
    """AT&F, ATR, mread or certreset."""

    action: WmeAction


@dataclass(frozen=True, kw_only=True)
class Unparsed:
    """An item the device cannot read (e.g. `key=value` without the spaces the manual requires)."""

    text: str


WmeItem = Query | Assign | Action | Unparsed


def item_text(item: WmeItem) -> str:
    """How one item is written in a command SMS."""
    if isinstance(item, Query):
        return f"?{item.key}"
    if isinstance(item, Assign):
        return f"{item.key} = {item.value}" if item.value else f"{item.key} ="
    if isinstance(item, Action):
        return item.action.value
    return item.text


@dataclass(frozen=True, kw_only=True)
class WmeCommand:
    """One command SMS: the password (None without `pw=`) and its items in order."""

    items: tuple[WmeItem, ...]
    password: str | None = None

    def to_text(self, *, separator: str = SEPARATOR) -> str:
        """The SMS text."""
        body = "cmd=" + separator.join(item_text(i) for i in self.items)
        return body if self.password is None else f"pw={self.password}.{body}"

    @property
    def keys(self) -> tuple[str, ...]:
        """Parameter keys the command queries or sets, in order."""
        return tuple(i.key for i in self.items if isinstance(i, (Query, Assign)))


def _parse_item(text: str) -> WmeItem | None:
    stripped = text.strip()
    if not stripped:
        return None
    for action in WmeAction:
        if stripped.lower() == action.value.lower():
            return Action(action=action)
    body = stripped[1:] if stripped.startswith("?") else stripped
    if " = " in body or body.endswith(" ="):
        key, _, value = body.partition(" =")
        value = value[1:] if value.startswith(" ") else value
        key = key.strip()
        return Assign(key=key, value=value) if _KEY.match(key) else Unparsed(text=stripped)
    if stripped.startswith("?") and _KEY.match(body.strip()):
        return Query(key=body.strip())
    return Unparsed(text=stripped)


def parse_command(text: str) -> WmeCommand:
    """Device side: read a received command SMS; DecodeError if it is not `[pw=<password>.]cmd=…`."""
    body = text.strip()
    password: str | None = None
    if body.startswith("pw="):
        end = body.find(".cmd=", 3)
        if end < 0:
            raise DecodeError("the password must be followed by '.' and the command")
        password = body[3:end]
        body = body[end + 1 :]
    if not body.startswith("cmd="):
        raise DecodeError("a WM-E command SMS starts with 'cmd=' (or 'pw=<password>.cmd=')")
    items = tuple(item for part in _SPLIT.split(body[4:]) if (item := _parse_item(part)) is not None)
    if not items:
        raise DecodeError("no command after 'cmd='")
    return WmeCommand(items=items, password=password)


def authorized(command: WmeCommand, configured_password: str | None) -> bool:
    """True when the device may act: no password configured, or `pw=` carries the configured one."""
    if not configured_password:
        return True
    return command.password == configured_password


# ------------------------------------------------------------------------------------------------ replies


@dataclass(frozen=True, kw_only=True)
class MeterReading:
    """What mread answers: meter address (C.1.0), date (0.9.2) and time (0.9.1) as the meter gave them."""

    address: str
    date: str = ""
    time: str = ""


@dataclass(frozen=True, kw_only=True)
class WmeReply:
    """A reply SMS, read into its parts."""

    values: dict[str, str] = field(default_factory=dict)
    key_errors: dict[str, str] = field(default_factory=dict)
    change_result: int | None = None
    reset_result: int | None = None
    restarting: bool = False
    meter: MeterReading | None = None
    other: tuple[str, ...] = ()


def reply_lines(text: str) -> list[str]:
    """Lines of a reply, whether separated by CR LF, LF or the typed `\\r\\n`."""
    return [line.strip() for line in _SPLIT.split(text) if line.strip()]


def parse_reply(text: str) -> WmeReply:
    """Tool side: read a reply SMS (never raises; unknown lines land in `other`)."""
    lines = reply_lines(text)
    values: dict[str, str] = {}
    errors: dict[str, str] = {}
    other: list[str] = []
    change: int | None = None
    reset: int | None = None
    restarting = False
    meter: MeterReading | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        for prefix in (CHANGED, RESET):
            if line.startswith(prefix.rstrip()):
                rest = line[len(prefix.rstrip()) :].strip()
                if not rest and i < len(lines):  # the code on a line of its own
                    rest = lines[i]
                    i += 1
                code = _signed(rest)
                if code is None:
                    other.append(line)
                elif prefix == CHANGED:
                    change = code
                else:
                    reset = code
                break
        else:
            if line == RESTARTING:
                restarting = True
            elif line.startswith("(") and line.endswith(")") and meter is None:
                date = lines[i] if i < len(lines) else ""
                time = lines[i + 1] if i + 1 < len(lines) else ""
                meter = MeterReading(address=line[1:-1], date=date, time=time)
                i += 2
            elif _KEY_ERROR.match(line):  # before values: a reason may itself contain ' = '
                key, _, reason = line.partition(": ")
                errors[key] = reason.strip()
            elif " = " in line or line.endswith(" ="):
                key, _, value = line.partition(" =")
                values[key.strip()] = value[1:] if value.startswith(" ") else value
            else:
                other.append(line)
    return WmeReply(
        values=values,
        key_errors=errors,
        change_result=change,
        reset_result=reset,
        restarting=restarting,
        meter=meter,
        other=tuple(other),
    )


def _signed(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"[+-]?\d{1,9}", text) else None


@dataclass(frozen=True, kw_only=True)
class WmeOutcome:
    """Device side: what executing a command gave (the soft-gateway fills this from its config store)."""

    values: Mapping[str, str] = field(default_factory=dict)  # queried key → value text
    key_errors: Mapping[str, str] = field(default_factory=dict)  # key → why its query or setting failed
    save_result: int = 0  # reported after settings
    reset_result: int = 0  # reported after AT&F and certreset
    meter: MeterReading | None = None


def device_reply(command: WmeCommand, outcome: WmeOutcome, *, line_end: str = CRLF) -> str:
    """Device side: the reply SMS text for an executed command, items answered in order."""
    lines: list[str] = []
    restart = False
    for item in command.items:
        if isinstance(item, Query):
            if item.key in outcome.key_errors:
                lines.append(f"{item.key}: {outcome.key_errors[item.key]}")
            elif item.key in outcome.values:
                value = outcome.values[item.key]
                lines.append(f"{item.key} = {value}" if value else f"{item.key} =")
            else:
                lines.append(f"{item.key}: unknown parameter")
        elif isinstance(item, Assign):
            if item.key in outcome.key_errors:
                lines.append(f"{item.key}: {outcome.key_errors[item.key]}")
        elif isinstance(item, Unparsed):
            lines.append(f"{item.text}: not understood (write 'key = value' with spaces, or '?key')")
        elif item.action in (WmeAction.FACTORY_RESET, WmeAction.CERT_RESET):
            lines.append(f"{RESET}{outcome.reset_result}")
        elif item.action is WmeAction.METER_READ:
            meter = outcome.meter
            if meter is None:
                lines.append("mread: no answer from the meter")
            else:
                lines.extend((f"({meter.address})", meter.date, meter.time))
        else:
            restart = True
    if any(isinstance(i, Assign) for i in command.items):
        lines.append(f"{CHANGED}{outcome.save_result}")
    if restart:
        lines.append(RESTARTING)  # last: the device restarts once this reply is out
    return line_end.join(lines)


# ------------------------------------------------------------------------------------------------ planning


@dataclass(frozen=True, kw_only=True)
class WmeRequest:
    """Tool side: one command SMS to send and the command it carries."""

    command: WmeCommand
    text: str

    @property
    def keys(self) -> tuple[str, ...]:
        """Parameter keys this SMS queries or sets."""
        return self.command.keys


def _prefix(password: str | None) -> str:
    if password is None or password == "":
        return "cmd="
    if any(ch in password for ch in "\r\n") or ".cmd=" in password:
        raise ValidationError(PASSWORD_KEY, "the password cannot contain line breaks or '.cmd='")
    return f"pw={password}.cmd="


def _check_key(key: str) -> None:
    if not _KEY.match(key):
        raise ValidationError(key, "not a WM-E parameter key")


def _plan(
    items: list[WmeItem], *, password: str | None, separator: str, limit: int, last_key: str | None
) -> list[WmeRequest]:
    prefix = _prefix(password)
    prefix_len = sms_length(prefix, path=PASSWORD_KEY)
    sep_len = sms_length(separator)
    capacity = limit - prefix_len + sep_len
    sizes = []
    for item in items:
        path = item.key if isinstance(item, (Query, Assign)) else ""
        size = sms_length(item_text(item), path=path) + sep_len
        if size > capacity:
            raise ValidationError(
                path, f"too long for one SMS ({size - sep_len + prefix_len} > {limit} characters)"
            )
        sizes.append(size)
    bins = pack(sizes, capacity)
    if last_key is not None:
        # settings in the SMS after a password change would need the new password: it goes last
        last = [b for b in bins if any(getattr(items[i], "key", None) == last_key for i in b)]
        bins = [b for b in bins if b not in last] + [
            sorted(b, key=lambda i: getattr(items[i], "key", None) == last_key) for b in last
        ]
    requests = []
    for b in bins:
        command = WmeCommand(items=tuple(items[i] for i in b), password=password or None)
        requests.append(WmeRequest(command=command, text=command.to_text(separator=separator)))
    return requests


def plan_write(
    values: Mapping[str, str],
    *,
    password: str | None = None,
    separator: str = SEPARATOR,
    limit: int = SMS_LIMIT,
    password_key: str = PASSWORD_KEY,
) -> list[WmeRequest]:
    """Settings `key → value text` in as few SMS of ≤ `limit` characters as possible (ValidationError)."""
    # a new password (`password_key`) is set in the last SMS, so every SMS before it carries the old one
    items: list[WmeItem] = []
    for key, value in values.items():
        _check_key(key)
        if any(ch in value for ch in "\r\n") or "\\r\\n" in value:
            raise ValidationError(key, "line breaks cannot be sent in an SMS command")
        if value != value.strip():
            raise ValidationError(key, "leading or trailing spaces cannot be sent in an SMS command")
        items.append(Assign(key=key, value=value))
    return _plan(items, password=password, separator=separator, limit=limit, last_key=password_key)


def plan_query(
    keys: Sequence[str], *, password: str | None = None, separator: str = SEPARATOR, limit: int = SMS_LIMIT
) -> list[WmeRequest]:
    """Queries of `keys` in as few SMS as possible."""
    for key in keys:
        _check_key(key)
    items: list[WmeItem] = [Query(key=k) for k in dict.fromkeys(keys)]
    return _plan(items, password=password, separator=separator, limit=limit, last_key=None)


def action_request(action: WmeAction, *, password: str | None = None) -> WmeRequest:
    """One SMS for AT&F, ATR, mread or certreset."""
    command = WmeCommand(items=(Action(action=action),), password=password or None)
    return WmeRequest(command=command, text=command.to_text())


# ------------------------------------------------------------------------------------------------ results


@dataclass(frozen=True, kw_only=True)
class KeyResult:
    """The outcome for one key (or one action, keyed by its command text)."""

    key: str
    ok: bool
    value: str | None = None  # a queried value
    error: str = ""


@dataclass(frozen=True, kw_only=True)
class WmeResult:
    """A reply matched to its request, per key and per action."""

    request: WmeRequest
    reply: WmeReply
    results: dict[str, KeyResult]

    @property
    def ok(self) -> bool:
        """Every key and action succeeded."""
        return all(r.ok for r in self.results.values())

    @property
    def values(self) -> dict[str, str]:
        """Queried values by key."""
        return {k: r.value for k, r in self.results.items() if r.ok and r.value is not None}


def _norm(key: str) -> str:
    # the manual's own example answers 'conn_apn_name' to '?conn.apn_name'
    return key.lower().replace("_", ".")


def _lookup(table: Mapping[str, str], key: str) -> str | None:
    if key in table:
        return table[key]
    wanted = _norm(key)
    for k, v in table.items():
        if _norm(k) == wanted:
            return v
    return None


def interpret_reply(request: WmeRequest, text: str) -> WmeResult | None:
    """Tool side: per-key results if `text` answers `request`, None if it is some other SMS."""
    reply = parse_reply(text)
    results: dict[str, KeyResult] = {}
    answered = False
    for item in request.command.items:
        if isinstance(item, Query):
            value = _lookup(reply.values, item.key)
            error = _lookup(reply.key_errors, item.key)
            answered |= value is not None or error is not None
            if value is not None:
                results[item.key] = KeyResult(key=item.key, ok=True, value=value)
            else:
                results[item.key] = KeyResult(key=item.key, ok=False, error=error or "not in the reply")
        elif isinstance(item, Assign):
            error = _lookup(reply.key_errors, item.key)
            answered |= error is not None or reply.change_result is not None
            if error is not None:
                results[item.key] = KeyResult(key=item.key, ok=False, error=error)
            elif reply.change_result is None:
                results[item.key] = KeyResult(key=item.key, ok=False, error="no result in the reply")
            elif reply.change_result != 0:
                meaning = RESULT_MEANINGS.get(reply.change_result, "error")
                results[item.key] = KeyResult(
                    key=item.key, ok=False, error=f"not saved (result {reply.change_result}: {meaning})"
                )
            else:
                results[item.key] = KeyResult(key=item.key, ok=True)
        elif isinstance(item, Action):
            results[item.action.value] = _action_result(item.action, reply)
            answered |= results[item.action.value].error != "no answer in the reply"
    if not answered:
        return None
    return WmeResult(request=request, reply=reply, results=results)


def _action_result(action: WmeAction, reply: WmeReply) -> KeyResult:
    name = action.value
    if action in (WmeAction.FACTORY_RESET, WmeAction.CERT_RESET):
        if reply.reset_result is None:
            return KeyResult(key=name, ok=False, error="no answer in the reply")
        if reply.reset_result != 0:
            meaning = RESULT_MEANINGS.get(reply.reset_result, "error")
            return KeyResult(
                key=name, ok=False, error=f"reset failed (result {reply.reset_result}: {meaning})"
            )
        return KeyResult(key=name, ok=True)
    if action is WmeAction.RESTART:
        if not reply.restarting:
            return KeyResult(key=name, ok=False, error="no answer in the reply")
        return KeyResult(key=name, ok=True)
    if reply.meter is None:
        if any(line.startswith("mread:") for line in reply.other) or "mread" in reply.key_errors:
            return KeyResult(
                key=name, ok=False, error=reply.key_errors.get("mread", "no answer from the meter")
            )
        return KeyResult(key=name, ok=False, error="no answer in the reply")
    meter = reply.meter
    return KeyResult(key=name, ok=True, value=f"{meter.address};{meter.date};{meter.time}")
