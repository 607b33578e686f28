"""Differences between a device's values and wanted values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.params.schema import Profile
from app.params.values import Value


@dataclass(frozen=True, kw_only=True)
class Change:
    """One parameter whose wanted value differs from the current one."""

    key: str
    old: Value
    new: Value
    secret: bool = False


def diff(profile: Profile, current: Mapping[str, Value], wanted: Mapping[str, Value]) -> list[Change]:
    """Changes needed to turn `current` into `wanted`, in profile order; secrets always count."""
    order = {p.key: i for i, p in enumerate(profile.params)}
    changes = []
    for key in sorted(wanted, key=lambda k: order.get(k, len(order))):
        spec = profile.by_key.get(key)
        secret = bool(spec and spec.secret)
        old = current.get(key)
        if secret or old != wanted[key]:
            changes.append(Change(key=key, old=None if secret else old, new=wanted[key], secret=secret))
    return changes
