"""Wireless M-Bus (EN 13757-4 link layer, EN 13757-7 transport and security, OMS): sans-I/O codecs."""

from app.protocols.wmbus.compact import FormatCache
from app.protocols.wmbus.errors import (
    CorruptTelegramError,
    FragmentedTelegramError,
    NoKeyError,
    UnknownFormatError,
    UnsupportedSecurityError,
    WmbusError,
    WrongKeyError,
)
from app.protocols.wmbus.telegram import KeyLookup, WTelegram, decode_telegram, encode_telegram

__all__ = [
    "CorruptTelegramError",
    "FormatCache",
    "FragmentedTelegramError",
    "KeyLookup",
    "NoKeyError",
    "UnknownFormatError",
    "UnsupportedSecurityError",
    "WTelegram",
    "WmbusError",
    "WrongKeyError",
    "decode_telegram",
    "encode_telegram",
]
