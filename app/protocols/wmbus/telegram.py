"""Wireless M-Bus telegrams: link layer, ELL, AFL, TPL security, compact frames, application records.

`decode_telegram` peels the layers off in frame order (EN 13757-4 link and ELL, EN 13757-7 AFL and
TPL) and hands the application data to the wired decoder (`app.protocols.mbus`), which knows the
records; `encode_telegram` builds what a meter would send, for tests and the simulator.

Telegrams a sender already decrypted (payload starts with the 2F2F check bytes although the header
still announces encryption, or an ELL payload whose CRC already fits) are accepted as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from app.errors import DecodeError, LocalProtocolError
from app.protocols.mbus.records import Record, decode_records, encode_records
from app.protocols.mbus.secondary import manufacturer_code, manufacturer_text
from app.protocols.mbus.telegram import Header, Telegram, decode_user_data
from app.protocols.wmbus.compact import (
    FormatCache,
    MeterKey,
    compact_data,
    expand,
    format_signature,
    layout_of,
)
from app.protocols.wmbus.crc import crc16_en13757
from app.protocols.wmbus.errors import (
    CorruptTelegramError,
    FragmentedTelegramError,
    MeterIdent,
    NoKeyError,
    UnknownFormatError,
    UnsupportedSecurityError,
    WrongKeyError,
)
from app.protocols.wmbus.layers import (
    AT_CMAC_8,
    CFG_EXT_KDF_MASK,
    CFG_EXT_KDF_SHIFT,
    CI_AFL,
    CI_ELL_SESSION,
    ELL_CIS,
    ELL_ENC_AES_CTR,
    ELL_ENC_NONE,
    KDF_A,
    KDF_NONE,
    Afl,
    Ell,
    afl_mac_prefix,
    build_afl,
    encrypted_blocks,
    make_config,
    parse_afl,
    parse_ell,
    security_mode,
)
from app.protocols.wmbus.link import C_SND_NR, FORMAT_A, LinkHeader, address_bytes, build_link, parse_link
from app.protocols.wmbus.quirks import fix_link_address
from app.protocols.wmbus.security import (
    AES_BLOCK,
    CHECK_BYTES,
    ZERO_IV,
    cbc_decrypt,
    cbc_encrypt,
    check_key,
    cmac,
    ctr_crypt,
    ell_iv,
    ell_iv_unmasked,
    mode5_iv,
    mode7_keys,
)

KeyLookup = Callable[[str, str, int, int], bytes | None]
"""(manufacturer letters, id, version, device type) -> the meter's 16-byte key, or None."""

# TPL CI fields (EN 13757-7; 73h/79h/7Bh compact frames as OMS Vol. 2 lists them)
CI_TPL_LONG = 0x72
CI_COMPACT_LONG = 0x73
CI_TPL_NONE = 0x78
CI_COMPACT_NONE = 0x79
CI_TPL_SHORT = 0x7A
CI_COMPACT_SHORT = 0x7B
MANUFACTURER_CI_FIRST, MANUFACTURER_CI_LAST = 0xA0, 0xB7
_HEADER_SIZE = {CI_TPL_SHORT: 4, CI_COMPACT_SHORT: 4, CI_TPL_LONG: 12, CI_COMPACT_LONG: 12}
_COMPACT_AS_FULL = {
    CI_COMPACT_NONE: CI_TPL_NONE,
    CI_COMPACT_SHORT: CI_TPL_SHORT,
    CI_COMPACT_LONG: CI_TPL_LONG,
}
_FULL_FRAME_CIS = frozenset((CI_TPL_LONG, CI_TPL_NONE, CI_TPL_SHORT))
MODE_NONE = 0
MODE_AES_CBC_IV = 5  # OMS security profile A
MODE_AES_CBC_NO_IV = 7  # OMS security profile B
_MANUFACTURER_MODES = range(16, 32)  # EN 13757-7: modes 16-31 are manufacturer specific
_MAX_BLOCKS = 15


@dataclass(frozen=True, kw_only=True, slots=True)
class WTelegram:
    """A decoded wireless telegram: how it travelled (link, ELL, AFL, security) and what it says."""

    link: LinkHeader  # L, C, M, A (the A-field of known non-standard meters put right)
    frame_format: str  # "A" or "B"
    crc_checked: bool  # link-layer CRCs were present and verified
    rssi: int | None  # receiver's RSSI byte, raw
    ell: Ell | None
    afl: Afl | None
    ci: int  # CI of the transport/application layer
    access_number: int | None
    status: int | None
    config: int | None  # TPL configuration field
    security_mode: int  # TPL security mode (0 without TPL header)
    encrypted: bool  # the payload travelled encrypted (TPL or ELL) and needed a key here
    decrypted: bool  # a key decrypted it here
    mac_verified: bool  # the AFL MAC was checked with the key and fits
    compact: bool  # expanded from a compact frame with a remembered format
    format_signature: int | None
    telegram: Telegram | None  # the application layer; None for manufacturer-specific CIs (A0h-B7h)
    manufacturer_data: bytes = b""  # payload after a manufacturer-specific CI, kept raw
    undecoded: bytes = b""  # record bytes after the last record that could be decoded
    problem: str | None = None  # why `undecoded` could not be decoded

    @property
    def header(self) -> Header:
        """The application header: TPL long header, else the link address with the short header."""
        if self.telegram is not None and self.telegram.header is not None:
            return self.telegram.header
        return Header(
            id=self.link.id,
            manufacturer=self.link.manufacturer_text,
            version=self.link.version,
            medium=self.link.device_type,
            access_number=self.access_number,
            status=self.status,
            signature=self.config,
        )

    @property
    def meter(self) -> MeterIdent:
        """The meter the data belongs to (TPL long header, else link layer)."""
        header = self.header
        return MeterIdent(
            manufacturer=header.manufacturer or self.link.manufacturer_text,
            id=header.id or self.link.id,
            version=self.link.version if header.version is None else header.version,
            device_type=self.link.device_type if header.medium is None else header.medium,
        )

    @property
    def id(self) -> str:
        """The meter's id (TPL long header, else link layer)."""
        return self.header.id or self.link.id

    @property
    def records(self) -> tuple[Record, ...]:
        """The data records (empty for manufacturer-specific payloads)."""
        return self.telegram.records if self.telegram is not None else ()


@dataclass(frozen=True, kw_only=True, slots=True)
class _Meter:
    """Whose key and whose IV address: the meter a layer's data belongs to."""

    manufacturer: int
    id: str
    version: int
    device_type: int

    @property
    def key(self) -> MeterKey:
        return (self.manufacturer, self.id, self.version, self.device_type)

    @property
    def ident(self) -> MeterIdent:
        return MeterIdent(
            manufacturer=manufacturer_text(self.manufacturer),
            id=self.id,
            version=self.version,
            device_type=self.device_type,
        )

    def m_and_a(self) -> bytes:
        return self.manufacturer.to_bytes(2, "little") + address_bytes(
            self.id, self.version, self.device_type
        )

    def id_bytes(self) -> bytes:
        return bytes.fromhex(self.id)[::-1]


class _Keys:
    """The key for a meter: the one given, else the lookup's answer (asked once per meter)."""

    def __init__(self, key: bytes | None, keys: KeyLookup | None) -> None:
        self._key = check_key(key) if key is not None else None
        self._keys = keys
        self._asked: dict[MeterKey, bytes | None] = {}

    def for_meter(self, meter: _Meter) -> bytes | None:
        if self._key is not None:
            return self._key
        if self._keys is None:
            return None
        if meter.key not in self._asked:
            found = self._keys(
                manufacturer_text(meter.manufacturer), meter.id, meter.version, meter.device_type
            )
            self._asked[meter.key] = check_key(found) if found is not None else None
        return self._asked[meter.key]


def _link_meter(link: LinkHeader) -> _Meter:
    return _Meter(
        manufacturer=link.manufacturer, id=link.id, version=link.version, device_type=link.device_type
    )


# -- decoding ---------------------------------------------------------------------------------------


def decode_telegram(
    raw: bytes,
    *,
    key: bytes | None = None,
    keys: KeyLookup | None = None,
    cache: FormatCache | None = None,
    link_crc: bool | None = None,
) -> WTelegram:
    """Decode a received telegram (with or without link CRCs, optional RSSI byte).

    `key` decrypts whatever is encrypted; else `keys` is asked for the meter's key. `cache` remembers
    full-frame formats for later compact frames. `link_crc` None detects link-layer CRCs; a receiver
    that knows its frames carry them passes True (damage is then always reported), False if never.
    Records after one that cannot be decoded are kept raw in `undecoded`. Raises NoKeyError,
    WrongKeyError, CorruptTelegramError, UnknownFormatError, UnsupportedSecurityError,
    FragmentedTelegramError or another DecodeError; never anything else.
    """
    frame = parse_link(raw, crc=link_crc)
    link = frame.header
    key_source = _Keys(key, keys)
    payload = frame.payload
    ell: Ell | None = None
    afl: Afl | None = None
    encrypted = decrypted = False

    if payload[0] in ELL_CIS:
        ell, payload = parse_ell(payload)
        if ell.session_number is not None:
            payload, encrypted, decrypted = _open_ell(ell, payload, _link_meter(link), key_source)
        if not payload:
            raise CorruptTelegramError(
                "nothing follows the extended link layer", meter=_link_meter(link).ident
            )

    if payload[0] == CI_AFL:
        afl, payload = parse_afl(payload)
        if afl.more_fragments:
            raise FragmentedTelegramError(
                f"fragment {afl.fragment_id} of a longer message; the rest follows in later telegrams",
                meter=_link_meter(link).ident,
            )
        if not payload:
            raise CorruptTelegramError("nothing follows the AFL", meter=_link_meter(link).ident)

    ci = payload[0]
    body = payload[1:]
    peeked_config = body[2] | body[3] << 8 if ci == CI_TPL_SHORT and len(body) >= 4 else None
    link = fix_link_address(link, ci, peeked_config)
    meter = _link_meter(link)
    if MANUFACTURER_CI_FIRST <= ci <= MANUFACTURER_CI_LAST:
        return WTelegram(
            link=link,
            frame_format=frame.frame_format,
            crc_checked=frame.crc_checked,
            rssi=frame.rssi,
            ell=ell,
            afl=afl,
            ci=ci,
            access_number=ell.access_number if ell else None,
            status=None,
            config=None,
            security_mode=MODE_NONE,
            encrypted=encrypted,
            decrypted=decrypted,
            mac_verified=False,
            compact=False,
            format_signature=None,
            telegram=None,
            manufacturer_data=bytes(body),
        )

    head = b""
    access = ell.access_number if ell else None
    status = config = None
    mode = MODE_NONE
    mac_verified = plain_guess = False
    size = _HEADER_SIZE.get(ci)
    rest = body
    if size is not None:
        if len(body) < size:
            raise CorruptTelegramError(
                f"CI {ci:02X}h header needs {size} bytes, got {len(body)}", meter=meter.ident
            )
        head = body[:size]
        if size == 12:
            meter = _Meter(
                manufacturer=head[4] | head[5] << 8,
                id=head[3::-1].hex().upper(),
                version=head[6],
                device_type=head[7],
            )
        access, status = head[-4], head[-3]
        config = head[-2] | head[-1] << 8
        mode = security_mode(config)
        rest = body[size:]
        if mode != MODE_NONE:
            rest, tpl_encrypted, tpl_decrypted, mac_verified, plain_guess = _open_tpl(
                mode=mode,
                config=config,
                rest=rest,
                tpl=payload,
                meter=meter,
                access=access,
                afl=afl,
                keys=key_source,
            )
            encrypted = encrypted or tpl_encrypted
            decrypted = decrypted or tpl_decrypted

    signature: int | None = None
    compact = ci in _COMPACT_AS_FULL
    app_ci = ci
    if compact:
        rest, signature = _expand_compact(rest, mode, meter, cache)
        app_ci = _COMPACT_AS_FULL[ci]

    telegram, undecoded, problem = _application(
        app_ci, head, rest, link=link, plain_guess=plain_guess, mode=mode, meter=meter
    )
    if telegram.header is not None and telegram.header.access_number is None and access is not None:
        telegram = replace(telegram, header=replace(telegram.header, access_number=access))
    if cache is not None and not compact and ci in _FULL_FRAME_CIS and not undecoded:
        cache.learn(meter.key, telegram.records)
    return WTelegram(
        link=link,
        frame_format=frame.frame_format,
        crc_checked=frame.crc_checked,
        rssi=frame.rssi,
        ell=ell,
        afl=afl,
        ci=ci,
        access_number=access,
        status=status,
        config=config,
        security_mode=mode,
        encrypted=encrypted,
        decrypted=decrypted,
        mac_verified=mac_verified,
        compact=compact,
        format_signature=signature,
        telegram=telegram,
        undecoded=undecoded,
        problem=problem,
    )


_VARIABLE_CIS = frozenset((CI_TPL_LONG, CI_TPL_NONE, CI_TPL_SHORT))


def _application(
    ci: int, head: bytes, records: bytes, *, link: LinkHeader, plain_guess: bool, mode: int, meter: _Meter
) -> tuple[Telegram, bytes, str | None]:
    """The application layer; records after the first undecodable one are kept raw (with the reason)."""
    try:
        return decode_user_data(ci, head + records, link_address=link.address), b"", None
    except DecodeError as exc:
        if plain_guess:
            raise UnsupportedSecurityError(
                f"security mode {mode} is manufacturer specific and the payload is not plain data",
                meter=meter.ident,
            ) from None
        if ci not in _VARIABLE_CIS or exc.offset is None:
            raise
        problem = str(exc)
        # keep the longest prefix of whole records (a meter's trailing bytes of its own making)
        for cut in range(min(exc.offset, len(records)), -1, -1):
            try:
                telegram = decode_user_data(ci, head + records[:cut], link_address=link.address)
            except DecodeError:
                continue
            return telegram, records[cut:], problem
        raise  # pragma: no cover - an empty record list always decodes


def _expand_compact(rest: bytes, mode: int, meter: _Meter, cache: FormatCache | None) -> tuple[bytes, int]:
    """The full record bytes of a compact frame and its format signature."""
    if mode in (MODE_AES_CBC_IV, MODE_AES_CBC_NO_IV):
        rest = rest[len(CHECK_BYTES) :]  # the check bytes stand before the format signature
    if len(rest) < 4:
        raise CorruptTelegramError(
            "compact frame without format signature and full-frame CRC", meter=meter.ident
        )
    signature = rest[0] | rest[1] << 8
    full_crc = rest[2] | rest[3] << 8
    layout = cache.lookup(meter.key, signature) if cache is not None else None
    if layout is None:
        raise UnknownFormatError(
            f"compact frame with format signature {signature:04X}h: no full frame of this format seen yet",
            meter=meter.ident,
        )
    data = rest[4:]
    candidates = [data]
    if mode != MODE_NONE and data.endswith(b"\x2f"):
        candidates.insert(0, data.rstrip(b"\x2f"))  # an encrypted frame is padded with 2Fh to a block
    problem = CorruptTelegramError(
        "the expanded compact frame does not match its full-frame CRC", meter=meter.ident
    )
    for candidate in candidates:
        try:
            full = expand(layout, candidate)
        except CorruptTelegramError as exc:
            problem = exc
            continue
        if crc16_en13757(full) == full_crc:
            return full, signature
    raise problem


def _open_ell(ell: Ell, payload: bytes, meter: _Meter, keys: _Keys) -> tuple[bytes, bool, bool]:
    """The payload after an ELL with session number: CRC checked, decrypted when needed (EN 13757-4 ELL)."""
    if len(payload) < 3:
        raise CorruptTelegramError("ELL payload CRC without payload", meter=meter.ident)
    if crc16_en13757(payload[2:]) == (payload[0] | payload[1] << 8):
        return payload[2:], False, False  # plain, or already decrypted by the sender
    if ell.encryption == ELL_ENC_NONE:
        raise CorruptTelegramError("ELL payload CRC does not match", meter=meter.ident)
    if ell.encryption != ELL_ENC_AES_CTR:
        raise UnsupportedSecurityError(f"ELL encryption {ell.encryption} is reserved", meter=meter.ident)
    key = keys.for_meter(meter)
    if key is None:
        raise NoKeyError(f"{meter.ident} sends an AES-CTR encrypted ELL payload", meter=meter.ident)
    sn = ell.session_number or b""
    for iv in (ell_iv(meter.m_and_a(), ell.cc, sn), ell_iv_unmasked(meter.m_and_a(), ell.cc, sn)):
        plain = ctr_crypt(key, iv, payload)
        if crc16_en13757(plain[2:]) == (plain[0] | plain[1] << 8):
            return plain[2:], True, True
    raise WrongKeyError(
        f"the ELL payload CRC does not fit after decryption with the key for {meter.ident}", meter=meter.ident
    )


def _open_tpl(
    *,
    mode: int,
    config: int,
    rest: bytes,
    tpl: bytes,
    meter: _Meter,
    access: int,
    afl: Afl | None,
    keys: _Keys,
) -> tuple[bytes, bool, bool, bool, bool]:
    """Decrypt the TPL payload: (plain bytes, was encrypted, decrypted here, MAC verified, plain guess)."""
    cfg_ext: int | None = None
    if mode == MODE_AES_CBC_NO_IV:
        if not rest:
            raise CorruptTelegramError(
                "security mode 7 without configuration field extension", meter=meter.ident
            )
        cfg_ext, rest = rest[0], rest[1:]
    if mode not in (MODE_AES_CBC_IV, MODE_AES_CBC_NO_IV):
        if rest[:2] == CHECK_BYTES:
            return rest, False, False, False, False  # already decrypted by the sender
        if mode in _MANUFACTURER_MODES:
            return rest, False, False, False, True  # often plain data: try it, say so if it is not
        raise UnsupportedSecurityError(f"security mode {mode} is not supported", meter=meter.ident)
    blocks = encrypted_blocks(config)
    if blocks == 0 or rest[:2] == CHECK_BYTES:
        return rest, False, False, False, False  # nothing encrypted, or already decrypted by the sender
    size = blocks * AES_BLOCK
    if len(rest) < size:
        raise CorruptTelegramError(
            f"configuration field announces {blocks} encrypted blocks but {len(rest)} bytes follow",
            meter=meter.ident,
        )
    key = keys.for_meter(meter)
    if key is None:
        raise NoKeyError(
            f"{meter.ident} sends security mode {mode} and no key is known for it", meter=meter.ident
        )
    mac_verified = False
    if mode == MODE_AES_CBC_IV:
        plain = cbc_decrypt(key, mode5_iv(meter.m_and_a(), access), rest[:size])
    else:
        kdf = ((cfg_ext or 0) >> CFG_EXT_KDF_SHIFT) & CFG_EXT_KDF_MASK
        if kdf == KDF_NONE:
            enc_key, mac_key = key, None
        elif kdf == KDF_A:
            if afl is None or afl.message_counter is None:
                raise UnsupportedSecurityError(
                    "security mode 7 with KDF-A needs the AFL message counter, and there is none",
                    meter=meter.ident,
                )
            enc_key, mac_key = mode7_keys(key, afl.message_counter, meter.id_bytes())
        else:
            raise UnsupportedSecurityError(f"key derivation function {kdf} is reserved", meter=meter.ident)
        if afl is not None and afl.mac and mac_key is not None:
            if afl.auth_type not in range(3, 8):
                raise UnsupportedSecurityError(
                    f"AFL authentication type {afl.auth_type} is not AES-CMAC", meter=meter.ident
                )
            expected = cmac(mac_key, afl.mac_input_prefix() + tpl)[: len(afl.mac)]
            if expected != afl.mac:
                raise WrongKeyError(f"the AFL MAC does not fit the key for {meter.ident}", meter=meter.ident)
            mac_verified = True
        plain = cbc_decrypt(enc_key, ZERO_IV, rest[:size])
    if plain[:2] != CHECK_BYTES:
        raise WrongKeyError(
            f"decrypted payload does not start with 2F2F: the key for {meter.ident} is not this meter's",
            meter=meter.ident,
        )
    return plain + rest[size:], True, True, mac_verified, False


# -- encoding ---------------------------------------------------------------------------------------


def encode_telegram(
    *,
    manufacturer: str,
    meter_id: str,
    version: int,
    device_type: int,
    records: Iterable[Record] | bytes = b"",
    ci: int = CI_TPL_SHORT,
    c_field: int = C_SND_NR,
    access_number: int = 0,
    status: int = 0,
    mode: int = MODE_NONE,
    key: bytes | None = None,
    message_counter: int = 0,
    ell: bool = False,
    ell_encrypt: bool = False,
    cc: int = 0x20,
    session_number: int = 0,
    frame_format: str = FORMAT_A,
    crc: bool = True,
    rssi: int | None = None,
    config_flags: int = 0,
) -> bytes:
    """A telegram as a meter sends it: records behind a TPL (7Ah short, 72h long, 78h none, 79h compact).

    `mode` 5 or 7 encrypts the TPL payload with `key` (mode 7 adds the AFL with counter and CMAC);
    `ell` puts an ELL with session number (CI 8Dh) in front, AES-CTR encrypted with `ell_encrypt`.
    """
    app = bytes(records) if isinstance(records, (bytes, bytearray)) else encode_records(records)
    if mode not in (MODE_NONE, MODE_AES_CBC_IV, MODE_AES_CBC_NO_IV):
        raise LocalProtocolError(f"security mode {mode} cannot be encoded (0, 5 or 7)")
    if (mode != MODE_NONE or ell_encrypt) and key is None:
        raise LocalProtocolError("encryption needs a key")
    aes_key = check_key(key) if key is not None else None
    code = manufacturer_code(manufacturer)
    meter = _Meter(manufacturer=code, id=meter_id.upper(), version=version, device_type=device_type)
    address_bytes(meter.id, version, device_type)  # LocalProtocolError unless 8 hex digits

    if ci == CI_COMPACT_NONE:
        app = _compact_body(app)
    if ci in (CI_TPL_NONE, CI_COMPACT_NONE):
        if mode != MODE_NONE:
            raise LocalProtocolError(f"CI {ci:02X}h has no TPL header to announce security mode {mode}")
        tpl = bytes((ci,)) + app
    elif ci in (CI_TPL_SHORT, CI_TPL_LONG):
        address = meter.id_bytes() + code.to_bytes(2, "little") + bytes((version & 0xFF, device_type & 0xFF))
        prefix = address if ci == CI_TPL_LONG else b""
        tpl = _tpl(
            ci=ci,
            prefix=prefix,
            app=app,
            meter=meter,
            access=access_number,
            status=status,
            mode=mode,
            key=aes_key,
            counter=message_counter,
            flags=config_flags,
        )
    else:
        raise LocalProtocolError(f"CI {ci:02X}h cannot be encoded (72h, 78h, 79h or 7Ah)")

    payload = tpl
    if ell:
        sn_value = (session_number & 0x1FFFFFFF) | ((ELL_ENC_AES_CTR if ell_encrypt else ELL_ENC_NONE) << 29)
        sn = sn_value.to_bytes(4, "little")
        header = Ell(ci=CI_ELL_SESSION, cc=cc, access_number=access_number, session_number=sn).to_bytes()
        block = crc16_en13757(tpl).to_bytes(2, "little") + tpl
        if ell_encrypt and aes_key is not None:
            block = ctr_crypt(aes_key, ell_iv(meter.m_and_a(), cc, sn), block)
        payload = header + block
    return build_link(
        c_field=c_field,
        manufacturer=code,
        ident=meter.id,
        version=version,
        device_type=device_type,
        payload=payload,
        frame_format=frame_format,
        crc=crc,
        rssi=rssi,
    )


def _compact_body(full: bytes) -> bytes:
    """Format signature, full-frame CRC and the bare data fields of a full record list."""
    records = decode_records(full)
    layout = layout_of(records)
    if layout is None:
        raise LocalProtocolError("a compact frame needs data records and no manufacturer data")
    data = compact_data(records)
    expanded = expand(layout, data)
    return (
        format_signature(layout).to_bytes(2, "little") + crc16_en13757(expanded).to_bytes(2, "little") + data
    )


def _tpl(
    *,
    ci: int,
    prefix: bytes,
    app: bytes,
    meter: _Meter,
    access: int,
    status: int,
    mode: int,
    key: bytes | None,
    counter: int,
    flags: int,
) -> bytes:
    """CI, header and (encrypted) payload; mode 7 comes with its AFL in front."""
    access &= 0xFF
    if mode == MODE_NONE or key is None:
        config = make_config(MODE_NONE, 0, flags=flags)
        return bytes((ci,)) + prefix + bytes((access, status & 0xFF)) + config.to_bytes(2, "little") + app
    plain = CHECK_BYTES + app
    plain += b"\x2f" * (-len(plain) % AES_BLOCK)  # idle fillers up to the block boundary
    blocks = len(plain) // AES_BLOCK
    if blocks > _MAX_BLOCKS:
        raise LocalProtocolError(f"{len(plain)} bytes to encrypt exceed the 15 blocks a TPL can announce")
    config = make_config(mode, blocks, flags=flags)
    head = bytes((ci,)) + prefix + bytes((access, status & 0xFF)) + config.to_bytes(2, "little")
    if mode == MODE_AES_CBC_IV:
        return head + cbc_encrypt(key, mode5_iv(meter.m_and_a(), access), plain)
    enc_key, mac_key = mode7_keys(key, counter, meter.id_bytes())
    cfg_ext = KDF_A << CFG_EXT_KDF_SHIFT
    tpl = head + bytes((cfg_ext,)) + cbc_encrypt(enc_key, ZERO_IV, plain)
    mac = cmac(mac_key, afl_mac_prefix(message_counter=counter) + tpl)[:8]
    return build_afl(message_counter=counter, mac=mac, auth_type=AT_CMAC_8) + tpl
