"""SMS TPDUs (3GPP TS 23.040 §9.2) with the SMSC address first, as AT+CMGS/+CMGR carry them (TS 27.005 §3.1).

SMS-SUBMIT, SMS-DELIVER and SMS-STATUS-REPORT decode and encode; `decode_pdu(raw).to_bytes() == raw` for
well-formed PDUs. Codecs raise only DecodeError (bad input) or LocalProtocolError (unencodable request).
"""

from __future__ import annotations

import binascii
import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from typing import ClassVar

from app.errors import DecodeError, LocalProtocolError
from app.protocols.at import gsm7

MAX_UD_OCTETS = 140  # TS 23.040 §9.2.3.16
MAX_GSM7_SEPTETS = 160
MAX_ADDRESS_DIGITS = 20  # TS 23.040 §9.1.2.5: at most 10 octets of address value
MAX_SMSC_OCTETS = 12  # TS 24.011 §8.2.5.1: RP address, type octet included

# TS 23.040 §9.1.2.3 semi-octet digits beyond 0-9
_DIGIT_EXTRA = {0xA: "*", 0xB: "#", 0xC: "a", 0xD: "b", 0xE: "c"}
_EXTRA_DIGIT = {ch: code for code, ch in _DIGIT_EXTRA.items()}


class TypeOfNumber(enum.IntEnum):
    """TS 23.040 §9.1.2.5 type of number (bits 6-4 of the address type octet)."""

    UNKNOWN = 0
    INTERNATIONAL = 1
    NATIONAL = 2
    NETWORK_SPECIFIC = 3
    SUBSCRIBER = 4
    ALPHANUMERIC = 5
    ABBREVIATED = 6
    RESERVED = 7


NPI_ISDN = 1  # TS 23.040 §9.1.2.5 numbering plan: ISDN/telephone (E.164/E.163)


class MessageType(enum.Enum):
    """The TPDU kinds this codec handles (TS 23.040 §9.2.3.1 TP-MTI)."""

    DELIVER = "SMS-DELIVER"
    SUBMIT = "SMS-SUBMIT"
    STATUS_REPORT = "SMS-STATUS-REPORT"


class Alphabet(enum.Enum):
    """Character sets of TS 23.038 §4."""

    GSM7 = "gsm7"
    DATA8 = "8bit"
    UCS2 = "ucs2"


# ------------------------------------------------------------------------------------------------ addresses


@dataclass(frozen=True, kw_only=True)
class Address:
    """A TP or RP address: digits (0-9 * # a b c) or, for ALPHANUMERIC, text in the GSM 7-bit alphabet."""

    value: str
    ton: TypeOfNumber = TypeOfNumber.UNKNOWN
    npi: int = NPI_ISDN

    @classmethod
    def parse(cls, text: str, *, ton: TypeOfNumber | None = None) -> Address:
        """'+3620…' is international, other digits `ton` (default unknown), anything else alphanumeric."""
        stripped = text.strip()
        compact = re.sub(r"[\s().\-/]", "", stripped)  # '+36 (20) 123-4567' as people write numbers
        if compact.lstrip("+") and _is_digits(compact.lstrip("+")) and compact.count("+") <= 1:
            stripped = compact
        if stripped.startswith("+") and _is_digits(stripped[1:]) and stripped[1:]:
            return cls(value=stripped[1:], ton=ton or TypeOfNumber.INTERNATIONAL)
        if _is_digits(stripped) and stripped:
            return cls(value=stripped, ton=ton or TypeOfNumber.UNKNOWN)
        if not stripped:
            raise LocalProtocolError("empty address")
        return cls(value=text, ton=TypeOfNumber.ALPHANUMERIC, npi=0)

    @classmethod
    def phone(cls, text: str, *, ton: TypeOfNumber | None = None) -> Address:
        """A phone number ('+3620…' or digits); LocalProtocolError for anything else."""
        address = cls.parse(text, ton=ton)
        if address.ton is TypeOfNumber.ALPHANUMERIC:
            raise LocalProtocolError(f"{text!r} is not a phone number")
        return address

    def __str__(self) -> str:
        return f"+{self.value}" if self.ton is TypeOfNumber.INTERNATIONAL else self.value

    @property
    def type_octet(self) -> int:
        """The type-of-address octet: 1, TON, NPI."""
        return 0x80 | (int(self.ton) << 4) | (self.npi & 0x0F)

    def to_tp_bytes(self) -> bytes:
        """TP address (TS 23.040 §9.1.2.5): length in useful semi-octets, type, value."""
        if self.ton is TypeOfNumber.ALPHANUMERIC:
            septets = gsm7.encode_gsm7(self.value)
            packed = gsm7.pack_septets(septets)
            semi = (len(septets) * 7 + 3) // 4
            if semi > MAX_ADDRESS_DIGITS:
                raise LocalProtocolError(f"alphanumeric address {self.value!r} longer than 11 characters")
            return bytes([semi, self.type_octet]) + packed
        if len(self.value) > MAX_ADDRESS_DIGITS:
            raise LocalProtocolError(f"address {self.value!r} has more than {MAX_ADDRESS_DIGITS} digits")
        return bytes([len(self.value), self.type_octet]) + encode_semi_octets(self.value)

    def to_smsc_bytes(self) -> bytes:
        """RP address as the SCA field (TS 24.011 §8.2.5.1): length in octets including the type octet."""
        body = bytes([self.type_octet]) + encode_semi_octets(self.value)
        if len(body) > MAX_SMSC_OCTETS or self.ton is TypeOfNumber.ALPHANUMERIC:
            raise LocalProtocolError(f"SMSC address {self.value!r} cannot be encoded")
        return bytes([len(body)]) + body


def smsc_bytes(smsc: Address | None) -> bytes:
    """The SCA field: 00 when the SIM's default service centre is to be used."""
    return b"\x00" if smsc is None else smsc.to_smsc_bytes()


def _is_digits(text: str) -> bool:
    return all(ch in "0123456789*#" for ch in text)


def encode_semi_octets(digits: str) -> bytes:
    """Dialling digits as swapped semi-octets, an odd count padded with F (TS 23.040 §9.1.2.3)."""
    nibbles = []
    for ch in digits:
        if ch.isascii() and ch.isdigit():
            nibbles.append(int(ch))
        elif ch in _EXTRA_DIGIT:
            nibbles.append(_EXTRA_DIGIT[ch])
        else:
            raise LocalProtocolError(f"{ch!r} is not a dialling digit (0-9 * # a b c)")
    if len(nibbles) % 2:
        nibbles.append(0xF)
    return bytes(nibbles[i] | (nibbles[i + 1] << 4) for i in range(0, len(nibbles), 2))


def decode_semi_octets(data: bytes, count: int) -> str:
    """Up to `count` dialling digits from swapped semi-octets, ending at an F filler (TS 23.040 §9.1.2.3)."""
    out = []
    for i in range(count):
        byte = data[i // 2]
        nibble = (byte >> 4) if i % 2 else (byte & 0x0F)
        if nibble == 0xF:  # a filler where a digit should be: the sender overstated the length
            break
        out.append(str(nibble) if nibble < 10 else _DIGIT_EXTRA[nibble])
    return "".join(out)


def _split_type(toa: int) -> tuple[TypeOfNumber, int]:
    return TypeOfNumber((toa >> 4) & 0x07), toa & 0x0F


# ------------------------------------------------------------------------------------------------ time stamps


def _bcd_swapped(value: int) -> int:
    return ((value % 10) << 4) | (value // 10)


def _from_swapped(byte: int, where: int) -> int:
    low, high = byte & 0x0F, byte >> 4
    if low > 9 or high > 9:
        raise DecodeError(f"bad BCD octet {byte:02X}", offset=where)
    return low * 10 + high


def encode_timestamp(when: dt.datetime) -> bytes:
    """TS 23.040 §9.2.3.11 time stamp (7 semi-octet pairs, zone in quarter hours); naive means UTC."""
    offset = when.utcoffset() or dt.timedelta(0)
    quarters, rest = divmod(int(abs(offset).total_seconds()), 900)
    if rest or quarters > 79:
        raise LocalProtocolError(f"time zone {offset} is not a multiple of 15 minutes within ±19:45")
    zone = _bcd_swapped(quarters) | (0x08 if offset < dt.timedelta(0) else 0)
    parts = (when.year % 100, when.month, when.day, when.hour, when.minute, when.second)
    return bytes(_bcd_swapped(p) for p in parts) + bytes([zone])


def decode_timestamp(data: bytes, offset: int = 0) -> dt.datetime:
    """The time-zone aware moment a 7-octet TS 23.040 §9.2.3.11 time stamp names."""
    raw = data[offset : offset + 7]
    if len(raw) < 7:
        raise DecodeError("time stamp cut short", offset=offset)
    year, month, day, hour, minute, second = (_from_swapped(b, offset + i) for i, b in enumerate(raw[:6]))
    zone_byte = raw[6]
    zone_low = zone_byte & 0x07  # bit 3 of the low nibble is the sign
    if zone_low > 9 or (zone_byte >> 4) > 9:
        raise DecodeError(f"bad time zone octet {zone_byte:02X}", offset=offset + 6)
    quarters = zone_low * 10 + (zone_byte >> 4)
    sign = -1 if zone_byte & 0x08 else 1
    tz = dt.timezone(dt.timedelta(minutes=15 * quarters * sign))
    try:
        return dt.datetime(
            1900 + year if year >= 70 else 2000 + year, month, day, hour, minute, second, tzinfo=tz
        )
    except ValueError as exc:
        raise DecodeError(f"impossible time stamp: {exc}", offset=offset) from None


def timezone_quarters(swapped_octet: int) -> int:
    """Signed quarter hours of a time-zone octet written as digits (e.g. 0x2B → -32), TS 23.040 §9.2.3.11."""
    tens, units = swapped_octet >> 4, swapped_octet & 0x0F
    return (-1 if tens & 0x08 else 1) * ((tens & 0x07) * 10 + units)


# ------------------------------------------------------------------------------------------------ validity


@dataclass(frozen=True, kw_only=True)
class EnhancedValidity:
    """TS 23.040 §9.2.3.12.3 enhanced validity period: the 7 octets as sent."""

    octets: bytes

    def __post_init__(self) -> None:
        if len(self.octets) != 7:
            raise LocalProtocolError("an enhanced validity period has exactly 7 octets")

    @property
    def single_shot(self) -> bool:
        """Bit 6 of the functionality indicator: deliver once only."""
        return bool(self.octets[0] & 0x40)

    @property
    def format(self) -> int:
        """Bits 2-0: 0 none, 1 relative octet, 2 seconds 0-255, 3 hh mm ss semi-octets."""
        return self.octets[0] & 0x07

    @property
    def duration(self) -> dt.timedelta | None:
        """How long the message stays valid, when the format says."""
        if self.format == 1:
            return relative_validity_duration(self.octets[1])
        if self.format == 2:
            return dt.timedelta(seconds=self.octets[1])
        if self.format == 3:
            try:
                hh, mm, ss = (_from_swapped(b, i + 1) for i, b in enumerate(self.octets[1:4]))
            except DecodeError:
                return None
            return dt.timedelta(hours=hh, minutes=mm, seconds=ss)
        return None

    @classmethod
    def seconds(cls, seconds: int, *, single_shot: bool = False) -> EnhancedValidity:
        """Format 2: 0-255 seconds."""
        if not 0 <= seconds <= 255:
            raise LocalProtocolError("enhanced validity in seconds must be 0-255")
        return cls(octets=bytes([0x40 * single_shot | 2, seconds, 0, 0, 0, 0, 0]))

    @classmethod
    def hhmmss(cls, period: dt.timedelta, *, single_shot: bool = False) -> EnhancedValidity:
        """Format 3: hours, minutes and seconds as semi-octets (under 100 hours)."""
        total = int(period.total_seconds())
        hh, rest = divmod(total, 3600)
        if not 0 <= hh <= 99:
            raise LocalProtocolError("enhanced validity hh:mm:ss must be under 100 hours")
        mm, ss = divmod(rest, 60)
        body = bytes(_bcd_swapped(v) for v in (hh, mm, ss))
        return cls(octets=bytes([0x40 * single_shot | 3]) + body + bytes(3))


Validity = dt.timedelta | dt.datetime | EnhancedValidity | None


def relative_validity_duration(code: int) -> dt.timedelta:
    """TS 23.040 §9.2.3.12.1: the period a relative TP-VP octet stands for."""
    if code <= 143:
        return dt.timedelta(minutes=(code + 1) * 5)
    if code <= 167:
        return dt.timedelta(hours=12, minutes=(code - 143) * 30)
    if code <= 196:
        return dt.timedelta(days=code - 166)
    return dt.timedelta(weeks=code - 192)


def relative_validity_code(period: dt.timedelta) -> int:
    """The smallest relative TP-VP octet whose period is at least `period` (255 at most)."""
    minutes = -(-int(period.total_seconds()) // 60)
    if minutes <= 720:
        return max(0, -(-minutes // 5) - 1)
    if minutes <= 1440:
        return 143 + -(-(minutes - 720) // 30)
    days = -(-minutes // 1440)
    if days <= 30:
        return 166 + days
    return min(255, 192 + -(-days // 7))


# ------------------------------------------------------------------------------------------------ data coding


@dataclass(frozen=True)
class DataCoding:
    """TP-DCS octet (TS 23.038 §4) with the meaning derived from it."""

    value: int = 0

    @classmethod
    def for_alphabet(cls, alphabet: Alphabet, message_class: int | None = None) -> DataCoding:
        """General data coding group: alphabet and an optional message class 0-3."""
        bits = {Alphabet.GSM7: 0x00, Alphabet.DATA8: 0x04, Alphabet.UCS2: 0x08}[alphabet]
        if message_class is not None:
            if not 0 <= message_class <= 3:
                raise LocalProtocolError("message class must be 0-3")
            bits |= 0x10 | message_class
        return cls(bits)

    @property
    def group(self) -> int:
        """The coding group: the upper four bits."""
        return self.value >> 4

    @property
    def compressed(self) -> bool:
        """TS 23.038 §4: general coding groups, bit 5."""
        return self.group < 0x8 and bool(self.value & 0x20)

    @property
    def alphabet(self) -> Alphabet:
        """The character set the user data is written in."""
        group = self.group
        if group < 0x8:  # general data coding (00xx) and automatic deletion (01xx)
            return {0: Alphabet.GSM7, 1: Alphabet.DATA8, 2: Alphabet.UCS2}.get(
                (self.value >> 2) & 3, Alphabet.GSM7
            )
        if group == 0xE:  # message waiting indication, store message, UCS-2
            return Alphabet.UCS2
        if group == 0xF:  # data coding / message class
            return Alphabet.DATA8 if self.value & 0x04 else Alphabet.GSM7
        return Alphabet.GSM7  # 1000-1011 reserved and 1100/1101 waiting groups: default alphabet

    @property
    def message_class(self) -> int | None:
        """Message class 0-3 (0 = flash), or None when the octet sets none."""
        group = self.group
        if (group < 0x8 and self.value & 0x10) or group == 0xF:
            return self.value & 0x03
        return None


# ------------------------------------------------------------------------------------------------ user data


@dataclass(frozen=True, kw_only=True)
class InformationElement:
    """One user-data-header element (TS 23.040 §9.2.3.24): identifier and data."""

    iei: int
    data: bytes = b""


IEI_CONCAT_8 = 0x00  # TS 23.040 §9.2.3.24.1
IEI_PORTS_8 = 0x04  # §9.2.3.24.3
IEI_PORTS_16 = 0x05  # §9.2.3.24.4
IEI_CONCAT_16 = 0x08  # §9.2.3.24.8


@dataclass(frozen=True, kw_only=True)
class Concatenation:
    """Concatenated short message information (TS 23.040 §9.2.3.24.1 / .8)."""

    reference: int
    total: int
    sequence: int
    wide: bool = False  # 16-bit reference (IEI 08) instead of 8-bit (IEI 00)

    def to_element(self) -> InformationElement:
        """The information element carrying this."""
        if not (1 <= self.total <= 255 and 1 <= self.sequence <= 255):
            raise LocalProtocolError("concatenation total and sequence must be 1-255")
        if self.wide:
            if not 0 <= self.reference <= 0xFFFF:
                raise LocalProtocolError("16-bit concatenation reference must be 0-65535")
            return InformationElement(
                iei=IEI_CONCAT_16, data=self.reference.to_bytes(2, "big") + bytes([self.total, self.sequence])
            )
        if not 0 <= self.reference <= 0xFF:
            raise LocalProtocolError("8-bit concatenation reference must be 0-255")
        return InformationElement(iei=IEI_CONCAT_8, data=bytes([self.reference, self.total, self.sequence]))

    @classmethod
    def from_element(cls, ie: InformationElement) -> Concatenation | None:
        """The concatenation an element describes, or None if it is another element or malformed."""
        if ie.iei == IEI_CONCAT_8 and len(ie.data) == 3:
            return cls(reference=ie.data[0], total=ie.data[1], sequence=ie.data[2])
        if ie.iei == IEI_CONCAT_16 and len(ie.data) == 4:
            return cls(
                reference=int.from_bytes(ie.data[:2], "big"), total=ie.data[2], sequence=ie.data[3], wide=True
            )
        return None


@dataclass(frozen=True, kw_only=True)
class PortAddressing:
    """Application port addressing (TS 23.040 §9.2.3.24.3 / .4)."""

    destination: int
    source: int
    wide: bool = True

    def to_element(self) -> InformationElement:
        """The information element carrying this."""
        size = 2 if self.wide else 1
        try:
            data = self.destination.to_bytes(size, "big") + self.source.to_bytes(size, "big")
        except OverflowError:
            raise LocalProtocolError("port number out of range") from None
        return InformationElement(iei=IEI_PORTS_16 if self.wide else IEI_PORTS_8, data=data)

    @classmethod
    def from_element(cls, ie: InformationElement) -> PortAddressing | None:
        """The ports an element names, or None."""
        if ie.iei == IEI_PORTS_8 and len(ie.data) == 2:
            return cls(destination=ie.data[0], source=ie.data[1], wide=False)
        if ie.iei == IEI_PORTS_16 and len(ie.data) == 4:
            return cls(
                destination=int.from_bytes(ie.data[:2], "big"), source=int.from_bytes(ie.data[2:], "big")
            )
        return None


@dataclass(frozen=True, kw_only=True)
class UserData:
    """TP-UD: an optional header (None = TP-UDHI clear) and text (GSM 7-bit, UCS-2) or data (8-bit)."""

    text: str = ""
    data: bytes = b""
    header: tuple[InformationElement, ...] | None = None

    @property
    def concatenation(self) -> Concatenation | None:
        """The concatenation element of the header, if any."""
        for ie in self.header or ():
            info = Concatenation.from_element(ie)
            if info is not None:
                return info
        return None

    @property
    def ports(self) -> PortAddressing | None:
        """The application port element of the header, if any."""
        for ie in self.header or ():
            info = PortAddressing.from_element(ie)
            if info is not None:
                return info
        return None


def encode_header(header: tuple[InformationElement, ...]) -> bytes:
    """UDHL and the elements (TS 23.040 §9.2.3.24)."""
    body = bytearray()
    for ie in header:
        if not 0 <= ie.iei <= 255 or len(ie.data) > 255:
            raise LocalProtocolError("information element out of range")
        body += bytes([ie.iei, len(ie.data)]) + ie.data
    if len(body) > MAX_UD_OCTETS - 1:
        raise LocalProtocolError("user data header longer than the user data")
    return bytes([len(body)]) + bytes(body)


def decode_header(data: bytes, offset: int = 0) -> tuple[InformationElement, ...]:
    """The elements of a UDH that starts with its UDHL octet."""
    if not data:
        raise DecodeError("user data header indicated but no user data", offset=offset)
    udhl = data[0]
    if udhl + 1 > len(data):
        raise DecodeError(f"user data header length {udhl} exceeds the user data", offset=offset)
    elements = []
    pos = 1
    while pos < udhl + 1:
        if pos + 2 > udhl + 1:
            raise DecodeError("information element cut short", offset=offset + pos)
        iei, length = data[pos], data[pos + 1]
        if pos + 2 + length > udhl + 1:
            raise DecodeError(f"information element {iei:02X} overruns the header", offset=offset + pos)
        elements.append(InformationElement(iei=iei, data=bytes(data[pos + 2 : pos + 2 + length])))
        pos += 2 + length
    return tuple(elements)


def fill_bits_after(header_octets: int) -> int:
    """Fill bits that align GSM 7-bit text to a septet boundary after `header_octets` (UDHL included)."""
    return (7 - (header_octets * 8) % 7) % 7


def _encode_user_data(ud: UserData, dcs: DataCoding) -> tuple[int, bytes]:
    head = encode_header(ud.header) if ud.header is not None else b""
    alphabet = dcs.alphabet
    if alphabet is Alphabet.GSM7 and not dcs.compressed:
        if ud.data:
            raise LocalProtocolError("7-bit user data carries text, not data")
        septets = gsm7.encode_gsm7(ud.text)
        fill = fill_bits_after(len(head)) if head else 0
        head_septets = (len(head) * 8 + fill) // 7
        udl = head_septets + len(septets)
        if udl > MAX_GSM7_SEPTETS:
            raise LocalProtocolError(f"{udl} septets of user data exceed {MAX_GSM7_SEPTETS}")
        return udl, head + gsm7.pack_septets(septets, fill_bits=fill)
    if alphabet is Alphabet.UCS2 and not dcs.compressed:
        if ud.data:
            raise LocalProtocolError("UCS-2 user data carries text, not data")
        body = ud.text.encode("utf-16-be", "surrogatepass")
    else:
        if ud.text:
            raise LocalProtocolError("8-bit user data carries data, not text")
        body = ud.data
    octets = head + body
    if len(octets) > MAX_UD_OCTETS:
        raise LocalProtocolError(f"{len(octets)} octets of user data exceed {MAX_UD_OCTETS}")
    return len(octets), octets


def _decode_user_data(
    data: bytes, pos: int, *, udhi: bool, dcs: DataCoding, strict: bool
) -> tuple[UserData, int]:
    if pos >= len(data):
        raise DecodeError("user data length missing", offset=pos)
    udl = data[pos]
    pos += 1
    rest = data[pos:]
    gsm = dcs.alphabet is Alphabet.GSM7 and not dcs.compressed
    if gsm:
        if udl > MAX_GSM7_SEPTETS and strict:
            raise DecodeError(f"user data length {udl} septets exceeds {MAX_GSM7_SEPTETS}", offset=pos - 1)
        octets = (udl * 7 + 7) // 8
    else:
        if udl > MAX_UD_OCTETS and strict:
            raise DecodeError(f"user data length {udl} octets exceeds {MAX_UD_OCTETS}", offset=pos - 1)
        octets = udl
    if len(rest) < octets:
        if strict:
            raise DecodeError(f"user data cut short: {len(rest)} of {octets} octets", offset=pos)
        octets = len(rest)
        udl = gsm7.septets_in(octets) if gsm else octets
    elif len(rest) > octets and strict:
        raise DecodeError(f"{len(rest) - octets} octets after the user data", offset=pos + octets)
    body = rest[:octets]
    header: tuple[InformationElement, ...] | None = None
    skip = 0
    if udhi and not body and not strict:
        header = ()
    elif udhi:
        header = decode_header(body, pos)
        skip = body[0] + 1
    if gsm:
        fill = fill_bits_after(skip) if skip else 0
        head_septets = (skip * 8 + fill) // 7
        count = udl - head_septets
        if count < 0:
            raise DecodeError("user data header longer than the user data length", offset=pos)
        septets = gsm7.unpack_septets(body[skip:], count, fill_bits=fill)
        return UserData(text=gsm7.decode_gsm7(septets), header=header), pos + octets
    payload = bytes(body[skip:])
    if dcs.alphabet is Alphabet.UCS2 and not dcs.compressed:
        if len(payload) % 2:
            if strict:
                raise DecodeError("UCS-2 user data has an odd number of octets", offset=pos)
            payload = payload[:-1]
        return UserData(text=payload.decode("utf-16-be", "surrogatepass"), header=header), pos + octets
    return UserData(data=payload, header=header), pos + octets


# ------------------------------------------------------------------------------------------------ TPDUs


@dataclass(frozen=True, kw_only=True)
class SmsDeliver:
    """SMS-DELIVER (TS 23.040 §9.2.2.1): a message the service centre delivers to us."""

    originator: Address
    timestamp: dt.datetime
    user_data: UserData = field(default_factory=UserData)
    smsc: Address | None = None
    pid: int = 0
    dcs: DataCoding = DataCoding(0)
    more_messages: bool = False  # TP-MMS clear: more messages are waiting in the service centre
    loop_prevention: bool = False
    status_report: bool = False  # TP-SRI: the sender asked for a status report
    reply_path: bool = False

    type: ClassVar[MessageType] = MessageType.DELIVER

    @property
    def text(self) -> str:
        """The message text (empty for 8-bit data)."""
        return self.user_data.text

    def tpdu(self) -> bytes:
        """The TPDU without the SMSC address."""
        udl, ud = _encode_user_data(self.user_data, self.dcs)
        first = (
            0x00
            | (0 if self.more_messages else 0x04)
            | (0x08 if self.loop_prevention else 0)
            | (0x20 if self.status_report else 0)
            | (0x40 if self.user_data.header is not None else 0)
            | (0x80 if self.reply_path else 0)
        )
        return (
            bytes([first])
            + self.originator.to_tp_bytes()
            + bytes([_octet(self.pid, "TP-PID"), _octet(self.dcs.value, "TP-DCS")])
            + encode_timestamp(self.timestamp)
            + bytes([udl])
            + ud
        )

    def to_bytes(self) -> bytes:
        """SMSC address and TPDU, as AT+CMGR shows and AT+CMGW takes."""
        return smsc_bytes(self.smsc) + self.tpdu()


@dataclass(frozen=True, kw_only=True)
class SmsSubmit:
    """SMS-SUBMIT (TS 23.040 §9.2.2.2): a message we hand to the service centre."""

    destination: Address
    user_data: UserData = field(default_factory=UserData)
    smsc: Address | None = None
    reference: int = 0  # TP-MR
    pid: int = 0
    dcs: DataCoding = DataCoding(0)
    validity: Validity = None
    reject_duplicates: bool = False
    status_report_request: bool = False
    reply_path: bool = False

    type: ClassVar[MessageType] = MessageType.SUBMIT

    @property
    def text(self) -> str:
        """The message text (empty for 8-bit data)."""
        return self.user_data.text

    def tpdu(self) -> bytes:
        """The TPDU without the SMSC address; its length is what AT+CMGS=<length> wants."""
        udl, ud = _encode_user_data(self.user_data, self.dcs)
        vpf, vp = _encode_validity(self.validity)
        first = (
            0x01
            | (0x04 if self.reject_duplicates else 0)
            | (vpf << 3)
            | (0x20 if self.status_report_request else 0)
            | (0x40 if self.user_data.header is not None else 0)
            | (0x80 if self.reply_path else 0)
        )
        return (
            bytes([first, _octet(self.reference, "TP-MR")])
            + self.destination.to_tp_bytes()
            + bytes([_octet(self.pid, "TP-PID"), _octet(self.dcs.value, "TP-DCS")])
            + vp
            + bytes([udl])
            + ud
        )

    def to_bytes(self) -> bytes:
        """SMSC address and TPDU, as AT+CMGS sends it."""
        return smsc_bytes(self.smsc) + self.tpdu()


class DeliveryStatus(enum.Enum):
    """TS 23.040 §9.2.3.15 TP-ST classes."""

    COMPLETED = "completed"
    TEMPORARY_RETRYING = "temporary error, service centre still trying"
    PERMANENT = "permanent error, service centre gave up"
    TEMPORARY_STOPPED = "temporary error, service centre stopped trying"


# TS 23.040 §9.2.3.15: the defined status values
STATUS_TEXT = {
    0x00: "received by the recipient",
    0x01: "forwarded, delivery not confirmed",
    0x02: "replaced by the service centre",
    0x20: "congestion",
    0x21: "recipient busy",
    0x22: "no response from the recipient",
    0x23: "service rejected",
    0x24: "quality of service not available",
    0x25: "error in the recipient",
    0x40: "remote procedure error",
    0x41: "incompatible destination",
    0x42: "connection rejected by the recipient",
    0x43: "not obtainable",
    0x44: "quality of service not available",
    0x45: "no interworking available",
    0x46: "validity period expired",
    0x47: "deleted by the originator",
    0x48: "deleted by the service centre administration",
    0x49: "message does not exist",
    0x60: "congestion",
    0x61: "recipient busy",
    0x62: "no response from the recipient",
    0x63: "service rejected",
    0x64: "quality of service not available",
    0x65: "error in the recipient",
}


@dataclass(frozen=True, kw_only=True)
class SmsStatusReport:
    """SMS-STATUS-REPORT (TS 23.040 §9.2.2.3): the fate of a message we submitted (matched by TP-MR)."""

    reference: int
    recipient: Address
    timestamp: dt.datetime  # TP-SCTS: when the service centre received the submitted message
    discharge_time: dt.datetime  # TP-DT: when it was delivered (or the last attempt)
    status: int = 0
    smsc: Address | None = None
    more_messages: bool = False
    loop_prevention: bool = False
    qualifier_command: bool = False  # TP-SRQ: reports on an SMS-COMMAND rather than an SMS-SUBMIT
    parameter_indicator: int | None = None  # TP-PI as sent; None when absent
    pid: int | None = None
    dcs: DataCoding | None = None
    user_data: UserData | None = None

    type: ClassVar[MessageType] = MessageType.STATUS_REPORT

    @property
    def delivery_status(self) -> DeliveryStatus:
        """Which class TP-ST falls in."""
        return (
            DeliveryStatus.COMPLETED,
            DeliveryStatus.TEMPORARY_RETRYING,
            DeliveryStatus.PERMANENT,
            DeliveryStatus.TEMPORARY_STOPPED,
        )[(self.status >> 5) & 0x03]

    @property
    def delivered(self) -> bool:
        """True when the message reached the recipient (or was forwarded/replaced)."""
        return self.status < 0x20

    @property
    def status_text(self) -> str:
        """A readable description of TP-ST."""
        return STATUS_TEXT.get(self.status, f"{self.delivery_status.value} (status 0x{self.status:02X})")

    @property
    def text(self) -> str:
        """Text of the optional user data."""
        return self.user_data.text if self.user_data else ""

    def tpdu(self) -> bytes:
        """The TPDU without the SMSC address."""
        first = (
            0x02
            | (0 if self.more_messages else 0x04)
            | (0x08 if self.loop_prevention else 0)
            | (0x20 if self.qualifier_command else 0)
            | (0x40 if self.user_data is not None and self.user_data.header is not None else 0)
        )
        out = (
            bytes([first, _octet(self.reference, "TP-MR")])
            + self.recipient.to_tp_bytes()
            + encode_timestamp(self.timestamp)
            + encode_timestamp(self.discharge_time)
            + bytes([_octet(self.status, "TP-ST")])
        )
        pi = self.parameter_indicator
        computed = (self.pid is not None) | (self.dcs is not None) << 1 | (self.user_data is not None) << 2
        if pi is None:
            if not computed:
                return out
            pi = computed
        elif pi & 0x07 != computed:
            raise LocalProtocolError("TP-PI does not match the optional fields present")
        out += bytes([_octet(pi, "TP-PI")])
        if self.pid is not None:
            out += bytes([_octet(self.pid, "TP-PID")])
        if self.dcs is not None:
            out += bytes([_octet(self.dcs.value, "TP-DCS")])
        if self.user_data is not None:
            udl, ud = _encode_user_data(self.user_data, self.dcs or DataCoding(0))
            out += bytes([udl]) + ud
        return out

    def to_bytes(self) -> bytes:
        """SMSC address and TPDU."""
        return smsc_bytes(self.smsc) + self.tpdu()


SmsMessage = SmsDeliver | SmsSubmit | SmsStatusReport


def _octet(value: int, name: str) -> int:
    if not 0 <= value <= 255:
        raise LocalProtocolError(f"{name} must be 0-255, not {value}")
    return value


def _encode_validity(validity: Validity) -> tuple[int, bytes]:
    """TP-VPF and TP-VP (TS 23.040 §9.2.3.3, §9.2.3.12)."""
    if validity is None:
        return 0, b""
    if isinstance(validity, EnhancedValidity):
        return 1, validity.octets
    if isinstance(validity, dt.datetime):
        return 3, encode_timestamp(validity)
    return 2, bytes([relative_validity_code(validity)])


# ------------------------------------------------------------------------------------------------ decoding


def decode_pdu(data: bytes, *, with_smsc: bool = True, strict: bool = True) -> SmsMessage:
    """SCA + TPDU (a bare TPDU if not `with_smsc`) decoded; DecodeError if malformed."""
    # strict=False reads user data cut short and ignores trailing octets, an over-long TP-UDL and a bad
    # TP-PI: real phones produce all of these (gammu's at-sms corpus has each)
    data = bytes(data)
    pos = 0
    smsc: Address | None = None
    if with_smsc:
        smsc, pos = _decode_smsc(data)
    if pos >= len(data):
        raise DecodeError("no TPDU after the SMSC address", offset=pos)
    first = data[pos]
    mti = first & 0x03
    try:
        if mti == 0:
            return _decode_deliver(data, pos, smsc, strict)
        if mti == 1:
            return _decode_submit(data, pos, smsc, strict)
        if mti == 2:
            return _decode_status_report(data, pos, smsc, strict)
    except IndexError:  # a field read past the end: every slice above is bounds-checked, this is the backstop
        raise DecodeError("TPDU cut short") from None
    raise DecodeError("reserved message type indicator 3", offset=pos)


def decode_pdu_hex(text: str, *, with_smsc: bool = True, strict: bool = True) -> SmsMessage:
    """Decode a PDU written in hex, as +CMGR/+CMGL/+CMT lines carry it."""
    return decode_pdu(hex_to_bytes(text, strict=strict), with_smsc=with_smsc, strict=strict)


def hex_to_bytes(text: str, *, strict: bool = True) -> bytes:
    """Bytes of a hex string (blanks and quotes ignored); an odd final digit is dropped unless strict."""
    cleaned = "".join(text.split()).strip('"')
    if len(cleaned) % 2:
        if strict:
            raise DecodeError(f"odd number of hex digits ({len(cleaned)})")
        cleaned = cleaned[:-1]
    try:
        return binascii.unhexlify(cleaned)
    except (binascii.Error, ValueError):
        raise DecodeError("not a hex string") from None


def _decode_smsc(data: bytes) -> tuple[Address | None, int]:
    if not data:
        raise DecodeError("empty PDU")
    length = data[0]
    if length == 0:
        return None, 1
    if length > MAX_SMSC_OCTETS or 1 + length > len(data):
        raise DecodeError(f"SMSC address length {length} is impossible", offset=0)
    ton, npi = _split_type(data[1])
    raw = data[2 : 1 + length]
    digits = len(raw) * 2
    if raw and raw[-1] >> 4 == 0xF:
        digits -= 1
    if ton is TypeOfNumber.ALPHANUMERIC:
        raise DecodeError("alphanumeric SMSC address", offset=1)
    return Address(value=decode_semi_octets(raw, digits), ton=ton, npi=npi), 1 + length


def _decode_tp_address(data: bytes, pos: int) -> tuple[Address, int]:
    if pos + 2 > len(data):
        raise DecodeError("address cut short", offset=pos)
    semi, toa = data[pos], data[pos + 1]
    if semi > MAX_ADDRESS_DIGITS:
        raise DecodeError(f"address length {semi} exceeds {MAX_ADDRESS_DIGITS} digits", offset=pos)
    octets = (semi + 1) // 2
    raw = data[pos + 2 : pos + 2 + octets]
    if len(raw) < octets:
        raise DecodeError("address cut short", offset=pos)
    ton, npi = _split_type(toa)
    if ton is TypeOfNumber.ALPHANUMERIC:
        septets = gsm7.unpack_septets(raw, semi * 4 // 7)
        value = gsm7.decode_gsm7(septets)
    else:
        value = decode_semi_octets(raw, semi)
    return Address(value=value, ton=ton, npi=npi), pos + 2 + octets


def _need(data: bytes, pos: int, count: int, what: str) -> None:
    if pos + count > len(data):
        raise DecodeError(f"{what} cut short", offset=pos)


def _decode_deliver(data: bytes, pos: int, smsc: Address | None, strict: bool) -> SmsDeliver:
    first = data[pos]
    originator, pos = _decode_tp_address(data, pos + 1)
    _need(data, pos, 9, "SMS-DELIVER header")
    pid, dcs = data[pos], DataCoding(data[pos + 1])
    timestamp = decode_timestamp(data, pos + 2)
    ud, _ = _decode_user_data(data, pos + 9, udhi=bool(first & 0x40), dcs=dcs, strict=strict)
    return SmsDeliver(
        originator=originator,
        timestamp=timestamp,
        user_data=ud,
        smsc=smsc,
        pid=pid,
        dcs=dcs,
        more_messages=not first & 0x04,
        loop_prevention=bool(first & 0x08),
        status_report=bool(first & 0x20),
        reply_path=bool(first & 0x80),
    )


def _decode_submit(data: bytes, pos: int, smsc: Address | None, strict: bool) -> SmsSubmit:
    first = data[pos]
    _need(data, pos, 2, "SMS-SUBMIT header")
    reference = data[pos + 1]
    destination, pos = _decode_tp_address(data, pos + 2)
    _need(data, pos, 2, "SMS-SUBMIT header")
    pid, dcs = data[pos], DataCoding(data[pos + 1])
    pos += 2
    vpf = (first >> 3) & 0x03
    validity: Validity = None
    if vpf == 2:
        _need(data, pos, 1, "validity period")
        validity = relative_validity_duration(data[pos])
        pos += 1
    elif vpf == 3:
        validity = decode_timestamp(data, pos)
        pos += 7
    elif vpf == 1:
        _need(data, pos, 7, "enhanced validity period")
        validity = EnhancedValidity(octets=bytes(data[pos : pos + 7]))
        pos += 7
    ud, _ = _decode_user_data(data, pos, udhi=bool(first & 0x40), dcs=dcs, strict=strict)
    return SmsSubmit(
        destination=destination,
        user_data=ud,
        smsc=smsc,
        reference=reference,
        pid=pid,
        dcs=dcs,
        validity=validity,
        reject_duplicates=bool(first & 0x04),
        status_report_request=bool(first & 0x20),
        reply_path=bool(first & 0x80),
    )


def _decode_status_report(data: bytes, pos: int, smsc: Address | None, strict: bool) -> SmsStatusReport:
    first = data[pos]
    _need(data, pos, 2, "SMS-STATUS-REPORT header")
    reference = data[pos + 1]
    recipient, pos = _decode_tp_address(data, pos + 2)
    timestamp = decode_timestamp(data, pos)
    discharge = decode_timestamp(data, pos + 7)
    pos += 14
    _need(data, pos, 1, "TP-ST")
    status = data[pos]
    pos += 1
    pi: int | None = None
    pid: int | None = None
    dcs: DataCoding | None = None
    ud: UserData | None = None
    if pos < len(data):
        # TS 23.040 §9.2.3.27: TP-PI says which optional fields follow (a reserved/extension PI is ignored)
        pi = data[pos]
        pos += 1
        if pi & 0x80 and not strict:
            pi = None
        elif pi & 0x80:
            raise DecodeError("TP-PI extension bit set", offset=pos - 1)
        else:
            if pi & 0x01:
                _need(data, pos, 1, "TP-PID")
                pid = data[pos]
                pos += 1
            if pi & 0x02:
                _need(data, pos, 1, "TP-DCS")
                dcs = DataCoding(data[pos])
                pos += 1
            if pi & 0x04:
                ud, pos = _decode_user_data(
                    data, pos, udhi=bool(first & 0x40), dcs=dcs or DataCoding(0), strict=strict
                )
            if pos < len(data) and strict:
                raise DecodeError("octets after the status report", offset=pos)
    return SmsStatusReport(
        reference=reference,
        recipient=recipient,
        timestamp=timestamp,
        discharge_time=discharge,
        status=status,
        smsc=smsc,
        more_messages=not first & 0x04,
        loop_prevention=bool(first & 0x08),
        qualifier_command=bool(first & 0x20),
        parameter_indicator=pi,
        pid=pid,
        dcs=dcs,
        user_data=ud,
    )
