"""What every `gwterm` command module shares: the usage error and opening the key store."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from app.keys.store import DEVICE_PASSWORD, KeyStore, default_keystore_path

MASTER_ENV = "GWTERM_MASTER_PASSWORD"


class UsageError(Exception):
    """Bad arguments or input files: exit code 2."""


def master_password_available() -> bool:
    """Whether the key store can be opened without failing: from the environment or a prompt."""
    return bool(os.environ.get(MASTER_ENV)) or sys.stdin.isatty()


def open_keystore() -> KeyStore:
    """The key store, with the master password from $GWTERM_MASTER_PASSWORD or asked once."""
    master = os.environ.get(MASTER_ENV)
    if not master:
        if not sys.stdin.isatty():
            raise UsageError(
                f"the key store needs its master password: set {MASTER_ENV} or run on a terminal"
            )
        master = getpass.getpass("Key store master password: ")
    return KeyStore(default_keystore_path(), master)


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
