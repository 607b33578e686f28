"""An encrypted key store file: scrypt-derived key, AES-256-GCM over the whole entry list."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.atomic import read_json, write_json
from app.errors import AuthError, ConfigFileError, ValidationError

DEVICE_PASSWORD = "device-password"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # memory-hard: 32 MiB per guess


@dataclass(frozen=True, kw_only=True)
class Entry:
    """One secret: what kind it is, the reference that finds it, the secret, and free attributes."""

    kind: str
    ref: str
    secret: str
    attrs: dict[str, str] = field(default_factory=dict)


class KeyStore:
    """Entries kept in memory once unlocked; every save re-encrypts the whole file atomically."""

    def __init__(self, path: Path, master_password: str) -> None:
        self.path = path
        self._entries: dict[tuple[str, str], Entry] = {}
        if path.exists():
            doc = read_json(path)
            try:
                kdf = doc["kdf"]
                self._salt = bytes.fromhex(kdf["salt"])
                self._key = _derive(master_password, self._salt, int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
                nonce, sealed = bytes.fromhex(doc["nonce"]), bytes.fromhex(doc["sealed"])
            except (KeyError, TypeError, ValueError):
                raise ConfigFileError(f"{path}: not a gwterm key store") from None
            try:
                plain = AESGCM(self._key).decrypt(nonce, sealed, b"gwterm keystore v1")
            except InvalidTag:
                raise AuthError(f"{path}: wrong master password") from None
            for raw in json.loads(plain)["entries"]:
                entry = Entry(**raw)
                self._entries[(entry.kind, entry.ref)] = entry
        else:
            if not master_password:
                raise ValidationError("master password", "must not be empty")
            self._salt = os.urandom(16)
            self._key = _derive(master_password, self._salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)

    def get(self, kind: str, ref: str) -> Entry | None:
        """The entry of this kind under this reference, if any."""
        return self._entries.get((kind, ref))

    def put(self, entry: Entry) -> None:
        """Add or replace an entry and save."""
        self._entries[(entry.kind, entry.ref)] = entry
        self.save()

    def put_many(self, entries: list[Entry]) -> None:
        """Add or replace several entries with one save (a bulk key import)."""
        for entry in entries:
            self._entries[(entry.kind, entry.ref)] = entry
        self.save()

    def remove(self, kind: str, ref: str) -> bool:
        """Remove an entry and save; False if there was none."""
        if self._entries.pop((kind, ref), None) is None:
            return False
        self.save()
        return True

    def entries(self, kind: str | None = None) -> list[Entry]:
        """All entries, or those of one kind, sorted by reference."""
        return sorted(
            (e for e in self._entries.values() if kind in (None, e.kind)), key=lambda e: (e.kind, e.ref)
        )

    def change_master(self, new_master: str) -> None:
        """Re-encrypt the store under a new master password (fresh salt), atomically."""
        if not new_master:
            raise ValidationError("master password", "must not be empty")
        self._salt = os.urandom(16)
        self._key = _derive(new_master, self._salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        self.save()

    def save(self) -> None:
        """Encrypt and write the whole store."""
        plain = json.dumps({"entries": [asdict(e) for e in self.entries()]}).encode()
        nonce = os.urandom(12)
        sealed = AESGCM(self._key).encrypt(nonce, plain, b"gwterm keystore v1")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc: dict[str, Any] = {
            "format": "gwterm-keystore-1",
            "kdf": {"name": "scrypt", "salt": self._salt.hex(), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "nonce": nonce.hex(),
            "sealed": sealed.hex(),
        }
        write_json(self.path, doc)


def default_keystore_path() -> Path:
    """$GWTERM_KEYSTORE, else keystore.json in the user's data folder (shared by CLI and GUI)."""
    import platformdirs  # noqa: PLC0415

    override = os.environ.get("GWTERM_KEYSTORE")
    return Path(override) if override else Path(platformdirs.user_data_dir("gwterm")) / "keystore.json"


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not (2**10 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ConfigFileError("key store KDF parameters out of range")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))
