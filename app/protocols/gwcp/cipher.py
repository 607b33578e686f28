"""gwcp session encryption (docs/gwcp.md §5): AES-256-GCM, explicit 64-bit counter, no replays."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import DecodeError

COUNTER_SIZE = 8
TAG_SIZE = 16


class SessionCipher:
    """Seals outgoing and opens incoming payloads of one direction pair."""

    def __init__(
        self, send_key: bytes, receive_key: bytes, *, send_prefix: bytes, receive_prefix: bytes
    ) -> None:
        self._send = AESGCM(send_key)
        self._receive = AESGCM(receive_key)
        self._send_prefix = send_prefix
        self._receive_prefix = receive_prefix
        self._send_counter = 0
        self._last_received = 0  # counters start at 1 (docs/gwcp.md §5.3)

    def seal(self, aad: bytes, plaintext: bytes) -> bytes:
        """Counter ‖ ciphertext ‖ tag, with the frame's type and seq as associated data."""
        self._send_counter += 1
        counter = self._send_counter.to_bytes(COUNTER_SIZE, "big")
        return counter + self._send.encrypt(self._send_prefix + counter, plaintext, aad)

    def open(self, aad: bytes, sealed: bytes) -> bytes:
        """The plaintext; DecodeError if forged, damaged or replayed."""
        if len(sealed) < COUNTER_SIZE + TAG_SIZE:
            raise DecodeError("encrypted payload too short")
        counter = int.from_bytes(sealed[:COUNTER_SIZE], "big")
        if counter <= self._last_received:
            raise DecodeError("replayed or reordered encrypted frame")
        try:
            plaintext = self._receive.decrypt(
                self._receive_prefix + sealed[:COUNTER_SIZE], sealed[COUNTER_SIZE:], aad
            )
        except InvalidTag:
            raise DecodeError("encrypted frame failed authentication") from None
        self._last_received = counter
        return plaintext
