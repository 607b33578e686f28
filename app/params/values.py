"""Typed parameter values: parsing from text, formatting to text, and validation."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping

from app.errors import ValidationError, ValidationErrors
from app.params.schema import Column, Param, ParamType, Profile

Value = object
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_HEX = re.compile(r"^[0-9A-Fa-f]*$")
_INT = re.compile(r"^[+-]?[0-9]{1,19}$")


def parse_text(spec: Column, text: str, *, path: str | None = None) -> Value:
    """Turn the text form of a value (as in a `.cfg` file or an SMS) into a valid typed value."""
    where = path or spec.key
    t = spec.type
    if t is ParamType.TABLE:
        assert isinstance(spec, Param)
        return validate(spec, _parse_table(spec, text, where), path=where)
    if t in (ParamType.INT, ParamType.PORT):
        stripped = text.strip()
        if not _INT.match(stripped):
            shown = text if len(text) <= 24 else text[:20] + "…"
            raise ValidationError(where, f"'{shown}' is not a whole number (at most 19 digits)")
        return validate(spec, int(stripped), path=where)
    if t is ParamType.BOOL:
        low = text.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValidationError(where, f"'{text}' is not 0/1 (or true/false)")
    if t is ParamType.ENUM:
        for choice in spec.choices:
            if choice.value.lower() == text.strip().lower():
                return choice.value
    return validate(spec, text, path=where)


def format_text(spec: Column, value: Value) -> str:
    """The text form of a valid typed value; `parse_text` reads it back to the same value."""
    if spec.type is ParamType.BOOL:
        return "1" if value else "0"
    if spec.type is ParamType.TABLE:
        assert isinstance(spec, Param) and isinstance(value, (list, tuple))
        return ";".join(
            ",".join(
                _escape_cell(format_text(col, cell)) for col, cell in zip(spec.columns, row, strict=True)
            )
            for row in value
        )
    return str(value)


def validate(spec: Column, value: Value, *, path: str | None = None) -> Value:
    """Check a typed value against its spec and return its canonical form; raise ValidationError."""
    where = path or spec.key
    t = spec.type
    if t is ParamType.BOOL:
        if not isinstance(value, bool):
            raise ValidationError(where, "must be true or false")
        return value
    if t in (ParamType.INT, ParamType.PORT):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(where, "must be a whole number")
        low = spec.min if spec.min is not None else (1 if t is ParamType.PORT else None)
        high = spec.max if spec.max is not None else (65535 if t is ParamType.PORT else None)
        if low is not None and value < low:
            raise ValidationError(where, f"{value} is below the minimum {low}")
        if high is not None and value > high:
            raise ValidationError(where, f"{value} is above the maximum {high}")
        return value
    if t is ParamType.TABLE:
        assert isinstance(spec, Param)
        return _validate_table(spec, value, where)
    if not isinstance(value, str):
        raise ValidationError(where, "must be text")
    if "\x00" in value or value.splitlines() not in ([], [value]):
        raise ValidationError(where, "must not contain line breaks or NUL characters")
    if t is ParamType.ENUM:
        allowed = [c.value for c in spec.choices]
        if value not in allowed:
            raise ValidationError(where, f"'{value}' is not one of {', '.join(allowed)}")
        return value
    if t is ParamType.IP:
        return _validate_ip(value, where)
    if t is ParamType.HEX:
        if not _HEX.match(value):
            raise ValidationError(where, "must contain only hex digits 0-9, A-F")
        value = value.upper()
    _check_length(spec, value, where, "hex digits" if t is ParamType.HEX else "characters")
    if spec.pattern and not re.fullmatch(spec.pattern, value):
        raise ValidationError(where, f"'{value}' does not match the required form {spec.pattern}")
    return value


def validate_values(profile: Profile, values: Mapping[str, Value]) -> dict[str, Value]:
    """Validate a whole batch; raise ValidationErrors naming every bad key, else return it canonical."""
    clean: dict[str, Value] = {}
    errors: dict[str, str] = {}
    for key, value in values.items():
        spec = profile.by_key.get(key)
        if spec is None:
            errors[key] = f"unknown parameter for {profile.name}"
            continue
        try:
            clean[key] = validate(spec, value)
        except ValidationError as exc:
            errors[key] = exc.reason
    if errors:
        raise ValidationErrors(errors)
    return clean


def clashes(profile: Profile, values: Mapping[str, Value]) -> dict[str, tuple[Value, tuple[str, ...]]]:
    """Parameters that must differ but hold the same non-zero value: key -> (value, the other keys)."""
    found: dict[str, tuple[Value, tuple[str, ...]]] = {}
    for keys in profile.distinct:
        holders: dict[Value, list[str]] = {}
        for key in keys:
            value = values.get(key)
            if value not in (None, 0, ""):
                holders.setdefault(value, []).append(key)
        for value, same in holders.items():
            for key in same:
                if len(same) > 1:
                    found[key] = (value, tuple(o for o in same if o != key))
    return found


def conflicts(profile: Profile, values: Mapping[str, Value]) -> dict[str, str]:
    """The clashes as reasons, naming the other parameters by their labels."""
    return {
        key: f"{value} is also the {', '.join(profile.by_key[o].label for o in others)}; they must differ"
        for key, (value, others) in clashes(profile, values).items()
    }


def to_wire(spec: Param, value: Value) -> object:
    """The JSON-friendly form of a typed value (tables become lists of lists)."""
    if spec.type is ParamType.TABLE and isinstance(value, (list, tuple)):
        return [list(row) for row in value]
    return value


def from_wire(spec: Param, value: object) -> Value:
    """The typed value of a JSON-decoded wire value (lists of lists become tuples of tuples)."""
    if spec.type is ParamType.TABLE and isinstance(value, list):
        return tuple(tuple(row) if isinstance(row, list) else row for row in value)
    return value


def _check_length(spec: Column, value: str, where: str, what: str) -> None:
    if spec.min_len is not None and len(value) < spec.min_len:
        raise ValidationError(where, f"shorter than {spec.min_len} {what}")
    if spec.max_len is not None and len(value) > spec.max_len:
        raise ValidationError(where, f"longer than {spec.max_len} {what}")


def _validate_ip(value: str, where: str) -> str:
    if value == "":
        return value
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        raise ValidationError(where, f"'{value}' is not an IP address") from None


def _validate_table(spec: Param, value: Value, where: str) -> tuple[tuple[Value, ...], ...]:
    if not isinstance(value, (list, tuple)):
        raise ValidationError(where, "must be a table (a list of rows)")
    if spec.max_rows is not None and len(value) > spec.max_rows:
        raise ValidationError(where, f"{len(value)} rows, at most {spec.max_rows} allowed")
    rows = []
    for r, row in enumerate(value, start=1):
        if not isinstance(row, (list, tuple)) or len(row) != len(spec.columns):
            raise ValidationError(f"{where} row {r}", f"needs {len(spec.columns)} cells")
        if all(cell == "" for cell in row):
            raise ValidationError(f"{where} row {r}", "is empty")
        rows.append(
            tuple(
                validate(col, cell, path=f"{where} row {r}, column {col.key}")
                for col, cell in zip(spec.columns, row, strict=True)
            )
        )
    return tuple(rows)


def _parse_table(spec: Param, text: str, where: str) -> list[list[Value]]:
    if text.strip() == "":
        return []
    rows: list[list[Value]] = []
    for r, row_text in enumerate(_split_escaped(text, ";"), start=1):
        cells = _split_escaped(row_text, ",")
        if len(cells) != len(spec.columns):
            raise ValidationError(f"{where} row {r}", f"has {len(cells)} cells, needs {len(spec.columns)}")
        rows.append(
            [
                parse_text(col, _unescape(cell), path=f"{where} row {r}, column {col.key}")
                for col, cell in zip(spec.columns, cells, strict=True)
            ]
        )
    return rows


def _escape_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _split_escaped(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    chars: Iterable[str] = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch)
            current.append(next(chars, ""))  # type: ignore[call-overload]
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    out: list[str] = []
    it = iter(text)
    for ch in it:
        out.append(next(it, "") if ch == "\\" else ch)
    return "".join(out)
