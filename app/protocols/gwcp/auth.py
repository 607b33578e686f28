"""gwcp challenge-response login (docs/gwcp.md §4): the password never crosses the wire."""

from __future__ import annotations

import hashlib
import hmac

KEY_SIZE = 32
NONCE_SIZE = 16
DEFAULT_ITERATIONS = 30_000


def derive_key(password: str, salt: bytes, iterations: int) -> bytes:
    """The login key K = PBKDF2-HMAC-SHA256(password, salt, iterations); the device stores only K."""
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations, KEY_SIZE)


def _mac(key: bytes, label: bytes, server_nonce: bytes, client_nonce: bytes) -> bytes:
    return hmac.new(key, label + server_nonce + client_nonce, hashlib.sha256).digest()


def client_proof(key: bytes, server_nonce: bytes, client_nonce: bytes) -> bytes:
    """What the tool sends to prove it knows K."""
    return _mac(key, b"gwcp client proof", server_nonce, client_nonce)


def server_proof(key: bytes, server_nonce: bytes, client_nonce: bytes) -> bytes:
    """What the device sends back to prove it knows K too."""
    return _mac(key, b"gwcp server proof", server_nonce, client_nonce)


def session_keys(key: bytes, server_nonce: bytes, client_nonce: bytes) -> tuple[bytes, bytes]:
    """The AES-256-GCM keys for (tool→device, device→tool) of one session."""
    return (
        _mac(key, b"gwcp key c2s", server_nonce, client_nonce),
        _mac(key, b"gwcp key s2c", server_nonce, client_nonce),
    )


def proofs_equal(a: bytes, b: bytes) -> bool:
    """Constant-time comparison."""
    return hmac.compare_digest(a, b)
