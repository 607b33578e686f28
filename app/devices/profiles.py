"""Device profiles: one TOML file per model in `resources/profiles/`, loaded strictly."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

from app.errors import ProfileError, ValidationError
from app.params.schema import Choice, Column, Group, Param, ParamType, Profile
from app.params.values import validate
from app.resources import resources_dir

_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
_TOP = {"model", "name", "vendor", "description", "firmware", "groups", "distinct"}
_GROUP = {"key", "label", "help", "params"}
_COLUMN = {"key", "type", "label", "min", "max", "min_len", "max_len", "pattern", "unit", "choices"}
_PARAM = _COLUMN | {"help", "default", "secret", "since_fw", "restart", "columns", "max_rows"}


def profiles_dir() -> Path:
    """The folder holding the profile files."""
    return resources_dir() / "profiles"


def available_models() -> list[str]:
    """The model names for which a profile file exists (`model.dlms.toml` companions are not models)."""
    return sorted(p.stem for p in profiles_dir().glob("*.toml") if "." not in p.stem)


@functools.cache
def load_profile(model: str) -> Profile:
    """The profile of `model`; ProfileError if it is missing or malformed."""
    path = profiles_dir() / f"{model}.toml"
    if not _KEY.match(model.replace("-", "_")) or not path.is_file():
        known = ", ".join(available_models())
        raise ProfileError(f"no profile for model '{model}' (known: {known})")
    return parse_profile(path.read_text(encoding="utf-8"), name=path.name, expect_model=model)


def parse_profile(text: str, *, name: str, expect_model: str | None = None) -> Profile:
    """Parse profile TOML text; every mistake is a ProfileError naming file and parameter."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{name}: {exc}") from None
    _no_unknown(doc, _TOP, name)
    model = _field(doc, "model", str, name)
    if expect_model is not None and model != expect_model:
        raise ProfileError(f"{name}: model '{model}' does not match the file name")
    _field(doc, "groups", list, name)
    seen: set[str] = set()
    groups = []
    for g in _tables(doc, "groups", name):
        where = f"{name}, group {g.get('key', '?')}"
        _no_unknown(g, _GROUP, where)
        gkey = _field(g, "key", str, where)
        params = tuple(_param(p, gkey, where, seen) for p in _tables(g, "params", where))
        groups.append(
            Group(
                key=gkey,
                label=_field(g, "label", str, where),
                help=_optional(g, "help", str, where) or "",
                params=params,
            )
        )
    return Profile(
        model=model,
        name=_field(doc, "name", str, name),
        vendor=_field(doc, "vendor", str, name),
        description=doc.get("description", ""),
        firmware=doc.get("firmware", ""),
        groups=tuple(groups),
        distinct=tuple(_distinct(d, seen, name) for d in _tables(doc, "distinct", name)),
    )


def _distinct(raw: dict[str, Any], known: set[str], where: str) -> tuple[str, ...]:
    where = f"{where}, distinct"
    _no_unknown(raw, {"keys"}, where)
    keys = _field(raw, "keys", list, where)
    if len(keys) < 2 or not all(isinstance(k, str) and k in known for k in keys):
        raise ProfileError(f"{where}: 'keys' must name two or more parameters of this profile")
    return tuple(keys)


def _param(raw: dict[str, Any], group: str, where: str, seen: set[str]) -> Param:
    key = _field(raw, "key", str, where)
    where = f"{where}, parameter {key}"
    _no_unknown(raw, _PARAM, where)
    if not _KEY.match(key) or key in seen:
        raise ProfileError(f"{where}: key is malformed or used twice")
    seen.add(key)
    common = _column_fields(raw, where)
    columns = tuple(_column(c, where) for c in _tables(raw, "columns", where))
    if "max_rows" in raw and (not isinstance(raw["max_rows"], int) or isinstance(raw["max_rows"], bool)):
        raise ProfileError(f"{where}: 'max_rows' must be a whole number")
    ptype = common["type"]
    if (ptype is ParamType.TABLE) != bool(columns):
        raise ProfileError(f"{where}: table parameters and only they have columns")
    default = raw.get("default", [] if ptype is ParamType.TABLE else None)
    param = Param(
        **common,
        group=group,
        help=_optional(raw, "help", str, where) or "",
        default=default,
        secret=bool(raw.get("secret", ptype is ParamType.PASSWORD)),
        since_fw=raw.get("since_fw"),
        restart=bool(raw.get("restart", False)),
        columns=columns,
        max_rows=raw.get("max_rows"),
    )
    if default is None:
        raise ProfileError(f"{where}: needs a default")
    if ptype is ParamType.TABLE and not (
        isinstance(default, list) and all(isinstance(r, list) for r in default)
    ):
        raise ProfileError(f"{where}: a table default must be a list of rows")
    try:
        default = validate(param, tuple(tuple(r) for r in default) if ptype is ParamType.TABLE else default)
    except ValidationError as exc:
        raise ProfileError(f"{where}: default invalid: {exc.reason}") from None
    object.__setattr__(param, "default", default)
    return param


def _column(raw: dict[str, Any], where: str) -> Column:
    where = f"{where}, column {raw.get('key', '?')}"
    _no_unknown(raw, _COLUMN, where)
    fields = _column_fields(raw, where)
    if fields["type"] is ParamType.TABLE:
        raise ProfileError(f"{where}: a column cannot be a table")
    return Column(**fields)


def _column_fields(raw: dict[str, Any], where: str) -> dict[str, Any]:
    try:
        ptype = ParamType(_field(raw, "type", str, where))
    except ValueError:
        raise ProfileError(f"{where}: unknown type '{raw.get('type')}'") from None
    choices = tuple(
        Choice(value=str(_field(c, "value", object, where)), label=_field(c, "label", str, where))
        for c in _tables(raw, "choices", where)
    )
    if (ptype is ParamType.ENUM) != bool(choices):
        raise ProfileError(f"{where}: enum parameters and only they have choices")
    if ptype is ParamType.INT and ("min" not in raw or "max" not in raw):
        raise ProfileError(f"{where}: int parameters need min and max")
    for name in ("min", "max", "min_len", "max_len"):
        if name in raw and (not isinstance(raw[name], int) or isinstance(raw[name], bool)):
            raise ProfileError(f"{where}: '{name}' must be a whole number")
    pattern = raw.get("pattern")
    if pattern is not None:
        try:
            re.compile(_field(raw, "pattern", str, where))
        except re.error as exc:
            raise ProfileError(f"{where}: bad pattern: {exc}") from None
    return {
        "key": _field(raw, "key", str, where),
        "type": ptype,
        "label": _field(raw, "label", str, where),
        "min": raw.get("min"),
        "max": raw.get("max"),
        "min_len": raw.get("min_len"),
        "max_len": raw.get("max_len"),
        "pattern": pattern,
        "unit": _optional(raw, "unit", str, where) or "",
        "choices": choices,
    }


def _field(raw: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in raw:
        raise ProfileError(f"{where}: missing '{key}'")
    value = raw[key]
    if kind is not object and not isinstance(value, kind):
        raise ProfileError(f"{where}: '{key}' must be {kind.__name__}")
    return value


def _optional(raw: dict[str, Any], key: str, kind: type, where: str) -> Any:
    return _field(raw, key, kind, where) if key in raw else None


def _tables(raw: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    items = raw.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ProfileError(f"{where}: '{key}' must be a list of tables")
    return items


def _no_unknown(raw: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ProfileError(f"{where}: unknown field(s) {', '.join(unknown)}")
