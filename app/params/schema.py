"""The parameter schema: groups of typed parameters as a device profile declares them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ParamType(enum.Enum):
    """The kinds of value a parameter can hold."""

    STR = "str"
    INT = "int"
    BOOL = "bool"
    ENUM = "enum"
    IP = "ip"
    PORT = "port"
    PASSWORD = "password"
    HEX = "hex"
    TABLE = "table"


@dataclass(frozen=True, kw_only=True)
class Choice:
    """One allowed value of an enum parameter and its label."""

    value: str
    label: str


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column of a table parameter; its cells follow the same rules as parameters."""

    key: str
    type: ParamType
    label: str
    min: int | None = None
    max: int | None = None
    min_len: int | None = None
    max_len: int | None = None
    pattern: str | None = None
    unit: str = ""
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Param(Column):
    """A device parameter: a typed, validated, labelled key."""

    group: str
    help: str = ""
    default: object = None
    secret: bool = False
    since_fw: str | None = None
    restart: bool = False
    columns: tuple[Column, ...] = ()
    max_rows: int | None = None


@dataclass(frozen=True, kw_only=True)
class Group:
    """A named group of parameters, as the vendor tool shows them."""

    key: str
    label: str
    help: str = ""
    params: tuple[Param, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Profile:
    """A device model: its identity and all its parameter groups."""

    model: str
    name: str
    vendor: str
    description: str = ""
    firmware: str = ""
    groups: tuple[Group, ...] = ()
    distinct: tuple[tuple[str, ...], ...] = ()  # sets of parameters whose non-zero values must all differ
    by_key: dict[str, Param] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_key.update({p.key: p for g in self.groups for p in g.params})

    @property
    def params(self) -> tuple[Param, ...]:
        """Every parameter in group order."""
        return tuple(p for g in self.groups for p in g.params)

    def group(self, key: str) -> Group:
        """The group with this key; KeyError if there is none."""
        for g in self.groups:
            if g.key == key:
                return g
        raise KeyError(key)

    def defaults(self) -> dict[str, object]:
        """The factory value of every parameter."""
        return {p.key: p.default for p in self.params}
