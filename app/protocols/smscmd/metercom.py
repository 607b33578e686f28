"""The 2N MeterCom SMS dialect (2N MeterCom PRO manual §4.2), tool side and device side.

`MCP INFO PWD=<pw>`, `MCP CNF PWD=<pw> APN=<apn>; DUSR=…; DPWD=…; IP=…; PORT=…; NPWD=…; RINT=…;` and
`MCP RESET PWD=<pw>`: case-sensitive, parts separated by spaces, a value with spaces in brackets, one 7-bit
SMS of at most 160 characters. Replies: `EM_ID=… SN=… SIG=-57dBm LIP=… STAT=… TECH=…` (INFO), the new
settings `APN=… DUSR=… DPWD= IP=… PORT=… RINT=…` (CNF, NPWD not echoed), `OK` (RESET, before restarting),
or one of the error texts, after which nothing was executed.

Where the manual is silent: brackets are round `( )` (square, curly and double quotes are accepted too),
every CNF parameter ends with ';' (the full form the manual prints), an SMS without the `MCP` header or
in UCS-2 or concatenated gets `Unknown command`.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.errors import AuthError, DeviceError, RemoteProtocolError, ValidationError
from app.protocols.smscmd.packing import SMS_LIMIT, pack, sms_length

HEADER = "MCP"
CONFIG_PARAMETERS = ("APN", "DUSR", "DPWD", "IP", "PORT", "NPWD", "RINT")
INFO_FIELDS = ("EM_ID", "SN", "SIG", "LIP", "STAT", "TECH")
NEW_PASSWORD = "NPWD"
_BRACKETS = {"(": ")", "[": "]", "{": "}", '"': '"'}


class McpCommand(enum.Enum):
    """The commands the module accepts."""

    INFO = "INFO"
    CNF = "CNF"
    RESET = "RESET"


class McpError(enum.Enum):
    """Error replies (manual §4.2 'Error Replies'); after one, nothing was executed."""

    UNKNOWN_COMMAND = "Unknown command"
    PASSWORD_MISSING = "Password missing"
    PASSWORD_INCORRECT = "Password incorrect"
    TOO_MANY_PARAMETERS = "Too many parameters"
    UNKNOWN_PARAMETER = "Unknown parameter"
    PARAMETER_VALUE_INCORRECT = "Parameter value incorrect"


class McpRequestError(RemoteProtocolError):
    """Device side: a received SMS the module answers with an error reply."""

    def __init__(self, error: McpError, detail: str = "") -> None:
        super().__init__(f"{error.value}{': ' + detail if detail else ''}")
        self.error = error


@dataclass(frozen=True, kw_only=True)
class McpRequest:
    """One command SMS: command, password and (for CNF) parameters in order."""

    command: McpCommand
    password: str
    params: tuple[tuple[str, str], ...] = ()

    def to_text(self) -> str:
        """The SMS text."""
        parts = [HEADER, self.command.value, f"PWD={_quote(self.password)}"]
        parts += [f"{key}={_quote(value)};" for key, value in self.params]
        return " ".join(parts)

    @property
    def keys(self) -> tuple[str, ...]:
        """Parameter names the request sets."""
        return tuple(key for key, _ in self.params)


def _quote(value: str) -> str:
    return f"({value})" if " " in value else value


def _tokens(text: str) -> list[str]:
    """Space-separated parts; a bracketed value may hold spaces."""
    tokens: list[str] = []
    current: list[str] = []
    closer: str | None = None
    for ch in text:
        if closer is not None:
            current.append(ch)
            if ch == closer:
                closer = None
            continue
        if ch.isspace():
            if current:
                tokens.append("".join(current))
                current = []
            continue
        if ch in _BRACKETS and current and current[-1] == "=":
            closer = _BRACKETS[ch]
        current.append(ch)
    if current:
        tokens.append("".join(current))
    return tokens


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] in _BRACKETS and value[-1] == _BRACKETS[value[0]]:
        return value[1:-1]
    return value


def _split_param(token: str) -> tuple[str, str] | None:
    if "=" not in token:
        return None
    key, _, value = token.partition("=")
    if value.endswith(";"):
        value = value[:-1]
    return key, _unquote(value)


def validate_parameter(key: str, value: str) -> str | None:
    """Why a CNF value is out of limits (manual §4.2), or None when it is fine."""
    if key == "IP":
        try:
            ipaddress.IPv4Address(value)
        except ValueError:
            return "a numeric IPv4 address (domain names are not allowed)"
        return None
    if key == "PORT":
        return None if value.isdigit() and 1 <= int(value) <= 65535 else "a port number 1-65535"
    if key == "RINT":
        return None if value.isdigit() and 0 <= int(value) <= 24 else "hours 1-24, or 0 (disabled)"
    if key == NEW_PASSWORD and not value:
        return "a password cannot be empty"
    return None


def parse_request(
    text: str, *, password: str | None = None, check: Callable[[str], bool] | None = None
) -> McpRequest:
    """Device side: read an SMS (PWD checked against `password` or by `check`); errors name the reply."""
    # checks run in the order command, password, parameter names, parameter count, values
    tokens = _tokens(text.strip())
    if len(tokens) < 2 or tokens[0] != HEADER:
        raise McpRequestError(McpError.UNKNOWN_COMMAND, f"an SMS command starts with '{HEADER} '")
    try:
        command = McpCommand(tokens[1])
    except ValueError:
        raise McpRequestError(McpError.UNKNOWN_COMMAND, tokens[1][:20]) from None
    pairs = [_split_param(t) for t in tokens[2:]]
    first = pairs[0] if pairs else None
    if first is None or first[0] != "PWD" or not first[1]:
        raise McpRequestError(McpError.PASSWORD_MISSING)
    if (password is not None and first[1] != password) or (check is not None and not check(first[1])):
        raise McpRequestError(McpError.PASSWORD_INCORRECT)
    params: list[tuple[str, str]] = []
    for pair, token in zip(pairs[1:], tokens[3:], strict=True):
        if pair is None or pair[0] not in CONFIG_PARAMETERS:
            raise McpRequestError(McpError.UNKNOWN_PARAMETER, token[:20])
        params.append(pair)
    keys = [k for k, _ in params]
    if (command is not McpCommand.CNF and params) or len(set(keys)) != len(keys):
        raise McpRequestError(McpError.TOO_MANY_PARAMETERS)
    for key, value in params:
        reason = validate_parameter(key, value)
        if reason is not None:
            raise McpRequestError(McpError.PARAMETER_VALUE_INCORRECT, f"{key} must be {reason}")
    return McpRequest(command=command, password=first[1], params=tuple(params))


def encoding_error(*, ucs2: bool = False, concatenated: bool = False) -> McpError | None:
    """Device side: the module processes only single 7-bit SMS (manual §4.2 notes)."""
    return McpError.UNKNOWN_COMMAND if ucs2 or concatenated else None


# ------------------------------------------------------------------------------------------------ replies


class McpReplyKind(enum.Enum):
    """What a reply SMS is."""

    INFO = "info"
    CONFIG = "config"
    OK = "ok"
    ERROR = "error"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True)
class McpInfo:
    """The INFO reply's fields."""

    meter_id: str = ""
    serial: str = ""
    signal_dbm: int | None = None
    ip: str = ""
    state: str = ""  # LISTEN, GSM, OPTO, 485
    technology: str = ""  # GPRS, UMTS


@dataclass(frozen=True, kw_only=True)
class McpReply:
    """A reply SMS, read."""

    kind: McpReplyKind
    fields: dict[str, str]
    error: McpError | None = None
    text: str = ""

    @property
    def info(self) -> McpInfo:
        """The INFO fields, typed."""
        sig = self.fields.get("SIG", "")
        match = re.fullmatch(r"\s*(-?\d{1,4})\s*(?:dBm)?\s*", sig, re.IGNORECASE)
        return McpInfo(
            meter_id=self.fields.get("EM_ID", ""),
            serial=self.fields.get("SN", ""),
            signal_dbm=int(match.group(1)) if match else None,
            ip=self.fields.get("LIP", ""),
            state=self.fields.get("STAT", ""),
            technology=self.fields.get("TECH", ""),
        )

    def raise_for_error(self) -> McpReply:
        """Self, or AuthError for password errors and DeviceError for the others."""
        if self.error in (McpError.PASSWORD_MISSING, McpError.PASSWORD_INCORRECT):
            raise AuthError(f"2N MeterCom: {self.error.value}")
        if self.error is not None:
            raise DeviceError(f"2N MeterCom: {self.error.value}", code=self.error.name.lower())
        return self


def parse_reply(text: str) -> McpReply:
    """Tool side: read a reply SMS (never raises)."""
    stripped = " ".join(text.split())
    for error in McpError:
        if stripped.rstrip(".!").lower() == error.value.lower():
            return McpReply(kind=McpReplyKind.ERROR, fields={}, error=error, text=text)
    if stripped.upper() == "OK":
        return McpReply(kind=McpReplyKind.OK, fields={}, text=text)
    fields: dict[str, str] = {}
    for token in _tokens(stripped):
        pair = _split_param(token)
        if pair is None:
            return McpReply(kind=McpReplyKind.OTHER, fields={}, text=text)
        fields[pair[0]] = pair[1]
    if fields and set(fields) <= set(INFO_FIELDS):
        return McpReply(kind=McpReplyKind.INFO, fields=fields, text=text)
    if fields and set(fields) <= set(CONFIG_PARAMETERS):
        return McpReply(kind=McpReplyKind.CONFIG, fields=fields, text=text)
    return McpReply(kind=McpReplyKind.OTHER, fields=fields, text=text)


def info_reply(info: McpInfo) -> str:
    """Device side: the INFO reply text."""
    sig = "" if info.signal_dbm is None else f"{info.signal_dbm}dBm"
    values = (info.meter_id, info.serial, sig, info.ip, info.state, info.technology)
    return " ".join(f"{k}={_quote(v)}" for k, v in zip(INFO_FIELDS, values, strict=True))


def config_reply(settings: Mapping[str, str]) -> str:
    """Device side: the CNF reply listing the settings now in force (NPWD never included)."""
    return " ".join(f"{k}={_quote(settings.get(k, ''))}" for k in CONFIG_PARAMETERS if k != NEW_PASSWORD)


def reset_reply() -> str:
    """Device side: the confirmation sent before restarting."""
    return "OK"


def error_reply(error: McpError) -> str:
    """Device side: an error reply."""
    return error.value


# ------------------------------------------------------------------------------------------------ planning


def info_request(password: str) -> McpRequest:
    """`MCP INFO PWD=<password>`."""
    return McpRequest(command=McpCommand.INFO, password=_check_password(password))


def reset_request(password: str) -> McpRequest:
    """`MCP RESET PWD=<password>`."""
    return McpRequest(command=McpCommand.RESET, password=_check_password(password))


def _check_password(password: str) -> str:
    if (
        not password
        or any(ch in password for ch in "\r\n")
        or (" " in password and set("()") & set(password))
    ):
        raise ValidationError("PWD", "the password is empty or cannot be written in an SMS")
    return password


def plan_configuration(
    values: Mapping[str, str], *, password: str, limit: int = SMS_LIMIT
) -> list[McpRequest]:
    """CNF settings in as few SMS of at most `limit` characters as possible; NPWD goes in the last one."""
    _check_password(password)
    head = McpRequest(command=McpCommand.CNF, password=password).to_text()
    head_len = sms_length(head, path="PWD")
    capacity = limit - head_len
    keys = list(values)
    sizes = []
    for key in keys:
        value = values[key]
        if key not in CONFIG_PARAMETERS:
            raise ValidationError(key, f"not a 2N MeterCom SMS parameter ({', '.join(CONFIG_PARAMETERS)})")
        reason = validate_parameter(key, value)
        if reason is not None:
            raise ValidationError(key, f"must be {reason}")
        if " " in value and any(ch in value for ch in "()"):
            raise ValidationError(key, "a value with spaces cannot also contain brackets")
        if any(ch in value for ch in "\r\n"):
            raise ValidationError(key, "line breaks cannot be sent in an SMS command")
        size = 1 + sms_length(f"{key}={_quote(value)};", path=key)
        if size > capacity:
            raise ValidationError(key, f"too long for one SMS ({head_len + size} > {limit} characters)")
        sizes.append(size)
    bins = pack(sizes, capacity)
    last = [b for b in bins if any(keys[i] == NEW_PASSWORD for i in b)]
    bins = [b for b in bins if b not in last] + [
        sorted(b, key=lambda i: keys[i] == NEW_PASSWORD) for b in last
    ]
    return [
        McpRequest(
            command=McpCommand.CNF, password=password, params=tuple((keys[i], values[keys[i]]) for i in b)
        )
        for b in bins
    ]


# ------------------------------------------------------------------------------------------------ results


@dataclass(frozen=True, kw_only=True)
class McpKeyResult:
    """The outcome for one CNF parameter."""

    key: str
    ok: bool
    error: str = ""


@dataclass(frozen=True, kw_only=True)
class McpResult:
    """A reply matched to its request."""

    request: McpRequest
    reply: McpReply
    results: dict[str, McpKeyResult]

    @property
    def ok(self) -> bool:
        """No error reply and every parameter confirmed."""
        return self.reply.error is None and all(r.ok for r in self.results.values())


def interpret_reply(request: McpRequest, text: str) -> McpResult | None:
    """Tool side: the result if `text` answers `request` (an error reply answers any), else None."""
    reply = parse_reply(text)
    expected = {
        McpCommand.INFO: McpReplyKind.INFO,
        McpCommand.CNF: McpReplyKind.CONFIG,
        McpCommand.RESET: McpReplyKind.OK,
    }[request.command]
    if reply.kind is McpReplyKind.ERROR:
        results = {
            k: McpKeyResult(key=k, ok=False, error=reply.error.value if reply.error else "")
            for k in request.keys
        }
        return McpResult(request=request, reply=reply, results=results)
    if reply.kind is not expected:
        return None
    results = {}
    for key, sent in request.params:
        echoed = reply.fields.get(key)
        masked = not echoed or set(echoed) == {"*"}
        if key == NEW_PASSWORD or (key == "DPWD" and masked):
            results[key] = McpKeyResult(key=key, ok=True)  # passwords are not (or not readably) echoed
        elif echoed is None:
            results[key] = McpKeyResult(key=key, ok=False, error="not confirmed in the reply")
        elif echoed != sent:
            results[key] = McpKeyResult(key=key, ok=False, error=f"device reports {echoed!r}")
        else:
            results[key] = McpKeyResult(key=key, ok=True)
    return McpResult(request=request, reply=reply, results=results)
