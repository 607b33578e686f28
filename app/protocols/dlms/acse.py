"""ACSE APDUs in BER (IEC 62056-5-3 §7 / Green Book 9.4.2 and 11.x): AARQ, AARE, RLRQ, RLRE.

The xDLMS InitiateRequest/Response (or its ciphered form) rides in the user-information field as an
OCTET STRING; it is kept as raw bytes here (`user_information`) and decoded with `apdu.decode_apdu`.
Fields are emitted in ascending tag order as X.227 requires, so canonical encodings round-trip exactly.
"""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass
from typing import ClassVar, Self

from app.errors import DecodeError, LocalProtocolError
from app.protocols.dlms.axdr import Reader

TAG_AARQ = 0x60
TAG_AARE = 0x61
TAG_RLRQ = 0x62
TAG_RLRE = 0x63

# joint-iso-ccitt(2) country(16) country-name(756) identified-organization(5) DLMS-UA(8)
DLMS_UA_OID = bytes.fromhex("60857405 08".replace(" ", ""))
_CONTEXT_PREFIX = DLMS_UA_OID + b"\x01"  # application-context-name(1)
_MECHANISM_PREFIX = DLMS_UA_OID + b"\x02"  # authentication-mechanism-name(2)


class ApplicationContext(enum.IntEnum):
    """Application context names (Green Book 9.4.2.2.2): LN/SN referencing, with or without ciphering."""

    LN = 1
    SN = 2
    LN_CIPHERED = 3
    SN_CIPHERED = 4

    @property
    def ciphered(self) -> bool:
        """True for the ciphering contexts."""
        return self in (ApplicationContext.LN_CIPHERED, ApplicationContext.SN_CIPHERED)


class Mechanism(enum.IntEnum):
    """Authentication mechanism names (Green Book 9.4.2.2.3)."""

    LOWEST = 0
    LOW = 1
    HIGH = 2
    HIGH_MD5 = 3
    HIGH_SHA1 = 4
    HIGH_GMAC = 5
    HIGH_SHA256 = 6
    HIGH_ECDSA = 7


class AssociationResult(enum.IntEnum):
    """AARE result (X.227)."""

    ACCEPTED = 0
    REJECTED_PERMANENT = 1
    REJECTED_TRANSIENT = 2


class DiagnosticSource(enum.IntEnum):
    """Which ACSE party gives the diagnostic: acse-service-user [1] or acse-service-provider [2]."""

    USER = 1
    PROVIDER = 2


class UserDiagnostic(enum.IntEnum):
    """acse-service-user diagnostics (X.227, Green Book 9.4.2.2.5)."""

    NULL = 0
    NO_REASON_GIVEN = 1
    APPLICATION_CONTEXT_NAME_NOT_SUPPORTED = 2
    CALLING_AP_TITLE_NOT_RECOGNIZED = 3
    CALLING_AP_INVOCATION_IDENTIFIER_NOT_RECOGNIZED = 4
    CALLING_AE_QUALIFIER_NOT_RECOGNIZED = 5
    CALLING_AE_INVOCATION_IDENTIFIER_NOT_RECOGNIZED = 6
    CALLED_AP_TITLE_NOT_RECOGNIZED = 7
    CALLED_AP_INVOCATION_IDENTIFIER_NOT_RECOGNIZED = 8
    CALLED_AE_QUALIFIER_NOT_RECOGNIZED = 9
    CALLED_AE_INVOCATION_IDENTIFIER_NOT_RECOGNIZED = 10
    AUTHENTICATION_MECHANISM_NAME_NOT_RECOGNISED = 11
    AUTHENTICATION_MECHANISM_NAME_REQUIRED = 12
    AUTHENTICATION_FAILURE = 13
    AUTHENTICATION_REQUIRED = 14


class ProviderDiagnostic(enum.IntEnum):
    """acse-service-provider diagnostics (X.227)."""

    NULL = 0
    NO_REASON_GIVEN = 1
    NO_COMMON_ACSE_VERSION = 2


class ReleaseRequestReason(enum.IntEnum):
    """RLRQ reason (X.227)."""

    NORMAL = 0
    URGENT = 1
    USER_DEFINED = 30


class ReleaseResponseReason(enum.IntEnum):
    """RLRE reason (X.227)."""

    NORMAL = 0
    NOT_FINISHED = 1
    USER_DEFINED = 30


# --- BER primitives (X.690 §8.1) ---------------------------------------------------------------------


def ber_length(length: int) -> bytes:
    """Definite-form BER length: short below 128, else 0x81/0x82 + octets."""
    if length < 0x80:
        return bytes((length,))
    size = (length.bit_length() + 7) // 8
    if size > 2:
        raise LocalProtocolError(f"BER length {length} too large")
    return bytes((0x80 | size,)) + length.to_bytes(size, "big")


def tlv(tag: int, content: bytes) -> bytes:
    """One tag-length-value with a single-octet tag."""
    return bytes((tag,)) + ber_length(len(content)) + content


def read_tlv(reader: Reader) -> tuple[int, bytes]:
    """One single-octet-tag TLV with a definite length."""
    at = reader.pos
    tag = reader.u8()
    if tag & 0x1F == 0x1F:
        raise DecodeError(f"multi-octet BER tag 0x{tag:02X} not expected here", offset=at)
    first = reader.u8()
    if first < 0x80:
        length = first
    else:
        size = first & 0x7F
        if size == 0 or size > 2:
            raise DecodeError(f"BER length form 0x{first:02X} not supported", offset=at + 1)
        length = reader.uint(size)
    return tag, reader.take(length)


def _only(content: bytes, tag: int, what: str) -> bytes:
    """The value of the single TLV `content` must consist of, which must carry `tag`."""
    reader = Reader(content)
    got, value = read_tlv(reader)
    if got != tag:
        raise DecodeError(f"{what}: tag 0x{got:02X}, expected 0x{tag:02X}")
    reader.expect_end(what)
    return value


def _integer(value: bytes, what: str) -> int:
    if not value or len(value) > 4:
        raise DecodeError(f"{what}: INTEGER of {len(value)} octets")
    return int.from_bytes(value, "big", signed=True)


def _encode_integer(value: int) -> bytes:
    size = max(1, (value.bit_length() + 8) // 8)
    return tlv(0x02, value.to_bytes(size, "big", signed=True))


def _context_name(content: bytes) -> ApplicationContext:
    oid = _only(content, 0x06, "application-context-name")
    if len(oid) != 7 or not oid.startswith(_CONTEXT_PREFIX) or not 1 <= oid[6] <= 4:
        raise DecodeError(f"application context name {oid.hex()} is not a DLMS one")
    return ApplicationContext(oid[6])


def _mechanism(value: bytes) -> Mechanism:
    if len(value) != 7 or not value.startswith(_MECHANISM_PREFIX) or value[6] > 7:
        raise DecodeError(f"mechanism name {value.hex()} is not a DLMS one")
    return Mechanism(value[6])


def _acse_requirements(value: bytes) -> bool:
    # ACSE-requirements ::= BIT STRING { authentication(0) }: 07 80 when set
    if len(value) != 2 or value[0] > 7:
        raise DecodeError(f"ACSE requirements {value.hex()} malformed")
    return bool(value[1] & 0x80)


def _auth_value(content: bytes) -> bytes:
    return _only(content, 0x80, "authentication-value (charstring)")


def _system_title(content: bytes, what: str) -> bytes:
    return _only(content, 0x04, what)


class _Acse(abc.ABC):
    __slots__ = ()
    TAG: ClassVar[int]

    @abc.abstractmethod
    def to_bytes(self) -> bytes:
        """The encoded APDU."""

    @classmethod
    @abc.abstractmethod
    def decode(cls, reader: Reader) -> Self:
        """Read this APDU from `reader`."""

    @classmethod
    def from_bytes(cls, raw: bytes) -> Self:
        """Decode exactly one APDU of this class."""
        reader = Reader(bytes(raw))
        apdu = cls.decode(reader)
        reader.expect_end(cls.__name__)
        return apdu


def _fields(reader: Reader, tag: int, name: str) -> dict[int, bytes]:
    at = reader.pos
    got, content = read_tlv(reader)
    if got != tag:
        raise DecodeError(f"{name} tag 0x{got:02X}, expected 0x{tag:02X}", offset=at)
    inner = Reader(content)
    fields: dict[int, bytes] = {}
    while not inner.at_end():
        field_at = inner.pos
        field_tag, value = read_tlv(inner)
        if field_tag in fields:
            raise DecodeError(f"{name} field 0x{field_tag:02X} repeated", offset=field_at)
        fields[field_tag] = value
    return fields


def _unexpected(fields: dict[int, bytes], known: set[int], name: str) -> None:
    extra = sorted(set(fields) - known)
    if extra:
        raise DecodeError(f"{name} field 0x{extra[0]:02X} not supported")


@dataclass(frozen=True, kw_only=True, slots=True)
class Aarq(_Acse):
    """AARQ: the client asks for an association (Green Book 9.4.2.2.2, 11.x examples)."""

    TAG: ClassVar[int] = TAG_AARQ
    application_context: ApplicationContext = ApplicationContext.LN
    user_information: bytes | None = None  # the xDLMS InitiateRequest (plain or ciphered) APDU
    calling_ap_title: bytes | None = None  # the client system title, for ciphering
    calling_ae_qualifier: bytes | None = None  # the client certificate (HLS ECDSA)
    mechanism: Mechanism | None = None
    calling_authentication_value: bytes | None = None  # LLS password or HLS CtoS challenge
    sender_acse_requirements: bool | None = None  # None: not encoded; True: 8A 02 07 80
    protocol_version: bytes | None = None  # raw BIT STRING content of [0], usually absent
    called_ap_title: bytes | None = None
    called_ae_qualifier: bytes | None = None
    called_ap_invocation_id: int | None = None
    called_ae_invocation_id: int | None = None
    calling_ap_invocation_id: int | None = None
    calling_ae_invocation_id: int | None = None
    implementation_information: bytes | None = None

    def to_bytes(self) -> bytes:
        """60 len fields…"""
        out = bytearray()
        if self.protocol_version is not None:
            out += tlv(0x80, self.protocol_version)
        out += tlv(0xA1, tlv(0x06, _CONTEXT_PREFIX + bytes((self.application_context,))))
        if self.called_ap_title is not None:
            out += tlv(0xA2, tlv(0x04, self.called_ap_title))
        if self.called_ae_qualifier is not None:
            out += tlv(0xA3, tlv(0x04, self.called_ae_qualifier))
        if self.called_ap_invocation_id is not None:
            out += tlv(0xA4, _encode_integer(self.called_ap_invocation_id))
        if self.called_ae_invocation_id is not None:
            out += tlv(0xA5, _encode_integer(self.called_ae_invocation_id))
        if self.calling_ap_title is not None:
            out += tlv(0xA6, tlv(0x04, self.calling_ap_title))
        if self.calling_ae_qualifier is not None:
            out += tlv(0xA7, tlv(0x04, self.calling_ae_qualifier))
        if self.calling_ap_invocation_id is not None:
            out += tlv(0xA8, _encode_integer(self.calling_ap_invocation_id))
        if self.calling_ae_invocation_id is not None:
            out += tlv(0xA9, _encode_integer(self.calling_ae_invocation_id))
        if self.sender_acse_requirements is not None:
            out += tlv(0x8A, b"\x07\x80" if self.sender_acse_requirements else b"\x07\x00")
        if self.mechanism is not None:
            out += tlv(0x8B, _MECHANISM_PREFIX + bytes((self.mechanism,)))
        if self.calling_authentication_value is not None:
            out += tlv(0xAC, tlv(0x80, self.calling_authentication_value))
        if self.implementation_information is not None:
            out += tlv(0xBD, self.implementation_information)
        if self.user_information is not None:
            out += tlv(0xBE, tlv(0x04, self.user_information))
        return tlv(self.TAG, bytes(out))

    @classmethod
    def decode(cls, reader: Reader) -> Aarq:
        """Read an AARQ."""
        f = _fields(reader, cls.TAG, "AARQ")
        _unexpected(
            f,
            {0x80, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0x8A, 0x8B, 0xAC, 0xBD, 0xBE},
            "AARQ",
        )
        if 0xA1 not in f:
            raise DecodeError("AARQ without application-context-name")

        def integer(tag: int) -> int | None:
            return _integer(_only(f[tag], 0x02, "invocation id"), "invocation id") if tag in f else None

        return cls(
            protocol_version=f.get(0x80),
            application_context=_context_name(f[0xA1]),
            called_ap_title=_system_title(f[0xA2], "called-AP-title") if 0xA2 in f else None,
            called_ae_qualifier=_system_title(f[0xA3], "called-AE-qualifier") if 0xA3 in f else None,
            called_ap_invocation_id=integer(0xA4),
            called_ae_invocation_id=integer(0xA5),
            calling_ap_title=_system_title(f[0xA6], "calling-AP-title") if 0xA6 in f else None,
            calling_ae_qualifier=_system_title(f[0xA7], "calling-AE-qualifier") if 0xA7 in f else None,
            calling_ap_invocation_id=integer(0xA8),
            calling_ae_invocation_id=integer(0xA9),
            sender_acse_requirements=_acse_requirements(f[0x8A]) if 0x8A in f else None,
            mechanism=_mechanism(f[0x8B]) if 0x8B in f else None,
            calling_authentication_value=_auth_value(f[0xAC]) if 0xAC in f else None,
            implementation_information=f.get(0xBD),
            user_information=_only(f[0xBE], 0x04, "user-information") if 0xBE in f else None,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Aare(_Acse):
    """AARE: the server's answer, with result, diagnostic and (for HLS) its StoC challenge."""

    TAG: ClassVar[int] = TAG_AARE
    result: AssociationResult = AssociationResult.ACCEPTED
    diagnostic: int = UserDiagnostic.NULL
    diagnostic_source: DiagnosticSource = DiagnosticSource.USER
    application_context: ApplicationContext = ApplicationContext.LN
    user_information: bytes | None = None  # InitiateResponse, ConfirmedServiceError or ciphered form
    responding_ap_title: bytes | None = None  # the server system title
    responding_ae_qualifier: bytes | None = None
    mechanism: Mechanism | None = None
    responding_authentication_value: bytes | None = None  # HLS StoC challenge
    responder_acse_requirements: bool | None = None
    protocol_version: bytes | None = None
    responding_ap_invocation_id: int | None = None
    responding_ae_invocation_id: int | None = None
    implementation_information: bytes | None = None

    @property
    def accepted(self) -> bool:
        """True when the association was accepted."""
        return self.result == AssociationResult.ACCEPTED

    def to_bytes(self) -> bytes:
        """61 len fields…"""
        out = bytearray()
        if self.protocol_version is not None:
            out += tlv(0x80, self.protocol_version)
        out += tlv(0xA1, tlv(0x06, _CONTEXT_PREFIX + bytes((self.application_context,))))
        out += tlv(0xA2, _encode_integer(int(self.result)))
        out += tlv(0xA3, tlv(0xA0 | int(self.diagnostic_source), _encode_integer(int(self.diagnostic))))
        if self.responding_ap_title is not None:
            out += tlv(0xA4, tlv(0x04, self.responding_ap_title))
        if self.responding_ae_qualifier is not None:
            out += tlv(0xA5, tlv(0x04, self.responding_ae_qualifier))
        if self.responding_ap_invocation_id is not None:
            out += tlv(0xA6, _encode_integer(self.responding_ap_invocation_id))
        if self.responding_ae_invocation_id is not None:
            out += tlv(0xA7, _encode_integer(self.responding_ae_invocation_id))
        if self.responder_acse_requirements is not None:
            out += tlv(0x88, b"\x07\x80" if self.responder_acse_requirements else b"\x07\x00")
        if self.mechanism is not None:
            out += tlv(0x89, _MECHANISM_PREFIX + bytes((self.mechanism,)))
        if self.responding_authentication_value is not None:
            out += tlv(0xAA, tlv(0x80, self.responding_authentication_value))
        if self.implementation_information is not None:
            out += tlv(0xBD, self.implementation_information)
        if self.user_information is not None:
            out += tlv(0xBE, tlv(0x04, self.user_information))
        return tlv(self.TAG, bytes(out))

    @classmethod
    def decode(cls, reader: Reader) -> Aare:
        """Read an AARE."""
        f = _fields(reader, cls.TAG, "AARE")
        _unexpected(f, {0x80, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0x88, 0x89, 0xAA, 0xBD, 0xBE}, "AARE")
        for tag in (0xA1, 0xA2, 0xA3):
            if tag not in f:
                raise DecodeError(f"AARE without mandatory field 0x{tag:02X}")
        result = _integer(_only(f[0xA2], 0x02, "result"), "result")
        if not 0 <= result <= 2:
            raise DecodeError(f"AARE result {result} unknown")
        diag_reader = Reader(f[0xA3])
        source_tag, source_content = read_tlv(diag_reader)
        diag_reader.expect_end("result-source-diagnostic")
        if source_tag not in (0xA1, 0xA2):
            raise DecodeError(f"result-source-diagnostic choice 0x{source_tag:02X}")
        diagnostic = _integer(_only(source_content, 0x02, "diagnostic"), "diagnostic")

        def integer(tag: int) -> int | None:
            return _integer(_only(f[tag], 0x02, "invocation id"), "invocation id") if tag in f else None

        return cls(
            protocol_version=f.get(0x80),
            application_context=_context_name(f[0xA1]),
            result=AssociationResult(result),
            diagnostic_source=DiagnosticSource(source_tag & 0x1F),
            diagnostic=diagnostic,
            responding_ap_title=_system_title(f[0xA4], "responding-AP-title") if 0xA4 in f else None,
            responding_ae_qualifier=_system_title(f[0xA5], "responding-AE-qualifier") if 0xA5 in f else None,
            responding_ap_invocation_id=integer(0xA6),
            responding_ae_invocation_id=integer(0xA7),
            responder_acse_requirements=_acse_requirements(f[0x88]) if 0x88 in f else None,
            mechanism=_mechanism(f[0x89]) if 0x89 in f else None,
            responding_authentication_value=_auth_value(f[0xAA]) if 0xAA in f else None,
            implementation_information=f.get(0xBD),
            user_information=_only(f[0xBE], 0x04, "user-information") if 0xBE in f else None,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class _Release(_Acse):
    """RLRQ and RLRE share their shape: `TAG len [80 01 reason] [BE 04 user-information]`."""

    NAME: ClassVar[str]
    reason: int | None = 0  # normal, in both directions
    user_information: bytes | None = None

    def to_bytes(self) -> bytes:
        """TAG len [80 01 reason] [BE …]."""
        out = b"" if self.reason is None else tlv(0x80, bytes((int(self.reason) & 0xFF,)))
        if self.user_information is not None:
            out += tlv(0xBE, tlv(0x04, self.user_information))
        return tlv(self.TAG, out)

    @classmethod
    def decode(cls, reader: Reader) -> Self:
        """Read one."""
        f = _fields(reader, cls.TAG, cls.NAME)
        _unexpected(f, {0x80, 0xBE}, cls.NAME)
        reason = f.get(0x80)
        if reason is not None and len(reason) != 1:
            raise DecodeError(f"{cls.NAME} reason is not one octet")
        return cls(
            reason=None if reason is None else reason[0],
            user_information=_only(f[0xBE], 0x04, "user-information") if 0xBE in f else None,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Rlrq(_Release):
    """RLRQ: release the association (the user-information may carry a ciphered InitiateRequest);
    `reason` a ReleaseRequestReason."""

    TAG: ClassVar[int] = TAG_RLRQ
    NAME: ClassVar[str] = "RLRQ"


@dataclass(frozen=True, kw_only=True, slots=True)
class Rlre(_Release):
    """RLRE: the association is released; `reason` a ReleaseResponseReason."""

    TAG: ClassVar[int] = TAG_RLRE
    NAME: ClassVar[str] = "RLRE"


ACSE_CLASSES: dict[int, type[_Acse]] = {TAG_AARQ: Aarq, TAG_AARE: Aare, TAG_RLRQ: Rlrq, TAG_RLRE: Rlre}
