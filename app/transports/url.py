"""Connection URLs: serial, tcp, tls, loop, csd and sms (DESIGN.md, Transports by URL)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from app.errors import ValidationError

SCHEMES = ("serial", "tcp", "tls", "loop", "csd", "sms")
_PHONE = re.compile(r"^\+?[0-9*#]{3,20}$")


@dataclass(frozen=True, kw_only=True)
class ConnectionUrl:
    """A parsed connection URL."""

    scheme: str
    host: str = ""
    port: int | None = None
    path: str = ""
    options: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def option(self, name: str, default: str = "") -> str:
        """A query option, or `default`."""
        return self.options.get(name, default)


def parse_url(text: str, *, default_port: int | None = None) -> ConnectionUrl:
    """Parse and check a connection URL; ValidationError names what is wrong."""
    parts = urlsplit(text.strip())
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise ValidationError("url", f"'{text}': unknown scheme, use one of {', '.join(SCHEMES)}://")
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    if scheme == "serial":
        device = unquote(parts.netloc + parts.path)  # serial:///dev/ttyUSB0 or serial://COM3
        if not device:
            raise ValidationError("url", f"'{text}': no serial device")
        return ConnectionUrl(scheme=scheme, path=device, options=options, text=text)
    if scheme == "loop":
        name = parts.netloc + parts.path
        return ConnectionUrl(scheme=scheme, host=name or "default", options=options, text=text)
    if scheme in ("csd", "sms"):
        number = unquote(parts.netloc + parts.path).replace(" ", "")
        if not _PHONE.match(number):
            raise ValidationError("url", f"'{text}': needs a phone number, e.g. {scheme}://+36201234567")
        return ConnectionUrl(scheme=scheme, host=number, options=options, text=text)
    try:
        port = parts.port if parts.port is not None else default_port
    except ValueError:
        raise ValidationError("url", f"'{text}': port is not a number from 1 to 65535") from None
    if not parts.hostname or port is None:
        raise ValidationError("url", f"'{text}': needs host and port, e.g. {scheme}://127.0.0.1:9001")
    return ConnectionUrl(scheme=scheme, host=parts.hostname, port=port, options=options, text=text)


def serial_format(text: str) -> tuple[int, str, float]:
    """Byte size, parity letter and stop bits of a data format such as `8N1` or `7E1`."""
    fmt = text.strip().upper()
    if len(fmt) not in (3, 4) or fmt[0] not in "5678" or fmt[1] not in "NEOMS":
        raise ValidationError("format", f"'{text}' is not a data format like 8N1 or 7E1")
    stop = fmt[2:]
    if stop not in ("1", "2", "15"):
        raise ValidationError("format", f"'{text}': stop bits must be 1, 1.5 (15) or 2")
    return int(fmt[0]), fmt[1], {"1": 1.0, "2": 2.0, "15": 1.5}[stop]
