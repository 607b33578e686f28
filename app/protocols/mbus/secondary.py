"""Secondary addresses (EN 13757-3 §6.3 / §7.1): id, manufacturer, version, medium, with wildcards."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import DecodeError, ValidationError
from app.protocols.mbus.frames import ADDRESS_NETWORK_LAYER, CI_SELECT, LongFrame, snd_ud

ANY_MANUFACTURER = 0xFFFF
ANY_VERSION = 0xFF
ANY_MEDIUM = 0xFF


def manufacturer_code(text: str) -> int:
    """The 2-byte code of a 3-letter manufacturer id (EN 62056-21 / FLAG): 'AMT' → 0x05B4."""
    letters = text.strip().upper()
    if len(letters) != 3 or not all("A" <= ch <= "Z" for ch in letters):
        raise ValidationError("manufacturer", f"'{text}' is not three letters A-Z")
    return sum((ord(ch) - 64) << (10 - 5 * i) for i, ch in enumerate(letters))


def manufacturer_text(code: int) -> str:
    """The three letters of a manufacturer code; '@@@'-style for out-of-range values is kept."""
    return "".join(chr(((code >> shift) & 0x1F) + 64) for shift in (10, 5, 0))


@dataclass(frozen=True, kw_only=True)
class SecondaryAddress:
    """8 BCD digits of id (F = wildcard digit), manufacturer, version and medium (FFh/FFFFh = any)."""

    id: str
    manufacturer: int = ANY_MANUFACTURER
    version: int = ANY_VERSION
    medium: int = ANY_MEDIUM

    def __post_init__(self) -> None:
        digits = self.id.upper()
        if len(digits) != 8 or any(ch not in "0123456789F" for ch in digits):
            raise ValidationError("secondary address", f"id '{self.id}' must be 8 digits, F for any digit")
        object.__setattr__(self, "id", digits)

    def to_bytes(self) -> bytes:
        """8 bytes: id (BCD, least significant byte first), manufacturer (LE), version, medium."""
        id_bytes = bytes.fromhex(self.id)[::-1]
        return id_bytes + self.manufacturer.to_bytes(2, "little") + bytes((self.version, self.medium))

    @classmethod
    def from_bytes(cls, raw: bytes) -> SecondaryAddress:
        """From the 8 header bytes of a variable data structure or a selection."""
        if len(raw) != 8:
            raise DecodeError(f"secondary address needs 8 bytes, got {len(raw)}")
        return cls(
            id=raw[3::-1].hex().upper(),
            manufacturer=int.from_bytes(raw[4:6], "little"),
            version=raw[6],
            medium=raw[7],
        )

    @classmethod
    def parse(cls, text: str) -> SecondaryAddress:
        """'12345678' (id only) or 16 hex digits as printed by scans: id, manufacturer LE, version, medium."""
        clean = text.strip().replace(" ", "")
        if len(clean) == 8:
            return cls(id=clean)
        if len(clean) != 16:
            raise ValidationError("secondary address", f"'{text}' is neither 8 id digits nor 16 hex digits")
        try:
            raw = bytes.fromhex(clean)
        except ValueError:
            raise ValidationError("secondary address", f"'{text}' is not hex") from None
        return cls(id=clean[:8], manufacturer=int.from_bytes(raw[4:6], "big"), version=raw[6], medium=raw[7])

    def text(self) -> str:
        """16 hex digits: id, manufacturer (big-endian, as printed), version, medium."""
        return f"{self.id}{self.manufacturer:04X}{self.version:02X}{self.medium:02X}"

    def matches(self, other: SecondaryAddress) -> bool:
        """Whether a slave with the concrete address `other` answers a selection by this one."""
        if any(p not in ("F", o) for p, o in zip(self.id, other.id, strict=True)):
            return False
        return (
            self.manufacturer in (ANY_MANUFACTURER, other.manufacturer)
            and self.version in (ANY_VERSION, other.version)
            and self.medium in (ANY_MEDIUM, other.medium)
        )

    @property
    def is_wildcard(self) -> bool:
        """Whether any part is a wildcard."""
        return (
            "F" in self.id
            or self.manufacturer == ANY_MANUFACTURER
            or self.version == ANY_VERSION
            or self.medium == ANY_MEDIUM
        )


def select(mask: SecondaryAddress) -> LongFrame:
    """SND_UD to address 253 with CI 52 and the (possibly wildcarded) secondary address."""
    return snd_ud(ADDRESS_NETWORK_LAYER, CI_SELECT, mask.to_bytes())
