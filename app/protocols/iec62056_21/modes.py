"""Protocol modes A-E (6.4), their baud rate characters (6.3.14) and reaction times, sans-I/O."""

from __future__ import annotations

from enum import StrEnum

from app.errors import LocalProtocolError, ValidationError
from app.protocols.iec62056_21.messages import SEVEN_BIT, Identification


class ProtocolMode(StrEnum):
    """The protocol modes of 6.4.

    A: 300 Bd throughout; B: the meter switches after its identification; C: the reader switches with
    an option select; D: the meter pushes at 2400 Bd; E: a mode C sign-on that hands over to HDLC.
    """

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


INITIAL_BAUD = 300  # every sign-on starts at 300 Bd, 7E1 (6.4)
MODE_D_BAUD = 2400  # mode D meters send at a fixed 2400 Bd (6.4, mode D)
# 6.3.14 baud rate identification: mode B letters, mode C/E digits; G-I and 7-9 are reserved
BAUD_MODE_B = {"A": 600, "B": 1200, "C": 2400, "D": 4800, "E": 9600, "F": 19200}
BAUD_MODE_C = {"0": 300, "1": 600, "2": 1200, "3": 2400, "4": 4800, "5": 9600, "6": 19200}
RESERVED_BAUD_CHARS = frozenset("GHI789")

# 6.3.14 option select: V protocol control, Y mode control
PROTOCOL_NORMAL = "0"
PROTOCOL_SECONDARY = "1"
PROTOCOL_HDLC = "2"
MODE_READOUT = "0"
MODE_PROGRAMMING = "1"
MODE_BINARY = "2"

# reaction times (seconds), 6.3.14 item 12 and the timing notes of 6.4
REACTION_MIN = 0.2  # tr: 200 ms <= tr <= 1500 ms between receiving a message and answering it
REACTION_MIN_SHORT = 0.02  # tr when the manufacturer id ends in a lower-case letter
REACTION_MAX = 1.5
CHARACTER_GAP_MAX = 1.5  # ta: silence between two characters of one message stays below 1500 ms
IDENTIFICATION_WAIT = (
    1.5,
    2.2,
)  # tt: the meter waits this long for an option select after its identification
PROGRAMMING_INACTIVITY = (60.0, 120.0)  # a meter leaves programming mode after this much silence
WAKEUP_NUL_SECONDS = (2.1, 2.3)  # Annex B: battery meters wake on NUL characters for this long …
WAKEUP_PAUSE_SECONDS = (1.5, 1.7)  # … then the reader pauses before its request


def mode_of(identification: Identification) -> ProtocolMode:
    """The mode a sign-on runs in, from the identification's baud character (6.3.14)."""
    char = identification.baud_char
    if "A" <= char <= "I":
        return ProtocolMode.B
    if "0" <= char <= "9":
        return ProtocolMode.C
    return ProtocolMode.A


def baud_of(char: str, mode: ProtocolMode) -> int | None:
    """The baud rate a baud character stands for in a mode; None for reserved characters."""
    if mode is ProtocolMode.A:
        return INITIAL_BAUD
    if mode is ProtocolMode.B:
        return BAUD_MODE_B.get(char)
    if mode is ProtocolMode.D:
        return MODE_D_BAUD
    return BAUD_MODE_C.get(char)


def baud_char(baud: int, mode: ProtocolMode) -> str:
    """The character announcing `baud` in mode B (letters) or C/E (digits)."""
    table = BAUD_MODE_B if mode is ProtocolMode.B else BAUD_MODE_C
    for char, rate in table.items():
        if rate == baud:
            return char
    raise LocalProtocolError(f"mode {mode} has no baud rate character for {baud} Bd")


def select_baud(offered: int, max_baud: int) -> tuple[str, int]:
    """The mode C character and rate a reader asks for: the fastest up to both limits (300 at least)."""
    best = ("0", INITIAL_BAUD)
    for char, rate in BAUD_MODE_C.items():
        if rate <= min(offered, max_baud) and rate > best[1]:
            best = (char, rate)
    return best


def reaction_time(identification: Identification | None) -> float:
    """The minimum pause before answering this meter (tr, 6.3.14)."""
    if identification is not None and identification.short_reaction_time:
        return REACTION_MIN_SHORT
    return REACTION_MIN


def parse_mode(text: str) -> ProtocolMode:
    """A mode letter as a user types it; ValidationError names the choices."""
    try:
        return ProtocolMode(text.strip().upper())
    except ValueError:
        raise ValidationError("mode", f"{text!r} is not a protocol mode (A, B, C, D or E)") from None


def looks_like_iec_sign_on(first_bytes: bytes) -> bool:
    """Whether the first bytes a client sends are an IEC 62056-21 request `/?addr!CRLF` (6.3.1).

    Tolerates a leading wake-up run of NUL characters (Annex B), parity bits set by a client that
    makes 7E1 in software, and a packet cut after the address (it must still look like one).
    """
    data = first_bytes.translate(SEVEN_BIT).lstrip(b"\x00")
    if not data.startswith(b"/?"):
        return False
    body = data[2:]
    address, bang, tail = body.partition(b"!")
    if len(address) > 32 or any(b < 0x20 or b in b"/?" for b in address):
        return False
    if not bang:
        return len(body) <= 32  # cut inside the address: plausible as long as it is short enough
    return b"\r\n".startswith(tail[:2]) and len(tail) <= 2
