"""What every `gwterm` command module shares: the usage error and opening the key store."""

from __future__ import annotations

import getpass
import os
import sys

from app.keys.store import KeyStore, default_keystore_path

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
