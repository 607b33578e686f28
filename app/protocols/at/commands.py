"""The standard modem commands: builders for the command lines and parsers for their answers.

Builders return the command line without its CR (AtEngine.send_command adds it). Parsers take the
information lines of a Response (or a Urc) and return frozen records; on an answer they cannot read they
raise DecodeError, never IndexError/ValueError. Clauses: 3GPP TS 27.007 (general, network, call control),
TS 27.005 (SMS), ITU-T V.250 (basic commands).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError
from app.protocols.at.engine import Urc
from app.protocols.at.pdu import Address, SmsMessage, SmsSubmit, TypeOfNumber, decode_pdu, hex_to_bytes
from app.protocols.at.textmode import (
    TextMessage,
    is_text_mode_header,
    parse_cmgl_text,
    parse_cmgr_text,
    parse_cmt_text,
    split_fields,
)

# ------------------------------------------------------------------------------------------------ builders

ANSWER = "ATA"  # V.250 §6.3.5
HANG_UP = "ATH"  # V.250 §6.3.6
RETURN_ONLINE = "ATO"  # V.250 §6.3.7
ESCAPE = "+++"  # V.250 §6.3.9 (the escape sequence, sent without CR and between guard times)
IMEI = "AT+CGSN"  # TS 27.007 §5.4
IMSI = "AT+CIMI"  # TS 27.007 §5.6
ICCID = "AT+CCID"  # vendor command (not in TS 27.007), answered by most modules
OPERATOR_QUERY = "AT+COPS?"  # TS 27.007 §7.3
SIGNAL_QUALITY = "AT+CSQ"  # TS 27.007 §8.5
REGISTRATION_QUERY = "AT+CREG?"  # TS 27.007 §7.2
PIN_QUERY = "AT+CPIN?"  # TS 27.007 §8.3
STORAGE_QUERY = "AT+CPMS?"  # TS 27.005 §3.2.2
STORAGE_TEST = "AT+CPMS=?"
INDICATIONS_TEST = "AT+CNMI=?"  # TS 27.005 §3.4.1
SERVICE_CENTRE_QUERY = "AT+CSCA?"  # TS 27.005 §3.3.1
BEARER_QUERY = "AT+CBST?"  # TS 27.007 §6.7
ACKNOWLEDGE = "AT+CNMA"  # TS 27.005 §3.4.4
MODEL = "AT+CGMM"  # TS 27.007 §5.2
MANUFACTURER = "AT+CGMI"  # TS 27.007 §5.1
REVISION = "AT+CGMR"  # TS 27.007 §5.3

_DIAL = re.compile(r"^[0-9*#+ABCDabcdPpTtWw,!@]+$")  # V.250 §6.3.1 dial digits and modifiers


def echo(on: bool) -> str:
    """ATE1/ATE0 (V.250 §6.2.4): with echo off the engine has less to skip."""
    return "ATE1" if on else "ATE0"


def verbose(on: bool) -> str:
    """ATV1/ATV0 (V.250 §6.2.6): verbose or numeric result codes."""
    return "ATV1" if on else "ATV0"


def report_errors(mode: int = 1) -> str:
    """AT+CMEE=<n> (TS 27.007 §9.1): 0 plain ERROR, 1 numeric +CME ERROR: <n>, 2 verbose."""
    if mode not in (0, 1, 2):
        raise LocalProtocolError("AT+CMEE mode must be 0, 1 or 2")
    return f"AT+CMEE={mode}"


def message_format(*, pdu: bool = True) -> str:
    """AT+CMGF=0 (PDU mode) or 1 (text mode), TS 27.005 §3.2.3."""
    return "AT+CMGF=0" if pdu else "AT+CMGF=1"


def new_message_indications(mode: int = 2, mt: int = 1, bm: int = 0, ds: int = 1, bfr: int = 0) -> str:
    """AT+CNMI (TS 27.005 §3.4.1); the default asks for +CMTI on arrival and +CDS status reports."""
    for value in (mode, mt, bm, ds, bfr):
        if not 0 <= value <= 3:
            raise LocalProtocolError("AT+CNMI values are 0-3")
    return f"AT+CNMI={mode},{mt},{bm},{ds},{bfr}"


def preferred_storage(read: str = "SM", write: str | None = None, receive: str | None = None) -> str:
    """AT+CPMS="<mem1>"[,"<mem2>"[,"<mem3>"]] (TS 27.005 §3.2.2)."""
    mems = [m for m in (read, write, receive) if m is not None]
    for mem in mems:
        if not re.fullmatch(r"[A-Z_]{2,5}", mem):
            raise LocalProtocolError(f"bad message storage name {mem!r}")
    return "AT+CPMS=" + ",".join(f'"{m}"' for m in mems)


def registration_reports(n: int = 2) -> str:
    """AT+CREG=<n> (TS 27.007 §7.2): 0 off, 1 +CREG: <stat> URCs, 2 with location."""
    if n not in (0, 1, 2, 3):
        raise LocalProtocolError("AT+CREG mode must be 0-3")
    return f"AT+CREG={n}"


def caller_id(on: bool = True) -> str:
    """AT+CLIP=1 (TS 27.007 §7.6): +CLIP after each RING."""
    return "AT+CLIP=1" if on else "AT+CLIP=0"


def bearer_service(speed: int = 7, name: int = 0, ce: int = 1) -> str:
    """AT+CBST=<speed>,<name>,<ce> (TS 27.007 §6.7); 7,0,1 = 9600 bit/s V.32, async, non-transparent."""
    if not (0 <= speed <= 255 and 0 <= name <= 7 and 0 <= ce <= 3):
        raise LocalProtocolError("AT+CBST values out of range")
    return f"AT+CBST={speed},{name},{ce}"


def dial(number: str) -> str:
    """ATD<number> for a data call (V.250 §6.3.1); no ';', which would make it a voice call."""
    if not _DIAL.match(number):
        raise LocalProtocolError(f"{number!r} is not a dial string")
    return f"ATD{number}"


def send_pdu(tpdu_length: int) -> str:
    """AT+CMGS=<length> (TS 27.005 §3.5.1): the TPDU length in octets, the SMSC address not counted."""
    if not 1 <= tpdu_length <= 255:
        raise LocalProtocolError("TPDU length must be 1-255 octets")
    return f"AT+CMGS={tpdu_length}"


def send_text(number: str) -> str:
    """AT+CMGS="<da>"[,<toda>] in text mode (TS 27.005 §4.3)."""
    address = Address.phone(number)
    return f'AT+CMGS="{address}",{address.type_octet}'


def submit_command(message: SmsSubmit) -> tuple[str, str]:
    """The AT+CMGS=<length> line and the PDU hex to send after the prompt for one SMS-SUBMIT."""
    return send_pdu(len(message.tpdu())), message.to_bytes().hex().upper()


def read_message(index: int) -> str:
    """AT+CMGR=<index> (TS 27.005 §3.4.3)."""
    return f"AT+CMGR={_index(index)}"


def list_messages(status: int | str = 4) -> str:
    """AT+CMGL=<stat>: 0-4 in PDU mode (4 = all), or 'ALL'/'REC UNREAD'… in text mode (TS 27.005 §3.4.2)."""
    if isinstance(status, int):
        if not 0 <= status <= 4:
            raise LocalProtocolError("PDU-mode AT+CMGL status is 0-4")
        return f"AT+CMGL={status}"
    return f'AT+CMGL="{status}"'


def delete_message(index: int, flag: int = 0) -> str:
    """AT+CMGD=<index>[,<delflag>] (TS 27.005 §3.5.4); flag 4 deletes every message."""
    if not 0 <= flag <= 4:
        raise LocalProtocolError("AT+CMGD delete flag is 0-4")
    return f"AT+CMGD={_index(index)}" if flag == 0 else f"AT+CMGD={_index(index)},{flag}"


def set_service_centre(address: Address | str) -> str:
    """AT+CSCA="<sca>",<tosca> (TS 27.005 §3.3.1)."""
    sca = address if isinstance(address, Address) else Address.phone(address)
    return f'AT+CSCA="{sca}",{sca.type_octet}'


def sms_setup(*, pdu: bool = True, storage: str | None = "SM") -> list[str]:
    """Lines that prepare a modem for SMS: echo off, numeric errors, PDU mode, +CMTI/+CDS indications."""
    lines = [echo(False), report_errors(1), message_format(pdu=pdu), new_message_indications()]
    if storage is not None:
        lines.append(preferred_storage(storage, storage, storage))
    return lines


def csd_setup(*, speed: int = 7) -> list[str]:
    """Lines that prepare a modem for data calls: echo off, numeric errors, bearer (9600 V.32), +CLIP."""
    return [echo(False), report_errors(1), bearer_service(speed, 0, 1), caller_id(True)]


def _index(index: int) -> int:
    if not 0 <= index <= 65535:
        raise LocalProtocolError("message index out of range")
    return index


# ------------------------------------------------------------------------------------------------ helpers


def _prefixed(lines: Sequence[str], prefix: str) -> list[str]:
    """Argument texts of the lines starting with `prefix:` (spaces after the colon optional)."""
    out = []
    for line in lines:
        stripped = line.strip()
        if stripped.upper().startswith(prefix.upper() + ":"):
            out.append(stripped[len(prefix) + 1 :].strip())
    return out


def _one(lines: Sequence[str], prefix: str) -> str:
    found = _prefixed(lines, prefix)
    if not found:
        raise DecodeError(f"no {prefix} line in the answer")
    return found[0]


def _int(text: str, what: str) -> int:
    text = text.strip().strip('"')
    if not text.lstrip("-").isdigit() or len(text) > 9:
        raise DecodeError(f"{what} is not a number: {text!r}")
    return int(text)


def _opt_int(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip()
    return int(text) if text.isdigit() and len(text) <= 9 else None


# ------------------------------------------------------------------------------------------------ identity


def _bare_value(lines: Sequence[str], prefixes: tuple[str, ...], pattern: str) -> str:
    for line in lines:
        text = line.strip()
        for prefix in prefixes:
            if text.upper().startswith(prefix + ":"):
                text = text[len(prefix) + 1 :].strip()
                break
        text = text.strip('"').strip()
        if re.fullmatch(pattern, text):
            return text
    raise DecodeError(f"no value of the form {pattern} in the answer")


def parse_imei(lines: Sequence[str]) -> str:
    """The IMEI from AT+CGSN (bare digits or '+CGSN: …')."""
    return _bare_value(lines, ("+CGSN", "+GSN"), r"[0-9]{14,17}")


def parse_imsi(lines: Sequence[str]) -> str:
    """The IMSI from AT+CIMI."""
    return _bare_value(lines, ("+CIMI",), r"[0-9]{6,15}")


def parse_iccid(lines: Sequence[str]) -> str:
    """The SIM's ICCID from AT+CCID / AT^ICCID / AT+QCCID (19-20 digits, a trailing F dropped)."""
    value = _bare_value(
        lines, ("+CCID", "^ICCID", "+ICCID", "+QCCID", "^SCID", "+CICCID"), r"[0-9A-Fa-f]{18,22}"
    )
    return value.rstrip("Ff")


def parse_pin_state(lines: Sequence[str]) -> str:
    """'READY', 'SIM PIN', … from AT+CPIN? (TS 27.007 §8.3)."""
    return _one(lines, "+CPIN").strip('"')


# ------------------------------------------------------------------------------------------------ network


@dataclass(frozen=True, kw_only=True)
class SignalQuality:
    """AT+CSQ (TS 27.007 §8.5): <rssi> 0-31 or 99, <ber> 0-7 or 99."""

    rssi: int
    ber: int

    @property
    def dbm(self) -> int | None:
        """Received signal strength in dBm, None when unknown."""
        return csq_to_dbm(self.rssi)


def csq_to_dbm(rssi: int) -> int | None:
    """TS 27.007 §8.5: 0 → −113 dBm or less, 1 → −111, 2…30 → −109…−53, 31 → −51 or more, 99 unknown."""
    if 0 <= rssi <= 31:
        return -113 + 2 * rssi
    return None


def dbm_to_csq(dbm: int | None) -> int:
    """The <rssi> a modem reports for `dbm` (99 when unknown)."""
    if dbm is None:
        return 99
    return max(0, min(31, (dbm + 113 + 1) // 2))


def parse_signal_quality(lines: Sequence[str]) -> SignalQuality:
    """The +CSQ: <rssi>,<ber> answer."""
    fields = split_fields(_one(lines, "+CSQ"))
    if len(fields) < 2:
        raise DecodeError("+CSQ needs <rssi>,<ber>")
    return SignalQuality(rssi=_int(fields[0], "<rssi>"), ber=_int(fields[1], "<ber>"))


class RegistrationStatus(enum.IntEnum):
    """<stat> of +CREG/+CGREG/+CEREG (TS 27.007 §7.2)."""

    NOT_REGISTERED = 0
    HOME = 1
    SEARCHING = 2
    DENIED = 3
    UNKNOWN = 4
    ROAMING = 5
    SMS_ONLY_HOME = 6
    SMS_ONLY_ROAMING = 7
    EMERGENCY_ONLY = 8
    CSFB_NOT_PREFERRED_HOME = 9
    CSFB_NOT_PREFERRED_ROAMING = 10


# TS 27.007 §7.3 <AcT>
ACCESS_TECHNOLOGIES = {
    0: "GSM",
    1: "GSM Compact",
    2: "UTRAN",
    3: "GSM w/EGPRS",
    4: "UTRAN w/HSDPA",
    5: "UTRAN w/HSUPA",
    6: "UTRAN w/HSDPA and HSUPA",
    7: "E-UTRAN",
    8: "EC-GSM-IoT",
    9: "E-UTRAN (NB-S1 mode)",
    10: "E-UTRA connected to a 5GCN",
    11: "NR connected to a 5GCN",
    12: "NG-RAN",
    13: "E-UTRA-NR dual connectivity",
}


@dataclass(frozen=True, kw_only=True)
class Registration:
    """Network registration: <stat> with location (hex LAC/TAC and cell id) and access technology if given."""

    status: RegistrationStatus
    mode: int | None = None  # <n> of the read form; None for the unsolicited form
    lac: str | None = None
    cell_id: str | None = None
    access_technology: int | None = None

    @property
    def registered(self) -> bool:
        """Registered on the home network or roaming (SMS-only included)."""
        return self.status in (
            RegistrationStatus.HOME,
            RegistrationStatus.ROAMING,
            RegistrationStatus.SMS_ONLY_HOME,
            RegistrationStatus.SMS_ONLY_ROAMING,
            RegistrationStatus.CSFB_NOT_PREFERRED_HOME,
            RegistrationStatus.CSFB_NOT_PREFERRED_ROAMING,
        )

    @property
    def technology(self) -> str | None:
        """The access technology's name."""
        if self.access_technology is None:
            return None
        return ACCESS_TECHNOLOGIES.get(self.access_technology, f"AcT {self.access_technology}")


def _registration(fields: list[str], mode: int | None) -> Registration:
    if not fields or not fields[0].strip().isdigit():
        raise DecodeError(f"registration status missing in {fields!r}")
    stat = int(fields[0])
    try:
        status = RegistrationStatus(stat)
    except ValueError:
        status = RegistrationStatus.UNKNOWN
    hexes = [f.strip().strip("'").upper() or None for f in fields[1:3]]
    hexes = [h if h is None or re.fullmatch(r"[0-9A-F]{1,8}", h) else None for h in hexes]
    return Registration(
        status=status,
        mode=mode,
        lac=hexes[0] if hexes else None,
        cell_id=hexes[1] if len(hexes) > 1 else None,
        access_technology=_opt_int(fields[3]) if len(fields) > 3 else None,
    )


def parse_registration(lines: Sequence[str], prefix: str = "+CREG") -> Registration | None:
    """The read form '+CREG: <n>,<stat>[,<lac>,<ci>[,<AcT>]]'; None when the modem sent no such line."""
    # tolerates unquoted hex (Huawei), an empty LAC, mismatched or missing quotes (gammu's at-creg-corner)
    found = _prefixed(lines, prefix)
    if not found:
        return None
    fields = split_fields(found[0])
    if not fields or not fields[0].strip().isdigit():
        raise DecodeError(f"bad {prefix} answer {found[0]!r}")
    if len(fields) == 1:  # some modems answer the read command in the unsolicited form
        return _registration(fields, None)
    return _registration(fields[1:], int(fields[0]))


def parse_registration_urc(urc: Urc) -> Registration:
    """The unsolicited '+CREG: <stat>[,<lac>,<ci>[,<AcT>]]'."""
    return _registration(split_fields(urc.args), None)


@dataclass(frozen=True, kw_only=True)
class Operator:
    """AT+COPS? (TS 27.007 §7.3): selection mode, name format and name, access technology."""

    mode: int
    format: int | None = None
    name: str | None = None
    access_technology: int | None = None

    @property
    def technology(self) -> str | None:
        """The access technology's name."""
        if self.access_technology is None:
            return None
        return ACCESS_TECHNOLOGIES.get(self.access_technology, f"AcT {self.access_technology}")


def parse_operator(lines: Sequence[str]) -> Operator:
    """The '+COPS: <mode>[,<format>,<oper>[,<AcT>]]' answer."""
    fields = split_fields(_one(lines, "+COPS"))
    return Operator(
        mode=_int(fields[0], "<mode>"),
        format=_opt_int(fields[1]) if len(fields) > 1 else None,
        name=fields[2] if len(fields) > 2 and fields[2] else None,
        access_technology=_opt_int(fields[3]) if len(fields) > 3 else None,
    )


@dataclass(frozen=True, kw_only=True)
class BearerService:
    """AT+CBST (TS 27.007 §6.7): data rate, bearer name and connection element."""

    speed: int
    name: int
    ce: int


def parse_bearer_service(lines: Sequence[str]) -> BearerService:
    """The '+CBST: <speed>,<name>,<ce>' answer."""
    fields = split_fields(_one(lines, "+CBST"))
    if len(fields) < 3:
        raise DecodeError("+CBST needs <speed>,<name>,<ce>")
    return BearerService(
        speed=_int(fields[0], "<speed>"), name=_int(fields[1], "<name>"), ce=_int(fields[2], "<ce>")
    )


# ------------------------------------------------------------------------------------------- SMS settings


@dataclass(frozen=True, kw_only=True)
class MemoryStatus:
    """One message storage: name (None when the answer omits it), messages stored, capacity."""

    memory: str | None
    used: int | None
    total: int | None


def parse_storage(lines: Sequence[str]) -> tuple[MemoryStatus, ...]:
    """'+CPMS: <mem1>,<used1>,<total1>,…' (read) or '+CPMS: <used1>,<total1>,…' (set) answers."""
    fields = split_fields(_one(lines, "+CPMS"))
    named = any(f and not f.isdigit() for f in fields) or not any(fields)
    out = []
    if named or (len(fields) % 2 and len(fields) % 3 == 0):
        for i in range(0, len(fields) - 2, 3):
            out.append(
                MemoryStatus(
                    memory=fields[i] or None, used=_opt_int(fields[i + 1]), total=_opt_int(fields[i + 2])
                )
            )
    else:
        for i in range(0, len(fields) - 1, 2):
            out.append(MemoryStatus(memory=None, used=_opt_int(fields[i]), total=_opt_int(fields[i + 1])))
    return tuple(out)


def parse_groups(args: str) -> tuple[tuple[str, ...], ...]:
    """Parenthesised lists of a test command ('("SM","ME"),("SM")' or '(0-2),(1,3)'), leniently."""
    text = args.strip()
    raw: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch == "(":
            depth += 1
            if depth == 1:
                current = []
                continue
        elif ch == ")":
            depth = max(depth - 1, 0)
            if depth == 0:
                raw.append("".join(current))
                continue
        if depth >= 1:
            current.append(ch)
    if depth > 0:
        raw.append("".join(current))
    if len(raw) == 1 and "(" in raw[0]:  # Wavecom wraps the lists once more: '(("SM","BM"),("SM"))'
        return parse_groups(raw[0])
    if not raw and text:  # no parentheses at all: '"SM","SM","SM"'
        return tuple((item,) for item in _items(text))
    return tuple(_items(group) for group in raw)


def _items(text: str) -> tuple[str, ...]:
    cleaned = text.replace("(", "").replace(")", "")
    return tuple(
        item.strip().strip('"').strip() for item in cleaned.split(",") if item.strip().strip('"').strip()
    )


def parse_storage_test(lines: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Memories offered by AT+CPMS=? for reading, writing and receiving (as many groups as given)."""
    found = _prefixed(lines, "+CPMS")
    if not found:
        raise DecodeError("no +CPMS line in the answer")
    return parse_groups(found[0])


def parse_ranges(item: str) -> tuple[int, ...]:
    """'0-2' → (0, 1, 2); '3' → (3,); DecodeError otherwise."""
    match = re.fullmatch(r"\s*(\d{1,3})\s*(?:-\s*(\d{1,3})\s*)?", item)
    if not match:
        raise DecodeError(f"not a value range: {item!r}")
    low = int(match.group(1))
    high = int(match.group(2) or low)
    return tuple(range(low, high + 1))


def parse_indications_test(lines: Sequence[str]) -> tuple[tuple[int, ...], ...]:
    """Values AT+CNMI=? allows for <mode>,<mt>,<bm>,<ds>,<bfr>."""
    groups = parse_groups(_one(lines, "+CNMI"))
    return tuple(tuple(v for item in group for v in parse_ranges(item)) for group in groups)


def parse_service_centre(lines: Sequence[str]) -> Address | None:
    """The SMSC from '+CSCA: <sca>,<tosca>' (also UCS-2 hex, as modems in AT+CSCS="UCS2" give it)."""
    fields = split_fields(_one(lines, "+CSCA"))
    number = fields[0].strip() if fields else ""
    number = _ucs2_number(number) or number
    if not number:
        return None
    tosca = _opt_int(fields[1]) if len(fields) > 1 else None
    if tosca is not None and not number.startswith("+") and (tosca >> 4) & 7 == TypeOfNumber.INTERNATIONAL:
        number = "+" + number
    try:
        return Address.parse(number)
    except LocalProtocolError:
        raise DecodeError(f"bad SMSC address {number!r}") from None


def _ucs2_number(text: str) -> str | None:
    if len(text) < 4 or len(text) % 4 or not re.fullmatch(r"[0-9A-Fa-f]+", text):
        return None
    chars = "".join(chr(int(text[i : i + 4], 16)) for i in range(0, len(text), 4))
    return chars if re.fullmatch(r"\+?[0-9*#]+", chars) else None


# ------------------------------------------------------------------------------------------------ messages


@dataclass(frozen=True, kw_only=True)
class StoredPdu:
    """A PDU-mode message as +CMGR/+CMGL/+CMT list it: storage index, <stat>, length and the PDU."""

    pdu: bytes
    index: int | None = None
    status: int | None = None  # 0 received unread, 1 received read, 2 stored unsent, 3 stored sent
    length: int | None = None  # TPDU length the modem announced

    def decode(self, *, strict: bool = False) -> SmsMessage:
        """The message; DecodeError if the PDU is malformed (lenient about truncation unless strict)."""
        return decode_pdu(self.pdu, strict=strict)


def _pdu_line(line: str) -> bytes:
    text = line.strip().strip('"').strip()
    return hex_to_bytes(text, strict=False)


def parse_read_message(lines: Sequence[str], *, index: int | None = None) -> StoredPdu | TextMessage | None:
    """The +CMGR answer in PDU or text mode; None when the slot is empty (no +CMGR line)."""
    for i, line in enumerate(lines):
        found = _prefixed([line], "+CMGR")
        if not found:
            continue
        args = found[0]
        body = list(lines[i + 1 :])
        if is_text_mode_header(args):
            return parse_cmgr_text(args, body, index=index)
        fields = split_fields(args)
        if not body:
            raise DecodeError("+CMGR header without a PDU line")
        status = _opt_int(fields[0]) if len(fields) >= 2 else None
        return StoredPdu(pdu=_pdu_line(body[0]), index=index, status=status, length=_opt_int(fields[-1]))
    return None


def parse_list_messages(lines: Sequence[str]) -> list[StoredPdu | TextMessage]:
    """Every entry of a +CMGL answer (PDU or text mode); text bodies may span several lines."""
    out: list[StoredPdu | TextMessage] = []
    heads = [i for i, line in enumerate(lines) if _prefixed([line], "+CMGL")]
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        args = _prefixed([lines[start]], "+CMGL")[0]
        body = list(lines[start + 1 : end])
        if is_text_mode_header(args):
            out.append(parse_cmgl_text(args, body))
            continue
        fields = split_fields(args)
        if not body:
            raise DecodeError("+CMGL entry without a PDU line")
        out.append(
            StoredPdu(
                pdu=_pdu_line(body[0]),
                index=_opt_int(fields[0]),
                status=_opt_int(fields[1]) if len(fields) > 1 else None,
                length=_opt_int(fields[-1]),
            )
        )
    return out


def parse_send_result(lines: Sequence[str]) -> int:
    """TP-MR the network gave a sent message, from '+CMGS: <mr>[,…]' (TS 27.005 §3.5.1)."""
    return _int(split_fields(_one(lines, "+CMGS"))[0], "<mr>")


# ------------------------------------------------------------------------------------------------ URCs


@dataclass(frozen=True, kw_only=True)
class MessageIndication:
    """+CMTI/+CDSI (TS 27.005 §3.4.1): a message was stored at <mem>,<index>; read it with AT+CMGR."""

    memory: str
    index: int
    status_report: bool = False


def parse_message_indication(urc: Urc) -> MessageIndication:
    """+CMTI: "<mem>",<index> or +CDSI: "<mem>",<index>."""
    fields = split_fields(urc.args)
    if len(fields) < 2:
        raise DecodeError(f"{urc.name} needs <mem>,<index>")
    return MessageIndication(
        memory=fields[0], index=_int(fields[1], "<index>"), status_report=urc.name == "+CDSI"
    )


def parse_delivered_message(urc: Urc) -> StoredPdu | TextMessage:
    """+CMT (TS 27.005 §3.4.1): in PDU mode '[<alpha>],<length>' + PDU, in text mode header + text."""
    if urc.body is None:
        raise DecodeError(f"{urc.name} without its message line")
    fields = split_fields(urc.args)
    if urc.name == "+CMT" and not (fields and fields[-1].isdigit() and len(fields) <= 2):
        return parse_cmt_text(urc.args, urc.body)
    return StoredPdu(pdu=_pdu_line(urc.body), length=_opt_int(fields[-1]) if fields else None)


@dataclass(frozen=True, kw_only=True)
class CallerId:
    """+CLIP (TS 27.007 §7.6): the calling number and its type."""

    number: str
    type: int | None = None

    @property
    def address(self) -> str:
        """The number with '+' when its type says international."""
        if self.type is not None and (self.type >> 4) & 7 == 1 and not self.number.startswith("+"):
            return "+" + self.number
        return self.number


def parse_caller_id(urc: Urc) -> CallerId:
    """+CLIP: "<number>",<type>[,…]."""
    fields = split_fields(urc.args)
    if not fields:
        raise DecodeError("+CLIP without a number")
    return CallerId(number=fields[0], type=_opt_int(fields[1]) if len(fields) > 1 else None)
