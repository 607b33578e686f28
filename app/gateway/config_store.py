"""The gateway's configuration: validated, committed atomically, secrets sealed, login key kept."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.atomic import read_json, write_json
from app.devices.profiles import load_profile
from app.errors import ConfigFileError, ValidationErrors
from app.gateway.vault import Vault
from app.params.schema import Profile
from app.params.values import Value, conflicts, from_wire, to_wire, validate_values
from app.protocols.gwcp import auth

PASSWORD_KEY = "sec.password"
CONFIG_FILE = "config.json"


class ConfigStore:
    """All parameter values of one gateway; every change is one atomic file replacement."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.path = state_dir / CONFIG_FILE
        self.vault = Vault(state_dir / "device.key")
        doc = read_json(self.path)
        self.profile: Profile = load_profile(str(doc.get("model")))
        self.identity: dict[str, str] = dict(doc.get("identity", {}))
        self._doc = doc

    @classmethod
    def create(cls, state_dir: Path, model: str, password: str) -> ConfigStore:
        """A new state dir with the model's factory defaults and this communication password."""
        profile = load_profile(model)
        state_dir.mkdir(parents=True, exist_ok=True)
        if (state_dir / CONFIG_FILE).exists():
            raise ConfigFileError(f"{state_dir}: already holds a gateway")
        os.chmod(state_dir, 0o700)
        vault = Vault(state_dir / "device.key")
        values = {p.key: to_wire(p, p.default) for p in profile.params if not p.secret}
        sealed = {
            p.key: vault.seal(p.key, str(p.default).encode())
            for p in profile.params
            if p.secret and p.key != PASSWORD_KEY and p.default
        }
        serial = f"{secrets.randbelow(10**10):010d}"
        doc = {
            "model": model,
            "identity": {"serial": serial, "hardware_id": secrets.token_hex(6).upper(), "created": _now()},
            "values": values,
            "secrets": sealed,
            "login": _login_record(vault, password),
        }
        write_json(state_dir / CONFIG_FILE, doc)
        return cls(state_dir)

    def values(self, keys: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
        """Wire values of non-secret keys (all when None) and the secret keys that are set."""
        wanted = keys if keys is not None else [p.key for p in self.profile.params]
        unknown = [k for k in wanted if k not in self.profile.by_key]
        if unknown:
            raise ValidationErrors({k: f"unknown parameter for {self.profile.name}" for k in unknown})
        stored: dict[str, Any] = self._doc["values"]
        out = {
            k: stored.get(k, to_wire(self.profile.by_key[k], self.profile.by_key[k].default))
            for k in wanted
            if not self.profile.by_key[k].secret
        }
        secrets_set = [
            k
            for k in wanted
            if self.profile.by_key[k].secret and (k in self._doc["secrets"] or k == PASSWORD_KEY)
        ]
        return out, secrets_set

    def typed_values(self) -> dict[str, Value]:
        """Every non-secret value, typed."""
        values, _ = self.values()
        return {k: from_wire(self.profile.by_key[k], v) for k, v in values.items()}

    def secret(self, key: str) -> str:
        """A secret parameter's plain value ('' when unset); for the gateway's own use only."""
        sealed = self._doc["secrets"].get(key)
        return self.vault.open(key, sealed).decode() if sealed else ""

    def apply(self, wire_values: Mapping[str, Any]) -> list[str]:
        """Validate the whole batch, then commit it in one atomic write; the keys that changed."""
        typed = {
            k: from_wire(self.profile.by_key[k], v) if k in self.profile.by_key else v
            for k, v in wire_values.items()
        }
        clean = validate_values(self.profile, typed)
        merged = {**self.typed_values(), **clean}
        clashing = {k: r for k, r in conflicts(self.profile, merged).items() if k in clean}
        if clashing:
            raise ValidationErrors(clashing)
        doc = {**self._doc, "values": dict(self._doc["values"]), "secrets": dict(self._doc["secrets"])}
        changed = []
        for key, value in clean.items():
            spec = self.profile.by_key[key]
            if key == PASSWORD_KEY:
                if not value:
                    raise ValidationErrors({key: "the communication password cannot be empty"})
                doc["login"] = _login_record(self.vault, str(value))
                changed.append(key)
            elif spec.secret:
                if value:
                    doc["secrets"][key] = self.vault.seal(key, str(value).encode())
                else:
                    doc["secrets"].pop(key, None)
                changed.append(key)
            elif doc["values"].get(key) != to_wire(spec, value):
                doc["values"][key] = to_wire(spec, value)
                changed.append(key)
        if changed:
            write_json(self.path, doc)
            self._doc = doc
        return changed

    def login_key(self) -> tuple[bytes, bytes, int]:
        """The stored login key K, its salt and its iteration count."""
        login = self._doc["login"]
        return self.vault.open("login", login["key"]), bytes.fromhex(login["salt"]), int(login["iterations"])


def _login_record(vault: Vault, password: str) -> dict[str, Any]:
    salt = os.urandom(16)
    key = auth.derive_key(password, salt, auth.DEFAULT_ITERATIONS)
    return {"salt": salt.hex(), "iterations": auth.DEFAULT_ITERATIONS, "key": vault.seal("login", key)}


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
