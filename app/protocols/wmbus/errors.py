"""Why a wireless M-Bus telegram could not be read: one DecodeError subclass per diagnosis.

Receivers, the CLI and the GUI tell these apart: a missing key is a configuration task, a wrong key
a key store mistake, a corrupt telegram a radio problem.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import DecodeError


@dataclass(frozen=True, kw_only=True, slots=True)
class MeterIdent:
    """Which meter a telegram (or a failure) concerns: manufacturer letters, id, version, device type."""

    manufacturer: str
    id: str
    version: int
    device_type: int

    def __str__(self) -> str:
        return f"{self.manufacturer} {self.id}"


class WmbusError(DecodeError):
    """A wireless M-Bus telegram could not be decoded; `diagnosis` names why in two or three words."""

    diagnosis = "undecodable telegram"

    def __init__(self, message: str, *, meter: MeterIdent | None = None, offset: int | None = None) -> None:
        super().__init__(f"{self.diagnosis}: {message}", offset=offset)
        self.detail = message  # the message without the diagnosis in front
        self.meter = meter  # the meter concerned, when the telegram got far enough to tell


class NoKeyError(WmbusError):
    """The telegram is encrypted and no key was given or found for its meter."""

    diagnosis = "no key"


class WrongKeyError(WmbusError):
    """A key was used but the decryption check (2F2F, payload CRC) or the MAC failed."""

    diagnosis = "wrong key"


class CorruptTelegramError(WmbusError):
    """Link-layer CRC, payload CRC or length do not fit: the telegram was damaged on the way."""

    diagnosis = "corrupt telegram"


class UnsupportedSecurityError(WmbusError):
    """The telegram uses a security mechanism this decoder does not implement (e.g. DES, mode 13)."""

    diagnosis = "unsupported security"


class UnknownFormatError(WmbusError):
    """A compact frame (CI 79h) whose format signature no earlier full frame has taught us yet."""

    diagnosis = "unknown format"


class FragmentedTelegramError(WmbusError):
    """One fragment of a message the AFL splits over several telegrams (reassembly is not done here)."""

    diagnosis = "fragmented message"
