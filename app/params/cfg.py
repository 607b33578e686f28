"""The `.cfg` text format: `key = value` per line, `#` comments; parsing keeps every byte."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import ConfigFileError, ValidationError, ValidationErrors
from app.params.schema import Profile
from app.params.values import Value, format_text, parse_text


@dataclass(frozen=True, kw_only=True)
class CfgLine:
    """One line as written; `key` is None for comments and blank lines."""

    raw: str
    key: str | None = None
    text: str = ""


class CfgDocument:
    """A parsed `.cfg` file that writes back exactly as read, with edits applied in place."""

    def __init__(self, lines: list[CfgLine], *, name: str = "<cfg>") -> None:
        self.lines = lines
        self.name = name

    @classmethod
    def parse(cls, text: str, *, name: str = "<cfg>") -> CfgDocument:
        """Parse text; raise ConfigFileError naming file and line for a malformed line."""
        lines: list[CfgLine] = []
        seen: dict[str, int] = {}
        for number, raw in enumerate(_lines(text), start=1):
            body = raw.rstrip("\r\n").strip()
            if body == "" or body.startswith("#"):
                lines.append(CfgLine(raw=raw))
                continue
            key, sep, value_text = body.partition("=")
            key = key.strip()
            if not sep or not key or any(c.isspace() for c in key):
                raise ConfigFileError(f"{name}, line {number}: expected 'key = value', got {body!r}")
            if key in seen:
                raise ConfigFileError(f"{name}, line {number}: '{key}' already set on line {seen[key]}")
            seen[key] = number
            lines.append(CfgLine(raw=raw, key=key, text=_unquote(value_text.strip(), name, number)))
        return cls(lines, name=name)

    def to_text(self) -> str:
        """The document as text, byte for byte as parsed plus any edits."""
        return "".join(line.raw for line in self.lines)

    def entries(self) -> dict[str, str]:
        """Each key with its value text, in file order."""
        return {line.key: line.text for line in self.lines if line.key is not None}

    def line_of(self, key: str) -> int:
        """The 1-based line number that sets `key`."""
        for number, line in enumerate(self.lines, start=1):
            if line.key == key:
                return number
        raise KeyError(key)

    def set(self, key: str, text: str) -> None:
        """Set a key's value text, in place if the key is present, else appended."""
        raw = _line(key, text)
        for i, line in enumerate(self.lines):
            if line.key == key:
                ending = line.raw[len(line.raw.rstrip("\r\n")) :] or "\n"
                self.lines[i] = CfgLine(raw=raw.rstrip("\n") + ending, key=key, text=text)
                return
        if self.lines and not self.lines[-1].raw.endswith("\n"):
            last = self.lines[-1]
            self.lines[-1] = CfgLine(raw=last.raw + "\n", key=last.key, text=last.text)
        self.lines.append(CfgLine(raw=raw, key=key, text=text))

    def typed_values(self, profile: Profile) -> dict[str, Value]:
        """Every entry parsed against the profile; ValidationErrors names each bad line."""
        values: dict[str, Value] = {}
        errors: dict[str, str] = {}
        for key, text in self.entries().items():
            where = f"{self.name}, line {self.line_of(key)}, {key}"
            spec = profile.by_key.get(key)
            if spec is None:
                errors[where] = f"unknown parameter for {profile.name}"
                continue
            try:
                values[key] = parse_text(spec, text)
            except ValidationError as exc:
                errors[where] = exc.reason
        if errors:
            raise ValidationErrors(errors)
        return values


def dump(profile: Profile, values: Mapping[str, Value], *, secrets_set: frozenset[str] = frozenset()) -> str:
    """A `.cfg` text of `values` grouped as the profile orders them; secrets appear only as comments."""
    out = [f"# {profile.name} configuration ({profile.model})\n"]
    for group in profile.groups:
        present = [p for p in group.params if p.key in values or p.secret]
        if not any(p.key in values or p.key in secrets_set for p in present):
            continue
        out.append(f"\n# [{group.key}] {group.label}\n")
        for p in present:
            if p.key in values and values[p.key] is not None:
                out.append(_line(p.key, format_text(p, values[p.key])))
            elif p.key in secrets_set:
                out.append(f"# {p.key} = (secret: set on the device, never read back)\n")
            else:
                out.append(f"# {p.key} = (secret: not set)\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Lines ended by \n, \r\n or \r only (not the other characters str.splitlines breaks at)."""
    return [line for line in re.split(r"(?<=\n)|(?<=\r)(?!\n)", text) if line]


def _line(key: str, text: str) -> str:
    return f"{key} = {_quote(text)}\n" if text else f"{key} =\n"


def _quote(text: str) -> str:
    if text != text.strip() or text.startswith('"'):
        return json.dumps(text, ensure_ascii=False)
    return text


def _unquote(text: str, name: str, number: int) -> str:
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        try:
            value = json.loads(text)
        except ValueError:
            raise ConfigFileError(f"{name}, line {number}: bad quoted value {text}") from None
        if isinstance(value, str):
            return value
    return text
