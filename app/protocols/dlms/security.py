"""Security suite 0 (Green Book 9.2.7, IEC 62056-5-3 §5.3.6): AES-GCM-128 with a 12-octet tag,
IV = system title ‖ invocation counter, the security control byte, ciphered APDU wrappers, and the
HLS-GMAC (mechanism 5) challenge response f(StoC) = SC ‖ IC ‖ GMAC(SC ‖ AK ‖ StoC).

Authenticated encryption (SC 0x30): C ‖ T = GCM(EK, IV, P, A = SC ‖ AK). Authentication only (0x10):
P ‖ T with A = SC ‖ AK ‖ P. Encryption only (0x20): C without a tag. A wrong key or a changed octet
raises DlmsSecurityError.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.errors import DecodeError, LocalProtocolError
from app.protocols.dlms.axdr import Reader, encode_length
from app.protocols.dlms.errors import DlmsSecurityError

TAG_SIZE = 12  # Green Book 9.2.7.2.4.2: the authentication tag is truncated to 96 bits
SYSTEM_TITLE_SIZE = 8

TAG_GENERAL_GLO_CIPHERING = 0xDB
TAG_GENERAL_DED_CIPHERING = 0xDC

# Green Book 9.5 tables: plain xDLMS tag -> glo- (global key) and ded- (dedicated key) ciphered tags
GLO_TAGS = {0x01: 0x21, 0x08: 0x28, 0x0E: 0x2E, 0xC0: 0xC8, 0xC1: 0xC9, 0xC2: 0xCA, 0xC3: 0xCB, 0xC4: 0xCC}
GLO_TAGS |= {0xC5: 0xCD, 0xC7: 0xCF}
DED_TAGS = {0x01: 0x41, 0x08: 0x48, 0x0E: 0x4E, 0xC0: 0xD0, 0xC1: 0xD1, 0xC2: 0xD2, 0xC3: 0xD3, 0xC4: 0xD4}
DED_TAGS |= {0xC5: 0xD5, 0xC7: 0xD7}
PLAIN_TAGS = {v: k for k, v in GLO_TAGS.items()} | {v: k for k, v in DED_TAGS.items()}


@dataclass(frozen=True, kw_only=True, slots=True)
class SecurityControl:
    """The security control byte (Green Book 9.2.7.2.4.1): suite, A, E, key set, compression."""

    suite: int = 0
    authenticated: bool = True
    encrypted: bool = True
    broadcast_key: bool = False
    compressed: bool = False

    def to_byte(self) -> int:
        """Bits 0-3 suite id, 4 authentication, 5 encryption, 6 key set (broadcast), 7 compression."""
        if not 0 <= self.suite <= 15:
            raise LocalProtocolError("security suite id runs 0..15")
        return (
            self.suite
            | (0x10 if self.authenticated else 0)
            | (0x20 if self.encrypted else 0)
            | (0x40 if self.broadcast_key else 0)
            | (0x80 if self.compressed else 0)
        )

    @classmethod
    def from_byte(cls, byte: int) -> SecurityControl:
        """Decode the byte."""
        return cls(
            suite=byte & 0x0F,
            authenticated=bool(byte & 0x10),
            encrypted=bool(byte & 0x20),
            broadcast_key=bool(byte & 0x40),
            compressed=bool(byte & 0x80),
        )


AUTHENTICATED_ENCRYPTION = SecurityControl(authenticated=True, encrypted=True)
AUTHENTICATION_ONLY = SecurityControl(authenticated=True, encrypted=False)
ENCRYPTION_ONLY = SecurityControl(authenticated=False, encrypted=True)


@dataclass(frozen=True, kw_only=True, slots=True)
class SecurityKeys:
    """The keys of one association: global unicast encryption key (EK) and authentication key (AK)."""

    encryption_key: bytes
    authentication_key: bytes
    broadcast_key: bytes | None = None

    def __repr__(self) -> str:
        return "SecurityKeys(<redacted>)"  # keys never end up in logs

    def key_for(self, control: SecurityControl) -> bytes:
        """EK, or the broadcast key when the control byte says so."""
        if control.broadcast_key:
            if self.broadcast_key is None:
                raise DlmsSecurityError("APDU is ciphered with the broadcast key, which is not known")
            return self.broadcast_key
        return self.encryption_key


def _iv(system_title: bytes, invocation_counter: int) -> bytes:
    if len(system_title) != SYSTEM_TITLE_SIZE:
        raise LocalProtocolError(f"a system title has 8 octets, not {len(system_title)}")
    if not 0 <= invocation_counter <= 0xFFFFFFFF:
        raise LocalProtocolError("invocation counter must fit Unsigned32")
    return system_title + invocation_counter.to_bytes(4, "big")


def _aes(key: bytes) -> algorithms.AES:
    if len(key) not in (16, 32):
        raise LocalProtocolError(f"AES key of {len(key)} octets (suite 0 uses 16)")
    return algorithms.AES(key)


def encrypt(
    *,
    security_control: SecurityControl,
    system_title: bytes,
    invocation_counter: int,
    key: bytes,
    auth_key: bytes,
    plaintext: bytes,
) -> bytes:
    """Protect `plaintext`: C ‖ T, P ‖ T or C as the control byte asks (Green Book 9.2.7.2.4.2)."""
    iv = _iv(system_title, invocation_counter)
    sc = bytes((security_control.to_byte(),))
    if not security_control.authenticated and not security_control.encrypted:
        return plaintext
    if not security_control.authenticated:
        # GCM without a tag is CTR mode starting at inc32(J0) = IV ‖ 00000002
        encryptor = Cipher(_aes(key), modes.CTR(iv + b"\x00\x00\x00\x02")).encryptor()
        return encryptor.update(plaintext) + encryptor.finalize()
    gcm = Cipher(_aes(key), modes.GCM(iv)).encryptor()
    if security_control.encrypted:
        gcm.authenticate_additional_data(sc + auth_key)
        ciphertext = gcm.update(plaintext) + gcm.finalize()
        return ciphertext + gcm.tag[:TAG_SIZE]
    gcm.authenticate_additional_data(sc + auth_key + plaintext)
    gcm.finalize()
    return plaintext + gcm.tag[:TAG_SIZE]


def decrypt(
    *,
    security_control: SecurityControl,
    system_title: bytes,
    invocation_counter: int,
    key: bytes,
    auth_key: bytes,
    ciphertext: bytes,
) -> bytes:
    """Check and remove the protection; DlmsSecurityError if the tag does not match."""
    iv = _iv(system_title, invocation_counter)
    sc = bytes((security_control.to_byte(),))
    if not security_control.authenticated and not security_control.encrypted:
        return ciphertext
    if not security_control.authenticated:
        decryptor = Cipher(_aes(key), modes.CTR(iv + b"\x00\x00\x00\x02")).decryptor()
        return decryptor.update(ciphertext) + decryptor.finalize()
    if len(ciphertext) < TAG_SIZE:
        raise DlmsSecurityError(f"ciphered content of {len(ciphertext)} octets has no room for the tag")
    body, tag = ciphertext[:-TAG_SIZE], ciphertext[-TAG_SIZE:]
    gcm = Cipher(_aes(key), modes.GCM(iv, tag, min_tag_length=TAG_SIZE)).decryptor()
    try:
        if security_control.encrypted:
            gcm.authenticate_additional_data(sc + auth_key)
            plaintext = gcm.update(body) + gcm.finalize()
        else:
            gcm.authenticate_additional_data(sc + auth_key + body)
            gcm.finalize()
            plaintext = body
    except InvalidTag as exc:
        raise DlmsSecurityError("authentication tag does not match: wrong key or tampered APDU") from exc
    return plaintext


def gmac(
    *,
    system_title: bytes,
    invocation_counter: int,
    key: bytes,
    auth_key: bytes,
    challenge: bytes,
    security_control: SecurityControl = AUTHENTICATION_ONLY,
) -> bytes:
    """The 12-octet GMAC over SC ‖ AK ‖ challenge (HLS mechanism 5, Green Book 9.2.7.4)."""
    iv = _iv(system_title, invocation_counter)
    gcm = Cipher(_aes(key), modes.GCM(iv)).encryptor()
    gcm.authenticate_additional_data(bytes((security_control.to_byte(),)) + auth_key + challenge)
    gcm.finalize()
    return gcm.tag[:TAG_SIZE]


def hls_response(
    *, system_title: bytes, invocation_counter: int, keys: SecurityKeys, challenge: bytes
) -> bytes:
    """f(challenge) = SC ‖ IC ‖ GMAC: what a party sends to prove it knows the keys (17 octets)."""
    tag = gmac(
        system_title=system_title,
        invocation_counter=invocation_counter,
        key=keys.encryption_key,
        auth_key=keys.authentication_key,
        challenge=challenge,
    )
    return bytes((AUTHENTICATION_ONLY.to_byte(),)) + invocation_counter.to_bytes(4, "big") + tag


def verify_hls_response(response: bytes, *, system_title: bytes, keys: SecurityKeys, challenge: bytes) -> int:
    """Check a peer's f(challenge) (its system title): the invocation counter, or DlmsSecurityError."""
    if len(response) != 1 + 4 + TAG_SIZE:
        raise DlmsSecurityError(f"HLS response of {len(response)} octets, expected 17")
    control = SecurityControl.from_byte(response[0])
    if control.encrypted or not control.authenticated:
        raise DlmsSecurityError(
            f"HLS response security control 0x{response[0]:02X} is not authentication-only"
        )
    counter = int.from_bytes(response[1:5], "big")
    expected = gmac(
        system_title=system_title,
        invocation_counter=counter,
        key=keys.encryption_key,
        auth_key=keys.authentication_key,
        challenge=challenge,
        security_control=control,
    )
    if expected != response[5:]:
        raise DlmsSecurityError("HLS response does not match: wrong key or wrong challenge")
    return counter


# --- ciphered APDU wrappers ------------------------------------------------------------------------


def _decode_content(reader: Reader) -> tuple[SecurityControl, int, bytes]:
    size = reader.length()
    content = Reader(reader.take(size))
    if size < 5:
        raise DecodeError(f"ciphered content of {size} octets lacks SC and IC")
    control = SecurityControl.from_byte(content.u8())
    return control, content.uint(4), content.rest()


def _encode_content(control: SecurityControl, counter: int, payload: bytes) -> bytes:
    if not 0 <= counter <= 0xFFFFFFFF:
        raise LocalProtocolError("invocation counter must fit Unsigned32")
    body = bytes((control.to_byte(),)) + counter.to_bytes(4, "big") + payload
    return encode_length(len(body)) + body


@dataclass(frozen=True, kw_only=True, slots=True)
class CipheredApdu:
    """A service-specific ciphered APDU (glo-… / ded-…): tag, SC, IC and the protected payload."""

    tag: int
    security_control: SecurityControl
    invocation_counter: int
    payload: bytes  # C ‖ T, P ‖ T or C

    @property
    def plain_tag(self) -> int:
        """The tag of the APDU inside (e.g. 0xC0 for glo-get-request 0xC8)."""
        return PLAIN_TAGS[self.tag]

    @property
    def dedicated(self) -> bool:
        """True when the dedicated key protects it."""
        return self.tag in DED_TAGS.values()

    def to_bytes(self) -> bytes:
        """tag, length, SC, IC, payload."""
        if self.tag not in PLAIN_TAGS:
            raise LocalProtocolError(f"0x{self.tag:02X} is not a ciphered APDU tag")
        return bytes((self.tag,)) + _encode_content(
            self.security_control, self.invocation_counter, self.payload
        )

    @classmethod
    def decode(cls, reader: Reader) -> CipheredApdu:
        """Read one."""
        at = reader.pos
        tag = reader.u8()
        if tag not in PLAIN_TAGS:
            raise DecodeError(f"0x{tag:02X} is not a ciphered APDU tag", offset=at)
        control, counter, payload = _decode_content(reader)
        return cls(tag=tag, security_control=control, invocation_counter=counter, payload=payload)

    @classmethod
    def from_bytes(cls, raw: bytes) -> CipheredApdu:
        """Decode exactly one."""
        reader = Reader(bytes(raw))
        apdu = cls.decode(reader)
        reader.expect_end("the ciphered APDU")
        return apdu


@dataclass(frozen=True, kw_only=True, slots=True)
class GeneralCiphering:
    """general-glo-ciphering (DB) / general-ded-ciphering (DC): system title, SC, IC, protected APDU."""

    TAGS: ClassVar[tuple[int, int]] = (TAG_GENERAL_GLO_CIPHERING, TAG_GENERAL_DED_CIPHERING)
    system_title: bytes
    security_control: SecurityControl
    invocation_counter: int
    payload: bytes
    tag: int = TAG_GENERAL_GLO_CIPHERING

    def to_bytes(self) -> bytes:
        """tag, system-title OCTET STRING, ciphered-content OCTET STRING (SC ‖ IC ‖ payload)."""
        if self.tag not in self.TAGS:
            raise LocalProtocolError(f"0x{self.tag:02X} is not a general ciphering tag")
        return (
            bytes((self.tag,))
            + encode_length(len(self.system_title))
            + self.system_title
            + _encode_content(self.security_control, self.invocation_counter, self.payload)
        )

    @classmethod
    def decode(cls, reader: Reader) -> GeneralCiphering:
        """Read one."""
        at = reader.pos
        tag = reader.u8()
        if tag not in cls.TAGS:
            raise DecodeError(f"0x{tag:02X} is not a general ciphering tag", offset=at)
        title = reader.take(reader.length())
        control, counter, payload = _decode_content(reader)
        return cls(
            tag=tag, system_title=title, security_control=control, invocation_counter=counter, payload=payload
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> GeneralCiphering:
        """Decode exactly one."""
        reader = Reader(bytes(raw))
        apdu = cls.decode(reader)
        reader.expect_end("the general-ciphering APDU")
        return apdu


def protect(
    plain_apdu: bytes,
    *,
    keys: SecurityKeys,
    system_title: bytes,
    invocation_counter: int,
    security_control: SecurityControl = AUTHENTICATED_ENCRYPTION,
    general: bool = False,
) -> CipheredApdu | GeneralCiphering:
    """Cipher an encoded xDLMS APDU: glo-… by default, general-glo-ciphering with `general=True`."""
    if not plain_apdu:
        raise LocalProtocolError("nothing to cipher")
    payload = encrypt(
        security_control=security_control,
        system_title=system_title,
        invocation_counter=invocation_counter,
        key=keys.key_for(security_control),
        auth_key=keys.authentication_key,
        plaintext=plain_apdu,
    )
    if general or plain_apdu[0] not in GLO_TAGS:
        return GeneralCiphering(
            system_title=system_title,
            security_control=security_control,
            invocation_counter=invocation_counter,
            payload=payload,
        )
    return CipheredApdu(
        tag=GLO_TAGS[plain_apdu[0]],
        security_control=security_control,
        invocation_counter=invocation_counter,
        payload=payload,
    )


def unprotect(
    apdu: CipheredApdu | GeneralCiphering, *, keys: SecurityKeys, system_title: bytes | None = None
) -> bytes:
    """The plain APDU inside; `system_title` is the sender's (general ciphering carries its own)."""
    title = apdu.system_title if isinstance(apdu, GeneralCiphering) else system_title
    if title is None:
        raise LocalProtocolError("the sender's system title is needed to decipher a glo-/ded- APDU")
    if apdu.security_control.suite not in (0, 1, 2):
        raise DlmsSecurityError(f"security suite {apdu.security_control.suite} is not supported")
    try:
        return decrypt(
            security_control=apdu.security_control,
            system_title=title,
            invocation_counter=apdu.invocation_counter,
            key=keys.key_for(apdu.security_control),
            auth_key=keys.authentication_key,
            ciphertext=apdu.payload,
        )
    except LocalProtocolError as exc:  # a sender title of the wrong size is the peer's fault here
        raise DlmsSecurityError(str(exc)) from exc
