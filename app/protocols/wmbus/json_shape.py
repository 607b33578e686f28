"""The machine-readable shape of a wireless telegram: `gwterm mbus decode`'s, the header extended.

DESIGN.md: the header adds "security_mode" (TPL security mode: 0, 5, 7, …) and "decrypted" (true when
a key decrypted the payload here; false for telegrams that arrived in clear, including those the
sender already decrypted), and "rssi" (the receiver's raw byte) when the receiver appended one.
Records are exactly what the wired decoder's `telegram_to_json` gives. A manufacturer-specific payload
(CI A0h-B7h) has no records and adds "manufacturer_data" (hex) beside them; record bytes after the
last decodable record add "undecoded" (hex) and "problem" (why).
"""

from __future__ import annotations

from typing import Any

from app.protocols.mbus.json_shape import header_to_json, telegram_to_json
from app.protocols.wmbus.telegram import WTelegram


def wmbus_to_json(telegram: WTelegram) -> dict[str, Any]:
    """{"header": {..., "security_mode", "decrypted"[, "rssi"]}, "records": [...]}."""
    if telegram.telegram is not None:
        doc = telegram_to_json(telegram.telegram)
    else:
        doc = {"header": header_to_json(telegram.header), "records": []}
    header = doc["header"]
    if header.get("access_number") is None and telegram.access_number is not None:
        header["access_number"] = telegram.access_number
    header["security_mode"] = telegram.security_mode
    header["decrypted"] = telegram.decrypted
    if telegram.rssi is not None:
        header["rssi"] = telegram.rssi
    if telegram.telegram is None:
        doc["manufacturer_data"] = telegram.manufacturer_data.hex().upper()
    if telegram.undecoded:
        doc["undecoded"] = telegram.undecoded.hex().upper()
        doc["problem"] = telegram.problem
    return doc
