"""The machine-readable form of a decoded SMS PDU for `gwterm sms decode --json` (TS 23.040 fields)."""

from __future__ import annotations

import datetime as dt

from app.protocols.at.pdu import (
    Address,
    DataCoding,
    EnhancedValidity,
    SmsDeliver,
    SmsMessage,
    SmsStatusReport,
    SmsSubmit,
    UserData,
    Validity,
)


def _address(address: Address | None) -> dict[str, object] | None:
    if address is None:
        return None
    return {"number": str(address), "type": address.ton.name.lower(), "npi": address.npi}


def _time(when: dt.datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def _coding(dcs: DataCoding | None) -> dict[str, object] | None:
    if dcs is None:
        return None
    return {
        "value": dcs.value,
        "alphabet": dcs.alphabet.value,
        "class": dcs.message_class,
        "compressed": dcs.compressed,
    }


def _user_data(ud: UserData | None) -> dict[str, object] | None:
    if ud is None:
        return None
    concat = ud.concatenation
    ports = ud.ports
    return {
        "text": ud.text,
        "data": ud.data.hex().upper(),
        "header": None
        if ud.header is None
        else [{"iei": ie.iei, "data": ie.data.hex().upper()} for ie in ud.header],
        "concatenation": None
        if concat is None
        else {
            "reference": concat.reference,
            "total": concat.total,
            "sequence": concat.sequence,
            "wide": concat.wide,
        },
        "ports": None if ports is None else {"destination": ports.destination, "source": ports.source},
    }


def _validity(validity: Validity) -> dict[str, object] | None:
    if validity is None:
        return None
    if isinstance(validity, EnhancedValidity):
        duration = validity.duration
        return {
            "format": "enhanced",
            "octets": validity.octets.hex().upper(),
            "seconds": None if duration is None else int(duration.total_seconds()),
            "single_shot": validity.single_shot,
        }
    if isinstance(validity, dt.datetime):
        return {"format": "absolute", "until": validity.isoformat()}
    return {"format": "relative", "seconds": int(validity.total_seconds())}


def message_to_json(message: SmsMessage) -> dict[str, object]:
    """A JSON-ready dict of every field of a decoded message."""
    out: dict[str, object] = {"type": message.type.value, "smsc": _address(message.smsc)}
    if isinstance(message, SmsDeliver):
        out.update(
            originator=_address(message.originator),
            timestamp=_time(message.timestamp),
            pid=message.pid,
            dcs=_coding(message.dcs),
            user_data=_user_data(message.user_data),
            more_messages=message.more_messages,
            status_report=message.status_report,
            reply_path=message.reply_path,
        )
    elif isinstance(message, SmsSubmit):
        out.update(
            destination=_address(message.destination),
            reference=message.reference,
            pid=message.pid,
            dcs=_coding(message.dcs),
            validity=_validity(message.validity),
            user_data=_user_data(message.user_data),
            reject_duplicates=message.reject_duplicates,
            status_report_request=message.status_report_request,
            reply_path=message.reply_path,
        )
    elif isinstance(message, SmsStatusReport):
        out.update(
            reference=message.reference,
            recipient=_address(message.recipient),
            timestamp=_time(message.timestamp),
            discharge_time=_time(message.discharge_time),
            status=message.status,
            status_text=message.status_text,
            delivered=message.delivered,
            pid=message.pid,
            dcs=_coding(message.dcs),
            user_data=_user_data(message.user_data),
        )
    return out
