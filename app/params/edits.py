"""Values edited locally but not yet written: per group, revertible, diffed against the device."""

from __future__ import annotations

from collections.abc import Mapping

from app.params.schema import Param, Profile
from app.params.values import Value


class EditSession:
    """The device's last read values plus local edits on top."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.device: dict[str, Value] = {}
        self.secrets_set: frozenset[str] = frozenset()
        self.edits: dict[str, Value] = {}

    def load(self, values: Mapping[str, Value], secrets_set: frozenset[str] = frozenset()) -> None:
        """Take freshly read device values; edits equal to them are dropped."""
        self.device.update(values)
        self.secrets_set = secrets_set
        self.edits = {
            k: v for k, v in self.edits.items() if self.profile.by_key[k].secret or self.device.get(k) != v
        }

    def value(self, key: str) -> Value:
        """The value the user sees: the edit if any, else the device's, else None."""
        return self.edits[key] if key in self.edits else self.device.get(key)

    def is_edited(self, key: str) -> bool:
        """Whether the key has an unwritten edit."""
        return key in self.edits

    def set(self, key: str, value: Value) -> None:
        """Edit a value; setting it back to the device's value clears the edit."""
        spec = self.profile.by_key[key]
        if not spec.secret and key in self.device and self.device[key] == value:
            self.edits.pop(key, None)
        else:
            self.edits[key] = value

    def apply(self, values: Mapping[str, Value]) -> None:
        """Set several values (an Edit values dialog's result)."""
        for key, value in values.items():
            self.set(key, value)

    def edited_groups(self) -> list[str]:
        """Labels of the groups holding edits, in profile order."""
        return [g.label for g in self.profile.groups if any(p.key in self.edits for p in g.params)]

    def revert(self, group: str | None = None) -> None:
        """Drop the edits of one group (by key), or all."""
        if group is None:
            self.edits.clear()
            return
        keys = {p.key for p in self.profile.group(group).params}
        self.edits = {k: v for k, v in self.edits.items() if k not in keys}

    def written(self, keys: list[str]) -> None:
        """The device accepted these edits: they become device values."""
        for key in keys:
            if key in self.edits:
                value = self.edits.pop(key)
                if not self.profile.by_key[key].secret:
                    self.device[key] = value
        self.secrets_set = self.secrets_set | {k for k in keys if self.profile.by_key[k].secret}

    def pending(self) -> dict[str, Value]:
        """What a write would send: exactly the edits."""
        return dict(self.edits)

    def search(self, text: str) -> list[Param]:
        """Parameters whose key, label or help contains `text` (any case), across all groups."""
        needle = text.strip().lower()
        return [
            p
            for p in self.profile.params
            if needle in p.key or needle in p.label.lower() or needle in p.help.lower()
        ]
