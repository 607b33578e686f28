"""Checksums used by the framed protocols."""

from __future__ import annotations

import zlib


def _table_ccitt() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
        table.append(crc & 0xFFFF)
    return table


_CCITT = _table_ccitt()


def crc16_ccitt(data: bytes, crc: int = 0xFFFF) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection): 0x29B1 for b'123456789'."""
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ _CCITT[(crc >> 8) ^ byte]
    return crc


def crc32(data: bytes) -> int:
    """CRC-32/ISO-HDLC as zlib computes it: 0xCBF43926 for b'123456789'."""
    return zlib.crc32(data) & 0xFFFFFFFF
