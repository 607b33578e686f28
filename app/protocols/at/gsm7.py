"""GSM 7-bit default alphabet and extension table (3GPP TS 23.038 §6.2.1, §6.1.2.1 packing)."""

from __future__ import annotations

import unicodedata

from app.errors import DecodeError, LocalProtocolError

ESCAPE = 0x1B

# TS 23.038 §6.2.1: the default alphabet, septet value = index (0x1B is the escape to the extension table)
DEFAULT_ALPHABET = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# TS 23.038 §6.2.1.1: the default alphabet extension table (each character costs two septets)
EXTENSION_TABLE = {
    0x0A: "\x0c",
    0x14: "^",
    0x28: "{",
    0x29: "}",
    0x2F: "\\",
    0x3C: "[",
    0x3D: "~",
    0x3E: "]",
    0x40: "|",
    0x65: "€",
}

_ENCODE: dict[str, bytes] = {ch: bytes([i]) for i, ch in enumerate(DEFAULT_ALPHABET) if i != ESCAPE}
_ENCODE.update({ch: bytes([ESCAPE, code]) for code, ch in EXTENSION_TABLE.items()})
_DECODE_EXT = {code: ch for code, ch in EXTENSION_TABLE.items()}
# a lone escape (nothing after it) decodes to a no-break space, as TS 23.038 §6.2.1.1 note 1 suggests for an
# escape without an extension character; it is not in the alphabet, so it does not re-encode.
_LONE_ESCAPE = "\xa0"


def is_gsm7(text: str) -> bool:
    """True when every character of `text` is in the default alphabet or its extension table."""
    return all(ch in _ENCODE for ch in text)


def gsm7_length(text: str) -> int:
    """Septets `text` takes in GSM 7-bit (extension characters count 2); LocalProtocolError if it cannot."""
    total = 0
    for ch in text:
        code = _ENCODE.get(ch)
        if code is None:
            raise LocalProtocolError(f"character {ch!r} is not in the GSM 7-bit alphabet")
        total += len(code)
    return total


def char_septets(ch: str) -> int:
    """Septets one character takes (1 or 2); 0 when it is not in the GSM 7-bit alphabet."""
    code = _ENCODE.get(ch)
    return 0 if code is None else len(code)


def to_gsm7(text: str, *, fallback: str = "?", fold: bool = True) -> str:
    """`text` made sendable in GSM 7-bit: `fold` turns 'š' into 's' where it can, the rest is `fallback`."""
    out = []
    for ch in text:
        if ch in _ENCODE:
            out.append(ch)
            continue
        if not fold:
            out.append(fallback)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(c in _ENCODE for c in base) else fallback)
    return "".join(out)


def encode_gsm7(text: str) -> bytes:
    """Unpacked septets (one per byte, escapes included) for `text`; LocalProtocolError if not encodable."""
    out = bytearray()
    for ch in text:
        code = _ENCODE.get(ch)
        if code is None:
            raise LocalProtocolError(f"character {ch!r} is not in the GSM 7-bit alphabet")
        out += code
    return bytes(out)


def decode_gsm7(septets: bytes) -> str:
    """Text of unpacked septets; an escape before an unknown code yields the default-table character."""
    out: list[str] = []
    i = 0
    while i < len(septets):
        code = septets[i] & 0x7F
        if code == ESCAPE:
            if i + 1 >= len(septets):
                out.append(_LONE_ESCAPE)
                break
            nxt = septets[i + 1] & 0x7F
            # TS 23.038 §6.2.1.1: an escape followed by a code not in the table shows the default character
            out.append(_DECODE_EXT.get(nxt, DEFAULT_ALPHABET[nxt] if nxt != ESCAPE else _LONE_ESCAPE))
            i += 2
            continue
        out.append(DEFAULT_ALPHABET[code])
        i += 1
    return "".join(out)


def pack_septets(septets: bytes, *, fill_bits: int = 0) -> bytes:
    """Pack septets LSB first (TS 23.038 §6.1.2.1.1), after `fill_bits` zero bits (for a UDH, TS 23.040)."""
    value = 0
    for i, septet in enumerate(septets):
        value |= (septet & 0x7F) << (fill_bits + 7 * i)
    bits = fill_bits + 7 * len(septets)
    return value.to_bytes((bits + 7) // 8, "little") if bits else b""


def unpack_septets(data: bytes, count: int, *, fill_bits: int = 0) -> bytes:
    """`count` septets unpacked from `data`, starting after `fill_bits`; DecodeError if data is too short."""
    needed = fill_bits + 7 * count
    if needed > 8 * len(data):
        raise DecodeError(f"{count} septets need {(needed + 7) // 8} octets, only {len(data)} present")
    value = int.from_bytes(data, "little") >> fill_bits
    return bytes((value >> (7 * i)) & 0x7F for i in range(count))


def septets_in(octets: int, *, fill_bits: int = 0) -> int:
    """Whole septets that fit in `octets` octets after `fill_bits`."""
    return max(0, (8 * octets - fill_bits) // 7)
