"""IEC 62056-21 messages (clause 6.3): sign-on, identification, option select, data, programming, break.

Characters are ISO/IEC 646 7-bit; the line carries them as 7E1 (1 start, 7 data, even parity, 1 stop,
clause 5 / ISO 1177) in modes A to D, and as 8N1 after a mode E switch to HDLC (Annex E). Framing is
the caller's concern: open the port 7E1, or 8N1 with `add_even_parity` on what is sent (`IecDecoder`
drops the parity bit of what arrives).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError

SOH = 0x01
STX = 0x02
ETX = 0x03
EOT = 0x04
ACK = 0x06
NAK = 0x15
CR = 0x0D
LF = 0x0A
CRLF = b"\r\n"

MAX_DEVICE_ADDRESS = 32  # 6.3.14: the device address has at most 32 characters
_CONTROL = {chr(c) for c in range(0x20)} | {"\x7f"}
_ADDRESS_FORBIDDEN = frozenset("/?!") | _CONTROL
_IDENT_FORBIDDEN = frozenset("/!") | _CONTROL
_DATA_ADDRESS_FORBIDDEN = frozenset("()") | _CONTROL
_VALUE_FORBIDDEN = frozenset("()*") | _CONTROL
_UNIT_FORBIDDEN = frozenset("()") | _CONTROL


def bcc(data: bytes) -> int:
    """The block check character: XOR of the 7-bit characters (6.3.4: from after SOH/STX up to ETX/EOT)."""
    value = 0
    for byte in data:
        value ^= byte
    return value & 0x7F


def _crc16_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC16 = _crc16_table()


def crc16_arc(data: bytes) -> int:
    """CRC-16/ARC (poly 0x8005 reflected, init 0) as DSMR P1 mode D telegrams carry it after `!`."""
    crc = 0
    for byte in data:
        crc = (crc >> 8) ^ _CRC16[(crc ^ byte) & 0xFF]
    return crc


def _parity_table() -> bytes:
    return bytes(c | (0x80 if bin(c).count("1") % 2 else 0) for c in range(128)) * 2


_EVEN_PARITY = _parity_table()
SEVEN_BIT = bytes(range(128)) * 2  # bytes.translate table that drops bit 7


def add_even_parity(data: bytes) -> bytes:
    """7E1 made in software for an 8N1 port: bit 7 becomes the even parity bit of the low seven."""
    return data.translate(_EVEN_PARITY)


def strip_parity(data: bytes) -> tuple[bytes, int]:
    """The 7-bit characters of 8N1-received 7E1 bytes, and how many had the wrong parity."""
    errors = sum(1 for byte in data if _EVEN_PARITY[byte] != byte)
    return data.translate(SEVEN_BIT), errors


def _text(raw: bytes) -> str:
    return raw.translate(SEVEN_BIT).decode("ascii")


def _check(value: str, forbidden: frozenset[str], what: str, *, max_len: int | None = None) -> None:
    """Encoders refuse text that would break the framing or the field syntax."""
    if not value.isascii():
        raise LocalProtocolError(f"{what} {value!r}: only 7-bit ASCII characters can be sent")
    bad = sorted(set(value) & forbidden)
    if bad:
        raise LocalProtocolError(f"{what} {value!r} must not contain {''.join(bad)!r}")
    if max_len is not None and len(value) > max_len:
        raise LocalProtocolError(f"{what} {value!r} is longer than {max_len} characters")


# -- data sets (6.3.14 items "data set", "address", "value", "unit") ----------------------------------


@dataclass(frozen=True, kw_only=True)
class DataValue:
    """One `(value*unit)` group; `unit` is None when there is no `*`."""

    value: str
    unit: str | None = None

    def text(self) -> str:
        """Wire form with the brackets."""
        _check(self.value, _VALUE_FORBIDDEN, "value")
        if self.unit is None:
            return f"({self.value})"
        _check(self.unit, _UNIT_FORBIDDEN, "unit")
        return f"({self.value}*{self.unit})"


@dataclass(frozen=True, kw_only=True)
class DataSet:
    """`address(value*unit)(value)…`: an address (OBIS `1-0:1.8.0*255` or short `1.8.0`, may be empty)."""

    address: str
    values: tuple[DataValue, ...]

    @property
    def value(self) -> str:
        """The first value ('' when there is none)."""
        return self.values[0].value if self.values else ""

    @property
    def unit(self) -> str | None:
        """The unit of the first value."""
        return self.values[0].unit if self.values else None

    def text(self) -> str:
        """Wire form."""
        _check(self.address, _DATA_ADDRESS_FORBIDDEN, "data set address")
        if not self.values:
            raise LocalProtocolError(f"data set {self.address!r} has no value (needs at least '()')")
        return self.address + "".join(v.text() for v in self.values)

    @classmethod
    def parse(cls, text: str) -> DataSet:
        """Exactly one data set; DecodeError otherwise."""
        line = DataLine.parse(text)
        if line.rest or len(line.datasets) != 1:
            raise DecodeError(f"not one data set: {text[:60]!r}")
        return line.datasets[0]

    @classmethod
    def of(cls, address: str, value: str, unit: str | None = None) -> DataSet:
        """A data set with one value."""
        return cls(address=address, values=(DataValue(value=value, unit=unit),))


@dataclass(frozen=True, kw_only=True)
class DataLine:
    """One line of a data message: data sets, then any text that is not one (`rest`), then its line end.

    A line whose text starts with `!` is the end line (`!`, or `!XXXX` with a CRC in DSMR P1 telegrams).
    """

    datasets: tuple[DataSet, ...] = ()
    rest: str = ""
    eol: str = "\r\n"

    @property
    def is_end(self) -> bool:
        """Whether this is the `!` line that ends a data message."""
        return not self.datasets and self.rest.startswith("!")

    def text(self) -> str:
        """The line without its line end."""
        if self.eol not in ("\r\n", "\n", ""):
            raise LocalProtocolError(f"line end {self.eol!r} is not CR LF or LF")
        for n, dataset in enumerate(self.datasets):
            if n and not dataset.address:
                raise LocalProtocolError("only the first data set of a line may have an empty address")
        if self.datasets and self.datasets[0].address.startswith("!"):
            raise LocalProtocolError("a data set address must not start with '!' (that is the end line)")
        if "\n" in self.rest or chr(ETX) in self.rest or chr(EOT) in self.rest:
            raise LocalProtocolError("line text must not contain LF, ETX or EOT")
        return "".join(d.text() for d in self.datasets) + self.rest

    @classmethod
    def parse(cls, text: str, eol: str = "") -> DataLine:
        """Split a line into data sets; what does not parse stays in `rest` (never raises)."""
        if text.startswith("!"):
            return cls(rest=text, eol=eol)
        datasets: list[DataSet] = []
        pos = 0
        while pos < len(text):
            parsed = _parse_dataset(text, pos, first=not datasets)
            if parsed is None:
                break
            dataset, pos = parsed
            datasets.append(dataset)
        return cls(datasets=tuple(datasets), rest=text[pos:], eol=eol)

    @classmethod
    def of(cls, *datasets: DataSet) -> DataLine:
        """A CR LF terminated line of these data sets."""
        return cls(datasets=datasets)


def _parse_dataset(text: str, pos: int, *, first: bool) -> tuple[DataSet, int] | None:
    """One `address(…)(…)` at `pos`, or None when the text there is not one."""
    opening = text.find("(", pos)
    if opening < 0:
        return None
    address = text[pos:opening]
    if (not address and not first) or set(address) & _DATA_ADDRESS_FORBIDDEN:
        return None
    values: list[DataValue] = []
    at = opening
    while at < len(text) and text[at] == "(":
        closing = text.find(")", at + 1)
        if closing < 0:
            break
        content = text[at + 1 : closing]
        if set(content) & _UNIT_FORBIDDEN:
            break
        value, star, unit = content.partition("*")
        values.append(DataValue(value=value, unit=unit if star else None))
        at = closing + 1
    else:
        return DataSet(address=address, values=tuple(values)), at
    if not values:
        return None
    return DataSet(address=address, values=tuple(values)), at


def parse_lines(text: str) -> tuple[DataLine, ...]:
    """Lines of a data message body (CR LF or LF ends), each split into data sets; never raises."""
    parts = text.split("\n")
    lines = []
    for n, part in enumerate(parts):
        if n == len(parts) - 1:
            if part:
                lines.append(DataLine.parse(part, ""))
        elif part.endswith("\r"):
            lines.append(DataLine.parse(part[:-1], "\r\n"))
        else:
            lines.append(DataLine.parse(part, "\n"))
    return tuple(lines)


# -- messages ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SignOnRequest:
    """6.3.1 request message `/ ? device-address ! CR LF` (the address is optional, up to 32 characters)."""

    address: str = ""

    def to_bytes(self) -> bytes:
        """Wire form."""
        _check(self.address, _ADDRESS_FORBIDDEN, "device address", max_len=MAX_DEVICE_ADDRESS)
        return b"/?" + self.address.encode("ascii") + b"!\r\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> SignOnRequest:
        """Parse one request message."""
        text = _text(raw)
        if not (text.startswith("/?") and text.endswith("!\r\n")):
            raise DecodeError(f"not a request message /?…!CRLF: {text[:40]!r}")
        address = text[2:-3]
        if set(address) & _ADDRESS_FORBIDDEN or len(address) > MAX_DEVICE_ADDRESS:
            raise DecodeError(f"bad device address in request: {address[:40]!r}")
        return cls(address=address)


@dataclass(frozen=True, kw_only=True)
class Identification:
    """6.3.2 identification message `/ XXX Z [\\W] ident CR LF`.

    `manufacturer` is the 3-letter FLAG id (a lower-case third letter announces a 20 ms minimum
    reaction time, 6.3.14); `baud_char` is Z (mode A: any other character, mode B: A-I, modes C/E: 0-9,
    mode D: 3); `capabilities` holds the W characters of `\\W` sequences (W = 2: mode E, HDLC).
    """

    manufacturer: str
    baud_char: str
    identification: str = ""
    capabilities: str = ""

    @property
    def short_reaction_time(self) -> bool:
        """Whether the meter answers after 20 ms instead of 200 ms (lower-case third letter, 6.3.14)."""
        return self.manufacturer[-1:].islower()

    @property
    def supports_hdlc(self) -> bool:
        """Whether `\\2` announces protocol mode E with HDLC (Annex E)."""
        return "2" in self.capabilities

    def text(self) -> str:
        """The line without CR LF, as people quote it (`/LGZ52ZMD120…`)."""
        if len(self.manufacturer) != 3 or not (self.manufacturer.isascii() and self.manufacturer.isalpha()):
            raise LocalProtocolError(f"manufacturer {self.manufacturer!r} must be three letters")
        if len(self.baud_char) != 1 or self.baud_char in _IDENT_FORBIDDEN | {"\\"}:
            raise LocalProtocolError(f"baud rate character {self.baud_char!r} is not one printable character")
        _check(self.capabilities, _IDENT_FORBIDDEN, "capability characters")
        _check(self.identification, _IDENT_FORBIDDEN, "identification")
        if self.identification.startswith("\\"):
            raise LocalProtocolError("the identification must not start with '\\' (that is a capability)")
        enhanced = "".join(f"\\{w}" for w in self.capabilities)
        return f"/{self.manufacturer}{self.baud_char}{enhanced}{self.identification}"

    def to_bytes(self) -> bytes:
        """Wire form."""
        return self.text().encode("ascii") + CRLF

    @classmethod
    def from_bytes(cls, raw: bytes) -> Identification:
        """Parse one identification line (CR LF, or a bare LF as some meters send)."""
        text = _text(raw)
        if text.endswith("\r\n"):
            text = text[:-2]
        elif text.endswith("\n"):
            text = text[:-1]
        else:
            raise DecodeError(f"identification without CR LF: {text[:40]!r}")
        return cls.parse(text)

    @classmethod
    def parse(cls, text: str) -> Identification:
        """Parse the line text `/XXXZ…` (without CR LF)."""
        if len(text) < 5 or text[0] != "/":
            raise DecodeError(f"not an identification message /XXXZ…: {text[:40]!r}")
        manufacturer, baud_char = text[1:4], text[4]
        if not (manufacturer.isascii() and manufacturer.isalpha()):
            raise DecodeError(f"manufacturer id {manufacturer!r} is not three letters")
        if baud_char in _IDENT_FORBIDDEN or baud_char == "\\":
            raise DecodeError(f"bad baud rate character {baud_char!r}")
        rest = text[5:]
        capabilities = ""
        while len(rest) >= 2 and rest[0] == "\\":
            capabilities += rest[1]
            rest = rest[2:]
        if set(rest) & _IDENT_FORBIDDEN or set(capabilities) & _IDENT_FORBIDDEN:
            raise DecodeError(f"bad characters in identification {text[:40]!r}")
        if rest.startswith("\\"):
            raise DecodeError(f"dangling '\\' in identification {text[:40]!r}")
        return cls(
            manufacturer=manufacturer, baud_char=baud_char, identification=rest, capabilities=capabilities
        )


@dataclass(frozen=True, kw_only=True)
class OptionSelect:
    """6.3.3 acknowledgement/option select `ACK V Z Y CR LF`.

    V protocol control (0 normal, 1 secondary, 2 HDLC for mode E), Z baud rate character (mode C
    digits), Y mode control (0 data readout, 1 programming, 2 binary/HDLC, 6-9 manufacturer-specific).
    """

    protocol: str = "0"
    baud_char: str = "0"
    mode: str = "0"

    def to_bytes(self) -> bytes:
        """Wire form."""
        for value, what in ((self.protocol, "protocol"), (self.baud_char, "baud"), (self.mode, "mode")):
            if len(value) != 1 or not value.isascii() or not value.isalnum():
                raise LocalProtocolError(f"{what} control character {value!r} must be one letter or digit")
        return bytes((ACK,)) + f"{self.protocol}{self.baud_char}{self.mode}".encode("ascii") + CRLF

    @classmethod
    def from_bytes(cls, raw: bytes) -> OptionSelect:
        """Parse one option select message."""
        raw = raw.translate(SEVEN_BIT)
        if len(raw) != 6 or raw[0] != ACK or raw[4:] != CRLF:
            raise DecodeError(f"not an option select message ACK V Z Y CR LF: {raw[:12].hex(' ')}")
        protocol, baud_char, mode = (chr(b) for b in raw[1:4])
        if not all(c.isalnum() for c in (protocol, baud_char, mode)):
            raise DecodeError(f"bad option select characters {raw[1:4]!r}")
        return cls(protocol=protocol, baud_char=baud_char, mode=mode)


@dataclass(frozen=True, kw_only=True)
class Ack:
    """6.3.5 acknowledgement: the single character ACK."""

    def to_bytes(self) -> bytes:
        """Wire form."""
        return bytes((ACK,))


@dataclass(frozen=True, kw_only=True)
class Nak:
    """6.3.6 repeat-request: the single character NAK (send your last message again)."""

    def to_bytes(self) -> bytes:
        """Wire form."""
        return bytes((NAK,))


@dataclass(frozen=True, kw_only=True)
class Command:
    """6.3.7 programming command `SOH C D STX data-set ETX BCC`; 6.3.11 break `SOH B 0 ETX BCC`.

    C: P password, W write, R read, E execute, B break; D: the command type (P0 operand from the meter,
    P1 password, P2 secure-algorithm result; R1/W1 ASCII data, R2/W2 formatted, …).
    """

    command: str
    command_type: str = "1"
    data: DataSet | None = None

    def to_bytes(self) -> bytes:
        """Wire form with its BCC."""
        for value, what in ((self.command, "command"), (self.command_type, "command type")):
            if len(value) != 1 or not value.isascii() or not value.isalnum():
                raise LocalProtocolError(f"{what} {value!r} must be one letter or digit")
        body = f"{self.command}{self.command_type}".encode("ascii")
        if self.data is not None:
            body += bytes((STX,)) + self.data.text().encode("ascii")
        body += bytes((ETX,))
        return bytes((SOH,)) + body + bytes((bcc(body),))

    @classmethod
    def from_bytes(cls, raw: bytes) -> Command:
        """Parse one command message; DecodeError on a wrong BCC."""
        raw = raw.translate(SEVEN_BIT)
        if len(raw) < 5 or raw[0] != SOH or raw[-2] != ETX:
            raise DecodeError(f"not a command message SOH … ETX BCC: {raw[:12].hex(' ')}")
        body = raw[1:-1]
        if bcc(body) != raw[-1]:
            raise DecodeError(f"command BCC is {raw[-1]:02X}, computed {bcc(body):02X}")
        return cls.parse_body(body[:-1])

    @classmethod
    def parse_body(cls, body: bytes) -> Command:
        """The part between SOH and ETX."""
        text = _text(body)
        command, command_type = text[:1], text[1:2]
        if not (command.isalnum() and command_type.isalnum()):
            raise DecodeError(f"bad command characters {text[:2]!r}")
        if len(text) == 2:
            return cls(command=command, command_type=command_type)
        if text[2] != chr(STX):
            raise DecodeError(f"command {text[:2]!r}: STX expected before its data")
        data = text[3:]
        if set(data) & _CONTROL:
            raise DecodeError(f"command {text[:2]!r}: control characters in its data")
        return cls(command=command, command_type=command_type, data=DataSet.parse(data))


@dataclass(frozen=True, kw_only=True)
class DataBlock:
    """A data message (6.3.4 readout, 6.3.9 programming data, 6.3.10 error, 6.3.12 partial block).

    Framed: `STX data ETX|EOT BCC` (`final` False for a partial block ending in EOT). Unframed
    (`framed` False): the lines of a mode D telegram that follow the identification without STX, as
    DSMR P1 and many D0 meters send them. `check_ok` says whether the BCC (framed) or the `!XXXX`
    CRC-16 (unframed) matched; `check` names which one was checked (`bcc`, `crc16`, `none`).
    """

    lines: tuple[DataLine, ...]
    framed: bool = True
    final: bool = True
    check_ok: bool = True
    check: str = "bcc"

    @property
    def datasets(self) -> tuple[DataSet, ...]:
        """The data sets before the end line."""
        found: list[DataSet] = []
        for line in self.lines:
            if line.is_end:
                break
            found.extend(line.datasets)
        return tuple(found)

    @property
    def end_line(self) -> str | None:
        """The `!` line text (`!` or `!A077`), None when the block has none."""
        return next((line.rest for line in self.lines if line.is_end), None)

    @property
    def junk(self) -> tuple[str, ...]:
        """Text that did not parse as data sets (line by line)."""
        return tuple(line.rest for line in self.lines if line.rest and not line.is_end)

    @property
    def error(self) -> str | None:
        """The text of an error message `(ERROR…)` (6.3.10): a lone address-less value starting ER."""
        sets = self.datasets
        if len(sets) == 1 and not sets[0].address and len(sets[0].values) == 1:
            text = sets[0].value.strip()
            if text.upper().startswith("ER"):
                return text
        return None

    def body(self) -> bytes:
        """The characters between STX and ETX/EOT."""
        return "".join(line.text() + line.eol for line in self.lines).encode("ascii")

    def to_bytes(self) -> bytes:
        """Wire form: STX body ETX/EOT BCC when framed, the bare lines when not."""
        body = self.body()
        if not self.framed:
            return body
        if bytes((ETX,)) in body or bytes((EOT,)) in body:
            raise LocalProtocolError("data must not contain ETX or EOT")
        body += bytes((ETX if self.final else EOT,))
        return bytes((STX,)) + body + bytes((bcc(body),))

    @classmethod
    def from_bytes(cls, raw: bytes) -> DataBlock:
        """Parse one framed block; DecodeError on a wrong BCC."""
        raw = raw.translate(SEVEN_BIT)
        if len(raw) < 3 or raw[0] != STX or raw[-2] not in (ETX, EOT):
            raise DecodeError(f"not a data message STX … ETX BCC: {raw[:12].hex(' ')}")
        body = raw[1:-1]
        if bcc(body) != raw[-1]:
            raise DecodeError(f"data message BCC is {raw[-1]:02X}, computed {bcc(body):02X}")
        return cls.parse_body(body[:-1], final=raw[-2] == ETX)

    @classmethod
    def parse_body(cls, body: bytes, *, final: bool = True, check_ok: bool = True) -> DataBlock:
        """A block from the characters between STX and ETX/EOT (never raises)."""
        return cls(lines=parse_lines(_text(body)), final=final, check_ok=check_ok)

    @classmethod
    def readout(cls, lines: Iterable[DataLine | DataSet], *, end: str = "!") -> DataBlock:
        """A data message: these lines (or one data set per line) and the `!` end line."""
        body = tuple(x if isinstance(x, DataLine) else DataLine.of(x) for x in lines)
        return cls(lines=(*body, DataLine(rest=end)))

    @classmethod
    def answer(cls, *datasets: DataSet, final: bool = True) -> DataBlock:
        """A programming-mode data message: data sets on one line, no line end, no `!`."""
        return cls(lines=(DataLine(datasets=datasets, eol=""),), final=final)

    @classmethod
    def error_message(cls, text: str = "ERROR") -> DataBlock:
        """6.3.10 error message `STX (text) ETX BCC`."""
        return cls.answer(DataSet(address="", values=(DataValue(value=text),)))


Message = SignOnRequest | Identification | OptionSelect | Ack | Nak | Command | DataBlock


def break_message() -> Command:
    """6.3.11 break: `SOH B 0 ETX BCC` ends programming mode."""
    return Command(command="B", command_type="0")
