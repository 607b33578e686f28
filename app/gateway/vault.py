"""Secret values at rest in the state dir: AES-256-GCM under a per-gateway key file (mode 0600)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import ConfigFileError


class Vault:
    """Seals and opens small secrets; the key never leaves `device.key`."""

    def __init__(self, key_file: Path) -> None:
        if not key_file.exists():
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(32))
                handle.flush()
                os.fsync(handle.fileno())
        key = key_file.read_bytes()
        if len(key) != 32:
            raise ConfigFileError(f"{key_file}: damaged key file")
        self._aead = AESGCM(key)

    def seal(self, label: str, secret: bytes) -> str:
        """Hex of nonce ‖ ciphertext, bound to `label` (the parameter key)."""
        nonce = os.urandom(12)
        return (nonce + self._aead.encrypt(nonce, secret, label.encode())).hex()

    def open(self, label: str, sealed: str) -> bytes:
        """The secret; ConfigFileError if it was tampered with or sealed under another label."""
        try:
            raw = bytes.fromhex(sealed)
            return self._aead.decrypt(raw[:12], raw[12:], label.encode())
        except (ValueError, InvalidTag):
            raise ConfigFileError(f"secret '{label}' cannot be opened: wrong key file or damaged") from None
