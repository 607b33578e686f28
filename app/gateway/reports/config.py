"""One report instance's settings (`reportN.*` parameters of the gateway profile), checked and typed."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import ValidationError

INSTANCES = range(1, 11)
TRANSPORTS = ("http", "mqtt", "ftp", "smtp", "sftp")
FORMATS = ("json", "xml", "csv", "gwterm-json")
READOUT_CYCLE = "@readout"  # report right after each readout cycle (the MUC.one "On Readout" mode)
DEFAULT_BACKLOG = 180  # readouts (CMe3100 "Value Period: Auto")
DEFAULT_PORTS = {
    "http": 80,
    "https": 443,
    "mqtt": 1883,
    "mqtts": 8883,
    "ftp": 21,
    "ftpes": 21,
    "ftps": 990,
    "smtp": 587,
    "smtps": 465,
    "sftp": 22,
}
SCHEMES = {
    "http": ("http", "https"),
    "mqtt": ("mqtt", "mqtts"),
    "ftp": ("ftp", "ftpes", "ftps"),
    "smtp": ("smtp", "smtps"),
    "sftp": ("sftp",),
}
_INSTANCE_KEY = re.compile(r"^report(\d+)\.enabled$")


@dataclass(frozen=True, kw_only=True)
class ReportConfig:
    """The settings of report instance `instance`; the password is never held here (see `password_key`)."""

    instance: int
    enabled: bool = False
    transport: str = "http"
    url: str = ""
    format: str = "gwterm-json"
    cycle: str = READOUT_CYCLE
    tls_ca: str = ""
    tls_cert: str = ""
    tls_key: str = ""
    tls_insecure: bool = False
    username: str = ""
    mqtt_qos: int = 1
    mqtt_retain: bool = False
    mqtt_client_id: str = ""
    mail_to: str = ""
    events: bool = True
    backlog: int = DEFAULT_BACKLOG

    @property
    def password_key(self) -> str:
        """The secret parameter holding this instance's password."""
        return f"report{self.instance}.password"

    @property
    def parts(self) -> urllib.parse.SplitResult:
        """The URL split into scheme, host, port, path and query."""
        return urllib.parse.urlsplit(self.url)

    @property
    def scheme(self) -> str:
        """The URL scheme in lower case (`https`, `mqtts`, `ftpes`, …)."""
        return self.parts.scheme.lower()

    @property
    def host(self) -> str:
        """The server host name or address."""
        return self.parts.hostname or ""

    @property
    def port(self) -> int:
        """The server port (the scheme's default when the URL has none)."""
        return self.parts.port or DEFAULT_PORTS.get(self.scheme, 0)

    @property
    def path(self) -> str:
        """The URL path without its leading slash: HTTP path, MQTT topic prefix, FTP/SFTP directory."""
        return urllib.parse.unquote(self.parts.path).lstrip("/")

    @property
    def option(self) -> dict[str, str]:
        """The URL query options (`?from=gw@example.com`, …)."""
        return dict(urllib.parse.parse_qsl(self.parts.query))

    @property
    def safe_url(self) -> str:
        """The URL as it may appear in logs and events."""
        return self.url.split("?", 1)[0]

    def check(self) -> ReportConfig:
        """Raise ValidationError (path `reportN.<key>`) if an enabled instance cannot work; else self."""
        where = f"report{self.instance}"
        if self.transport not in TRANSPORTS:
            raise ValidationError(f"{where}.transport", f"unknown transport '{self.transport}'")
        if self.format not in FORMATS:
            raise ValidationError(f"{where}.format", f"unknown format '{self.format}'")
        try:
            parts = self.parts
            _ = parts.port
        except ValueError as exc:
            raise ValidationError(f"{where}.url", f"malformed URL ({exc})") from None
        if self.scheme not in SCHEMES[self.transport]:
            wanted = ", ".join(f"{s}://" for s in SCHEMES[self.transport])
            raise ValidationError(f"{where}.url", f"a {self.transport} report needs a {wanted} URL")
        if not self.host:
            raise ValidationError(f"{where}.url", "the URL names no host")
        if parts.username or parts.password:
            raise ValidationError(f"{where}.url", "put credentials in username and password, not in the URL")
        if self.transport == "smtp" and not self.mail_to.strip():
            raise ValidationError(f"{where}.mail_to", "an e-mail report needs a recipient")
        if self.mqtt_qos not in (0, 1, 2):
            raise ValidationError(f"{where}.mqtt_qos", "QoS is 0, 1 or 2")
        return self


def report_config(values: Mapping[str, object], instance: int) -> ReportConfig:
    """The typed settings of one instance from the gateway's typed values (missing keys take defaults)."""
    prefix = f"report{instance}."
    raw = {k.removeprefix(prefix): v for k, v in values.items() if k.startswith(prefix)}
    defaults = ReportConfig(instance=instance)
    fields: dict[str, object] = {}
    for name in (
        "enabled",
        "transport",
        "url",
        "format",
        "cycle",
        "tls_ca",
        "tls_cert",
        "tls_key",
        "tls_insecure",
        "username",
        "mqtt_qos",
        "mqtt_retain",
        "mqtt_client_id",
        "mail_to",
        "events",
        "backlog",
    ):
        default = getattr(defaults, name)
        value = raw.get(name, default)
        fields[name] = type(default)(value) if value is not None else default
    return ReportConfig(instance=instance, **fields)  # type: ignore[arg-type]


def report_configs(values: Mapping[str, object]) -> list[ReportConfig]:
    """Every report instance the profile defines (enabled or not), by number."""
    numbers = sorted({int(m.group(1)) for k in values if (m := _INSTANCE_KEY.match(k))})
    return [report_config(values, n) for n in numbers]
