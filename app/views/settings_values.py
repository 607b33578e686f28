"""Typed reads of QSettings values (which come back as strings from INI files)."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def setting_float(settings: QSettings, key: str, default: float) -> float:
    """A number, or `default` when missing or unreadable."""
    try:
        return float(str(settings.value(key, default)))
    except ValueError:
        return default


def setting_int(settings: QSettings, key: str, default: int) -> int:
    """A whole number, or `default` when missing or unreadable."""
    try:
        return int(float(str(settings.value(key, default))))
    except ValueError:
        return default


def setting_bool(settings: QSettings, key: str, default: bool = False) -> bool:
    """True for true/1/yes (INI files store booleans as text)."""
    return str(settings.value(key, default)).lower() in ("true", "1", "yes")


def setting_str(settings: QSettings, key: str, default: str = "") -> str:
    """Text, or `default`."""
    value = settings.value(key, default)
    return default if value is None else str(value)
