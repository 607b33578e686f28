"""xDLMS APDUs in A-XDR (IEC 62056-5-3 §8 / Green Book 9.5): initiate, GET, SET, ACTION, event and
data notification, exception response and confirmed service error.

Each APDU is a frozen dataclass with `to_bytes()` and `from_bytes()`; `from_bytes(raw).to_bytes() == raw`
for canonical encodings. Invoke-id-and-priority bytes are kept raw (`invoke_id_and_priority`), see
`invoke_byte()` to build one.
"""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass
from typing import ClassVar, Self, TypeAlias

from app.errors import DecodeError, LocalProtocolError
from app.protocols.dlms.axdr import Data, Reader, decode_data, encode_length
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.errors import ActionResult, DataAccessResult
from app.protocols.dlms.obis import Obis

# --- tags (Green Book 9.5, table "xDLMS APDUs") ------------------------------------------------------
TAG_INITIATE_REQUEST = 0x01
TAG_INITIATE_RESPONSE = 0x08
TAG_CONFIRMED_SERVICE_ERROR = 0x0E
TAG_DATA_NOTIFICATION = 0x0F
TAG_GET_REQUEST = 0xC0
TAG_SET_REQUEST = 0xC1
TAG_EVENT_NOTIFICATION = 0xC2
TAG_ACTION_REQUEST = 0xC3
TAG_GET_RESPONSE = 0xC4
TAG_SET_RESPONSE = 0xC5
TAG_ACTION_RESPONSE = 0xC7
TAG_EXCEPTION_RESPONSE = 0xD8

DLMS_VERSION = 6
VAA_NAME_LN = 0x0007  # §8.3: the LN referencing VAA name
VAA_NAME_SN = 0xFA00


def invoke_byte(invoke_id: int = 1, *, confirmed: bool = True, high_priority: bool = True) -> int:
    """Invoke-Id-And-Priority (§8.4.2): bit 7 priority high, bit 6 confirmed, bits 0-3 the invoke id."""
    if not 0 <= invoke_id <= 15:
        raise LocalProtocolError("invoke ids run 0..15")
    return (0x80 if high_priority else 0) | (0x40 if confirmed else 0) | invoke_id


def long_invoke(invoke_id: int = 0, *, confirmed: bool = False, high_priority: bool = False) -> int:
    """Long-Invoke-Id-And-Priority (§8.4.2): bits 0-23 invoke id, 30 confirmed, 31 priority high."""
    if not 0 <= invoke_id < 1 << 24:
        raise LocalProtocolError("long invoke ids run 0..2^24-1")
    return (1 << 31 if high_priority else 0) | (1 << 30 if confirmed else 0) | invoke_id


class Conformance(enum.IntFlag):
    """The conformance block (§8.3, Green Book 9.4.6.1): bit 0 is the first (most significant) of 24."""

    NONE = 0
    GENERAL_PROTECTION = 1 << (23 - 1)
    GENERAL_BLOCK_TRANSFER = 1 << (23 - 2)
    READ = 1 << (23 - 3)
    WRITE = 1 << (23 - 4)
    UNCONFIRMED_WRITE = 1 << (23 - 5)
    DELTA_VALUE_ENCODING = 1 << (23 - 6)
    RESERVED_SEVEN = 1 << (23 - 7)
    ATTRIBUTE0_SUPPORTED_WITH_SET = 1 << (23 - 8)
    PRIORITY_MGMT_SUPPORTED = 1 << (23 - 9)
    ATTRIBUTE0_SUPPORTED_WITH_GET = 1 << (23 - 10)
    BLOCK_TRANSFER_WITH_GET_OR_READ = 1 << (23 - 11)
    BLOCK_TRANSFER_WITH_SET_OR_WRITE = 1 << (23 - 12)
    BLOCK_TRANSFER_WITH_ACTION = 1 << (23 - 13)
    MULTIPLE_REFERENCES = 1 << (23 - 14)
    INFORMATION_REPORT = 1 << (23 - 15)
    DATA_NOTIFICATION = 1 << (23 - 16)
    ACCESS = 1 << (23 - 17)
    PARAMETERIZED_ACCESS = 1 << (23 - 18)
    GET = 1 << (23 - 19)
    SET = 1 << (23 - 20)
    SELECTIVE_ACCESS = 1 << (23 - 21)
    EVENT_NOTIFICATION = 1 << (23 - 22)
    ACTION = 1 << (23 - 23)
    RESERVED_ZERO = 1 << 23

    def encode(self) -> bytes:
        """[APPLICATION 31] IMPLICIT BIT STRING (SIZE(24)): 5F 1F 04 00 and three octets."""
        return b"\x5f\x1f\x04\x00" + int(self).to_bytes(3, "big")

    @classmethod
    def decode(cls, reader: Reader) -> Conformance:
        """Read the BER-coded conformance block."""
        head = reader.take(4)
        if head != b"\x5f\x1f\x04\x00":
            raise DecodeError(f"conformance block header {head.hex()} is not 5f1f0400", offset=reader.pos - 4)
        return cls(reader.uint(3))


# the LN client default: what a typical LN client proposes
CLIENT_CONFORMANCE = (
    Conformance.GET
    | Conformance.SET
    | Conformance.ACTION
    | Conformance.SELECTIVE_ACCESS
    | Conformance.BLOCK_TRANSFER_WITH_GET_OR_READ
    | Conformance.BLOCK_TRANSFER_WITH_SET_OR_WRITE
    | Conformance.BLOCK_TRANSFER_WITH_ACTION
    | Conformance.MULTIPLE_REFERENCES
    | Conformance.ATTRIBUTE0_SUPPORTED_WITH_GET
    | Conformance.PRIORITY_MGMT_SUPPORTED
    | Conformance.EVENT_NOTIFICATION
    | Conformance.DATA_NOTIFICATION
)


# --- A-XDR helpers -----------------------------------------------------------------------------------


def _flag(reader: Reader, what: str) -> bool:
    """An A-XDR OPTIONAL/DEFAULT usage flag: 0x00 absent, 0x01 present."""
    at = reader.pos
    flag = reader.u8()
    if flag > 1:
        raise DecodeError(f"usage flag of {what} is 0x{flag:02X}, not 00/01", offset=at)
    return flag == 1


def _count(reader: Reader, minimum_size: int = 1) -> int:
    """A SEQUENCE OF count that cannot claim more elements than bytes remain."""
    at = reader.pos
    count = reader.length()
    if count * minimum_size > reader.remaining():
        raise DecodeError(f"list of {count} elements runs past the APDU", offset=at)
    return count


def _u32(value: int, what: str) -> bytes:
    if not 0 <= value <= 0xFFFFFFFF:
        raise LocalProtocolError(f"{what} must fit Unsigned32")
    return value.to_bytes(4, "big")


def _u8(value: int, what: str) -> bytes:
    if not 0 <= value <= 0xFF:
        raise LocalProtocolError(f"{what} must fit one octet")
    return bytes((value,))


def _octets(value: bytes) -> bytes:
    return encode_length(len(value)) + value


class _Apdu(abc.ABC):
    """What every APDU class offers: exact decoding of a whole APDU."""

    __slots__ = ()
    TAG: ClassVar[int]

    @abc.abstractmethod
    def to_bytes(self) -> bytes:
        """The encoded APDU."""

    @classmethod
    @abc.abstractmethod
    def decode(cls, reader: Reader) -> Self:
        """Read this APDU (tag included) from `reader`."""

    @classmethod
    def from_bytes(cls, raw: bytes) -> Self:
        """Decode exactly one APDU of this class."""
        reader = Reader(bytes(raw))
        apdu = cls.decode(reader)
        reader.expect_end(cls.__name__)
        return apdu


def _expect_tag(reader: Reader, tag: int, choice: int | None = None) -> None:
    at = reader.pos
    got = reader.u8()
    if got != tag:
        raise DecodeError(f"APDU tag 0x{got:02X}, expected 0x{tag:02X}", offset=at)
    if choice is not None:
        got = reader.u8()
        if got != choice:
            raise DecodeError(f"APDU choice {got}, expected {choice}", offset=at + 1)


# --- descriptors ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class AttributeDescriptor:
    """Cosem-Attribute-Descriptor (§8.4.2): class id, logical name, attribute index."""

    class_id: int
    instance: Obis
    attribute: int

    def to_bytes(self) -> bytes:
        """class-id Unsigned16, instance-id OCTET STRING(6), attribute-id Integer8."""
        if not 0 <= self.class_id <= 0xFFFF:
            raise LocalProtocolError("class id must fit Unsigned16")
        return (
            self.class_id.to_bytes(2, "big") + self.instance.to_bytes() + _u8(self.attribute, "attribute id")
        )

    @classmethod
    def decode(cls, reader: Reader) -> AttributeDescriptor:
        """Read 9 octets."""
        return cls(class_id=reader.uint(2), instance=Obis.from_bytes(reader.take(6)), attribute=reader.u8())

    def __str__(self) -> str:
        return f"{self.class_id}/{self.instance}/{self.attribute}"


@dataclass(frozen=True, kw_only=True, slots=True)
class MethodDescriptor:
    """Cosem-Method-Descriptor (§8.4.2): class id, logical name, method index."""

    class_id: int
    instance: Obis
    method: int

    def to_bytes(self) -> bytes:
        """class-id Unsigned16, instance-id OCTET STRING(6), method-id Integer8."""
        if not 0 <= self.class_id <= 0xFFFF:
            raise LocalProtocolError("class id must fit Unsigned16")
        return self.class_id.to_bytes(2, "big") + self.instance.to_bytes() + _u8(self.method, "method id")

    @classmethod
    def decode(cls, reader: Reader) -> MethodDescriptor:
        """Read 9 octets."""
        return cls(class_id=reader.uint(2), instance=Obis.from_bytes(reader.take(6)), method=reader.u8())

    def __str__(self) -> str:
        return f"{self.class_id}/{self.instance}/m{self.method}"


@dataclass(frozen=True, kw_only=True, slots=True)
class SelectiveAccess:
    """Selective-Access-Descriptor (§8.4.2): access selector and parameters (see cosem.RangeDescriptor)."""

    selector: int
    parameters: Data

    def to_bytes(self) -> bytes:
        """access-selector Unsigned8 and access-parameters Data."""
        return _u8(self.selector, "access selector") + self.parameters.to_bytes()

    @classmethod
    def decode(cls, reader: Reader) -> SelectiveAccess:
        """Read selector and Data."""
        return cls(selector=reader.u8(), parameters=decode_data(reader))


def _encode_access(access: SelectiveAccess | None) -> bytes:
    return b"\x00" if access is None else b"\x01" + access.to_bytes()


def _decode_access(reader: Reader) -> SelectiveAccess | None:
    return SelectiveAccess.decode(reader) if _flag(reader, "access-selection") else None


@dataclass(frozen=True, kw_only=True, slots=True)
class AttributeSelection:
    """Cosem-Attribute-Descriptor-With-Selection: an attribute and optional selective access."""

    attribute: AttributeDescriptor
    access: SelectiveAccess | None = None

    def to_bytes(self) -> bytes:
        """Descriptor and access-selection."""
        return self.attribute.to_bytes() + _encode_access(self.access)

    @classmethod
    def decode(cls, reader: Reader) -> AttributeSelection:
        """Read descriptor and access-selection."""
        return cls(attribute=AttributeDescriptor.decode(reader), access=_decode_access(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class DataBlock:
    """DataBlock-SA (§8.4.2): last-block flag, block number, raw data (SET and ACTION block transfer)."""

    last_block: bool
    block_number: int
    raw_data: bytes

    def to_bytes(self) -> bytes:
        """last-block BOOLEAN, block-number Unsigned32, raw-data OCTET STRING."""
        return (
            (b"\x01" if self.last_block else b"\x00")
            + _u32(self.block_number, "block number")
            + _octets(self.raw_data)
        )

    @classmethod
    def decode(cls, reader: Reader) -> DataBlock:
        """Read the block."""
        last = reader.u8() != 0
        number = reader.uint(4)
        return cls(last_block=last, block_number=number, raw_data=reader.take(reader.length()))


GetDataResult: TypeAlias = Data | DataAccessResult


def _encode_get_result(result: GetDataResult) -> bytes:
    if isinstance(result, Data):
        return b"\x00" + result.to_bytes()
    return b"\x01" + _u8(int(result), "data access result")


def _decode_get_result(reader: Reader) -> GetDataResult:
    at = reader.pos
    choice = reader.u8()
    if choice == 0:
        return decode_data(reader)
    if choice == 1:
        return DataAccessResult(reader.u8())
    raise DecodeError(f"Get-Data-Result choice {choice}", offset=at)


# --- initiate (§8.3, carried in the AARQ/AARE user-information) -------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class InitiateRequest(_Apdu):
    """InitiateRequest: proposed DLMS version, conformance and client max receive PDU size."""

    TAG: ClassVar[int] = TAG_INITIATE_REQUEST
    proposed_conformance: Conformance = CLIENT_CONFORMANCE
    client_max_receive_pdu_size: int = 0xFFFF
    proposed_dlms_version: int = DLMS_VERSION
    dedicated_key: bytes | None = None
    response_allowed: bool | None = None  # None: DEFAULT TRUE, not encoded
    proposed_quality_of_service: int | None = None

    def to_bytes(self) -> bytes:
        """01, dedicated-key, response-allowed (DEFAULT TRUE), QoS, version, conformance, PDU size."""
        out = bytearray((self.TAG,))
        out += b"\x00" if self.dedicated_key is None else b"\x01" + _octets(self.dedicated_key)
        out += b"\x00" if self.response_allowed is None else bytes((1, 1 if self.response_allowed else 0))
        qos = self.proposed_quality_of_service
        out += b"\x00" if qos is None else b"\x01" + _u8(qos & 0xFF, "quality of service")
        out += (
            _u8(self.proposed_dlms_version, "DLMS version") + Conformance(self.proposed_conformance).encode()
        )
        if not 0 <= self.client_max_receive_pdu_size <= 0xFFFF:
            raise LocalProtocolError("client max receive PDU size must fit Unsigned16")
        out += self.client_max_receive_pdu_size.to_bytes(2, "big")
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> InitiateRequest:
        """Read the InitiateRequest."""
        _expect_tag(reader, cls.TAG)
        key = reader.take(reader.length()) if _flag(reader, "dedicated-key") else None
        allowed = reader.u8() != 0 if _flag(reader, "response-allowed") else None
        qos = reader.sint(1) if _flag(reader, "proposed-quality-of-service") else None
        version = reader.u8()
        conformance = Conformance.decode(reader)
        return cls(
            dedicated_key=key,
            response_allowed=allowed,
            proposed_quality_of_service=qos,
            proposed_dlms_version=version,
            proposed_conformance=conformance,
            client_max_receive_pdu_size=reader.uint(2),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class InitiateResponse(_Apdu):
    """InitiateResponse: negotiated version, conformance, server max receive PDU size, VAA name."""

    TAG: ClassVar[int] = TAG_INITIATE_RESPONSE
    negotiated_conformance: Conformance
    server_max_receive_pdu_size: int
    negotiated_dlms_version: int = DLMS_VERSION
    vaa_name: int = VAA_NAME_LN
    negotiated_quality_of_service: int | None = None

    def to_bytes(self) -> bytes:
        """08, QoS OPTIONAL, version, conformance, size, vaa-name."""
        out = bytearray((self.TAG,))
        qos = self.negotiated_quality_of_service
        out += b"\x00" if qos is None else b"\x01" + _u8(qos & 0xFF, "quality of service")
        out += (
            _u8(self.negotiated_dlms_version, "DLMS version")
            + Conformance(self.negotiated_conformance).encode()
        )
        if not 0 <= self.server_max_receive_pdu_size <= 0xFFFF or not 0 <= self.vaa_name <= 0xFFFF:
            raise LocalProtocolError("PDU size and VAA name must fit Unsigned16")
        out += self.server_max_receive_pdu_size.to_bytes(2, "big") + self.vaa_name.to_bytes(2, "big")
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> InitiateResponse:
        """Read the InitiateResponse."""
        _expect_tag(reader, cls.TAG)
        qos = reader.sint(1) if _flag(reader, "negotiated-quality-of-service") else None
        version = reader.u8()
        conformance = Conformance.decode(reader)
        size = reader.uint(2)
        return cls(
            negotiated_quality_of_service=qos,
            negotiated_dlms_version=version,
            negotiated_conformance=conformance,
            server_max_receive_pdu_size=size,
            vaa_name=reader.uint(2),
        )


class ConfirmedServiceKind(enum.IntEnum):
    """The ConfirmedServiceError CHOICE (§8.5): which service failed."""

    INITIATE = 1
    GET_STATUS = 2
    GET_NAME_LIST = 3
    GET_VARIABLE_ATTRIBUTE = 4
    READ = 5
    WRITE = 6
    GET_DATA_SET_ATTRIBUTE = 7
    GET_TI_ATTRIBUTE = 8
    CHANGE_SCOPE = 9
    START = 10
    STOP = 11
    RESUME = 12
    MAKE_USABLE = 13
    INITIATE_LOAD = 14
    LOAD_SEGMENT = 15
    TERMINATE_LOAD = 16
    INITIATE_UPLOAD = 17
    UPLOAD_SEGMENT = 18
    TERMINATE_UPLOAD = 19


class ServiceErrorKind(enum.IntEnum):
    """The ServiceError CHOICE (§8.5)."""

    APPLICATION_REFERENCE = 0
    HARDWARE_RESOURCE = 1
    VDE_STATE_ERROR = 2
    SERVICE = 3
    DEFINITION = 4
    ACCESS = 5
    INITIATE = 6
    LOAD_DATA_SET = 7
    CHANGE_SCOPE = 8
    TASK = 9
    OTHER = 10


class InitiateError(enum.IntEnum):
    """ServiceError initiate values (§8.5)."""

    OTHER = 0
    DLMS_VERSION_TOO_LOW = 1
    INCOMPATIBLE_CONFORMANCE = 2
    PDU_SIZE_TOO_SHORT = 3
    REFUSED_BY_THE_VDE_HANDLER = 4


@dataclass(frozen=True, kw_only=True, slots=True)
class ConfirmedServiceError(_Apdu):
    """ConfirmedServiceError: service, error kind and value (e.g. initiate / dlms-version-too-low)."""

    TAG: ClassVar[int] = TAG_CONFIRMED_SERVICE_ERROR
    service: int = ConfirmedServiceKind.INITIATE
    error_kind: int = ServiceErrorKind.INITIATE
    value: int = InitiateError.OTHER

    def to_bytes(self) -> bytes:
        """0E, service choice, ServiceError choice, enum value."""
        return (
            bytes((self.TAG,))
            + _u8(self.service, "service")
            + _u8(self.error_kind, "error")
            + _u8(self.value, "error value")
        )

    @classmethod
    def decode(cls, reader: Reader) -> ConfirmedServiceError:
        """Read the three octets after the tag."""
        _expect_tag(reader, cls.TAG)
        service, kind, value = reader.u8(), reader.u8(), reader.u8()
        if not 1 <= service <= 19 or kind > 10:
            raise DecodeError(f"confirmed-service-error {service}/{kind} out of range")
        return cls(service=service, error_kind=kind, value=value)


# --- GET (§8.4.3.2 / Green Book 9.3.6) ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class GetRequestNormal(_Apdu):
    """Get-Request-Normal: one attribute, optional selective access."""

    TAG: ClassVar[int] = TAG_GET_REQUEST
    CHOICE: ClassVar[int] = 1
    attribute: AttributeDescriptor
    access: SelectiveAccess | None = None
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C0 01 invoke descriptor access."""
        return (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + self.attribute.to_bytes()
            + _encode_access(self.access)
        )

    @classmethod
    def decode(cls, reader: Reader) -> GetRequestNormal:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(
            invoke_id_and_priority=invoke,
            attribute=AttributeDescriptor.decode(reader),
            access=_decode_access(reader),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class _BlockNumberApdu(_Apdu):
    """An APDU that carries only a block number: `TAG CHOICE invoke block-number` (the Next/ack kinds)."""

    CHOICE: ClassVar[int]
    block_number: int
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """TAG CHOICE invoke block-number."""
        return (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + _u32(self.block_number, "block number")
        )

    @classmethod
    def decode(cls, reader: Reader) -> Self:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        return cls(invoke_id_and_priority=reader.u8(), block_number=reader.uint(4))


@dataclass(frozen=True, kw_only=True, slots=True)
class GetRequestNext(_BlockNumberApdu):
    """Get-Request-Next: ask for the block after `block_number`."""

    TAG: ClassVar[int] = TAG_GET_REQUEST
    CHOICE: ClassVar[int] = 2


@dataclass(frozen=True, kw_only=True, slots=True)
class GetRequestWithList(_Apdu):
    """Get-Request-With-List: several attributes in one request."""

    TAG: ClassVar[int] = TAG_GET_REQUEST
    CHOICE: ClassVar[int] = 3
    attributes: tuple[AttributeSelection, ...]
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C0 03 invoke count {descriptor access}."""
        out = bytearray((self.TAG, self.CHOICE))
        out += _u8(self.invoke_id_and_priority, "invoke id") + encode_length(len(self.attributes))
        for item in self.attributes:
            out += item.to_bytes()
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> GetRequestWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        count = _count(reader, 10)
        return cls(
            invoke_id_and_priority=invoke,
            attributes=tuple(AttributeSelection.decode(reader) for _ in range(count)),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class GetResponseNormal(_Apdu):
    """Get-Response-Normal: the data, or a Data-Access-Result."""

    TAG: ClassVar[int] = TAG_GET_RESPONSE
    CHOICE: ClassVar[int] = 1
    result: GetDataResult
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C4 01 invoke Get-Data-Result."""
        return (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + _encode_get_result(self.result)
        )

    @classmethod
    def decode(cls, reader: Reader) -> GetResponseNormal:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(invoke_id_and_priority=invoke, result=_decode_get_result(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class GetResponseWithBlock(_Apdu):
    """Get-Response-With-Datablock: one block of the encoded data, or a Data-Access-Result."""

    TAG: ClassVar[int] = TAG_GET_RESPONSE
    CHOICE: ClassVar[int] = 2
    last_block: bool
    block_number: int
    result: bytes | DataAccessResult
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C4 02 invoke last-block block-number (raw-data | data-access-result)."""
        out = bytearray((self.TAG, self.CHOICE))
        out += _u8(self.invoke_id_and_priority, "invoke id") + (b"\x01" if self.last_block else b"\x00")
        out += _u32(self.block_number, "block number")
        if isinstance(self.result, bytes):
            out += b"\x00" + _octets(self.result)
        else:
            out += b"\x01" + _u8(int(self.result), "data access result")
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> GetResponseWithBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        last = reader.u8() != 0
        number = reader.uint(4)
        at = reader.pos
        choice = reader.u8()
        result: bytes | DataAccessResult
        if choice == 0:
            result = reader.take(reader.length())
        elif choice == 1:
            result = DataAccessResult(reader.u8())
        else:
            raise DecodeError(f"DataBlock-G result choice {choice}", offset=at)
        return cls(invoke_id_and_priority=invoke, last_block=last, block_number=number, result=result)


@dataclass(frozen=True, kw_only=True, slots=True)
class GetResponseWithList(_Apdu):
    """Get-Response-With-List: one Get-Data-Result per requested attribute."""

    TAG: ClassVar[int] = TAG_GET_RESPONSE
    CHOICE: ClassVar[int] = 3
    results: tuple[GetDataResult, ...]
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C4 03 invoke count results."""
        out = bytearray((self.TAG, self.CHOICE))
        out += _u8(self.invoke_id_and_priority, "invoke id") + encode_length(len(self.results))
        for result in self.results:
            out += _encode_get_result(result)
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> GetResponseWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        count = _count(reader, 2)
        return cls(
            invoke_id_and_priority=invoke, results=tuple(_decode_get_result(reader) for _ in range(count))
        )


# --- SET (§8.4.3.3) --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class SetRequestNormal(_Apdu):
    """Set-Request-Normal: one attribute and its new value."""

    TAG: ClassVar[int] = TAG_SET_REQUEST
    CHOICE: ClassVar[int] = 1
    attribute: AttributeDescriptor
    value: Data
    access: SelectiveAccess | None = None
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C1 01 invoke descriptor access value."""
        return (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + self.attribute.to_bytes()
            + _encode_access(self.access)
            + self.value.to_bytes()
        )

    @classmethod
    def decode(cls, reader: Reader) -> SetRequestNormal:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        attribute = AttributeDescriptor.decode(reader)
        access = _decode_access(reader)
        return cls(
            invoke_id_and_priority=invoke, attribute=attribute, access=access, value=decode_data(reader)
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class SetRequestWithFirstBlock(_Apdu):
    """Set-Request-With-First-Datablock: the attribute and the first block of its encoded value."""

    TAG: ClassVar[int] = TAG_SET_REQUEST
    CHOICE: ClassVar[int] = 2
    attribute: AttributeDescriptor
    block: DataBlock
    access: SelectiveAccess | None = None
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C1 02 invoke descriptor access DataBlock-SA."""
        return (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + self.attribute.to_bytes()
            + _encode_access(self.access)
            + self.block.to_bytes()
        )

    @classmethod
    def decode(cls, reader: Reader) -> SetRequestWithFirstBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        attribute = AttributeDescriptor.decode(reader)
        access = _decode_access(reader)
        return cls(
            invoke_id_and_priority=invoke, attribute=attribute, access=access, block=DataBlock.decode(reader)
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class SetRequestWithBlock(_Apdu):
    """Set-Request-With-Datablock: a following block."""

    TAG: ClassVar[int] = TAG_SET_REQUEST
    CHOICE: ClassVar[int] = 3
    block: DataBlock
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C1 03 invoke DataBlock-SA."""
        return (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + self.block.to_bytes()
        )

    @classmethod
    def decode(cls, reader: Reader) -> SetRequestWithBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(invoke_id_and_priority=invoke, block=DataBlock.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class SetRequestWithList(_Apdu):
    """Set-Request-With-List: several attributes and their values."""

    TAG: ClassVar[int] = TAG_SET_REQUEST
    CHOICE: ClassVar[int] = 4
    attributes: tuple[AttributeSelection, ...]
    values: tuple[Data, ...]
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C1 04 invoke count descriptors count values."""
        out = bytearray((self.TAG, self.CHOICE))
        out += _u8(self.invoke_id_and_priority, "invoke id") + encode_length(len(self.attributes))
        for item in self.attributes:
            out += item.to_bytes()
        out += encode_length(len(self.values))
        for value in self.values:
            out += value.to_bytes()
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> SetRequestWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        attributes = tuple(AttributeSelection.decode(reader) for _ in range(_count(reader, 10)))
        values = tuple(decode_data(reader) for _ in range(_count(reader, 1)))
        return cls(invoke_id_and_priority=invoke, attributes=attributes, values=values)


@dataclass(frozen=True, kw_only=True, slots=True)
class SetRequestWithListFirstBlock(_Apdu):
    """Set-Request-With-List-And-First-Datablock: several attributes, the values' first block."""

    TAG: ClassVar[int] = TAG_SET_REQUEST
    CHOICE: ClassVar[int] = 5
    attributes: tuple[AttributeSelection, ...]
    block: DataBlock
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C1 05 invoke count descriptors DataBlock-SA."""
        out = bytearray((self.TAG, self.CHOICE))
        out += _u8(self.invoke_id_and_priority, "invoke id") + encode_length(len(self.attributes))
        for item in self.attributes:
            out += item.to_bytes()
        return bytes(out + self.block.to_bytes())

    @classmethod
    def decode(cls, reader: Reader) -> SetRequestWithListFirstBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        attributes = tuple(AttributeSelection.decode(reader) for _ in range(_count(reader, 10)))
        return cls(invoke_id_and_priority=invoke, attributes=attributes, block=DataBlock.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class SetResponseNormal(_Apdu):
    """Set-Response-Normal: the Data-Access-Result."""

    TAG: ClassVar[int] = TAG_SET_RESPONSE
    CHOICE: ClassVar[int] = 1
    result: DataAccessResult = DataAccessResult.SUCCESS
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C5 01 invoke result."""
        return bytes((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF)) + _u8(
            int(self.result), "result"
        )

    @classmethod
    def decode(cls, reader: Reader) -> SetResponseNormal:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(invoke_id_and_priority=invoke, result=DataAccessResult(reader.u8()))


@dataclass(frozen=True, kw_only=True, slots=True)
class SetResponseBlock(_BlockNumberApdu):
    """Set-Response-Datablock: block `block_number` received, send the next."""

    TAG: ClassVar[int] = TAG_SET_RESPONSE
    CHOICE: ClassVar[int] = 2


@dataclass(frozen=True, kw_only=True, slots=True)
class SetResponseLastBlock(_Apdu):
    """Set-Response-Last-Datablock: the result after the last block."""

    TAG: ClassVar[int] = TAG_SET_RESPONSE
    CHOICE: ClassVar[int] = 3
    result: DataAccessResult
    block_number: int
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C5 03 invoke result block-number."""
        return (
            bytes((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
            + _u8(int(self.result), "result")
            + _u32(self.block_number, "block number")
        )

    @classmethod
    def decode(cls, reader: Reader) -> SetResponseLastBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        result = DataAccessResult(reader.u8())
        return cls(invoke_id_and_priority=invoke, result=result, block_number=reader.uint(4))


@dataclass(frozen=True, kw_only=True, slots=True)
class SetResponseLastBlockWithList(_Apdu):
    """Set-Response-Last-Datablock-With-List: one result per attribute after the last block."""

    TAG: ClassVar[int] = TAG_SET_RESPONSE
    CHOICE: ClassVar[int] = 4
    results: tuple[DataAccessResult, ...]
    block_number: int
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C5 04 invoke count results block-number."""
        out = bytearray((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
        out += encode_length(len(self.results)) + bytes(int(r) for r in self.results)
        return bytes(out) + _u32(self.block_number, "block number")

    @classmethod
    def decode(cls, reader: Reader) -> SetResponseLastBlockWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        results = tuple(DataAccessResult(reader.u8()) for _ in range(_count(reader)))
        return cls(invoke_id_and_priority=invoke, results=results, block_number=reader.uint(4))


@dataclass(frozen=True, kw_only=True, slots=True)
class SetResponseWithList(_Apdu):
    """Set-Response-With-List: one result per attribute."""

    TAG: ClassVar[int] = TAG_SET_RESPONSE
    CHOICE: ClassVar[int] = 5
    results: tuple[DataAccessResult, ...]
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C5 05 invoke count results."""
        out = bytearray((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
        return bytes(out + encode_length(len(self.results)) + bytes(int(r) for r in self.results))

    @classmethod
    def decode(cls, reader: Reader) -> SetResponseWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(
            invoke_id_and_priority=invoke,
            results=tuple(DataAccessResult(reader.u8()) for _ in range(_count(reader))),
        )


# --- ACTION (§8.4.3.4) -----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionRequestNormal(_Apdu):
    """Action-Request-Normal: one method, optional invocation parameters."""

    TAG: ClassVar[int] = TAG_ACTION_REQUEST
    CHOICE: ClassVar[int] = 1
    method: MethodDescriptor
    parameter: Data | None = None
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C3 01 invoke descriptor [01 Data | 00]."""
        out = (
            bytes((self.TAG, self.CHOICE))
            + _u8(self.invoke_id_and_priority, "invoke id")
            + self.method.to_bytes()
        )
        return out + (b"\x00" if self.parameter is None else b"\x01" + self.parameter.to_bytes())

    @classmethod
    def decode(cls, reader: Reader) -> ActionRequestNormal:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        method = MethodDescriptor.decode(reader)
        parameter = decode_data(reader) if _flag(reader, "method-invocation-parameters") else None
        return cls(invoke_id_and_priority=invoke, method=method, parameter=parameter)


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionRequestNextBlock(_BlockNumberApdu):
    """Action-Request-Next-Pblock: block `block_number` of the response received, send the next."""

    TAG: ClassVar[int] = TAG_ACTION_REQUEST
    CHOICE: ClassVar[int] = 2


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionRequestWithList(_Apdu):
    """Action-Request-With-List: several methods and their parameters."""

    TAG: ClassVar[int] = TAG_ACTION_REQUEST
    CHOICE: ClassVar[int] = 3
    methods: tuple[MethodDescriptor, ...]
    parameters: tuple[Data, ...]
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C3 03 invoke count descriptors count parameters."""
        out = bytearray((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
        out += encode_length(len(self.methods))
        for method in self.methods:
            out += method.to_bytes()
        out += encode_length(len(self.parameters))
        for parameter in self.parameters:
            out += parameter.to_bytes()
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> ActionRequestWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        methods = tuple(MethodDescriptor.decode(reader) for _ in range(_count(reader, 9)))
        parameters = tuple(decode_data(reader) for _ in range(_count(reader)))
        return cls(invoke_id_and_priority=invoke, methods=methods, parameters=parameters)


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionRequestWithFirstBlock(_Apdu):
    """Action-Request-With-First-Pblock: a method and the first block of its encoded parameters."""

    TAG: ClassVar[int] = TAG_ACTION_REQUEST
    CHOICE: ClassVar[int] = 4
    method: MethodDescriptor
    block: DataBlock
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C3 04 invoke descriptor DataBlock-SA."""
        return (
            bytes((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
            + self.method.to_bytes()
            + self.block.to_bytes()
        )

    @classmethod
    def decode(cls, reader: Reader) -> ActionRequestWithFirstBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        method = MethodDescriptor.decode(reader)
        return cls(invoke_id_and_priority=invoke, method=method, block=DataBlock.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionRequestWithListFirstBlock(_Apdu):
    """Action-Request-With-List-And-First-Pblock: several methods, the parameters' first block."""

    TAG: ClassVar[int] = TAG_ACTION_REQUEST
    CHOICE: ClassVar[int] = 5
    methods: tuple[MethodDescriptor, ...]
    block: DataBlock
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C3 05 invoke count descriptors DataBlock-SA."""
        out = bytearray((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
        out += encode_length(len(self.methods))
        for method in self.methods:
            out += method.to_bytes()
        return bytes(out) + self.block.to_bytes()

    @classmethod
    def decode(cls, reader: Reader) -> ActionRequestWithListFirstBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        methods = tuple(MethodDescriptor.decode(reader) for _ in range(_count(reader, 9)))
        return cls(invoke_id_and_priority=invoke, methods=methods, block=DataBlock.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionRequestWithBlock(_Apdu):
    """Action-Request-With-Pblock: a following block of parameters."""

    TAG: ClassVar[int] = TAG_ACTION_REQUEST
    CHOICE: ClassVar[int] = 6
    block: DataBlock
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C3 06 invoke DataBlock-SA."""
        return bytes((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF)) + self.block.to_bytes()

    @classmethod
    def decode(cls, reader: Reader) -> ActionRequestWithBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(invoke_id_and_priority=invoke, block=DataBlock.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionOutcome:
    """Action-Response-With-Optional-Data: the result and optional return parameters."""

    result: ActionResult = ActionResult.SUCCESS
    return_value: GetDataResult | None = None

    def to_bytes(self) -> bytes:
        """result Action-Result, return-parameters Get-Data-Result OPTIONAL."""
        out = _u8(int(self.result), "action result")
        return out + (
            b"\x00" if self.return_value is None else b"\x01" + _encode_get_result(self.return_value)
        )

    @classmethod
    def decode(cls, reader: Reader) -> ActionOutcome:
        """Read it."""
        result = ActionResult(reader.u8())
        value = _decode_get_result(reader) if _flag(reader, "return-parameters") else None
        return cls(result=result, return_value=value)


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionResponseNormal(_Apdu):
    """Action-Response-Normal: one outcome."""

    TAG: ClassVar[int] = TAG_ACTION_RESPONSE
    CHOICE: ClassVar[int] = 1
    outcome: ActionOutcome = ActionOutcome()
    invoke_id_and_priority: int = 0xC1

    @property
    def result(self) -> ActionResult:
        """The Action-Result."""
        return self.outcome.result

    @property
    def return_value(self) -> GetDataResult | None:
        """The return parameters, when any."""
        return self.outcome.return_value

    def to_bytes(self) -> bytes:
        """C7 01 invoke outcome."""
        return bytes((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF)) + self.outcome.to_bytes()

    @classmethod
    def decode(cls, reader: Reader) -> ActionResponseNormal:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(invoke_id_and_priority=invoke, outcome=ActionOutcome.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionResponseWithBlock(_Apdu):
    """Action-Response-With-Pblock: one block of the encoded response."""

    TAG: ClassVar[int] = TAG_ACTION_RESPONSE
    CHOICE: ClassVar[int] = 2
    block: DataBlock
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C7 02 invoke DataBlock-SA."""
        return bytes((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF)) + self.block.to_bytes()

    @classmethod
    def decode(cls, reader: Reader) -> ActionResponseWithBlock:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(invoke_id_and_priority=invoke, block=DataBlock.decode(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionResponseWithList(_Apdu):
    """Action-Response-With-List: one outcome per method."""

    TAG: ClassVar[int] = TAG_ACTION_RESPONSE
    CHOICE: ClassVar[int] = 3
    outcomes: tuple[ActionOutcome, ...]
    invoke_id_and_priority: int = 0xC1

    def to_bytes(self) -> bytes:
        """C7 03 invoke count outcomes."""
        out = bytearray((self.TAG, self.CHOICE, self.invoke_id_and_priority & 0xFF))
        out += encode_length(len(self.outcomes))
        for outcome in self.outcomes:
            out += outcome.to_bytes()
        return bytes(out)

    @classmethod
    def decode(cls, reader: Reader) -> ActionResponseWithList:
        """Read it."""
        _expect_tag(reader, cls.TAG, cls.CHOICE)
        invoke = reader.u8()
        return cls(
            invoke_id_and_priority=invoke,
            outcomes=tuple(ActionOutcome.decode(reader) for _ in range(_count(reader, 2))),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionResponseNextBlock(_BlockNumberApdu):
    """Action-Response-Next-Pblock: parameter block `block_number` received, send the next."""

    TAG: ClassVar[int] = TAG_ACTION_RESPONSE
    CHOICE: ClassVar[int] = 4


# --- notifications and errors (§8.4.3.5-8.4.3.7) -----------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class EventNotificationRequest(_Apdu):
    """EventNotificationRequest: an attribute's value pushed by the server, with optional time."""

    TAG: ClassVar[int] = TAG_EVENT_NOTIFICATION
    attribute: AttributeDescriptor
    value: Data
    time: bytes | None = None

    def to_bytes(self) -> bytes:
        """C2 time OPTIONAL, descriptor, value."""
        head = b"\x00" if self.time is None else b"\x01" + _octets(self.time)
        return bytes((self.TAG,)) + head + self.attribute.to_bytes() + self.value.to_bytes()

    @classmethod
    def decode(cls, reader: Reader) -> EventNotificationRequest:
        """Read it."""
        _expect_tag(reader, cls.TAG)
        time = reader.take(reader.length()) if _flag(reader, "time") else None
        attribute = AttributeDescriptor.decode(reader)
        return cls(time=time, attribute=attribute, value=decode_data(reader))


@dataclass(frozen=True, kw_only=True, slots=True)
class DataNotification(_Apdu):
    """Data-Notification (push): long invoke id and priority, date-time octet-string, body."""

    TAG: ClassVar[int] = TAG_DATA_NOTIFICATION
    body: Data
    long_invoke_id_and_priority: int = 0
    date_time: bytes = b""  # empty, or the 12 octets of a COSEM date-time

    @property
    def timestamp(self) -> CosemDateTime | None:
        """The date-time, None when the octet-string is empty."""
        return CosemDateTime.from_bytes(self.date_time) if self.date_time else None

    def to_bytes(self) -> bytes:
        """0F long-invoke-id-and-priority date-time notification-body."""
        return (
            bytes((self.TAG,))
            + _u32(self.long_invoke_id_and_priority, "long invoke id")
            + _octets(self.date_time)
            + self.body.to_bytes()
        )

    @classmethod
    def decode(cls, reader: Reader) -> DataNotification:
        """Read it."""
        _expect_tag(reader, cls.TAG)
        invoke = reader.uint(4)
        at = reader.pos
        stamp = reader.take(reader.length())
        if stamp and len(stamp) != CosemDateTime.SIZE:
            raise DecodeError(f"data-notification date-time of {len(stamp)} octets", offset=at)
        return cls(long_invoke_id_and_priority=invoke, date_time=stamp, body=decode_data(reader))


class StateError(enum.IntEnum):
    """Exception-Response state-error (§8.4.3.7)."""

    SERVICE_NOT_ALLOWED = 1
    SERVICE_UNKNOWN = 2


class ServiceError(enum.IntEnum):
    """Exception-Response service-error (§8.4.3.7)."""

    OPERATION_NOT_POSSIBLE = 1
    SERVICE_NOT_SUPPORTED = 2
    OTHER_REASON = 3
    PDU_TOO_LONG = 4
    DECIPHERING_ERROR = 5
    INVOCATION_COUNTER_ERROR = 6


@dataclass(frozen=True, kw_only=True, slots=True)
class ExceptionResponse(_Apdu):
    """Exception-Response: the server could not even start the service."""

    TAG: ClassVar[int] = TAG_EXCEPTION_RESPONSE
    state_error: int = StateError.SERVICE_NOT_ALLOWED
    service_error: int = ServiceError.OPERATION_NOT_POSSIBLE
    invocation_counter: int | None = None  # only with invocation-counter-error

    def to_bytes(self) -> bytes:
        """D8 state-error service-error [Unsigned32]."""
        out = (
            bytes((self.TAG,))
            + _u8(self.state_error, "state error")
            + _u8(self.service_error, "service error")
        )
        if (self.service_error == ServiceError.INVOCATION_COUNTER_ERROR) != (
            self.invocation_counter is not None
        ):
            raise LocalProtocolError("an invocation counter goes with invocation-counter-error only")
        if self.invocation_counter is not None:
            out += _u32(self.invocation_counter, "invocation counter")
        return out

    @classmethod
    def decode(cls, reader: Reader) -> ExceptionResponse:
        """Read it."""
        _expect_tag(reader, cls.TAG)
        state, service = reader.u8(), reader.u8()
        counter = reader.uint(4) if service == ServiceError.INVOCATION_COUNTER_ERROR else None
        return cls(state_error=state, service_error=service, invocation_counter=counter)


GetRequest: TypeAlias = GetRequestNormal | GetRequestNext | GetRequestWithList
GetResponse: TypeAlias = GetResponseNormal | GetResponseWithBlock | GetResponseWithList
SetRequest: TypeAlias = (
    SetRequestNormal
    | SetRequestWithFirstBlock
    | SetRequestWithBlock
    | SetRequestWithList
    | SetRequestWithListFirstBlock
)
SetResponse: TypeAlias = (
    SetResponseNormal
    | SetResponseBlock
    | SetResponseLastBlock
    | SetResponseLastBlockWithList
    | SetResponseWithList
)
ActionRequest: TypeAlias = (
    ActionRequestNormal
    | ActionRequestNextBlock
    | ActionRequestWithList
    | ActionRequestWithFirstBlock
    | ActionRequestWithListFirstBlock
    | ActionRequestWithBlock
)
ActionResponse: TypeAlias = (
    ActionResponseNormal | ActionResponseWithBlock | ActionResponseWithList | ActionResponseNextBlock
)

CHOICES: dict[int, dict[int, type[_Apdu]]] = {
    TAG_GET_REQUEST: {1: GetRequestNormal, 2: GetRequestNext, 3: GetRequestWithList},
    TAG_GET_RESPONSE: {1: GetResponseNormal, 2: GetResponseWithBlock, 3: GetResponseWithList},
    TAG_SET_REQUEST: {
        1: SetRequestNormal,
        2: SetRequestWithFirstBlock,
        3: SetRequestWithBlock,
        4: SetRequestWithList,
        5: SetRequestWithListFirstBlock,
    },
    TAG_SET_RESPONSE: {
        1: SetResponseNormal,
        2: SetResponseBlock,
        3: SetResponseLastBlock,
        4: SetResponseLastBlockWithList,
        5: SetResponseWithList,
    },
    TAG_ACTION_REQUEST: {
        1: ActionRequestNormal,
        2: ActionRequestNextBlock,
        3: ActionRequestWithList,
        4: ActionRequestWithFirstBlock,
        5: ActionRequestWithListFirstBlock,
        6: ActionRequestWithBlock,
    },
    TAG_ACTION_RESPONSE: {
        1: ActionResponseNormal,
        2: ActionResponseWithBlock,
        3: ActionResponseWithList,
        4: ActionResponseNextBlock,
    },
}
SIMPLE: dict[int, type[_Apdu]] = {
    TAG_INITIATE_REQUEST: InitiateRequest,
    TAG_INITIATE_RESPONSE: InitiateResponse,
    TAG_CONFIRMED_SERVICE_ERROR: ConfirmedServiceError,
    TAG_DATA_NOTIFICATION: DataNotification,
    TAG_EVENT_NOTIFICATION: EventNotificationRequest,
    TAG_EXCEPTION_RESPONSE: ExceptionResponse,
}
