"""What a report carries (content) and what a transport delivers (documents)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.gateway.storage import Event, MeterInfo, Reading


@dataclass(frozen=True, kw_only=True)
class MeterData:
    """One meter and its readings in a report, by (ts, key)."""

    meter: MeterInfo
    readings: tuple[Reading, ...]


@dataclass(frozen=True, kw_only=True)
class ReportContent:
    """One queued message to render: readings of some readout cycles, or one event."""

    message_id: str
    kind: str  # "readings" | "event"
    gateway: str  # the gateway's id (serial): topics, message ids, file names
    gateway_name: str
    created: int  # POSIX seconds (UTC)
    meters: tuple[MeterData, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Document:
    """One unit a transport delivers: a POST body, an MQTT publish, a file, an e-mail attachment."""

    message_id: str
    body: bytes
    content_type: str
    filename: str
    topic: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def utc_text(ts: int) -> str:
    """ISO 8601 UTC, `2024-05-01T12:00:00Z`."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def file_stamp(ts: int) -> str:
    """`YYYYMMDDhhmmss` in UTC (CMe3100 file names)."""
    return time.strftime("%Y%m%d%H%M%S", time.gmtime(ts))


def topic_part(text: str) -> str:
    """Text made safe as one MQTT topic level (no /, + or #)."""
    return "".join("_" if c in "/+#\x00" else c for c in text) or "_"
