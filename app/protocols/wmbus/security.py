"""The ciphers of wireless M-Bus: TPL security modes 5 and 7, ELL AES-CTR, AFL AES-CMAC.

EN 13757-7 (TPL security modes 5 and 7), OMS Specification Vol. 2 (security profiles A and B, key
derivation KDF-A) and EN 13757-4 (ELL encryption). All functions are pure: bytes in,
bytes out; key length is checked once by `check_key`.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

from app.errors import LocalProtocolError

AES_BLOCK = 16
CHECK_BYTES = b"\x2f\x2f"  # EN 13757-7 modes 5/7: a decrypted payload starts with two idle fillers
ZERO_IV = bytes(AES_BLOCK)
KDF_ENC_FROM_METER = 0x00  # OMS Vol. 2 KDF-A derivation constants
KDF_MAC_FROM_METER = 0x01
KDF_PADDING = b"\x07" * 7
CC_HOP_COUNT = 0x10  # ELL CC-field H bit: repeaters change it, so the IV takes it as 0


def check_key(key: bytes) -> bytes:
    """The key as bytes if it is 16 bytes long (AES-128), else LocalProtocolError."""
    key = bytes(key)
    if len(key) != AES_BLOCK:
        raise LocalProtocolError(f"an AES-128 key has 16 bytes, got {len(key)}")
    return key


def cbc_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-128-CBC without padding over whole blocks."""
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-128-CBC without padding over whole blocks."""
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def ctr_crypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-128-CTR (the same operation encrypts and decrypts); the whole IV block counts up."""
    cipher = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return cipher.update(data) + cipher.finalize()


def cmac(key: bytes, data: bytes) -> bytes:
    """AES-CMAC (RFC 4493), all 16 bytes."""
    mac = CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()


def mode5_iv(m_and_a: bytes, access_number: int) -> bytes:
    """Security mode 5 IV (EN 13757-7): M-field, A-field, then the access number eight times."""
    return m_and_a + bytes((access_number & 0xFF,)) * 8


def mode7_keys(key: bytes, message_counter: int, ident: bytes) -> tuple[bytes, bytes]:
    """Ephemeral Kenc and Kmac by KDF-A (OMS Vol. 2): CMAC(K, D || C || ID || 07h×7).

    `message_counter` is the AFL.MCR (sent least significant byte first), `ident` the 4 id bytes in
    frame order.
    """
    counter = (message_counter & 0xFFFFFFFF).to_bytes(4, "little")
    tail = counter + ident + KDF_PADDING
    return cmac(key, bytes((KDF_ENC_FROM_METER,)) + tail), cmac(key, bytes((KDF_MAC_FROM_METER,)) + tail)


def ell_iv(m_and_a: bytes, cc: int, session_number: bytes) -> bytes:
    """ELL AES-CTR counter block (EN 13757-4 ELL): M, A, CC (H bit 0), SN, FN = 0, BC = 0."""
    return m_and_a + bytes((cc & ~CC_HOP_COUNT & 0xFF,)) + session_number + b"\x00\x00\x00"


def ell_iv_unmasked(m_and_a: bytes, cc: int, session_number: bytes) -> bytes:
    """As `ell_iv` with the CC-field taken whole, as some senders build it."""
    return m_and_a + bytes((cc & 0xFF,)) + session_number + b"\x00\x00\x00"
