"""One entry point for every APDU: `decode_apdu(raw)` looks at the tag and picks the class."""

from __future__ import annotations

from typing import TypeAlias

from app.errors import DecodeError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import ACSE_CLASSES, Aare, Aarq, Rlre, Rlrq
from app.protocols.dlms.axdr import Reader
from app.protocols.dlms.security import PLAIN_TAGS, CipheredApdu, GeneralCiphering

Apdu: TypeAlias = (
    Aarq
    | Aare
    | Rlrq
    | Rlre
    | xdlms.InitiateRequest
    | xdlms.InitiateResponse
    | xdlms.ConfirmedServiceError
    | xdlms.DataNotification
    | xdlms.EventNotificationRequest
    | xdlms.ExceptionResponse
    | xdlms.GetRequest
    | xdlms.GetResponse
    | xdlms.SetRequest
    | xdlms.SetResponse
    | xdlms.ActionRequest
    | xdlms.ActionResponse
    | CipheredApdu
    | GeneralCiphering
)

APDU_NAMES = {
    0x01: "initiate-request",
    0x08: "initiate-response",
    0x0E: "confirmed-service-error",
    0x0F: "data-notification",
    0x60: "aarq",
    0x61: "aare",
    0x62: "rlrq",
    0x63: "rlre",
    0xC0: "get-request",
    0xC1: "set-request",
    0xC2: "event-notification-request",
    0xC3: "action-request",
    0xC4: "get-response",
    0xC5: "set-response",
    0xC7: "action-response",
    0xD8: "exception-response",
    0xDB: "general-glo-ciphering",
    0xDC: "general-ded-ciphering",
}


def apdu_name(tag: int) -> str:
    """The Green Book name of an APDU tag (`glo-get-request` for 0xC8)."""
    if tag in PLAIN_TAGS:
        prefix = "ded-" if tag in (0x41, 0x48, 0x4E) or 0xD0 <= tag <= 0xD7 else "glo-"
        return prefix + APDU_NAMES[PLAIN_TAGS[tag]]
    return APDU_NAMES.get(tag, f"apdu-0x{tag:02x}")


def apdu_tag(apdu: Apdu) -> int:
    """The first octet of an APDU without encoding it."""
    if isinstance(apdu, CipheredApdu | GeneralCiphering):
        return apdu.tag
    return apdu.TAG


def decode_apdu(raw: bytes) -> Apdu:
    """Decode exactly one APDU of any supported kind; DecodeError for anything else."""
    data = bytes(raw)
    if not data:
        raise DecodeError("empty APDU")
    reader = Reader(data)
    tag = data[0]
    apdu: Apdu
    if tag in ACSE_CLASSES:
        apdu = ACSE_CLASSES[tag].decode(reader)  # type: ignore[assignment]
    elif tag in xdlms.SIMPLE:
        apdu = xdlms.SIMPLE[tag].decode(reader)  # type: ignore[assignment]
    elif tag in xdlms.CHOICES:
        if len(data) < 2:
            raise DecodeError(f"{apdu_name(tag)} without its choice octet")
        cls = xdlms.CHOICES[tag].get(data[1])
        if cls is None:
            raise DecodeError(f"{apdu_name(tag)} choice {data[1]} unknown", offset=1)
        apdu = cls.decode(reader)  # type: ignore[assignment]
    elif tag in PLAIN_TAGS:
        apdu = CipheredApdu.decode(reader)
    elif tag in GeneralCiphering.TAGS:
        apdu = GeneralCiphering.decode(reader)
    else:
        raise DecodeError(f"APDU tag 0x{tag:02X} not supported", offset=0)
    reader.expect_end(apdu_name(tag))
    return apdu
