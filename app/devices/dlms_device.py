"""The DLMS dialect: a device's parameter model as COSEM attributes, typed both ways.

The profile (`resources/profiles/<model>.toml`) says what the parameters are; its companion
`<model>.dlms.toml` says where each one lives (logical name, class, attribute, A-XDR type; see the
comment at the top of metercom-pro.dlms.toml) and which objects make up the device information.
`DlmsDevice` has the interface of NativeDevice. DLMS has no batch commit, so a batch is validated and
converted whole first, the attributes it touches are read, and then they are SET one by one; when one is
refused, those already written are set back to what was read (best-effort all or nothing).
"""

from __future__ import annotations

import functools
import ipaddress
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.devices.native import Reading, WriteResult
from app.devices.profiles import load_profile, profiles_dir
from app.devices.reconnect import until_back
from app.devices.session.dlms import DlmsOptions, DlmsSession, result_text
from app.devices.session.gwcp import SessionOptions
from app.errors import (
    DecodeError,
    DeviceError,
    GwtermError,
    ProfileError,
    RemoteProtocolError,
    TransportError,
    ValidationError,
    ValidationErrors,
)
from app.params.schema import Column, Param, ParamType, Profile
from app.params.values import Value, validate_values
from app.protocols.dlms.axdr import INTEGER_TYPES, STRING_TYPES, Data, DataType, integer_range
from app.protocols.dlms.errors import CosemAccessError, DataAccessResult
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.xdlms import AttributeDescriptor
from app.transports import TraceHook
from app.transports.url import parse_url

DEFAULT_MODEL = "metercom-pro"
Target = tuple[Obis, int, int]  # logical name, class id, attribute index
_PARAM_FIELDS = {"obis", "class", "attribute", "type", "element", "columns", "codes", "scale", "readable"}
_INFO_FIELDS = {"obis", "class", "attribute", "element", "format"}
_INFO_FORMATS = ("text", "int", "ip", "datetime", "dbm", "hex")
_ABSENT = (DataAccessResult.OBJECT_UNDEFINED, DataAccessResult.OBJECT_UNAVAILABLE)


@dataclass(frozen=True, kw_only=True)
class AttributeMap:
    """Where one parameter lives: an attribute (or a member of its structure) and its A-XDR type."""

    key: str
    obis: Obis
    class_id: int
    attribute: int
    data_type: DataType
    element: int | None = None
    columns: tuple[DataType, ...] = ()
    codes: dict[str, int] = field(default_factory=dict)
    scale: int = 0
    readable: bool = True

    @property
    def target(self) -> Target:
        """The attribute as (logical name, class, index)."""
        return (self.obis, self.class_id, self.attribute)


@dataclass(frozen=True, kw_only=True)
class InfoItem:
    """One device-information field read from an attribute."""

    name: str
    obis: Obis
    class_id: int
    attribute: int
    element: int | None = None
    format: str = "text"


@dataclass(frozen=True, kw_only=True)
class DlmsMap:
    """The companion mapping of a profile: parameter key → attribute, and the information fields."""

    model: str
    params: dict[str, AttributeMap]
    info: tuple[InfoItem, ...] = ()


def _descriptor(target: Target) -> AttributeDescriptor:
    return AttributeDescriptor(class_id=target[1], instance=target[0], attribute=target[2])


# --- the companion file ----------------------------------------------------------------------------------


def has_dlms_mapping(model: str) -> bool:
    """True when the model is configured over DLMS (its profile has a companion mapping)."""
    return (profiles_dir() / f"{model}.dlms.toml").is_file()


@functools.cache
def load_mapping(model: str) -> DlmsMap:
    """The DLMS mapping of `model` (checked against its profile); ProfileError if missing or malformed."""
    profile = load_profile(model)
    path = profiles_dir() / f"{model}.dlms.toml"
    if not path.is_file():
        raise ProfileError(f"{model} has no DLMS mapping ({path.name})")
    return parse_mapping(path.read_text(encoding="utf-8"), name=path.name, profile=profile)


def parse_mapping(text: str, *, name: str, profile: Profile) -> DlmsMap:
    """Parse companion TOML; every mistake is a ProfileError naming the file and the key."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{name}: {exc}") from None
    unknown = sorted(set(doc) - {"model", "params", "info"})
    if unknown:
        raise ProfileError(f"{name}: unknown field(s) {', '.join(unknown)}")
    if doc.get("model") != profile.model:
        raise ProfileError(f"{name}: model {doc.get('model')!r} is not {profile.model!r}")
    raw_params = _table(doc, "params", name)
    params = {key: _attribute_map(key, _table(raw_params, key, name), name, profile) for key in raw_params}
    missing = [p.key for p in profile.params if p.key not in params]
    if missing:
        raise ProfileError(f"{name}: no mapping for {', '.join(missing)}")
    info = tuple(
        _info_item(item, _table(_table(doc, "info", name), item, name), name) for item in doc.get("info", {})
    )
    return DlmsMap(model=profile.model, params=params, info=info)


def _table(raw: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ProfileError(f"{where}: '{key}' must be a table")
    return value


def _whole(raw: Mapping[str, Any], key: str, where: str, *, low: int, high: int) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ProfileError(f"{where}: '{key}' must be a whole number {low}..{high}")
    return value


def _location(raw: Mapping[str, Any], where: str) -> tuple[Obis, int, int, int | None]:
    try:
        obis = Obis.parse(str(raw.get("obis", "")))
    except ValidationError as exc:
        raise ProfileError(f"{where}: {exc.reason}") from None
    class_id = _whole(raw, "class", where, low=1, high=0xFFFF)
    index = _whole(raw, "attribute", where, low=1, high=127)
    element = _whole(raw, "element", where, low=1, high=255) if "element" in raw else None
    return obis, class_id, index, element


def _data_type(text: object, where: str) -> DataType:
    try:
        return DataType[str(text).upper().replace("-", "_")]
    except KeyError:
        raise ProfileError(f"{where}: unknown A-XDR type {text!r}") from None


def _attribute_map(key: str, raw: dict[str, Any], name: str, profile: Profile) -> AttributeMap:
    where = f"{name}, parameter {key}"
    param = profile.by_key.get(key)
    if param is None:
        raise ProfileError(f"{where}: not a parameter of {profile.model}")
    unknown = sorted(set(raw) - _PARAM_FIELDS)
    if unknown:
        raise ProfileError(f"{where}: unknown field(s) {', '.join(unknown)}")
    obis, class_id, index, element = _location(raw, where)
    data_type = _data_type(raw.get("type"), where)
    columns = tuple(_data_type(c, where) for c in raw.get("columns", []))
    codes = raw.get("codes", {})
    if not isinstance(codes, dict) or not all(isinstance(v, int) for v in codes.values()):
        raise ProfileError(f"{where}: 'codes' must map choice values to whole numbers")
    scale = raw.get("scale", 0)
    readable = raw.get("readable", True)
    if not isinstance(scale, int) or isinstance(scale, bool) or not isinstance(readable, bool):
        raise ProfileError(f"{where}: 'scale' must be a whole number and 'readable' true or false")
    amap = AttributeMap(
        key=key,
        obis=obis,
        class_id=class_id,
        attribute=index,
        data_type=data_type,
        element=element,
        columns=columns,
        codes=dict(codes),
        scale=scale,
        readable=readable,
    )
    reason = _incompatible(param, amap)
    if reason:
        raise ProfileError(f"{where}: {reason}")
    return amap


def _incompatible(param: Param, amap: AttributeMap) -> str:
    """Why a profile type cannot travel as this A-XDR type ('' when it can)."""
    if param.type is ParamType.TABLE:
        if amap.data_type is not DataType.ARRAY or len(amap.columns) != len(param.columns):
            return f"a table travels as an array with one column type per column ({len(param.columns)})"
        reasons = [_scalar_mismatch(c, t, {}) for c, t in zip(param.columns, amap.columns, strict=True)]
        return next((r for r in reasons if r), "")
    if amap.columns:
        return "only table parameters have columns"
    if amap.element is not None and not amap.readable:
        return "a structure member must be readable (the rest of the structure is kept)"
    if amap.codes and param.type is not ParamType.ENUM:
        return "only enum parameters have codes"
    if amap.scale and param.type not in (ParamType.INT, ParamType.PORT):
        return "only whole-number parameters have a scale"
    return _scalar_mismatch(param, amap.data_type, amap.codes)


def _scalar_mismatch(spec: Column, data_type: DataType, codes: dict[str, int]) -> str:
    t = spec.type
    integer = data_type in INTEGER_TYPES
    text = data_type in STRING_TYPES
    allowed = {
        ParamType.STR: text,
        ParamType.PASSWORD: text,
        ParamType.HEX: data_type is DataType.OCTET_STRING,
        ParamType.INT: integer,
        ParamType.PORT: integer,
        ParamType.BOOL: data_type is DataType.BOOLEAN or integer,
        ParamType.ENUM: integer or text,
        ParamType.IP: data_type is DataType.DOUBLE_LONG_UNSIGNED or text,
    }.get(t, False)
    if not allowed:
        return f"a {t.value} parameter cannot travel as {data_type.label}"
    if t is ParamType.ENUM and integer:
        unmapped = [c.value for c in spec.choices if c.value not in codes and not c.value.isdigit()]
        if unmapped:
            return f"choices {', '.join(unmapped)} need codes"
        unknown = sorted(set(codes) - {c.value for c in spec.choices})
        if unknown:
            return f"codes for unknown choices {', '.join(unknown)}"
    return ""


def _info_item(item: str, raw: dict[str, Any], name: str) -> InfoItem:
    where = f"{name}, info {item}"
    unknown = sorted(set(raw) - _INFO_FIELDS)
    if unknown:
        raise ProfileError(f"{where}: unknown field(s) {', '.join(unknown)}")
    obis, class_id, index, element = _location(raw, where)
    fmt = raw.get("format", "text")
    if fmt not in _INFO_FORMATS:
        raise ProfileError(f"{where}: format must be one of {', '.join(_INFO_FORMATS)}")
    return InfoItem(name=item, obis=obis, class_id=class_id, attribute=index, element=element, format=fmt)


# --- typed values <-> A-XDR ------------------------------------------------------------------------------


def to_data(param: Param, amap: AttributeMap, value: Value) -> Data:
    """The A-XDR value of a valid typed value (the member itself for structure members);
    ValidationError when it does not fit the device's type."""
    if param.type is ParamType.TABLE:
        assert isinstance(value, tuple | list)
        rows = []
        for number, row in enumerate(value, 1):
            cells = zip(param.columns, amap.columns, row, strict=True)
            rows.append(
                Data.structure(
                    _scalar_to_data(
                        col, t, cell, codes={}, scale=0, where=f"{param.key} row {number}, column {col.key}"
                    )
                    for col, t, cell in cells
                )
            )
        return Data.array(rows)
    return _scalar_to_data(param, amap.data_type, value, codes=amap.codes, scale=amap.scale, where=param.key)


def _scalar_to_data(
    spec: Column, data_type: DataType, value: Value, *, codes: dict[str, int], scale: int, where: str
) -> Data:
    t = spec.type
    if t is ParamType.BOOL:
        return (
            Data.boolean(bool(value))
            if data_type is DataType.BOOLEAN
            else _integer(data_type, int(bool(value)), where)
        )
    if t is ParamType.ENUM and data_type in INTEGER_TYPES:
        text = str(value)
        return _integer(data_type, codes[text] if text in codes else int(text), where)
    if t in (ParamType.INT, ParamType.PORT):
        assert isinstance(value, int)
        if scale > 0:
            raw, rest = divmod(value, 10**scale)
            if rest:
                raise ValidationError(where, f"must be a multiple of {10**scale}")
        else:
            raw = value * 10**-scale
        return _integer(data_type, raw, where)
    assert isinstance(value, str)
    if t is ParamType.IP:
        return _ip_to_data(data_type, value, where)
    if t is ParamType.HEX:
        return Data.octet_string(bytes.fromhex(value if len(value) % 2 == 0 else "0" + value))
    return _text(data_type, value, where)


def _integer(data_type: DataType, value: int, where: str) -> Data:
    low, high = integer_range(data_type)
    if not low <= value <= high:
        raise ValidationError(where, f"{value} does not fit the device's {data_type.label} ({low}..{high})")
    return Data(type=data_type, value=value)


def _text(data_type: DataType, value: str, where: str) -> Data:
    if data_type is DataType.UTF8_STRING:
        return Data.utf8_string(value)
    try:
        octets = value.encode("ascii" if data_type is DataType.VISIBLE_STRING else "latin-1")
    except UnicodeEncodeError:
        raise ValidationError(where, "has characters the device cannot store") from None
    if data_type is DataType.VISIBLE_STRING:
        return Data.visible_string(value)
    return Data.octet_string(octets)


def _ip_to_data(data_type: DataType, value: str, where: str) -> Data:
    if data_type in STRING_TYPES and data_type is not DataType.OCTET_STRING:
        return _text(data_type, value, where)
    if not value:
        return Data.double_long_unsigned(0) if data_type in INTEGER_TYPES else Data.octet_string(b"")
    address = ipaddress.ip_address(value)
    if not isinstance(address, ipaddress.IPv4Address):
        raise ValidationError(where, "the device takes IPv4 addresses only")
    if data_type in INTEGER_TYPES:
        return Data.double_long_unsigned(int(address))
    return Data.octet_string(address.packed)


def from_data(param: Param, amap: AttributeMap, data: Data) -> Value:
    """The typed value of the device's A-XDR value (the member itself for structure members);
    RemoteProtocolError naming the key when the device's value is not of the mapped type."""
    try:
        if param.type is ParamType.TABLE:
            rows = []
            for row in data.items:
                cells = row.items
                if len(cells) != len(param.columns):
                    raise DecodeError(f"a row of {len(cells)} members, the profile has {len(param.columns)}")
                rows.append(
                    tuple(
                        _scalar_from_data(col, t, cell, {}, 0)
                        for col, t, cell in zip(param.columns, amap.columns, cells, strict=True)
                    )
                )
            return tuple(rows)
        return _scalar_from_data(param, amap.data_type, data, amap.codes, amap.scale)
    except (DecodeError, ValueError, UnicodeDecodeError) as exc:
        raise RemoteProtocolError(f"{param.key}: the device's value {data} does not fit: {exc}") from None


def _scalar_from_data(
    spec: Column, data_type: DataType, data: Data, codes: dict[str, int], scale: int
) -> Value:
    t = spec.type
    if data.type is not data_type and not (data_type in STRING_TYPES and data.type in STRING_TYPES):
        raise DecodeError(f"expected {data_type.label}, got {data.type.label}")
    if t is ParamType.BOOL:
        return data.as_bool() if data.type is DataType.BOOLEAN else data.as_int() != 0
    if t is ParamType.ENUM and data_type in INTEGER_TYPES:
        number = data.as_int()
        by_code = {code: choice for choice, code in codes.items()}
        return by_code.get(number, str(number))
    if t in (ParamType.INT, ParamType.PORT):
        raw = data.as_int()
        if scale >= 0:
            return raw * 10**scale
        value, rest = divmod(raw, 10**-scale)
        if rest:
            raise DecodeError(f"{raw} x 10^{scale} is not a whole number")
        return value
    if t is ParamType.IP:
        if data.type in INTEGER_TYPES:
            number = data.as_int()
            return str(ipaddress.IPv4Address(number)) if number else ""
        if data.type is DataType.OCTET_STRING:
            octets = data.as_bytes()
            return str(ipaddress.IPv4Address(octets)) if octets and any(octets) else ""
        return data.as_str().strip("\x00 ")
    if t is ParamType.HEX:
        return data.as_bytes().hex().upper()
    return data.as_str().rstrip("\x00")


def _member(data: Data, element: int) -> Data:
    items = data.items
    if not 1 <= element <= len(items):
        raise DecodeError(f"a structure of {len(items)} has no member {element}")
    return items[element - 1]


def _info_value(item: InfoItem, data: Data) -> Any:
    if item.element is not None:
        data = _member(data, item.element)
    if item.format == "datetime":
        return data.as_date_time().isoformat()
    if item.format == "int":
        return data.as_bool() if data.type is DataType.BOOLEAN else data.as_int()
    if item.format == "ip":
        number = data.as_int() if data.type in INTEGER_TYPES else int.from_bytes(data.as_bytes(), "big")
        return str(ipaddress.IPv4Address(number))
    if item.format == "dbm":
        quality = data.as_int()  # 3GPP TS 27.007 +CSQ scale: 0 = -113 dBm … 31 = -51 dBm, 99 unknown
        return None if quality > 31 else -113 + 2 * quality
    if item.format == "hex":
        return ":".join(f"{b:02X}" for b in data.as_bytes())
    if isinstance(data.value, bytes):
        text = data.value.rstrip(b"\x00")
        return text.decode("ascii") if text.isascii() and text.decode("ascii").isprintable() else text.hex()
    if isinstance(data.value, str | int):
        return data.value
    return str(data.to_python())


# --- the device ------------------------------------------------------------------------------------------


class DlmsDevice:
    """An associated DLMS device with its profile: reads and writes the mapped COSEM attributes."""

    def __init__(self, session: DlmsSession, profile: Profile, mapping: DlmsMap | None = None) -> None:
        self.session = session
        self.profile = profile
        self.mapping = mapping or load_mapping(profile.model)
        self.restarting = False  # DLMS does not announce restarts (a firmware URL write restarts later)
        self._reconnect: tuple[str, str, DlmsOptions, TraceHook | None] | None = None

    @classmethod
    async def connect(
        cls,
        url: str,
        password: str | None,
        options: DlmsOptions | SessionOptions | None = None,
        *,
        trace: TraceHook | None = None,
        model: str | None = None,
    ) -> DlmsDevice:
        """Associate (LLS with a password, the public client without) and load the profile and mapping
        of `model` (else the URL's `?model=`, else metercom-pro); gwcp SessionOptions are accepted for
        their timeout, retries and connect timeout."""
        model = model or parse_url(url).option("model") or DEFAULT_MODEL
        profile = load_profile(model)
        mapping = load_mapping(model)
        opts = _dlms_options(options)
        session = await DlmsSession.connect(url, password=password or None, trace=trace, **opts.as_kwargs())
        session.device["model"] = profile.model
        device = cls(session, profile, mapping)
        device._reconnect = (url, password or "", opts, trace)  # kept in memory only, to follow a restart
        return device

    async def follow_restart(self, *, timeout: float = 90.0, interval: float = 1.0) -> None:
        """The device is restarting: wait until it answers again and associate anew."""
        if self._reconnect is None:
            raise TransportError("this DLMS device was opened from a session and cannot reconnect by itself")
        url, password, options, trace = self._reconnect
        await self.session.close(polite=False)
        self.session = await until_back(
            url,
            lambda: DlmsSession.connect(url, password=password or None, trace=trace, **options.as_kwargs()),
            timeout=timeout,
            interval=interval,
        )
        self.session.device["model"] = self.profile.model
        self.restarting = False

    def _maps(self, keys: Iterable[str]) -> dict[str, AttributeMap]:
        unknown = {
            k: f"unknown parameter for {self.profile.name}" for k in keys if k not in self.mapping.params
        }
        if unknown:
            raise ValidationErrors(unknown)
        return {k: self.mapping.params[k] for k in keys}

    async def _read_targets(self, targets: list[Target]) -> dict[Target, Data | DataAccessResult]:
        results = await self.session.get_many([_descriptor(t) for t in targets])
        return {
            t: r if isinstance(r, Data) else DataAccessResult(int(r))
            for t, r in zip(targets, results, strict=True)
        }

    def _typed(self, amap: AttributeMap, data: Data) -> Value:
        param = self.profile.by_key[amap.key]
        if amap.element is not None:
            try:
                data = _member(data, amap.element)
            except DecodeError as exc:
                raise RemoteProtocolError(f"{amap.key}: {exc}") from None
        return from_data(param, amap, data)

    async def read(self, keys: list[str] | None = None) -> Reading:
        """Read the given keys, or all (leaving out objects this device does not have)."""
        explicit = keys is not None
        maps = self._maps(keys if keys is not None else [p.key for p in self.profile.params])
        targets = list(dict.fromkeys(m.target for m in maps.values() if m.readable))
        raw = await self._read_targets(targets) if targets else {}
        values: dict[str, Value] = {}
        secrets: set[str] = set()
        refused: dict[str, str] = {}
        for key, amap in maps.items():
            param = self.profile.by_key[key]
            if not amap.readable:
                if param.secret and self._is_own_secret(amap):
                    secrets.add(key)  # we associated with it, so it is set
                continue
            result = raw[amap.target]
            if isinstance(result, DataAccessResult):
                if explicit or result not in _ABSENT:
                    refused[key] = f"read refused: {result_text(result)}"
                continue
            value = self._typed(amap, result)
            if param.secret:
                if value:
                    secrets.add(key)
            else:
                values[key] = value
        if refused:
            raise DeviceError(
                f"the device refused to read {', '.join(refused)}", code="dlms_read", key_errors=refused
            )
        return Reading(values=values, secrets_set=frozenset(secrets))

    def _is_own_secret(self, amap: AttributeMap) -> bool:
        """True for the LLS secret of an association, when this session logged in with a password."""
        return (
            amap.class_id == 15 and amap.attribute == 7 and self.session.device.get("authentication") == "low"
        )

    async def write(self, values: dict[str, Value]) -> list[str]:
        """Write a batch (restoring the earlier values when one is refused); the keys that changed."""
        return (await self.write_batch(values)).changed

    async def write_batch(self, values: dict[str, Value]) -> WriteResult:
        """Validate the whole batch, read the attributes it touches, SET them one by one; on a refused
        SET set back those already written and raise DeviceError naming the key and the COSEM result
        (a link that breaks midway cannot be restored: the TransportError lists what was written)."""
        clean = validate_values(self.profile, values)
        order = [p.key for p in self.profile.params if p.key in clean]
        maps = self._maps(order)
        by_target: dict[Target, list[str]] = {}
        for key in order:
            by_target.setdefault(maps[key].target, []).append(key)
        # write-only attributes (a password) go last: they cannot be read, so they cannot be set back
        targets = sorted(by_target, key=lambda t: not maps[by_target[t][0]].readable)
        readable = [t for t in targets if maps[by_target[t][0]].readable]
        before = await self._read_targets(readable) if readable else {}
        refused = {
            key: f"read refused: {result_text(result)}"
            for t, result in before.items()
            if isinstance(result, DataAccessResult)
            for key in by_target[t]
        }
        if refused:
            raise DeviceError(
                f"the device refused to read {', '.join(refused)}; nothing was written",
                code="dlms_read",
                key_errors=refused,
            )
        old: dict[Target, Data] = {t: d for t, d in before.items() if isinstance(d, Data)}
        previous = {k: self._typed(maps[k], old[maps[k].target]) for k in order if maps[k].readable}
        new = self._new_values(clean, maps, by_target, old)
        changed_keys = [
            k
            for k in order
            if self.profile.by_key[k].secret or not maps[k].readable or previous[k] != clean[k]
        ]
        written: list[Target] = []
        for target in targets:
            if target in old and new[target] == old[target]:
                continue  # unchanged: no SET
            try:
                await self.session.set(target[0], target[2], new[target], class_id=target[1])
            except DeviceError as exc:
                raise await self._refused(exc, by_target[target], written, old) from None
            except TransportError as exc:
                if not written:
                    raise
                done = ", ".join(k for t in written for k in by_target[t])
                raise type(exc)(f"{exc}; already written, not restored: {done}") from None
            written.append(target)
        if self._reconnect is not None and isinstance(clean.get("sec.password"), str):
            url, _, options, trace = self._reconnect
            self._reconnect = (url, str(clean["sec.password"]), options, trace)
        changed = [k for k in changed_keys if maps[k].target in written]
        return WriteResult(
            changed=changed,
            previous={k: previous[k] for k in changed if k in previous and not self.profile.by_key[k].secret},
            restarting=False,
        )

    def _new_values(
        self,
        clean: dict[str, Value],
        maps: dict[str, AttributeMap],
        by_target: dict[Target, list[str]],
        old: dict[Target, Data],
    ) -> dict[Target, Data]:
        """Every attribute's new value, converted before anything is written (ValidationErrors)."""
        new: dict[Target, Data] = {}
        errors: dict[str, str] = {}
        for target, keys in by_target.items():
            members: dict[int, Data] = {}
            for key in keys:
                amap = maps[key]
                try:
                    data = to_data(self.profile.by_key[key], amap, clean[key])
                except ValidationError as exc:
                    errors[key] = exc.reason
                    continue
                if amap.element is None:
                    new[target] = data
                else:
                    members[amap.element] = data
            if members and target not in new:
                try:
                    items = list(old[target].items)
                    for element, data in members.items():
                        _member(old[target], element)
                        items[element - 1] = data
                except DecodeError as exc:
                    raise RemoteProtocolError(f"{', '.join(keys)}: {exc}") from None
                new[target] = Data.structure(items)
        if errors:
            raise ValidationErrors(errors)
        return new

    async def _refused(
        self, exc: DeviceError, keys: list[str], written: list[Target], old: dict[Target, Data]
    ) -> DeviceError:
        """The error for a refused SET, after setting back what was written before it."""
        reason = (
            f"SET refused: {result_text(exc.result)}"
            if isinstance(exc, CosemAccessError)
            else f"SET failed: {exc}"
        )
        unrestored: list[str] = []
        for target in reversed(written):
            try:
                await self.session.set(target[0], target[2], old[target], class_id=target[1])
            except GwtermError as failure:
                unrestored.append(f"{target[0]} attribute {target[2]} ({failure})")
        if unrestored:
            outcome = f"could NOT restore {'; '.join(unrestored)}"
        elif written:
            outcome = f"the {len(written)} attribute(s) written before were restored"
        else:
            outcome = "nothing had been written"
        return DeviceError(
            f"{', '.join(keys)}: {reason}; {outcome}",
            code=exc.code,
            key_errors={key: reason for key in keys},
        )

    async def info(self) -> dict[str, Any]:
        """Device information: model, logical device name, serial, firmware versions, clock, … (the
        fields the mapping lists that the device has)."""
        info: dict[str, Any] = {
            "model": self.profile.model,
            "name": self.profile.name,
            "vendor": self.profile.vendor,
        }
        items = self.mapping.info
        if not items:
            return info
        results = await self.session.get_many(
            [AttributeDescriptor(class_id=i.class_id, instance=i.obis, attribute=i.attribute) for i in items]
        )
        for item, result in zip(items, results, strict=True):
            if not isinstance(result, Data):
                continue
            try:
                value = _info_value(item, result)
            except (DecodeError, ValueError):
                value = str(result)
            if value is not None:
                info[item.name] = value
        return info

    async def close(self) -> None:
        """Release the association and close the link."""
        await self.session.close()

    async def __aenter__(self) -> DlmsDevice:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _dlms_options(options: DlmsOptions | SessionOptions | None) -> DlmsOptions:
    if isinstance(options, DlmsOptions):
        return options
    if isinstance(options, SessionOptions):
        return DlmsOptions(
            timeout=options.timeout, retries=options.retries, connect_timeout=options.connect_timeout
        )
    return DlmsOptions()
