"""Layers between link and application: extended link layer (ELL), AFL and the TPL header fields.

ELL: EN 13757-4 extended link layer (CI 8Ch-8Fh). AFL: EN 13757-7 authentication and fragmentation
layer (CI 90h). TPL: EN 13757-7 configuration field (security mode, encrypted blocks) and its extension.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import LocalProtocolError
from app.protocols.wmbus.errors import CorruptTelegramError

# -- ELL ------------------------------------------------------------------------------------------

CI_ELL_SHORT = 0x8C  # CC, ACC
CI_ELL_SESSION = 0x8D  # CC, ACC, SN, payload CRC (encryptable)
CI_ELL_ADDRESS = 0x8E  # CC, ACC, M2, A2
CI_ELL_FULL = 0x8F  # CC, ACC, M2, A2, SN, payload CRC (encryptable)
ELL_CIS = frozenset((CI_ELL_SHORT, CI_ELL_SESSION, CI_ELL_ADDRESS, CI_ELL_FULL))
ELL_ENC_NONE = 0
ELL_ENC_AES_CTR = 1  # ENC, session number bits 29-31 (EN 13757-4 ELL)


@dataclass(frozen=True, kw_only=True, slots=True)
class Ell:
    """An extended link layer header."""

    ci: int
    cc: int  # communication control: B D S H P A R X bits
    access_number: int
    manufacturer2: int | None = None  # M2 (CI 8Eh/8Fh)
    address2: bytes | None = None  # A2, 6 bytes (CI 8Eh/8Fh)
    session_number: bytes | None = None  # SN, 4 bytes in frame order (CI 8Dh/8Fh)
    payload_crc: int | None = None  # CRC of the payload after it (CI 8Dh/8Fh)

    @property
    def encryption(self) -> int:
        """The ENC field of the session number: 0 none, 1 AES-128-CTR, others reserved."""
        if self.session_number is None:
            return ELL_ENC_NONE
        return self.session_number[3] >> 5

    def to_bytes(self) -> bytes:
        """CI and the header fields up to (not including) the payload CRC."""
        out = bytes((self.ci, self.cc & 0xFF, self.access_number & 0xFF))
        if self.ci in (CI_ELL_ADDRESS, CI_ELL_FULL):
            if self.manufacturer2 is None or self.address2 is None or len(self.address2) != 6:
                raise LocalProtocolError("ELL with address needs M2 and a 6-byte A2")
            out += self.manufacturer2.to_bytes(2, "little") + self.address2
        if self.ci in (CI_ELL_SESSION, CI_ELL_FULL):
            if self.session_number is None or len(self.session_number) != 4:
                raise LocalProtocolError("ELL with session number needs a 4-byte SN")
            out += self.session_number
        return out


def parse_ell(payload: bytes) -> tuple[Ell, bytes]:
    """The ELL header at the start of `payload` and what follows (for 8Dh/8Fh: payload CRC onwards)."""
    ci = payload[0]
    size = {CI_ELL_SHORT: 3, CI_ELL_SESSION: 7, CI_ELL_ADDRESS: 11, CI_ELL_FULL: 15}[ci]
    if len(payload) < size + (2 if ci in (CI_ELL_SESSION, CI_ELL_FULL) else 0) + 1:
        raise CorruptTelegramError(f"ELL CI {ci:02X}h header runs past the end of the telegram")
    m2 = a2 = sn = None
    pos = 3
    if ci in (CI_ELL_ADDRESS, CI_ELL_FULL):
        m2 = payload[3] | payload[4] << 8
        a2 = payload[5:11]
        pos = 11
    if ci in (CI_ELL_SESSION, CI_ELL_FULL):
        sn = payload[pos : pos + 4]
        pos += 4
    return Ell(
        ci=ci, cc=payload[1], access_number=payload[2], manufacturer2=m2, address2=a2, session_number=sn
    ), payload[pos:]


# -- AFL ------------------------------------------------------------------------------------------

CI_AFL = 0x90
FCL_MORE_FRAGMENTS = 0x4000
FCL_MCL_PRESENT = 0x2000
FCL_ML_PRESENT = 0x1000
FCL_MCR_PRESENT = 0x0800
FCL_MAC_PRESENT = 0x0400
FCL_KI_PRESENT = 0x0200
FCL_FRAGMENT_ID = 0x00FF
MCL_ML_PRESENT = 0x40
MCL_MCR_PRESENT = 0x20
MCL_KI_PRESENT = 0x10
MCL_AUTH_TYPE = 0x0F
# AFL message control AT (EN 13757-7) -> MAC length: 3-7 AES-CMAC-128 truncated, 8 AES-GMAC
MAC_LENGTHS = {0: 0, 3: 2, 4: 4, 5: 8, 6: 12, 7: 16, 8: 12}
AT_CMAC_8 = 5


@dataclass(frozen=True, kw_only=True, slots=True)
class Afl:
    """An authentication and fragmentation layer header."""

    fcl: int  # fragmentation control
    mcl: int | None = None  # message control
    key_info: int | None = None
    message_counter: int | None = None  # AFL.MCR, the input of the key derivation
    message_length: int | None = None
    mac: bytes = b""
    mcr_bytes: bytes = b""  # MCR as sent (4 bytes), for the MAC input
    ml_bytes: bytes = b""

    @property
    def more_fragments(self) -> bool:
        """Another fragment of this message follows."""
        return bool(self.fcl & FCL_MORE_FRAGMENTS)

    @property
    def fragment_id(self) -> int:
        """Number of this fragment."""
        return self.fcl & FCL_FRAGMENT_ID

    @property
    def auth_type(self) -> int:
        """AT of the message control field (0 when none)."""
        return (self.mcl or 0) & MCL_AUTH_TYPE

    def mac_input_prefix(self) -> bytes:
        """MCL, MCR and ML as the MAC covers them, before the TPL (EN 13757-7 AFL.MAC)."""
        return (bytes((self.mcl,)) if self.mcl is not None else b"") + self.mcr_bytes + self.ml_bytes


def parse_afl(payload: bytes) -> tuple[Afl, bytes]:
    """The AFL at the start of `payload` (CI 90h) and the payload after it."""
    if len(payload) < 4:
        raise CorruptTelegramError("AFL header runs past the end of the telegram")
    size = payload[1]
    body = payload[2 : 2 + size]
    if len(body) < size or size < 2:
        raise CorruptTelegramError(f"AFL length {size} does not fit the telegram")
    fcl = body[0] | body[1] << 8
    pos = 2

    def take(n: int, what: str) -> bytes:
        nonlocal pos
        if pos + n > size:
            raise CorruptTelegramError(f"AFL field {what} runs past AFL.L = {size}")
        chunk = body[pos : pos + n]
        pos += n
        return chunk

    mcl = take(1, "MCL")[0] if fcl & FCL_MCL_PRESENT else None
    ki = take(2, "KI") if fcl & FCL_KI_PRESENT else b""
    mcr = take(4, "MCR") if fcl & FCL_MCR_PRESENT else b""
    mac = b""
    if fcl & FCL_MAC_PRESENT:
        at = (mcl or 0) & MCL_AUTH_TYPE
        if at not in MAC_LENGTHS or not MAC_LENGTHS[at]:
            raise CorruptTelegramError(f"AFL says a MAC follows, but authentication type {at} has none")
        mac = take(MAC_LENGTHS[at], "MAC")
    ml = take(2, "ML") if fcl & FCL_ML_PRESENT else b""
    if pos != size:
        raise CorruptTelegramError(f"AFL.L = {size} but its fields take {pos} bytes")
    afl = Afl(
        fcl=fcl,
        mcl=mcl,
        key_info=(ki[0] | ki[1] << 8) if ki else None,
        message_counter=int.from_bytes(mcr, "little") if mcr else None,
        message_length=(ml[0] | ml[1] << 8) if ml else None,
        mac=mac,
        mcr_bytes=mcr,
        ml_bytes=ml,
    )
    return afl, payload[2 + size :]


def build_afl(*, message_counter: int, mac: bytes, auth_type: int = AT_CMAC_8) -> bytes:
    """CI 90h and an unfragmented AFL with MCL, MCR and MAC, as OMS security profile B sends it."""
    fcl = FCL_MCL_PRESENT | FCL_MCR_PRESENT | FCL_MAC_PRESENT
    mcl = MCL_MCR_PRESENT | auth_type
    body = (
        fcl.to_bytes(2, "little") + bytes((mcl,)) + (message_counter & 0xFFFFFFFF).to_bytes(4, "little") + mac
    )
    return bytes((CI_AFL, len(body))) + body


def afl_mac_prefix(*, message_counter: int, auth_type: int = AT_CMAC_8) -> bytes:
    """The MCL and MCR bytes the MAC of `build_afl` covers."""
    return bytes((MCL_MCR_PRESENT | auth_type,)) + (message_counter & 0xFFFFFFFF).to_bytes(4, "little")


# -- TPL configuration field ------------------------------------------------------------------------

CFG_MODE_SHIFT = 8
CFG_MODE_MASK = 0x1F
CFG_BLOCKS_SHIFT = 4
CFG_BLOCKS_MASK = 0x0F
CFG_EXT_KDF_SHIFT = 4  # configuration field extension, mode 7: KDF selection in bits 4-5
CFG_EXT_KDF_MASK = 0x03
KDF_NONE = 0
KDF_A = 1


def security_mode(config: int) -> int:
    """The security mode (bits 8-12 of the configuration field)."""
    return (config >> CFG_MODE_SHIFT) & CFG_MODE_MASK


def encrypted_blocks(config: int) -> int:
    """Number of encrypted 16-byte blocks (bits 4-7) for modes 5 and 7."""
    return (config >> CFG_BLOCKS_SHIFT) & CFG_BLOCKS_MASK


def make_config(mode: int, blocks: int, *, flags: int = 0) -> int:
    """A configuration field for `mode` with `blocks` encrypted blocks; `flags` keeps B, A, S bits."""
    if not 0 <= blocks <= CFG_BLOCKS_MASK:
        raise LocalProtocolError(f"{blocks} encrypted blocks exceed the 15 the configuration field holds")
    return (flags & 0xE00F) | (mode & CFG_MODE_MASK) << CFG_MODE_SHIFT | blocks << CFG_BLOCKS_SHIFT
