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
_TOP = {"model", "name", "vendor", "description", "firmware", "groups"}
_GROUP = {"key", "label", "help", "params"}
_COLUMN = {"key", "type", "label", "min", "max", "min_len", "max_len", "pattern", "unit", "choices"}
_PARAM = _COLUMN | {"help", "default", "secret", "since_fw", "restart", "columns", "max_rows"}


def profiles_dir() -> Path:
    """The folder holding the profile files."""
    return resources_dir() / "profiles"


def available_models() -> list[str]:
    """The model names for which a profile file exists."""
    return sorted(p.stem for p in profiles_dir().glob("*.toml"))


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
    seen: set[str] = set()
    groups = []
    for g in _field(doc, "groups", list, name):
        where = f"{name}, group {g.get('key', '?')}"
        _no_unknown(g, _GROUP, where)
        gkey = _field(g, "key", str, where)
        params = tuple(_param(p, gkey, where, seen) for p in g.get("params", []))
        groups.append(
            Group(key=gkey, label=_field(g, "label", str, where), help=g.get("help", ""), params=params)
        )
    return Profile(
        model=model,
        name=_field(doc, "name", str, name),
        vendor=_field(doc, "vendor", str, name),
        description=doc.get("description", ""),
        firmware=doc.get("firmware", ""),
        groups=tuple(groups),
    )


def _param(raw: dict[str, Any], group: str, where: str, seen: set[str]) -> Param:
    key = _field(raw, "key", str, where)
    where = f"{where}, parameter {key}"
    _no_unknown(raw, _PARAM, where)
    if not _KEY.match(key) or key in seen:
        raise ProfileError(f"{where}: key is malformed or used twice")
    seen.add(key)
    common = _column_fields(raw, where)
    columns = tuple(_column(c, where) for c in raw.get("columns", []))
    ptype = common["type"]
    if (ptype is ParamType.TABLE) != bool(columns):
        raise ProfileError(f"{where}: table parameters and only they have columns")
    default = raw.get("default", [] if ptype is ParamType.TABLE else None)
    param = Param(
        **common,
        group=group,
        help=raw.get("help", ""),
        default=default,
        secret=bool(raw.get("secret", ptype is ParamType.PASSWORD)),
        since_fw=raw.get("since_fw"),
        restart=bool(raw.get("restart", False)),
        columns=columns,
        max_rows=raw.get("max_rows"),
    )
    if default is None:
        raise ProfileError(f"{where}: needs a default")
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
        for c in raw.get("choices", [])
    )
    if (ptype is ParamType.ENUM) != bool(choices):
        raise ProfileError(f"{where}: enum parameters and only they have choices")
    if ptype is ParamType.INT and ("min" not in raw or "max" not in raw):
        raise ProfileError(f"{where}: int parameters need min and max")
    return {
        "key": _field(raw, "key", str, where),
        "type": ptype,
        "label": _field(raw, "label", str, where),
        "min": raw.get("min"),
        "max": raw.get("max"),
        "min_len": raw.get("min_len"),
        "max_len": raw.get("max_len"),
        "pattern": raw.get("pattern"),
        "unit": raw.get("unit", ""),
        "choices": choices,
    }


def _field(raw: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in raw:
        raise ProfileError(f"{where}: missing '{key}'")
    value = raw[key]
    if kind is not object and not isinstance(value, kind):
        raise ProfileError(f"{where}: '{key}' must be {kind.__name__}")
    return value


def _no_unknown(raw: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ProfileError(f"{where}: unknown field(s) {', '.join(unknown)}")
