"""Tool accounts: viewer, engineer, admin; argon2 hashes; lockout after failed logins; a policy file."""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.atomic import read_json, write_json
from app.errors import AuthError, LockedOutError, ValidationError

ROLES = ("viewer", "engineer", "admin")
# what each action needs: viewers read and export, engineers change devices, admins also manage users
NEEDS = {
    "read": "viewer",
    "export": "viewer",
    "write": "engineer",
    "firmware": "engineer",
    "fleet": "engineer",
    "users": "admin",
    "audit": "admin",
}
MAX_FAILURES = 5
LOCK_SECONDS = 30.0


@dataclass(frozen=True, kw_only=True)
class User:
    """Who is using the tool and what they may do."""

    name: str
    role: str

    def may(self, action: str) -> bool:
        """Whether this user's role allows `action` (see NEEDS)."""
        return ROLES.index(self.role) >= ROLES.index(NEEDS.get(action, "admin"))


def data_dir() -> Path:
    """Where tool-wide files live ($GWTERM_DATA_DIR, else the user data folder)."""
    override = os.environ.get("GWTERM_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_data_dir("gwterm"))


def policy() -> dict[str, Any]:
    """The policy file ($GWTERM_POLICY, else policy.toml in the config folder); empty when absent."""
    override = os.environ.get("GWTERM_POLICY")
    if override:
        path = Path(override)
    else:
        import platformdirs  # noqa: PLC0415

        path = Path(platformdirs.user_config_dir("gwterm")) / "policy.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(str(path), f"unreadable policy file: {exc}") from None


def login_required() -> bool:
    """Whether the tool asks for a login (policy `require_login = true`); the default install does not."""
    return bool(policy().get("require_login", False))


class UserStore:
    """users.json: name → role, argon2 hash, failed-login count and lock; written atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "users.json"
        self._hasher = PasswordHasher()
        self._users: dict[str, dict[str, Any]] = read_json(self.path)["users"] if self.path.exists() else {}

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_json(self.path, {"users": self._users})

    @property
    def empty(self) -> bool:
        """No account yet (first run)."""
        return not self._users

    def users(self) -> list[User]:
        """Every account, by name."""
        return [User(name=n, role=u["role"]) for n, u in sorted(self._users.items())]

    def add(self, name: str, role: str, password: str) -> User:
        """Create an account; the first one must be an admin."""
        if role not in ROLES:
            raise ValidationError("role", f"'{role}' is not one of {', '.join(ROLES)}")
        if not name or not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
            raise ValidationError("name", f"'{name}' is not a usable user name")
        if name in self._users:
            raise ValidationError("name", f"user '{name}' exists already")
        if self.empty and role != "admin":
            raise ValidationError("role", "the first account must be an admin")
        _check_password(password)
        self._users[name] = {
            "role": role,
            "hash": self._hasher.hash(password),
            "failures": 0,
            "locked_until": 0.0,
            "lockouts": 0,
        }
        self._save()
        return User(name=name, role=role)

    def remove(self, name: str) -> None:
        """Delete an account (never the last admin)."""
        self._require(name)
        if (
            self._users[name]["role"] == "admin"
            and sum(u["role"] == "admin" for u in self._users.values()) == 1
        ):
            raise ValidationError("name", "the last admin cannot be removed")
        del self._users[name]
        self._save()

    def set_role(self, name: str, role: str) -> None:
        """Change a role (the last admin stays an admin)."""
        self._require(name)
        if role not in ROLES:
            raise ValidationError("role", f"'{role}' is not one of {', '.join(ROLES)}")
        admins = sum(u["role"] == "admin" for u in self._users.values())
        if self._users[name]["role"] == "admin" and role != "admin" and admins == 1:
            raise ValidationError("role", "the last admin must stay an admin")
        self._users[name]["role"] = role
        self._save()

    def set_password(self, name: str, password: str) -> None:
        """A new password (admins resetting, or the user after authenticating)."""
        self._require(name)
        _check_password(password)
        self._users[name]["hash"] = self._hasher.hash(password)
        self._save()

    def authenticate(self, name: str, password: str, now: float) -> User:
        """The user, or AuthError (LockedOutError after 5 failures in a row, back-off doubling)."""
        record = self._users.get(name)
        if record is None:
            self._hasher.hash(password)  # same cost as a known name: no user-name probing by timing
            raise AuthError("unknown user or wrong password")
        if record["locked_until"] > now:
            raise LockedOutError(
                f"'{name}' is locked for {record['locked_until'] - now:.0f} s after failed logins",
                retry_after=record["locked_until"] - now,
            )
        try:
            self._hasher.verify(record["hash"], password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            record["failures"] += 1
            if record["failures"] >= MAX_FAILURES:
                record["lockouts"] += 1
                record["locked_until"] = now + LOCK_SECONDS * 2 ** (record["lockouts"] - 1)
                record["failures"] = 0
            self._save()
            raise AuthError("unknown user or wrong password") from None
        if record["failures"] or record["lockouts"]:
            record["failures"], record["lockouts"], record["locked_until"] = 0, 0, 0.0
            self._save()
        return User(name=name, role=record["role"])

    def _require(self, name: str) -> None:
        if name not in self._users:
            raise ValidationError("name", f"no user '{name}'")


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise ValidationError("password", "at least 8 characters")


def local_user() -> User:
    """Without a login policy: the operating-system user, with every right (a single-user install)."""
    return User(name=getpass.getuser(), role="admin")
