"""Decode whatever a user pastes (`gwterm dlms decode HEX`): an HDLC frame or stream, a wrapper PDU,
an LLC-prefixed or bare APDU; and the JSON shape of DESIGN.md:
`{"registers": [{"obis": "1.0.1.7.0.255", "value": 230.7, "scaler": -1, "unit": "V"}], …}`.

Register values are scaled (value × 10^scaler) as in `gwterm mbus decode`: an int when unscaled, else
a JSON number whose text is the exact decimal (a decimal string beyond 15 digits); date-times become
ISO 8601 text, ASCII octet-strings text, other octet-strings upper-case hex.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.errors import DecodeError, GwtermError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import Aare, Aarq, Rlre, Rlrq
from app.protocols.dlms.apdu import Apdu, apdu_name, apdu_tag, decode_apdu
from app.protocols.dlms.axdr import FLOAT_TYPES, INTEGER_TYPES, BitString, CompactArray, Data, DataType
from app.protocols.dlms.cosem import scaler_unit_from_data
from app.protocols.dlms.cosem_datetime import CosemDate, CosemDateTime, CosemTime
from app.protocols.dlms.errors import result_name
from app.protocols.dlms.hdlc import (
    FLAG,
    LLC_COMMAND,
    LLC_RESPONSE,
    FrameKind,
    HdlcFrame,
    HdlcFrameDecoder,
    HdlcParameters,
)
from app.protocols.dlms.obis import Obis, ScalerUnit, scale
from app.protocols.dlms.security import CipheredApdu, GeneralCiphering, SecurityKeys, unprotect
from app.protocols.dlms.wrapper import HEADER_SIZE, WRAPPER_VERSION, WrapperFrame
from app.protocols.dlms.xdlms import AttributeDescriptor


@dataclass(frozen=True, kw_only=True)
class Decoded:
    """What `decode_any` found: the framing, the APDU, and the deciphered APDU when keys allowed it."""

    kind: str  # "hdlc", "wrapper", "llc", "apdu"
    frames: tuple[HdlcFrame, ...] = ()
    wrapper: WrapperFrame | None = None
    llc: bytes = b""
    apdu_bytes: bytes = b""
    apdu: Apdu | None = None
    plain: Apdu | None = None  # the APDU inside a ciphered one
    hdlc_parameters: HdlcParameters | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def content(self) -> Apdu | None:
        """The innermost APDU decoded."""
        return self.plain if self.plain is not None else self.apdu


def decode_any(raw: bytes, *, keys: SecurityKeys | None = None, system_title: bytes | None = None) -> Decoded:
    """Detect and decode an HDLC frame/stream, a wrapper PDU, LLC + APDU or a bare APDU.

    `keys` (and, for glo-ciphered APDUs, the sender's `system_title`) decipher protected APDUs;
    without them the ciphered wrapper is returned as is. DecodeError if nothing fits.
    """
    data = bytes(raw)
    if not data:
        raise DecodeError("nothing to decode")
    if data[0] == FLAG and len(data) > 2:
        return _decode_hdlc(data, keys, system_title)
    if data[0] >> 4 == 0xA and len(data) >= 7 and ((data[0] & 7) << 8 | data[1]) == len(data):
        return _decode_hdlc(bytes((FLAG,)) + data + bytes((FLAG,)), keys, system_title)
    is_wrapper = len(data) >= HEADER_SIZE and int.from_bytes(data[:2], "big") == WRAPPER_VERSION
    if is_wrapper and int.from_bytes(data[6:8], "big") == len(data) - HEADER_SIZE:
        wrapper = WrapperFrame.from_bytes(data)
        return _with_apdu("wrapper", wrapper.apdu, keys, system_title, wrapper=wrapper)
    if data[:3] in (LLC_COMMAND, LLC_RESPONSE):
        return _with_apdu("llc", data[3:], keys, system_title, llc=data[:3])
    return _with_apdu("apdu", data, keys, system_title)


def _decode_hdlc(data: bytes, keys: SecurityKeys | None, system_title: bytes | None) -> Decoded:
    frames: list[HdlcFrame] = []
    notes: list[str] = []
    for stuffing in (False, True):
        decoder = HdlcFrameDecoder(octet_stuffing=stuffing)
        decoder.receive_data(data)
        frames = list(decoder)
        if frames:
            if decoder.discarded or decoder.rejected:
                notes.append(f"{decoder.discarded + decoder.rejected} octets skipped as noise")
            if stuffing:
                notes.append("octet-stuffed frames")
            break
    if not frames:
        raise DecodeError("no valid HDLC frame (format, length, HCS and FCS checked)")
    information = b"".join(f.information for f in frames if f.kind in (FrameKind.I, FrameKind.UI))
    if frames[0].kind in (FrameKind.SNRM, FrameKind.UA):
        params = HdlcParameters.from_bytes(frames[0].information)
        return Decoded(kind="hdlc", frames=tuple(frames), hdlc_parameters=params, notes=tuple(notes))
    if not information:
        return Decoded(kind="hdlc", frames=tuple(frames), notes=tuple(notes))
    if frames[-1].segmented:
        notes.append("last frame is segmented: the APDU continues in frames not given")
        return Decoded(kind="hdlc", frames=tuple(frames), apdu_bytes=information, notes=tuple(notes))
    llc = information[:3] if information[:3] in (LLC_COMMAND, LLC_RESPONSE) else b""
    try:
        decoded = _with_apdu("hdlc", information[len(llc) :], keys, system_title, llc=llc)
    except DecodeError as exc:  # the frames are fine; say what is wrong with what they carry
        notes.append(f"information field is not an APDU: {exc}")
        return Decoded(kind="hdlc", frames=tuple(frames), llc=llc, apdu_bytes=information, notes=tuple(notes))
    return Decoded(
        kind="hdlc",
        frames=tuple(frames),
        llc=llc,
        apdu_bytes=decoded.apdu_bytes,
        apdu=decoded.apdu,
        plain=decoded.plain,
        notes=tuple(notes) + decoded.notes,
    )


def _with_apdu(
    kind: str,
    apdu_bytes: bytes,
    keys: SecurityKeys | None,
    system_title: bytes | None,
    *,
    wrapper: WrapperFrame | None = None,
    llc: bytes = b"",
) -> Decoded:
    apdu = decode_apdu(apdu_bytes)
    plain: Apdu | None = None
    notes: list[str] = []
    if isinstance(apdu, CipheredApdu | GeneralCiphering):
        title = apdu.system_title if isinstance(apdu, GeneralCiphering) else system_title
        if keys is not None and title is not None:
            plain = decode_apdu(unprotect(apdu, keys=keys, system_title=title))
        else:
            notes.append("ciphered: give the keys (and the sender's system title) to see inside")
    return Decoded(
        kind=kind, wrapper=wrapper, llc=llc, apdu_bytes=apdu_bytes, apdu=apdu, plain=plain, notes=tuple(notes)
    )


# --- JSON ---------------------------------------------------------------------------------------------

JsonValue = Any


def number_json(value: int | float | Decimal) -> JsonValue:
    """An int, a float whose text is the exact decimal, or a decimal string when a float cannot be exact."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        as_float = float(value)
        if math.isfinite(as_float) and Decimal(repr(as_float)) == value:
            return as_float
        return str(value)
    if math.isfinite(value):
        return value
    return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")


def _printable(raw: bytes) -> bool:
    return bool(raw) and all(0x20 <= b < 0x7F for b in raw)


def _date_time_text(raw: bytes) -> str | None:
    if len(raw) != CosemDateTime.SIZE:
        return None
    stamp = CosemDateTime.from_bytes(raw)
    plausible = (stamp.year == 0xFFFF or 1970 <= stamp.year <= 2200) and (
        1 <= stamp.month <= 12 or stamp.month >= 0xFD
    )
    plausible = (
        plausible and (1 <= stamp.day <= 31 or stamp.day >= 0xFD) and (stamp.hour < 24 or stamp.hour == 0xFF)
    )
    plausible = (
        plausible
        and (stamp.minute < 60 or stamp.minute == 0xFF)
        and (stamp.second < 60 or stamp.second == 0xFF)
    )
    if not plausible:
        return None
    try:
        return stamp.isoformat()
    except GwtermError:
        return None


def data_json(data: Data, *, text: bool = False) -> JsonValue:
    """A Data value as JSON: lists, numbers, ISO dates, strings, hex (text=True: ASCII octets as text)."""
    value = data.value
    if isinstance(value, tuple):
        return [data_json(item, text=text) for item in value]
    if isinstance(value, CompactArray):
        return [data_json(item, text=text) for item in value.elements]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return number_json(value)
    if isinstance(value, CosemDateTime | CosemDate | CosemTime):
        try:
            return value.isoformat()
        except GwtermError:
            return value.to_bytes().hex().upper()
    if isinstance(value, BitString):
        return value.bits
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        stamp = _date_time_text(value)
        if stamp is not None:
            return stamp
        if text and _printable(value):
            return value.decode("ascii")
        return value.hex().upper()
    return str(value)


def register_entry(obis: Obis | None, value: Data, scaler_unit: ScalerUnit | None = None) -> dict[str, Any]:
    """One register object: scaled value, scaler and unit symbol (null scaler/"" unit when not given)."""
    scaled: JsonValue
    if (
        scaler_unit is not None
        and value.type in INTEGER_TYPES | FLOAT_TYPES
        and value.type is not DataType.ENUM
    ):
        scaled = (
            number_json(scale(value.as_number(), scaler_unit.scaler))
            if scaler_unit.scaler
            else data_json(value)
        )
    else:
        scaled = data_json(value, text=True)
    return {
        "obis": obis.dotted if obis is not None else None,
        "value": scaled,
        "scaler": scaler_unit.scaler if scaler_unit is not None else None,
        "unit": scaler_unit.symbol if scaler_unit is not None and scaler_unit.unit != 255 else "",
    }


def _as_obis(data: Data) -> Obis | None:
    if data.type is DataType.OCTET_STRING and isinstance(data.value, bytes) and len(data.value) == 6:
        return Obis.from_bytes(data.value)
    return None


def _as_scaler_unit(data: Data) -> ScalerUnit | None:
    if data.type is not DataType.STRUCTURE or len(data.items) != 2:
        return None
    first, second = data.items
    if first.type is not DataType.INTEGER or second.type is not DataType.ENUM:
        return None
    return scaler_unit_from_data(data)


def _obis_struct(data: Data) -> tuple[Obis, Data, ScalerUnit | None] | None:
    """(obis, value, scaler_unit) of a structure { obis, value [, scaler_unit] } as HAN pushes use."""
    if data.type is not DataType.STRUCTURE or not 2 <= len(data.items) <= 3:
        return None
    items = data.items
    obis = _as_obis(items[0])
    if obis is None:
        return None
    scaler_unit = _as_scaler_unit(items[2]) if len(items) == 3 else None
    if len(items) == 3 and scaler_unit is None:
        return None
    return obis, items[1], scaler_unit


def notification_registers(body: Data) -> list[dict[str, Any]]:
    """Registers in a push body: structures {obis, value[, scaler_unit]} or flat obis/value pairs."""
    found: list[dict[str, Any]] = []

    def scan(node: Data, depth: int) -> None:
        if not isinstance(node.value, tuple) or depth > 8:
            return
        items = node.value
        index = 0
        while index < len(items):
            item = items[index]
            triple = _obis_struct(item)
            if triple is not None:
                found.append(register_entry(*triple))
                index += 1
                continue
            obis = _as_obis(item)
            if (
                obis is not None
                and index + 1 < len(items)
                and _as_obis(items[index + 1]) is None
                and _obis_struct(items[index + 1]) is None  # a push id followed by {obis, value} entries
            ):
                value = items[index + 1]
                scaler_unit = _as_scaler_unit(items[index + 2]) if index + 2 < len(items) else None
                found.append(register_entry(obis, value, scaler_unit))
                index += 3 if scaler_unit is not None else 2
                continue
            scan(item, depth + 1)
            index += 1

    scan(body, 0)
    return found


def registers_json(
    decoded: Decoded | Apdu,
    *,
    descriptors: Sequence[AttributeDescriptor] = (),
    scaler_units: dict[Obis, ScalerUnit] | None = None,
) -> dict[str, Any]:
    """The `gwterm dlms decode --json` object: framing, APDU name, and registers found.

    Data-notifications yield their registers; GET responses need the request's `descriptors` to name
    the OBIS codes (a with-list response pairs attribute 2 and 3 of the same register by itself);
    `scaler_units` supplies scalers learned earlier.
    """
    result: dict[str, Any] = {}
    if isinstance(decoded, Decoded):
        apdu = decoded.content
        result["kind"] = decoded.kind
        if decoded.frames:
            result["frames"] = [_frame_json(f) for f in decoded.frames]
        if decoded.wrapper is not None:
            w = decoded.wrapper
            result["wrapper"] = {
                "source": w.source_wport,
                "destination": w.destination_wport,
                "length": len(w.apdu),
            }
        if decoded.apdu is not None and decoded.plain is not None:
            result["ciphered"] = apdu_name(apdu_tag(decoded.apdu))
        if decoded.notes:
            result["notes"] = list(decoded.notes)
    else:
        apdu = decoded
        result["kind"] = "apdu"
    result["apdu"] = apdu_name(apdu_tag(apdu)) if apdu is not None else None
    registers: list[dict[str, Any]] = []
    known = dict(scaler_units or {})
    if isinstance(apdu, xdlms.DataNotification):
        result["invoke_id"] = apdu.long_invoke_id_and_priority & 0xFFFFFF
        stamp = apdu.timestamp
        result["datetime"] = stamp.isoformat() if stamp is not None else None
        registers = notification_registers(apdu.body)
        result["body"] = data_json(apdu.body, text=True)
    elif isinstance(apdu, xdlms.EventNotificationRequest):
        registers = [register_entry(apdu.attribute.instance, apdu.value, known.get(apdu.attribute.instance))]
    elif isinstance(apdu, xdlms.GetResponseNormal | xdlms.GetResponseWithList):
        results = (apdu.result,) if isinstance(apdu, xdlms.GetResponseNormal) else apdu.results
        registers = _get_registers(results, descriptors, known)
    elif isinstance(apdu, Aarq | Aare | Rlrq | Rlre):
        result["acse"] = _acse_json(apdu)
    result["registers"] = registers
    return result


def _get_registers(
    results: Sequence[Data | int], descriptors: Sequence[AttributeDescriptor], known: dict[Obis, ScalerUnit]
) -> list[dict[str, Any]]:
    named = list(zip(descriptors, results, strict=False)) if descriptors else []
    for descriptor, value in named:
        if descriptor.attribute == 3 and descriptor.class_id in (3, 4) and isinstance(value, Data):
            scaler_unit = _as_scaler_unit(value)
            if scaler_unit is not None:
                known[descriptor.instance] = scaler_unit
    registers = []
    if named:
        for descriptor, value in named:
            if descriptor.attribute == 3 and descriptor.class_id in (3, 4):
                continue
            if isinstance(value, Data):
                registers.append(register_entry(descriptor.instance, value, known.get(descriptor.instance)))
            else:
                registers.append({"obis": descriptor.instance.dotted, "error": _result_name(value)})
        return registers
    for value in results:
        if isinstance(value, Data):
            registers.append(register_entry(None, value))
        else:
            registers.append({"obis": None, "error": _result_name(value)})
    return registers


def _result_name(code: int) -> str:
    return result_name(int(code))


def _frame_json(frame: HdlcFrame) -> dict[str, Any]:
    control = frame.control
    entry: dict[str, Any] = {
        "type": control.kind.value,
        "destination": str(frame.destination),
        "source": str(frame.source),
        "poll_final": control.poll_final,
        "segmented": frame.segmented,
        "information_length": len(frame.information),
    }
    if control.kind is FrameKind.I:
        entry["send_seq"] = control.send_seq
    if control.kind in (FrameKind.I, FrameKind.RR, FrameKind.RNR):
        entry["recv_seq"] = control.recv_seq
    return entry


def _acse_json(apdu: Aarq | Aare | Rlrq | Rlre) -> dict[str, Any]:
    if isinstance(apdu, Aarq):
        return {
            "application_context": apdu.application_context.name.lower(),
            "mechanism": apdu.mechanism.name.lower() if apdu.mechanism is not None else None,
            "calling_ap_title": apdu.calling_ap_title.hex().upper() if apdu.calling_ap_title else None,
        }
    if isinstance(apdu, Aare):
        return {
            "application_context": apdu.application_context.name.lower(),
            "result": apdu.result.name.lower(),
            "diagnostic": apdu.diagnostic,
            "mechanism": apdu.mechanism.name.lower() if apdu.mechanism is not None else None,
            "responding_ap_title": apdu.responding_ap_title.hex().upper()
            if apdu.responding_ap_title
            else None,
        }
    return {"reason": apdu.reason}
