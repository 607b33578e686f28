"""DLMS/COSEM, sans-I/O (IEC 62056-5-3, -6-2, -46, -47; Green Book / Blue Book).

Layers, bottom up: `hdlc` (frames, decoder) and `hdlc_connection` (the link state machine), `wrapper`
(TCP/UDP), `axdr` (Data), `cosem_datetime`, `obis`, `xdlms` and `acse` (APDUs), `security` (suite 0),
`apdu` (`decode_apdu`), `cosem` (interface classes and object models), `client` / `server`
(associations), `decode` (`decode_any`, `registers_json`).
"""

from __future__ import annotations

from app.protocols.dlms.acse import Aare, Aarq, ApplicationContext, Mechanism, Rlre, Rlrq
from app.protocols.dlms.apdu import Apdu, apdu_name, decode_apdu
from app.protocols.dlms.axdr import BitString, CompactArray, Data, DataType, TypeDescription
from app.protocols.dlms.client import ClientAssociation, ClientSettings
from app.protocols.dlms.cosem import (
    CLASSES,
    AssociationLN,
    CaptureObject,
    Clock,
    CosemObject,
    DataObject,
    DemandRegister,
    EntryDescriptor,
    ExtendedRegister,
    ImageTransfer,
    ObjectRegistry,
    ProfileGeneric,
    PushSetup,
    RangeDescriptor,
    Register,
    SapAssignment,
    decode_attribute,
    push_body,
)
from app.protocols.dlms.cosem_datetime import ClockStatus, CosemDate, CosemDateTime, CosemTime
from app.protocols.dlms.decode import Decoded, decode_any, registers_json
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult, DlmsSecurityError
from app.protocols.dlms.hdlc import HdlcAddress, HdlcFrame, HdlcFrameDecoder, HdlcParameters
from app.protocols.dlms.hdlc_connection import HdlcConnection, HdlcState, Role
from app.protocols.dlms.obis import Obis, ScalerUnit, unit_symbol
from app.protocols.dlms.security import SecurityControl, SecurityKeys
from app.protocols.dlms.server import ClientPolicy, CosemServer, ServerAssociation
from app.protocols.dlms.wrapper import WrapperDecoder, WrapperFrame
from app.protocols.dlms.xdlms import AttributeDescriptor, Conformance, MethodDescriptor, SelectiveAccess

__all__ = [
    "CLASSES",
    "Aare",
    "Aarq",
    "ActionResult",
    "Apdu",
    "ApplicationContext",
    "AssociationLN",
    "AttributeDescriptor",
    "BitString",
    "CaptureObject",
    "ClientAssociation",
    "ClientPolicy",
    "ClientSettings",
    "Clock",
    "ClockStatus",
    "CompactArray",
    "Conformance",
    "CosemAccessError",
    "CosemDate",
    "CosemDateTime",
    "CosemObject",
    "CosemServer",
    "CosemTime",
    "Data",
    "DataAccessResult",
    "DataObject",
    "DataType",
    "Decoded",
    "DemandRegister",
    "DlmsSecurityError",
    "EntryDescriptor",
    "ExtendedRegister",
    "HdlcAddress",
    "HdlcConnection",
    "HdlcFrame",
    "HdlcFrameDecoder",
    "HdlcParameters",
    "HdlcState",
    "ImageTransfer",
    "Mechanism",
    "MethodDescriptor",
    "Obis",
    "ObjectRegistry",
    "ProfileGeneric",
    "PushSetup",
    "RangeDescriptor",
    "Register",
    "Rlre",
    "Rlrq",
    "Role",
    "SapAssignment",
    "ScalerUnit",
    "SecurityControl",
    "SecurityKeys",
    "SelectiveAccess",
    "ServerAssociation",
    "TypeDescription",
    "WrapperDecoder",
    "WrapperFrame",
    "apdu_name",
    "decode_any",
    "decode_apdu",
    "decode_attribute",
    "push_body",
    "registers_json",
    "unit_symbol",
]
