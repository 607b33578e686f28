"""What every `gwterm` command module shares: the usage error and opening the key store."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from app.keys import os_keyring
from app.keys.store import DEVICE_PASSWORD, KeyStore, default_keystore_path

MASTER_ENV = "GWTERM_MASTER_PASSWORD"


class UsageError(Exception):
    """Bad arguments or input files: exit code 2."""


def master_password_available() -> bool:
    """Whether the key store can be opened without failing: environment, OS keyring, or a prompt."""
    return bool(known_master()) or sys.stdin.isatty()


def known_master() -> str | None:
    """The master password without asking: $GWTERM_MASTER_PASSWORD, else the OS keyring.

    A new key store on a machine with an OS keyring gets a random master password kept there, so
    the default single-user install never asks for one.
    """
    master = os.environ.get(MASTER_ENV) or os_keyring.stored_master()
    if master:
        return master
    if not default_keystore_path().exists() and os_keyring.available():
        fresh = os_keyring.new_master()
        if os_keyring.remember_master(fresh):
            return fresh
    return None


def master_password() -> str:
    """`known_master()`, else asked once on the terminal."""
    master = known_master()
    if master:
        return master
    if not sys.stdin.isatty():
        raise UsageError(
            f"the key store needs its master password: set {MASTER_ENV}, keep it in the OS keyring "
            "('gwterm keys keyring remember') or run on a terminal"
        )
    return getpass.getpass("Key store master password: ")


def open_keystore() -> KeyStore:
    """The key store, unlocked with `master_password()`."""
    return KeyStore(default_keystore_path(), master_password())


def device_password(args: Any) -> str:
    """--password, else the key store (under --password-ref or the URL), else a prompt on a terminal."""
    if args.password is not None:
        return str(args.password)
    ref = args.password_ref or args.url
    if default_keystore_path().exists() and (args.password_ref or master_password_available()):
        entry = open_keystore().get(DEVICE_PASSWORD, ref)
        if entry is not None:
            return entry.secret
        if args.password_ref:
            raise UsageError(f"the key store holds no password under '{ref}'")
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.url}: ")
    raise UsageError(
        "no password: give --password, store one with 'gwterm keys set-password', or run on a terminal"
    )


def password_source(args: Any) -> Any:
    """ref → password for many devices: --password for all, else the key store (opened once, when needed)."""
    from app.errors import ValidationError  # noqa: PLC0415

    fixed = getattr(args, "password", None)
    store: list[KeyStore] = []

    async def lookup(ref: str) -> str:
        if fixed is not None:
            return str(fixed)
        if not store:
            if not default_keystore_path().exists():
                raise ValidationError(
                    ref, "no password: give --password or store it with 'gwterm keys set-password'"
                )
            store.append(open_keystore())
        entry = store[0].get(DEVICE_PASSWORD, ref)
        if entry is None:
            raise ValidationError(ref, f"the key store holds no password under '{ref}'")
        return str(entry.secret)

    return lookup


def audit(
    args: Any,
    action: str,
    *,
    keys: list[str] | None = None,
    result: str = "ok",
    detail: str = "",
) -> None:
    """Record a change in the audit log (key names only, never values)."""
    from app.users.accounts import local_user  # noqa: PLC0415
    from app.users.audit import AuditLog  # noqa: PLC0415

    AuditLog().record(
        getattr(args, "user", None) or local_user(),
        action,
        device=getattr(args, "url", ""),
        keys=keys,
        result=result,
        detail=detail,
    )
