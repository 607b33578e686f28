"""SMS text mode (AT+CMGF=1, 3GPP TS 27.005 §4): +CMGR/+CMGL/+CMT headers and their text, as a fallback.

Headers vary by modem (with or without AT+CSDH=1 detail, Motorola's short form with a four-digit year);
the parser takes what is there and leaves the rest None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.errors import DecodeError
from app.protocols.at.pdu import MessageType

_TIME = re.compile(
    r"^\s*(\d{2,4})/(\d{1,2})/(\d{1,2})\s*,\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?\s*(?:([+-])\s*(\d{1,2}))?\s*$"
)
STATUS_NAMES = ("REC UNREAD", "REC READ", "STO UNSENT", "STO SENT", "ALL")  # TS 27.005 §3.1 <stat>


@dataclass(frozen=True, kw_only=True)
class TextMessage:
    """A message as text mode shows it; fields the modem left out are None."""

    kind: MessageType
    number: str  # <oa>, <da> or <ra>
    text: str = ""
    status: str | None = None  # 'REC READ', … (None for +CMT)
    index: int | None = None
    alpha: str = ""
    timestamp: dt.datetime | None = None  # <scts>; naive when the modem gives no zone
    type_of_number: int | None = None
    first_octet: int | None = None
    pid: int | None = None
    dcs: int | None = None
    smsc: str | None = None
    length: int | None = None
    reference: int | None = None  # <mr> of a status report
    discharge_time: dt.datetime | None = None
    report_status: int | None = None  # <st> of a status report


def parse_text_time(text: str) -> dt.datetime | None:
    """A TS 27.005 §3.3 '<yy/MM/dd,hh:mm:ss±zz>' time (zone in quarter hours), or None if it is not one."""
    match = _TIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute = (int(match.group(i)) for i in range(1, 6))
    second = int(match.group(6) or 0)
    if year < 100:
        year += 1900 if year >= 70 else 2000
    tz: dt.timezone | None = None
    if match.group(7):
        quarters = int(match.group(8))
        if quarters >= 96:
            return None
        tz = dt.timezone(dt.timedelta(minutes=15 * quarters * (-1 if match.group(7) == "-" else 1)))
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def format_text_time(when: dt.datetime) -> str:
    """The TS 27.005 §3.3 string form of a moment, zone in quarter hours (naive counts as UTC)."""
    offset = when.utcoffset() or dt.timedelta(0)
    quarters = int(offset.total_seconds()) // 900
    sign = "-" if quarters < 0 else "+"
    return f"{when:%y/%m/%d,%H:%M:%S}{sign}{abs(quarters):02d}"


def split_fields(args: str) -> list[str]:
    """Comma-separated fields, quotes respected and removed; unbalanced quotes fall back to plain commas."""
    if args.count('"') % 2:
        return [part.strip().strip('"') for part in args.split(",")]
    fields: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in args:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    fields.append("".join(current).strip())
    return fields


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip()
    return int(text) if text.isdigit() else None


def _at(fields: list[str], i: int) -> str | None:
    return fields[i] if i < len(fields) and fields[i] != "" else None


def _parse_fields(fields: list[str], *, status: str | None, index: int | None, text: str) -> TextMessage:
    if not fields or fields[0] == "":
        raise DecodeError("text-mode header without an address")
    # a status report starts with <fo>,<mr> (integers); other messages with an address
    if len(fields) >= 7 and fields[0].isdigit() and fields[1].isdigit():
        return TextMessage(
            kind=MessageType.STATUS_REPORT,
            status=status,
            index=index,
            number=fields[2],
            text=text,
            first_octet=_int(fields[0]),
            reference=_int(fields[1]),
            type_of_number=_int(_at(fields, 3)),
            timestamp=parse_text_time(fields[4]),
            discharge_time=parse_text_time(fields[5]),
            report_status=_int(fields[6]),
        )
    number = fields[0]
    rest = fields[1:]
    outgoing = status is not None and status.upper().startswith("STO")
    time_at = next((i for i, f in enumerate(rest[:2]) if parse_text_time(f) is not None), None)
    if time_at is None and not outgoing and len(rest) >= 3 and parse_text_time(f"{rest[1]},{rest[2]}"):
        # an unquoted time stamp was split at its comma
        rest = [rest[0], f"{rest[1]},{rest[2]}", *rest[3:]]
        time_at = 1
    if outgoing or time_at is None:
        # SMS-SUBMIT: <da>,[<alpha>][,<toda>,<fo>,<pid>,<dcs>,[<vp>],<sca>,<tosca>,<length>]
        return TextMessage(
            kind=MessageType.SUBMIT,
            status=status,
            index=index,
            number=number,
            text=text,
            alpha=rest[0] if rest else "",
            type_of_number=_int(_at(rest, 1)),
            first_octet=_int(_at(rest, 2)),
            pid=_int(_at(rest, 3)),
            dcs=_int(_at(rest, 4)),
            smsc=_at(rest, 6),
            length=_int(_at(rest, 8)),
        )
    # SMS-DELIVER: <oa>,[<alpha>],<scts>[,<tooa>,<fo>,<pid>,<dcs>,<sca>,<tosca>,<length>]
    alpha = rest[0] if time_at == 1 else ""
    detail = rest[time_at + 1 :]
    return TextMessage(
        kind=MessageType.DELIVER,
        status=status,
        index=index,
        number=number,
        text=text,
        alpha=alpha,
        timestamp=parse_text_time(rest[time_at]),
        type_of_number=_int(_at(detail, 0)),
        first_octet=_int(_at(detail, 1)),
        pid=_int(_at(detail, 2)),
        dcs=_int(_at(detail, 3)),
        smsc=_at(detail, 4),
        length=_int(_at(detail, 6)),
    )


def parse_cmgr_text(args: str, body: list[str], *, index: int | None = None) -> TextMessage:
    """A text-mode +CMGR: '<stat>,…' header arguments and the text lines after it."""
    fields = split_fields(args)
    if not fields or fields[0].upper() not in STATUS_NAMES:
        raise DecodeError(f"not a text-mode +CMGR header: {args!r}")
    return _parse_fields(fields[1:], status=fields[0].upper(), index=index, text="\n".join(body))


def parse_cmgl_text(args: str, body: list[str]) -> TextMessage:
    """A text-mode +CMGL: '<index>,<stat>,…' entry and its text lines."""
    fields = split_fields(args)
    if len(fields) < 3 or not fields[0].isdigit() or fields[1].upper() not in STATUS_NAMES:
        raise DecodeError(f"not a text-mode +CMGL entry: {args!r}")
    return _parse_fields(fields[2:], status=fields[1].upper(), index=int(fields[0]), text="\n".join(body))


def parse_cmt_text(args: str, body: str) -> TextMessage:
    """A text-mode +CMT: '<oa>,[<alpha>],<scts>…' URC and its text."""
    return _parse_fields(split_fields(args), status=None, index=None, text=body)


def is_text_mode_header(args: str) -> bool:
    """True when +CMGR/+CMGL arguments carry a quoted status (text mode) rather than a number (PDU mode)."""
    return any(name in args.upper() for name in STATUS_NAMES)
