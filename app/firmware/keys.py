"""Firmware keys: an Ed25519 signing pair and one AES-256 key per model, in a key folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import FirmwareError

SIGNING = "signing.pem"
VERIFY = "verify.pem"
MODEL_KEYS = "model-keys.json"


def keygen(folder: Path, models: list[str]) -> None:
    """Create a key folder: signing key (mode 0600), verify key, and a key for each model."""
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / SIGNING).exists():
        raise FirmwareError(f"{folder} already holds keys; use another folder")
    private = Ed25519PrivateKey.generate()
    _write_secret(
        folder / SIGNING,
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )
    (folder / VERIFY).write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    _write_secret(
        folder / MODEL_KEYS, json.dumps({m: os.urandom(32).hex() for m in models}, indent=1).encode()
    )


def _write_secret(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def signing_key(folder: Path) -> Ed25519PrivateKey:
    """The signing key of a key folder."""
    try:
        key = serialization.load_pem_private_key((folder / SIGNING).read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise FirmwareError(f"{folder / SIGNING}: no usable signing key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise FirmwareError(f"{folder / SIGNING}: not an Ed25519 key")
    return key


def verify_key(path: Path) -> Ed25519PublicKey:
    """A verify key from a key folder or a PEM file."""
    pem = path / VERIFY if path.is_dir() else path
    try:
        key = serialization.load_pem_public_key(pem.read_bytes())
    except (OSError, ValueError) as exc:
        raise FirmwareError(f"{pem}: no usable verify key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise FirmwareError(f"{pem}: not an Ed25519 key")
    return key


def model_key(folder: Path, model: str) -> bytes:
    """The AES-256 key of a model."""
    try:
        keys = json.loads((folder / MODEL_KEYS).read_text())
        return bytes.fromhex(keys[model])
    except KeyError:
        raise FirmwareError(f"{folder}: no key for model {model}") from None
    except (OSError, ValueError) as exc:
        raise FirmwareError(f"{folder / MODEL_KEYS}: unreadable ({exc})") from None
