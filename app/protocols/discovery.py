"""LAN discovery (docs/discovery.md): a UDP request, and the JSON announcement gateways answer with."""

from __future__ import annotations

import json
from typing import Any

from app.errors import DecodeError

PORT = 9009
REQUEST = b"GWTERM-DISCOVER/1\n"
ANNOUNCE_FIELDS = ("model", "serial", "firmware", "name", "url")
MAX_DATAGRAM = 1400


def is_request(datagram: bytes) -> bool:
    """Whether a datagram is a discovery request (anything after the first line is ignored)."""
    return datagram.split(b"\n", 1)[0] + b"\n" == REQUEST


def encode_announce(info: dict[str, Any]) -> bytes:
    """One gateway's announcement: a JSON object with kind, version and the identity fields."""
    body = {"gwterm": "announce", "v": 1, **{k: info.get(k, "") for k in ANNOUNCE_FIELDS}}
    data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    if len(data) > MAX_DATAGRAM:
        raise DecodeError("announcement longer than one datagram")
    return data


def decode_announce(datagram: bytes) -> dict[str, str]:
    """The identity fields of an announcement; DecodeError for anything else."""
    try:
        body = json.loads(datagram.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DecodeError("not a gwterm announcement (no JSON)") from None
    if not isinstance(body, dict) or body.get("gwterm") != "announce" or body.get("v") != 1:
        raise DecodeError("not a gwterm announcement")
    return {k: str(body.get(k, "")) for k in ANNOUNCE_FIELDS}
