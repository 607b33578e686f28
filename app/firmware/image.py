"""The firmware image format (docs/firmware.md): header, Ed25519 signature, AES-256-GCM payload."""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import FirmwareError

MAGIC = b"GWFW"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">4sBI")  # magic, format version, header length
SIGNATURE_SIZE = 64
NONCE_SIZE = 12
TAG_SIZE = 16
MAX_HEADER = 64 * 1024
_VERSION = re.compile(r"^\d{1,4}\.\d{1,4}\.\d{1,6}$")


def parse_version(text: str) -> tuple[int, int, int]:
    """'1.2.3' → (1, 2, 3); FirmwareError for anything else."""
    if not _VERSION.match(text):
        raise FirmwareError(f"'{text}' is not a version X.Y.Z")
    major, minor, patch = (int(p) for p in text.split("."))
    return major, minor, patch


@dataclass(frozen=True, kw_only=True)
class ImageHeader:
    """What an image is for and what it contains; signed together with the payload."""

    models: tuple[str, ...]
    version: str
    min_version: str = "0.0.0"  # the oldest version this image may replace
    hardware_ids: tuple[str, ...] = ("*",)
    allow_downgrade: bool = False
    payload_size: int = 0
    sha256: str = ""
    payload_kind: str = "raw"  # "gateway-runtime" for a soft-gateway update (a zip of the runtime)
    signer: str = ""  # fingerprint of the verify key
    created: str = ""
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> bytes:
        """Canonical JSON (sorted keys, no spaces)."""
        body = {
            "models": list(self.models),
            "version": self.version,
            "min_version": self.min_version,
            "hardware_ids": list(self.hardware_ids),
            "allow_downgrade": self.allow_downgrade,
            "payload_size": self.payload_size,
            "sha256": self.sha256,
            "payload_kind": self.payload_kind,
            "signer": self.signer,
            "created": self.created,
            "notes": self.notes,
            "extra": self.extra,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> ImageHeader:
        """Parse and check the header's fields."""
        try:
            body = json.loads(raw.decode("utf-8"))
            header = cls(
                models=tuple(str(m) for m in body["models"]),
                version=str(body["version"]),
                min_version=str(body.get("min_version", "0.0.0")),
                hardware_ids=tuple(str(h) for h in body.get("hardware_ids", ["*"])),
                allow_downgrade=bool(body.get("allow_downgrade", False)),
                payload_size=int(body["payload_size"]),
                sha256=str(body["sha256"]),
                payload_kind=str(body.get("payload_kind", "raw")),
                signer=str(body.get("signer", "")),
                created=str(body.get("created", "")),
                notes=str(body.get("notes", "")),
                extra=dict(body.get("extra", {})),
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
            raise FirmwareError("the image header is not valid") from None
        parse_version(header.version)
        parse_version(header.min_version)
        if not header.models or not re.fullmatch(r"[0-9a-f]{64}", header.sha256) or header.payload_size < 0:
            raise FirmwareError("the image header is incomplete")
        return header


@dataclass(frozen=True, kw_only=True)
class Image:
    """A parsed image: header, the signature and the encrypted payload, as shipped."""

    header: ImageHeader
    header_bytes: bytes
    signature: bytes
    nonce: bytes
    ciphertext: bytes

    @property
    def signed_part(self) -> bytes:
        """What the signature covers: prefix, header, nonce and encrypted payload."""
        return (
            PREFIX.pack(MAGIC, FORMAT_VERSION, len(self.header_bytes))
            + self.header_bytes
            + self.nonce
            + self.ciphertext
        )

    def to_bytes(self) -> bytes:
        """The image file."""
        prefix = PREFIX.pack(MAGIC, FORMAT_VERSION, len(self.header_bytes))
        return prefix + self.header_bytes + self.signature + self.nonce + self.ciphertext


def fingerprint(public: Ed25519PublicKey) -> str:
    """A short id of a verify key: the first 16 hex digits of SHA-256 of its raw bytes."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def pack(payload: bytes, header: ImageHeader, *, signing_key: Ed25519PrivateKey, model_key: bytes) -> bytes:
    """Encrypt the payload under the model key, sign header and payload, return the image file."""
    if len(model_key) != 32:
        raise FirmwareError("a model key is 32 bytes (AES-256)")
    final = ImageHeader(
        **{
            **header.__dict__,
            "payload_size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "signer": fingerprint(signing_key.public_key()),
        }
    )
    header_bytes = final.to_json()
    nonce = os.urandom(NONCE_SIZE)
    ciphertext = AESGCM(model_key).encrypt(nonce, payload, header_bytes)
    unsigned = Image(
        header=final, header_bytes=header_bytes, signature=b"", nonce=nonce, ciphertext=ciphertext
    )
    signature = signing_key.sign(unsigned.signed_part)
    return Image(
        header=final, header_bytes=header_bytes, signature=signature, nonce=nonce, ciphertext=ciphertext
    ).to_bytes()


def parse(raw: bytes) -> Image:
    """Split an image file into its parts; FirmwareError for a damaged or truncated file."""
    if len(raw) < PREFIX.size:
        raise FirmwareError(f"not a firmware image: {len(raw)} bytes")
    magic, version, header_length = PREFIX.unpack_from(raw)
    if magic != MAGIC:
        raise FirmwareError("not a gwterm firmware image (bad magic)")
    if version != FORMAT_VERSION:
        raise FirmwareError(f"image format {version} is not supported (this tool reads {FORMAT_VERSION})")
    if header_length > MAX_HEADER:
        raise FirmwareError("image header too long")
    offset = PREFIX.size
    header_bytes = raw[offset : offset + header_length]
    offset += header_length
    signature = raw[offset : offset + SIGNATURE_SIZE]
    offset += SIGNATURE_SIZE
    nonce = raw[offset : offset + NONCE_SIZE]
    offset += NONCE_SIZE
    ciphertext = raw[offset:]
    if len(header_bytes) != header_length or len(signature) != SIGNATURE_SIZE or len(nonce) != NONCE_SIZE:
        raise FirmwareError("the image is truncated")
    header = ImageHeader.from_json(header_bytes)
    if len(ciphertext) != header.payload_size + TAG_SIZE:
        got = len(ciphertext) - TAG_SIZE
        raise FirmwareError(f"the image is truncated or padded: payload {got} of {header.payload_size} bytes")
    return Image(
        header=header, header_bytes=header_bytes, signature=signature, nonce=nonce, ciphertext=ciphertext
    )


def verify_signature(image: Image, verify_key: Ed25519PublicKey) -> None:
    """FirmwareError unless the image was signed by this key and is unmodified."""
    if image.header.signer != fingerprint(verify_key):
        raise FirmwareError(
            f"signed by an unknown key ({image.header.signer}), not {fingerprint(verify_key)}"
        )
    try:
        verify_key.verify(image.signature, image.signed_part)
    except InvalidSignature:
        raise FirmwareError(
            "the signature does not match: the image was modified or is not genuine"
        ) from None


def decrypt(image: Image, model_key: bytes) -> bytes:
    """The plaintext payload; FirmwareError if the key is wrong or the payload was modified."""
    try:
        payload = AESGCM(model_key).decrypt(image.nonce, image.ciphertext, image.header_bytes)
    except (InvalidTag, ValueError):
        raise FirmwareError(
            "the payload cannot be decrypted with this model's key (wrong model or modified)"
        ) from None
    if hashlib.sha256(payload).hexdigest() != image.header.sha256:
        raise FirmwareError("payload hash mismatch")
    return payload


def check_target(header: ImageHeader, *, model: str, hardware_id: str, current_version: str) -> None:
    """FirmwareError if the image is not for this device or breaks the version policy."""
    if model not in header.models:
        raise FirmwareError(f"the image is for {', '.join(header.models)}, not {model}")
    if "*" not in header.hardware_ids and hardware_id not in header.hardware_ids:
        raise FirmwareError(f"the image is not for hardware id {hardware_id}")
    current = parse_version(current_version)
    if current < parse_version(header.min_version):
        raise FirmwareError(
            f"the image needs at least version {header.min_version} installed (this is {current_version})"
        )
    if parse_version(header.version) < current and not header.allow_downgrade:
        raise FirmwareError(
            f"downgrade from {current_version} to {header.version} is not allowed by the image"
        )
