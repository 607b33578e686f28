"""CRC-16 of EN 13757-4 (frame format A/B blocks), also used for the ELL payload CRC and format signatures."""

from __future__ import annotations

POLYNOMIAL = 0x3D65  # x^16 + x^13 + x^12 + x^11 + x^10 + x^8 + x^6 + x^5 + x^2 + 1


def _table() -> tuple[int, ...]:
    rows = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ POLYNOMIAL) if crc & 0x8000 else (crc << 1)
        rows.append(crc & 0xFFFF)
    return tuple(rows)


_TABLE = _table()


def crc16_en13757(data: bytes) -> int:
    """CRC-16/EN-13757 (poly 3D65h, init 0, not reflected, result inverted): 0xC2B7 for b'123456789'."""
    crc = 0
    table = _TABLE
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ table[(crc >> 8) ^ byte]
    return crc ^ 0xFFFF
