"""The key store's master password kept in the OS keyring (Credential Locker, Keychain, Secret Service)."""

from __future__ import annotations

import os
import secrets
from typing import Any

SERVICE = "gwterm"
ACCOUNT = "keystore-master"
DISABLE_ENV = "GWTERM_NO_KEYRING"


def _backend() -> Any:
    """The usable keyring backend, or None (no package, no desktop keyring, or disabled)."""
    if os.environ.get(DISABLE_ENV):
        return None
    try:
        import keyring  # noqa: PLC0415 - optional: absent or without a backend on headless machines
        import keyring.errors  # noqa: PLC0415
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    priority = getattr(backend, "priority", 0)
    name = type(backend).__module__
    if priority <= 0 or name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return None
    return backend


def available() -> bool:
    """Whether an OS keyring can hold the master password here."""
    return _backend() is not None


def stored_master() -> str | None:
    """The master password from the OS keyring, None when there is none (or no keyring)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, ACCOUNT)
    except Exception:
        return None
    return str(value) if value else None


def remember_master(master: str) -> bool:
    """Keep the master password in the OS keyring; False when there is no usable keyring."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, ACCOUNT, master)
    except Exception:
        return False
    return True


def forget_master() -> bool:
    """Remove the master password from the OS keyring; False when it held none."""
    backend = _backend()
    if backend is None or stored_master() is None:
        return False
    try:
        backend.delete_password(SERVICE, ACCOUNT)
    except Exception:
        return False
    return True


def new_master() -> str:
    """A random master password for a key store that only the keyring will ever unlock."""
    return secrets.token_urlsafe(32)
