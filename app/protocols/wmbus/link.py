"""Wireless M-Bus data link layer (EN 13757-4: frame formats A and B, L, C, M and A fields).

Receivers hand telegrams over in several shapes: with the link-layer CRC blocks (format A or B), with
the CRCs stripped (L then counts the bytes that are left), and with one RSSI byte appended. The
shape is detected from the L-field and the length, and CRCs are verified whenever they are present.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import LocalProtocolError
from app.protocols.mbus.secondary import manufacturer_code, manufacturer_text
from app.protocols.mbus.telegram import LinkAddress
from app.protocols.wmbus.crc import crc16_en13757
from app.protocols.wmbus.errors import CorruptTelegramError, MeterIdent

FORMAT_A = "A"
FORMAT_B = "B"
HEADER_SIZE = 10  # L, C, M (2), A (6): block 1 of both formats
BLOCK_SIZE = 16  # format A: data bytes per block after the first
FORMAT_B_BLOCK2_END = 128  # format B: block 1 (10) + block 2 (at most 118, its CRC included)
FORMAT_B_SINGLE_CRC_MAX_L = FORMAT_B_BLOCK2_END - 1  # L up to 127: one CRC after block 2
MIN_L = 10  # C, M, A and at least a CI field
MAX_L = 255

# C-fields of telegrams a meter sends (EN 13757-4 C-field): SND_NR, SND_IR, ACC_NR, ACC_DMD, RSP_UD
C_SND_NR = 0x44
C_SND_IR = 0x46
C_ACC_NR = 0x47
C_ACC_DMD = 0x48
C_RSP_UD = 0x08


@dataclass(frozen=True, kw_only=True, slots=True)
class LinkHeader:
    """L, C, M and A fields: who sent the telegram and what kind of frame it is."""

    length: int  # the L-field as received
    c_field: int
    manufacturer: int  # 2-byte manufacturer code (FLAG association), e.g. 0x2C2D = KAM
    id: str  # 8 digits (BCD), kept as hex where a digit is A-F
    version: int
    device_type: int  # medium, EN 13757-3 Table 12

    @property
    def manufacturer_text(self) -> str:
        """The three letters of the manufacturer code."""
        return manufacturer_text(self.manufacturer)

    @property
    def address(self) -> LinkAddress:
        """The address as the wired application layer takes it (short headers carry no id)."""
        return LinkAddress(
            id=self.id, manufacturer=self.manufacturer, version=self.version, medium=self.device_type
        )

    def m_and_a(self) -> bytes:
        """M-field and A-field (8 bytes in frame order), as the initialisation vectors use them."""
        return self.manufacturer.to_bytes(2, "little") + address_bytes(
            self.id, self.version, self.device_type
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class LinkFrame:
    """A telegram with its link layer peeled off: header, CI field onwards, how it arrived."""

    header: LinkHeader
    payload: bytes  # the CI field and everything after it, CRCs removed
    frame_format: str  # FORMAT_A or FORMAT_B (A when the CRCs were stripped: the two are then alike)
    crc_checked: bool  # link-layer CRCs were present and all verified
    rssi: int | None  # the byte a receiver appended after the frame, raw (its scale is the receiver's)


def address_bytes(ident: str, version: int, device_type: int) -> bytes:
    """The 6-byte A-field: id (BCD, least significant byte first), version, device type."""
    try:
        raw = bytes.fromhex(ident)
    except ValueError:
        raise LocalProtocolError(f"id '{ident}' is not 8 hex digits") from None
    if len(raw) != 4:
        raise LocalProtocolError(f"id '{ident}' is not 8 digits")
    return raw[::-1] + bytes((version & 0xFF, device_type & 0xFF))


def _header(data: bytes) -> LinkHeader:
    """L, C, M and A from the first ten bytes (CRCs already removed)."""
    return LinkHeader(
        length=data[0],
        c_field=data[1],
        manufacturer=data[2] | data[3] << 8,
        id=data[7:3:-1].hex().upper(),
        version=data[8],
        device_type=data[9],
    )


def _crc_ok(block: bytes, crc: bytes) -> bool:
    # EN 13757-4 frame formats: the CRC follows its block, most significant byte first
    return crc16_en13757(block) == (crc[0] << 8 | crc[1])


def format_a_size(length: int) -> int:
    """Bytes of a format A frame with all its CRCs for L-field `length` (EN 13757-4 format A)."""
    data_after_block1 = max(0, length - (HEADER_SIZE - 1))
    blocks = 1 + -(-data_after_block1 // BLOCK_SIZE)
    return length + 1 + 2 * blocks


def _strip_format_a(raw: bytes, length: int) -> bytes:
    """The frame without its CRCs; CorruptTelegramError names the first block whose CRC fails."""
    if not _crc_ok(raw[:HEADER_SIZE], raw[HEADER_SIZE : HEADER_SIZE + 2]):
        raise CorruptTelegramError("link-layer CRC error in block 1", offset=HEADER_SIZE)
    meter = _unverified_meter(raw)  # block 1 is verified from here on
    out = bytearray(raw[:HEADER_SIZE])
    pos = HEADER_SIZE + 2
    remaining = length - (HEADER_SIZE - 1)
    block = 2
    while remaining > 0:
        size = min(BLOCK_SIZE, remaining)
        chunk = raw[pos : pos + size]
        if not _crc_ok(chunk, raw[pos + size : pos + size + 2]):
            raise CorruptTelegramError(
                f"link-layer CRC error in block {block}", offset=pos + size, meter=meter
            )
        out += chunk
        pos += size + 2
        remaining -= size
        block += 1
    return bytes(out)


def _format_b_crcs_ok(frame: bytes) -> bool:
    """Whether `frame` (L+1 bytes) carries valid format B CRCs (EN 13757-4 format B)."""
    length = frame[0]
    if length <= FORMAT_B_SINGLE_CRC_MAX_L:
        return _crc_ok(frame[: length - 1], frame[length - 1 : length + 1])
    first_end = FORMAT_B_BLOCK2_END - 2
    return _crc_ok(frame[:first_end], frame[first_end:FORMAT_B_BLOCK2_END]) and _crc_ok(
        frame[FORMAT_B_BLOCK2_END : length - 1], frame[length - 1 : length + 1]
    )


def _strip_format_b(frame: bytes) -> bytes:
    length = frame[0]
    if length <= FORMAT_B_SINGLE_CRC_MAX_L:
        return frame[: length - 1]
    first_end = FORMAT_B_BLOCK2_END - 2
    return frame[:first_end] + frame[FORMAT_B_BLOCK2_END : length - 1]


def _unverified_meter(raw: bytes) -> MeterIdent | None:
    """The meter the first ten bytes name, for error messages (not checked by any CRC)."""
    if len(raw) < HEADER_SIZE:
        return None
    header = _header(raw[:HEADER_SIZE])
    return MeterIdent(
        manufacturer=header.manufacturer_text,
        id=header.id,
        version=header.version,
        device_type=header.device_type,
    )


def parse_link(raw: bytes, *, crc: bool | None = None) -> LinkFrame:
    """Split a received telegram into link header and payload; CorruptTelegramError on CRC or length.

    `crc` None detects whether link-layer CRCs are present; True requires them (a format B frame whose
    CRC fails is then reported corrupt instead of being read as a frame without CRCs); False forbids them.
    """
    raw = bytes(raw)
    size = len(raw)
    if size < MIN_L + 1:
        raise CorruptTelegramError(f"{size} bytes are too few for a telegram (L, C, M, A and CI)")
    length = raw[0]
    if length < MIN_L:
        raise CorruptTelegramError(f"L-field {length} is too small for a telegram with a CI field", offset=0)
    if size in (length + 1, length + 2):
        # L+1 bytes: CRCs stripped (any format), or format B, whose L counts its CRCs
        frame = raw[: length + 1]
        rssi = raw[length + 1] if size == length + 2 else None
        if crc is not False and length >= MIN_L + 2 and _format_b_crcs_ok(frame):
            data = _strip_format_b(frame)
            if len(data) > HEADER_SIZE:
                return LinkFrame(
                    header=_header(data),
                    payload=data[HEADER_SIZE:],
                    frame_format=FORMAT_B,
                    crc_checked=True,
                    rssi=rssi,
                )
        if crc is True:
            raise CorruptTelegramError(
                "link-layer CRC error (format B), or a frame without CRCs", meter=_unverified_meter(raw)
            )
        return LinkFrame(
            header=_header(frame),
            payload=frame[HEADER_SIZE:],
            frame_format=FORMAT_A,
            crc_checked=False,
            rssi=rssi,
        )
    full = format_a_size(length)
    if size in (full, full + 1) and crc is not False:
        data = _strip_format_a(raw[:full], length)
        return LinkFrame(
            header=_header(data),
            payload=data[HEADER_SIZE:],
            frame_format=FORMAT_A,
            crc_checked=True,
            rssi=raw[full] if size == full + 1 else None,
        )
    stripped_b = [length + 1 - 2] + ([length + 1 - 4] if length > FORMAT_B_SINGLE_CRC_MAX_L else [])
    if size in stripped_b and crc is not True:
        # format B with its CRCs removed but the L-field left as sent (it still counts them)
        return LinkFrame(
            header=_header(raw),
            payload=raw[HEADER_SIZE:],
            frame_format=FORMAT_B,
            crc_checked=False,
            rssi=None,
        )
    raise CorruptTelegramError(
        f"{size} bytes fit L-field {length} neither without CRCs ({length + 1}) nor as format A "
        f"with CRCs ({full}), with or without an RSSI byte",
        meter=_unverified_meter(raw),
    )


def build_link(
    *,
    c_field: int,
    manufacturer: int | str,
    ident: str,
    version: int,
    device_type: int,
    payload: bytes,
    frame_format: str = FORMAT_A,
    crc: bool = True,
    rssi: int | None = None,
) -> bytes:
    """A telegram: L, C, M, A and `payload` (CI onwards), in format A or B, with or without CRCs."""
    code = manufacturer_code(manufacturer) if isinstance(manufacturer, str) else manufacturer
    if not 0 <= code <= 0xFFFF:
        raise LocalProtocolError(f"manufacturer code {code} is not 16 bits")
    data = bytes((c_field & 0xFF,)) + code.to_bytes(2, "little") + address_bytes(ident, version, device_type)
    data += bytes(payload)
    if frame_format not in (FORMAT_A, FORMAT_B):
        raise LocalProtocolError(f"frame format '{frame_format}' is neither A nor B")
    if not crc or frame_format == FORMAT_A:
        length = len(data)
        if length > MAX_L:
            raise LocalProtocolError(f"{length} bytes after the L-field exceed its 255")
        frame = bytes((length,)) + data
        if crc:
            frame = _add_format_a_crcs(frame)
    else:
        length = len(data) + 2
        if length > FORMAT_B_SINGLE_CRC_MAX_L:
            length = len(data) + 4
        if length > MAX_L:
            raise LocalProtocolError(f"{length} bytes after the L-field exceed its 255")
        head = bytes((length,)) + data
        if length <= FORMAT_B_SINGLE_CRC_MAX_L:
            frame = head + crc16_en13757(head).to_bytes(2, "big")
        else:
            first_end = FORMAT_B_BLOCK2_END - 2
            block3 = head[first_end:]
            frame = (
                head[:first_end]
                + crc16_en13757(head[:first_end]).to_bytes(2, "big")
                + block3
                + crc16_en13757(block3).to_bytes(2, "big")
            )
    if rssi is not None:
        frame += bytes((rssi & 0xFF,))
    return frame


def _add_format_a_crcs(frame: bytes) -> bytes:
    out = bytearray(frame[:HEADER_SIZE])
    out += crc16_en13757(frame[:HEADER_SIZE]).to_bytes(2, "big")
    for start in range(HEADER_SIZE, len(frame), BLOCK_SIZE):
        chunk = frame[start : start + BLOCK_SIZE]
        out += chunk + crc16_en13757(chunk).to_bytes(2, "big")
    return bytes(out)
